package rules

// Helpers shared by the authentication-path rules (AUTH004–AUTH008,
// MAIL008, MAIL009): partly known strings, host names of URIs, the value
// expression behind a variable, and object constructions by node.

import (
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// gap stands for an unknown part of a partly known string.
const gap = "\x00"

// approx evaluates a string expression whose parts may be unknown: the
// result holds the known text with gap where a value cannot be known
// ("https://graph.microsoft.com/v1.0/users/\x00/sendMail"). ok is false
// when nothing at all is known. Variables are followed to the assignment
// that reaches them, also when the assigned value is itself only partly
// known, which semantic.Eval does not do.
func approx(m *semantic.Model, x parser.Expr, at int) (string, bool) {
	s := approxDepth(m, x, at, 0)
	return s, s != gap && s != ""
}

func approxDepth(m *semantic.Model, x parser.Expr, at, depth int) string {
	if x == nil || depth > 12 {
		return gap
	}
	if v := m.Eval(x, at); v.Kind == semantic.String {
		return v.Str
	} else if v.Kind == semantic.Number {
		return strconv.FormatFloat(v.Num, 'f', -1, 64)
	}
	switch x := x.(type) {
	case *parser.StringLit:
		if !x.Expandable {
			return x.Value
		}
		out := x.Value
		for _, part := range x.Parts {
			src := m.Src[part.Pos():part.End()]
			out = strings.Replace(out, src, approxDepth(m, part, at, depth+1), 1)
		}
		return collapse(out)
	case *parser.Variable:
		if x.Splat {
			return gap
		}
		if a, ok := reachingAssign(m, x); ok {
			rhs := semantic.StmtExpr(a.Value)
			if rhs == nil {
				return gap
			}
			switch a.Op {
			case "=":
				return approxDepth(m, rhs, a.Pos(), depth+1)
			case "+=":
				prev := approxDepth(m, varAt(x, a.Pos()), a.Pos(), depth+1)
				if prev == gap {
					return gap
				}
				return collapse(prev + approxDepth(m, rhs, a.Pos(), depth+1))
			}
		}
	case *parser.ParenExpr:
		if e := semantic.StmtExpr(x.X); e != nil {
			return approxDepth(m, e, at, depth+1)
		}
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			if e := semantic.StmtExpr(x.Body[0]); e != nil {
				return approxDepth(m, e, at, depth+1)
			}
		}
	case *parser.ConvertExpr:
		switch strings.ToLower(x.Type.Name) {
		case "string", "uri", "system.uri", "system.string":
			return approxDepth(m, x.X, at, depth+1)
		}
	case *parser.InvokeExpr:
		// [uri]::new('https://…') and [System.Uri]::new(…)
		if x.Member.Static && strings.EqualFold(x.Member.MemberName(), "new") && len(x.Args) > 0 {
			if t := semantic.TypeOfLiteral(x.Member.X); m.TypeIs(t, "system.uri") {
				return approxDepth(m, x.Args[0], at, depth+1)
			}
		}
	case *parser.BinaryExpr:
		switch x.Op {
		case "+":
			l := approxDepth(m, x.X, at, depth+1)
			if l == gap {
				return gap // the left side decides the type of +
			}
			return collapse(l + approxDepth(m, x.Y, at, depth+1))
		case "-f":
			f := approxDepth(m, x.X, at, depth+1)
			if f == gap {
				return gap
			}
			var args []parser.Expr
			if al, ok := x.Y.(*parser.ArrayLit); ok {
				args = al.Elems
			} else {
				args = []parser.Expr{x.Y}
			}
			return collapse(formatApprox(f, func(i int) string {
				if i < len(args) {
					return approxDepth(m, args[i], at, depth+1)
				}
				return gap
			}))
		}
	}
	return gap
}

// formatApprox applies a -f format string with arguments that may be unknown.
func formatApprox(f string, arg func(int) string) string {
	var sb strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c == '{' && i+1 < len(f) && f[i+1] == '{' {
			sb.WriteByte('{')
			i++
			continue
		}
		if c == '}' && i+1 < len(f) && f[i+1] == '}' {
			sb.WriteByte('}')
			i++
			continue
		}
		if c != '{' {
			sb.WriteByte(c)
			continue
		}
		j := strings.IndexByte(f[i:], '}')
		if j < 0 {
			sb.WriteString(f[i:])
			break
		}
		spec := f[i+1 : i+j]
		n, err := strconv.Atoi(spec)
		if err != nil {
			sb.WriteString(gap) // {0:N2}, {0,5}: formatted, not known text
		} else {
			sb.WriteString(arg(n))
		}
		i += j
	}
	return sb.String()
}

// collapse merges runs of gaps.
func collapse(s string) string {
	for strings.Contains(s, gap+gap) {
		s = strings.ReplaceAll(s, gap+gap, gap)
	}
	return s
}

// knownPrefix returns the text before the first unknown part.
func knownPrefix(s string) string {
	if i := strings.Index(s, gap); i >= 0 {
		return s[:i]
	}
	return s
}

// fullyKnown reports a string with no unknown part.
func fullyKnown(s string, ok bool) bool { return ok && !strings.Contains(s, gap) }

