package semantic

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Kind classifies a Value.
type Kind uint8

// Value kinds. Unknown means the value cannot be known statically; an
// unknown never turns into a finding by itself.
const (
	Unknown Kind = iota
	String
	Number
	Bool
	Null
	Hash
	Array
	ScriptBlock
)

// Value is an abstract value: a constant, a hashtable or array of values,
// or Unknown.
type Value struct {
	Kind  Kind
	Str   string
	Num   float64
	Bool  bool
	Hash  *HashValue
	Elems []Value
	// Node is the expression the value came from (the literal), for related locations.
	Node parser.Node
	// Def is the assignment that bound the variable, when the value came through one.
	Def parser.Node
	// Param is set when the value is a parameter's default (medium confidence).
	Param bool
}

// HashValue is a hashtable with constant keys.
type HashValue struct {
	Keys    []string // original case, in insertion order
	Entries map[string]HashEntry
	// Open is true when keys may exist that we cannot see (merged from an unknown value).
	Open bool
}

// HashEntry is one key of a hashtable.
type HashEntry struct {
	Key     string
	KeyNode parser.Node
	Value   Value
	// Expr is the value expression, when it is one.
	Expr parser.Expr
}

// Get returns the entry for a key, case-insensitively.
func (h *HashValue) Get(key string) (HashEntry, bool) {
	e, ok := GetFold(h.Entries, key)
	return e, ok
}

func (h *HashValue) clone() *HashValue {
	c := &HashValue{Keys: append([]string(nil), h.Keys...), Entries: make(map[string]HashEntry, len(h.Entries)), Open: h.Open}
	for k, v := range h.Entries {
		c.Entries[k] = v
	}
	return c
}

func (h *HashValue) set(e HashEntry) {
	lk := strings.ToLower(e.Key)
	if _, ok := h.Entries[lk]; !ok {
		h.Keys = append(h.Keys, e.Key)
	}
	h.Entries[lk] = e
}

func (h *HashValue) remove(key string) {
	lk := strings.ToLower(key)
	if _, ok := h.Entries[lk]; !ok {
		return
	}
	delete(h.Entries, lk)
	for i, k := range h.Keys {
		if strings.ToLower(k) == lk {
			h.Keys = append(h.Keys[:i], h.Keys[i+1:]...)
			break
		}
	}
}

// Truthy reports a value that is statically true (for switches given as -X:$v).
func (v Value) Truthy() (bool, bool) {
	switch v.Kind {
	case Bool:
		return v.Bool, true
	case Null:
		return false, true
	case Number:
		return v.Num != 0, true
	case String:
		return v.Str != "", true
	}
	return false, false
}

