package semantic

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/psmailscan/psmailscan/parser"
)

// This file follows secrets (catalog D, "literal-derived secret"): given an
// expression, where does its value come from? A string literal written in
// the script, reached through variables, concatenation, parameter defaults,
// ConvertTo-SecureString -AsPlainText, credential constructors and their
// Password / SecurePassword / GetNetworkCredential(), is a hard-coded
// secret. Anything else (commands, prompts, vaults, $env:, parameters
// without a default, unknown variables) is not, and is never reported.

// SecretKind is what the traced value is at the point of use.
type SecretKind uint8

// Secret kinds.
const (
	SecretPlain      SecretKind = iota // a string
	SecretSecure                       // a SecureString
	SecretCredential                   // a PSCredential / NetworkCredential / WebCredentials
)

// SecretOrigin is the literal a secret value comes from and the way it took.
type SecretOrigin struct {
	// Literal is the expression holding the secret text: a string literal
	// (here-strings included), or a concatenation / expandable string of
	// literals.
	Literal parser.Node
	// Text is the secret itself. Never print it: use MaskSecret.
	Text string
	// Kind is the kind of value at the point of use.
	Kind SecretKind
	// VarName is the first variable the literal was assigned to, "" if none.
	VarName string
	// Param is set when the literal is a parameter's default value.
	Param bool
	// Convert is the ConvertTo-SecureString -AsPlainText call on the way, if any.
	Convert *parser.Command
	// Construction is the innermost credential constructor on the way, if any.
	Construction parser.Node
	// CredType is the credential class of a SecretCredential value
	// (PSCredential, NetworkCredential, WebCredentials).
	CredType string
	// Steps are the contributing locations, from the literal to the use.
	Steps []RelatedNode
}

// secretPlaceholder is the catalog's placeholder pattern (AUTH001, AUTH003),
// compared case-insensitively.
var secretPlaceholder = regexp.MustCompile(`(?i)^(<.*>|\*+|x+|REPLACE_?ME|TODO|CHANGE_?ME)$`)

// Placeholder shapes beyond the catalog's list, seen in published scripts:
// a <name> or {name} slot anywhere, [name], %NAME%, $(name); the anonymous
// relay / anonymous FTP password; "your…", "enter…", "insert…" prompts.
var (
	secretSlot      = regexp.MustCompile(`<[^<>]+>|^\{.*\}$|^\[.*\]$|^%\w+%$|^\$\(.*\)$`)
	secretAnonymous = regexp.MustCompile(`(?i)^anonymous(@\S*)?$`)
	secretPrompt    = regexp.MustCompile(`(?i)^(your|enter|insert|put)[ _-]?[a-z0-9 _-]*$`)
	secretCapsName  = regexp.MustCompile(`^[A-Z _-]*(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|PWD|PASS|KEY)[A-Z _-]*$`)
	secretWordsOnly = regexp.MustCompile(`^[A-Za-z]+([ _-]?[A-Za-z]+)*$`)
)

// IsPlaceholderSecret reports values that are not secrets although they
// sit where a secret goes: values that are not secrets at all (see
// NotASecret) and template placeholders (see IsTemplateSecret).
func IsPlaceholderSecret(s string) bool {
	return NotASecret(s) || IsTemplateSecret(s)
}

// NotASecret reports values that carry no secret: the empty string and
// 'anonymous' (the anonymous relay idiom, anonymous FTP).
func NotASecret(s string) bool {
	t := strings.TrimSpace(s)
	return t == "" || secretAnonymous.MatchString(t)
}

// placeholderWords are the generic words a template value is made of
// besides the secret word itself: possessives and prompts (your, my,
// enter, here), example markers, and generic names of the account or the
// value (user, client, api, text). A value that adds any other word, such
// as a product or a name (PSKeystorePass, ContosoRelayPass), is a chosen
// passphrase, not a template.
var placeholderWords = setOfWords("the", "a", "an", "in", "me", "new", "some", "this",
	"text", "string", "value", "real", "actual", "secure", "plain",
	"user", "username", "account", "admin", "app", "application", "client", "api", "access", "service", "smtp", "mail",
	"email", "login", "logon", "auth", "sas", "bearer", "private", "shared", "storage", "key", "test", "temp")

