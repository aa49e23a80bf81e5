package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH004", Name: "http-basic-auth", Level: Warning,
			Summary:          "HTTP Basic authentication sends a reusable user name and password with every request.",
			SecuritySeverity: "6.5", CWE: []int{522, 319}, Precision: "high",
			Tags: []string{"security", "credentials", "http"},
		},
		Run:      runAUTH004,
		Requires: []*semantic.Analyzer{semantic.ObjectsAnalyzer},
	})
}

const auth004Fix = " Use OAuth bearer tokens (Microsoft Graph SDK, MSAL) over HTTPS only."

// basicHeader is an Authorization header value with the Basic scheme.
type basicHeader struct {
	// literal: the Base64 credential is written in the script (a literal, or
	// the Base64 of a literal user:password).
	literal bool
	// where names the header for messages: "-Headers $h", "the -Headers hashtable".
	node parser.Node
}

// runAUTH004 reports Basic Authorization headers given to the web cmdlets
// (through -Headers hashtables, variables, splats and later key writes),
// -Authentication Basic, -AllowUnencryptedAuthentication, Headers.Add of a
// Basic Authorization value (WebClient, HttpWebRequest, HttpClient), and
// AuthenticationHeaderValue objects with the Basic scheme.
func runAUTH004(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		name := builtinCall(m, c)
		if name != "invoke-webrequest" && name != "invoke-restmethod" {
			continue
		}
		auth004WebCmdlet(p, c, name)
	}
	// Headers.Add('Authorization', 'Basic …') on an object's header collection.
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static || len(inv.Args) != 2 {
			continue
		}
		switch strings.ToLower(me.MemberName()) {
		case "add", "set", "tryaddwithoutvalidation":
		default:
			continue
		}
		recv, ok := me.X.(*parser.MemberExpr)
		if !ok || !headerCollection(recv.MemberName()) {
			continue
		}
		if k, ok := approx(m, inv.Args[0], inv.Pos()); !fullyKnown(k, ok) || !strings.EqualFold(strings.TrimSpace(k), "authorization") {
			continue
		}
		if h, ok := basicValue(m, inv.Args[1], inv.Pos()); ok {
			auth004Report(p, inv, h, "The Authorization header added here")
		}
	}
	// $wc.Headers['Authorization'] = 'Basic …'
	for _, a := range m.Assigns {
		ix, ok := a.Target.(*parser.IndexExpr)
		if !ok {
			continue
		}
		recv, ok := ix.X.(*parser.MemberExpr)
		if !ok || !headerCollection(recv.MemberName()) {
			continue
		}
		if k, ok := approx(m, ix.Index, a.Pos()); !fullyKnown(k, ok) || !strings.EqualFold(strings.TrimSpace(k), "authorization") {
			continue
		}
		if x := semantic.StmtExpr(a.Value); x != nil {
			if h, ok := basicValue(m, x, a.Pos()); ok {
				auth004Report(p, a, h, "The Authorization header set here")
			}
		}
	}
	// [Net.Http.Headers.AuthenticationHeaderValue]::new('Basic', …)
	for _, con := range m.Constructions("system.net.http.headers.authenticationheadervalue") {
		if len(con.Args) == 0 {
			continue
		}
		if s, ok := approx(m, con.Args[0], con.Node.Pos()); fullyKnown(s, ok) && strings.EqualFold(strings.TrimSpace(s), "basic") {
			h := basicHeader{node: con.Node}
			if len(con.Args) > 1 {
				h.literal = literalBase64(m, con.Args[1], con.Node.Pos())
			}
			auth004Report(p, con.Node, h, "This AuthenticationHeaderValue with the Basic scheme")
		}
	}
}

func headerCollection(name string) bool {
	switch strings.ToLower(name) {
	case "headers", "defaultrequestheaders":
		return true
	}
	return false
}

func auth004Report(p *Pass, n parser.Node, h basicHeader, what string) {
	d := Diagnostic{Pos: n.Pos(), End: n.End(), Properties: fnReachability(p.Model, n)}
	d.Message = what + " uses HTTP Basic authentication."
	if h.literal {
		d.Level = Error
		d.Message = what + " sends a Base64 user name and password written in the script (HTTP Basic). Anyone who can read the script has the password."
	}
	d.Message += " Basic authentication sends a reusable user name and password with every request." + auth004Fix
	p.Report(d)
}

