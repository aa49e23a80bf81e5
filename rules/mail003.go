package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL003", Name: "smtp-message-cleartext", Level: Warning, CoveredByRewrite: true,
			Summary:          "Mail is submitted over SMTP without TLS; content and headers travel in clear text.",
			SecuritySeverity: "5.3", CWE: []int{319}, Precision: "medium", Tags: []string{"security"},
		},
		Run:      runMAIL003,
		Requires: []*semantic.Analyzer{semantic.MailSendsAnalyzer},
	})
}

// runMAIL003 reports SMTP submissions without TLS and without explicit
// credentials (those are MAIL002).
func runMAIL003(p *Pass) {
	for _, s := range p.Model.Sends() {
		if s.Connect || s.Unbindable || s.Pickup || s.TLS != semantic.TLSNone || s.Credentials != semantic.No || s.DefaultCredentials {
			continue
		}
		if s.HostKnow && (semantic.Loopback(s.Host) || trustedRelay(p.Config, s.Host)) {
			continue
		}
		if s.Kind == semantic.CDO || s.Kind == semantic.MailKit && s.Authenticate != nil {
			continue
		}
		msg := "Mail to " + hostLabel(s) + " is sent without TLS: its content and headers travel in clear text."
		if s.Kind == semantic.SendMailMessage {
			msg += " Without -Credential and -UseSsl the cmdlet turns on UseDefaultCredentials, so if the server offers AUTH the current Windows identity (NTLM/Kerberos) is offered over a clear-text session. Add -UseSsl, or move to Microsoft Graph."
		} else {
			msg += " Enable TLS (EnableSsl = $true / SecureSocketOptions.StartTls), or move to Microsoft Graph."
		}
		d := Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg, Related: sendRelated(s)}
		if !s.HostKnow {
			// Unknown host (a parameter, $PSEmailServer from a profile): it may be
			// a loopback or trusted relay, so the finding is lowered to a note.
			d.Level = Note
		}
		p.Report(d)
	}
}
