package rules

import (
	"fmt"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// Shared code of the credential rules AUTH001, AUTH002, AUTH003 and
// AUTH009. A secret is never written into a Diagnostic: messages name the
// variable and the line and show the value masked (semantic.MaskSecret).

const secretFixAdvice = "Rotate it, then use certificate or managed-identity authentication; " +
	"if a secret is unavoidable, read it at run time (Get-Secret, Azure Key Vault, Get-AutomationPSCredential)."

// secretSite is a place where AUTH001 or AUTH002 reports a literal secret.
type secretSite struct {
	Node   parser.Node // where the result is located
	Origin semantic.SecretOrigin
	// Sink names what consumes the secret ("PSCredential password").
	Sink string
	// Construction is the credential construction reported (AUTH002), if the site is one.
	Construction *semantic.Construction
	// Placeholder is set when the literal is a template value
	// (semantic.IsTemplateSecret): the script expects the real secret to be
	// pasted there, so the site is reported as a note.
	Placeholder bool
}

// secretReportable reports an origin that is a real literal secret: not empty,
// not a placeholder.
func secretReportable(o semantic.SecretOrigin) bool {
	return o.Literal != nil && !semantic.IsPlaceholderSecret(o.Text)
}

// secretOrPlaceholder reports an origin that AUTH001/AUTH002 report: a real
// literal secret, or a template placeholder (the catalog's note level);
// placeholder tells which. Empty and 'anonymous' values are neither.
func secretOrPlaceholder(o semantic.SecretOrigin) (ok, placeholder bool) {
	if o.Literal == nil {
		return false, false
	}
	if semantic.IsTemplateSecret(o.Text) {
		return true, true
	}
	return secretReportable(o), false
}

// placeholderMessage is the note for a template value reaching a secret's place.
func placeholderMessage(m *semantic.Model, what string, o semantic.SecretOrigin) string {
	return what + " is the placeholder " + secretLabel(m, o) + ": the script expects a real password to be pasted here, " +
		"so every deployed copy of it holds one in clear text. Do not paste secrets into the script: read it at run time " +
		"(Get-Secret, Azure Key Vault, Get-AutomationPSCredential), or better, use certificate or managed-identity authentication."
}

// secretLine returns the 1-based line of an offset.
func secretLine(m *semantic.Model, off int) int { return m.File.Source.Position(off).Line }

// secretLabel describes a literal secret for messages: where it is written
// and its masked value, never the value itself.
func secretLabel(m *semantic.Model, o semantic.SecretOrigin) string {
	where := fmt.Sprintf("the literal '%s' on line %d", semantic.MaskSecret(o.Text), secretLine(m, o.Literal.Pos()))
	switch {
	case o.Param && o.VarName != "":
		where += " (default value of parameter $" + o.VarName + ")"
	case o.VarName != "":
		where += " (held in $" + o.VarName + ")"
	}
	return where
}

// originRelated turns an origin into related locations: the literal first,
// then each step on the way.
func originRelated(m *semantic.Model, o semantic.SecretOrigin, skip parser.Node) []Related {
	out := []Related{{Pos: o.Literal.Pos(), End: o.Literal.End(),
		Message: "hard-coded secret '" + semantic.MaskSecret(o.Text) + "' written here"}}
	for _, s := range o.Steps {
		if s.Node == skip {
			continue
		}
		out = append(out, Related{Pos: s.Node.Pos(), End: s.Node.End(), Message: s.Message})
	}
	return out
}

// auth001Sites returns the ConvertTo-SecureString -AsPlainText calls whose
// string is literal-derived (catalog AUTH001), in source order.
func auth001Sites(m *semantic.Model) []secretSite {
	var out []secretSite
	for _, c := range m.Commands {
		if !m.IsCall(c, "convertto-securestring") {
			continue
		}
		b := m.Bind(c, semantic.SecretCmdlet("convertto-securestring"))
		if len(b.Ambiguous) > 0 || !semantic.PlainTextOn(b) {
			continue
		}
		var o semantic.SecretOrigin
		var ok bool
		if a := b.Get("String"); a != nil {
			o, ok = m.SecretOf(a.Expr)
		} else if b.Piped {
			o, ok = m.SecretOfCommandInput(c)
		}
		if !ok || o.Kind != semantic.SecretPlain {
			continue
		}
		report, placeholder := secretOrPlaceholder(o)
		if !report {
			continue
		}
		sink := "password"
		if pn := secretArgParam(m, c); pn != "" {
			sink = "value of -" + pn
			if strings.EqualFold(pn, "CertificatePassword") {
				sink = "certificate password"
			}
		}
		out = append(out, secretSite{Node: c, Origin: o, Sink: sink, Placeholder: placeholder})
	}
	return out
}

// secretArgParam returns the parameter name of the command argument that
// contains n (through parentheses), or "".
func secretArgParam(m *semantic.Model, n parser.Node) string {
	cur := n
	for i := 0; i < 8; i++ {
		p := m.Parent(cur)
		switch p := p.(type) {
		case *parser.Pipeline, *parser.ParenExpr, *parser.SubExpr, *parser.CommandExpr:
		case *parser.Parameter:
			return p.Name
		case *parser.Argument:
			cmd, ok := m.Parent(p).(*parser.Command)
			if !ok {
				return ""
			}
			for j, e := range cmd.Elements {
				if e == parser.CommandElement(p) && j > 0 {
					if prm, ok := cmd.Elements[j-1].(*parser.Parameter); ok && prm.Arg == nil {
						return prm.Name
					}
				}
			}
			return ""
		default:
			return ""
		}
		cur = p
	}
	return ""
}

// auth002Sites returns the credential objects and authenticating calls
// built from a literal secret (catalog AUTH002), in source order.
func auth002Sites(m *semantic.Model) []secretSite {
	var out []secretSite
	// 1. Credential constructions: one site each.
	cons := m.AllConstructions()
	for i := range cons {
		con := &cons[i]
		typ := m.CredentialType(con.TypeName)
		pw := m.CredentialPassword(*con)
		if typ == "" || pw == nil {
			continue
		}
		o, ok := m.SecretOf(pw)
		if !ok {
			continue
		}
		report, placeholder := secretOrPlaceholder(o)
		if !report {
			continue
		}
		out = append(out, secretSite{Node: con.Node, Origin: o, Sink: typ + " password", Construction: con, Placeholder: placeholder})
	}
	// 2. NetworkCredential.Password = literal on an object built in the script.
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || me.Static || a.Op != "=" {
			continue
		}
		prop := strings.ToLower(me.MemberName())
		if prop != "password" && prop != "securepassword" {
			continue
		}
		v, ok := me.X.(*parser.Variable)
		if !ok {
			continue
		}
		if !heldCredential(m, v, "NetworkCredential") {
			continue
		}
		o, ok := m.SecretOfStmt(a.Value)
		if !ok || o.Construction != nil {
			continue
		}
		report, placeholder := secretOrPlaceholder(o)
		if !report {
			continue
		}
		out = append(out, secretSite{Node: a, Origin: o, Sink: "NetworkCredential." + me.MemberName(), Placeholder: placeholder})
	}
	// 3. Authenticate(user, password) (MailKit SMTP/IMAP/POP clients and the like).
	for _, inv := range m.Invokes {
		name := strings.ToLower(inv.Member.MemberName())
		if inv.Member.Static || (name != "authenticate" && name != "authenticateasync") || len(inv.Args) < 2 {
			continue
		}
		idx := 1
		if len(inv.Args) >= 3 && mailkitEncodingArg(m, inv.Args[0]) {
			idx = 2
		}
		o, ok := m.SecretOf(inv.Args[idx])
		if !ok || o.Construction != nil || o.Kind != semantic.SecretPlain {
			continue
		}
		report, placeholder := secretOrPlaceholder(o)
		if !report {
			continue
		}
		out = append(out, secretSite{Node: inv, Origin: o, Sink: "password of ." + inv.Member.MemberName() + "()", Placeholder: placeholder})
	}
	// 4. Literal access tokens.
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin {
			continue
		}
		var info *semantic.CmdletInfo
		switch r.Name {
		case "connect-exchangeonline", "connect-ippssession":
			info = semantic.SecretCmdlet("connect-exchangeonline")
		case "connect-mggraph":
			info = semantic.SecretCmdlet("connect-mggraph")
		default:
			continue
		}
		b := m.Bind(c, info)
		a := b.Get("AccessToken")
		if a == nil || a.Expr == nil {
			continue
		}
		o, ok := m.SecretOf(a.Expr)
		if !ok || o.Construction != nil || !secretReportable(o) {
			continue
		}
		out = append(out, secretSite{Node: c, Origin: o, Sink: "access token of " + secretCommandName(r.Name)})
	}
	// 5. CDO sendpassword.
	for _, w := range m.CDOFieldWrites() {
		if w.Field != "sendpassword" || w.Value == nil {
			continue
		}
		o, ok := m.SecretOf(w.Value)
		if !ok || o.Construction != nil || !secretReportable(o) {
			continue
		}
		out = append(out, secretSite{Node: w.Assign, Origin: o, Sink: "CDO sendpassword field"})
	}
	sortSecretSites(out)
	return out
}