// auth004WebCmdlet checks one Invoke-WebRequest / Invoke-RestMethod call.
func auth004WebCmdlet(p *Pass, c *parser.Command, name string) {
	m := p.Model
	b := m.Bind(c, semantic.Cmdlet(name))
	if len(b.Ambiguous) > 0 {
		return
	}
	var reasons []string
	level := Warning
	var rel []Related
	if a := b.Get("Headers"); a != nil {
		if h, desc, ok := basicInHeaders(m, a, c); ok {
			reasons = append(reasons, "the Authorization header "+desc+" uses the Basic scheme")
			if h.literal {
				level = Error
				reasons[len(reasons)-1] += " with a Base64 credential written in the script"
			}
			if h.node != nil {
				rel = append(rel, related(h.node, "Basic Authorization value"))
			}
		}
	}
	if a := b.Get("Authentication"); a != nil {
		if s, ok := argApprox(m, a, c.Pos()); fullyKnown(s, ok) && strings.EqualFold(strings.TrimSpace(s), "basic") {
			reasons = append(reasons, "-Authentication Basic")
		}
	}
	unencrypted := false
	if a := b.Get("AllowUnencryptedAuthentication"); a != nil && a.OnKnown && a.On {
		unencrypted = true
	}
	if len(reasons) == 0 && !unencrypted {
		return
	}
	overHTTP := false
	if u := b.Get("Uri"); u != nil {
		if s, ok := argApprox(m, u, c.Pos()); ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(knownPrefix(s))), "http://") {
			overHTTP = true
			level = Error
		}
	}
	cmd := "Invoke-RestMethod"
	if name == "invoke-webrequest" {
		cmd = "Invoke-WebRequest"
	}
	var msg string
	if len(reasons) > 0 {
		msg = cmd + " uses HTTP Basic authentication (" + strings.Join(reasons, "; ") + "): it sends a reusable user name and password with every request"
		if overHTTP {
			msg += " over plain HTTP"
		}
		msg += "."
		if unencrypted {
			msg += " -AllowUnencryptedAuthentication also lets the credentials go over unencrypted HTTP."
		}
	} else {
		msg = cmd + " -AllowUnencryptedAuthentication lets credentials (passwords, tokens) be sent over unencrypted HTTP"
		if overHTTP {
			msg += ", and this URI is http://"
		}
		msg += "."
	}
	msg += auth004Fix
	rel = append(rel, splatRelated(m, b)...)
	p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Level: level, Message: msg, Related: rel, Properties: fnReachability(m, c)})
}

// basicInHeaders looks for a Basic Authorization entry in a -Headers
// argument: a hashtable (literal, variable, splat entry, with later key
// writes) or a dictionary variable filled with .Add('Authorization', …).
func basicInHeaders(m *semantic.Model, a *semantic.Arg, c *parser.Command) (basicHeader, string, bool) {
	var v semantic.Value
	desc := "in the -Headers hashtable"
	if a.FromSplat != nil {
		v = a.Value
		desc = "in the Headers entry of @" + a.FromSplat.Name
	} else if a.Expr != nil {
		v = m.Eval(a.Expr, c.Pos())
		if x, ok := a.Expr.(*parser.Variable); ok {
			desc = "in -Headers " + varName(x)
		}
	}
	if v.Kind == semantic.Hash {
		e, ok := v.Hash.Get("Authorization")
		if !ok {
			return basicHeader{}, "", false
		}
		if e.Expr != nil {
			h, ok := basicValue(m, e.Expr, e.Expr.Pos())
			return h, desc, ok
		}
		if e.Value.Kind == semantic.String && isBasicPrefix(e.Value.Str) {
			return basicHeader{literal: true, node: e.KeyNode}, desc, true
		}
		return basicHeader{}, "", false
	}
	if v.Kind == semantic.Unknown && a.Expr != nil {
		// Headers built by a function defined in the file: $h = Get-AuthHeader …
		if h, fn, ok := basicFromFunction(m, a.Expr); ok {
			return h, desc + " (built by function " + fn + ")", true
		}
	}
	// A dictionary object in a variable: $h = New-Object 'Dictionary[string,string]'; $h.Add('Authorization', …)
	hv, ok := a.Expr.(*parser.Variable)
	if !ok || v.Kind != semantic.Unknown {
		return basicHeader{}, "", false
	}
	st, def := assignedStmt(m, hv)
	if st == nil {
		return basicHeader{}, "", false
	}
	if _, ok := constructionAt(m, st); !ok {
		return basicHeader{}, "", false
	}
	scope := m.Scope(def)
	var found basicHeader
	hit := false
	for _, use := range m.MemberUses(hv.ShortName(), scope, def.End()) {
		if use.Node.Pos() >= c.Pos() {
			break
		}
		if !use.Call || len(use.Args) != 2 || !strings.EqualFold(use.Member, "add") {
			continue
		}
		if k, ok := approx(m, use.Args[0], use.Node.Pos()); fullyKnown(k, ok) && strings.EqualFold(strings.TrimSpace(k), "authorization") {
			found, hit = basicValue(m, use.Args[1], use.Node.Pos())
		}
	}
	return found, "in -Headers " + varName(hv), hit
}

