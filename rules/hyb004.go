package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "HYB004", Name: "hybrid-app-script-misuse", Level: Note,
			Summary:   "ConfigureExchangeHybridApplication.ps1 is run under PowerShell 7 or with -DeleteApplication, which fails or leaves hybrid broken.",
			Precision: "high", Tags: []string{"reliability", "exchange-hybrid"},
		},
		Run:      runHYB004,
		Requires: []*semantic.Analyzer{},
	})
}

const (
	hyb004Core   = "ConfigureExchangeHybridApplication.ps1 supports Windows PowerShell 5.x only, and this file requires PowerShell 6 or later; start it in a Windows PowerShell process (powershell.exe -NoProfile -File …) on a machine with the Exchange Management Shell."
	hyb004Delete = "-DeleteApplication deletes only the dedicated Exchange hybrid app in Microsoft Entra ID: the EvoSTS Auth Server entry and the EnableExchangeHybrid3PAppFeature setting override stay, so hybrid calls (Free/Busy, MailTips, photos) fail. " +
		"To replace the app, configure the new one (-ConfigureAuthServer, -EnableExchangeHybridApplicationOverride) first; when decommissioning hybrid, remove the Auth Server application identifier and the override in the same change and run HealthChecker.ps1."
)

// runHYB004 reports invocations of ConfigureExchangeHybridApplication.ps1 in
// a file that requires PowerShell 6+, or with -DeleteApplication; one result
// per invocation.
func runHYB004(p *Pass) {
	m := p.Model
	core := requiresCore(p.File)
	for _, c := range m.Commands {
		var signals []string
		var rel []Related
		switch {
		case hybridAppScriptCall(m, c):
			if core {
				signals = append(signals, hyb004Core)
			}
			b := m.Bind(c, semantic.HybridAppScript)
			if a := b.Get("DeleteApplication"); a != nil && a.On && a.OnKnown {
				signals = append(signals, hyb004Delete)
			}
			rel = splatRelated(m, b)
		default:
			pwsh, script, rest := launchedScript(m, c)
			if script != hybridAppScript {
				continue
			}
			if pwsh {
				signals = append(signals, "pwsh runs ConfigureExchangeHybridApplication.ps1 in PowerShell 7, which it does not support; use powershell.exe (Windows PowerShell 5.1).")
			}
			for _, e := range rest {
				if pe, ok := e.(*parser.Parameter); ok && len(pe.Name) >= 3 && strings.HasPrefix("deleteapplication", strings.ToLower(pe.Name)) {
					if pe.Arg == nil || strings.EqualFold(m.Text(pe.Arg), "$true") {
						signals = append(signals, hyb004Delete)
					}
				}
			}
		}
		if len(signals) == 0 {
			continue
		}
		report(p, c, Note, strings.Join(signals, " "), rel)
	}
}

// launchedScript recognises `powershell.exe [options] -File <script> [args]`
// (and pwsh): whether the host is PowerShell 7, the script's file name
// (lower case) and the arguments passed to the script.
func launchedScript(m *semantic.Model, c *parser.Command) (pwsh bool, script string, rest []parser.CommandElement) {
	name := c.NameText()
	if i := strings.LastIndexAny(name, `\/`); i >= 0 {
		name = name[i+1:]
	}
	// Compared in place: this runs for every command of every file.
	switch {
	case semantic.EqualLower(name, "powershell"), semantic.EqualLower(name, "powershell.exe"):
	case semantic.EqualLower(name, "pwsh"), semantic.EqualLower(name, "pwsh.exe"):
		pwsh = true
	default:
		return false, "", nil
	}
	els := c.Elements
	for i, e := range els {
		pe, ok := e.(*parser.Parameter)
		if !ok || !strings.EqualFold(pe.Name, "file") && !strings.EqualFold(pe.Name, "f") {
			continue
		}
		var x parser.Expr = pe.Arg
		next := i + 1
		if x == nil && i+1 < len(els) {
			if a, ok := els[i+1].(*parser.Argument); ok {
				x, next = a.X, i+2
			}
		}
		if x == nil {
			return pwsh, "", nil
		}
		return pwsh, fileName(m, x, 0), els[next:]
	}
	return pwsh, "", nil
}
