package parser

import "strings"

// checkTree runs the checks PowerShell makes right after parsing (its
// SemanticChecks) that need no type information: duplicate parameter
// names, invalid assignment targets, control flow leaving a finally block,
// two default clauses in one switch, @name splatting outside command
// arguments, -Name: without a value and an attribute on something other
// than a variable. Each is reported with
// PowerShell's error ID at PowerShell's position. It returns the number of
// nodes of the tree (see File.NodeCount).
func (p *parser) checkTree(root Node) int {
	c := checker{p: p}
	// An explicit stack, not recursion: a tree may be very deep (a chain
	// of 100,000 binary operators) and the parser never overflows the stack.
	stack := []checkFrame{{root, false, 0}}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		stack = c.visit(fr, stack)
	}
	c.namedAttributeArgs()
	return c.nodes
}

// checker holds what the checks gather while walking the tree: the class
// names the file defines and the class attributes with named arguments,
// checked at the end (namedAttributeArgs).
type checker struct {
	p             *parser
	classes       map[string]bool // lower-case names of the file's classes
	namedArgAttrs []*Attribute
	nodes         int // nodes visited or skipped: every node of the tree
}

// checkFrame is a node to visit: inFinally is set inside a finally block
// (and cleared by a function, script block or method, whose return leaves
// only itself), loops counts the loops and switches entered since the
// finally block began.
type checkFrame struct {
	n         Node
	inFinally bool
	loops     int
}

// visit checks one node and pushes its children.
func (c *checker) visit(fr checkFrame, stack []checkFrame) []checkFrame {
	n, inFinally, loops := fr.n, fr.inFinally, fr.loops
	if isNil(n) {
		return stack
	}
	c.nodes++
	switch n := n.(type) {
	case *FunctionDef:
		c.params(n.Params)
		inFinally, loops = false, 0
	case *ScriptBlockExpr, *MethodMember:
		inFinally, loops = false, 0
	case *ClassDef:
		if c.classes == nil {
			c.classes = map[string]bool{}
		}
		c.classes[strings.ToLower(n.Name)] = true
		c.classCheck(n)
	case *ParamBlock:
		c.params(n.Params)
	case *ForStmt, *ForeachStmt, *WhileStmt, *DoStmt:
		loops++
	case *SwitchStmt:
		loops++
		seen := false
		for _, cl := range n.Clauses {
			if cl.Default {
				if seen {
					c.p.errAt(cl.Pos(), "MultipleSwitchDefaultClauses", "a switch may have only one default clause")
				}
				seen = true
			}
		}
	case *TryStmt:
		stack = append(stack, checkFrame{n.Body, inFinally, loops})
		for _, cc := range n.Catches {
			stack = append(stack, checkFrame{cc, inFinally, loops})
		}
		if n.Finally != nil {
			stack = append(stack, checkFrame{n.Finally, true, 0})
		}
		return stack
	case *FlowStmt:
		if inFinally && (n.Keyword == "return" || (n.Keyword == "break" || n.Keyword == "continue") && loops == 0) {
			c.p.errAt(n.Pos(), "ControlLeavingFinally", "`%s` cannot leave a finally block", n.Keyword)
		}
	case *Command:
		// @name as the command itself (PowerShell reads it as a splat).
		if bw, ok := n.Name.(*Bareword); ok && n.Invoke == "" && len(bw.Text) > 1 && bw.Text[0] == '@' && isIdentByte(bw.Text[1]) {
			c.p.errAt(bw.Pos(), "SplattingNotPermitted", "`%s` splats only as a command argument", bw.Text)
		}
	case *Argument:
		// @name splats only as a command argument.
		if v, ok := n.X.(*Variable); ok && v.Splat {
			c.nodes += countNodes(v)
			return stack
		}
	case *Variable:
		if n.Splat {
			c.p.errAt(n.Pos(), "SplattingNotPermitted", "`@%s` splats only as a command argument", n.Name)
		}
	case *Parameter:
		if n.Colon && n.Arg == nil {
			c.p.errAt(n.End(), "ParameterRequiresArgument", "`-%s:` needs a value after the colon", strings.TrimSuffix(n.Name, ":"))
		}
	case *AttributedExpr:
		if !attributedVariable(n.X) {
			c.p.errAt(n.Pos(), "UnexpectedAttribute", "an attribute such as `%s` applies only to a variable", c.p.sl(n.Attribute.Pos(), n.Attribute.End()))
			c.nodes += countNodes(n.Attribute) + countNodes(n.X)
			return stack // once per chain
		}
	case *AssignStmt:
		if !assignable(n.Target, n.Op == "=") {
			c.p.errAt(n.Target.Pos(), "InvalidLeftHandSide", "the left side of `%s` cannot be assigned to", n.Op)
		}
		if ref, converts := refInConstraint(n.Target); ref != nil && converts > 1 {
			c.p.errAt(ref.Pos(), "ReferenceNeedsToBeByItselfInTypeConstraint", "[ref] cannot be combined with another type on a variable")
			// The target's own [ref] checks would repeat this one.
			c.nodes += countNodes(n.Target)
			stack = append(stack, checkFrame{n.Value, inFinally, loops})
			return stack
		}
	case *ConvertExpr:
		if in, ok := n.X.(*ConvertExpr); ok && isTypeName(in.Type, "ref") {
			if isTypeName(n.Type, "ref") {
				c.p.errAt(in.Pos(), "ReferenceNeedsToBeByItselfInTypeSequence", "[ref] given twice")
			} else {
				c.p.errAt(in.Pos(), "ReferenceNeedsToBeLastTypeInTypeConversion", "[ref] must come first: [%s] cannot convert a reference", n.Type.FullName())
			}
		}
	}
	eachChild(n, func(ch Node) { stack = append(stack, checkFrame{ch, inFinally, loops}) })
	return stack
}

