package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// alternatives returns the values a variable may hold at pos when the
// binding that reaches pos was made in a branch (see LookupVar): the value
// of each binding on the chain, and unset when the variable may have no
// binding at all on some path.
func (m *Model) alternatives(name string, pos int) (vals []Value, unset bool) {
	name = strings.ToLower(name)
	d, ok := m.reachingDef(name, pos)
	if !ok {
		return nil, true
	}
	vals = append(vals, m.lookupDef(name, d, pos))
	for prev := d; prev.assign != nil && m.conditional(prev.node, pos); {
		p, ok := m.reachingDef(name, prev.pos)
		if !ok {
			return vals, true
		}
		vals = append(vals, m.lookupDef(name, p, pos))
		prev = p
	}
	return vals, false
}

// JoinedSplat returns the hashtable a splatted variable passes when its
// value is a join (catalog H.3): it was built in branches, such as
// if/else, and every alternative is a hashtable with known keys. An
// alternative in which the variable is unset or $null counts only when no
// guard on the variable itself excludes it: in
// `if ($EmailSplat) { Send-MailMessage @EmailSplat }` only a defined value
// reaches the command. In the result, a key with the same constant value in
// every alternative keeps it; a key that some alternatives lack or that
// differs between them is present with an unknown value, so a switch such
// as UseSsl present on one path only is not taken as off.
func (m *Model) JoinedSplat(v *parser.Variable) (Value, bool) {
	vals, unset := m.alternatives(v.ShortName(), v.Pos())
	if len(vals) < 2 && !(len(vals) == 1 && unset) {
		return Value{}, false
	}
	guarded := m.guardedByTruth(v)
	if unset && !guarded {
		return Value{}, false
	}
	var hashes []*HashValue
	for _, val := range vals {
		switch {
		case val.Kind == Null && guarded:
			continue
		case val.Kind != Hash || val.Hash == nil || val.Hash.Open:
			return Value{}, false
		}
		hashes = append(hashes, val.Hash)
	}
	if len(hashes) == 0 {
		return Value{}, false
	}
	out := &HashValue{Entries: map[string]HashEntry{}}
	for _, h := range hashes {
		for _, k := range h.Keys {
			lk := strings.ToLower(k)
			if _, seen := out.Entries[lk]; seen {
				continue
			}
			e, _ := h.Get(k)
			same := true
			for _, o := range hashes {
				oe, ok := o.Get(k)
				if !ok || !sameConstant(e.Value, oe.Value) {
					same = false
					break
				}
			}
			if !same {
				e = HashEntry{Key: e.Key, KeyNode: e.KeyNode}
			}
			out.Keys = append(out.Keys, k)
			out.Entries[lk] = e
		}
	}
	return Value{Kind: Hash, Hash: out}, true
}

// guardedByTruth reports a use of a variable inside the body of an if or
// elseif clause whose condition tests that same variable for a value:
// `if ($x)`, `if ($null -ne $x)`, `if ($x -ne $null)`.
func (m *Model) guardedByTruth(v *parser.Variable) bool {
	name := v.ShortName()
	for n := m.Parent(v); n != nil; n = m.Parent(n) {
		cl, ok := n.(*parser.IfClause)
		if !ok || cl.Body == nil || v.Pos() < cl.Body.Pos() || v.Pos() >= cl.Body.End() {
			continue
		}
		if cl.Cond == nil {
			continue
		}
		if x := stmtExpr(cl.Cond); x != nil && testsValue(x, name) {
			return true
		}
	}
	return false
}

func testsValue(x parser.Expr, name string) bool {
	isVar := func(e parser.Expr, n string) bool {
		for {
			p, ok := e.(*parser.ParenExpr)
			if !ok {
				break
			}
			inner := stmtExpr(p.X)
			if inner == nil {
				return false
			}
			e = inner
		}
		vv, ok := e.(*parser.Variable)
		return ok && !vv.Splat && strings.EqualFold(vv.ShortName(), n)
	}
	if isVar(x, name) {
		return true
	}
	if b, ok := x.(*parser.BinaryExpr); ok && strings.EqualFold(b.Op, "-ne") {
		return isVar(b.X, name) && isVar(b.Y, "null") || isVar(b.X, "null") && isVar(b.Y, name)
	}
	return false
}
