package semantic

import (
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Construction is a place where the script creates a .NET object.
type Construction struct {
	// Node is the whole construction: the New-Object command, the
	// [T]::new(…) call or the [T]@{…} cast.
	Node parser.Node
	// TypeName is the type as written (Net.Mail.SmtpClient).
	TypeName string
	// TypeNode is where the type name is written.
	TypeNode parser.Node
	// Args are the constructor arguments, when visible.
	Args []parser.Expr
	// ArgsKnown is false when the argument list is not a visible list (-ArgumentList $a).
	ArgsKnown bool
	// Props is the property hashtable (New-Object -Property, or the cast's hashtable).
	Props parser.Expr
	// Var is the variable the new object is assigned to, if any.
	Var *parser.Variable
	// Assign is that assignment.
	Assign *parser.AssignStmt
}

// Constructions returns every object construction of a type resolving to
// full (lower case), in source order. alternatives are other full names a
// short name could also mean (e.g. MailKit's SmtpClient): an ambiguous short
// name matches neither.
//
// The answer is kept per question: rules ask for the same type at every
// send they follow (the Graph rewrite looks for the client of each
// SmtpClient send), and matching every construction's type name each time
// was quadratic in the sends. Callers must not change the slice.
func (m *Model) Constructions(full string, alternatives ...string) []Construction {
	key := full
	if len(alternatives) > 0 {
		key += "\x00" + strings.Join(alternatives, "\x00")
	}
	if out, ok := m.constructionsOf[key]; ok {
		return out
	}
	var out []Construction
	for _, c := range m.AllConstructions() {
		if m.TypeIs(c.TypeName, full, alternatives...) {
			out = append(out, c)
		}
	}
	out = out[:len(out):len(out)]
	if m.constructionsOf == nil {
		m.constructionsOf = map[string][]Construction{}
	}
	m.constructionsOf[key] = out
	return out
}

// AllConstructions returns every object construction with a constant type
// name, in source order (computed once per file).
func (m *Model) AllConstructions() []Construction {
	return result[[]Construction](m, ObjectsAnalyzer)
}

func (m *Model) allConstructions() []Construction {
	var out []Construction
	for _, c := range m.Commands {
		if !m.IsCall(c, "new-object") {
			continue
		}
		t, b := m.NewObjectType(c)
		if t == "" {
			continue
		}
		con := Construction{Node: c, TypeName: t, TypeNode: b.Get("TypeName").Node}
		if a := b.Get("ArgumentList"); a != nil {
			con.Args, con.ArgsKnown = m.listElems(a.Expr)
		} else {
			con.ArgsKnown = true
		}
		if len(b.Extra) > 0 && b.Get("ArgumentList") != nil {
			con.Args = append(con.Args, b.Extra...)
		}
		if p := b.Get("Property"); p != nil {
			con.Props = p.Expr
		}
		out = append(out, con)
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if !me.Static || !strings.EqualFold(me.MemberName(), "new") {
			continue
		}
		t := TypeOfLiteral(me.X)
		if t == "" {
			continue
		}
		out = append(out, Construction{Node: inv, TypeName: t, TypeNode: me.X, Args: inv.Args, ArgsKnown: true})
	}
	for _, cv := range m.Converts {
		if _, ok := cv.X.(*parser.HashLit); !ok {
			continue
		}
		switch strings.ToLower(cv.Type.Name) {
		case "ordered", "hashtable", "pscustomobject", "psobject", "system.collections.hashtable":
			continue
		}
		out = append(out, Construction{Node: cv, TypeName: cv.Type.Name, TypeNode: cv.Type, Props: cv.X, ArgsKnown: true})
	}
	sortConstructions(out)
	for i := range out {
		out[i].Var, out[i].Assign = m.assignedTo(out[i].Node)
	}
	return out
}

// sortConstructions puts the constructions, collected by kind, in source
// order, keeping the order of those at one offset (an insertion sort did
// it before, quadratic when New-Object and [T]::new alternate).
func sortConstructions(cs []Construction) {
	SortByNode(cs, func(c *Construction) parser.Node { return c.Node })
}

// listElems returns the elements of an argument list expression:
// (a, b), @(a, b), a, b, or a single value.
func (m *Model) listElems(x parser.Expr) ([]parser.Expr, bool) {
	switch x := x.(type) {
	case nil:
		return nil, true
	case *parser.ArrayLit:
		return x.Elems, true
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			if v, ok := e.(*parser.Variable); ok {
				// New-Object T($server): one argument unless the variable holds a list.
				switch val := m.Eval(v, v.Pos()); val.Kind {
				case String, Number, Bool:
					return []parser.Expr{v}, true
				case Array:
					return nil, false
				}
				return []parser.Expr{v}, true
			}
			return m.listElems(e)
		}
		return nil, false
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			if e := stmtExpr(x.Body[0]); e != nil {
				return m.listElems(e)
			}
		}
		return nil, len(x.Body) == 0
	case *parser.Variable:
		return nil, false
	}
	return []parser.Expr{x}, true
}

