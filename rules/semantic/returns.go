package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// AlwaysTrue is the result of asking whether a script block, used as a
// delegate that returns bool, yields $true whatever its arguments.
type AlwaysTrue struct {
	// Yes is true when every path through the block ends with a true value.
	Yes bool
	// Literal is true for a block of one statement ({ $true },
	// { return $true }, { param($a, $b) $true }): no path analysis involved.
	Literal bool
}

// ReturnsTrueOnEveryPath reports whether a script block converted to a
// bool-returning delegate (a certificate or redirection callback) returns
// true whatever it is given.
//
// A script block returns everything it writes to the output stream: the
// delegate's result is $null for no output (false), the value itself for
// one item, and an array for several (true, since an array of two or more
// items is true). So a path accepts as soon as it writes one value that is
// true for certain, whatever else it writes; it rejects when it ends
// without one, when it throws or exits, or when it contains something this
// analysis does not follow (a return inside a loop, trap).
func (m *Model) ReturnsTrueOnEveryPath(sb *parser.ScriptBlock) AlwaysTrue {
	return m.returnsTrue(sb, false)
}

// MethodReturnsTrueOnEveryPath is ReturnsTrueOnEveryPath for the body of a
// PowerShell class method: there only `return` yields the method's value.
func (m *Model) MethodReturnsTrueOnEveryPath(sb *parser.ScriptBlock) AlwaysTrue {
	return m.returnsTrue(sb, true)
}

func (m *Model) returnsTrue(sb *parser.ScriptBlock, classMethod bool) AlwaysTrue {
	if sb == nil {
		return AlwaysTrue{}
	}
	a := &rtAnalyzer{m: m, classMethod: classMethod}
	stmts := sb.Statements()
	r := a.stmts(stmts, false)
	yes := !r.bad && (!r.falls || r.fallTrue)
	return AlwaysTrue{Yes: yes, Literal: yes && len(stmts) == 1}
}

type rtAnalyzer struct {
	m           *Model
	classMethod bool
}

// rtResult summarises the paths through a statement list.
type rtResult struct {
	// falls: some path reaches the end of the list.
	falls bool
	// fallTrue: every path that reaches the end has written a true value.
	fallTrue bool
	// bad: some path leaves the block without a true value (return of
	// something else, throw, exit), or the analysis gave up.
	bad bool
}

func (a *rtAnalyzer) stmts(list []parser.Stmt, out bool) rtResult {
	cur := out
	for _, s := range list {
		r := a.stmt(s, cur)
		if r.bad {
			return r
		}
		if !r.falls {
			return rtResult{}
		}
		cur = r.fallTrue
	}
	return rtResult{falls: true, fallTrue: cur}
}

// merge joins the results of alternative paths.
func rtMerge(rs ...rtResult) rtResult {
	out := rtResult{fallTrue: true}
	for _, r := range rs {
		if r.bad {
			return rtResult{bad: true}
		}
		if r.falls {
			out.falls = true
			out.fallTrue = out.fallTrue && r.fallTrue
		}
	}
	if !out.falls {
		out.fallTrue = false
	}
	return out
}

func (a *rtAnalyzer) block(b *parser.StmtBlock, out bool) rtResult {
	if b == nil {
		return rtResult{falls: true, fallTrue: out}
	}
	return a.stmts(b.Body, out)
}

func (a *rtAnalyzer) stmt(s parser.Stmt, out bool) rtResult {
	same := rtResult{falls: true, fallTrue: out}
	switch s := s.(type) {
	case *parser.Pipeline:
		if a.classMethod || out {
			return same
		}
		if a.writesTrue(s) {
			return rtResult{falls: true, fallTrue: true}
		}
		return same
	case *parser.IfStmt:
		var rs []rtResult
		for _, c := range s.Clauses {
			rs = append(rs, a.block(c.Body, out))
		}
		if s.Else != nil {
			rs = append(rs, a.block(s.Else, out))
		} else {
			rs = append(rs, same)
		}
		return rtMerge(rs...)
	case *parser.TryStmt:
		rs := []rtResult{a.block(s.Body, out)}
		for _, c := range s.Catches {
			rs = append(rs, a.block(c.Body, out))
		}
		r := rtMerge(rs...)
		if s.Finally != nil && !r.bad {
			f := a.block(s.Finally, r.fallTrue)
			if f.bad {
				return f
			}
			if !f.falls {
				return rtResult{}
			}
			if r.falls {
				r.fallTrue = f.fallTrue
			}
		}
		return r
	case *parser.FlowStmt:
		switch s.Keyword {
		case "return":
			if out {
				return rtResult{}
			}
			if s.Value != nil && a.writesTrueStmt(s.Value) {
				return rtResult{}
			}
			return rtResult{bad: true}
		default: // throw, exit, break, continue outside a loop
			return rtResult{bad: true}
		}
	case *parser.ForeachStmt, *parser.ForStmt, *parser.WhileStmt, *parser.DoStmt, *parser.SwitchStmt:
		if rtLeaves(s) {
			return rtResult{bad: true}
		}
		return same
	case *parser.BlockStmt:
		return a.block(s.Body, out)
	case *parser.TrapStmt, *parser.BadStmt:
		return rtResult{bad: true}
	}
	return same
}

