// Package semantic is the analysis layer the rules share, built once per
// file: an index of the nodes by type (one traversal), scopes, command
// resolution (functions and aliases shadow cmdlets), parameter binding with
// splatting, constant values followed through variables in script order,
// and the TLS state of the script.
package semantic

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Loader reads a file that the script dot-sources or imports. It returns nil
// when the file cannot be read or parsed. The runner provides it: the
// semantic layer and the rules never touch the file system themselves.
type Loader interface {
	Load(fromPath, path string) *Model
}

// Model is the semantic view of one parsed file.
type Model struct {
	File *parser.File
	Src  string
	// Path is the file's path as given to the scan.
	Path string

	// Nodes by type, in source order.
	Commands  []*parser.Command
	Assigns   []*parser.AssignStmt
	Invokes   []*parser.InvokeExpr
	Members   []*parser.MemberExpr
	Converts  []*parser.ConvertExpr
	Functions []*parser.FunctionDef
	Strings   []*parser.StringLit
	Scripts   []*parser.ScriptBlockExpr
	Foreachs  []*parser.ForeachStmt
	Params    []*parser.Param
	Methods   []*parser.MethodMember
	HashLits  []*parser.HashLit
	Usings    []*parser.UsingStmt
	ClassDefs []*parser.ClassDef
	// commandBases backs CommandBases (nil until first asked).
	commandBases []string
	// variables and typeNames back Variables and TypeRefs.
	variables []*parser.Variable
	typeNames []*parser.TypeName

	// Namespaces holds `using namespace` names, lower case.
	Namespaces []string

	// nodes, parents and scopes hold the tree by node number
	// (parser.NodeID; 0 is no node): each node, its parent's number and
	// its enclosing function's or method's number (0 at script scope).
	// Slices rather than a map keyed by node: building that map was a
	// sixth of building the model, and three times its memory.
	nodes     []parser.Node
	parents   []int32
	scopes    []int32
	funcsByLC map[string][]*parser.FunctionDef
	aliases   []alias
	defs      map[string][]def // variable definitions, by lower-case short name
	mutations map[string][]mutation
	loader    Loader
	evalDepth int

	outerSites      map[*parser.TypeName]parser.Node          // see outerTypeSite
	calls           map[*parser.FunctionDef][]*parser.Command // see CallsTo
	memberUses      map[scopedName][]MemberUse                // see MemberUses
	scopedDefs      map[scopedName]*scopedDefs                // see nextDef
	constructionsOf map[string][]Construction                 // see Constructions
	appendBytes     int                                       // bytes of strings built by += chains (see lookupDef)
	appendDepth     int                                       // += definitions being followed back (see lookupDef)
	resolved        map[*parser.Command]Resolved
	resolvedCmd     []resolvedSlot // by index in Commands (see Resolve)
	cmdOrd          []int32        // by node number: 1 + index in Commands, 0 for other nodes (see commandIndex)
	defValues       map[*parser.AssignStmt]Value
	mutationSnaps   map[mutationKey]mutationSnap // see applyMutations
	// mentioned holds the variable names the text mentions (see
	// MentionsVariable); mentionedFolds, that it holds ſ or K.
	mentioned      map[string]bool
	mentionedFolds bool
	scopeSpans     []scopeSpan       // function and method bodies by start (see scopeAt)
	results        map[*Analyzer]any // domain analyzers' results (see result)
	frames         []requireFrame    // rules and analyzers running, under go test (see Enter)
}

type alias struct {
	name, target string // lower case
	pos          int
	scope        parser.Node
}

// New builds the model of a parsed file. loader may be nil.
func New(path string, f *parser.File, loader Loader) *Model {
	// The parser counted the nodes: one allocation of each table, where
	// growing them by append copied a 16 MB script's tables three times
	// (a fifth of building the model). A tree built by hand has no count:
	// about one node per 8 bytes of script then.
	size := f.NodeCount() + 1
	if size == 1 {
		size = len(f.Source.Text)/8 + 16
	}
	m := &Model{
		File:      f,
		Src:       f.Source.Text,
		Path:      path,
		nodes:     make([]parser.Node, 1, size),
		parents:   make([]int32, 1, size),
		scopes:    make([]int32, 1, size),
		resolved:  map[*parser.Command]Resolved{},
		funcsByLC: map[string][]*parser.FunctionDef{},
		defs:      map[string][]def{},
		mutations: map[string][]mutation{},
		loader:    loader,
		defValues: map[*parser.AssignStmt]Value{},
	}
	m.index(f.Script, 0, 0)
	for _, fn := range m.Functions {
		lc := strings.ToLower(functionShortName(fn.Name))
		m.funcsByLC[lc] = append(m.funcsByLC[lc], fn)
	}
	m.collectAliases()
	m.collectDefs()
	return m
}