func sortSecretSites(s []secretSite) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Node.Pos() < s[j-1].Node.Pos(); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// secretCommandName spells a lower-case cmdlet name as documented.
func secretCommandName(lc string) string {
	switch lc {
	case "connect-exchangeonline":
		return "Connect-ExchangeOnline"
	case "connect-ippssession":
		return "Connect-IPPSSession"
	case "connect-mggraph":
		return "Connect-MgGraph"
	}
	return lc
}

// mailkitEncodingArg reports [Text.Encoding]::UTF8 and similar first arguments
// of MailKit's Authenticate(Encoding, user, password).
func mailkitEncodingArg(m *semantic.Model, x parser.Expr) bool {
	me, ok := x.(*parser.MemberExpr)
	if !ok || !me.Static {
		return false
	}
	return m.TypeIs(semantic.TypeOfLiteral(me.X), "system.text.encoding")
}

// heldCredential reports a variable whose binding at v is a construction of
// the given credential type.
func heldCredential(m *semantic.Model, v *parser.Variable, typ string) bool {
	def := m.VarDef(v)
	a, ok := def.(*parser.AssignStmt)
	if !ok || a.Op != "=" {
		return false
	}
	for _, c := range m.AllConstructions() {
		if c.Assign == a && m.CredentialType(c.TypeName) == typ {
			return true
		}
	}
	return false
}