// assignedTo returns the variable a value-producing node is assigned to:
// $v = New-Object …, $v = [T]::new(), $v = [T]@{…}.
func (m *Model) assignedTo(n parser.Node) (*parser.Variable, *parser.AssignStmt) {
	cur := n
	for i := 0; i < 6; i++ {
		p := m.Parent(cur)
		switch p := p.(type) {
		case *parser.AssignStmt:
			if p.Value == cur || stmtExpr(p.Value) == cur {
				switch t := p.Target.(type) {
				case *parser.Variable:
					return t, p
				case *parser.ConvertExpr:
					if v, ok := t.X.(*parser.Variable); ok {
						return v, p
					}
				}
			}
			return nil, nil
		case *parser.Pipeline:
			if len(p.Elements) != 1 {
				return nil, nil
			}
		case *parser.CommandExpr, *parser.ParenExpr:
		default:
			return nil, nil
		}
		cur = p
	}
	return nil, nil
}

// MemberUse is a property write or method call on a variable: $v.Prop = x or $v.Method(args).
type MemberUse struct {
	Node   parser.Node // the assignment or the invocation
	Member string      // as written
	Value  parser.Expr // assigned value (property writes)
	Args   []parser.Expr
	Call   bool
}

// MemberUses returns the property writes and method calls on variable name
// (lower-case short name) within scope, in source order, from pos on, up to
// the next assignment to the variable in scope: after it the variable holds
// another object, whose uses are its own (a use in the assigned value, as
// in $c = Wrap $c.Inner(), is still one of the old object). Every
// construction followed every later use before, so a client built anew
// before each of n sends had n sends each, and the scan was quadratic in
// the sends, or worse.
//
// The uses of every variable are indexed by name and scope on first use:
// rules ask once per object they follow, and walking every assignment and
// call (and its scope) each time was quadratic on big modules.
func (m *Model) MemberUses(name string, scope parser.Node, from int) []MemberUse {
	if m.memberUses == nil {
		m.indexMemberUses()
	}
	uses := m.memberUses[scopedName{name, scope}]
	i := sort.Search(len(uses), func(i int) bool { return uses[i].Node.Pos() >= from })
	_, cut, ok := m.nextAssign(name, scope, from)
	j := i
	for j < len(uses) && (!ok || uses[j].Node.Pos() < cut) {
		j++
	}
	if i == j {
		return nil
	}
	return uses[i:j:j]
}

// scopedName is a variable's lower-case short name in one scope (a
// function, or nil for the script).
type scopedName struct {
	name  string
	scope parser.Node
}

func (m *Model) indexMemberUses() {
	m.memberUses = map[scopedName][]MemberUse{}
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || me.Static {
			continue
		}
		if v, ok := me.X.(*parser.Variable); ok {
			k := scopedName{v.ShortName(), m.Scope(a)}
			m.memberUses[k] = append(m.memberUses[k], MemberUse{Node: a, Member: me.MemberName(), Value: stmtExpr(a.Value)})
		}
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static {
			continue
		}
		if v, ok := me.X.(*parser.Variable); ok {
			k := scopedName{v.ShortName(), m.Scope(inv)}
			m.memberUses[k] = append(m.memberUses[k], MemberUse{Node: inv, Member: me.MemberName(), Args: inv.Args, Call: true})
		}
	}
	for _, uses := range m.memberUses {
		sort.SliceStable(uses, func(i, j int) bool { return uses[i].Node.Pos() < uses[j].Node.Pos() })
	}
}

