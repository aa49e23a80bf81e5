package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// This file holds what the repository-wide index (package rules/index)
// needs from one file's model while the model is alive: the path a
// dot-source or Import-Module names, and the TLS 1.2 state of the script
// at each call of a command defined elsewhere.

// PathOf evaluates a path written in a script (a dot-source, an
// Import-Module argument) relative to the script's own folder: "$PSScriptRoot"
// (and the folder of $PSCommandPath or $MyInvocation.MyCommand.Path) become
// ".", Join-Path and + are followed, and a variable is followed to the one
// assignment that reaches it. Backslashes are kept; the caller normalizes.
// ok is false when some part is not known statically.
func (m *Model) PathOf(x parser.Expr, at int) (string, bool) {
	return m.pathOf(x, at, 0)
}

func (m *Model) pathOf(x parser.Expr, at, depth int) (string, bool) {
	if x == nil || depth > 8 {
		return "", false
	}
	switch x := x.(type) {
	case *parser.Bareword:
		return x.Text, true
	case *parser.StringLit:
		if x.Constant() {
			return x.Value, true
		}
		out := x.Value
		for _, part := range x.Parts {
			s, ok := m.pathOf(part, at, depth+1)
			if !ok {
				return "", false
			}
			out = strings.Replace(out, m.Src[part.Pos():part.End()], s, 1)
		}
		return out, true
	case *parser.Variable:
		switch x.ShortName() {
		case "psscriptroot":
			return ".", true
		}
		if d, ok := m.VarDef(x).(*parser.AssignStmt); ok && d.Op == "=" {
			if v := stmtExpr(d.Value); v != nil {
				return m.pathOf(v, d.Pos(), depth+1)
			}
			if p, ok := m.pathOfStmt(d.Value, d.Pos(), depth+1); ok {
				return p, true
			}
		}
		if v := m.Eval(x, at); v.Kind == String {
			return v.Str, true
		}
		return "", false
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return m.pathOfStmt(x.Body[0], at, depth)
		}
	case *parser.ParenExpr:
		return m.pathOfStmt(x.X, at, depth)
	case *parser.BinaryExpr:
		if x.Op == "+" {
			a, ok1 := m.pathOf(x.X, at, depth+1)
			b, ok2 := m.pathOf(x.Y, at, depth+1)
			return a + b, ok1 && ok2
		}
	case *parser.MemberExpr:
		// $MyInvocation.MyCommand.Path is the script itself; Split-Path of it
		// is handled below. $PSCommandPath likewise.
		if strings.EqualFold(m.Text(x), "$MyInvocation.MyCommand.Path") ||
			strings.EqualFold(m.Text(x), "$MyInvocation.MyCommand.Definition") {
			return "./<script>", true
		}
	}
	if v := m.Eval(x, at); v.Kind == String {
		return v.Str, true
	}
	return "", false
}

func (m *Model) pathOfStmt(s parser.Stmt, at, depth int) (string, bool) {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil || len(pl.Elements) != 1 {
		return "", false
	}
	switch el := pl.Elements[0].(type) {
	case *parser.CommandExpr:
		return m.pathOf(el.X, at, depth+1)
	case *parser.Command:
		switch {
		case m.IsCall(el, "join-path"):
			b := m.bindGeneric(el, []string{"path", "childpath", "additionalchildpath"}, nil)
			parts := []parser.Expr{b["path"], b["childpath"]}
			if b["additionalchildpath"] != nil {
				parts = append(parts, b["additionalchildpath"])
			}
			var out []string
			for _, p := range parts {
				s, ok := m.pathOf(p, at, depth+1)
				if !ok {
					return "", false
				}
				out = append(out, s)
			}
			return strings.Join(out, `\`), true
		case m.IsCall(el, "split-path"):
			// Split-Path [-Parent] <the script's own path>: its folder.
			b := m.bindGeneric(el, []string{"path"}, nil)
			arg := b["path"]
			if arg == nil {
				arg = b["parent"] // -Parent took the next argument in the generic binding
			}
			p, ok := m.pathOf(arg, at, depth+1)
			if ok && p == "./<script>" {
				return ".", true
			}
		}
	}
	return "", false
}

// ExternalCallTLS returns, for each command, the TLS 1.2 state of the
// script at the call (the state a function defined in another file starts
// from when this call runs it), by the same script-order walk as TLSFlow.
// A call that runs only on PowerShell 7 counts as ensured.
func (m *Model) ExternalCallTLS(cmds []*parser.Command) []Ensured {
	out := make([]Ensured, len(cmds))
	if len(cmds) == 0 {
		return out
	}
	if RequiresCore(m.File) {
		for i := range out {
			out[i] = IsEnsured
		}
		return out
	}
	if !mayChangeTLS(m) {
		return out // NotEnsured everywhere: the walk would find nothing else
	}
	w := &flowWalker{root: m, sends: map[parser.Node]Send{}, results: map[parser.Node]*TLSAtSend{},
		stack: map[*parser.FunctionDef]bool{}, walked: map[*parser.FunctionDef]bool{}, imported: map[string]funcRef{}}
	for _, c := range cmds {
		w.sends[c] = Send{Node: c}
	}
	byNode := map[parser.Node]*TLSAtSend{}
	for _, r := range w.run(m) {
		byNode[r.Send.Node] = r
	}
	for i, c := range cmds {
		if r := byNode[c]; r != nil {
			out[i] = r.Effective()
		}
	}
	return out
}

// mayChangeTLS reports whether the walk can find a TLS 1.2 state other
// than "not ensured" at some call: the file writes SecurityProtocol, tests
// the PowerShell edition or version ($PSVersionTable.PSEdition or
// .PSVersion, $IsCoreCLR: a Core-only branch has TLS 1.2), or dot-sources a
// file that may do either. Most files do none of these, and the walk over
// every call of every file cost a tenth of the scan. It reads the model's
// member expressions and commands, not the text.
func mayChangeTLS(m *Model) bool {
	for _, c := range m.Commands {
		if c.Invoke == "." {
			return true
		}
	}
	for _, x := range m.Members {
		switch strings.ToLower(x.MemberName()) {
		case "securityprotocol", "psedition", "psversion":
			return true
		}
	}
	// $IsCoreCLR is a variable, not a member: its usual spellings.
	for _, v := range []string{"IsCoreCLR", "iscoreclr", "IsCoreClr", "ISCORECLR", "isCoreCLR"} {
		if strings.Contains(m.Src, v) {
			return true
		}
	}
	return false
}
