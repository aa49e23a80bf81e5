package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// Helpers shared by the EXO (Exchange Online connector and authentication
// settings) and HYB (Exchange hybrid, CVE-2025-53786) rules.

// exoCmd is a call of a cmdlet bound to its parameter metadata.
type exoCmd struct {
	c    *parser.Command
	name string // canonical lower-case name
	b    *semantic.Binding
}

// exoCommands returns the calls that resolve to one of the named cmdlets
// (aliases, functions and module qualifiers handled by Resolve), bound to
// the cmdlet's metadata. Calls with an ambiguous parameter name are left
// out: PowerShell refuses them (catalog H.2).
//
// Exchange cmdlets may carry a noun prefix chosen at connect time
// (Connect-ExchangeOnline -Prefix Cloud makes New-CloudInboundConnector);
// a constant -Prefix of Connect-ExchangeOnline, Import-PSSession or
// Import-Module in the file is honoured.
func exoCommands(m *semantic.Model, info map[string]*semantic.CmdletInfo) []exoCmd {
	var out []exoCmd
	var prefixes []string
	prefixesDone := false
	quick := !definesAliases(m)
	bases := m.CommandBases()
	for ci, c := range m.Commands {
		if quick {
			// Without Set-Alias/New-Alias in the file, only a command written
			// with one of the names (or a noun prefix) can resolve to them.
			base := bases[ci]
			if _, ok := info[base]; !ok {
				if !prefixesDone {
					prefixes, prefixesDone = nounPrefixes(m), true
				}
				if len(prefixes) == 0 || !strings.Contains(base, "-") {
					continue
				}
			}
		}
		r := m.Resolve(c)
		if !r.Builtin {
			continue
		}
		name := r.Name
		ci, ok := info[name]
		if !ok {
			if !prefixesDone {
				prefixes, prefixesDone = nounPrefixes(m), true
			}
			if i := strings.IndexByte(name, '-'); i > 0 {
				for _, p := range prefixes {
					if strings.HasPrefix(name[i+1:], p) {
						if ci, ok = info[name[:i+1]+name[i+1+len(p):]]; ok {
							name = name[:i+1] + name[i+1+len(p):]
							break
						}
					}
				}
			}
			if !ok {
				continue
			}
		}
		b := m.Bind(c, ci)
		if len(b.Ambiguous) > 0 {
			continue
		}
		out = append(out, exoCmd{c: c, name: name, b: b})
	}
	return out
}

// definesAliases reports Set-Alias/New-Alias in the file: only then can a
// name resolve to a cmdlet whose name it does not spell.
func definesAliases(m *semantic.Model) bool {
	for _, base := range m.CommandBases() {
		switch base {
		case "set-alias", "new-alias", "sal", "nal":
			return true
		}
	}
	return false
}

// nounPrefixes returns the constant -Prefix values (lower case) given to
// Connect-ExchangeOnline, Import-PSSession or Import-Module in the file.
func nounPrefixes(m *semantic.Model) []string {
	var out []string
	bases := m.CommandBases()
	for ci, c := range m.Commands {
		switch bases[ci] {
		case "connect-exchangeonline", "connect-ippssession", "import-pssession", "import-module", "ipmo":
		default:
			continue
		}
		switch m.Resolve(c).Name {
		case "connect-exchangeonline", "connect-ippssession", "import-pssession", "import-module":
		default:
			continue
		}
		els := c.Elements
		for i, e := range els {
			p, ok := e.(*parser.Parameter)
			if !ok || !strings.EqualFold(p.Name, "prefix") {
				continue
			}
			var x parser.Expr = p.Arg
			if x == nil && i+1 < len(els) {
				if a, ok := els[i+1].(*parser.Argument); ok {
					x = a.X
				}
			}
			if x == nil {
				continue
			}
			if v := m.Eval(x, x.Pos()); v.Kind == semantic.String && strings.TrimSpace(v.Str) != "" {
				out = append(out, strings.ToLower(strings.TrimSpace(v.Str)))
			}
		}
	}
	return out
}

