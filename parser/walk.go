package parser

import (
	"fmt"
	"strings"
)

// Inspect traverses the tree rooted at n in source order, calling f for
// each node; if f returns false, the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if isNil(n) || !f(n) {
		return
	}
	eachChild(n, func(c Node) { Inspect(c, f) })
}

// isNil reports a nil interface or a typed nil pointer.
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	switch v := n.(type) {
	case *ScriptBlock:
		return v == nil
	case *StmtBlock:
		return v == nil
	case *Pipeline:
		return v == nil
	case *ParamBlock:
		return v == nil
	case *TypeName:
		return v == nil
	case *Variable:
		return v == nil
	case *Attribute:
		return v == nil
	case *MemberExpr:
		return v == nil
	}
	return false
}

// EachChild calls f for each direct child of n in source order. Unlike
// Children it allocates nothing: walks over every node of every file use it.
func EachChild(n Node, f func(Node)) { eachChild(n, f) }

// Children returns the direct children of n in source order.
func Children(n Node) []Node {
	var out []Node
	eachChild(n, func(c Node) { out = append(out, c) })
	return out
}

// eachChild calls f for each direct child of n in source order, without
// allocating (Inspect runs over every node of every file, several times).
func eachChild(n Node, f func(Node)) {
	add := func(c Node) {
		if !isNil(c) {
			f(c)
		}
	}
	addStmts := func(list []Stmt) {
		for _, s := range list {
			add(s)
		}
	}
	addExprs := func(list []Expr) {
		for _, x := range list {
			add(x)
		}
	}
	addAttrs := func(list []*Attribute) {
		for _, a := range list {
			add(a)
		}
	}
	switch n := n.(type) {
	case *File:
		add(n.Script)
	case *ScriptBlock:
		if n.Param == nil {
			addAttrs(n.Attributes) // with a param block they are listed there
		}
		for _, s := range n.Body {
			if u, ok := s.(*UsingStmt); ok && n.Param != nil && u.Start < n.Param.Start {
				add(u)
			}
		}
		add(n.Param)
		for _, nb := range n.Named {
			add(nb)
		}
		for _, s := range n.Body {
			if u, ok := s.(*UsingStmt); ok && n.Param != nil && u.Start < n.Param.Start {
				continue
			}
			add(s)
		}
	case *NamedBlock:
		addStmts(n.Body)
	case *ParamBlock:
		addAttrs(n.Attributes)
		for _, p := range n.Params {
			add(p)
		}
	case *Param:
		addAttrs(n.Attributes)
		add(n.Name)
		add(n.Default)
	case *Attribute:
		add(n.Type)
		addExprs(n.Positional)
		for _, a := range n.Named {
			add(a)
		}
	case *NamedAttributeArg:
		add(n.Value)
	case *TypeName:
		for _, g := range n.GenericArgs {
			add(g)
		}
	case *Pipeline:
		for _, e := range n.Elements {
			add(e)
		}
		add(n.Next)
	case *Command:
		add(n.Name)
		for _, e := range n.Elements {
			add(e)
		}
	case *CommandExpr:
		add(n.X)
	case *Parameter:
		add(n.Arg)
	case *Argument:
		add(n.X)
	case *Redirection:
		add(n.Target)
	case *AssignStmt:
		add(n.Target)
		add(n.Value)
	case *IfStmt:
		for _, c := range n.Clauses {
			add(c)
		}
		add(n.Else)
	case *IfClause:
		add(n.Cond)
		add(n.Body)
	case *StmtBlock:
		addStmts(n.Body)
	case *SwitchStmt:
		add(n.File)
		add(n.Cond)
		for _, c := range n.Clauses {
			add(c)
		}
	case *SwitchClause:
		add(n.Pattern)
		add(n.Body)
	case *ForeachStmt:
		add(n.Var)
		add(n.In)
		add(n.Body)
	case *ForStmt:
		add(n.Init)
		add(n.Cond)
		add(n.Iter)
		add(n.Body)
	case *WhileStmt:
		add(n.Cond)
		add(n.Body)
	case *DoStmt:
		add(n.Body)
		add(n.Cond)
	case *TryStmt:
		add(n.Body)
		for _, c := range n.Catches {
			add(c)
		}
		add(n.Finally)
	case *CatchClause:
		for _, t := range n.Types {
			add(t)
		}
		add(n.Body)
	case *TrapStmt:
		add(n.Type)
		add(n.Body)
	case *FlowStmt:
		add(n.Label)
		add(n.Value)
	case *FunctionDef:
		for _, p := range n.Params {
			add(p)
		}
		add(n.Body)
	case *ClassDef:
		addAttrs(n.Attributes)
		for _, b := range n.Bases {
			add(b)
		}
		for _, m := range n.Members {
			add(m)
		}
	case *PropertyMember:
		addAttrs(n.Attributes)
		add(n.Default)
	case *MethodMember:
		addAttrs(n.Attributes)
		for _, p := range n.Params {
			add(p)
		}
		addExprs(n.BaseArgs)
		add(n.Body)
	case *EnumDef:
		addAttrs(n.Attributes)
		for _, m := range n.Members {
			add(m)
		}
	case *EnumMember:
		add(n.Value)
	case *DataStmt:
		addExprs(n.Commands)
		add(n.Body)
	case *ConfigurationDef:
		add(n.Name)
		add(n.Body)
	case *BlockStmt:
		add(n.Body)
	case *StringLit:
		addExprs(n.Parts)
	case *TypeLit:
		add(n.Type)
	case *ConvertExpr:
		add(n.Type)
		add(n.X)
	case *BinaryExpr:
		add(n.X)
		add(n.Y)
	case *UnaryExpr:
		add(n.X)
	case *TernaryExpr:
		add(n.Cond)
		add(n.Then)
		add(n.Else)
	case *ArrayLit:
		addExprs(n.Elems)
	case *ArrayExpr:
		addStmts(n.Body)
	case *SubExpr:
		addStmts(n.Body)
	case *ParenExpr:
		add(n.X)
	case *HashLit:
		for _, e := range n.Entries {
			add(e)
		}
	case *HashEntry:
		add(n.Key)
		add(n.Value)
	case *ScriptBlockExpr:
		add(n.Body)
	case *MemberExpr:
		add(n.X)
		add(n.Member)
	case *InvokeExpr:
		add(n.Member)
		addExprs(n.Args)
	case *IndexExpr:
		add(n.X)
		add(n.Index)
	case *AttributedExpr:
		add(n.Attribute)
		add(n.X)
	case *Variable, *NumberLit, *Bareword, *UsingStmt, *BadStmt, *BadExpr, *Comment, *Requires:
		// Leaves.
	default:
		// A node type added to ast.go without a case here would silently
		// hide its subtree from every rule (TestEveryNodeWalked).
		panic(fmt.Sprintf("parser: eachChild does not know node type %T", n))
	}
}

