package rules

import (
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH009", Name: "weak-secret-storage", Level: Note,
			Summary:          "A SecureString key is written in the script, or a credential is stored in or read from a Clixml or DPAPI password file.",
			SecuritySeverity: "3.5", CWE: []int{321, 312}, Precision: "high", Tags: []string{"security", "credentials", "cryptography"},
		},
		Run:      runAUTH009,
		Requires: []*semantic.Analyzer{semantic.SecretsAnalyzer},
	})
}

const clixmlNote = "Clixml credential files are protected by DPAPI only on Windows, bound to the user and machine that wrote them; " +
	"on Linux and macOS the SecureString is not encrypted and the file is effectively plain text. " +
	"Prefer certificate or managed-identity authentication, or a SecretManagement / Key Vault secret."

const dpapiNote = "Such files are protected by DPAPI only on Windows, bound to the user and machine that wrote them; " +
	"on Linux and macOS the SecureString is not encrypted and the file is effectively plain text. " +
	"Prefer certificate or managed-identity authentication, or a SecretManagement / Key Vault secret."

// runAUTH009 reports literal -Key / -SecureKey values of
// ConvertTo-SecureString and ConvertFrom-SecureString (warning), credentials
// written with Export-Clixml (note) and Import-Clixml credentials used by a
// credential sink (note, one result per Import-Clixml at its first sink).
func runAUTH009(p *Pass) {
	m := p.Model
	auth009LiteralKeys(p)
	auth009Exports(p)
	auth009Imports(p, m)
}

func auth009LiteralKeys(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin || (r.Name != "convertto-securestring" && r.Name != "convertfrom-securestring") {
			continue
		}
		b := m.Bind(c, semantic.SecretCmdlet(r.Name))
		if len(b.Ambiguous) > 0 {
			continue
		}
		cmd := "ConvertTo-SecureString"
		if r.Name == "convertfrom-securestring" {
			cmd = "ConvertFrom-SecureString"
		}
		var lit parser.Node
		param := ""
		if a := b.Get("Key"); a != nil && a.Expr != nil {
			lit, param = m.KeyLiteral(a.Expr), "-Key"
		}
		if a := b.Get("SecureKey"); lit == nil && a != nil && a.Expr != nil {
			if o, ok := m.SecretOf(a.Expr); ok && o.Kind == semantic.SecretSecure && o.Text != "" {
				lit, param = o.Literal, "-SecureKey"
			}
		}
		if lit == nil {
			continue
		}
		msg := cmd + " " + param + " uses an encryption key written in the script (line " + strconv.Itoa(secretLine(m, lit.Pos())) +
			"): anyone who has the script can decrypt the stored password. Keep keys out of scripts (read them from a protected store at run time), " +
			"rotate the protected password, and prefer certificate or managed-identity authentication."
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Level: Warning, Message: msg,
			Related: []Related{{Pos: lit.Pos(), End: lit.End(), Message: "key written here"}}})
	}
}

// auth009Exports reports Export-Clixml of a credential: piped in or given as -InputObject.
func auth009Exports(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		if !m.IsCall(c, "export-clixml") {
			continue
		}
		b := m.Bind(c, semantic.SecretCmdlet("export-clixml"))
		cred := false
		if a := b.Get("InputObject"); a != nil && a.Expr != nil {
			cred = m.IsCredentialSource(a.Expr)
		} else if prev := m.PipelinePrev(c); prev != nil {
			switch e := prev.(type) {
			case *parser.Command:
				cred = m.IsCredentialCommand(e)
			case *parser.CommandExpr:
				cred = m.IsCredentialSource(e.X)
			}
		}
		if !cred {
			continue
		}
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(),
			Message: "A credential is saved to a Clixml file. " + clixmlNote})
	}
}

// credentialSink is a place that consumes a credential.
type credentialSink struct {
	Node  parser.Node // the command, assignment or call
	Value parser.Expr
	What  string
}

