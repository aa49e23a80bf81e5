package parser

import "strings"

// Node is any AST node. Pos and End are byte offsets into the program text
// (Source.Text): Pos is the first byte of the node's first token and End is
// one past its last byte.
type Node interface {
	Pos() int
	End() int
}

// Span is embedded in every node and implements Node.
type Span struct {
	Start, Stop int
	// id numbers the node within its file (see NodeID); 0 until a walk
	// numbers it.
	id int32
}

func (s *Span) nodeID() int32      { return s.id }
func (s *Span) setNodeID(id int32) { s.id = id }

// numbered is every node: all embed Span.
type numbered interface {
	nodeID() int32
	setNodeID(int32)
}

// NodeID returns the number SetNodeID gave n, or 0 (n was not numbered, or
// is not a node of a parsed tree). An index of the tree (the semantic
// model) numbers every node so that it can keep what it knows about nodes
// in slices instead of maps keyed by the node.
func NodeID(n Node) int {
	if x, ok := n.(numbered); ok {
		return int(x.nodeID())
	}
	return 0
}

// SetNodeID numbers n (1 <= id < 2^31; see NodeID). A tree indexed twice
// gets the same numbers when walked in the same order.
func SetNodeID(n Node, id int) {
	if x, ok := n.(numbered); ok {
		x.setNodeID(int32(id))
	}
}

// Pos returns the offset of the node's first byte.
func (s Span) Pos() int { return s.Start }

// End returns the offset one past the node's last byte.
func (s Span) End() int { return s.Stop }

// Stmt is a statement. Its members are *Pipeline, *AssignStmt, *IfStmt,
// *SwitchStmt, *ForeachStmt, *ForStmt, *WhileStmt, *DoStmt, *TryStmt,
// *TrapStmt, *FlowStmt, *FunctionDef, *ClassDef, *EnumDef, *UsingStmt,
// *DataStmt, *ConfigurationDef, *BlockStmt and *BadStmt.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression. Its members are *Variable, *StringLit, *NumberLit,
// *Bareword, *TypeLit, *ConvertExpr, *BinaryExpr, *UnaryExpr, *TernaryExpr,
// *ArrayLit, *ArrayExpr, *SubExpr, *ParenExpr, *HashLit, *ScriptBlockExpr,
// *MemberExpr, *InvokeExpr, *IndexExpr, *AttributedExpr and *BadExpr.
type Expr interface {
	Node
	exprNode()
}

// PipelineElement is one element of a pipeline: *Command or *CommandExpr.
type PipelineElement interface {
	Node
	elementNode()
}

// CommandElement is an element of a command after its name: *Parameter,
// *Argument or *Redirection.
type CommandElement interface {
	Node
	commandElementNode()
}

// File is a parsed script.
type File struct {
	Span
	// Source is the decoded text the offsets refer to.
	Source *Source
	// Script is the top-level script block (param block, named blocks, statements).
	Script *ScriptBlock
	// Comments holds every comment, in order.
	Comments []*Comment
	// Requires holds the parsed #Requires lines.
	Requires []*Requires
	// Errors holds the syntax errors, in order of position.
	Errors []*Error

	nodes int // see NodeCount
}

// NodeCount returns the number of nodes under Script (Script included) as
// the parser built them, counted by its checks' walk: an index of the tree
// sizes its tables with it instead of growing them (on a 16 MB script,
// growing them cost more than filling them). A File built or changed by
// hand may report 0 or a stale count: use it as a capacity, never as a
// bound.
func (f *File) NodeCount() int { return f.nodes }

// Comment is a line (# …) or block (<# … #>) comment.
type Comment struct {
	Span
	Text  string
	Block bool
}

// Requires is a #Requires statement, e.g. #Requires -Version 5.1 -PSEdition Desktop.
type Requires struct {
	Span
	// Params maps a lower-cased parameter name (version, psedition, modules,
	// runasadministrator, …) to its raw value text.
	Params map[string]string
}

