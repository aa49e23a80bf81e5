package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL002", Name: "smtp-credentials-cleartext", Level: Error, CoveredByRewrite: true,
			Summary:          "SMTP credentials are sent over a session without STARTTLS or TLS.",
			SecuritySeverity: "8.1", CWE: []int{523, 319}, Precision: "high", Tags: []string{"security", "credentials"},
		},
		Run:      runMAIL002,
		Requires: []*semantic.Analyzer{semantic.MailSendsAnalyzer},
	})
}

// runMAIL002 reports SMTP submissions with credentials and no TLS: a
// Send-MailMessage with -Credential and no effective -UseSsl, an SmtpClient
// with Credentials or UseDefaultCredentials and no EnableSsl, MailKit
// Authenticate on a clear or strippable connection, CDO basic auth without smtpusessl.
func runMAIL002(p *Pass) {
	for _, s := range p.Model.Sends() {
		if s.Connect || s.Unbindable || s.Pickup || s.HostKnow && semantic.Loopback(s.Host) {
			continue
		}
		creds := s.Credentials == semantic.Yes || s.DefaultCredentials
		if !creds {
			continue
		}
		level := Error
		switch s.TLS {
		case semantic.TLSNone:
		case semantic.TLSOpportunistic:
			if s.Kind != semantic.MailKit || s.Authenticate == nil || s.Node != s.Authenticate {
				continue
			}
			level = Warning
		default:
			continue
		}
		if s.Kind == semantic.MailKit && (s.Authenticate == nil || s.Node != s.Authenticate || s.PortKnown && s.Port == 465) {
			continue
		}
		msg := "Credentials for " + hostLabel(s) + " are sent over an unencrypted SMTP session (no STARTTLS). Anyone on the path can read them."
		switch s.Kind {
		case semantic.SendMailMessage:
			msg += " Add -UseSsl (STARTTLS) — better, move to Microsoft Graph (Send-MgUserMail)."
		case semantic.SmtpClient:
			if s.DefaultCredentials && s.Credentials != semantic.Yes {
				msg = "The Windows logon credentials (UseDefaultCredentials) are offered to " + hostLabel(s) + " over an unencrypted SMTP session (no EnableSsl)."
			}
			msg += " Set EnableSsl = $true — better, move to Microsoft Graph sendMail."
		case semantic.MailKit:
			if level == Warning {
				msg = "MailKit authenticates to " + hostLabel(s) + " after opportunistic STARTTLS (StartTlsWhenAvailable): an attacker on the path can strip STARTTLS and read the credentials."
			}
			msg += " Use SecureSocketOptions.StartTls (587) or SslOnConnect (465), or OAuth (XOAUTH2)."
		case semantic.CDO:
			msg += " Set smtpusessl to True — better, move to Microsoft Graph sendMail."
		}
		p.Report(Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Level: level, Message: msg, Related: sendRelated(s)})
	}
}
