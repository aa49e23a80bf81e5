package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// CDOFieldWrite is an assignment to a CDO.Message configuration field:
// $m.Configuration.Fields.Item('…/cdo/configuration/sendpassword') = v
// (also with .Value and the indexer form).
type CDOFieldWrite struct {
	Assign *parser.AssignStmt
	Field  string // short name, lower case (sendpassword)
	Value  parser.Expr
}

// CDOFieldWrites returns every CDO configuration field write of the file, in source order.
func (m *Model) CDOFieldWrites() []CDOFieldWrite {
	var out []CDOFieldWrite
	for _, a := range m.Assigns {
		target := a.Target
		if me, ok := target.(*parser.MemberExpr); ok && strings.EqualFold(me.MemberName(), "value") {
			target = me.X
		}
		var key parser.Expr
		switch t := target.(type) {
		case *parser.InvokeExpr:
			if strings.EqualFold(t.Member.MemberName(), "item") && len(t.Args) == 1 {
				key = t.Args[0]
			}
		case *parser.IndexExpr:
			key = t.Index
		}
		if key == nil {
			continue
		}
		k, ok := m.constString(key, a.Pos())
		if !ok || !strings.Contains(strings.ToLower(k), "schemas.microsoft.com/cdo/configuration/") {
			continue
		}
		out = append(out, CDOFieldWrite{Assign: a, Field: strings.ToLower(k[strings.LastIndexByte(k, '/')+1:]), Value: stmtExpr(a.Value)})
	}
	return out
}

// KeyLiteral traces a -Key value to the literal it is written as: a range
// (1..16), an array of number literals, a [byte[]] cast of them, the bytes
// of a string literal ([Text.Encoding]::UTF8.GetBytes('…'),
// [Convert]::FromBase64String('…')), through variables and parameter
// defaults. It returns the literal node, or nil.
func (m *Model) KeyLiteral(x parser.Expr) parser.Node {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	return m.keyLiteral(x, 0)
}

func (m *Model) keyLiteral(x parser.Expr, depth int) parser.Node {
	if x == nil || depth > 20 {
		return nil
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return m.keyLiteral(e, depth+1)
		}
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			if e := stmtExpr(x.Body[0]); e != nil {
				if m.keyLiteral(e, depth+1) != nil {
					return x
				}
			}
		}
	case *parser.ArrayLit:
		for _, e := range x.Elems {
			if _, ok := e.(*parser.NumberLit); !ok {
				return nil
			}
		}
		if len(x.Elems) > 0 {
			return x
		}
	case *parser.BinaryExpr:
		if x.Op == ".." {
			_, a := x.X.(*parser.NumberLit)
			_, b := x.Y.(*parser.NumberLit)
			if a && b {
				return x
			}
		}
	case *parser.ConvertExpr:
		if m.keyLiteral(x.X, depth+1) != nil {
			return x
		}
	case *parser.Variable:
		d, ok := m.defOutside(x.ShortName(), x.Pos())
		switch {
		case !ok:
		case d.param != nil:
			return m.keyLiteral(d.param.Default, depth+1)
		case d.assign != nil && d.assign.Op == "=":
			if e := stmtExpr(d.assign.Value); e != nil {
				return m.keyLiteral(e, depth+1)
			}
		}
	case *parser.InvokeExpr:
		name := strings.ToLower(x.Member.MemberName())
		if (name == "getbytes" || name == "frombase64string") && len(x.Args) == 1 {
			if o, ok := m.SecretOf(x.Args[0]); ok && o.Kind == SecretPlain && o.Text != "" {
				return o.Literal
			}
		}
	}
	return nil
}

// IsCredentialSource reports an expression whose value is a credential
// object the script obtains or builds: Get-Credential,
// $Host.UI.PromptForCredential(), Get-AutomationPSCredential, a
// PSCredential construction, followed through variables.
func (m *Model) IsCredentialSource(x parser.Expr) bool {
	return m.credSource(x, 0)
}