// ScriptBlock is the body of a script, function or { } block.
type ScriptBlock struct {
	Span
	Attributes []*Attribute // attributes before param(), e.g. [CmdletBinding()]
	Param      *ParamBlock
	Using      []*UsingStmt
	// Named holds begin/process/end/clean/dynamicparam blocks; when a
	// script block has none, its statements are in Body.
	Named []*NamedBlock
	Body  []Stmt
}

// Statements returns every statement of the block: Body, or each named block's statements in order.
func (b *ScriptBlock) Statements() []Stmt {
	if len(b.Named) == 0 {
		return b.Body
	}
	var out []Stmt
	for _, n := range b.Named {
		out = append(out, n.Body...)
	}
	return out
}

// NamedBlock is begin { }, process { }, end { }, clean { } or dynamicparam { }.
type NamedBlock struct {
	Span
	Name string // lower case
	Body []Stmt
}

// ParamBlock is param( … ) with its attributes.
type ParamBlock struct {
	Span
	Attributes []*Attribute
	Params     []*Param
}

// Param is one parameter declaration.
type Param struct {
	Span
	Attributes []*Attribute // includes type constraints such as [string]
	Name       *Variable
	Default    Expr // nil when absent
}

// Attribute is [Name(args)] or a type constraint [Name].
type Attribute struct {
	Span
	Type *TypeName
	// IsTypeConstraint is true for [type] without parentheses.
	IsTypeConstraint bool
	Positional       []Expr
	Named            []*NamedAttributeArg
}

// NamedAttributeArg is Name = value (or Name alone) inside an attribute.
type NamedAttributeArg struct {
	Span
	Name  string
	Value Expr // nil for a bare name such as Mandatory
}

// TypeName is a type name with optional generic arguments and array rank.
type TypeName struct {
	Span
	Name        string // as written, e.g. System.Net.ServicePointManager
	GenericArgs []*TypeName
	Array       bool
}

// FullName returns the name with generic arguments and array brackets.
func (t *TypeName) FullName() string {
	var sb strings.Builder
	sb.WriteString(t.Name)
	if len(t.GenericArgs) > 0 {
		sb.WriteByte('[')
		for i, g := range t.GenericArgs {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(g.FullName())
		}
		sb.WriteByte(']')
	}
	if t.Array {
		sb.WriteString("[]")
	}
	return sb.String()
}

// Pipeline is one or more pipeline elements joined by |, possibly chained
// with && or || (PowerShell 7) and possibly run in the background with a trailing &.
type Pipeline struct {
	Span
	Elements   []PipelineElement
	Background bool
	// ChainOp is "&&" or "||" when Next is set.
	ChainOp string
	Next    *Pipeline
}

// Command is a command invocation: Get-Item -Path x, & $sb, . .\lib.ps1.
type Command struct {
	Span
	// Invoke is "", "&" or "." (the invocation operator, if any).
	Invoke string
	// Name is the command name expression: *Bareword for a plain name, or a
	// string, variable, script block or other expression after & or ..
	Name     Expr
	Elements []CommandElement
}

// NameText returns the command name when it is a bareword or a constant
// string, and "" otherwise.
func (c *Command) NameText() string {
	switch n := c.Name.(type) {
	case *Bareword:
		return n.Text
	case *StringLit:
		if !n.Expandable || len(n.Parts) == 0 {
			return n.Value
		}
	}
	return ""
}

// ArgumentExprs returns the values the command is given, in order: each
// argument, and the value of each -Name:value parameter.
func (c *Command) ArgumentExprs() []Expr {
	var out []Expr
	for _, e := range c.Elements {
		switch e := e.(type) {
		case *Argument:
			out = append(out, e.X)
		case *Parameter:
			if e.Arg != nil {
				out = append(out, e.Arg)
			}
		}
	}
	return out
}

// CommandExpr is an expression used as a pipeline element: $x | Out-File, 1..5 | …
type CommandExpr struct {
	Span
	X Expr
}

