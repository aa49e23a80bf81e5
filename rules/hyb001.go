package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "HYB001", Name: "first-party-sp-credential-added", Level: Error,
			Summary:          "A key or password credential is added to the shared Office 365 Exchange Online service principal (CVE-2025-53786).",
			SecuritySeverity: "8.0", CWE: []int{287, 269}, Precision: "high",
			Tags: []string{"security", "exchange-hybrid", "cve-2025-53786"},
		},
		Run:      runHYB001,
		Requires: []*semantic.Analyzer{semantic.ServicePrincipalAnalyzer},
	})
}

const hyb001Fix = "Do not add credentials to the 'Office 365 Exchange Online' service principal. Install the April 2025 (or later) Exchange Hotfix Update, run the current Hybrid Configuration Wizard or " +
	"ConfigureExchangeHybridApplication.ps1 -FullyConfigureExchangeHybridApplication, then ConfigureExchangeHybridApplication.ps1 -ResetFirstPartyServicePrincipalKeyCredentials " +
	"(also when hybrid is no longer used), and confirm with HealthChecker.ps1."

// runHYB001 reports every step that adds a key or password credential to
// the shared service principal (appId 00000002-0000-0ff1-ce00-000000000000).
func runHYB001(p *Pass) {
	m := p.Model
	for _, a := range exoCredentialAdds(m) {
		msg := "Adds " + a.what + " to the shared 'Office 365 Exchange Online' service principal (appId 00000002-0000-0ff1-ce00-000000000000). " +
			"This is the configuration behind CVE-2025-53786: whoever holds the key can act as Exchange Online in your tenant. " +
			"Use the dedicated Exchange hybrid app instead and clear this service principal's keyCredentials. " + hyb001Fix
		var rel []Related
		if a.b != nil {
			rel = splatRelated(m, a.b)
		}
		if a.sp != nil && (a.sp.Pos() < a.c.Pos() || a.sp.Pos() >= a.c.End()) {
			rel = append(rel, Related{Pos: a.sp.Pos(), End: a.sp.End(), Message: "the 'Office 365 Exchange Online' service principal is identified here"})
		}
		if a.add != nil && (a.add.Pos() < a.c.Pos() || a.add.Pos() >= a.c.End()) {
			rel = append(rel, Related{Pos: a.add.Pos(), End: a.add.End(), Message: "the new credential comes from here"})
		}
		report(p, a.c, Error, msg, rel)
	}
}