// templateMarkers are words that mark a value as a template whatever else
// it says: 'SampleRelayPassword', 'yourSmtpPassword', 'relay-password-goes-here'.
var templateMarkers = setOfWords("your", "my", "enter", "insert", "put", "type", "paste", "here", "goes", "prompt",
	"example", "sample", "dummy", "fake", "placeholder", "fill", "replace", "change", "hidden", "redacted", "masked", "removed")

func setOfWords(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[w] = true
	}
	return out
}

// IsTemplateSecret reports a template value in a secret's place: a value
// that asks for the real secret to be pasted there. The catalog's
// placeholders (<…>, ***, xxx, REPLACE_ME, TODO, CHANGEME, any case);
// template slots ('?<sas-token>', '{password}', '%SMTP_PW%'); prompts to
// fill in ('yourPassword', 'Enter password here'); an upper-case name
// ('AUTHPASSWORD', 'SMTP_PASSWORD'); a single word that names a secret
// ('password', 'Secret', 'passwordhidden'); and several words of which one
// is a secret word and the others are generic (placeholderWords:
// 'TextPassword', 'UserPassword') or include a template marker
// (templateMarkers: 'myPassword', 'SampleRelayPassword',
// 'ADMIN-PASSWORD-HERE'). Letters-only values with another word and no
// marker ('PSKeystorePass', 'SendGridToken') are passphrases, unless they
// are a sentence of four words or more.
func IsTemplateSecret(s string) bool {
	t := strings.TrimSpace(s)
	if NotASecret(t) {
		return false
	}
	if secretPlaceholder.MatchString(t) || secretSlot.MatchString(t) || secretPrompt.MatchString(t) || secretCapsName.MatchString(t) {
		return true
	}
	if !secretWordsOnly.MatchString(t) {
		return false
	}
	words := SecretNameWords(t)
	isSecretWord := func(w string) bool { return secretLastWords[w] || w == "key" || w == "apikey" }
	if len(words) == 1 {
		w := words[0]
		return isSecretWord(w) ||
			strings.Contains(w, "password") || strings.Contains(w, "passwd") || strings.Contains(w, "secret") ||
			strings.HasSuffix(w, "here") && (strings.Contains(w, "pw") || strings.Contains(w, "pass"))
	}
	secret, marked, other := false, false, false
	for _, w := range words {
		switch {
		case isSecretWord(w):
			secret = true
		case templateMarkers[w]:
			marked = true
		case !placeholderWords[w]:
			other = true
		}
	}
	// Four words or more around a secret word are a sentence that says what
	// goes there ('PromptTheUserForThePasswordSomehow'), not a passphrase.
	return secret && (marked || !other || len(words) >= 4)
}

// MaskSecret shows a secret without revealing it: the first two characters
// followed by "…", or only "…" for values of four characters or fewer.
func MaskSecret(s string) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= 4 {
		return "…"
	}
	r := []rune(s)
	for _, c := range r[:2] {
		if !unicode.IsPrint(c) || unicode.IsSpace(c) {
			return "…"
		}
	}
	return string(r[:2]) + "…"
}

// CredentialType names the credential class a type name resolves to:
// "PSCredential", "NetworkCredential", "WebCredentials", or "".
func (m *Model) CredentialType(name string) string {
	switch {
	case m.TypeIs(name, "system.management.automation.pscredential") || secretAccelerator(name, "pscredential"):
		return "PSCredential"
	case m.TypeIs(name, "system.net.networkcredential"):
		return "NetworkCredential"
	case m.TypeIs(name, "microsoft.exchange.webservices.data.webcredentials"):
		return "WebCredentials"
	}
	return ""
}

// secretAccelerator reports a type accelerator written with or without brackets.
func secretAccelerator(name, accel string) bool {
	s := strings.TrimSpace(name)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	return EqualLower(s, accel) // no lower-cased copy of every type name
}

