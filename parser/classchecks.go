package parser

import (
	"slices"
	"strings"
)

// classCheck runs the checks PowerShell makes on a class definition right
// after parsing (its SemanticChecks and VariableAnalysis): what a method
// may contain and return, $this in static members, variables a method
// reads but never assigns, attributes placed where .NET does not allow
// them or given non-constant arguments, and what a [DscResource()] class
// must define. Where PowerShell needs a flow analysis or .NET type
// information this check cannot match exactly, it reports less than
// PowerShell, never more: a valid script is never rejected.
func (c *checker) classCheck(cd *ClassDef) {
	c.attributes(cd.Attributes, targetClass)
	for _, m := range cd.Members {
		switch m := m.(type) {
		case *PropertyMember:
			c.attributes(m.Attributes, targetProperty)
			if slices.Contains(m.Modifiers, "static") && m.Default != nil {
				c.thisInStatic(m.Default)
			}
		case *MethodMember:
			c.method(cd, m)
		}
	}
	for _, a := range cd.Attributes {
		if attributeIs(a, "dscresource") {
			c.dscResource(cd, a)
			break
		}
	}
}

// method checks one method or constructor.
func (c *checker) method(cd *ClassDef, m *MethodMember) {
	ctor := strings.EqualFold(m.Name, cd.Name)
	ret := returnType(m.Attributes)
	target := targetMethod
	if ctor {
		target = targetConstructor
	}
	c.attributes(m.Attributes, target)
	for _, prm := range m.Params {
		types := 0
		for _, a := range prm.Attributes {
			if !a.IsTypeConstraint {
				c.attributes([]*Attribute{a}, targetParameter)
				continue
			}
			if types++; types == 2 {
				c.p.errAt(a.Pos(), "MultipleTypeConstraintsOnMethodParam", "a method parameter takes one type, not two")
			}
		}
	}
	if ctor && ret != nil {
		c.p.errAt(ret.Pos(), "ConstructorCantHaveReturnType", "constructor %s cannot have a return type", m.Name)
	}
	body := m.Body
	if body == nil {
		return
	}
	if body.Param != nil {
		c.p.errAt(body.Param.Pos(), "ParamBlockNotAllowedInMethod", "a method takes its parameters in `( )` after its name, not in param( )")
	}
	if len(body.Named) > 0 {
		c.p.errAt(body.Named[0].Pos(), "NamedBlockNotAllowedInMethod", "a method cannot have `%s` or other named blocks", body.Named[0].Name)
	}
	void := ret == nil || isTypeName(ret.Type, "void")
	stmts := body.Statements()
	for _, s := range stmts {
		inMethodScope(s, func(n Node) {
			if f, ok := n.(*FlowStmt); ok && f.Keyword == "return" {
				switch {
				case f.Value != nil && void:
					c.p.errAt(f.Pos(), "VoidMethodHasReturn", "method %s returns nothing ([void]) but `return` gives a value", m.Name)
				case f.Value == nil && !void:
					c.p.errAt(f.Pos(), "NonVoidMethodMissingReturnValue", "method %s must return a %s value", m.Name, ret.Type.FullName())
				}
			}
		})
	}
	if !void && !ctor && !returnsOnEveryPath(stmts) {
		c.p.errAt(m.NamePos, "MethodHasCodePathNotReturn", "not every path through method %s returns a value", m.Name)
	}
	if slices.Contains(m.Modifiers, "static") {
		for _, s := range stmts {
			c.thisInStatic(s)
		}
	}
	c.variablesNotLocal(m, stmts)
}

// inMethodScope calls f for n and each node under it that belongs to the
// method itself: not inside a script block, function or class defined
// there, which are scopes of their own (a class's methods are checked on
// their own; walking them again from each enclosing method made classes
// nested by recovery, `class A{A(){` repeated, quadratic).
func inMethodScope(n Node, f func(Node)) {
	Inspect(n, func(n Node) bool {
		switch n.(type) {
		case *ScriptBlockExpr, *FunctionDef, *ClassDef:
			return false
		}
		f(n)
		return true
	})
}

// thisInStatic reports $this in a static member.
func (c *checker) thisInStatic(n Node) {
	inMethodScope(n, func(n Node) {
		if v, ok := n.(*Variable); ok && strings.EqualFold(v.Name, "this") {
			c.p.errAt(v.Pos(), "NonStaticMemberAccessInStaticMember", "`$this` does not exist in a static member")
		}
	})
}