func isBasicPrefix(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return len(s) > 6 && strings.EqualFold(s[:6], "basic ")
}

// basicValue reports whether an Authorization header value starts with the
// Basic scheme, and whether its credential is literal.
func basicValue(m *semantic.Model, x parser.Expr, at int) (basicHeader, bool) {
	s, ok := approx(m, x, at)
	if !ok || !isBasicPrefix(knownPrefix(s)+gap) {
		return basicHeader{}, false
	}
	h := basicHeader{node: x}
	h.literal = fullyKnown(s, ok) || literalBase64(m, x, at)
	return h, true
}

// literalBase64 reports a value built from a Base64 computation of a
// constant string ([Convert]::ToBase64String(<enc>.GetBytes('user:pass'))),
// found through variables, concatenation, formatting and expansion.
func literalBase64(m *semantic.Model, x parser.Expr, at int) bool {
	found := false
	seen := map[parser.Node]bool{}
	var walk func(n parser.Node, depth int)
	walk = func(n parser.Node, depth int) {
		if n == nil || found || depth > 8 || seen[n] {
			return
		}
		seen[n] = true
		parser.Inspect(n, func(k parser.Node) bool {
			if found {
				return false
			}
			switch k := k.(type) {
			case *parser.InvokeExpr:
				if k.Member.Static && strings.EqualFold(k.Member.MemberName(), "ToBase64String") && len(k.Args) > 0 {
					if bytesOfLiteral(m, k.Args[0], depth) {
						found = true
					}
					return false
				}
			case *parser.Variable:
				if !k.Splat {
					if st, _ := assignedStmt(m, k); st != nil {
						walk(st, depth+1)
					}
				}
			}
			return true
		})
	}
	walk(x, 0)
	return found
}

// bytesOfLiteral reports <encoding>.GetBytes(<constant string>), directly or via a variable.
func bytesOfLiteral(m *semantic.Model, x parser.Expr, depth int) bool {
	n := followVar(m, x)
	inv, ok := unparenExpr(n).(*parser.InvokeExpr)
	if !ok || !strings.EqualFold(inv.Member.MemberName(), "GetBytes") || len(inv.Args) != 1 {
		return false
	}
	s, ok := approx(m, inv.Args[0], inv.Pos())
	return fullyKnown(s, ok) && strings.Contains(s, ":")
}

// basicFromFunction follows a -Headers value that is the output of a
// function defined in the file (directly, in parentheses, or through a
// variable) and reports a Basic Authorization entry in the hashtable the
// function outputs (a bare hashtable statement, or return of one or of a
// variable holding one).
func basicFromFunction(m *semantic.Model, x parser.Expr) (basicHeader, string, bool) {
	var st parser.Stmt
	switch x := unparenExpr(x).(type) {
	case *parser.Variable:
		st, _ = assignedStmt(m, x)
	case *parser.ParenExpr:
		st = x.X
	}
	pl, ok := st.(*parser.Pipeline)
	if !ok || len(pl.Elements) != 1 || pl.Next != nil {
		return basicHeader{}, "", false
	}
	c, ok := pl.Elements[0].(*parser.Command)
	if !ok {
		return basicHeader{}, "", false
	}
	fn := m.Resolve(c).Func
	if fn == nil || fn.Body == nil {
		return basicHeader{}, "", false
	}
	for _, s := range fn.Body.Statements() {
		var out parser.Expr
		switch s := s.(type) {
		case *parser.Pipeline:
			out = semantic.StmtExpr(s)
		case *parser.FlowStmt:
			if s.Keyword == "return" && s.Value != nil {
				out = semantic.StmtExpr(s.Value)
			}
		}
		if out == nil {
			continue
		}
		switch out.(type) {
		case *parser.HashLit, *parser.Variable:
		default:
			continue
		}
		v := m.Eval(out, s.Pos())
		if v.Kind != semantic.Hash {
			continue
		}
		if e, ok := v.Hash.Get("Authorization"); ok && e.Expr != nil {
			if h, ok := basicValue(m, e.Expr, e.Expr.Pos()); ok {
				return h, fn.Name, true
			}
		}
	}
	return basicHeader{}, "", false
}