// writesTrueStmt reports a statement that writes a value that is true for certain.
func (a *rtAnalyzer) writesTrueStmt(s parser.Stmt) bool {
	if pl, ok := s.(*parser.Pipeline); ok {
		return a.writesTrue(pl)
	}
	return false
}

// writesTrue reports a pipeline of one element that writes a true value:
// an expression such as $true, 1 or 'yes', or Write-Output of one.
func (a *rtAnalyzer) writesTrue(pl *parser.Pipeline) bool {
	if pl == nil || len(pl.Elements) != 1 || pl.Next != nil {
		return false
	}
	switch e := pl.Elements[0].(type) {
	case *parser.CommandExpr:
		return a.m.StaticallyTrue(e.X)
	case *parser.Command:
		if !a.m.IsCall(e, "write-output") {
			return false
		}
		var args []parser.Expr
		for _, el := range e.Elements {
			switch el := el.(type) {
			case *parser.Argument:
				args = append(args, el.X)
			default:
				return false
			}
		}
		return len(args) == 1 && a.m.StaticallyTrue(args[0])
	}
	return false
}

// rtLeaves reports a return, throw or exit inside a loop or switch (not
// inside a nested script block or function).
func rtLeaves(n parser.Node) bool {
	found := false
	parser.Inspect(n, func(c parser.Node) bool {
		switch c := c.(type) {
		case *parser.ScriptBlockExpr, *parser.FunctionDef:
			return false
		case *parser.FlowStmt:
			switch c.Keyword {
			case "return", "throw", "exit":
				found = true
			}
		}
		return !found
	})
	return found
}

// StaticallyTrue reports an expression whose value is true for certain:
// $true, a non-zero number, a non-empty string, a variable holding one,
// -not of a false constant, and -or / -and of constants.
func (m *Model) StaticallyTrue(x parser.Expr) bool {
	v, ok := m.constBool(x, 0)
	return ok && v
}

// StaticallyFalse reports an expression whose value is false for certain.
func (m *Model) StaticallyFalse(x parser.Expr) bool {
	v, ok := m.constBool(x, 0)
	return ok && !v
}

func (m *Model) constBool(x parser.Expr, depth int) (bool, bool) {
	if x == nil || depth > 20 {
		return false, false
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return m.constBool(e, depth+1)
		}
		return false, false
	case *parser.UnaryExpr:
		switch strings.ToLower(x.Op) {
		case "-not", "!":
			v, ok := m.constBool(x.X, depth+1)
			return !v, ok
		}
		return false, false
	case *parser.BinaryExpr:
		switch x.Op {
		case "-or":
			l, lok := m.constBool(x.X, depth+1)
			r, rok := m.constBool(x.Y, depth+1)
			switch {
			case lok && l, rok && r:
				return true, true
			case lok && rok:
				return false, true
			}
			return false, false
		case "-and":
			l, lok := m.constBool(x.X, depth+1)
			r, rok := m.constBool(x.Y, depth+1)
			switch {
			case lok && !l, rok && !r:
				return false, true
			case lok && rok:
				return true, true
			}
			return false, false
		}
		return false, false
	case *parser.ConvertExpr:
		switch strings.ToLower(x.Type.Name) {
		case "bool", "boolean", "system.boolean", "switch":
			return m.constBool(x.X, depth+1)
		}
		return false, false
	}
	return m.Eval(x, x.Pos()).Truthy()
}