// countNodes counts the nodes of a subtree the checks skip, with an
// explicit stack as the checks themselves (a skipped chain of attributes
// may be 100,000 deep).
func countNodes(n Node) int {
	k := 0
	stack := []Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if isNil(n) {
			continue
		}
		k++
		eachChild(n, func(c Node) { stack = append(stack, c) })
	}
	return k
}

// refInConstraint finds a [ref] in the chain of type constraints and
// attributes on an assignment target, and counts the constraints.
func refInConstraint(x Expr) (ref *ConvertExpr, converts int) {
	for {
		switch v := x.(type) {
		case *ConvertExpr:
			converts++
			if isTypeName(v.Type, "ref") {
				ref = v
			}
			x = v.X
		case *AttributedExpr:
			x = v.X
		default:
			return ref, converts
		}
	}
}

// params reports a parameter name used twice in one parameter list.
func (c *checker) params(ps []*Param) {
	seen := map[string]bool{}
	for _, p := range ps {
		if p.Name == nil {
			continue
		}
		name := strings.ToLower(p.Name.Name)
		if seen[name] {
			c.p.errAt(p.Name.Pos(), "DuplicateFormalParameter", "parameter `$%s` is declared twice", p.Name.Name)
		}
		seen[name] = true
	}
}

// assignable reports whether x can be assigned to: a variable, a member or
// an element (not null-conditional), a parameterized property ($f.Item(1)),
// a parenthesized target, any of them under a type constraint
// or attributes, or, for plain `=`, a list of them ($a, $b = 1, 2). Node
// kinds not listed are accepted, so a parse this check does not know is
// never reported.
func assignable(x Expr, list bool) bool {
	switch x := x.(type) {
	case *MemberExpr:
		return !x.NullCond
	case *IndexExpr:
		return !x.NullCond
	case *ConvertExpr:
		return assignable(x.X, false)
	case *AttributedExpr:
		return assignable(x.X, false)
	case *ArrayLit:
		if !list {
			return false
		}
		for _, e := range x.Elems {
			if !assignable(e, false) {
				return false
			}
		}
		return true
	case *NumberLit, *StringLit, *ArrayExpr, *HashLit, *BinaryExpr, *TypeLit, *ScriptBlockExpr, *SubExpr, *TernaryExpr:
		return false
	}
	return true
}

// attributedVariable reports whether x, under an attribute such as
// [ValidateNotNull()], is a variable, possibly under more type constraints
// or attributes ([ValidateNotNull()][string]$x).
func attributedVariable(x Expr) bool {
	for {
		switch v := x.(type) {
		case *Variable:
			return true
		case *ConvertExpr:
			x = v.X
		case *AttributedExpr:
			x = v.X
		default:
			return false
		}
	}
}