// cmdlets picks metadata from the shared table by lower-case name.
func cmdlets(names ...string) map[string]*semantic.CmdletInfo {
	out := map[string]*semantic.CmdletInfo{}
	for _, n := range names {
		out[n] = semantic.Cmdlet(n)
	}
	return out
}

// value returns the value of a bound parameter (from the command line or a splat).
func (e exoCmd) value(m *semantic.Model, name string) (semantic.Value, *semantic.Arg) {
	a := e.b.Get(name)
	if a == nil {
		return semantic.Value{}, nil
	}
	return m.ArgValue(a, e.c.Pos()), a
}

// boolArg reads a [bool] parameter such as -RequireTls $false: $true,
// $false, 1 or 0, directly, through variables or from a splat. A value that
// is not statically known reports known = false.
func (e exoCmd) boolArg(m *semantic.Model, name string) (val, known bool, a *semantic.Arg) {
	v, a := e.value(m, name)
	if a == nil {
		return false, false, nil
	}
	if a.Switch {
		return a.On, a.OnKnown, a
	}
	switch v.Kind {
	case semantic.Bool:
		return v.Bool, true, a
	case semantic.Number:
		return v.Num != 0, true, a
	}
	return false, false, a
}

// enumArg reads an enum parameter the way PowerShell converts a string to
// an enum: the exact name or a unique prefix, in any case (PowerShell's
// "minimum disambiguation": -ConnectorType OnPrem means OnPremises).
// values are the enum's names; the result is one of them.
func (e exoCmd) enumArg(m *semantic.Model, name string, values ...string) (string, bool, *semantic.Arg) {
	v, a := e.value(m, name)
	if a == nil || v.Kind != semantic.String {
		return "", false, a
	}
	s, ok := enumMatch(v.Str, values...)
	return s, ok, a
}

func enumMatch(s string, values ...string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return "", false
	}
	found, n := "", 0
	for _, val := range values {
		lv := strings.ToLower(val)
		if lv == s {
			return val, true
		}
		if strings.HasPrefix(lv, s) {
			found, n = val, n+1
		}
	}
	return found, n == 1
}

// stringsArg reads a multi-valued string parameter (a, b / @('a', 'b')).
func (e exoCmd) stringsArg(m *semantic.Model, name string) ([]string, bool, *semantic.Arg) {
	v, a := e.value(m, name)
	if a == nil {
		return nil, false, nil
	}
	ss, ok := v.Strings()
	return ss, ok, a
}

// constText returns a parameter's constant string value, or "".
func (e exoCmd) constText(m *semantic.Model, names ...string) string {
	for _, n := range names {
		if v, a := e.value(m, n); a != nil && v.Kind == semantic.String {
			return v.Str
		}
	}
	return ""
}

// whatIf reports -WhatIf given and not switched off.
func (e exoCmd) whatIf() bool {
	a := e.b.Get("WhatIf")
	return a != nil && a.On && a.OnKnown
}

// addressIsAll reports a domain entry that stands for every domain: a bare
// `*`, also in the address-space form `smtp:*;1`.
func addressIsAll(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "smtp:")
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s) == "*"
}

// related points at the splat definitions of a call and at the assignments
// of the variables that carry the contributing values.
func (e exoCmd) related(m *semantic.Model, args ...*semantic.Arg) []Related {
	out := splatRelated(m, e.b)
	seen := map[int]bool{}
	for _, r := range out {
		seen[r.Pos] = true
	}
	for _, a := range args {
		if a == nil || a.FromSplat != nil {
			continue
		}
		v, ok := a.Expr.(*parser.Variable)
		if !ok {
			continue
		}
		if def := m.VarDef(v); def != nil && !seen[def.Pos()] {
			seen[def.Pos()] = true
			out = append(out, Related{Pos: def.Pos(), End: def.End(), Message: "$" + v.Name + " set here"})
		}
	}
	return out
}

// report records a finding spanning the command, marked unreachable when
// it sits in a function that the file never calls (catalog H.4).
func report(p *Pass, c *parser.Command, level Level, msg string, related []Related) {
	d := Diagnostic{Pos: c.Pos(), End: c.End(), Level: level, Message: msg, Related: related}
	if fn := unreachableFunction(p.Model, c); fn != nil {
		d.Properties = map[string]any{"reachable": false}
	}
	p.Report(d)
}