// Strings returns the constant strings of a string or array of strings.
func (v Value) Strings() ([]string, bool) {
	switch v.Kind {
	case String:
		return []string{v.Str}, true
	case Array:
		var out []string
		for _, e := range v.Elems {
			s, ok := e.Strings()
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	}
	return nil, false
}

// def is an assignment (or other binding) of a variable.
type def struct {
	pos    int
	scope  parser.Node
	assign *parser.AssignStmt // nil for foreach variables and parameters
	param  *parser.Param
	node   parser.Node
	// visible bounds where a parameter can be seen: its script block or
	// function body (a script block's param() does not leak outside it).
	visStart, visEnd int
}

// mutation is a change to a hashtable held in a variable: $p.Key = v,
// $p['Key'] = v, $p.Add('Key', v), $p.Remove('Key').
type mutation struct {
	pos    int
	scope  parser.Node
	key    string
	keyPos parser.Node
	value  parser.Expr
	remove bool
	node   parser.Node
}

// collectDefs records every variable binding and hashtable mutation.
func (m *Model) collectDefs() {
	for _, a := range m.Assigns {
		switch t := a.Target.(type) {
		case *parser.Variable:
			m.addDef(t, def{pos: a.Pos(), scope: m.Scope(a), assign: a, node: a})
		case *parser.ConvertExpr: // [string]$x = …
			if v, ok := t.X.(*parser.Variable); ok {
				m.addDef(v, def{pos: a.Pos(), scope: m.Scope(a), assign: a, node: a})
			}
		case *parser.MemberExpr:
			if v, ok := t.X.(*parser.Variable); ok && !t.Static {
				if key := t.MemberName(); key != "" && a.Op == "=" {
					m.addMutation(v, mutation{pos: a.Pos(), scope: m.Scope(a), key: key, keyPos: t.Member, value: stmtExpr(a.Value), node: a})
				}
			}
		case *parser.IndexExpr:
			if v, ok := t.X.(*parser.Variable); ok && a.Op == "=" {
				if key, ok := m.constString(t.Index, a.Pos()); ok {
					m.addMutation(v, mutation{pos: a.Pos(), scope: m.Scope(a), key: key, keyPos: t.Index, value: stmtExpr(a.Value), node: a})
				}
			}
		}
	}
	for _, inv := range m.Invokes {
		v, ok := inv.Member.X.(*parser.Variable)
		if !ok || inv.Member.Static {
			continue
		}
		switch name := inv.Member.MemberName(); {
		case EqualLower(name, "add"):
			if len(inv.Args) == 2 {
				if key, ok := m.constString(inv.Args[0], inv.Pos()); ok {
					m.addMutation(v, mutation{pos: inv.Pos(), scope: m.Scope(inv), key: key, keyPos: inv.Args[0], value: inv.Args[1], node: inv})
				}
			}
		case EqualLower(name, "remove"):
			if len(inv.Args) == 1 {
				if key, ok := m.constString(inv.Args[0], inv.Pos()); ok {
					m.addMutation(v, mutation{pos: inv.Pos(), scope: m.Scope(inv), key: key, remove: true, node: inv})
				}
			}
		}
	}
	for _, fe := range m.Foreachs {
		m.addDef(fe.Var, def{pos: fe.Pos(), scope: m.Scope(fe), node: fe})
	}
	for _, p := range m.Params {
		d := def{pos: p.Pos(), scope: m.Scope(p), param: p, node: p, visStart: 0, visEnd: len(m.Src)}
		m.Ancestors(p, func(a parser.Node) bool {
			switch a.(type) {
			case *parser.ScriptBlock, *parser.FunctionDef, *parser.MethodMember:
				d.visStart, d.visEnd = a.Pos(), a.End()
				return false
			}
			return true
		})
		m.addDef(p.Name, d)
	}
	for k := range m.defs {
		sortDefs(m.defs[k])
	}
	// Changes were listed assignments first, then method calls: in source
	// order, a later change wins, and applyMutations can search them.
	for _, mus := range m.mutations {
		sort.SliceStable(mus, func(i, j int) bool { return mus[i].pos < mus[j].pos })
	}
}

func (m *Model) addDef(v *parser.Variable, d def) {
	name := v.ShortName()
	m.defs[name] = append(m.defs[name], d)
}

func (m *Model) addMutation(v *parser.Variable, mu mutation) {
	name := v.ShortName()
	m.mutations[name] = append(m.mutations[name], mu)
}

// stmtExpr returns the expression of a statement that is a one-element
// pipeline of an expression, or nil.
func stmtExpr(s parser.Stmt) parser.Expr {
	if pl, ok := s.(*parser.Pipeline); ok && len(pl.Elements) == 1 && pl.Next == nil {
		if ce, ok := pl.Elements[0].(*parser.CommandExpr); ok {
			return ce.X
		}
	}
	return nil
}

// StmtExpr is the exported form of stmtExpr, for rules.
func StmtExpr(s parser.Stmt) parser.Expr { return stmtExpr(s) }

// automatic variables with a known constant value.
func automatic(name string) (Value, bool) {
	switch name {
	case "true":
		return Value{Kind: Bool, Bool: true}, true
	case "false":
		return Value{Kind: Bool, Bool: false}, true
	case "null":
		return Value{Kind: Null}, true
	}
	return Value{}, false
}

// VarDef returns the node that binds variable v's value where v is read:
// the assignment, parameter or foreach it comes from, nil when nothing in
// the file binds it. A binding whose own right side contains the read is
// skipped: PowerShell evaluates the right side first, so $a = $a + 'x'
// and foreach ($x in $x.Items) read the $a and $x bound before the
// statement. This is the one way to find a variable's definition; the
// value walker (LookupVar) and every tracer go through reachingDef the
// same way.
func (m *Model) VarDef(v *parser.Variable) parser.Node {
	if d, ok := m.defOutside(v.ShortName(), v.Pos()); ok {
		return d.node
	}
	return nil
}

// defOutside is reachingDef without self-reference (see VarDef).
func (m *Model) defOutside(name string, pos int) (def, bool) {
	d, ok := m.reachingDef(name, pos)
	for i := 0; ok && i < 16; i++ {
		if !d.reads(pos) {
			return d, true
		}
		d, ok = m.reachingDef(name, d.pos)
	}
	return def{}, false
}

// reads reports whether the binding's own statement reads the variable
// at pos before binding it: the assignment (its value, or an index in its
// target) or the collection of a foreach.
func (d *def) reads(pos int) bool {
	switch n := d.node.(type) {
	case *parser.AssignStmt:
		return n.Pos() <= pos && pos < n.End()
	case *parser.ForeachStmt:
		return n.In != nil && n.In.Pos() <= pos && pos < n.In.End()
	}
	return false
}

// reachingDef finds the binding of a variable visible at pos: the last one
// before pos in the same function; from inside a function with no local
// binding, the script-level binding if there is exactly one (functions
// usually run after the script has set its variables).
func (m *Model) reachingDef(name string, pos int) (def, bool) {
	ds := m.defs[name]
	if len(ds) == 0 {
		return def{}, false
	}
	scope := m.scopeAt(pos)
	// The last matching definition before pos. ds is sorted by position
	// (sortDefs): search back from pos rather than through every
	// definition, which was quadratic on long chains of one variable.
	hi := sort.Search(len(ds), func(i int) bool { return ds[i].pos >= pos })
	for i := hi - 1; i >= 0; i-- {
		d := &ds[i]
		if d.param != nil && (pos < d.visStart || pos >= d.visEnd) {
			continue
		}
		// A use inside its own assignment ($u = "$u/x") sees the previous value.
		if d.scope == scope && !(d.assign != nil && pos < d.assign.End()) {
			return *d, true
		}
	}
	if scope != nil {
		// The only script-scope definition, if there is exactly one.
		var script *def
		for i := range ds {
			if ds[i].scope == nil {
				if script != nil {
					return def{}, false
				}
				script = &ds[i]
			}
		}
		if script != nil {
			return *script, true
		}
	}
	return def{}, false
}

// LookupVar returns the value of a variable at a position. When the
// binding that reaches the position was made in a branch that does not
// contain it (if/else, switch, loop body, catch), the earlier bindings are
// alternatives too (catalog H.3 "joins"): the value is known only when
// every alternative gives the same constant.
func (m *Model) LookupVar(name string, pos int) Value {
	name = strings.ToLower(name)
	if v, ok := automatic(name); ok {
		return v
	}
	d, ok := m.reachingDef(name, pos)
	if !ok {
		return Value{}
	}
	if d.assign != nil && m.conditional(d.node, pos) {
		v := m.lookupDef(name, d, pos)
		for prev := d; m.conditional(prev.node, pos); {
			p, ok := m.reachingDef(name, prev.pos)
			if !ok {
				return Value{Def: d.node} // may be unset on the other path
			}
			pv := m.lookupDef(name, p, pos)
			if !sameConstant(v, pv) {
				return Value{Def: d.node}
			}
			prev = p
		}
		return v
	}
	return m.lookupDef(name, d, pos)
}

// conditional reports whether n sits in a branch (if/else, switch clause,
// loop body, catch, trap) that does not also contain pos.
func (m *Model) conditional(n parser.Node, pos int) bool {
	if n == nil {
		return false
	}
	for a := m.Parent(n); a != nil; a = m.Parent(a) {
		if a.Pos() <= pos && pos < a.End() {
			return false
		}
		if _, ok := a.(*parser.StmtBlock); ok {
			switch m.Parent(a).(type) {
			case *parser.IfClause, *parser.IfStmt, *parser.SwitchClause, *parser.ForeachStmt, *parser.ForStmt,
				*parser.WhileStmt, *parser.CatchClause, *parser.TrapStmt:
				return true
			}
		}
	}
	return false
}

func sameConstant(a, b Value) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case String:
		return a.Str == b.Str
	case Number:
		return a.Num == b.Num
	case Bool:
		return a.Bool == b.Bool
	case Null:
		return true
	}
	return false
}

