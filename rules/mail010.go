package rules

import (
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL010", Name: "graph-mail-send-not-connected", Level: Warning,
			Summary:   "A Microsoft Graph mail send runs with no Connect-MgGraph before it, or after Disconnect-MgGraph, so it fails at run time.",
			Precision: "medium", Tags: []string{"reliability", "graph", "mail"},
		},
		Run:      runMAIL010,
		Requires: []*semantic.Analyzer{semantic.GraphFlowAnalyzer},
	})
}

// runMAIL010 reports Graph sends (Send-MgUserMail, Send-MgUserMessage,
// Invoke-MgGraphRequest POST …/sendMail) that no Connect-MgGraph reaches in
// script order, and sends after Disconnect-MgGraph. Functions the file never
// calls (a module's, a dot-sourced library's) are left to their callers;
// code the analysis cannot see (a dot-sourced file with a computed path, a
// Connect-* wrapper from a module) counts as possibly connecting.
func runMAIL010(p *Pass) {
	m := p.Model
	for _, r := range m.GraphFlow() {
		c, ok := r.Send.Node.(*parser.Command)
		if !ok || !r.Reachable || r.Hidden || r.State != semantic.NotEnsured {
			continue
		}
		name := m.Text(c.Name)
		msg := name + " runs with no Connect-MgGraph before it, so it fails at run time (\"Authentication needed. Please call Connect-MgGraph.\"). " +
			"Connect first, with a certificate or managed identity and the Mail.Send permission (Connect-MgGraph -ClientId … -TenantId … -CertificateThumbprint …, or Connect-MgGraph -Identity)."
		if r.Reset {
			msg = name + " runs after Disconnect-MgGraph, so the Graph session is gone and the send fails at run time. " +
				"Move Disconnect-MgGraph after the last send, or connect again before this one."
		}
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Message: msg, Properties: fnReachability(m, c)})
	}
}