// ConstructionAt returns the object construction whose node is n. The
// constructions are in source order: a binary search finds those that
// start where n does (rules ask at every value they follow, and a scan of
// every construction each time was quadratic in them).
func (m *Model) ConstructionAt(n parser.Node) (Construction, bool) {
	cs := m.AllConstructions()
	at := n.Pos()
	for i := sort.Search(len(cs), func(i int) bool { return cs[i].Node.Pos() >= at }); i < len(cs) && cs[i].Node.Pos() == at; i++ {
		if cs[i].Node == n {
			return cs[i], true
		}
	}
	return Construction{}, false
}

// CredentialPassword returns the password argument of a credential
// construction: the second constructor argument of PSCredential,
// NetworkCredential and WebCredentials, or the Password / SecurePassword
// key of a property hashtable.
func (m *Model) CredentialPassword(c Construction) parser.Expr {
	if m.CredentialType(c.TypeName) == "" {
		return nil
	}
	if len(c.Args) >= 2 {
		return c.Args[1]
	}
	if h, ok := c.Props.(*parser.HashLit); ok {
		for _, e := range h.Entries {
			if k, ok := m.hashKey(e.Key, e.Pos()); ok {
				switch strings.ToLower(k) {
				case "password", "securepassword":
					return stmtExpr(e.Value)
				}
			}
		}
	}
	return nil
}

// SecretOf traces an expression to the literal its value comes from. It
// reports false for every value that is not literal-derived.
func (m *Model) SecretOf(x parser.Expr) (SecretOrigin, bool) {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	t := &secretTracer{m: m, seen: map[parser.Node]bool{}}
	return t.expr(x)
}

// SecretOfStmt is SecretOf for a statement (an assignment's value).
func (m *Model) SecretOfStmt(s parser.Stmt) (SecretOrigin, bool) {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	t := &secretTracer{m: m, seen: map[parser.Node]bool{}}
	return t.stmt(s)
}

// SecretOfCommandInput traces the pipeline input of a command (the
// element before it in its pipeline).
func (m *Model) SecretOfCommandInput(c *parser.Command) (SecretOrigin, bool) {
	if m.EnterQuery(SecretsAnalyzer) {
		defer m.Leave()
	}
	t := &secretTracer{m: m, seen: map[parser.Node]bool{}}
	return t.pipelineInput(c)
}

type secretTracer struct {
	m     *Model
	depth int
	seen  map[parser.Node]bool
}

const secretMaxDepth = 40

func (t *secretTracer) enter(n parser.Node) bool {
	if t.depth >= secretMaxDepth || t.seen[n] {
		return false
	}
	t.depth++
	t.seen[n] = true
	return true
}

func (t *secretTracer) leave(n parser.Node) {
	t.depth--
	delete(t.seen, n)
}

func (t *secretTracer) expr(x parser.Expr) (o SecretOrigin, ok bool) {
	if x == nil {
		return o, false
	}
	if !t.enter(x) {
		return o, false
	}
	defer t.leave(x)
	m := t.m
	switch x := x.(type) {
	case *parser.StringLit:
		if x.Constant() {
			return SecretOrigin{Literal: x, Text: x.Value}, true
		}
		return t.expandable(x)
	case *parser.BinaryExpr:
		if x.Op != "+" {
			return o, false
		}
		a, ok1 := t.expr(x.X)
		b, ok2 := t.expr(x.Y)
		if !ok1 || !ok2 || a.Kind != SecretPlain || b.Kind != SecretPlain {
			return o, false
		}
		// The concatenation is the literal; the parts' own ways are kept.
		o = SecretOrigin{Literal: x, Text: a.Text + b.Text, Param: a.Param || b.Param}
		o.VarName = a.VarName
		if o.VarName == "" {
			o.VarName = b.VarName
		}
		o.Steps = append(append(o.Steps, a.Steps...), b.Steps...)
		return o, true
	case *parser.ParenExpr:
		return t.stmt(x.X)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return t.stmt(x.Body[0])
		}
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			if o, ok := t.stmt(x.Body[0]); ok && o.Kind != SecretPlain {
				return o, true
			}
		}
	case *parser.ConvertExpr:
		switch strings.TrimPrefix(strings.ToLower(x.Type.Name), "system.") {
		case "string", "securestring", "security.securestring", "pscredential", "management.automation.pscredential",
			"net.networkcredential", "object", "psobject":
			return t.expr(x.X)
		}
	case *parser.Variable:
		return t.variable(x)
	case *parser.MemberExpr:
		return t.member(x)
	case *parser.IndexExpr:
		if key, ok := m.constString(x.Index, x.Pos()); ok {
			return t.hashEntry(x.X, key)
		}
	case *parser.InvokeExpr:
		return t.invoke(x)
	}
	return o, false
}