// lookupDef evaluates one binding of a variable as seen at pos.
func (m *Model) lookupDef(name string, d def, pos int) Value {
	var v Value
	switch {
	case d.param != nil:
		if d.param.Default != nil {
			v = m.Eval(d.param.Default, d.pos)
			v.Param = true
		}
		// A parameter's value comes from the caller: unknown unless the
		// default is all we have, and even then only medium confidence.
		v = Value{Kind: Unknown, Param: true, Str: v.Str, Node: d.param}
		return v
	case d.assign == nil:
		return Value{Def: d.node}
	}
	// The value an assignment binds does not depend on where it is read
	// (hashtable changes are applied per read below), so it is computed
	// once: $a = $a + $a chains would otherwise take exponential time.
	if cached, ok := m.defValues[d.assign]; ok {
		v = cached
	} else {
		m.defValues[d.assign] = Value{} // a cycle reads as unknown
		switch d.assign.Op {
		case "=":
			if x := stmtExpr(d.assign.Value); x != nil {
				v = m.Eval(x, d.pos)
			} else {
				v = m.evalStmt(d.assign.Value, d.pos)
			}
		case "+=":
			// Each += reads the value before it: a chain of a million recursed
			// a million deep (stack overflow, the whole process lost).
			prev := Value{}
			if m.appendDepth < maxAppendDepth {
				m.appendDepth++
				prev = m.LookupVar(name, d.pos)
				m.appendDepth--
			}
			add := Value{}
			if x := stmtExpr(d.assign.Value); x != nil {
				add = m.Eval(x, d.pos)
			}
			v = plus(prev, add)
			// Every += of a chain caches its own, longer string: bound the
			// bytes one model spends on them (20,000 lines of `$s += 'y'`
			// took 260 MB and seconds, a megabyte of them would not end).
			if v.Kind == String {
				m.appendBytes += len(v.Str)
				if m.appendBytes > maxAppendBytes {
					v = Value{}
				}
			}
		}
		v.Def = d.node
		m.defValues[d.assign] = v
	}
	if v.Kind == Hash {
		v.Hash = m.applyMutations(name, v.Hash, d, pos)
	}
	return v
}

