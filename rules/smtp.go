package rules

import (
	"fmt"
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

// hostLabel names a send's SMTP host for messages: 'host' quoted when
// known, else where it comes from.
func hostLabel(s semantic.Send) string {
	switch {
	case s.HostKnow:
		return "'" + s.Host + "'"
	case s.HostFromPSEmailServer:
		return "$PSEmailServer"
	}
	return "an SMTP server set at run time"
}

// sendRelated converts a send's contributing nodes to related locations.
func sendRelated(s semantic.Send) []Related {
	var out []Related
	for _, r := range s.Related {
		out = append(out, Related{Pos: r.Node.Pos(), End: r.Node.End(), Message: r.Message})
	}
	return out
}

// trustedRelay reports a host listed in --trusted-relay.
func trustedRelay(cfg *Config, host string) bool {
	for _, h := range cfg.TrustedRelays {
		if strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(host)) {
			return true
		}
	}
	return false
}

// apiName names the API of a send for messages.
func apiName(k semantic.SendKind) string {
	switch k {
	case semantic.SendMailMessage:
		return "Send-MailMessage"
	case semantic.SmtpClient:
		return "System.Net.Mail.SmtpClient"
	case semantic.MailKit:
		return "MailKit SmtpClient"
	case semantic.CDO:
		return "CDO.Message"
	}
	return "SMTP client"
}

func portLabel(s semantic.Send) string {
	if s.PortKnown {
		return fmt.Sprint(s.Port)
	}
	return "unknown"
}
