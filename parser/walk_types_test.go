package parser

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"reflect"
	"testing"
)

// nodeTypes lists every node type of ast.go; TestEveryNodeWalked fails when
// ast.go declares one that is missing here, so a new node type cannot skip
// the test below.
var nodeTypes = []Node{
	&File{}, &Comment{}, &Requires{}, &ScriptBlock{}, &NamedBlock{}, &ParamBlock{}, &Param{},
	&Attribute{}, &NamedAttributeArg{}, &TypeName{}, &Pipeline{}, &Command{}, &CommandExpr{},
	&Parameter{}, &Argument{}, &Redirection{}, &AssignStmt{}, &IfStmt{}, &IfClause{}, &StmtBlock{},
	&SwitchStmt{}, &SwitchClause{}, &ForeachStmt{}, &ForStmt{}, &WhileStmt{}, &DoStmt{}, &TryStmt{},
	&CatchClause{}, &TrapStmt{}, &FlowStmt{}, &FunctionDef{}, &ClassDef{}, &PropertyMember{},
	&MethodMember{}, &EnumDef{}, &EnumMember{}, &UsingStmt{}, &DataStmt{}, &ConfigurationDef{},
	&BlockStmt{}, &BadStmt{}, &Variable{}, &StringLit{}, &NumberLit{}, &Bareword{}, &TypeLit{},
	&ConvertExpr{}, &BinaryExpr{}, &UnaryExpr{}, &TernaryExpr{}, &ArrayLit{}, &ArrayExpr{},
	&SubExpr{}, &ParenExpr{}, &HashLit{}, &HashEntry{}, &ScriptBlockExpr{}, &MemberExpr{},
	&InvokeExpr{}, &IndexExpr{}, &AttributedExpr{}, &BadExpr{},
}

// notWalked are the node-valued fields the walk leaves out on purpose.
var notWalked = map[string]bool{
	"File.Comments": true, // comments and #Requires lines are file metadata,
	"File.Requires": true, // read from File, not found by walking
	// An index of using statements that Body holds too (walked there).
	"ScriptBlock.Using": true,
}

// TestEveryNodeWalked proves by reflection that the walker visits every
// node-valued field of every node type: each field in turn gets a child
// and Children must return it. The walker's default case panics, so a type
// without a case fails here too.
func TestEveryNodeWalked(t *testing.T) {
	declared := astNodeTypes(t)
	listed := map[string]bool{}
	for _, n := range nodeTypes {
		listed[reflect.TypeOf(n).Elem().Name()] = true
	}
	for name := range declared {
		if !listed[name] {
			t.Errorf("ast.go declares node type %s, missing from nodeTypes", name)
		}
	}
	for _, n := range nodeTypes {
		typ := reflect.TypeOf(n).Elem()
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if f.Anonymous || !f.IsExported() || notWalked[typ.Name()+"."+f.Name] {
				continue
			}
			parent := reflect.New(typ)
			child, ok := childFor(f.Type)
			if !ok {
				continue // not a node-valued field
			}
			fv := parent.Elem().Field(i)
			if f.Type.Kind() == reflect.Slice {
				fv.Set(reflect.Append(reflect.MakeSlice(f.Type, 0, 1), reflect.ValueOf(child)))
			} else {
				fv.Set(reflect.ValueOf(child))
			}
			found := false
			for _, c := range Children(parent.Interface().(Node)) {
				found = found || c == child
			}
			if !found {
				t.Errorf("%s.%s (%s) is not walked", typ.Name(), f.Name, f.Type)
			}
		}
	}
}

// childFor returns a fresh node that a field of type ft can hold.
func childFor(ft reflect.Type) (Node, bool) {
	if ft.Kind() == reflect.Slice {
		ft = ft.Elem()
	}
	nodeType := reflect.TypeOf((*Node)(nil)).Elem()
	switch {
	case ft.Kind() == reflect.Pointer && ft.Implements(nodeType):
		return reflect.New(ft.Elem()).Interface().(Node), true
	case ft.Kind() == reflect.Interface && ft.Implements(nodeType):
		// The first listed node type that the interface admits.
		for _, n := range nodeTypes {
			if reflect.TypeOf(n).Implements(ft) {
				return reflect.New(reflect.TypeOf(n).Elem()).Interface().(Node), true
			}
		}
	}
	return nil, false
}

// astNodeTypes reads ast.go and returns the struct types that embed Span.
func astNodeTypes(t *testing.T) map[string]bool {
	f, err := goparser.ParseFile(token.NewFileSet(), "ast.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, sp := range gd.Specs {
			ts, ok := sp.(*ast.TypeSpec)
			if !ok {
				continue
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fld := range st.Fields.List {
				if id, ok := fld.Type.(*ast.Ident); ok && len(fld.Names) == 0 && id.Name == "Span" {
					out[ts.Name.Name] = true
				}
			}
		}
	}
	if len(out) < 50 {
		t.Fatalf("found only %d node types in ast.go", len(out))
	}
	return out
}