// Parameter is -Name, -Name:value or -Name value (the parser only attaches
// Arg for the colon form; binding decides whether a following argument
// belongs to a parameter).
type Parameter struct {
	Span
	Name  string // without the dash, as written
	Colon bool
	Arg   Expr // value after the colon, nil otherwise
}

// Argument is a positional or parameter value argument.
type Argument struct {
	Span
	X Expr
}

// Redirection is >, >>, 2>&1 and the like, with its target.
type Redirection struct {
	Span
	Op     string
	Target Expr // nil for merging redirections such as 2>&1
}

// AssignStmt is target op value, where op is =, +=, -=, *=, /=, %= or ??=.
type AssignStmt struct {
	Span
	Target Expr
	Op     string
	OpPos  int
	Value  Stmt
}

// IfStmt is if/elseif/else.
type IfStmt struct {
	Span
	Clauses []*IfClause
	Else    *StmtBlock
}

// IfClause is one condition and its block.
type IfClause struct {
	Span
	Cond *Pipeline
	Body *StmtBlock
}

// StmtBlock is a { } statement block of a control-flow statement.
type StmtBlock struct {
	Span
	Body []Stmt
}

// SwitchStmt is switch [-regex|-wildcard|-exact|-casesensitive|-file f|-parallel] (x) { … }.
type SwitchStmt struct {
	Span
	Label   string
	Flags   []string // lower case, without dash
	File    Expr     // the -file argument
	Cond    *Pipeline
	Clauses []*SwitchClause
}

// SwitchClause is pattern { body }; Default marks the default clause.
type SwitchClause struct {
	Span
	Pattern Expr
	Default bool
	Body    *StmtBlock
}

// ForeachStmt is foreach [-parallel] ($v in expr) { … }.
type ForeachStmt struct {
	Span
	Label    string
	Parallel bool
	Var      *Variable
	In       *Pipeline
	Body     *StmtBlock
}

// ForStmt is for (init; cond; iter) { … }.
type ForStmt struct {
	Span
	Label string
	Init  Stmt
	Cond  Stmt
	Iter  Stmt
	Body  *StmtBlock
}

// WhileStmt is while (cond) { … }.
type WhileStmt struct {
	Span
	Label string
	Cond  Stmt
	Body  *StmtBlock
}

// DoStmt is do { … } while (cond) or do { … } until (cond).
type DoStmt struct {
	Span
	Label string
	Body  *StmtBlock
	Until bool
	Cond  Stmt
}

// TryStmt is try { } catch [types] { } finally { }.
type TryStmt struct {
	Span
	Body    *StmtBlock
	Catches []*CatchClause
	Finally *StmtBlock
}

// CatchClause is catch [T1], [T2] { … }.
type CatchClause struct {
	Span
	Types []*TypeName
	Body  *StmtBlock
}

// TrapStmt is trap [T] { … }.
type TrapStmt struct {
	Span
	Type *TypeName
	Body *StmtBlock
}

// FlowStmt is break, continue, return, throw or exit with its optional operand.
type FlowStmt struct {
	Span
	Keyword string // lower case
	Label   Expr   // break/continue label
	Value   Stmt   // return/throw/exit value
}

// FunctionDef is function, filter or workflow.
type FunctionDef struct {
	Span
	Kind    string // function, filter or workflow (lower case)
	Name    string
	NamePos int
	Params  []*Param // inline parameters: function f($a, $b) { }
	Body    *ScriptBlock
}

// ClassDef is a class definition.
type ClassDef struct {
	Span
	Attributes []*Attribute
	Name       string
	Bases      []*TypeName
	Members    []ClassMember
}

// ClassMember is *PropertyMember or *MethodMember.
type ClassMember interface {
	Node
	memberNode()
}

// PropertyMember is [attrs] [static] [hidden] [type] $Name [= value].
type PropertyMember struct {
	Span
	Attributes []*Attribute
	Modifiers  []string
	Name       string
	Default    Expr
}

