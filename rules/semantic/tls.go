package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// SecurityProtocolType flag values (catalog C.1).
const (
	Ssl3  = 48
	Tls10 = 192
	Tls11 = 768
	Tls12 = 3072
	Tls13 = 12288
	// validBits are the defined flags; anything else is invalid (and weak).
	validBits = Ssl3 | Tls10 | Tls11 | Tls12 | Tls13
	weakBits  = Ssl3 | Tls10 | Tls11
)

const (
	spmType = "system.net.servicepointmanager"
	sptType = "system.net.securityprotocoltype"
)

// TLSValue is the abstract value of a SecurityProtocol write (catalog C.3).
type TLSValue struct {
	Known bool
	// Additive: the write keeps the current value (x -bor …, +=).
	Additive bool
	// Bits are the protocols the value is known to include.
	Bits int
	// Invalid is true when bits outside the defined flags are set.
	Invalid bool
	// SystemDefault is true for 0 / SystemDefault.
	SystemDefault bool
	// Removed are protocols the write removes (-=, -band -bnot).
	Removed int
}

// WeakOnly: known, not additive, only weak (or invalid) protocols.
func (v TLSValue) WeakOnly() bool {
	return v.Known && !v.Additive && !v.SystemDefault && v.Bits&^weakBits&validBits == 0 && (v.Bits != 0 || v.Invalid)
}

// WeakMixed: a weak protocol enabled alongside TLS 1.2 or 1.3 (or added to the current value).
func (v TLSValue) WeakMixed() bool {
	return v.Known && (v.Bits&weakBits != 0 || v.Invalid) && (v.Bits&(Tls12|Tls13) != 0 || v.Additive)
}

// Ensures12 is true when TLS 1.2 is enabled after the write, or the write
// hands the choice to the OS (SystemDefault, .NET Framework 4.7+).
func (v TLSValue) Ensures12() bool {
	return v.Known && (v.Bits&Tls12 != 0 || (!v.Additive && v.SystemDefault && v.Bits == 0))
}

// Removes12 is true for a write that removes TLS 1.2.
func (v TLSValue) Removes12() bool { return v.Known && v.Removed&Tls12 != 0 }

// Names lists the protocols in bits, weakest first.
func Names(bits int) []string {
	var out []string
	for _, f := range []struct {
		bit  int
		name string
	}{{Ssl3, "Ssl3"}, {Tls10, "Tls"}, {Tls11, "Tls11"}, {Tls12, "Tls12"}, {Tls13, "Tls13"}} {
		if bits&f.bit != 0 {
			out = append(out, f.name)
		}
	}
	return out
}

// WeakBits returns the weak protocols among bits.
func WeakBits(bits int) int { return bits & weakBits }

// TLSWrite is an assignment to [Net.ServicePointManager]::SecurityProtocol.
type TLSWrite struct {
	Assign *parser.AssignStmt
	Value  TLSValue
}

// TLSWrites returns every SecurityProtocol write in the file, in source order.
//
// They are computed once per model (the flow walker asks at every write:
// quadratic on a file of 50,000 writes) and must not be modified.
func (m *Model) TLSWrites() []TLSWrite {
	return result[*tlsWriteIndex](m, TLSWritesAnalyzer).writes
}

// tlsWriteIndex is the TLSWrites analyzer's result: the writes, and the
// first write of each assignment.
type tlsWriteIndex struct {
	writes []TLSWrite
	at     map[*parser.AssignStmt]int
}

