package semantic

import (
	"path"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// DefaultParamSetting is one entry the script puts in
// $PSDefaultParameterValues: 'Invoke-RestMethod:SkipCertificateCheck' = $true
// makes every later call in scope behave as if the parameter were given.
type DefaultParamSetting struct {
	// Node is the assignment, the .Add() call or the hashtable entry.
	Node parser.Node
	// Key is the key as written; Commands its command-name pattern
	// (wildcards allowed) and Param its parameter name.
	Key, Commands, Param string
	// Value is the value expression, when it is one.
	Value parser.Expr
}

// Applies reports whether the setting's command pattern matches a command
// name (case-insensitive, PowerShell wildcards * ? [ ]).
func (d DefaultParamSetting) Applies(command string) bool {
	ok, err := path.Match(strings.ToLower(d.Commands), strings.ToLower(command))
	return err == nil && ok
}

// Sets reports whether the setting is for the named parameter of the
// cmdlet (by its name or an alias; $PSDefaultParameterValues takes no prefixes).
func (d DefaultParamSetting) Sets(info *CmdletInfo, param string) bool {
	if info == nil {
		return strings.EqualFold(d.Param, param)
	}
	for _, pi := range info.Params {
		if !strings.EqualFold(pi.Name, param) {
			continue
		}
		if strings.EqualFold(d.Param, pi.Name) {
			return true
		}
		for _, a := range pi.Aliases {
			if strings.EqualFold(d.Param, a) {
				return true
			}
		}
	}
	return false
}

// DefaultParameterSettings returns the $PSDefaultParameterValues entries
// the file sets with a constant key: $PSDefaultParameterValues['k'] = v,
// $PSDefaultParameterValues.'k' = v, $PSDefaultParameterValues.Add('k', v)
// and $PSDefaultParameterValues = @{ 'k' = v }.
func (m *Model) DefaultParameterSettings() []DefaultParamSetting {
	// Every setting names $PSDefaultParameterValues: a file that never
	// spells it has none, and its assignments and calls are not looked at.
	// A braced name may hide the word behind escapes (${PSDefault`Param…}),
	// so a file with ${ is always looked at.
	if !ContainsFoldASCII(m.Src, "psdefaultparametervalues") && !strings.Contains(m.Src, "${") {
		return nil
	}
	var out []DefaultParamSetting
	add := func(node parser.Node, key string, value parser.Expr) {
		i := strings.LastIndexByte(key, ':')
		if i <= 0 || i == len(key)-1 {
			return
		}
		out = append(out, DefaultParamSetting{Node: node, Key: key, Commands: strings.TrimSpace(key[:i]), Param: strings.TrimSpace(key[i+1:]), Value: value})
	}
	isPDPV := func(x parser.Expr) bool {
		v, ok := x.(*parser.Variable)
		return ok && !v.Splat && v.ShortName() == "psdefaultparametervalues"
	}
	for _, a := range m.Assigns {
		if a.Op != "=" {
			continue
		}
		switch t := a.Target.(type) {
		case *parser.IndexExpr:
			if isPDPV(t.X) {
				if key, ok := m.constString(t.Index, a.Pos()); ok {
					add(a, key, stmtExpr(a.Value))
				}
			}
		case *parser.MemberExpr:
			if isPDPV(t.X) && !t.Static {
				if key := t.MemberName(); key != "" {
					add(a, key, stmtExpr(a.Value))
				}
			}
		case *parser.Variable:
			if !isPDPV(t) {
				continue
			}
			x := stmtExpr(a.Value)
			if cv, ok := x.(*parser.ConvertExpr); ok {
				x = cv.X
			}
			if h, ok := x.(*parser.HashLit); ok {
				for _, e := range h.Entries {
					if key, ok := m.hashKey(e.Key, a.Pos()); ok {
						add(e, key, stmtExpr(e.Value))
					}
				}
			}
		}
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static || !isPDPV(me.X) || !strings.EqualFold(me.MemberName(), "Add") || len(inv.Args) != 2 {
			continue
		}
		if key, ok := m.constString(inv.Args[0], inv.Pos()); ok {
			add(inv, key, inv.Args[1])
		}
	}
	return out
}