// MethodMember is a method or constructor, with an optional : base(args) call.
type MethodMember struct {
	Span
	Attributes []*Attribute
	Modifiers  []string
	Name       string
	NamePos    int // offset of the name
	Params     []*Param
	BaseArgs   []Expr
	Body       *ScriptBlock
}

// EnumDef is enum Name [: type] { A; B = 2 }.
type EnumDef struct {
	Span
	Attributes []*Attribute
	Name       string
	Members    []*EnumMember
}

// EnumMember is one enum label with its optional value.
type EnumMember struct {
	Span
	Name  string
	Value Expr
}

// UsingStmt is using namespace|module|assembly|type name.
type UsingStmt struct {
	Span
	Kind string // namespace, module, assembly, type (lower case)
	Name string // the name as written, without quotes
}

// DataStmt is data [name] [-SupportedCommand a,b] { … }.
type DataStmt struct {
	Span
	Name     string
	Commands []Expr
	Body     *StmtBlock
}

// ConfigurationDef is a DSC configuration Name { … }.
type ConfigurationDef struct {
	Span
	Name Expr
	Body *ScriptBlock
}

// BlockStmt is a statement that is only a { } block; it occurs in workflow
// parallel/sequence bodies handled as commands, and after recovery.
type BlockStmt struct {
	Span
	Body *StmtBlock
}

// BadStmt covers source that failed to parse; its error is in File.Errors.
type BadStmt struct {
	Span
}

// Variable is $name, ${name}, $scope:name or (when Splat) @name.
type Variable struct {
	Span
	Name  string // without $ / @ and braces, scope included (script:x)
	Splat bool
}

// ShortName returns the name without a scope qualifier, lower case.
func (v *Variable) ShortName() string {
	n := v.Name
	if i := strings.IndexByte(n, ':'); i >= 0 {
		switch strings.ToLower(n[:i]) {
		case "script", "global", "local", "private", "using", "variable":
			n = n[i+1:]
		}
	}
	return strings.ToLower(n)
}

// StringLit is a string in any form. Value is the decoded text for
// constant strings; for expandable strings with parts it is the text with
// the parts left in place.
type StringLit struct {
	Span
	Value      string
	Expandable bool // "…" or @"…"@
	Here       bool
	// Parts are the variables and $( ) subexpressions inside an expandable string.
	Parts []Expr
}

// Constant reports whether the string's value is known without running code.
func (s *StringLit) Constant() bool { return !s.Expandable || len(s.Parts) == 0 }

// NumberLit is a numeric literal.
type NumberLit struct {
	Span
	Text string
}

// Bareword is an unquoted word in command mode (a command name or an argument
// such as C:\logs\*.log or user@contoso.com), or a member name.
type Bareword struct {
	Span
	Text string
}

// TypeLit is a type literal such as [Net.ServicePointManager].
type TypeLit struct {
	Span
	Type *TypeName
}

// ConvertExpr is a cast: [type] expr, including [ordered]@{ } and attributes in param defaults.
type ConvertExpr struct {
	Span
	Type *TypeName
	X    Expr
}

// BinaryExpr is X Op Y. Op is lower case and keeps its dash (-eq, -bor), or
// is a symbol (+, .., ??, &&).
type BinaryExpr struct {
	Span
	Op    string
	OpPos int
	X, Y  Expr
}

// UnaryExpr is Op X, or X Op when Postfix (x++).
type UnaryExpr struct {
	Span
	Op      string
	Postfix bool
	X       Expr
}

// TernaryExpr is Cond ? Then : Else (PowerShell 7).
type TernaryExpr struct {
	Span
	Cond, Then, Else Expr
}

// ArrayLit is a comma-separated list: a, b, c.
type ArrayLit struct {
	Span
	Elems []Expr
}

// ArrayExpr is @( statements ).
type ArrayExpr struct {
	Span
	Body []Stmt
}

// SubExpr is $( statements ).
type SubExpr struct {
	Span
	Body []Stmt
}