// inLoop reports a command that runs once per item: inside foreach, for,
// while or do, or in a script block given to ForEach-Object or .ForEach().
func inLoop(m *semantic.Model, c *parser.Command) bool {
	loop := false
	m.Ancestors(c, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.ForeachStmt, *parser.ForStmt, *parser.WhileStmt, *parser.DoStmt:
			loop = true
		case *parser.ScriptBlockExpr:
			if ec := m.EnclosingCommand(n); ec != nil && m.Resolve(ec).Name == "foreach-object" {
				loop = true
			}
			if inv, ok := m.Parent(n).(*parser.InvokeExpr); ok && strings.EqualFold(inv.Member.MemberName(), "foreach") {
				loop = true
			}
		case *parser.FunctionDef:
			return false
		}
		return !loop
	})
	return loop
}

// filteredObject reports whether x holds objects returned by the getter
// cmdlet and selected by match: `getter -Identity <match>`, or
// `getter | Where-Object <match>`, directly (pipeline input, when x is
// nil and c is given) or through a variable, a loop variable or a member
// such as .Identity.
type objectFilter struct {
	m      *semantic.Model
	getter string
	match  func(parser.Expr) bool
}

// piped reports pipeline input of c from a selecting pipeline.
func (f objectFilter) piped(c *parser.Command) (parser.Node, bool) {
	pl, ok := f.m.Parent(c).(*parser.Pipeline)
	if !ok {
		return nil, false
	}
	for i, el := range pl.Elements {
		if el == parser.PipelineElement(c) {
			return f.elements(pl.Elements[:i], 0)
		}
	}
	return nil, false
}

func (f objectFilter) elements(els []parser.PipelineElement, depth int) (parser.Node, bool) {
	if len(els) == 0 || depth > 8 {
		return nil, false
	}
	var ev parser.Node
	hit := false
	for i, el := range els {
		switch e := el.(type) {
		case *parser.CommandExpr:
			if i != 0 {
				return nil, false
			}
			ev, hit = f.expr(e.X, depth+1)
		case *parser.Command:
			switch name := f.m.Resolve(e).Name; {
			case i == 0 && name == f.getter:
				for _, el := range e.Elements {
					if a, ok := el.(*parser.Argument); ok && f.match(a.X) {
						ev, hit = e, true
					}
					if p, ok := el.(*parser.Parameter); ok && p.Arg != nil && f.match(p.Arg) {
						ev, hit = e, true
					}
				}
			case i > 0 && (name == "where-object"):
				if !hit && semantic.WhereMentions(f.m, e, f.match) {
					ev, hit = e, true
				}
			case i > 0 && (name == "select-object" || name == "sort-object"):
			default:
				return nil, false
			}
		}
	}
	return ev, hit
}

func (f objectFilter) expr(x parser.Expr, depth int) (parser.Node, bool) {
	if depth > 8 {
		return nil, false
	}
	switch x := x.(type) {
	case *parser.Variable:
		switch d := f.m.VarDef(x).(type) {
		case *parser.AssignStmt:
			if pl, ok := d.Value.(*parser.Pipeline); ok && d.Op == "=" && pl.Next == nil {
				return f.elements(pl.Elements, depth+1)
			}
		case *parser.ForeachStmt:
			if d.In != nil && d.In.Next == nil {
				return f.elements(d.In.Elements, depth+1)
			}
		}
	case *parser.MemberExpr:
		switch strings.ToLower(x.MemberName()) {
		case "identity", "name", "id", "guid", "distinguishedname":
			return f.expr(x.X, depth+1)
		}
	case *parser.ParenExpr:
		if pl, ok := x.X.(*parser.Pipeline); ok && pl.Next == nil {
			return f.elements(pl.Elements, depth+1)
		}
	case *parser.IndexExpr:
		return f.expr(x.X, depth+1)
	}
	return nil, false
}

