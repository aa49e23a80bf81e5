package parser

// nodeArena hands out the parser's most frequent nodes from blocks, one
// allocation per block instead of one per node: on a 16 MB script (two
// million nodes) the allocations and the zeroing of fresh memory for them
// were a third of the parse, and each node sat in a size class up to a
// fifth larger than itself. A block lives as long as any of its nodes: the
// tree of one file lives and dies as a whole, and nothing keeps nodes
// after its file's scan.
type nodeArena struct {
	vars     slab[Variable]
	words    slab[Bareword]
	pipes    slab[Pipeline]
	cmdExprs slab[CommandExpr]
	strs     slab[StringLit]
	members  slab[MemberExpr]
	args     slab[Argument]
	types    slab[TypeName]
	cmds     slab[Command]
	params   slab[Parameter]
	assigns  slab[AssignStmt]
	entries  slab[HashEntry]
	binaries slab[BinaryExpr]
	invokes  slab[InvokeExpr]
	numbers  slab[NumberLit]
	blocks   slab[StmtBlock]
	attrs    slab[Attribute]
	parens   slab[ParenExpr]
	// firsts holds the first element of each pipeline: nearly every
	// pipeline has one, and its one-element list was the parser's most
	// frequent allocation.
	firsts slab[PipelineElement]
	// Command elements and statement lists are gathered in a buffer on
	// the parsing function's stack and stored here at their exact size:
	// grown by append, each took two to four allocations.
	elems listSlab[CommandElement]
	stmts listSlab[Stmt]
}

// newNodeArena sizes the blocks for a script of n bytes: small scripts
// get small blocks, so that a block of a kind the script hardly uses wastes
// little (a few hundred bytes), big ones up to 256 nodes a block.
func newNodeArena(n int) *nodeArena {
	size := min(max(n/4096, 4), 256)
	a := &nodeArena{}
	a.vars.size, a.words.size, a.pipes.size, a.cmdExprs.size = size, size, size, size
	a.strs.size, a.members.size, a.args.size, a.types.size = size, size, size, size
	a.cmds.size, a.params.size, a.assigns.size, a.entries.size = size, size, size, size
	a.binaries.size, a.invokes.size, a.numbers.size, a.blocks.size = size, size, size, size
	a.attrs.size, a.parens.size, a.firsts.size = size, size, size
	a.elems.size, a.stmts.size = 4*size, 4*size
	return a
}

// slab is the free part of the current block of one node type.
type slab[T any] struct {
	free []T
	size int
}

// one stores v in the block and returns a list of it alone, with no room
// to grow: appending to it copies it out of the block.
func (s *slab[T]) one(v T) []T {
	if len(s.free) == 0 {
		s.free = make([]T, s.size)
	}
	out := s.free[:1:1]
	s.free = s.free[1:]
	out[0] = v
	return out
}

// listSlab is the free part of the current block of one list type.
type listSlab[T any] struct {
	free []T
	size int
}

// copyOf stores a copy of items in the block and returns it, with no room
// to grow (appending copies it out); nil for no items. A list longer than
// a quarter of a block gets an allocation of its own.
func (s *listSlab[T]) copyOf(items []T) []T {
	n := len(items)
	if n == 0 {
		return nil
	}
	if n > len(s.free) {
		if 4*n > s.size {
			out := make([]T, n)
			copy(out, items)
			return out
		}
		s.free = make([]T, s.size)
	}
	out := s.free[:n:n]
	copy(out, items)
	s.free = s.free[n:]
	return out
}

// put stores v in the block and returns its address.
func (s *slab[T]) put(v T) *T {
	if len(s.free) == 0 {
		s.free = make([]T, s.size)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	*x = v
	return x
}