// reachingAssign returns the assignment that binds a variable at its use.
// The semantic layer's VarDef returns, for a use inside the right-hand side
// of its own assignment ($u = "$u/sendMail"), that same assignment; the
// binding PowerShell uses is the one before it, which is looked up here.
func reachingAssign(m *semantic.Model, v *parser.Variable) (*parser.AssignStmt, bool) {
	for i := 0; i < 4; i++ {
		a, ok := m.VarDef(v).(*parser.AssignStmt)
		if !ok {
			return nil, false
		}
		if !(a.Pos() <= v.Pos() && v.Pos() < a.End()) {
			return a, true
		}
		v = varAt(v, a.Pos())
	}
	return nil, false
}

// varAt is a copy of variable v placed at offset pos, to look up the
// binding visible there.
func varAt(v *parser.Variable, pos int) *parser.Variable {
	return &parser.Variable{Span: parser.Span{Start: pos, Stop: pos}, Name: v.Name}
}

// assignedStmt returns the statement assigned to a variable by the
// assignment that reaches this use (a pipeline, a command), or nil.
func assignedStmt(m *semantic.Model, v *parser.Variable) (parser.Stmt, *parser.AssignStmt) {
	a, ok := reachingAssign(m, v)
	if !ok || a.Op != "=" {
		return nil, nil
	}
	return a.Value, a
}

// argApprox evaluates a bound argument as a partly known string.
func argApprox(m *semantic.Model, a *semantic.Arg, at int) (string, bool) {
	if a == nil {
		return "", false
	}
	if a.FromSplat != nil {
		if a.Value.Kind == semantic.String {
			return a.Value.Str, true
		}
		if a.Expr != nil {
			return approx(m, a.Expr, a.Expr.Pos())
		}
		return "", false
	}
	if a.Expr == nil {
		return "", false
	}
	return approx(m, a.Expr, at)
}

// uriHost returns the lower-case host of an absolute http(s) URI whose
// scheme and host are known ("" otherwise).
func uriHost(s string) string {
	p := knownPrefix(s)
	lc := strings.ToLower(strings.TrimSpace(p))
	i := strings.Index(lc, "://")
	if i < 0 {
		return ""
	}
	switch lc[:i] {
	case "http", "https":
	default:
		return ""
	}
	rest := lc[i+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		// The host must be complete: followed by a known delimiter, or the
		// whole (fully known) string.
		if strings.Contains(s, gap) {
			return ""
		}
		end = len(rest)
	}
	h := rest[:end]
	if at := strings.LastIndexByte(h, '@'); at >= 0 {
		h = h[at+1:]
	}
	if c := strings.LastIndexByte(h, ':'); c >= 0 && !strings.Contains(h, "]") {
		h = h[:c]
	}
	return strings.TrimSuffix(h, ".")
}

// constructionAt returns the object construction that a value expression or
// statement is, looking through parentheses and one-element pipelines
// ($x = New-Object T(…), $x.P = [T]::new(…)).
func constructionAt(m *semantic.Model, n parser.Node) (semantic.Construction, bool) {
	for i := 0; i < 6 && n != nil; i++ {
		if c, ok := m.ConstructionAt(n); ok {
			return c, true
		}
		switch x := n.(type) {
		case *parser.Pipeline:
			if len(x.Elements) != 1 || x.Next != nil {
				return semantic.Construction{}, false
			}
			n = x.Elements[0]
		case *parser.CommandExpr:
			n = x.X
		case *parser.ParenExpr:
			n = x.X
		case *parser.ConvertExpr:
			if _, ok := x.X.(*parser.HashLit); ok {
				return semantic.Construction{}, false
			}
			n = x.X
		default:
			return semantic.Construction{}, false
		}
	}
	return semantic.Construction{}, false
}

// followVar returns the node that a variable was assigned from (statement
// or expression), following up to a few variable-to-variable copies.
func followVar(m *semantic.Model, n parser.Node) parser.Node {
	for i := 0; i < 5; i++ {
		v, ok := unparenExpr(n).(*parser.Variable)
		if !ok {
			return n
		}
		st, _ := assignedStmt(m, v)
		if st == nil {
			return n
		}
		if e := semantic.StmtExpr(st); e != nil {
			n = e
			continue
		}
		return st
	}
	return n
}

// unparenExpr strips parentheses around a single expression.
func unparenExpr(n parser.Node) parser.Node {
	for i := 0; i < 6; i++ {
		p, ok := n.(*parser.ParenExpr)
		if !ok {
			return n
		}
		e := semantic.StmtExpr(p.X)
		if e == nil {
			return n
		}
		n = e
	}
	return n
}

// builtinCall returns the canonical name of a command that resolves to a
// module cmdlet (not a local function), or "".
func builtinCall(m *semantic.Model, c *parser.Command) string {
	r := m.Resolve(c)
	if !r.Builtin || !r.Known {
		return ""
	}
	return r.Name
}

// varName renders a variable for messages: $name.
func varName(v *parser.Variable) string {
	if v.Splat {
		return "@" + v.Name
	}
	return "$" + v.Name
}

// related builds a related location for a node.
func related(n parser.Node, msg string) Related {
	return Related{Pos: n.Pos(), End: n.End(), Message: msg}
}

// fnReachability marks results inside functions never called in the file.
func fnReachability(m *semantic.Model, n parser.Node) map[string]any {
	if unreachableFunction(m, n) != nil {
		return map[string]any{"reachable": false}
	}
	return nil
}
