package index

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// readManifest reads the module keys of a .psd1 (a hashtable literal). It
// returns nil for a data file that has none of them.
func readManifest(m *semantic.Model, dir string) *Manifest {
	var h *parser.HashLit
	for _, st := range m.File.Script.Statements() {
		if x, ok := semantic.StmtExpr(st).(*parser.HashLit); ok {
			h = x
			break
		}
	}
	if h == nil {
		return nil
	}
	man := &Manifest{}
	found := false
	for _, e := range h.Entries {
		key := m.Eval(e.Key, e.Pos()).Str
		if k, isWord := e.Key.(*parser.Bareword); isWord {
			key = k.Text
		}
		val := semantic.StmtExpr(e.Value)
		if val == nil {
			continue
		}
		strs := func() []string {
			var out []string
			for _, x := range listElems(val) {
				if v := m.Eval(x, x.Pos()); v.Kind == semantic.String {
					out = append(out, v.Str)
				} else if hl, ok := x.(*parser.HashLit); ok {
					// @{ModuleName = 'X'; ModuleVersion = '1.0'}
					for _, he := range hl.Entries {
						if strings.EqualFold(m.Text(he.Key), "ModuleName") {
							if v := m.Eval(semantic.StmtExpr(he.Value), he.Pos()); v.Kind == semantic.String {
								out = append(out, v.Str)
							}
						}
					}
				}
			}
			return out
		}
		switch strings.ToLower(key) {
		case "rootmodule", "moduletoprocess":
			if l := strs(); len(l) > 0 {
				man.RootModule = moduleEntry(dir, l[0])
				found = true
			}
		case "nestedmodules":
			for _, n := range strs() {
				man.NestedModules = append(man.NestedModules, moduleEntry(dir, n))
			}
			found = true
		case "scriptstoprocess":
			for _, n := range strs() {
				man.ScriptsToProcess = append(man.ScriptsToProcess, resolvePath(dir, n))
			}
			found = true
		case "functionstoexport":
			found = true
			all := false
			var names []string
			for _, n := range strs() {
				if n == "*" {
					all = true
				}
				names = append(names, strings.ToLower(n))
			}
			if !all {
				if names == nil {
					names = []string{} // @(): exports no function
				}
				man.FunctionsToExport = names
			}
		case "moduleversion", "guid":
			found = true
		}
	}
	if !found {
		return nil
	}
	return man
}

// moduleEntry is a RootModule or NestedModules entry, resolved against the
// manifest's folder; an entry without extension (Notify) is looked up as
// a file first, then as a module name (see Build).
func moduleEntry(dir, s string) string { return resolvePath(dir, s) }