// applyMutations applies the hashtable changes made between the definition and pos.
//
// A script that mutates one hashtable before each of n sends reads it n
// times, each read after one more change: applying every change again at
// each read made that quadratic (1,000 sends took 1.4 s, 4,000 took 9.6 s
// in BenchmarkScanShapes). The table as it stands after the changes
// applied so far is kept per definition (and, for a script-scope
// definition, per scope of the read, which decides whether a function's
// changes count), so a read after the last one applies only the changes
// in between. Changes are in source order (collectDefs sorts them).
func (m *Model) applyMutations(name string, h *HashValue, d def, pos int) *HashValue {
	mus := m.mutations[name]
	if len(mus) == 0 {
		return h
	}
	lo := sort.Search(len(mus), func(i int) bool { return mus[i].pos > d.pos })
	hi := sort.Search(len(mus), func(i int) bool { return mus[i].pos >= pos })
	var sp parser.Node
	if d.scope == nil {
		sp = m.scopeAt(pos)
	}
	key := mutationKey{d.assign, sp}
	start, cur := lo, h
	if snap, ok := m.mutationSnaps[key]; ok && snap.next >= lo && snap.next <= hi {
		start, cur = snap.next, snap.h
	}
	cur = cur.clone()
	for _, mu := range mus[start:hi] {
		if mu.scope != d.scope && !(d.scope == nil && mu.scope != nil && sp == mu.scope) {
			continue
		}
		if mu.remove {
			cur.remove(mu.key)
			continue
		}
		var val Value
		if mu.value != nil {
			val = m.Eval(mu.value, mu.pos)
		}
		cur.set(HashEntry{Key: mu.key, KeyNode: mu.keyPos, Value: val, Expr: mu.value})
	}
	if hi > start {
		if m.mutationSnaps == nil {
			m.mutationSnaps = map[mutationKey]mutationSnap{}
		}
		m.mutationSnaps[key] = mutationSnap{next: hi, h: cur}
		return cur.clone() // the kept table stays as it is
	}
	return cur
}

// mutationKey and mutationSnap: a hashtable definition's value with the
// changes before mutations[next] applied (see applyMutations).
type mutationKey struct {
	assign *parser.AssignStmt
	scope  parser.Node // the read's scope, for a script-scope definition
}