// expandable evaluates "…$x…" whose every part is literal-derived.
func (t *secretTracer) expandable(s *parser.StringLit) (o SecretOrigin, ok bool) {
	out := s.Value
	var parts []SecretOrigin
	for _, part := range s.Parts {
		po, ok := t.expr(part)
		if !ok || po.Kind != SecretPlain {
			return o, false
		}
		src := t.m.Src[part.Pos():part.End()]
		out = strings.Replace(out, src, po.Text, 1)
		parts = append(parts, po)
	}
	// "$pw" alone is the variable's literal.
	if len(parts) == 1 && strings.TrimSpace(s.Value) == strings.TrimSpace(t.m.Src[s.Parts[0].Pos():s.Parts[0].End()]) {
		return parts[0], true
	}
	o = SecretOrigin{Literal: s, Text: out}
	for _, p := range parts {
		o.Param = o.Param || p.Param
		if o.VarName == "" {
			o.VarName = p.VarName
		}
		o.Steps = append(o.Steps, p.Steps...)
	}
	return o, true
}

func (t *secretTracer) variable(v *parser.Variable) (o SecretOrigin, ok bool) {
	if v.Splat {
		return o, false
	}
	name := v.ShortName()
	if _, auto := automatic(name); auto {
		return o, false
	}
	d, ok := t.m.defOutside(name, v.Pos())
	if !ok {
		return o, false
	}
	switch {
	case d.param != nil:
		if d.param.Default == nil {
			return o, false
		}
		o, ok = t.expr(d.param.Default)
		if !ok {
			return o, false
		}
		o.Param = true
		if o.VarName == "" {
			o.VarName = d.param.Name.Name
		}
		o.Steps = append(o.Steps, RelatedNode{d.param, "default value of parameter $" + d.param.Name.Name})
		return o, true
	case d.assign == nil:
		return o, false
	case d.assign.Op == "=":
		o, ok = t.stmt(d.assign.Value)
		if !ok {
			return o, false
		}
		if o.VarName == "" && o.Kind == SecretPlain {
			o.VarName = secretAssignedName(d.assign)
		}
		o.Steps = append(o.Steps, RelatedNode{d.assign, "assigned to $" + secretAssignedName(d.assign) + " here"})
		return o, true
	}
	return o, false
}

// secretAssignedName is the variable name an assignment writes, as written.
func secretAssignedName(a *parser.AssignStmt) string {
	switch t := a.Target.(type) {
	case *parser.Variable:
		return t.Name
	case *parser.ConvertExpr:
		if v, ok := t.X.(*parser.Variable); ok {
			return v.Name
		}
	}
	return ""
}

func (t *secretTracer) member(x *parser.MemberExpr) (o SecretOrigin, ok bool) {
	if x.Static {
		return o, false
	}
	name := x.MemberName()
	if name == "" {
		return o, false
	}
	switch strings.ToLower(name) {
	case "password", "securepassword":
		if o, ok := t.expr(x.X); ok {
			if o.Kind != SecretCredential {
				return SecretOrigin{}, false
			}
			if strings.EqualFold(name, "securepassword") {
				o.Kind = SecretSecure
			} else if o.CredType == "PSCredential" {
				o.Kind = SecretSecure
			} else {
				o.Kind = SecretPlain
			}
			return o, true
		}
	}
	return t.hashEntry(x.X, name)
}

