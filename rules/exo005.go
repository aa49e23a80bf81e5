package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "EXO005", Name: "smtp-basic-auth-enabled", Level: Warning,
			Summary:          "SMTP AUTH or Basic authentication is re-enabled in Exchange Online.",
			SecuritySeverity: "6.5", CWE: []int{1390}, Precision: "very-high", Tags: []string{"security", "exchange-online"},
		},
		Run:      runEXO005,
		Requires: []*semantic.Analyzer{},
	})
}

// runEXO005 reports Set-TransportConfig / Set-CASMailbox
// -SmtpClientAuthenticationDisabled $false, New-/Set-AuthenticationPolicy
// -AllowBasicAuthSmtp and Set-OrganizationConfig -OAuth2ClientProfileEnabled $false.
func runEXO005(p *Pass) {
	m := p.Model
	info := cmdlets("set-casmailbox", "new-authenticationpolicy", "set-authenticationpolicy", "set-organizationconfig")
	info["set-transportconfig"] = semantic.ExoSetTransportConfig
	for _, e := range exoCommands(m, info) {
		var signals []string
		var args []*semantic.Arg
		level := Level(0)
		add := func(l Level, msg string, a *semantic.Arg) {
			signals = append(signals, msg)
			args = append(args, a)
			if l > level {
				level = l
			}
		}
		switch e.name {
		case "set-transportconfig":
			if v, known, a := e.boolArg(m, "SmtpClientAuthenticationDisabled"); known && !v {
				add(Warning, "Set-TransportConfig -SmtpClientAuthenticationDisabled $false turns SMTP AUTH on for the whole organization.", a)
			}
		case "set-casmailbox":
			if v, known, a := e.boolArg(m, "SmtpClientAuthenticationDisabled"); known && !v {
				if e.b.Piped || inLoop(m, e.c) {
					add(Warning, "Set-CASMailbox -SmtpClientAuthenticationDisabled $false turns SMTP AUTH on for every mailbox of a pipeline or loop.", a)
				} else {
					add(Note, "Set-CASMailbox -SmtpClientAuthenticationDisabled $false turns SMTP AUTH on for this mailbox.", a)
				}
			}
		case "new-authenticationpolicy", "set-authenticationpolicy":
			if a := e.b.Get("AllowBasicAuthSmtp"); a != nil && a.On && a.OnKnown {
				add(Error, "-AllowBasicAuthSmtp allows Basic authentication for SMTP AUTH for everyone the authentication policy applies to.", a)
			}
		case "set-organizationconfig":
			if v, known, a := e.boolArg(m, "OAuth2ClientProfileEnabled"); known && !v {
				add(Error, "Set-OrganizationConfig -OAuth2ClientProfileEnabled $false turns off modern authentication for Outlook clients.", a)
			}
		}
		if len(signals) == 0 {
			continue
		}
		msg := "Re-enables SMTP AUTH / Basic authentication: " + strings.Join(signals, " ") +
			" SMTP AUTH is off by default for tenants created after January 2020 and " + p.Config.smtpBasicAuthText() +
			"; keep it off and move senders to Microsoft Graph (Send-MgUserMail) or OAuth."
		report(p, e.c, level, msg, e.related(m, args...))
	}
}