// Dump renders the tree as a compact S-expression, for tests and
// `psmailscan parse --tree`. Leaves show their value.
func Dump(n Node) string {
	var sb strings.Builder
	dump(&sb, n)
	return sb.String()
}

func dump(sb *strings.Builder, n Node) {
	if isNil(n) {
		return
	}
	name := fmt.Sprintf("%T", n)
	name = name[strings.LastIndexByte(name, '.')+1:]
	sb.WriteByte('(')
	sb.WriteString(name)
	switch n := n.(type) {
	case *Variable:
		if n.Splat {
			sb.WriteString(" @" + n.Name)
		} else {
			sb.WriteString(" $" + n.Name)
		}
	case *StringLit:
		fmt.Fprintf(sb, " %q", n.Value)
	case *NumberLit:
		sb.WriteString(" " + n.Text)
	case *Bareword:
		sb.WriteString(" " + n.Text)
	case *TypeName:
		sb.WriteString(" " + n.FullName())
		sb.WriteByte(')')
		return
	case *Parameter:
		sb.WriteString(" -" + n.Name)
		if n.Colon {
			sb.WriteString(":")
		}
	case *BinaryExpr:
		sb.WriteString(" " + n.Op)
	case *UnaryExpr:
		sb.WriteString(" " + n.Op)
		if n.Postfix {
			sb.WriteString(" postfix")
		}
	case *AssignStmt:
		sb.WriteString(" " + n.Op)
	case *Command:
		if n.Invoke != "" {
			sb.WriteString(" " + n.Invoke)
		}
	case *FunctionDef:
		sb.WriteString(" " + n.Kind + " " + n.Name)
	case *FlowStmt:
		sb.WriteString(" " + n.Keyword)
	case *NamedBlock:
		sb.WriteString(" " + n.Name)
	case *UsingStmt:
		sb.WriteString(" " + n.Kind + " " + n.Name)
	case *ClassDef:
		sb.WriteString(" " + n.Name)
	case *EnumDef:
		sb.WriteString(" " + n.Name)
	case *EnumMember:
		sb.WriteString(" " + n.Name)
	case *PropertyMember:
		sb.WriteString(" " + n.Name)
	case *MethodMember:
		sb.WriteString(" " + n.Name)
	case *IndexExpr:
		if n.NullCond {
			sb.WriteString(" nullcond")
		}
	case *MemberExpr:
		if n.Static {
			sb.WriteString(" static")
		}
		if n.NullCond {
			sb.WriteString(" nullcond")
		}
	case *SwitchStmt:
		if len(n.Flags) > 0 {
			sb.WriteString(" " + strings.Join(n.Flags, ","))
		}
	case *SwitchClause:
		if n.Default {
			sb.WriteString(" default")
		}
	case *ForeachStmt:
		if n.Parallel {
			sb.WriteString(" parallel")
		}
	case *DoStmt:
		if n.Until {
			sb.WriteString(" until")
		} else {
			sb.WriteString(" while")
		}
	case *Pipeline:
		if n.ChainOp != "" {
			sb.WriteString(" " + n.ChainOp)
		}
		if n.Background {
			sb.WriteString(" &")
		}
	case *Redirection:
		sb.WriteString(" " + n.Op)
	case *NamedAttributeArg:
		sb.WriteString(" " + n.Name)
	case *DataStmt:
		if n.Name != "" {
			sb.WriteString(" " + n.Name)
		}
	}
	for _, c := range Children(n) {
		sb.WriteByte(' ')
		dump(sb, c)
	}
	sb.WriteByte(')')
}
