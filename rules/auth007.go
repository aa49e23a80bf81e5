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
			ID: "AUTH007", Name: "retired-msonline-azuread", Level: Error, ManualPort: "MSOnline/AzureAD module: port to Microsoft Graph PowerShell",
			Summary:          "The script uses the retired MSOnline or AzureAD PowerShell module.",
			SecuritySeverity: "4.3", CWE: []int{477, 1104}, Precision: "high",
			Tags: []string{"security", "deprecated", "entra-id"},
		},
		Run: runAUTH007,
	})
}

const auth007Fix = "Use the Microsoft Graph PowerShell SDK (Connect-MgGraph, *-Mg* cmdlets) or Microsoft Entra PowerShell (*-Entra* cmdlets)."

// retiredModule names the retired module a module name refers to, or "".
func retiredModule(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	// A path to the module's manifest or folder: …\MSOnline\MSOnline.psd1.
	if i := strings.LastIndexAny(n, `\/`); i >= 0 {
		n = n[i+1:]
	}
	n = strings.TrimSuffix(strings.TrimSuffix(n, ".psd1"), ".psm1")
	switch n {
	case "msonline":
		return "MSOnline"
	case "azuread":
		return "AzureAD"
	case "azureadpreview":
		return "AzureADPreview"
	}
	return ""
}

// retiredCmdletModule returns the module of an MSOnline (*-Msol*) or
// AzureAD (*-AzureAD*) cmdlet name, or "".
func retiredCmdletModule(name string) string {
	i := strings.IndexByte(name, '-')
	if i <= 0 || i == len(name)-1 {
		return ""
	}
	verb, noun := name[:i], strings.ToLower(name[i+1:])
	for _, c := range verb {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return ""
		}
	}
	switch {
	case strings.HasPrefix(noun, "msol"):
		return "MSOnline"
	case strings.HasPrefix(noun, "azuread"):
		return "AzureAD"
	}
	return ""
}

var requiresRetired = regexp.MustCompile(`(?i)(?:^|[^A-Za-z0-9._-])(MSOnline|AzureADPreview|AzureAD)(?:$|[^A-Za-z0-9._-])`)

// auth007Message says what and when in its first sentence; the dates in
// full and the fix follow (Report moves them to the detail).
func auth007Message(module, what string) string {
	short, when := "is retired (it stopped working in April-May 2025)", "MSOnline stopped working between April and May 2025"
	if module != "MSOnline" {
		short, when = "is retired (since July 2025)", "AzureAD and AzureADPreview were retired after MSOnline (announced for early July 2025)"
	}
	return what + ": " + module + " " + short + ". " + when + "; both modules were deprecated on 30 March 2024. " + auth007Fix
}

// runAUTH007 reports calls of MSOnline/AzureAD cmdlets that resolve to the
// module (local functions shadow them), Import-Module / Install-Module of
// those modules, and #Requires -Modules lines naming them.
func runAUTH007(p *Pass) {
	m := p.Model
	for _, r := range p.File.Requires {
		mods, ok := r.Params["modules"]
		if !ok {
			continue
		}
		if sm := requiresRetired.FindStringSubmatch(mods); sm != nil {
			mod := retiredModule(sm[1])
			p.Report(Diagnostic{Pos: r.Pos(), End: r.End(), Message: auth007Message(mod, "#Requires -Modules "+mod)})
		}
	}
	// Enable-EntraAzureADAlias (Microsoft Entra PowerShell) defines aliases
	// named like the AzureAD cmdlets; calls after it run Entra cmdlets.
	entraAliases := -1
	for _, c := range m.Commands {
		if builtinCall(m, c) == "enable-entraazureadalias" && (entraAliases < 0 || c.Pos() < entraAliases) {
			entraAliases = c.Pos()
		}
	}
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin || !r.Known {
			continue
		}
		switch r.Name {
		case "import-module", "install-module":
			if mod := auth007ModuleArg(m, c, r.Name); mod != "" {
				verb := "Import-Module"
				if r.Name == "install-module" {
					verb = "Install-Module"
				}
				p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Message: auth007Message(mod, verb+" "+mod), Properties: fnReachability(m, c)})
			}
			continue
		}
		mod := retiredCmdletModule(r.Name)
		if mod == "" {
			continue
		}
		if mod == "AzureAD" && r.Module == "" && entraAliases >= 0 && (c.Pos() > entraAliases || m.Scope(c) != nil) {
			continue // an Entra compatibility alias
		}
		if r.Module != "" && retiredModule(r.Module) == "" {
			// Qualified with another module (Microsoft.Entra\Get-AzureADUser
			// style compatibility aliases): not the retired module.
			continue
		}
		if r.Module != "" {
			mod = retiredModule(r.Module)
		}
		name := c.NameText()
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Message: auth007Message(mod, name+" is an "+mod+" cmdlet"), Properties: fnReachability(m, c)})
	}
}

// auth007ModuleArg returns the retired module named by Import-Module or
// Install-Module (-Name, position 0, arrays, splats), or "".
func auth007ModuleArg(m *semantic.Model, c *parser.Command, name string) string {
	info := semantic.Cmdlet("install-module")
	if name != "install-module" {
		info = semantic.Cmdlet("import-module")
	}
	b := m.Bind(c, info)
	a := b.Get("Name")
	if a == nil {
		return ""
	}
	v := m.ArgValue(a, c.Pos())
	if ss, ok := v.Strings(); ok {
		for _, s := range ss {
			if mod := retiredModule(s); mod != "" {
				return mod
			}
		}
		return ""
	}
	// An array literal with some unknown elements: look at the known ones.
	if a.Expr != nil {
		if al, ok := a.Expr.(*parser.ArrayLit); ok {
			for _, e := range al.Elems {
				if s, ok := approx(m, e, c.Pos()); fullyKnown(s, ok) {
					if mod := retiredModule(s); mod != "" {
						return mod
					}
				}
			}
		}
	}
	return ""
}