func (m *Model) tlsWritesIndexed() *tlsWriteIndex {
	var out []TLSWrite
	for _, a := range m.Assigns {
		if !m.StaticMember(a.Target, spmType, "SecurityProtocol") {
			continue
		}
		var v TLSValue
		x := stmtExpr(a.Value)
		if x != nil {
			v = m.EvalTLS(x, a.Pos())
		}
		switch a.Op {
		case "=":
		case "+=":
			v.Additive = true
		case "-=":
			v = TLSValue{Known: v.Known, Additive: true, Removed: v.Bits}
		default:
			v = TLSValue{}
		}
		out = append(out, TLSWrite{Assign: a, Value: v})
	}
	ix := &tlsWriteIndex{writes: out, at: make(map[*parser.AssignStmt]int, len(out))}
	for i := len(out) - 1; i >= 0; i-- {
		ix.at[out[i].Assign] = i
	}
	return ix
}

// tlsWritesOf returns the SecurityProtocol writes that assignment a makes.
func (m *Model) tlsWritesOf(a *parser.AssignStmt) []TLSWrite {
	ix := result[*tlsWriteIndex](m, TLSWritesAnalyzer)
	all := ix.writes
	i, ok := ix.at[a]
	if !ok {
		return nil
	}
	j := i
	for j < len(all) && all[j].Assign == a {
		j++
	}
	return all[i:j]
}

// IsSecurityProtocolRead reports [Net.ServicePointManager]::SecurityProtocol used as a value.
func (m *Model) IsSecurityProtocolRead(x parser.Expr) bool {
	return m.StaticMember(x, spmType, "SecurityProtocol")
}

// EvalTLS evaluates an expression as a SecurityProtocolType value (catalog C.2).
func (m *Model) EvalTLS(x parser.Expr, at int) TLSValue {
	m.evalDepth++
	defer func() { m.evalDepth-- }()
	if m.evalDepth > 40 {
		return TLSValue{}
	}
	switch x := x.(type) {
	case *parser.MemberExpr:
		if m.IsSecurityProtocolRead(x) {
			return TLSValue{Known: true, Additive: true}
		}
		if x.Static && m.TypeIs(TypeOfLiteral(x.X), sptType) {
			return namesToTLS(x.MemberName())
		}
	case *parser.ConvertExpr:
		if m.TypeIs(x.Type.Name, sptType) {
			return m.EvalTLS(x.X, at)
		}
		if m.TypeIs(x.Type.Name, "system.int32") || strings.EqualFold(x.Type.Name, "int") {
			return m.EvalTLS(x.X, at)
		}
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return m.EvalTLS(e, at)
		}
	case *parser.ArrayLit:
		return m.unionAll(x.Elems, at)
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			if e := stmtExpr(x.Body[0]); e != nil {
				return m.EvalTLS(e, at)
			}
		}
	case *parser.TernaryExpr:
		return union(m.EvalTLS(x.Then, at), m.EvalTLS(x.Else, at))
	case *parser.BinaryExpr:
		switch x.Op {
		case "-bor", "+":
			return union(m.EvalTLS(x.X, at), m.EvalTLS(x.Y, at))
		case "-band":
			// cur -band -bnot X removes X.
			if u, ok := unparen(x.Y).(*parser.UnaryExpr); ok && u.Op == "-bnot" {
				base := m.EvalTLS(x.X, at)
				rem := m.EvalTLS(u.X, at)
				if base.Known && rem.Known {
					out := base
					out.Bits &^= rem.Bits
					out.Removed |= rem.Bits
					return out
				}
			}
		}
	case *parser.InvokeExpr:
		// [Enum]::Parse([Net.SecurityProtocolType], 'Tls12'[, $true]) and [Enum]::ToObject(type, 3072).
		me := x.Member
		if me.Static && (m.TypeIs(TypeOfLiteral(me.X), "system.enum")) && len(x.Args) >= 2 {
			switch strings.ToLower(me.MemberName()) {
			case "parse", "toobject":
				if m.TypeIs(TypeOfLiteral(x.Args[0]), sptType) {
					return m.EvalTLS(x.Args[1], at)
				}
			}
		}
	case *parser.Variable:
		d, ok := m.reachingDef(x.ShortName(), x.Pos())
		switch {
		case !ok:
		case d.param != nil && d.param.Default != nil:
			// A parameter's default: medium confidence, but the value the
			// script runs with unless the caller overrides it.
			return m.EvalTLS(d.param.Default, d.pos)
		case d.assign != nil && d.assign.Op == "=":
			return m.tlsOfStmt(d.assign.Value, d.pos)
		}
		return TLSValue{}
	}
	v := m.Eval(x, at)
	switch v.Kind {
	case String:
		return namesToTLS(v.Str)
	case Number:
		return bitsToTLS(int(v.Num))
	case Array:
		out := TLSValue{Known: true}
		for _, e := range v.Elems {
			var t TLSValue
			switch e.Kind {
			case String:
				t = namesToTLS(e.Str)
			case Number:
				t = bitsToTLS(int(e.Num))
			}
			out = union(out, t)
		}
		return out
	}
	return TLSValue{}
}

