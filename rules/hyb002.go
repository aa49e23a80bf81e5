package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "HYB002", Name: "shared-sp-hybrid-oauth", Level: Warning,
			Summary:          "A script configures hybrid OAuth through the shared Office 365 Exchange Online service principal and never configures the dedicated Exchange hybrid app.",
			SecuritySeverity: "6.0", CWE: []int{287}, Precision: "medium",
			Tags: []string{"security", "exchange-hybrid", "cve-2025-53786"},
		},
		Run:      runHYB002,
		Requires: []*semantic.Analyzer{semantic.ServicePrincipalAnalyzer},
	})
}

const hyb002Message = "Since 31 October 2025 rich coexistence (Free/Busy, MailTips, photos) works only through the dedicated Exchange hybrid app (CVE-2025-53786). " +
	"Run the current Hybrid Configuration Wizard or ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication, then reset the shared service principal's keyCredentials " +
	"(-ResetFirstPartyServicePrincipalKeyCredentials) and verify with HealthChecker.ps1."

// runHYB002 reports the steps that configure the legacy shared-principal
// OAuth trust — the partner application for appId
// 00000002-0000-0ff1-ce00-000000000000, and the export of the Exchange Auth
// certificate in a script that uploads it to the shared service principal —
// in files that contain none of the dedicated-app steps.
func runHYB002(p *Pass) {
	m := p.Model
	isExo := func(x parser.Expr) bool {
		switch x.(type) {
		case *parser.StringLit, *parser.Bareword, *parser.Variable:
			return m.ExoServicePrincipal(x).Kind == semantic.SPID
		}
		return false
	}
	type hit struct {
		n parser.Node
		d Diagnostic
	}
	var found []hit
	for _, e := range exoCommands(m, cmdlets("new-partnerapplication", "set-partnerapplication")) {
		enabled, enabledKnown, ea := e.boolArg(m, "Enabled")
		if enabledKnown && !enabled {
			continue
		}
		if a := e.b.Get("ApplicationIdentifier"); a != nil && a.Expr != nil && m.ExoServicePrincipal(a.Expr).Kind == semantic.SPID {
			found = append(found, hit{e.c, Diagnostic{Pos: e.c.Pos(), End: e.c.End(), Level: Warning,
				Message: "Configures the partner application for the shared 'Office 365 Exchange Online' service principal (appId 00000002-0000-0ff1-ce00-000000000000). " + hyb002Message,
				Related: e.related(m, a, ea)}})
			continue
		}
		if e.name != "set-partnerapplication" || !enabledKnown {
			continue
		}
		f := objectFilter{m: m, getter: "get-partnerapplication", match: isExo}
		var ev parser.Node
		ok := false
		if a := e.b.Get("Identity"); a != nil && a.Expr != nil {
			ev, ok = f.expr(a.Expr, 0)
		} else if e.b.Piped {
			ev, ok = f.piped(e.c)
		}
		if !ok {
			continue
		}
		rel := e.related(m, ea)
		if ev != nil && (ev.Pos() < e.c.Pos() || ev.Pos() >= e.c.End()) {
			rel = append(rel, Related{Pos: ev.Pos(), End: ev.End(), Message: "partner application 00000002-0000-0ff1-ce00-000000000000 selected here"})
		}
		found = append(found, hit{e.c, Diagnostic{Pos: e.c.Pos(), End: e.c.End(), Level: Warning,
			Message: "Enables the partner application of the shared 'Office 365 Exchange Online' service principal (appId 00000002-0000-0ff1-ce00-000000000000), the legacy hybrid OAuth trust. " + hyb002Message,
			Related: rel}})
	}
	if exports := authCertExports(m); len(exports) > 0 && len(exoCredentialAdds(m)) > 0 {
		for _, n := range exports {
			found = append(found, hit{n, Diagnostic{Pos: n.Pos(), End: n.End(), Level: Warning,
				Message: "Exports the Exchange Auth certificate in a script that uploads it to the shared 'Office 365 Exchange Online' service principal (reported there by HYB001): the legacy hybrid OAuth set-up. " +
					"Upload the certificate to the dedicated Exchange hybrid app with ConfigureExchangeHybridApplication.ps1 -UpdateCertificate instead. " + hyb002Message}})
		}
	}
	if len(found) == 0 || dedicatedHybridApp(m) {
		return
	}
	for _, h := range found {
		if fn := unreachableFunction(m, h.n); fn != nil {
			h.d.Properties = map[string]any{"reachable": false}
		}
		p.Report(h.d)
	}
}

// dedicatedHybridApp reports a file that configures the dedicated Exchange
// hybrid app: it runs ConfigureExchangeHybridApplication.ps1 (by any path,
// also through powershell.exe -File), points an Auth Server at an
// application id other than the shared one, or creates the
// ExchangeOnpremAsThirdPartyAppId override with Enabled=true.
func dedicatedHybridApp(m *semantic.Model) bool {
	for _, c := range m.Commands {
		if hybridAppScriptCall(m, c) {
			return true
		}
		if _, script, _ := launchedScript(m, c); script == hybridAppScript {
			return true
		}
	}
	for _, e := range exoCommands(m, cmdlets("new-authserver", "set-authserver")) {
		if a := e.b.Get("ApplicationIdentifier"); a != nil && a.Expr != nil {
			if m.ExoServicePrincipal(a.Expr).Kind != semantic.SPID {
				return true
			}
		}
	}
	for _, e := range exoCommands(m, cmdlets("new-settingoverride", "set-settingoverride")) {
		on, _ := overrideParams(m, e, enabledTrueRe)
		if !on {
			continue
		}
		if e.name == "new-settingoverride" && strings.EqualFold(strings.TrimSpace(e.constText(m, "Section")), hybridOverrideSection) {
			return true
		}
		if e.name == "set-settingoverride" && targetsHybridOverride(m, e) {
			return true
		}
	}
	return false
}