// scriptName returns the file name a command runs when its name is a path
// to a script (.\x.ps1, C:\x\y.ps1, & "$PSScriptRoot\y.ps1", & $path with
// $path a constant or Join-Path … 'y.ps1'), lower case.
func scriptName(m *semantic.Model, c *parser.Command) string {
	return fileName(m, c.Name, 0)
}

func fileName(m *semantic.Model, x parser.Expr, depth int) string {
	var text string
	switch n := x.(type) {
	case *parser.Bareword:
		text = n.Text
	case *parser.StringLit:
		text = n.Value
	case *parser.Variable:
		if v := m.Eval(n, n.Pos()); v.Kind == semantic.String {
			text = v.Str
			break
		}
		def, ok := m.VarDef(n).(*parser.AssignStmt)
		if !ok || def.Op != "=" || depth > 3 {
			return ""
		}
		if e := semantic.StmtExpr(def.Value); e != nil {
			return fileName(m, e, depth+1)
		}
		pl, ok := def.Value.(*parser.Pipeline)
		if !ok || len(pl.Elements) != 1 {
			return ""
		}
		jc, ok := pl.Elements[0].(*parser.Command)
		if !ok || m.Resolve(jc).Name != "join-path" {
			return ""
		}
		// The last constant argument of Join-Path is the child path.
		for _, ax := range jc.ArgumentExprs() {
			if v := m.Eval(ax, ax.Pos()); v.Kind == semantic.String {
				text = v.Str
			}
		}
	case *parser.ParenExpr:
		if e := semantic.StmtExpr(n.X); e != nil && depth <= 3 {
			return fileName(m, e, depth+1)
		}
		return ""
	default:
		return ""
	}
	text = strings.ToLower(strings.Trim(strings.TrimSpace(text), `'"`))
	if i := strings.LastIndexAny(text, `\/`); i >= 0 {
		text = text[i+1:]
	}
	return text
}

const hybridAppScript = "configureexchangehybridapplication.ps1"

// hybridAppScriptCall reports a command that runs Microsoft's
// ConfigureExchangeHybridApplication.ps1 in this process.
func hybridAppScriptCall(m *semantic.Model, c *parser.Command) bool {
	return scriptName(m, c) == hybridAppScript
}

// credAdd is a step that adds a key or password credential to the shared
// "Office 365 Exchange Online" service principal (catalog F.2).
type credAdd struct {
	c    *parser.Command
	what string      // "a key credential", "a password credential", …
	sp   parser.Node // where the service principal was identified
	add  parser.Node // the new element, for collection replacements
	args []*semantic.Arg
	b    *semantic.Binding
}

// credSink describes a cmdlet of catalog F.2.
type credSink struct {
	targets []string // parameters that take the service principal's appId or object id
	objects []string // parameters that take the service principal object
	names   []string // parameters that take its display name
	lists   []string // parameters that replace a credential collection
	body    string   // a Graph request body parameter (hashtable)
	what    string
}