func (m *Model) credSource(x parser.Expr, depth int) bool {
	if x == nil || depth > 20 {
		return false
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return m.credSourceStmt(x.X, depth+1)
	case *parser.SubExpr:
		return len(x.Body) == 1 && m.credSourceStmt(x.Body[0], depth+1)
	case *parser.Variable:
		d, ok := m.defOutside(x.ShortName(), x.Pos())
		if ok && d.assign != nil && d.assign.Op == "=" {
			return m.credSourceStmt(d.assign.Value, depth+1)
		}
		if ok && d.param != nil {
			for _, a := range d.param.Attributes {
				if a.IsTypeConstraint && m.CredentialType(a.Type.Name) == "PSCredential" {
					return true
				}
			}
		}
	case *parser.InvokeExpr:
		if strings.EqualFold(x.Member.MemberName(), "promptforcredential") {
			return true
		}
		if c, ok := m.ConstructionAt(x); ok {
			return m.CredentialType(c.TypeName) == "PSCredential"
		}
	case *parser.ConvertExpr:
		return m.CredentialType(x.Type.Name) == "PSCredential" || m.credSource(x.X, depth+1)
	}
	return false
}

func (m *Model) credSourceStmt(s parser.Stmt, depth int) bool {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil || len(pl.Elements) == 0 {
		return false
	}
	switch e := pl.Elements[len(pl.Elements)-1].(type) {
	case *parser.CommandExpr:
		return len(pl.Elements) == 1 && m.credSource(e.X, depth)
	case *parser.Command:
		return m.credSourceCommand(e)
	}
	return false
}

// IsCredentialCommand reports a command whose output is a credential
// object: Get-Credential, Get-AutomationPSCredential, New-Object PSCredential.
func (m *Model) IsCredentialCommand(c *parser.Command) bool { return m.credSourceCommand(c) }

func (m *Model) credSourceCommand(c *parser.Command) bool {
	r := m.Resolve(c)
	if !r.Builtin {
		return false
	}
	switch r.Name {
	case "get-credential", "get-automationpscredential":
		return true
	case "new-object":
		if con, ok := m.ConstructionAt(c); ok {
			return m.CredentialType(con.TypeName) == "PSCredential"
		}
	}
	return false
}

// ClixmlOrigin traces an expression used as a credential back to the
// Import-Clixml command that produced it (through variables, parentheses,
// member access such as $c.Credential and GetNetworkCredential()), or nil.
func (m *Model) ClixmlOrigin(x parser.Expr) *parser.Command {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	return m.clixml(x, 0, false)
}

// StoredSecretOrigin traces an expression used as a credential or password
// back to the command that read it from a protected file: Import-Clixml,
// or ConvertTo-SecureString without -Key, -SecureKey or -AsPlainText
// decrypting text read from a file (Get-Content, [IO.File]::ReadAllText),
// which is a DPAPI password file written by ConvertFrom-SecureString.
// Besides what ClixmlOrigin follows, it follows the password argument of
// a credential construction (New-Object PSCredential($u, $pw), [pscredential]::new).
func (m *Model) StoredSecretOrigin(x parser.Expr) *parser.Command {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	return m.clixml(x, 0, true)
}

// IsDPAPIRead reports a ConvertTo-SecureString command that decrypts a
// DPAPI password file (see StoredSecretOrigin).
func (m *Model) IsDPAPIRead(c *parser.Command) bool {
	if !m.IsCall(c, "convertto-securestring") {
		return false
	}
	b := m.Bind(c, SecretCmdlet("convertto-securestring"))
	if len(b.Ambiguous) > 0 || b.UnknownSplat || b.Get("Key") != nil || b.Get("SecureKey") != nil || b.Get("AsPlainText") != nil {
		return false
	}
	if a := b.Get("String"); a != nil {
		return a.Expr != nil && m.fileText(a.Expr, 0)
	}
	switch prev := m.PipelinePrev(c).(type) {
	case *parser.Command:
		return m.fileReadCommand(prev)
	case *parser.CommandExpr:
		return m.fileText(prev.X, 0)
	}
	return false
}