// scopedDefs are a variable's definitions in one scope, in source order:
// the start of every one, and the span of each assignment.
type scopedDefs struct {
	all     []int
	assigns []offsets
}

// offsets are a node's start and end.
type offsets struct{ start, end int }

// defsIn returns the definitions of the variable (lower-case short name)
// in scope, indexed by name and scope on first use: a scan of every
// definition of the name per question was quadratic when a variable is
// set again before each of many uses.
func (m *Model) defsIn(name string, scope parser.Node) *scopedDefs {
	if m.scopedDefs == nil {
		m.scopedDefs = map[scopedName]*scopedDefs{}
		for n, ds := range m.defs {
			for _, d := range ds { // sorted by position (sortDefs)
				k := scopedName{n, d.scope}
				sd := m.scopedDefs[k]
				if sd == nil {
					sd = &scopedDefs{}
					m.scopedDefs[k] = sd
				}
				sd.all = append(sd.all, d.pos)
				if d.assign != nil {
					sd.assigns = append(sd.assigns, offsets{d.pos, d.assign.End()})
				}
			}
		}
	}
	return m.scopedDefs[scopedName{name, scope}]
}

// nextAssign returns the span of the first assignment to the variable
// (lower-case short name) in scope that starts after from.
func (m *Model) nextAssign(name string, scope parser.Node, from int) (start, end int, ok bool) {
	sd := m.defsIn(name, scope)
	if sd == nil {
		return 0, 0, false
	}
	as := sd.assigns
	i := sort.Search(len(as), func(i int) bool { return as[i].start > from })
	if i == len(as) {
		return 0, 0, false
	}
	return as[i].start, as[i].end, true
}

// redefined reports whether the variable is assigned again in scope after
// from and before to, so that at to it holds a different object. A use in
// the assigned value itself ($c = Wrap $c.Inner()) is still the old one.
func (m *Model) redefined(name string, scope parser.Node, from, to int) bool {
	_, end, ok := m.nextAssign(name, scope, from)
	return ok && end <= to
}

// Escapes reports whether variable name is passed, between from and to, as
// an argument to a command or method (or stored elsewhere): its object
// state may then change where we cannot see.
func (m *Model) Escapes(name string, scope parser.Node, from, to int) bool {
	// Commands and Invokes are in source order (the index walks the tree
	// in pre-order): look only between from and to, not at every call of
	// the file for every send (quadratic on a large script).
	first := sort.Search(len(m.Commands), func(i int) bool { return m.Commands[i].Pos() >= from })
	for _, c := range m.Commands[first:] {
		if c.Pos() > to {
			break
		}
		if m.Scope(c) != scope {
			continue
		}
		for _, x := range c.ArgumentExprs() {
			if refersTo(x, name) {
				return true
			}
		}
	}
	first = sort.Search(len(m.Invokes), func(i int) bool { return m.Invokes[i].Pos() >= from })
	for _, inv := range m.Invokes[first:] {
		if inv.Pos() > to {
			break
		}
		if m.Scope(inv) != scope {
			continue
		}
		for _, a := range inv.Args {
			if refersTo(a, name) {
				return true
			}
		}
	}
	return false
}

// refersTo reports an argument that passes the variable itself (not a
// property of it): $v, ($v), @($v), a, $v.
func refersTo(x parser.Expr, name string) bool {
	switch x := x.(type) {
	case *parser.Variable:
		return !x.Splat && x.ShortName() == name
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return refersTo(e, name)
		}
	case *parser.ArrayLit:
		for _, e := range x.Elems {
			if refersTo(e, name) {
				return true
			}
		}
	case *parser.ArrayExpr:
		for _, s := range x.Body {
			if e := stmtExpr(s); e != nil && refersTo(e, name) {
				return true
			}
		}
	}
	return false
}