type mutationSnap struct {
	next int
	h    *HashValue
}

// evalStmt evaluates the few statements whose value is known: a pipeline
// of one expression.
func (m *Model) evalStmt(s parser.Stmt, at int) Value {
	if x := stmtExpr(s); x != nil {
		return m.Eval(x, at)
	}
	return Value{}
}

// Eval computes the abstract value of an expression at a position.
func (m *Model) Eval(x parser.Expr, at int) Value {
	if x == nil {
		return Value{}
	}
	m.evalDepth++
	defer func() { m.evalDepth-- }()
	if m.evalDepth > 40 {
		return Value{}
	}
	switch x := x.(type) {
	case *parser.StringLit:
		if x.Constant() {
			return Value{Kind: String, Str: x.Value, Node: x}
		}
		return m.expand(x, at)
	case *parser.Bareword:
		return Value{Kind: String, Str: x.Text, Node: x}
	case *parser.NumberLit:
		if n, ok := ParseNumber(x.Text); ok {
			return Value{Kind: Number, Num: n, Node: x}
		}
		return Value{Node: x}
	case *parser.Variable:
		if x.Splat {
			return Value{}
		}
		v := m.LookupVar(x.ShortName(), x.Pos())
		if v.Node == nil {
			v.Node = x
		}
		return v
	case *parser.ParenExpr:
		if x.X == nil {
			return Value{}
		}
		return m.evalStmt(x.X, at)
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			v := m.evalStmt(x.Body[0], at)
			if v.Kind == Array {
				return v
			}
			if v.Kind != Unknown {
				return Value{Kind: Array, Elems: []Value{v}, Node: x}
			}
		}
		if len(x.Body) == 0 {
			return Value{Kind: Array, Node: x}
		}
		return Value{}
	case *parser.ArrayLit:
		v := Value{Kind: Array, Node: x}
		for _, e := range x.Elems {
			v.Elems = append(v.Elems, m.Eval(e, at))
		}
		return v
	case *parser.HashLit:
		h := &HashValue{Entries: map[string]HashEntry{}}
		for _, e := range x.Entries {
			key, ok := m.hashKey(e.Key, at)
			if !ok {
				h.Open = true
				continue
			}
			val := stmtExpr(e.Value)
			var v Value
			if val != nil {
				v = m.Eval(val, at)
			}
			h.set(HashEntry{Key: key, KeyNode: e.Key, Value: v, Expr: val})
		}
		return Value{Kind: Hash, Hash: h, Node: x}
	case *parser.ConvertExpr:
		inner := m.Eval(x.X, at)
		switch strings.ToLower(x.Type.Name) {
		case "ordered", "hashtable", "string", "int", "int32", "int64", "long", "bool", "switch", "array":
			if strings.EqualFold(x.Type.Name, "string") && inner.Kind == Number {
				return Value{Kind: String, Str: formatNumber(inner.Num), Node: x}
			}
			if (strings.EqualFold(x.Type.Name, "int") || strings.EqualFold(x.Type.Name, "int32")) && inner.Kind == String {
				if n, err := strconv.Atoi(strings.TrimSpace(inner.Str)); err == nil {
					return Value{Kind: Number, Num: float64(n), Node: x}
				}
			}
			return inner
		}
		return Value{Node: x}
	case *parser.BinaryExpr:
		switch x.Op {
		case "+":
			return plus(m.Eval(x.X, at), m.Eval(x.Y, at))
		case "-f":
			return m.format(x, at)
		}
		return Value{}
	case *parser.ScriptBlockExpr:
		return Value{Kind: ScriptBlock, Node: x}
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return m.evalStmt(x.Body[0], at)
		}
	}
	return Value{}
}

func (m *Model) hashKey(k parser.Expr, at int) (string, bool) {
	switch k := k.(type) {
	case *parser.Bareword:
		return k.Text, true
	case *parser.NumberLit:
		return k.Text, true
	}
	v := m.Eval(k, at)
	if v.Kind == String {
		return v.Str, true
	}
	return "", false
}

