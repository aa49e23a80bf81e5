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
		Run:      runAUTH007,
		Requires: []*semantic.Analyzer{},
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
	return what + ": " + module + " is " + auth007Retired(module) + ". " + auth007Why(module)
}

// auth007CmdletMessage names the replacement of a retired cmdlet from
// Microsoft's cmdlet map (auth007_map.go) in its first sentence.
func auth007CmdletMessage(module, name string) string {
	head := name + " is an " + module + " cmdlet, " + auth007Retired(module) + ": "
	// A module-qualified call (MSOnline\Get-MsolDomain) names the same cmdlet.
	r := lookupReplacement(name[strings.LastIndexByte(name, '\\')+1:])
	switch {
	case r == nil:
		head += "Microsoft's AzureAD/MSOnline-to-Graph cmdlet map does not list it; port it to Microsoft Graph PowerShell"
	case len(r.Graph) == 0 && r.Entra == "":
		head += "Microsoft's cmdlet map gives no Microsoft Graph PowerShell equivalent"
	case len(r.Graph) == 0:
		head += "Microsoft's cmdlet map gives no Microsoft Graph PowerShell equivalent; use " + r.Entra + " (Microsoft Entra)"
	default:
		head += "use " + orList(r.Graph) + " (Microsoft Graph)"
		if r.Entra != "" {
			head += " or " + r.Entra + " (Microsoft Entra)"
		}
	}
	return head + ". " + auth007Why(module)
}

// auth007Retired says since when a module is retired.
func auth007Retired(module string) string {
	if module == "MSOnline" {
		return "retired (it stopped working in April-May 2025)"
	}
	return "retired (since July 2025)"
}

// auth007Why is the detail: the dates in full and the fix.
func auth007Why(module string) string {
	when := "MSOnline stopped working between April and May 2025"
	if module != "MSOnline" {
		when = "AzureAD and AzureADPreview were retired after MSOnline (announced for early July 2025)"
	}
	return when + "; both modules were deprecated on 30 March 2024. " + auth007Fix
}

// orList joins names as "a", "a or b", "a, b or c".
func orList(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
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
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Message: auth007CmdletMessage(mod, name), Properties: fnReachability(m, c)})
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