// hashEntry follows $h.Key / $h['Key'] / $h.Outer.Key where $h holds a
// hashtable literal.
func (t *secretTracer) hashEntry(recv parser.Expr, key string) (o SecretOrigin, ok bool) {
	h, label := t.m.secretHashOf(recv, 0)
	if h == nil {
		return o, false
	}
	e, found := h.Get(key)
	if !found || e.Expr == nil {
		return o, false
	}
	o, ok = t.expr(e.Expr)
	if ok && o.VarName == "" && o.Kind == SecretPlain {
		o.VarName = label + "." + e.Key
	}
	return o, ok
}

// secretHashOf returns the hashtable an expression holds ($h, $h.Inner,
// $h['Inner']) and a label for messages ("h.Inner").
func (m *Model) secretHashOf(x parser.Expr, depth int) (*HashValue, string) {
	if depth > 8 {
		return nil, ""
	}
	switch x := x.(type) {
	case *parser.Variable:
		if x.Splat {
			return nil, ""
		}
		if v := m.LookupVar(x.ShortName(), x.Pos()); v.Kind == Hash {
			return v.Hash, x.Name
		}
	case *parser.MemberExpr:
		if x.Static || x.MemberName() == "" {
			return nil, ""
		}
		if h, label := m.secretHashOf(x.X, depth+1); h != nil {
			if e, ok := h.Get(x.MemberName()); ok && e.Value.Kind == Hash {
				return e.Value.Hash, label + "." + e.Key
			}
		}
	case *parser.IndexExpr:
		if key, ok := m.constString(x.Index, x.Pos()); ok {
			if h, label := m.secretHashOf(x.X, depth+1); h != nil {
				if e, ok := h.Get(key); ok && e.Value.Kind == Hash {
					return e.Value.Hash, label + "." + e.Key
				}
			}
		}
	}
	return nil, ""
}

func (t *secretTracer) invoke(x *parser.InvokeExpr) (o SecretOrigin, ok bool) {
	m := t.m
	me := x.Member
	name := strings.ToLower(me.MemberName())
	if me.Static {
		typ := TypeOfLiteral(me.X)
		switch {
		case name == "new" && typ != "":
			if c, ok := m.ConstructionAt(x); ok {
				return t.construction(c)
			}
		case m.TypeIs(typ, "system.runtime.interopservices.marshal") && len(x.Args) == 1:
			// [Marshal]::PtrToStringAuto([Marshal]::SecureStringToBSTR($s)): back to plain text.
			switch {
			case strings.HasPrefix(name, "ptrtostring"):
				if o, ok := t.expr(x.Args[0]); ok {
					o.Kind = SecretPlain
					return o, true
				}
			case strings.HasPrefix(name, "securestringto"):
				if o, ok := t.expr(x.Args[0]); ok && o.Kind == SecretSecure {
					return o, true
				}
			}
		}
		return o, false
	}
	if name == "getnetworkcredential" && len(x.Args) == 0 {
		if o, ok := t.expr(me.X); ok && o.Kind == SecretCredential {
			o.CredType = "NetworkCredential"
			return o, true
		}
	}
	return o, false
}

// construction traces the password of a credential constructor.
func (t *secretTracer) construction(c Construction) (o SecretOrigin, ok bool) {
	typ := t.m.CredentialType(c.TypeName)
	pw := t.m.CredentialPassword(c)
	if typ == "" || pw == nil {
		return o, false
	}
	o, ok = t.expr(pw)
	if !ok {
		return o, false
	}
	o.Kind = SecretCredential
	o.CredType = typ
	o.Construction = c.Node
	o.Steps = append(o.Steps, RelatedNode{c.Node, typ + " built here"})
	return o, true
}

func (t *secretTracer) stmt(s parser.Stmt) (o SecretOrigin, ok bool) {
	pl, isPipe := s.(*parser.Pipeline)
	if !isPipe || pl.Next != nil || len(pl.Elements) == 0 {
		return o, false
	}
	switch e := pl.Elements[len(pl.Elements)-1].(type) {
	case *parser.CommandExpr:
		if len(pl.Elements) == 1 {
			return t.expr(e.X)
		}
	case *parser.Command:
		return t.command(e)
	}
	return o, false
}