// expand evaluates an expandable string whose parts are all constant.
func (m *Model) expand(s *parser.StringLit, at int) Value {
	out := s.Value
	for _, part := range s.Parts {
		v := m.Eval(part, at)
		var text string
		switch v.Kind {
		case String:
			text = v.Str
		case Number:
			text = formatNumber(v.Num)
		default:
			return Value{Node: s}
		}
		src := m.Src[part.Pos():part.End()]
		out = strings.Replace(out, src, text, 1)
	}
	return Value{Kind: String, Str: out, Node: s}
}

func (m *Model) format(x *parser.BinaryExpr, at int) Value {
	f := m.Eval(x.X, at)
	if f.Kind != String {
		return Value{}
	}
	args := m.Eval(x.Y, at)
	var list []Value
	if args.Kind == Array {
		list = args.Elems
	} else {
		list = []Value{args}
	}
	out := f.Str
	for i, a := range list {
		var text string
		switch a.Kind {
		case String:
			text = a.Str
		case Number:
			text = formatNumber(a.Num)
		default:
			return Value{}
		}
		out = strings.ReplaceAll(out, "{"+strconv.Itoa(i)+"}", text)
	}
	if strings.Contains(out, "{") {
		return Value{}
	}
	return Value{Kind: String, Str: out, Node: x}
}

// maxConstLen bounds constant strings built by the value layer, so that
// hostile input ($a = $a + $a, forty times) cannot exhaust memory.
const maxConstLen = 1 << 16

// maxAppendBytes bounds the bytes of strings one model builds through +=
// chains; past it, += yields an unknown value.
const maxAppendBytes = 16 << 20

// maxAppendDepth bounds the += definitions followed back from one read.
const maxAppendDepth = 10000

func plus(a, b Value) Value {
	switch {
	case a.Kind == String && (b.Kind == String || b.Kind == Number):
		t := b.Str
		if b.Kind == Number {
			t = formatNumber(b.Num)
		}
		if len(a.Str)+len(t) > maxConstLen {
			return Value{}
		}
		return Value{Kind: String, Str: a.Str + t, Node: a.Node}
	case a.Kind == Number && b.Kind == Number:
		return Value{Kind: Number, Num: a.Num + b.Num, Node: a.Node}
	case a.Kind == Hash && b.Kind == Hash:
		h := a.Hash.clone()
		for _, k := range b.Hash.Keys {
			e, _ := b.Hash.Get(k)
			h.set(e)
		}
		h.Open = h.Open || b.Hash.Open
		return Value{Kind: Hash, Hash: h, Node: a.Node}
	case a.Kind == Hash:
		h := a.Hash.clone()
		h.Open = true
		return Value{Kind: Hash, Hash: h, Node: a.Node}
	case a.Kind == Array:
		v := Value{Kind: Array, Elems: append(append([]Value(nil), a.Elems...), b), Node: a.Node}
		if b.Kind == Array {
			v.Elems = append(append([]Value(nil), a.Elems...), b.Elems...)
		}
		return v
	}
	return Value{}
}

func formatNumber(n float64) string {
	if n == math.Trunc(n) && math.Abs(n) < 1e15 {
		return strconv.FormatInt(int64(n), 10)
	}
	return strconv.FormatFloat(n, 'g', -1, 64)
}

// ParseNumber reads a PowerShell numeric literal: decimal, hex, binary,
// exponent, type suffixes and kb/mb/gb/tb/pb multipliers.
func ParseNumber(text string) (float64, bool) {
	s := strings.ToLower(strings.TrimSpace(text))
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	mult := 1.0
	for suffix, f := range map[string]float64{"kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50} {
		if strings.HasSuffix(s, suffix) {
			s, mult = s[:len(s)-2], f
			break
		}
	}
	var n float64
	switch {
	case strings.HasPrefix(s, "0x"):
		h := strings.TrimRight(s[2:], "lnuys")
		u, err := strconv.ParseUint(h, 16, 64)
		if err != nil {
			return 0, false
		}
		n = float64(u)
	case strings.HasPrefix(s, "0b"):
		b := strings.TrimRight(s[2:], "lnuys")
		u, err := strconv.ParseUint(b, 2, 64)
		if err != nil {
			return 0, false
		}
		n = float64(u)
	default:
		d := strings.TrimRight(s, "lnuysd")
		f, err := strconv.ParseFloat(d, 64)
		if err != nil {
			return 0, false
		}
		n = f
	}
	n *= mult
	if neg {
		n = -n
	}
	return n, true
}
