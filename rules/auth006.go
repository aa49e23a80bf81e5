package rules

import (
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH006", ExchangeOnline: true, Name: "exo-connect-ropc-credential", Level: Warning, ManualPort: "Connect-ExchangeOnline -Credential (ROPC): switch to a certificate or managed identity",
			Summary:          "Connect-ExchangeOnline or Connect-IPPSSession signs in with -Credential (ROPC: no MFA, removed from the module from July 2026).",
			SecuritySeverity: "6.5", CWE: []int{308, 1390}, Precision: "very-high",
			Tags: []string{"security", "exchange-online", "authentication"},
		},
		Run:      runAUTH006,
		Requires: []*semantic.Analyzer{},
	})
}

const auth006Fix = "Use app-only certificate authentication (-AppId -CertificateThumbprint -Organization), -ManagedIdentity -Organization, interactive sign-in (-UserPrincipalName) or -Device."

// runAUTH006 reports Connect-ExchangeOnline / Connect-IPPSSession with
// -Credential (named or splatted), and Connect-ExchangeOnline
// -InlineCredential as a note.
func runAUTH006(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		name := builtinCall(m, c)
		if name != "connect-exchangeonline" && name != "connect-ippssession" {
			continue
		}
		b := m.Bind(c, semantic.Cmdlet(name))
		if len(b.Ambiguous) > 0 {
			continue
		}
		cmd := "Connect-ExchangeOnline"
		if name == "connect-ippssession" {
			cmd = "Connect-IPPSSession"
		}
		d := Diagnostic{Pos: c.Pos(), End: c.End(), Properties: fnReachability(m, c), Related: splatRelated(m, b)}
		if a := b.Get("Credential"); a != nil && !nullArg(m, a, c) {
			level, removed := auth006Level(p.Config), "is removed from ExchangeOnlineManagement versions released from July 2026 (MC1248389)"
			if p.Config.onOrAfter(dateEXOCredentialRemoved) {
				removed = "is no longer in ExchangeOnlineManagement versions released since July 2026 (MC1248389)"
			}
			d.Level = level
			d.Message = cmd + " -Credential (ROPC sign-in, no MFA) " + removed + ". It is blocked by Conditional Access and cannot use MFA. " + auth006Fix
			p.Report(d)
			continue
		}
		if a := b.Get("InlineCredential"); a != nil && a.OnKnown && a.On {
			d.Level = Note
			d.Message = cmd + " -InlineCredential signs in with a typed user name and password: still ROPC, without MFA. " + auth006Fix
			p.Report(d)
		}
	}
}

// auth006Level is the level of a -Credential finding: warning, error once
// the parameter is gone from the module (dates.go).
func auth006Level(c *Config) Level {
	if c.onOrAfter(dateEXOCredentialRemoved) {
		return Error
	}
	return Warning
}

// nullArg reports an argument that is statically $null (-Credential $null).
func nullArg(m *semantic.Model, a *semantic.Arg, c *parser.Command) bool {
	return m.ArgValue(a, c.Pos()).Kind == semantic.Null
}