// tlsOfStmt evaluates the value of a statement on the right of an
// assignment: an expression, or an if/else whose branches each end in a
// value (the union of the branches, catalog C.2.11).
func (m *Model) tlsOfStmt(s parser.Stmt, at int) TLSValue {
	switch s := s.(type) {
	case *parser.IfStmt:
		if s.Else == nil {
			return TLSValue{}
		}
		out := TLSValue{Known: true}
		blocks := []*parser.StmtBlock{s.Else}
		for _, c := range s.Clauses {
			blocks = append(blocks, c.Body)
		}
		for _, b := range blocks {
			if len(b.Body) == 0 {
				return TLSValue{}
			}
			out = union(out, m.tlsOfStmt(b.Body[len(b.Body)-1], at))
		}
		return out
	}
	if e := stmtExpr(s); e != nil {
		return m.EvalTLS(e, at)
	}
	return TLSValue{}
}

// unparen strips parentheses around an expression.
func unparen(x parser.Expr) parser.Expr {
	for {
		p, ok := x.(*parser.ParenExpr)
		if !ok || p.X == nil {
			return x
		}
		e := stmtExpr(p.X)
		if e == nil {
			return x
		}
		x = e
	}
}

func (m *Model) unionAll(xs []parser.Expr, at int) TLSValue {
	out := TLSValue{Known: true}
	for _, e := range xs {
		out = union(out, m.EvalTLS(e, at))
	}
	return out
}

func union(a, b TLSValue) TLSValue {
	if !a.Known || !b.Known {
		return TLSValue{}
	}
	return TLSValue{Known: true, Additive: a.Additive || b.Additive, Bits: a.Bits | b.Bits,
		Invalid: a.Invalid || b.Invalid, SystemDefault: (a.SystemDefault || b.SystemDefault) && a.Bits|b.Bits == 0,
		Removed: a.Removed | b.Removed}
}

func bitsToTLS(n int) TLSValue {
	if n == 0 {
		return TLSValue{Known: true, SystemDefault: true}
	}
	return TLSValue{Known: true, Bits: n & validBits, Invalid: n&^validBits != 0}
}

// namesToTLS reads 'Tls12', 'tls12, tls11' or a single name; unknown names make it unknown.
// NamesToTLS is the exported form of namesToTLS.
func NamesToTLS(s string) TLSValue { return namesToTLS(s) }

func namesToTLS(s string) TLSValue {
	out := TLSValue{Known: true}
	for _, part := range strings.Split(s, ",") {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "systemdefault":
			out.SystemDefault = out.Bits == 0
		case "ssl3":
			out.Bits |= Ssl3
		case "tls":
			out.Bits |= Tls10
		case "tls11":
			out.Bits |= Tls11
		case "tls12":
			out.Bits |= Tls12
		case "tls13":
			out.Bits |= Tls13
		case "ssl2":
			out.Invalid = true
		default:
			if n, ok := ParseNumber(part); ok {
				out = union(out, bitsToTLS(int(n)))
				continue
			}
			return TLSValue{}
		}
	}
	if out.Bits != 0 {
		out.SystemDefault = false
	}
	return out
}