// secretLiteralKey identifies a literal for de-duplication between rules.
type secretLiteralKey struct{ pos, end int }

func secretKeyOf(n parser.Node) secretLiteralKey { return secretLiteralKey{n.Pos(), n.End()} }

// reportedLiterals returns the literals AUTH001 and AUTH002 report.
func reportedLiterals(m *semantic.Model) map[secretLiteralKey]bool {
	out := map[secretLiteralKey]bool{}
	for _, s := range auth001Sites(m) {
		out[secretKeyOf(s.Origin.Literal)] = true
	}
	for _, s := range auth002Sites(m) {
		out[secretKeyOf(s.Origin.Literal)] = true
	}
	return out
}

// credentialUses describes where a credential object built at a
// construction is used: the command or assignment that receives the
// variable it is stored in, or the command it is built inside.
func credentialUses(m *semantic.Model, con *semantic.Construction, vars []*parser.Variable) []Related {
	var out []Related
	add := func(n parser.Node, msg string) {
		if len(out) < 5 {
			out = append(out, Related{Pos: n.Pos(), End: n.End(), Message: msg})
		}
	}
	if con.Var == nil || con.Assign == nil {
		if n, msg := credentialUseContext(m, con.Node); n != nil {
			add(n, msg)
		}
		return out
	}
	name := con.Var.ShortName()
	for _, v := range vars {
		if v.ShortName() != name || v.Pos() < con.Assign.End() || v.Splat {
			continue
		}
		if m.VarDef(v) != parser.Node(con.Assign) {
			continue
		}
		if n, msg := credentialUseContext(m, v); n != nil {
			add(n, msg)
		}
	}
	return out
}

// credentialUseContext names the place that consumes the value of n.
func credentialUseContext(m *semantic.Model, n parser.Node) (parser.Node, string) {
	cur := n
	for i := 0; i < 10; i++ {
		p := m.Parent(cur)
		switch p := p.(type) {
		case nil:
			return nil, ""
		case *parser.Pipeline, *parser.ParenExpr, *parser.SubExpr, *parser.CommandExpr, *parser.ArrayLit, *parser.ArrayExpr:
		case *parser.MemberExpr:
			if p.X != cur {
				return nil, ""
			}
		case *parser.InvokeExpr:
			if p.Member == cur {
				break
			}
			return p, "credential passed to ." + p.Member.MemberName() + "() here"
		case *parser.Parameter, *parser.Argument:
			cmd, ok := m.Parent(p).(*parser.Command)
			if !ok {
				return nil, ""
			}
			msg := "credential used by " + cmd.NameText()
			if pn := secretArgParam(m, cur); pn != "" {
				msg += " -" + pn
			}
			return cmd, msg + " here"
		case *parser.AssignStmt:
			if p.Target == cur {
				return nil, ""
			}
			target := m.Text(p.Target)
			if _, isVar := p.Target.(*parser.Variable); isVar {
				return nil, ""
			}
			return p, "credential assigned to " + target + " here"
		case *parser.HashEntry:
			return p, "credential stored in a hashtable here"
		default:
			return nil, ""
		}
		cur = p
	}
	return nil, ""
}