// ParenExpr is ( pipeline ).
type ParenExpr struct {
	Span
	X Stmt
}

// HashLit is @{ key = value; … }.
type HashLit struct {
	Span
	Entries []*HashEntry
}

// HashEntry is one key = value pair. The value is a statement (usually a
// pipeline), as PowerShell allows @{ a = Get-Date }.
type HashEntry struct {
	Span
	Key   Expr
	Value Stmt
}

// ScriptBlockExpr is { … } used as a value.
type ScriptBlockExpr struct {
	Span
	Body *ScriptBlock
}

// MemberExpr is X.Member, X::Member or X?.Member. Member is *Bareword for a
// plain name, or any expression ($x.$name, $x.'a b').
type MemberExpr struct {
	Span
	X        Expr
	Member   Expr
	Static   bool
	NullCond bool
}

// MemberName returns the member name when it is constant, else "".
func (m *MemberExpr) MemberName() string {
	switch n := m.Member.(type) {
	case *Bareword:
		return n.Text
	case *StringLit:
		if n.Constant() {
			return n.Value
		}
	}
	return ""
}

// InvokeExpr is a method call: X.Name(args), X::Name(args), or X.Name{ block }.
type InvokeExpr struct {
	Span
	Member *MemberExpr
	Args   []Expr
}

// IndexExpr is X[index] or X?[index].
type IndexExpr struct {
	Span
	X        Expr
	Index    Expr
	NullCond bool
}

// AttributedExpr is [Attribute()] expr, e.g. [ValidateNotNull()]$x in a parameter list.
type AttributedExpr struct {
	Span
	Attribute *Attribute
	X         Expr
}

// BadExpr covers an expression that failed to parse.
type BadExpr struct {
	Span
}

func (*Pipeline) stmtNode()         {}
func (*AssignStmt) stmtNode()       {}
func (*IfStmt) stmtNode()           {}
func (*SwitchStmt) stmtNode()       {}
func (*ForeachStmt) stmtNode()      {}
func (*ForStmt) stmtNode()          {}
func (*WhileStmt) stmtNode()        {}
func (*DoStmt) stmtNode()           {}
func (*TryStmt) stmtNode()          {}
func (*TrapStmt) stmtNode()         {}
func (*FlowStmt) stmtNode()         {}
func (*FunctionDef) stmtNode()      {}
func (*ClassDef) stmtNode()         {}
func (*EnumDef) stmtNode()          {}
func (*UsingStmt) stmtNode()        {}
func (*DataStmt) stmtNode()         {}
func (*ConfigurationDef) stmtNode() {}
func (*BlockStmt) stmtNode()        {}
func (*BadStmt) stmtNode()          {}

func (*Variable) exprNode()        {}
func (*StringLit) exprNode()       {}
func (*NumberLit) exprNode()       {}
func (*Bareword) exprNode()        {}
func (*TypeLit) exprNode()         {}
func (*ConvertExpr) exprNode()     {}
func (*BinaryExpr) exprNode()      {}
func (*UnaryExpr) exprNode()       {}
func (*TernaryExpr) exprNode()     {}
func (*ArrayLit) exprNode()        {}
func (*ArrayExpr) exprNode()       {}
func (*SubExpr) exprNode()         {}
func (*ParenExpr) exprNode()       {}
func (*HashLit) exprNode()         {}
func (*ScriptBlockExpr) exprNode() {}
func (*MemberExpr) exprNode()      {}
func (*InvokeExpr) exprNode()      {}
func (*IndexExpr) exprNode()       {}
func (*AttributedExpr) exprNode()  {}
func (*BadExpr) exprNode()         {}

func (*Command) elementNode()     {}
func (*CommandExpr) elementNode() {}

func (*Parameter) commandElementNode()   {}
func (*Argument) commandElementNode()    {}
func (*Redirection) commandElementNode() {}

func (*PropertyMember) memberNode() {}
func (*MethodMember) memberNode()   {}