// index is the single traversal: parent links, scopes, and nodes by type.
func (m *Model) index(n parser.Node, parent, scope int32) {
	id := int32(len(m.nodes))
	parser.SetNodeID(n, int(id))
	m.nodes = append(m.nodes, n)
	m.parents = append(m.parents, parent)
	m.scopes = append(m.scopes, scope)
	switch n.(type) {
	case *parser.FunctionDef, *parser.MethodMember:
		scope = id
	}
	switch n := n.(type) {
	case *parser.Command:
		m.Commands = append(m.Commands, n)
	case *parser.AssignStmt:
		m.Assigns = append(m.Assigns, n)
	case *parser.InvokeExpr:
		m.Invokes = append(m.Invokes, n)
	case *parser.MemberExpr:
		m.Members = append(m.Members, n)
	case *parser.ConvertExpr:
		m.Converts = append(m.Converts, n)
	case *parser.FunctionDef:
		m.Functions = append(m.Functions, n)
	case *parser.StringLit:
		m.Strings = append(m.Strings, n)
	case *parser.ScriptBlockExpr:
		m.Scripts = append(m.Scripts, n)
	case *parser.ForeachStmt:
		m.Foreachs = append(m.Foreachs, n)
	case *parser.Param:
		m.Params = append(m.Params, n)
	case *parser.MethodMember:
		m.Methods = append(m.Methods, n)
	case *parser.Variable:
		m.variables = append(m.variables, n)
	case *parser.TypeName:
		m.typeNames = append(m.typeNames, n)
	case *parser.HashLit:
		m.HashLits = append(m.HashLits, n)
	case *parser.ClassDef:
		m.ClassDefs = append(m.ClassDefs, n)
	case *parser.UsingStmt:
		m.Usings = append(m.Usings, n)
		// Once each: every type name is tried in every namespace (a file
		// repeating its using lines made that quadratic).
		if ns := strings.ToLower(n.Name); n.Kind == "namespace" && !slices.Contains(m.Namespaces, ns) {
			m.Namespaces = append(m.Namespaces, ns)
		}
	}
	parser.EachChild(n, func(c parser.Node) { m.index(c, id, scope) })
}

// Parent returns the node's parent, or nil at the root.
func (m *Model) Parent(n parser.Node) parser.Node { return m.nodes[m.parents[m.idOf(n)]] }

// idOf returns n's number in this model, 0 when n is not a node of its
// tree (nil, another file's node, a synthetic span).
func (m *Model) idOf(n parser.Node) int {
	id := parser.NodeID(n)
	if id <= 0 || id >= len(m.nodes) || m.nodes[id] != n {
		return 0
	}
	return id
}

// Ancestors calls f for each ancestor of n, innermost first, until f returns false.
func (m *Model) Ancestors(n parser.Node, f func(parser.Node) bool) {
	for p := m.parents[m.idOf(n)]; p != 0; p = m.parents[p] {
		if !f(m.nodes[p]) {
			return
		}
	}
}

// Scope returns the function (or class method) whose body contains n, or
// nil for script scope. Script blocks do not open a scope here: the blocks
// passed to ForEach-Object and Where-Object run in their caller's scope,
// and for the values rules need that is the better approximation.
func (m *Model) Scope(n parser.Node) parser.Node {
	return m.nodes[m.scopes[m.idOf(n)]]
}

// scopeAt returns the innermost function containing the offset, or nil.
func (m *Model) scopeAt(pos int) parser.Node {
	if m.scopeSpans == nil {
		m.buildScopeSpans()
	}
	ss := m.scopeSpans
	// The last body starting at or before pos; bodies nest, so if it does
	// not contain pos the innermost one that does is among its enclosers.
	// (A scan over every function per lookup made big files quadratic.)
	i := sort.Search(len(ss), func(i int) bool { return ss[i].start > pos }) - 1
	for i >= 0 && pos >= ss[i].end {
		i = ss[i].outer
	}
	if i < 0 {
		return nil
	}
	return ss[i].node
}