// returnsOnEveryPath reports whether a statement list ends every path with
// return, throw or exit. When unsure it answers yes, so that only a
// method PowerShell also rejects is reported: a loop whose condition may
// be false at once never counts, an infinite for (;;) or a do loop counts
// when its body does, break and continue count (they skip the rest).
func returnsOnEveryPath(stmts []Stmt) bool {
	for _, s := range stmts {
		if terminates(s) {
			return true
		}
	}
	return false
}

func terminates(s Stmt) bool {
	switch s := s.(type) {
	case *FlowStmt:
		return true // return, throw, exit, break, continue
	case *IfStmt:
		if s.Else == nil || !returnsOnEveryPath(s.Else.Body) {
			return false
		}
		for _, cl := range s.Clauses {
			if cl.Body == nil || !returnsOnEveryPath(cl.Body.Body) {
				return false
			}
		}
		return true
	case *SwitchStmt:
		def := false
		for _, cl := range s.Clauses {
			def = def || cl.Default
			if cl.Body == nil || !returnsOnEveryPath(cl.Body.Body) {
				return false
			}
		}
		return def
	case *TryStmt:
		if s.Finally != nil && returnsOnEveryPath(s.Finally.Body) {
			return true
		}
		if s.Body == nil || !returnsOnEveryPath(s.Body.Body) {
			return false
		}
		for _, cc := range s.Catches {
			if cc.Body == nil || !returnsOnEveryPath(cc.Body.Body) {
				return false
			}
		}
		return true
	case *DoStmt:
		return s.Body != nil && returnsOnEveryPath(s.Body.Body)
	case *ForStmt:
		return s.Cond == nil
	case *BadStmt:
		return true // already an error; do not add another
	}
	return false
}

// variablesNotLocal reports a variable a method reads before assigning it
// on every path to the read (PowerShell: VariableNotLocal). A method sees
// only its own variables, its parameters, $this and a few automatic
// variables; others need a scope ($script:x, $global:x). The flow follows
// PowerShell's VariableAnalysis: a loop, a switch or a try block may run
// no statement at all, a catch starts from what was assigned before the
// try. Where this check is unsure it counts a variable as assigned: it
// may miss a read PowerShell rejects, never the other way round.
func (c *checker) variablesNotLocal(m *MethodMember, stmts []Stmt) {
	in := varSet{}
	for _, prm := range m.Params {
		if prm.Name != nil {
			in[localName(prm.Name.Name)] = true
		}
	}
	f := localFlow{c: c, method: m.Name}
	f.list(stmts, in)
}

// varSet holds the variables assigned on every path so far (local names).
type varSet map[string]bool

func (s varSet) with(more varSet) varSet {
	out := make(varSet, len(s)+len(more))
	for k := range s {
		out[k] = true
	}
	for k := range more {
		out[k] = true
	}
	return out
}

// meet keeps the variables assigned on every path that reaches a join;
// paths that ended (return, throw, break) are left out.
func meet(outs []varSet) (varSet, bool) {
	var res varSet
	for _, o := range outs {
		if o == nil {
			continue
		}
		if res == nil {
			res = o.with(nil)
			continue
		}
		for k := range res {
			if !o[k] {
				delete(res, k)
			}
		}
	}
	return res, res == nil
}

// localFlow walks a method's statements in order with the set of
// variables assigned so far.
type localFlow struct {
	c      *checker
	method string
}

// list walks statements; ended reports that every path left the list
// (the rest is unreachable and not checked).
func (f *localFlow) list(stmts []Stmt, in varSet) (out varSet, ended bool) {
	out = in
	for _, s := range stmts {
		out, ended = f.stmt(s, out)
		if ended {
			return nil, true
		}
	}
	return out, false
}

func (f *localFlow) block(b *StmtBlock, in varSet) (varSet, bool) {
	if b == nil {
		return in, false
	}
	return f.list(b.Body, in)
}

