package mailfacts

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// This file names where a credential or password comes from (Cred*
// sources): the credential side of the mail facts, and of every view that
// says how a send or sign-in authenticates.

// traceDepth bounds how far the credential tracer follows values through
// variables, parentheses and commands (the value tracers' bound).
const traceDepth = 20

// CredentialSource says where a credential (or password) expression comes from.
func (m model) CredentialSource(x parser.Expr) string {
	if x == nil {
		return CredUnknown
	}
	if _, ok := m.SecretOf(x); ok {
		return CredLiteral
	}
	if m.ClixmlOrigin(x) != nil {
		return CredClixml
	}
	return m.credOfExpr(x, 0)
}

// propertyValue returns the value of the hashtable entry whose key is key,
// in the -Property table or [type]@{…} of an object construction.
func (m model) propertyValue(key parser.Node) parser.Stmt {
	for _, con := range m.AllConstructions() {
		if h, ok := con.Props.(*parser.HashLit); ok {
			for _, e := range h.Entries {
				if parser.Node(e.Key) == key {
					return e.Value
				}
			}
		}
	}
	return nil
}

// CredentialSourceStmt is CredentialSource for an assigned statement, which may be
// a command (New-Object …) rather than an expression.
func (m model) CredentialSourceStmt(v parser.Stmt) string {
	if v == nil {
		return CredUnknown
	}
	if _, ok := m.SecretOfStmt(v); ok {
		return CredLiteral
	}
	if x := semantic.StmtExpr(v); x != nil {
		return m.CredentialSource(x)
	}
	return m.credOfStmt(v, 0)
}

// automaticVars are set by PowerShell itself: reading one without setting
// it is not a value from outside the script.
var automaticVars = map[string]bool{"_": true, "psitem": true, "args": true, "input": true, "this": true,
	"matches": true, "foreach": true, "switch": true, "null": true, "true": true, "false": true}

// paramCredSource names a parameter's source: the script's own, or that of a
// function (its callers supply the value).
func (m model) paramCredSource(p *parser.Param) string {
	for _, fn := range m.Functions {
		if p.Pos() >= fn.Pos() && p.End() <= fn.End() {
			return CredFuncParameter
		}
	}
	for _, mm := range m.Methods {
		if p.Pos() >= mm.Pos() && p.End() <= mm.End() {
			return CredFuncParameter
		}
	}
	return CredParameter
}

func (m model) credOfExpr(x parser.Expr, depth int) string {
	if x == nil || depth > traceDepth {
		return CredUnknown
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return m.credOfStmt(x.X, depth+1)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return m.credOfStmt(x.Body[0], depth+1)
		}
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			return m.credOfStmt(x.Body[0], depth+1)
		}
	case *parser.ConvertExpr:
		return m.credOfExpr(x.X, depth+1)
	case *parser.Variable:
		if strings.HasPrefix(strings.ToLower(x.Name), "env:") {
			return CredEnv
		}
		switch d := m.VarDef(x).(type) {
		case *parser.AssignStmt:
			if d.Op != "=" {
				return CredUnknown
			}
			if _, ok := m.SecretOfStmt(d.Value); ok {
				return CredLiteral
			}
			return m.credOfStmt(d.Value, depth+1)
		case *parser.Param:
			if d.Default != nil {
				if r := m.credOfExpr(d.Default, depth+1); r != CredUnknown {
					return r
				}
			}
			return m.paramCredSource(d)
		case nil:
			name := strings.ToLower(x.ShortName())
			if !x.Splat && !automaticVars[name] && !strings.Contains(name, ":") {
				return CredOutside
			}
		}
	case *parser.MemberExpr:
		if !x.Static {
			return m.credOfExpr(x.X, depth+1)
		}
	case *parser.InvokeExpr:
		name := strings.ToLower(x.Member.MemberName())
		switch {
		case name == "promptforcredential":
			return CredPrompt
		case name == "getnetworkcredential" && !x.Member.Static:
			return m.credOfExpr(x.Member.X, depth+1)
		}
		if con, ok := m.ConstructionAt(x); ok {
			return m.credOfConstruction(con, depth)
		}
	}
	return CredUnknown
}