// authCertExports finds the places where the Exchange Auth certificate
// ((Get-AuthConfig).CurrentCertificateThumbprint) is exported:
// Export-Certificate / Export-ExchangeCertificate of it, or .Export(),
// .GetRawCertData() and .RawData on the certificate object. One node per
// statement.
func authCertExports(m *semantic.Model) []parser.Node {
	any := false
	for _, me := range m.Members { // compared in place: lower-casing every member name of every file allocated
		if name := me.MemberName(); semantic.EqualLower(name, "currentcertificatethumbprint") || semantic.EqualLower(name, "nextcertificatethumbprint") {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	t := &authTracker{m: m, seen: map[parser.Node]bool{}}
	var out []parser.Node
	covered := func(n parser.Node) bool {
		for _, o := range out {
			if o.Pos() <= n.Pos() && n.End() <= o.End() {
				return true
			}
		}
		return false
	}
	for _, c := range m.Commands {
		switch m.Resolve(c).Name {
		case "export-certificate", "export-exchangecertificate":
			t.steps = 0
			if t.args(c, 0) {
				out = append(out, c)
			}
		}
	}
	for _, inv := range m.Invokes {
		switch strings.ToLower(inv.Member.MemberName()) {
		case "export", "getrawcertdata", "getrawcertdatastring":
			t.steps = 0
			if !inv.Member.Static && t.expr(inv.Member.X, 0) && !covered(inv) {
				out = append(out, inv)
			}
		}
	}
	for _, me := range m.Members {
		t.steps = 0
		if strings.EqualFold(me.MemberName(), "rawdata") && !me.Static && t.expr(me.X, 0) && !covered(me) {
			out = append(out, me)
		}
	}
	return out
}

// authTracker follows values derived from the Exchange Auth certificate's thumbprint.
type authTracker struct {
	m     *semantic.Model
	seen  map[parser.Node]bool
	steps int
}

func (t *authTracker) expr(x parser.Expr, depth int) bool {
	t.steps++
	if x == nil || depth > 10 || t.steps > 20000 {
		return false
	}
	switch x := x.(type) {
	case *parser.MemberExpr:
		switch strings.ToLower(x.MemberName()) {
		case "currentcertificatethumbprint", "nextcertificatethumbprint":
			return true
		}
		return false
	case *parser.Variable:
		def, ok := t.m.VarDef(x).(*parser.AssignStmt)
		if !ok || def.Op != "=" || t.seen[def] {
			return false
		}
		t.seen[def] = true
		defer delete(t.seen, def)
		return t.stmt(def.Value, depth+1)
	case *parser.StringLit:
		for _, part := range x.Parts {
			if t.expr(part, depth+1) {
				return true
			}
		}
	case *parser.ParenExpr:
		return t.stmt(x.X, depth+1)
	case *parser.SubExpr:
		for _, s := range x.Body {
			if t.stmt(s, depth+1) {
				return true
			}
		}
	case *parser.ArrayExpr:
		for _, s := range x.Body {
			if t.stmt(s, depth+1) {
				return true
			}
		}
	case *parser.IndexExpr:
		return t.expr(x.X, depth+1)
	case *parser.InvokeExpr:
		return t.expr(x.Member.X, depth+1)
	case *parser.ConvertExpr:
		return t.expr(x.X, depth+1)
	case *parser.BinaryExpr:
		return x.Op == "+" && (t.expr(x.X, depth+1) || t.expr(x.Y, depth+1))
	}
	return false
}

func (t *authTracker) stmt(s parser.Stmt, depth int) bool {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil {
		return false
	}
	for _, el := range pl.Elements {
		switch e := el.(type) {
		case *parser.CommandExpr:
			if t.expr(e.X, depth+1) {
				return true
			}
		case *parser.Command:
			if t.args(e, depth+1) {
				return true
			}
		}
	}
	return false
}

// args reports a command whose arguments (script blocks included) refer to
// the Auth certificate's thumbprint: Get-Item "Cert:\…\$thumb",
// Get-ChildItem Cert:\… | Where-Object { $_.Thumbprint -eq $thumb }.
func (t *authTracker) args(c *parser.Command, depth int) bool {
	hit := false
	for _, e := range c.Elements {
		parser.Inspect(e, func(n parser.Node) bool {
			if hit {
				return false
			}
			if x, ok := n.(parser.Expr); ok {
				switch x.(type) {
				case *parser.Variable, *parser.MemberExpr:
					if t.expr(x, depth+1) {
						hit = true
						return false
					}
				}
			}
			return true
		})
	}
	return hit
}