var credSinks = map[string]credSink{
	"new-msolserviceprincipalcredential":              {targets: []string{"AppPrincipalId", "ServicePrincipalName", "ObjectId"}, what: "a credential (New-MsolServicePrincipalCredential)"},
	"new-azureadserviceprincipalkeycredential":        {targets: []string{"ObjectId"}, what: "a key credential"},
	"new-azureadserviceprincipalpasswordcredential":   {targets: []string{"ObjectId"}, what: "a password credential"},
	"set-azureadserviceprincipal":                     {targets: []string{"ObjectId"}, lists: []string{"KeyCredentials", "PasswordCredentials"}, what: "credentials"},
	"add-mgserviceprincipalkey":                       {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, what: "a key credential (addKey)"},
	"add-mgbetaserviceprincipalkey":                   {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, what: "a key credential (addKey)"},
	"add-mgserviceprincipalpassword":                  {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, what: "a password credential (addPassword)"},
	"add-mgbetaserviceprincipalpassword":              {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, what: "a password credential (addPassword)"},
	"update-mgserviceprincipal":                       {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, lists: []string{"KeyCredentials", "PasswordCredentials"}, body: "BodyParameter", what: "credentials"},
	"update-mgbetaserviceprincipal":                   {targets: []string{"ServicePrincipalId"}, objects: []string{"InputObject"}, lists: []string{"KeyCredentials", "PasswordCredentials"}, body: "BodyParameter", what: "credentials"},
	"new-entraserviceprincipalkeycredential":          {targets: []string{"ServicePrincipalId"}, what: "a key credential"},
	"new-entrabetaserviceprincipalkeycredential":      {targets: []string{"ServicePrincipalId"}, what: "a key credential"},
	"new-entraserviceprincipalpasswordcredential":     {targets: []string{"ServicePrincipalId"}, what: "a password credential"},
	"new-entrabetaserviceprincipalpasswordcredential": {targets: []string{"ServicePrincipalId"}, what: "a password credential"},
	"set-entraserviceprincipal":                       {targets: []string{"ServicePrincipalId"}, lists: []string{"KeyCredentials", "PasswordCredentials"}, what: "credentials"},
	"set-entrabetaserviceprincipal":                   {targets: []string{"ServicePrincipalId"}, lists: []string{"KeyCredentials", "PasswordCredentials"}, what: "credentials"},
	"new-azadspcredential":                            {targets: []string{"ObjectId", "ServicePrincipalName"}, objects: []string{"ServicePrincipalObject"}, names: []string{"DisplayName"}, what: "a credential (New-AzADSpCredential)"},
	"new-azurermadspcredential":                       {targets: []string{"ObjectId", "ServicePrincipalName"}, objects: []string{"ServicePrincipalObject"}, names: []string{"DisplayName"}, what: "a credential (New-AzureRmADSpCredential)"},
	"update-azadserviceprincipal":                     {targets: []string{"ObjectId", "ApplicationId", "ServicePrincipalName"}, objects: []string{"InputObject"}, names: []string{"DisplayName"}, lists: []string{"KeyCredential", "PasswordCredential"}, what: "credentials"},
}

// exoCredentialAdds finds every step that adds a credential to the shared
// service principal: the credential cmdlets of MSOnline, AzureAD, Microsoft
// Graph, Entra and Az, and raw Graph REST calls (PATCH of keyCredentials or
// passwordCredentials, addKey, addPassword). Replacing a collection counts
// only when the new collection can hold an element that was not there.
func exoCredentialAdds(m *semantic.Model) []credAdd {
	var out []credAdd
	quick := !definesAliases(m)
	bases := m.CommandBases()
	for ci, c := range m.Commands {
		if quick {
			base := bases[ci]
			if _, ok := credSinks[base]; !ok && !semantic.IsRestCmdlet(base) {
				switch base {
				case "iwr", "irm", "curl", "wget":
				default:
					continue
				}
			}
		}
		r := m.Resolve(c)
		if !r.Builtin {
			continue
		}
		if semantic.IsRestCmdlet(r.Name) {
			if a, ok := restCredentialAdd(m, c); ok {
				out = append(out, a)
			}
			continue
		}
		sink, ok := credSinks[r.Name]
		if !ok {
			continue
		}
		b := m.Bind(c, semantic.Cmdlet(r.Name))
		if len(b.Ambiguous) > 0 {
			continue
		}
		add := credAdd{c: c, what: sink.what, b: b}
		for _, n := range sink.targets {
			if a := b.Get(n); a != nil && a.Expr != nil && add.sp == nil {
				if ref := m.ExoServicePrincipal(a.Expr); ref.Kind == semantic.SPID {
					add.sp = ref.Evidence
					add.args = append(add.args, a)
				}
			}
		}
		for _, n := range sink.objects {
			if a := b.Get(n); a != nil && a.Expr != nil && add.sp == nil {
				if ref := m.ExoServicePrincipal(a.Expr); ref.Kind == semantic.SPObject {
					add.sp = ref.Evidence
					add.args = append(add.args, a)
				}
			}
		}
		for _, n := range sink.names {
			if a := b.Get(n); a != nil && add.sp == nil {
				if v := m.ArgValue(a, c.Pos()); v.Kind == semantic.String && strings.EqualFold(strings.TrimSpace(v.Str), "Office 365 Exchange Online") {
					add.sp = a.Node
					add.args = append(add.args, a)
				}
			}
		}
		if add.sp == nil && b.Piped {
			if ref := m.ExoServicePrincipalPiped(c); ref.Kind == semantic.SPObject {
				add.sp = ref.Evidence
			}
		}
		if add.sp == nil {
			continue
		}
		if len(sink.lists) > 0 || sink.body != "" {
			// Collection replacement: an add only with a new element.
			found := false
			for _, n := range sink.lists {
				a := b.Get(n)
				if a == nil || a.Expr == nil {
					continue
				}
				if adds, ev := m.CredentialsAdded(a.Expr); adds == semantic.AddsYes {
					found = true
					add.add = ev
					add.args = append(add.args, a)
					if strings.HasPrefix(strings.ToLower(n), "key") {
						add.what = "key credentials (the new " + n + " collection holds a new entry)"
					} else {
						add.what = "password credentials (the new " + n + " collection holds a new entry)"
					}
					break
				}
			}
			if !found && sink.body != "" {
				if a := b.Get(sink.body); a != nil {
					if adds, ev := m.BodyAddsCredentials(a, c.Pos()); adds == semantic.AddsYes {
						found = true
						add.add = ev
						add.args = append(add.args, a)
						add.what = "credentials (the request body's keyCredentials/passwordCredentials hold a new entry)"
					}
				}
			}
			if !found {
				continue
			}
		}
		out = append(out, add)
	}
	return out
}

