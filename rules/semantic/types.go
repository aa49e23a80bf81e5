package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// TypeCandidates returns the full names, lower case, that a type name as
// written may denote: PowerShell retries a name with "System." prepended,
// and `using namespace` makes short names resolve in those namespaces.
func (m *Model) TypeCandidates(name string) []string {
	lc := typeKey(name)
	out := []string{lc}
	if !strings.HasPrefix(lc, "system.") {
		out = append(out, "system."+lc)
	}
	for _, ns := range m.Namespaces {
		out = append(out, ns+"."+lc)
	}
	return out
}

// typeKey is a type name as written, lower case, without brackets and
// generic arguments: the last part of each of its TypeCandidates.
func typeKey(name string) string {
	lc := strings.ToLower(strings.TrimSpace(name))
	lc = strings.TrimPrefix(lc, "[")
	lc = strings.TrimSuffix(lc, "]")
	if i := strings.IndexByte(lc, '['); i >= 0 {
		lc = lc[:i]
	}
	return lc
}

// TypeIs reports whether a type name as written resolves to full (lower
// case, e.g. "system.net.mail.smtpclient"). A short name that resolves to
// full and also to another of the alternatives (both namespaces imported)
// is ambiguous and does not match.
//
// It compares with TypeCandidates without building them: rules ask for
// every type name, command and member of a file (on a 16 MB script the
// candidate lists were 35 MB of garbage).
func (m *Model) TypeIs(name, full string, alternatives ...string) bool {
	lc := typeKey(name)
	if len(alternatives) > 0 && !strings.Contains(name, ".") {
		for _, alt := range alternatives {
			if m.candidateIs(lc, alt) {
				return false
			}
		}
	}
	return m.candidateIs(lc, full)
}

// candidateIs reports whether one of the TypeCandidates of the type key
// lc is full.
func (m *Model) candidateIs(lc, full string) bool {
	if full == lc {
		return true
	}
	if !strings.HasPrefix(lc, "system.") && qualifies(full, "system", lc) {
		return true
	}
	for _, ns := range m.Namespaces {
		if qualifies(full, ns, lc) {
			return true
		}
	}
	return false
}

// qualifies reports whether full is ns + "." + lc.
func qualifies(full, ns, lc string) bool {
	return len(full) == len(ns)+1+len(lc) && full[len(ns)] == '.' &&
		strings.HasPrefix(full, ns) && strings.HasSuffix(full, lc)
}

// TypeOfLiteral returns the written name of a type literal or cast, or "".
func TypeOfLiteral(x parser.Expr) string {
	switch x := x.(type) {
	case *parser.TypeLit:
		return x.Type.Name
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return TypeOfLiteral(e)
		}
	}
	return ""
}

// StaticMember reports whether x is [Type]::Member for the given type
// (full, lower case) and member name (any case).
func (m *Model) StaticMember(x parser.Expr, fullType, member string) bool {
	me, ok := x.(*parser.MemberExpr)
	if !ok || !me.Static || !strings.EqualFold(me.MemberName(), member) {
		return false
	}
	t := TypeOfLiteral(me.X)
	return t != "" && m.TypeIs(t, fullType)
}

// NewObjectType returns the type name of a New-Object command and its
// binding, or "" when the type is not a constant.
func (m *Model) NewObjectType(c *parser.Command) (string, *Binding) {
	info := Cmdlet("new-object")
	b := m.Bind(c, info)
	if b.Has("ComObject") {
		return "", b
	}
	if t := b.Get("TypeName"); t != nil {
		if s, ok := m.constString(t.Expr, c.Pos()); ok {
			return s, b
		}
	}
	return "", b
}

// ComObjectProgID returns the ProgID of New-Object -ComObject, or "".
func (m *Model) ComObjectProgID(c *parser.Command) string {
	b := m.Bind(c, Cmdlet("new-object"))
	if a := b.Get("ComObject"); a != nil {
		if s, ok := m.constString(a.Expr, c.Pos()); ok {
			return s
		}
	}
	return ""
}
