package semantic

import (
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// TypeRefKind says how a script uses a type name it writes.
type TypeRefKind uint8

// Type reference kinds.
const (
	// TypeRefConstruct creates an object: New-Object, [T]::new(…), the
	// hashtable cast [T]@{…}, or the string conversion [T]'text' (which
	// PowerShell performs through T's one-string constructor).
	TypeRefConstruct TypeRefKind = iota + 1
	// TypeRefStaticCall calls a static method: [T]::Bind(…).
	TypeRefStaticCall
	// TypeRefStaticWrite assigns a static property: [T]::Prop = v.
	TypeRefStaticWrite
	// TypeRefStaticRead reads a static member: enum values, static
	// properties, a method group without parentheses.
	TypeRefStaticRead
	// TypeRefCast converts a value: [T]$x.
	TypeRefCast
	// TypeRefConstraint types a parameter or a variable: param([T] $x), [T]$x = ….
	TypeRefConstraint
	// TypeRefCheck is a type test or conversion: -is, -isnot, -as.
	TypeRefCheck
	// TypeRefTypeOf uses the type object itself: [T].Assembly, a [T] argument.
	TypeRefTypeOf
	// TypeRefCatch is a catch or trap type.
	TypeRefCatch
	// TypeRefGeneric is a generic argument of another type: [List[T]].
	TypeRefGeneric
	// TypeRefBase is a class base type.
	TypeRefBase
)

// Executes reports kinds that run code of the type (create objects, call
// or assign static members); the others only name the type.
func (k TypeRefKind) Executes() bool {
	return k == TypeRefConstruct || k == TypeRefStaticCall || k == TypeRefStaticWrite
}

// TypeRef is one place where a script writes a type name.
type TypeRef struct {
	Kind TypeRefKind
	// Name is the type name as written, without brackets and generic arguments.
	Name string
	// TypeNode is the TypeName node, or the New-Object argument naming the type.
	TypeNode parser.Node
	// Site is the expression a finding about the use should span: the
	// New-Object command, the [T]::M(…) call, the cast, the parameter.
	Site parser.Node
	// Member is the static member name for static uses.
	Member string
	// Args are the constructor or static method arguments, when visible.
	Args []parser.Expr
	// Var is the variable a construction is assigned to, if any.
	Var *parser.Variable
	// Props is the property hashtable of a construction ([T]@{…}, New-Object -Property).
	Props parser.Expr
	// FromString marks the conversion [T]'text': a construction through
	// T's string constructor, or the parsing of an enum value.
	FromString bool
}

// TypeRefs returns every type name the script writes (type literals,
// casts, constraints, catch types, generic arguments, class bases and
// constant New-Object type names), classified, in source order.
//
// Three rules ask for them: they are collected once per model (a walk of
// the whole tree) and must not be modified.
func (m *Model) TypeRefs() []TypeRef {
	return result[[]TypeRef](m, TypeRefsAnalyzer)
}

func (m *Model) typeRefsUncached() []TypeRef {
	cons := m.AllConstructions()
	// At most one per type name and construction (about three in four
	// type names are kept): one allocation, not a slice of 128-byte
	// TypeRefs grown by copying.
	out := make([]TypeRef, 0, len(m.typeNames)+len(cons))
	for _, tn := range m.typeNames {
		if r, ok := m.classifyTypeName(tn); ok {
			out = append(out, r)
		}
	}
	for _, con := range cons {
		c, ok := con.Node.(*parser.Command)
		if !ok {
			continue
		}
		out = append(out, TypeRef{Kind: TypeRefConstruct, Name: trimTypeName(con.TypeName), TypeNode: con.TypeNode,
			Site: c, Args: con.Args, Var: con.Var, Props: con.Props})
	}
	// Stable, as the insertion sort it replaces (quadratic on big files).
	sort.SliceStable(out, func(i, j int) bool { return out[i].TypeNode.Pos() < out[j].TypeNode.Pos() })
	return out
}

// trimTypeName drops brackets, generic arguments and array ranks.
func trimTypeName(name string) string {
	s := strings.TrimSpace(name)
	s = strings.TrimPrefix(s, "[")
	s = strings.TrimSuffix(s, "]")
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, ','); i >= 0 { // assembly-qualified
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func (m *Model) classifyTypeName(tn *parser.TypeName) (TypeRef, bool) {
	r := TypeRef{Name: trimTypeName(tn.Name), TypeNode: tn}
	if r.Name == "" {
		return r, false
	}
	switch p := m.Parent(tn).(type) {
	case *parser.TypeName:
		r.Kind, r.Site = TypeRefGeneric, m.outerTypeSite(p)
	case *parser.ClassDef:
		r.Kind, r.Site = TypeRefBase, tn
	case *parser.CatchClause, *parser.TrapStmt:
		r.Kind, r.Site = TypeRefCatch, tn
	case *parser.Attribute:
		if !p.IsTypeConstraint {
			return r, false // [CmdletBinding()], [ValidateSet(…)]
		}
		r.Kind, r.Site = TypeRefConstraint, p
		if prm, ok := m.Parent(p).(*parser.Param); ok {
			r.Site = prm
		}
	case *parser.ConvertExpr:
		r.Site = p
		switch x := p.X.(type) {
		case *parser.HashLit:
			r.Kind, r.Props = TypeRefConstruct, x
			r.Var, _ = m.assignedTo(p)
		case *parser.StringLit:
			if tn.Array {
				r.Kind = TypeRefCast
			} else {
				r.Kind, r.Args, r.FromString = TypeRefConstruct, []parser.Expr{x}, true
				r.Var, _ = m.assignedTo(p)
			}
		default:
			r.Kind = TypeRefCast
			if a, ok := m.Parent(p).(*parser.AssignStmt); ok && a.Target == parser.Expr(p) {
				r.Kind = TypeRefConstraint
			}
		}
	case *parser.TypeLit:
		r.Site = p
		r.Kind = TypeRefTypeOf
		switch pp := m.Parent(p).(type) {
		case *parser.MemberExpr:
			if pp.X != parser.Expr(p) {
				break
			}
			if !pp.Static {
				r.Site = pp // [T].Assembly
				break
			}
			r.Member = pp.MemberName()
			r.Site, r.Kind = pp, TypeRefStaticRead
			switch ppp := m.Parent(pp).(type) {
			case *parser.InvokeExpr:
				if ppp.Member == pp {
					r.Site, r.Args = ppp, ppp.Args
					r.Kind = TypeRefStaticCall
					if strings.EqualFold(r.Member, "new") {
						r.Kind = TypeRefConstruct
						r.Var, _ = m.assignedTo(ppp)
					}
				}
			case *parser.AssignStmt:
				if ppp.Target == parser.Expr(pp) {
					r.Kind = TypeRefStaticWrite
				}
			}
		case *parser.BinaryExpr:
			switch pp.Op {
			case "-is", "-isnot", "-as":
				r.Kind, r.Site = TypeRefCheck, pp
			}
		}
	default:
		return r, false
	}
	return r, true
}

// outerTypeSite returns the site of the outermost type a generic argument belongs to.
//
// Every type name of a generic chain has the same site: it is remembered
// for the whole chain (once per name, the walk was quadratic in the depth
// of [a[b[c[…]]]]).
func (m *Model) outerTypeSite(tn *parser.TypeName) parser.Node {
	var chain []*parser.TypeName
	var site parser.Node
	for site == nil {
		if s, ok := m.outerSites[tn]; ok {
			site = s
			break
		}
		chain = append(chain, tn)
		p, ok := m.Parent(tn).(*parser.TypeName)
		if !ok {
			site = tn
			if p := m.Parent(tn); p != nil {
				if _, ok := p.(*parser.Attribute); !ok {
					site = p
				}
			}
			break
		}
		tn = p
	}
	if m.outerSites == nil {
		m.outerSites = map[*parser.TypeName]parser.Node{}
	}
	for _, t := range chain {
		m.outerSites[t] = site
	}
	return site
}

// TypeNamespace describes a .NET namespace a rule looks for, with the type
// names it knows in it (lower case, without the namespace). Known names
// decide whether a short name resolves through `using namespace`.
type TypeNamespace struct {
	// Prefix is the namespace, lower case: "microsoft.exchange.webservices".
	// Every type below it matches when written with its namespace.
	Prefix string
	// Known are short type names (lower case) of types under Prefix, for
	// names resolved through `using namespace`. A name containing '+' is a
	// nested type; its outer name is looked up.
	Known map[string]bool
	// Conflicts maps a known short name to other namespaces (lower case)
	// that also define it: when one of those is imported too, the short
	// name is ambiguous and does not match.
	Conflicts map[string][]string
}

// ResolveInNamespace returns the full name (lower case) that a type name as
// written denotes inside ns, and whether it does. A name written with its
// namespace (with or without the implicit "System." prefix) matches; a
// short or partial name matches through `using namespace` when its last
// segment is a known type of ns and no other imported namespace also
// defines that name.
func (m *Model) ResolveInNamespace(name string, ns *TypeNamespace) (string, bool) {
	lc := strings.ToLower(trimTypeName(name))
	if lc == "" {
		return "", false
	}
	prefix := ns.Prefix + "."
	for _, c := range []string{lc, "system." + lc} {
		if strings.HasPrefix(c, prefix) {
			return c, true
		}
	}
	short := lc
	if i := strings.LastIndexByte(short, '.'); i >= 0 {
		short = short[i+1:]
	}
	if i := strings.IndexByte(short, '+'); i >= 0 {
		short = short[:i]
	}
	if !ns.Known[short] {
		return "", false
	}
	full := ""
	for _, u := range m.Namespaces {
		c := u + "." + lc
		if strings.HasPrefix(c, prefix) && full == "" {
			full = c
		}
	}
	if full == "" {
		return "", false
	}
	if !strings.Contains(lc, ".") {
		for _, other := range ns.Conflicts[short] {
			for _, u := range m.Namespaces {
				if u == other {
					return "", false
				}
			}
		}
	}
	return full, true
}

// StatementOf returns the statement a node belongs to: the innermost
// ancestor (or n itself) that is an element of a statement list (a script
// block, named block or { } block), or a parameter declaration. Rules that
// report once per statement group their findings by it.
func (m *Model) StatementOf(n parser.Node) parser.Node {
	cur := n
	for cur != nil {
		if _, ok := cur.(*parser.Param); ok {
			return cur
		}
		p := m.Parent(cur)
		if _, ok := cur.(parser.Stmt); ok {
			switch p.(type) {
			case *parser.ScriptBlock, *parser.NamedBlock, *parser.StmtBlock, nil:
				return cur
			}
		}
		if p == nil {
			return cur
		}
		cur = p
	}
	return n
}