// scopeSpan is the body of a function or method, with the index of the
// nearest body that encloses it (-1 at script level).
type scopeSpan struct {
	start, end, outer int
	node              parser.Node
}

// buildScopeSpans sorts the function and method bodies by start (outer
// before inner on a tie) and links each to its encloser.
func (m *Model) buildScopeSpans() {
	ss := make([]scopeSpan, 0, len(m.Functions)+len(m.Methods))
	for _, fn := range m.Functions {
		if fn.Body != nil {
			ss = append(ss, scopeSpan{start: fn.Body.Pos(), end: fn.Body.End(), node: fn})
		}
	}
	for _, mm := range m.Methods {
		if mm.Body != nil {
			ss = append(ss, scopeSpan{start: mm.Body.Pos(), end: mm.Body.End(), node: mm})
		}
	}
	sort.SliceStable(ss, func(a, b int) bool {
		if ss[a].start != ss[b].start {
			return ss[a].start < ss[b].start
		}
		return ss[a].end > ss[b].end
	})
	var stack []int
	for i := range ss {
		for len(stack) > 0 && ss[i].start >= ss[stack[len(stack)-1]].end {
			stack = stack[:len(stack)-1]
		}
		ss[i].outer = -1
		if len(stack) > 0 {
			ss[i].outer = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
	m.scopeSpans = ss
}

// EnclosingCommand returns the command whose argument contains n (for a
// script block passed to Start-Job, for example), or nil.
func (m *Model) EnclosingCommand(n parser.Node) *parser.Command {
	var cmd *parser.Command
	m.Ancestors(n, func(a parser.Node) bool {
		if c, ok := a.(*parser.Command); ok {
			cmd = c
			return false
		}
		return true
	})
	return cmd
}

// Text returns the source text of a node.
func (m *Model) Text(n parser.Node) string { return m.Src[n.Pos():n.End()] }

// functionShortName drops a scope prefix (global:, script:) from a function name.
func functionShortName(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// FunctionsNamed returns the functions defined in the file with this name (any case).
func (m *Model) FunctionsNamed(name string) []*parser.FunctionDef {
	fns, _ := GetFold(m.funcsByLC, name)
	return fns
}

// CallsTo returns the commands that resolve to the local function fn, in
// source order. The calls of every function are found in one pass over the
// commands, on first use (rules ask once per finding: on a big module that
// was quadratic); the slice must not be modified.
func (m *Model) CallsTo(fn *parser.FunctionDef) []*parser.Command {
	if m.calls == nil {
		m.calls = map[*parser.FunctionDef][]*parser.Command{}
		for _, c := range m.Commands {
			if r := m.Resolve(c); r.Func != nil {
				m.calls[r.Func] = append(m.calls[r.Func], c)
			}
		}
	}
	return m.calls[fn]
}

// IsTestFile reports Pester test files (*.Tests.ps1).
func (m *Model) IsTestFile() bool {
	return strings.HasSuffix(strings.ToLower(m.Path), ".tests.ps1")
}

// sortedInsert keeps defs in source order.
func sortDefs(ds []def) {
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].pos < ds[j].pos })
}

// SortByNode sorts items by the start of their node, keeping the order of
// items that start at the same offset (what the collectors build by kind
// and then merge into source order; an insertion sort did it before,
// quadratic on files with many of them).
//
// The items are large (a send is a few hundred bytes): a stable sort of
// them copied two for every comparison and moved them log n times each.
// The offsets are read once and a list of indexes is sorted instead (ties
// by index, so the order stays stable); a list already in order is left
// as it is.
func SortByNode[T any](items []T, node func(*T) parser.Node) {
	if len(items) < 2 {
		return
	}
	pos := make([]int, len(items))
	inOrder := true
	for i := range items {
		pos[i] = node(&items[i]).Pos()
		if i > 0 && pos[i] < pos[i-1] {
			inOrder = false
		}
	}
	if inOrder {
		return
	}
	idx := make([]int32, len(items))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if c := cmp.Compare(pos[a], pos[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	sorted := make([]T, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}