// stmt walks one statement; a nil set means every path ended.
func (f *localFlow) stmt(s Stmt, in varSet) (varSet, bool) {
	switch s := s.(type) {
	case *IfStmt:
		var outs []varSet
		cur := in
		for _, cl := range s.Clauses {
			cur = f.expr(cl.Cond, cur)
			o, _ := f.block(cl.Body, cur)
			outs = append(outs, o)
		}
		if s.Else != nil {
			o, _ := f.block(s.Else, cur)
			outs = append(outs, o)
		} else {
			outs = append(outs, cur)
		}
		return meet(outs)
	case *WhileStmt:
		cur := f.expr(s.Cond, in)
		f.block(s.Body, cur)
		return cur, false
	case *ForStmt:
		cur := f.expr(s.Init, in)
		cur = f.expr(s.Cond, cur)
		body, _ := f.block(s.Body, cur)
		f.expr(s.Iter, orSet(body, cur))
		if s.Cond == nil {
			// for (;;) ends only through break: count what it assigns.
			return cur.with(assignedIn(s.Body)), false
		}
		return cur, false
	case *ForeachStmt:
		cur := f.expr(s.In, in)
		body := cur.with(nil)
		if s.Var != nil {
			body[localName(s.Var.Name)] = true
		}
		f.block(s.Body, body)
		// PowerShell counts the loop variable as assigned after the loop
		// too (its own tests return it after a break).
		return body, false
	case *DoStmt:
		body, _ := f.block(s.Body, in)
		f.expr(s.Cond, orSet(body, in))
		// The body runs at least once; count everything it assigns.
		return in.with(assignedIn(s.Body)).with(assignedIn(s.Cond)), false
	case *SwitchStmt:
		cur := in
		if s.File != nil {
			cur = f.expr(s.File, cur)
		}
		cur = f.expr(s.Cond, cur)
		for _, cl := range s.Clauses {
			if cl.Pattern != nil {
				f.expr(cl.Pattern, cur)
			}
			f.block(cl.Body, cur)
		}
		return cur, false // the input may be empty: no clause runs
	case *TryStmt:
		body, _ := f.block(s.Body, in)
		outs := []varSet{body}
		catchAll := false
		for _, cc := range s.Catches {
			catchAll = catchAll || len(cc.Types) == 0
			o, _ := f.block(cc.Body, in)
			outs = append(outs, o)
		}
		if s.Finally == nil {
			return meet(outs)
		}
		if !catchAll {
			outs = append(outs, in) // the first statement may throw past the catches
		}
		start, _ := meet(outs)
		if start == nil {
			start = in
		}
		return f.block(s.Finally, start)
	case *FlowStmt:
		if s.Value != nil {
			f.expr(s.Value, in)
		}
		return nil, true
	case *TrapStmt, *FunctionDef:
		return in, false
	case *BadStmt:
		return nil, true // already an error: check no further
	}
	return f.expr(s, in), false
}

// expr checks the reads in n (a statement or expression without control
// flow of its own that matters here) and returns in plus what n assigns.
// Reads are checked against everything n assigns too, in any order.
func (f *localFlow) expr(n Node, in varSet) varSet {
	if isNil(n) {
		return in
	}
	out := in.with(assignedIn(n))
	inMethodScope(n, func(n Node) {
		v, ok := n.(*Variable)
		if !ok || strings.Contains(v.Name, ":") || out[localName(v.Name)] || methodVisible(v.Name) {
			return // a scope such as $script:x or $env:x is no local
		}
		f.c.p.errAt(v.Pos(), "VariableNotLocal", "method %s reads `$%s` before giving it a value on every path (assign it first, or use a scope such as `$script:%s`)", f.method, v.Name, v.Name)
	})
	return out
}

// orSet is a, or b when a is nil (every path through a ended).
func orSet(a, b varSet) varSet {
	if a == nil {
		return b
	}
	return a
}

// assignedIn collects every variable n assigns anywhere, nested script
// blocks included (counting too much keeps the check silent, never wrong),
// but not inside a class defined there: its methods assign their own
// locals, and walking them from every enclosing statement made classes
// nested by recovery quadratic.
func assignedIn(n Node) varSet {
	out := varSet{}
	if isNil(n) {
		return out
	}
	Inspect(n, func(n Node) bool {
		switch n := n.(type) {
		case *ClassDef:
			return false
		case *AssignStmt:
			markAssigned(n.Target, out)
		case *ForeachStmt:
			markAssigned(n.Var, out)
		case *UnaryExpr:
			if n.Op == "++" || n.Op == "--" {
				markAssigned(n.X, out)
			}
		case *ConvertExpr:
			if isTypeName(n.Type, "ref") {
				markAssigned(n.X, out)
			}
		}
		return true
	})
	return out
}

// markAssigned records the variables an assignment target assigns.
func markAssigned(x Expr, assigned varSet) {
	switch x := x.(type) {
	case *Variable:
		assigned[localName(x.Name)] = true
	case *ConvertExpr:
		markAssigned(x.X, assigned)
	case *AttributedExpr:
		markAssigned(x.X, assigned)
	case *ParenExpr:
		if pl, ok := x.X.(*Pipeline); ok && len(pl.Elements) == 1 {
			if ce, ok := pl.Elements[0].(*CommandExpr); ok {
				markAssigned(ce.X, assigned)
			}
		}
	case *ArrayLit:
		for _, e := range x.Elems {
			markAssigned(e, assigned)
		}
	}
}