// restCredentialAdd recognises a Graph REST call that adds a credential to
// the shared service principal.
func restCredentialAdd(m *semantic.Model, c *parser.Command) (credAdd, bool) {
	req, ok := m.RestRequest(c)
	if !ok || req.URI == "" {
		return credAdd{}, false
	}
	uri := req.URI
	if i := strings.IndexAny(uri, "?#"); i >= 0 {
		uri = uri[:i]
	}
	rest := ""
	byAppID := "serviceprincipals(appid='" + semantic.ExoAppID + "')"
	byAppIDNoQuote := "serviceprincipals(appid=" + semantic.ExoAppID + ")"
	switch {
	case strings.Contains(uri, byAppID):
		rest = uri[strings.Index(uri, byAppID)+len(byAppID):]
	case strings.Contains(uri, byAppIDNoQuote):
		rest = uri[strings.Index(uri, byAppIDNoQuote)+len(byAppIDNoQuote):]
	case strings.Contains(uri, "serviceprincipals(appid='{exosp}')"):
		rest = uri[strings.Index(uri, "serviceprincipals(appid='{exosp}')")+len("serviceprincipals(appid='{exosp}')"):]
	case strings.Contains(uri, "serviceprincipals/{exosp}"):
		rest = uri[strings.Index(uri, "serviceprincipals/{exosp}")+len("serviceprincipals/{exosp}"):]
	default:
		return credAdd{}, false
	}
	rest = strings.TrimSuffix(rest, "/")
	add := credAdd{c: c, sp: req.URINode}
	if req.Body != nil {
		add.args = append(add.args, req.Body)
	}
	switch {
	case rest == "/addkey" || rest == "/microsoft.graph.addkey":
		if req.Method != "POST" && req.Method != "" {
			return credAdd{}, false
		}
		add.what = "a key credential (POST …/addKey)"
		return add, true
	case rest == "/addpassword" || rest == "/microsoft.graph.addpassword":
		if req.Method != "POST" && req.Method != "" {
			return credAdd{}, false
		}
		add.what = "a password credential (POST …/addPassword)"
		return add, true
	case rest == "":
		if req.Method != "PATCH" && req.Method != "PUT" && req.Method != "" {
			return credAdd{}, false
		}
		adds, ev := m.BodyAddsCredentials(req.Body, c.Pos())
		if adds != semantic.AddsYes {
			return credAdd{}, false
		}
		add.add = ev
		add.what = "credentials (PATCH with keyCredentials/passwordCredentials that hold a new entry)"
		return add, true
	}
	return credAdd{}, false
}