// credentialSinks lists every place where a value is used as a credential:
// a named argument or splatted key whose name ends in Credential, an
// assignment to .Credential(s), an Authenticate(credential) call.
func credentialSinks(m *semantic.Model) []credentialSink {
	var out []credentialSink
	// A password parameter (-Password $cred.Password, -SmtpPassword) takes
	// the secret as much as a -Credential does.
	isCredName := func(n string) bool {
		n = strings.ToLower(n)
		return strings.HasSuffix(n, "credential") || strings.HasSuffix(n, "credentials") || n == "cred" ||
			strings.HasSuffix(n, "password") || n == "pass" || n == "pwd"
	}
	for _, c := range m.Commands {
		name := c.NameText()
		for i, el := range c.Elements {
			switch e := el.(type) {
			case *parser.Parameter:
				if !isCredName(e.Name) {
					continue
				}
				x := e.Arg
				if x == nil && i+1 < len(c.Elements) {
					if a, ok := c.Elements[i+1].(*parser.Argument); ok {
						x = a.X
					}
				}
				if x != nil {
					out = append(out, credentialSink{c, x, name + " -" + e.Name})
				}
			case *parser.Argument:
				v, ok := e.X.(*parser.Variable)
				if !ok || !v.Splat {
					continue
				}
				hv := m.LookupVar(v.ShortName(), v.Pos())
				if hv.Kind != semantic.Hash {
					continue
				}
				for _, k := range hv.Hash.Keys {
					if he, _ := hv.Hash.Get(k); isCredName(k) && he.Expr != nil {
						out = append(out, credentialSink{c, he.Expr, name + " -" + k + " (splatted)"})
					}
				}
			}
		}
	}
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || me.Static || !isCredName(me.MemberName()) {
			continue
		}
		if x := semantic.StmtExpr(a.Value); x != nil {
			out = append(out, credentialSink{a, x, "." + me.MemberName()})
		}
	}
	for _, inv := range m.Invokes {
		n := strings.ToLower(inv.Member.MemberName())
		if !inv.Member.Static && (n == "authenticate" || n == "authenticateasync") && (len(inv.Args) == 1 || len(inv.Args) == 2) {
			// Authenticate(credential) or MailKit's Authenticate(user, password).
			out = append(out, credentialSink{inv, inv.Args[len(inv.Args)-1], "." + inv.Member.MemberName() + "()"})
		}
	}
	for _, con := range m.AllConstructions() {
		kind := m.CredentialType(con.TypeName)
		pw := m.CredentialPassword(con)
		if kind == "" || pw == nil {
			continue
		}
		what := "New-Object " + con.TypeName
		if _, ok := con.Node.(*parser.Command); !ok {
			what = "[" + con.TypeName + "]::new()"
		}
		out = append(out, credentialSink{con.Node, pw, what})
	}
	semantic.SortByNode(out, func(x *credentialSink) parser.Node { return x.Node })
	return out
}

// auth009Imports reports Import-Clixml results and DPAPI password files
// (ConvertTo-SecureString of a file's text without a key) used as
// credentials or passwords: one result per read, at its first sink, with
// the read and the further sinks as related locations. Reporting the use
// rather than the read keeps a read that never reaches a credential quiet
// (a file of settings, a password only displayed).
func auth009Imports(p *Pass, m *semantic.Model) {
	type group struct {
		imp   *parser.Command
		sinks []credentialSink
	}
	var groups []*group
	byImport := map[*parser.Command]*group{}
	for _, s := range credentialSinks(m) {
		imp := m.StoredSecretOrigin(s.Value)
		if imp == nil {
			continue
		}
		g := byImport[imp]
		if g == nil {
			g = &group{imp: imp}
			byImport[imp] = g
			groups = append(groups, g)
		}
		g.sinks = append(g.sinks, s)
	}
	for _, g := range groups {
		first := g.sinks[0]
		var related []Related
		clixml := m.IsCall(g.imp, "import-clixml")
		readHere, msg := "password read from a DPAPI-encrypted file here",
			"This password ("+first.What+") is read from a file with ConvertTo-SecureString and no -Key: a password file written by ConvertFrom-SecureString. "+dpapiNote
		if clixml {
			readHere, msg = "credential read from a Clixml file here", "This credential ("+first.What+") comes from Import-Clixml. "+clixmlNote
		}
		if !(g.imp.Pos() >= first.Node.Pos() && g.imp.End() <= first.Node.End()) {
			related = append(related, Related{Pos: g.imp.Pos(), End: g.imp.End(), Message: readHere})
		}
		for _, s := range g.sinks[1:] {
			related = append(related, Related{Pos: s.Node.Pos(), End: s.Node.End(), Message: "the same credential is also used here (" + s.What + ")"})
		}
		p.Report(Diagnostic{Pos: first.Node.Pos(), End: first.Node.End(), Related: related, Message: msg})
	}
}