// localName is a variable's name as the method's own variable: lower
// case, without local: or private: ($local:to and $to are one variable).
func localName(name string) string {
	n := strings.ToLower(name)
	for _, scope := range []string{"local:", "private:"} {
		n = strings.TrimPrefix(n, scope)
	}
	return n
}

// methodVisible reports a variable a class method may read without
// assigning it: PowerShell's automatic variables, $true, $false, $null
// and the few session variables it lets methods see
// (SpecialVariables.IsImplicitVariableAccessibleInClassMethod). Preference
// variables and the enumerators $foreach and $switch are let through too:
// when unsure, this check stays silent.
func methodVisible(name string) bool {
	n := strings.ToLower(name)
	switch n {
	case "_", "psitem", "args", "this", "input", "pscmdlet", "psboundparameters", "myinvocation",
		"psscriptroot", "pscommandpath", "true", "false", "null", "?", "^", "$",
		"lastexitcode", "error", "stacktrace", "outputencoding", "nestedpromptlevel", "pwd", "matches",
		"psapplicationoutputencoding", "foreach", "switch":
		return true
	}
	return strings.HasSuffix(n, "preference")
}

// dscResource checks what a [DscResource()] class must define: Get
// returning the class, Set returning nothing, Test returning [bool], all
// without parameters, a key property ([DscProperty(Key)]) and, when it has
// constructors with parameters, one without. A class with a base class
// is left alone: the base (perhaps in another file) may define them.
func (c *checker) dscResource(cd *ClassDef, attr *Attribute) {
	if len(cd.Bases) > 0 {
		return
	}
	var hasGet, hasSet, hasTest, hasKey, defaultCtor, otherCtor bool
	for _, m := range cd.Members {
		switch m := m.(type) {
		case *MethodMember:
			ret := returnType(m.Attributes)
			void := ret == nil || isTypeName(ret.Type, "void")
			switch {
			case strings.EqualFold(m.Name, cd.Name) && !slices.Contains(m.Modifiers, "static"):
				if len(m.Params) == 0 {
					defaultCtor = true
				} else {
					otherCtor = true
				}
			case strings.EqualFold(m.Name, "Get") && len(m.Params) == 0 && !hasGet:
				hasGet = true
				if ret == nil || !strings.EqualFold(ret.Type.Name, cd.Name) || len(ret.Type.GenericArgs) > 0 {
					c.p.errAt(m.Pos(), "DscResourceInvalidGetMethod", "DSC resource %s: Get() must return [%s]", cd.Name, cd.Name)
				}
			case strings.EqualFold(m.Name, "Set") && len(m.Params) == 0 && void:
				hasSet = true
			case strings.EqualFold(m.Name, "Test") && len(m.Params) == 0 && ret != nil && isTypeName(ret.Type, "bool"):
				hasTest = true
			}
		case *PropertyMember:
			for _, a := range m.Attributes {
				if !attributeIs(a, "dscproperty") {
					continue
				}
				for _, na := range a.Named {
					if strings.EqualFold(na.Name, "key") && (na.Value == nil || isTrueConstant(na.Value)) {
						hasKey = true
					}
				}
			}
		}
	}
	missing := func(ok bool, id, what string) {
		if !ok {
			c.p.errAt(attr.Pos(), id, "DSC resource %s has no %s", cd.Name, what)
		}
	}
	missing(hasSet, "DscResourceMissingSetMethod", "Set() method returning nothing ([void])")
	missing(hasGet, "DscResourceMissingGetMethod", "Get() method")
	missing(hasTest, "DscResourceMissingTestMethod", "[bool] Test() method")
	missing(defaultCtor || !otherCtor, "DscResourceMissingDefaultConstructor", "constructor without parameters")
	missing(hasKey, "DscResourceMissingKeyProperty", "key property ([DscProperty(Key)])")
}

// isTrueConstant reports $true or a non-zero number (Key = $true, Key = 1).
func isTrueConstant(x Expr) bool {
	switch x := x.(type) {
	case *Variable:
		return strings.EqualFold(x.Name, "true")
	case *NumberLit:
		return strings.Trim(x.Text, "0") != ""
	}
	return false
}

