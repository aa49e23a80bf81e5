package rules

import (
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL006", Name: "smtp-port-tls-mismatch", Level: Warning, CoveredByRewrite: true,
			Summary:   "The SMTP port and the client's TLS mode cannot work together (465 with a STARTTLS-only client, and the like).",
			Precision: "high", Tags: []string{"reliability"},
		},
		Run:      runMAIL006,
		Requires: []*semantic.Analyzer{semantic.MailSendsAnalyzer},
	})
}

// runMAIL006 reports port/TLS combinations that cannot connect (catalog C.6).
func runMAIL006(p *Pass) {
	for _, s := range p.Model.Sends() {
		if s.Unbindable || s.Pickup || !s.PortKnown {
			continue
		}
		node := s.Node
		var msg string
		switch s.Kind {
		case semantic.SendMailMessage, semantic.SmtpClient:
			switch {
			case s.Port == 465:
				msg = "Port 465 expects implicit TLS, but " + apiName(s.Kind) + " only does STARTTLS; the connection will fail or hang. Use port 587 with STARTTLS, or move to Microsoft Graph."
			case s.Kind == semantic.SendMailMessage && s.HostKnow && semantic.EXOSmtpHost(s.Host) && s.Port != 587 && s.Port != 25:
				msg = "Port " + portLabel(s) + " is not an Exchange Online SMTP AUTH port; '" + s.Host + "' accepts client submission on 587 (or 25) with STARTTLS."
			}
		case semantic.MailKit:
			if !s.Connect {
				continue // reported once, on the Connect call
			}
			switch {
			case s.TLS == semantic.TLSImplicit && (s.Port == 587 || s.Port == 25):
				msg = "Port " + portLabel(s) + " expects STARTTLS, but this client uses implicit TLS (SslOnConnect); the connection will fail. Use SecureSocketOptions.StartTls."
			case s.TLS == semantic.TLSStartTLS && s.Port == 465:
				msg = "Port 465 expects implicit TLS, but this client uses STARTTLS; the connection will fail. Use SecureSocketOptions.SslOnConnect."
			}
		}
		if msg == "" {
			continue
		}
		p.Report(Diagnostic{Pos: node.Pos(), End: node.End(), Message: msg, Related: sendRelated(s)})
	}
}