func (m model) credOfStmt(s parser.Stmt, depth int) string {
	pl, ok := s.(*parser.Pipeline)
	if !ok || len(pl.Elements) == 0 {
		return CredUnknown
	}
	switch e := pl.Elements[len(pl.Elements)-1].(type) {
	case *parser.CommandExpr:
		return m.credOfExpr(e.X, depth+1)
	case *parser.Command:
		return m.credOfCommand(e, depth+1)
	}
	return CredUnknown
}

func (m model) credOfCommand(c *parser.Command, depth int) string {
	r := m.Resolve(c)
	if depth > traceDepth {
		return CredUnknown
	}
	if !r.Builtin && r.Known {
		return CredFunction
	}
	switch r.Name {
	case "get-credential":
		return CredPrompt
	case "read-host":
		return CredReadHost
	case "get-automationpscredential":
		return CredAutomation
	case "import-clixml":
		return CredClixml
	case "get-secret", "get-azkeyvaultsecret":
		return CredVault
	case "get-storedcredential":
		return CredManager
	case "get-content":
		return CredPlainFile
	case "convertto-securestring":
		if hasParam(c, "asplaintext") {
			if x := argAfter(c, "string", 0); x != nil {
				return m.CredentialSource(x)
			}
			if prev := m.PipelinePrev(c); prev != nil {
				return m.credOfElement(prev, depth+1)
			}
			return CredUnknown
		}
		// An encrypted standard string: a DPAPI/key-encrypted file or value.
		if x := argAfter(c, "string", 0); x != nil {
			if r := m.credOfExpr(x, depth+1); r != CredUnknown && r != CredPlainFile {
				return r
			}
		} else if prev := m.PipelinePrev(c); prev != nil {
			if r := m.credOfElement(prev, depth+1); r == CredVault || r == CredAutomation || r == CredParameter {
				return r
			}
		}
		return CredEncrypted
	case "new-object":
		if con, ok := m.ConstructionAt(c); ok {
			return m.credOfConstruction(con, depth)
		}
		return CredUnknown
	}
	if r.Known && !strings.HasPrefix(r.Name, "convert") && !strings.HasPrefix(r.Name, "new-") {
		return CredFunction // a module's command (Request-Credentials) returns it
	}
	return CredUnknown
}

func (m model) credOfElement(e parser.PipelineElement, depth int) string {
	switch e := e.(type) {
	case *parser.Command:
		return m.credOfCommand(e, depth)
	case *parser.CommandExpr:
		if _, ok := m.SecretOf(e.X); ok {
			return CredLiteral
		}
		return m.credOfExpr(e.X, depth)
	}
	return CredUnknown
}

func (m model) credOfConstruction(con semantic.Construction, depth int) string {
	if strings.Contains(strings.ToLower(con.TypeName), "oauth") {
		return CredOAuth
	}
	if m.CredentialType(con.TypeName) == "" {
		return CredUnknown
	}
	pw := m.CredentialPassword(con)
	if pw == nil {
		return m.passwordWrites(depth)
	}
	if _, ok := m.SecretOf(pw); ok {
		return CredLiteral
	}
	if m.ClixmlOrigin(pw) != nil {
		return CredClixml
	}
	return m.credOfExpr(pw, depth+1)
}

// passwordWrites names the source of a credential built empty and filled
// afterwards ($nc = New-Object NetworkCredential; $nc.Password = $env:X):
// the first known source among the script's writes to a Password property.
func (m model) passwordWrites(depth int) string {
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || a.Op != "=" {
			continue
		}
		switch strings.ToLower(me.MemberName()) {
		case "password", "securepassword":
			if src := m.CredentialSourceStmt(a.Value); src != CredUnknown {
				return src
			}
		}
	}
	return CredUnknown
}