// Attribute targets, as .NET's AttributeTargets names them.
const (
	targetClass = 1 << iota
	targetEnum
	targetMethod
	targetConstructor
	targetProperty // a property or field
	targetParameter
)

// attributeTargets lists where well-known attributes may be placed (their
// .NET AttributeUsage), by lower-case name without namespace or
// "Attribute". PowerShell looks every attribute up by reflection; this
// check knows only these and lets any other attribute through.
var attributeTargets = map[string]int{
	"flags":         targetEnum,
	"parameter":     targetProperty,
	"alias":         targetClass | targetProperty, // PowerShell 7 allows a class too
	"cmdletbinding": targetClass,
	"cmdlet":        targetClass,
	"dscresource":   targetClass,
	"dscproperty":   targetProperty,
	"allownull":     targetProperty, "allowemptystring": targetProperty, "allowemptycollection": targetProperty,
	"validatecount": targetProperty, "validatelength": targetProperty, "validatenotnull": targetProperty,
	"validatenotnullorempty": targetProperty, "validatenotnullorwhitespace": targetProperty,
	"validatepattern": targetProperty, "validaterange": targetProperty, "validatescript": targetProperty,
	"validateset": targetProperty, "validatedrive": targetProperty, "validateuserdrive": targetProperty,
	"validatetrusteddata": targetProperty,
}

// attributes checks the attributes of a class, enum, member or method
// parameter: each must be allowed there, and its arguments must be
// constants (PowerShell compiles them into the type).
func (c *checker) attributes(attrs []*Attribute, target int) {
	for _, a := range attrs {
		if a.IsTypeConstraint || a.Type == nil {
			continue
		}
		if t, ok := attributeTargets[attributeKey(a.Type.Name)]; ok && t&target == 0 {
			c.p.errAt(a.Pos(), "AttributeNotAllowedOnDeclaration", "attribute [%s] is not allowed here", a.Type.Name)
		}
		if len(a.Named) > 0 {
			// Checked once the whole file is walked: a class of the same
			// name defined further down would be the attribute's type.
			c.namedArgAttrs = append(c.namedArgAttrs, a)
		}
		args := append([]Expr(nil), a.Positional...)
		for _, na := range a.Named {
			if na.Value != nil {
				args = append(args, na.Value)
			}
		}
		for _, x := range args {
			if !attributeConstant(x) {
				c.p.errAt(x.Pos(), "ParameterAttributeArgumentNeedsToBeConstant", "an attribute argument in a class must be a constant")
			}
		}
	}
}

// attributeConstant reports whether x may be an attribute argument in a
// class. It rejects only what is surely not a constant (a variable other
// than $true/$false/$null, a script block, a subexpression, a command):
// anything else is let through.
func attributeConstant(x Expr) bool {
	switch x := x.(type) {
	case *Variable:
		switch strings.ToLower(x.Name) {
		case "true", "false", "null":
			return true
		}
		return false
	case *ScriptBlockExpr, *SubExpr:
		return false
	case *StringLit:
		return len(x.Parts) == 0
	case *ArrayLit:
		for _, e := range x.Elems {
			if !attributeConstant(e) {
				return false
			}
		}
	}
	return true
}

// attributeKey is an attribute's name in lower case without its namespace
// and "Attribute" suffix: [System.FlagsAttribute()] is "flags".
func attributeKey(name string) string {
	n := strings.ToLower(name)
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		n = n[i+1:]
	}
	return strings.TrimSuffix(n, "attribute")
}

// attributeIs reports an attribute (not a type constraint) named key.
func attributeIs(a *Attribute, key string) bool {
	return !a.IsTypeConstraint && a.Type != nil && attributeKey(a.Type.Name) == key
}

// returnType is a method's return type: its type constraint, if any.
func returnType(attrs []*Attribute) *Attribute {
	for _, a := range attrs {
		if a.IsTypeConstraint && a.Type != nil {
			return a
		}
	}
	return nil
}

// isTypeName reports a type named as PowerShell's short name (void, bool,
// ref) or its .NET name, without generic arguments or array brackets.
func isTypeName(t *TypeName, short string) bool {
	if t == nil || t.Array || len(t.GenericArgs) > 0 {
		return false
	}
	n := strings.ToLower(t.Name)
	switch short {
	case "void":
		return n == "void" || n == "system.void"
	case "bool":
		return n == "bool" || n == "boolean" || n == "system.boolean"
	case "ref":
		return n == "ref" || n == "system.management.automation.psreference"
	}
	return n == short
}