func (t *secretTracer) command(c *parser.Command) (o SecretOrigin, ok bool) {
	if !t.enter(c) {
		return o, false
	}
	defer t.leave(c)
	m := t.m
	switch {
	case m.IsCall(c, "convertto-securestring"):
		b := m.Bind(c, SecretCmdlet("convertto-securestring"))
		if !PlainTextOn(b) || len(b.Ambiguous) > 0 {
			return o, false
		}
		if a := b.Get("String"); a != nil {
			o, ok = t.arg(a)
		} else if b.Piped {
			o, ok = t.pipelineInput(c)
		}
		if !ok || o.Kind != SecretPlain {
			return SecretOrigin{}, false
		}
		o.Kind = SecretSecure
		o.Convert = c
		o.Steps = append(o.Steps, RelatedNode{c, "converted with ConvertTo-SecureString -AsPlainText here"})
		return o, true
	case m.IsCall(c, "new-object"):
		if con, found := m.ConstructionAt(c); found {
			return t.construction(con)
		}
	}
	return o, false
}

// arg traces a bound argument (named, positional or from a splat).
func (t *secretTracer) arg(a *Arg) (SecretOrigin, bool) {
	if a.Expr != nil {
		return t.expr(a.Expr)
	}
	return SecretOrigin{}, false
}

// pipelineInput traces what flows into c from the element before it.
func (t *secretTracer) pipelineInput(c *parser.Command) (o SecretOrigin, ok bool) {
	pl, isPipe := t.m.Parent(c).(*parser.Pipeline)
	if !isPipe {
		return o, false
	}
	for i, e := range pl.Elements {
		if e != parser.PipelineElement(c) || i == 0 {
			continue
		}
		switch prev := pl.Elements[i-1].(type) {
		case *parser.CommandExpr:
			if i-1 == 0 {
				return t.expr(prev.X)
			}
		case *parser.Command:
			return t.command(prev)
		}
	}
	return o, false
}

// PlainTextOn reports a ConvertTo-SecureString binding with -AsPlainText
// statically on.
func PlainTextOn(b *Binding) bool {
	a := b.Get("AsPlainText")
	return a != nil && a.OnKnown && a.On
}

// SecretCmdlet returns the binder metadata of a cmdlet the secret rules
// bind: the shared table's entry when there is one, else this file's.
// (Connect-ExchangeOnline had an entry in both; the shared one, with
// positions, always won and is the only one now.)
func SecretCmdlet(name string) *CmdletInfo {
	lc := strings.ToLower(name)
	if c := Cmdlet(lc); c != nil {
		return c
	}
	return secretCmdlets[lc]
}

// secretCmdlets is binder metadata the secret rules need and the shared
// table lacks (a name in both is refused by a test, like a duplicate in
// one table). Connect-* cmdlets have many parameter sets whose positions
// differ; only named parameters are modelled for them.
var secretCmdlets, secretCmdletDuplicates = newCmdletTable(func(addCmdlet func(*CmdletInfo)) {
	for _, c := range []*CmdletInfo{
		{Name: "ConvertFrom-SecureString", Params: []ParamInfo{
			p("SecureString", 0), p("SecureKey", 1), p("Key", -1), sw("AsPlainText"),
		}},
		{Name: "Export-Clixml", ShouldProcess: true, Params: []ParamInfo{
			p("Path", 0), p("LiteralPath", -1, "PSPath", "LP"), p("InputObject", -1), p("Depth", -1),
			sw("Force"), sw("NoClobber", "NoOverwrite"), p("Encoding", -1),
		}},
		{Name: "Import-Clixml", Params: []ParamInfo{
			p("Path", 0), p("LiteralPath", -1, "PSPath", "LP"), sw("IncludeTotalCount"), p("Skip", -1), p("First", -1),
		}},
		{Name: "Connect-MgGraph", Params: []ParamInfo{
			p("Scopes", -1), p("ClientId", -1, "AppId", "ApplicationId"), p("CertificateSubjectName", -1, "CertificateSubject", "CertificateName"),
			p("CertificateThumbprint", -1, "Thumbprint"), p("Certificate", -1), p("ClientSecretCredential", -1, "SecretCredential", "Credential"),
			sw("ContextScope"), p("Environment", -1, "EnvironmentName", "NationalCloud"), sw("UseDeviceCode", "UseDeviceAuthentication", "DeviceCode", "DeviceAuth", "Device"),
			p("ClientTimeout", -1), sw("NoWelcome"), p("TenantId", -1, "Audience", "Tenant"), p("AccessToken", -1),
			sw("Identity", "ManagedIdentity", "ManagedServiceIdentity", "MSI"), sw("EnvironmentVariable"),
		}},
	} {
		addCmdlet(c)
	}
})