// fileText reports an expression whose value is text read from a file.
func (m *Model) fileText(x parser.Expr, depth int) bool {
	if x == nil || depth > 20 {
		return false
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return m.fileTextStmt(x.X, depth+1)
	case *parser.SubExpr:
		return len(x.Body) == 1 && m.fileTextStmt(x.Body[0], depth+1)
	case *parser.Variable:
		if x.Splat {
			return false
		}
		d, ok := m.defOutside(x.ShortName(), x.Pos())
		return ok && d.assign != nil && d.assign.Op == "=" && m.fileTextStmt(d.assign.Value, depth+1)
	case *parser.InvokeExpr:
		if x.Member.Static {
			if t := TypeOfLiteral(x.Member.X); t != "" && m.TypeIs(t, "system.io.file") {
				switch strings.ToLower(x.Member.MemberName()) {
				case "readalltext", "readalllines":
					return true
				}
			}
		}
	}
	return false
}

func (m *Model) fileTextStmt(s parser.Stmt, depth int) bool {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil || len(pl.Elements) != 1 {
		return false
	}
	switch e := pl.Elements[0].(type) {
	case *parser.CommandExpr:
		return m.fileText(e.X, depth)
	case *parser.Command:
		return m.fileReadCommand(e)
	}
	return false
}

func (m *Model) fileReadCommand(c *parser.Command) bool {
	return m.IsCall(c, "get-content")
}

func (m *Model) clixml(x parser.Expr, depth int, stored bool) *parser.Command {
	if x == nil || depth > 20 {
		return nil
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return m.clixmlStmt(x.X, depth+1, stored)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return m.clixmlStmt(x.Body[0], depth+1, stored)
		}
	case *parser.Variable:
		if x.Splat {
			return nil
		}
		d, ok := m.defOutside(x.ShortName(), x.Pos())
		if ok && d.assign != nil && d.assign.Op == "=" {
			return m.clixmlStmt(d.assign.Value, depth+1, stored)
		}
	case *parser.MemberExpr:
		if !x.Static {
			return m.clixml(x.X, depth+1, stored)
		}
	case *parser.InvokeExpr:
		if !x.Member.Static && strings.EqualFold(x.Member.MemberName(), "getnetworkcredential") {
			return m.clixml(x.Member.X, depth+1, stored)
		}
		if stored {
			return m.credentialConstruction(x, depth, stored)
		}
	case *parser.ConvertExpr:
		if m.CredentialType(x.Type.Name) != "" {
			return m.clixml(x.X, depth+1, stored)
		}
	}
	return nil
}

// credentialConstruction follows a credential built from a stored password.
func (m *Model) credentialConstruction(n parser.Node, depth int, stored bool) *parser.Command {
	if con, ok := m.ConstructionAt(n); ok {
		if pw := m.CredentialPassword(con); pw != nil {
			return m.clixml(pw, depth+1, stored)
		}
	}
	return nil
}

func (m *Model) clixmlStmt(s parser.Stmt, depth int, stored bool) *parser.Command {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil || len(pl.Elements) == 0 {
		return nil
	}
	switch e := pl.Elements[len(pl.Elements)-1].(type) {
	case *parser.CommandExpr:
		if len(pl.Elements) == 1 {
			return m.clixml(e.X, depth, stored)
		}
	case *parser.Command:
		if m.IsCall(e, "import-clixml") {
			return e
		}
		if stored && m.IsDPAPIRead(e) {
			return e
		}
		if stored && len(pl.Elements) == 1 && m.IsCall(e, "new-object") {
			return m.credentialConstruction(e, depth, stored)
		}
	}
	return nil
}

// PipelinePrev returns the pipeline element before c, or nil.
func (m *Model) PipelinePrev(c *parser.Command) parser.PipelineElement {
	pl, ok := m.Parent(c).(*parser.Pipeline)
	if !ok {
		return nil
	}
	for i, e := range pl.Elements {
		if e == parser.PipelineElement(c) && i > 0 {
			return pl.Elements[i-1]
		}
	}
	return nil
}

// Variables returns every variable reference of the file, in source order.
// The slice is the model's: callers must not modify it.
func (m *Model) Variables() []*parser.Variable { return m.variables }
