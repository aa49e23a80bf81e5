package rules

import (
	"regexp"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "HYB003", Name: "dedicated-hybrid-app-disabled", Level: Error,
			Summary:          "A setting override turns off or removes the dedicated Exchange hybrid application, pushing Exchange Server back to the shared service principal (CVE-2025-53786).",
			SecuritySeverity: "7.0", CWE: []int{287}, Precision: "very-high",
			Tags: []string{"security", "exchange-hybrid", "cve-2025-53786"},
		},
		Run:      runHYB003,
		Requires: []*semantic.Analyzer{},
	})
}

const (
	hybridOverrideSection = "ExchangeOnpremAsThirdPartyAppId"
	hybridOverrideName    = "EnableExchangeHybrid3PAppFeature"
	hyb003Message         = "Turns off the dedicated Exchange hybrid application, pushing Exchange Server back to the shared 'Office 365 Exchange Online' service principal (CVE-2025-53786); " +
		"hybrid rich coexistence (Free/Busy, MailTips, photos) stops working, since Exchange Web Services calls with the shared service principal are blocked after 31 October 2025. " +
		"Keep the override enabled and fix the cause instead (April 2025 HU or later, current Auth certificate on the app via ConfigureExchangeHybridApplication.ps1 -UpdateCertificate), then run HealthChecker.ps1."
)

var enabledFalseRe = regexp.MustCompile(`(?i)^\s*enabled\s*=\s*(false|0|\$false)\s*$`)
var enabledTrueRe = regexp.MustCompile(`(?i)^\s*enabled\s*=\s*(true|1|\$true)\s*$`)

// overrideParams reports whether -Parameters holds Enabled=false (or Enabled=true).
func overrideParams(m *semantic.Model, e exoCmd, re *regexp.Regexp) (bool, *semantic.Arg) {
	ss, ok, a := e.stringsArg(m, "Parameters")
	if !ok {
		return false, a
	}
	for _, s := range ss {
		for _, part := range strings.Split(s, ",") {
			if re.MatchString(part) {
				return true, a
			}
		}
	}
	return false, a
}

// isHybridOverride reports an expression naming the override's section or its name.
func isHybridOverride(m *semantic.Model, x parser.Expr) bool {
	var s string
	switch x := x.(type) {
	case *parser.StringLit, *parser.Bareword, *parser.Variable:
		v := m.Eval(x, x.Pos())
		if v.Kind != semantic.String {
			return false
		}
		s = v.Str
	default:
		return false
	}
	s = strings.TrimSpace(s)
	return strings.EqualFold(s, hybridOverrideSection) || strings.EqualFold(s, hybridOverrideName)
}

// targetsHybridOverride reports a Set-/Remove-SettingOverride aimed at the
// dedicated-app override: by name, or through Get-SettingOverride filtered on
// its section or name (piped, or held in a variable).
func targetsHybridOverride(m *semantic.Model, e exoCmd) bool {
	f := objectFilter{m: m, getter: "get-settingoverride", match: func(x parser.Expr) bool { return isHybridOverride(m, x) }}
	if a := e.b.Get("Identity"); a != nil && a.Expr != nil {
		if v := m.ArgValue(a, e.c.Pos()); v.Kind == semantic.String {
			return strings.EqualFold(strings.TrimSpace(v.Str), hybridOverrideName)
		}
		_, ok := f.expr(a.Expr, 0)
		return ok
	}
	if e.b.Piped {
		_, ok := f.piped(e.c)
		return ok
	}
	return false
}

// runHYB003 reports New-SettingOverride for section
// ExchangeOnpremAsThirdPartyAppId with Enabled=false, Set-SettingOverride
// of that override with Enabled=false (error) and Remove-SettingOverride of
// it (warning). Set-SettingOverride has no -Section parameter: the override
// is recognised by its name or by the pipeline that selects it.
func runHYB003(p *Pass) {
	m := p.Model
	for _, e := range exoCommands(m, cmdlets("new-settingoverride", "set-settingoverride", "remove-settingoverride")) {
		switch e.name {
		case "new-settingoverride":
			sec := e.constText(m, "Section")
			if !strings.EqualFold(strings.TrimSpace(sec), hybridOverrideSection) {
				continue
			}
			if off, a := overrideParams(m, e, enabledFalseRe); off {
				report(p, e.c, Error, hyb003Message, e.related(m, a))
			}
		case "set-settingoverride":
			if !targetsHybridOverride(m, e) {
				continue
			}
			if off, a := overrideParams(m, e, enabledFalseRe); off {
				report(p, e.c, Error, hyb003Message, e.related(m, a))
			}
		case "remove-settingoverride":
			if targetsHybridOverride(m, e) {
				report(p, e.c, Warning, "Removes the "+hybridOverrideName+" setting override. "+hyb003Message, e.related(m))
			}
		}
	}
}