// SecretNameWords splits a name into lower-case words at camelCase and
// PascalCase boundaries, '_', '-', '.', blanks and digits (catalog AUTH003):
// smtpPassword → smtp, password; SMTPPassword → smtp, password; pw1 → pw.
func SecretNameWords(name string) []string {
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:] // $env:X, $script:X
	}
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unicode.IsUpper(r) {
			prev := cur[len(cur)-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// mayBeSecretName is SecretNameKind's quick test: every secret word and
// pair contains pw, pass, secret, token or key, so an ASCII name that spells
// none of them in any case is not split into words (most names are not
// secret). A name with other characters takes the full test: lower-casing
// some of them gives ASCII letters (the Kelvin sign gives k).
func mayBeSecretName(name string) bool {
	// Names are short: lower-case a copy on the stack and search that.
	var buf [64]byte
	if len(name) > len(buf) {
		return true
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lc := buf[:len(name)]
	return bytes.Contains(lc, []byte("pw")) || bytes.Contains(lc, []byte("pass")) || bytes.Contains(lc, []byte("secret")) ||
		bytes.Contains(lc, []byte("token")) || bytes.Contains(lc, []byte("key"))
}

// secretLowerName reports a name (scope prefix dropped) written in lower case
// only: a compound such as adminpassword, not AdminPassword.
func secretLowerName(name string) bool {
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return name == strings.ToLower(name)
}

// secretLastWords and secretLastPairs are the catalog's secretNameWords.
var (
	secretLastWords = map[string]bool{"password": true, "passwd": true, "passphrase": true, "pwd": true, "pw": true,
		"pass": true, "secret": true, "token": true}
	secretLastPairs = map[string]bool{"api key": true, "access key": true, "client secret": true, "shared key": true,
		"secret key": true}
	// secretSuffixes end a single lower-case word that is a secret name
	// although it has no word boundary: $adminpassword, $smtppwd, $appsecret.
	secretSuffixes = []string{"password", "passwd", "passphrase", "secret", "pwd"}
)

// IsSecretName applies the AUTH003 name test: the last word is a secret
// word, or the last two words are a secret pair.
func IsSecretName(name string) bool {
	ok, _ := SecretNameKind(name)
	return ok
}

// SecretNameKind applies the AUTH003 name test and says whether the name
// is a password's (password, passwd, passphrase, pwd, pw, pass) rather
// than a machine-generated secret's (secret, token, api/access/shared key).
func SecretNameKind(name string) (secret, password bool) {
	if !mayBeSecretName(name) {
		return false, false
	}
	return secretNameKindOfWords(name)
}

// secretNameKindOfWords is SecretNameKind without the quick test.
func secretNameKindOfWords(name string) (secret, password bool) {
	w := SecretNameWords(name)
	if len(w) == 0 {
		return false, false
	}
	last := w[len(w)-1]
	if secretLastWords[last] {
		return true, last != "secret" && last != "token"
	}
	if len(w) == 1 && secretLowerName(name) {
		for _, suf := range secretSuffixes {
			if strings.HasSuffix(last, suf) && len(last) > len(suf) {
				return true, suf != "secret"
			}
		}
	}
	return len(w) >= 2 && secretLastPairs[w[len(w)-2]+" "+last], false
}
