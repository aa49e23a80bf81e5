package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL001", Name: "send-mailmessage-obsolete", Level: Warning, CoveredByRewrite: true,
			Summary:          "Send-MailMessage is obsolete and usually relies on SMTP AUTH with Basic authentication.",
			SecuritySeverity: "4.3", CWE: []int{477}, Precision: "high", Tags: []string{"security", "maintainability"},
		},
		Run:      runMAIL001,
		Requires: []*semantic.Analyzer{semantic.MailSendsAnalyzer},
	})
}

// mail001Message is the whole message: the why (no secure connection
// guaranteed, SMTP AUTH Basic) is on the rule's page, and the detail is the
// Graph rewrite, printed by -v exactly as it is pasted.
const mail001Message = "Send-MailMessage is obsolete (DE0005)" + mail001Graph

const mail001Graph = ": send with Microsoft Graph (Send-MgUserMail) instead."

// runMAIL001 reports every call that resolves to the built-in
// Send-MailMessage cmdlet, with the Graph rewrite of the call.
func runMAIL001(p *Pass) {
	for _, c := range p.Model.Commands {
		if !p.Model.IsCall(c, "send-mailmessage") {
			continue
		}
		b := p.Model.Bind(c, semantic.Cmdlet("send-mailmessage"))
		host := sendHost(p.Model, c)
		d := Diagnostic{Pos: c.Pos(), End: commandHeadEnd(c), Message: mail001Message}
		if host != "" {
			d.Message = "Send-MailMessage to '" + host + "'" + strings.TrimPrefix(mail001Message, "Send-MailMessage")
		}
		if other := noGraphRewrite(host); other != "" {
			// HVE or another provider: Graph is not the way out (the detail says which is).
			d.Message = strings.TrimSuffix(d.Message, mail001Graph) + "."
			d.Detail = other
		} else {
			rw := sendMailMessageRewrite(p.Model, c, b)
			d.Detail = rewriteDetail(rw)
			d.GraphRewrite = GraphRewriteTemplate
			if rw.Exact {
				d.GraphRewrite = ExactGraphRewrite
			}
			if fix, why := graphFix(p.Model, c, rw); fix != nil {
				d.Fixes = []Fix{*fix}
			} else if rw.Exact {
				d.Detail += "Not applied by --fix: " + why + ".\n"
			}
		}
		d.Related = splatRelated(p.Model, b)
		if fn := unreachableFunction(p.Model, c); fn != nil {
			d.Properties = map[string]any{"reachable": false}
		}
		p.Report(d)
	}
}

// commandHeadEnd returns the end of a command's full extent; findings span
// the whole command so that SARIF regions cover every argument.
func commandHeadEnd(c *parser.Command) int { return c.End() }

// splatRelated points at the definitions of the hashtables splatted into a call.
func splatRelated(m *semantic.Model, b *semantic.Binding) []Related {
	var out []Related
	for _, v := range b.SplatVars {
		if def := m.VarDef(v); def != nil {
			out = append(out, Related{Pos: def.Pos(), End: def.End(), Message: "splatted parameters @" + v.Name + " defined here"})
		}
	}
	return out
}

// unreachableFunction returns the function containing n when that function
// is never called in the file (catalog H.4), or nil.
func unreachableFunction(m *semantic.Model, n parser.Node) *parser.FunctionDef {
	scope, ok := m.Scope(n).(*parser.FunctionDef)
	if !ok || scope == nil {
		return nil
	}
	if strings.HasSuffix(strings.ToLower(m.Path), ".psm1") {
		// A module's functions are called by whoever imports it.
		return nil
	}
	if len(m.CallsTo(scope)) > 0 {
		return nil
	}
	return scope
}
