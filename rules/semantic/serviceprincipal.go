package semantic

import (
	"regexp"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// ExoAppID is the appId of the first-party "Office 365 Exchange Online"
// service principal shared by Exchange Server and Exchange Online in hybrid
// (CVE-2025-53786, catalog F.1).
const ExoAppID = "00000002-0000-0ff1-ce00-000000000000"

// exoDisplayName is that service principal's display name, lower case.
const exoDisplayName = "office 365 exchange online"

// IsExoAppID reports a string that names the shared service principal: the
// appId in any case, in braces, or at the start of an SPN (appId/host, appId@realm).
func IsExoAppID(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	if s == ExoAppID {
		return true
	}
	return strings.HasPrefix(s, ExoAppID+"/") || strings.HasPrefix(s, ExoAppID+"@")
}

// MentionsExoAppID reports text that contains the appId anywhere (filters, URIs).
func MentionsExoAppID(s string) bool { return strings.Contains(strings.ToLower(s), ExoAppID) }

// mentionsExoName reports text that names the service principal by display name.
func mentionsExoName(s string) bool { return strings.Contains(strings.ToLower(s), exoDisplayName) }

// SPKind says what an expression holds with respect to the shared service principal.
type SPKind uint8

// SPKind values.
const (
	SPNone   SPKind = iota
	SPObject        // the service principal object (result of a lookup)
	SPID            // its appId or object id
)

// SPRef is the result of tracking an expression back to the shared service
// principal: what it holds and where the service principal was identified
// (the appId literal or the lookup command).
type SPRef struct {
	Kind     SPKind
	Evidence parser.Node
}

// spGetters are the cmdlets that look up a service principal.
var spGetters = map[string]bool{
	"get-msolserviceprincipal": true, "get-azureadserviceprincipal": true,
	"get-mgserviceprincipal": true, "get-mgbetaserviceprincipal": true,
	"get-mgserviceprincipalbyappid": true, "get-mgbetaserviceprincipalbyappid": true,
	"get-entraserviceprincipal": true, "get-entrabetaserviceprincipal": true,
	"get-azadserviceprincipal": true, "get-azurermadserviceprincipal": true,
}

// restCmdlets send raw HTTP requests.
var restCmdlets = map[string]bool{
	"invoke-mggraphrequest": true, "invoke-restmethod": true, "invoke-webrequest": true, "invoke-azrestmethod": true,
}

// IsRestCmdlet reports a cmdlet that sends raw HTTP requests (Graph REST calls).
func IsRestCmdlet(name string) bool { return restCmdlets[name] }

// spTracker follows an expression back through variables, members,
// pipelines and function parameters (depth 3, catalog H.3) to the shared
// service principal.
type spTracker struct {
	m     *Model
	inter int
	seen  map[parser.Node]bool
	steps int // work budget: a file never costs more than spBudget steps per question
}

const spBudget = 20000

// spent counts one step and reports an exhausted budget.
func (t *spTracker) spent() bool {
	t.steps++
	return t.steps > spBudget
}

// ExoServicePrincipal reports whether x holds the shared "Office 365 Exchange
// Online" service principal or its id: the appId written literally or held
// in a variable, the result of a lookup by appId or display name
// (Get-MsolServicePrincipal, Get-MgServicePrincipal -Filter, …ByAppId,
// Get-AzureADServicePrincipal, Get-EntraServicePrincipal,
// Get-AzADServicePrincipal, a Graph REST GET) or its .Id/.ObjectId/.AppId,
// also when passed into a function defined in the file.
func (m *Model) ExoServicePrincipal(x parser.Expr) SPRef {
	if m.EnterQuery(ServicePrincipalAnalyzer) {
		defer m.Leave()
	}
	t := &spTracker{m: m, seen: map[parser.Node]bool{}}
	return t.expr(x, 0)
}

// ExoServicePrincipalPiped reports whether the elements before c in its
// pipeline produce the shared service principal ($exo | Add-Mg…, or a lookup
// piped into the credential cmdlet).
func (m *Model) ExoServicePrincipalPiped(c *parser.Command) SPRef {
	if m.EnterQuery(ServicePrincipalAnalyzer) {
		defer m.Leave()
	}
	pl, ok := m.Parent(c).(*parser.Pipeline)
	if !ok {
		return SPRef{}
	}
	for i, el := range pl.Elements {
		if el == parser.PipelineElement(c) {
			if i == 0 {
				return SPRef{}
			}
			t := &spTracker{m: m, seen: map[parser.Node]bool{}}
			return t.elements(pl.Elements[:i], 0)
		}
	}
	return SPRef{}
}

// ExoLookup reports a command that looks up the shared service principal.
func (m *Model) ExoLookup(c *parser.Command) SPRef {
	if m.EnterQuery(ServicePrincipalAnalyzer) {
		defer m.Leave()
	}
	t := &spTracker{m: m, seen: map[parser.Node]bool{}}
	return t.lookup(c, 0)
}

var idMembers = map[string]bool{"id": true, "objectid": true, "appprincipalid": true, "appid": true, "serviceprincipalid": true}

func (t *spTracker) expr(x parser.Expr, depth int) SPRef {
	if x == nil || depth > 24 || t.spent() {
		return SPRef{}
	}
	switch x := x.(type) {
	case *parser.StringLit:
		if x.Constant() {
			if IsExoAppID(x.Value) {
				return SPRef{SPID, x}
			}
			return SPRef{}
		}
		if v := t.m.Eval(x, x.Pos()); v.Kind == String {
			if IsExoAppID(v.Str) {
				return SPRef{SPID, x}
			}
			return SPRef{}
		}
		// "$id" or "$($sp.Id)": a string that is exactly one part.
		if len(x.Parts) == 1 && strings.TrimSpace(x.Value) == t.m.Text(x.Parts[0]) {
			if r := t.expr(x.Parts[0], depth+1); r.Kind == SPID {
				return r
			}
		}
	case *parser.Bareword:
		if IsExoAppID(x.Text) {
			return SPRef{SPID, x}
		}
	case *parser.Variable:
		return t.variable(x, depth)
	case *parser.MemberExpr:
		if x.Static {
			return SPRef{}
		}
		name := strings.ToLower(x.MemberName())
		inner := t.expr(x.X, depth+1)
		switch {
		case idMembers[name] && inner.Kind == SPObject:
			return SPRef{SPID, inner.Evidence}
		case name == "value" && inner.Kind == SPObject:
			return inner
		}
	case *parser.IndexExpr:
		if inner := t.expr(x.X, depth+1); inner.Kind == SPObject {
			return inner
		}
	case *parser.ParenExpr:
		return t.stmt(x.X, depth+1)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return t.stmt(x.Body[0], depth+1)
		}
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			return t.stmt(x.Body[0], depth+1)
		}
	case *parser.ConvertExpr:
		return t.expr(x.X, depth+1)
	case *parser.InvokeExpr:
		switch strings.ToLower(x.Member.MemberName()) {
		case "tostring", "trim", "tolower", "toupper", "tolowerinvariant", "toupperinvariant":
			if r := t.expr(x.Member.X, depth+1); r.Kind == SPID {
				return r
			}
		}
	}
	return SPRef{}
}

func (t *spTracker) variable(v *parser.Variable, depth int) SPRef {
	if v.Splat {
		return SPRef{}
	}
	if val := t.m.LookupVar(v.ShortName(), v.Pos()); val.Kind == String {
		if IsExoAppID(val.Str) {
			return SPRef{SPID, val.Node}
		}
		return SPRef{}
	}
	def := t.m.VarDef(v)
	if def == nil || t.seen[def] {
		return SPRef{}
	}
	t.seen[def] = true
	defer delete(t.seen, def)
	switch d := def.(type) {
	case *parser.AssignStmt:
		if d.Op != "=" {
			return SPRef{}
		}
		return t.stmt(d.Value, depth+1)
	case *parser.ForeachStmt:
		// The loop variable holds the elements of the collection.
		return t.pipeline(d.In, depth+1)
	case *parser.Param:
		return t.param(d, depth)
	}
	return SPRef{}
}

// param follows a function parameter to the arguments of the calls in the
// file (depth 3), and to its default value.
func (t *spTracker) param(p *parser.Param, depth int) SPRef {
	if p.Default != nil {
		if r := t.expr(p.Default, depth+1); r.Kind != SPNone {
			return r
		}
	}
	fn, ok := t.m.Scope(p).(*parser.FunctionDef)
	if !ok || fn == nil || t.inter >= 3 {
		return SPRef{}
	}
	info := t.m.FunctionInfo(fn)
	name := strings.ToLower(p.Name.ShortName())
	t.inter++
	defer func() { t.inter-- }()
	for i, call := range t.m.CallsTo(fn) {
		if i >= 50 {
			break
		}
		b := t.m.Bind(call, info)
		a := b.Get(name)
		if a == nil || a.Expr == nil {
			continue
		}
		if r := t.expr(a.Expr, depth+1); r.Kind != SPNone {
			return r
		}
	}
	return SPRef{}
}

// FunctionInfo builds binder metadata for a function defined in the file:
// parameters in declaration order are positional unless some carry a
// Position; [switch] parameters are switches; [Alias()] names are aliases.
func (m *Model) FunctionInfo(fn *parser.FunctionDef) *CmdletInfo {
	params := fn.Params
	if fn.Body != nil && fn.Body.Param != nil {
		params = append(append([]*parser.Param(nil), params...), fn.Body.Param.Params...)
	}
	explicit := false
	for _, p := range params {
		for _, a := range p.Attributes {
			for _, na := range a.Named {
				if strings.EqualFold(na.Name, "Position") {
					explicit = true
				}
			}
		}
	}
	info := &CmdletInfo{Name: fn.Name}
	pos := 0
	for _, p := range params {
		pi := ParamInfo{Name: p.Name.ShortName(), Position: -1}
		for _, a := range p.Attributes {
			tn := strings.ToLower(a.Type.Name)
			switch {
			case a.IsTypeConstraint && (tn == "switch" || tn == "system.management.automation.switchparameter"):
				pi.Switch = true
			case tn == "alias":
				for _, x := range a.Positional {
					if s, ok := m.constString(x, a.Pos()); ok {
						pi.Aliases = append(pi.Aliases, s)
					}
				}
			case tn == "parameter":
				for _, na := range a.Named {
					if strings.EqualFold(na.Name, "Position") && na.Value != nil {
						if v := m.Eval(na.Value, na.Pos()); v.Kind == Number {
							pi.Position = int(v.Num)
						}
					}
				}
			}
		}
		if !explicit && !pi.Switch {
			pi.Position = pos
			pos++
		}
		info.Params = append(info.Params, pi)
	}
	return info
}

func (t *spTracker) stmt(s parser.Stmt, depth int) SPRef {
	switch s := s.(type) {
	case *parser.Pipeline:
		return t.pipeline(s, depth)
	case *parser.AssignStmt:
		return t.stmt(s.Value, depth+1)
	}
	return SPRef{}
}

func (t *spTracker) pipeline(pl *parser.Pipeline, depth int) SPRef {
	if pl == nil || pl.Next != nil {
		return SPRef{}
	}
	return t.elements(pl.Elements, depth)
}

// elements runs a pipeline: the first element produces a value, filters
// keep it, Select-Object -ExpandProperty Id turns the object into its id,
// and Where-Object on the appId after a generic lookup selects the shared
// service principal.
func (t *spTracker) elements(els []parser.PipelineElement, depth int) SPRef {
	var cur SPRef
	getter := false
	for i, el := range els {
		if i == 0 {
			switch e := el.(type) {
			case *parser.CommandExpr:
				cur = t.expr(e.X, depth+1)
			case *parser.Command:
				cur = t.lookup(e, depth)
				getter = spGetters[t.m.Resolve(e).Name]
			}
			continue
		}
		c, ok := el.(*parser.Command)
		if !ok {
			return SPRef{}
		}
		switch t.m.Resolve(c).Name {
		case "where-object":
			if cur.Kind == SPNone && getter && t.whereSelectsExo(c, depth) {
				cur = SPRef{SPObject, c}
			}
		case "select-object":
			if prop, ok := expandProperty(t.m, c); ok {
				if id, _ := GetFold(idMembers, prop); cur.Kind == SPObject && id {
					cur = SPRef{SPID, cur.Evidence}
				} else {
					cur = SPRef{}
				}
			}
		case "sort-object", "get-unique", "tee-object", "write-output":
		case "foreach-object":
			if cur.Kind == SPObject && foreachSelectsID(c) {
				cur = SPRef{SPID, cur.Evidence}
			} else {
				cur = SPRef{}
			}
		default:
			return SPRef{}
		}
	}
	return cur
}

// expandProperty returns the -ExpandProperty argument of Select-Object.
func expandProperty(m *Model, c *parser.Command) (string, bool) {
	els := c.Elements
	for i, e := range els {
		p, ok := e.(*parser.Parameter)
		if !ok || len(p.Name) < 2 || !strings.HasPrefix("expandproperty", strings.ToLower(p.Name)) {
			continue
		}
		var x parser.Expr = p.Arg
		if x == nil && i+1 < len(els) {
			if a, ok := els[i+1].(*parser.Argument); ok {
				x = a.X
			}
		}
		if s, ok := m.constString(x, c.Pos()); ok {
			return s, true
		}
		return "", true
	}
	return "", false
}

// foreachSelectsID reports ForEach-Object { $_.Id } (or .ObjectId, .AppId).
func foreachSelectsID(c *parser.Command) bool {
	for _, e := range c.Elements {
		a, ok := e.(*parser.Argument)
		if !ok {
			continue
		}
		sb, ok := a.X.(*parser.ScriptBlockExpr)
		if !ok || sb.Body == nil {
			return false
		}
		st := sb.Body.Statements()
		if len(st) != 1 {
			return false
		}
		me, ok := stmtExpr(st[0]).(*parser.MemberExpr)
		if !ok {
			return false
		}
		v, ok := me.X.(*parser.Variable)
		return ok && (v.ShortName() == "_" || v.ShortName() == "psitem") && idMembers[strings.ToLower(me.MemberName())]
	}
	return false
}

// negatedOps are comparison operators that exclude what they name.
var negatedOps = map[string]bool{
	"-ne": true, "-ine": true, "-cne": true, "-notlike": true, "-inotlike": true, "-cnotlike": true,
	"-notmatch": true, "-inotmatch": true, "-cnotmatch": true, "-notin": true, "-inotin": true, "-cnotin": true,
	"-notcontains": true, "-inotcontains": true, "-cnotcontains": true,
}

// whereSelectsExo reports a Where-Object whose filter names the shared
// service principal's appId (literally or through a variable) or display
// name, without a negated comparison.
func (t *spTracker) whereSelectsExo(c *parser.Command, depth int) bool {
	return WhereMentions(t.m, c, func(x parser.Expr) bool {
		switch x := x.(type) {
		case *parser.StringLit:
			if x.Constant() {
				return IsExoAppID(x.Value) || strings.EqualFold(strings.TrimSpace(x.Value), exoDisplayName)
			}
		case *parser.Bareword:
			return IsExoAppID(x.Text)
		case *parser.Variable:
			if x.ShortName() == "_" || x.ShortName() == "psitem" {
				return false
			}
			if v := t.m.LookupVar(x.ShortName(), x.Pos()); v.Kind == String {
				return IsExoAppID(v.Str) || strings.EqualFold(strings.TrimSpace(v.Str), exoDisplayName)
			}
			return t.expr(x, depth+1).Kind == SPID
		}
		return false
	})
}

// WhereMentions reports a Where-Object (or ?) command whose arguments
// contain an expression for which match is true, and no negated comparison
// (-ne, -notlike, -notmatch, -notin, -notcontains, -not, !) that could turn
// the match into an exclusion.
func WhereMentions(m *Model, c *parser.Command, match func(parser.Expr) bool) bool {
	hit, negated := false, false
	for _, e := range c.Elements {
		if p, ok := e.(*parser.Parameter); ok {
			if negatedOps["-"+strings.ToLower(p.Name)] || strings.EqualFold(p.Name, "not") {
				negated = true
			}
		}
		parser.Inspect(e, func(n parser.Node) bool {
			switch n := n.(type) {
			case *parser.BinaryExpr:
				if negatedOps[n.Op] {
					negated = true
				}
			case *parser.UnaryExpr:
				if n.Op == "-not" || n.Op == "!" {
					negated = true
				}
			case parser.Expr:
				if match(n) {
					hit = true
				}
			}
			return true
		})
	}
	return hit && !negated
}

// lookup classifies a command that returns a service principal.
func (t *spTracker) lookup(c *parser.Command, depth int) SPRef {
	if t.seen[c] || t.spent() {
		return SPRef{}
	}
	t.seen[c] = true
	defer delete(t.seen, c)
	r := t.m.Resolve(c)
	if !r.Builtin {
		return SPRef{}
	}
	info := Cmdlet(r.Name)
	if info == nil {
		return SPRef{}
	}
	b := t.m.Bind(c, info)
	if len(b.Ambiguous) > 0 {
		return SPRef{}
	}
	hit := false
	id := func(names ...string) {
		for _, n := range names {
			if a := b.Get(n); a != nil && a.Expr != nil && t.expr(a.Expr, depth+1).Kind == SPID {
				hit = true
			}
		}
	}
	filter := func(names ...string) {
		for _, n := range names {
			if a := b.Get(n); a != nil && a.Expr != nil && t.filterMentionsExo(a.Expr, depth) {
				hit = true
			}
		}
	}
	name := func(names ...string) {
		for _, n := range names {
			if a := b.Get(n); a != nil {
				if v := t.m.ArgValue(a, c.Pos()); v.Kind == String && (mentionsExoName(v.Str) || IsExoAppID(v.Str)) {
					hit = true
				}
			}
		}
	}
	switch r.Name {
	case "get-msolserviceprincipal":
		id("ServicePrincipalName", "AppPrincipalId", "ObjectId")
		name("SearchString")
	case "get-mgserviceprincipal", "get-mgbetaserviceprincipal":
		id("ServicePrincipalId")
		filter("Filter")
		name("Search")
	case "get-mgserviceprincipalbyappid", "get-mgbetaserviceprincipalbyappid":
		id("AppId")
	case "get-azureadserviceprincipal":
		id("ObjectId")
		filter("Filter")
		name("SearchString")
	case "get-entraserviceprincipal", "get-entrabetaserviceprincipal":
		id("ServicePrincipalId")
		filter("Filter")
		name("SearchString")
	case "get-azadserviceprincipal", "get-azurermadserviceprincipal":
		id("ApplicationId", "ServicePrincipalName", "ObjectId")
		filter("Filter")
		name("DisplayName", "DisplayNameStartsWith", "DisplayNameBeginsWith", "SearchString")
	case "invoke-mggraphrequest", "invoke-restmethod", "invoke-webrequest":
		req := t.m.restRequest(t, c, b)
		if req.Method == "GET" && strings.Contains(req.URI, "serviceprincipals") &&
			(MentionsExoAppID(req.URI) || strings.Contains(req.URI, "{exosp}")) {
			hit = true
		}
	}
	if hit {
		return SPRef{SPObject, c}
	}
	return SPRef{}
}

// filterMentionsExo reports an OData filter or search string that selects
// the shared service principal by appId or display name.
func (t *spTracker) filterMentionsExo(x parser.Expr, depth int) bool {
	if v := t.m.Eval(x, x.Pos()); v.Kind == String {
		return MentionsExoAppID(v.Str) || mentionsExoName(v.Str)
	}
	if s, ok := x.(*parser.StringLit); ok {
		if MentionsExoAppID(s.Value) || mentionsExoName(s.Value) {
			return true
		}
		for _, part := range s.Parts {
			if t.expr(part, depth+1).Kind == SPID {
				return true
			}
		}
	}
	return false
}

// RestRequest is a raw HTTP request as far as it is known: the method
// (upper case; "GET" when absent, "" when unknown) and the URI, lower case,
// with the parts that hold the shared service principal's id written as
// {exosp} and other unknown parts as {*}.
type RestRequest struct {
	Method  string
	URI     string
	URINode parser.Node
	Body    *Arg
}

// RestRequest describes an Invoke-MgGraphRequest, Invoke-RestMethod,
// Invoke-WebRequest or Invoke-AzRestMethod call.
func (m *Model) RestRequest(c *parser.Command) (RestRequest, bool) {
	r := m.Resolve(c)
	if !r.Builtin || !restCmdlets[r.Name] {
		return RestRequest{}, false
	}
	b := m.Bind(c, Cmdlet(r.Name))
	if len(b.Ambiguous) > 0 {
		return RestRequest{}, false
	}
	return m.restRequest(&spTracker{m: m, seen: map[parser.Node]bool{}}, c, b), true
}

var exoHTTPMethods = map[string]bool{"GET": true, "POST": true, "PATCH": true, "PUT": true, "DELETE": true, "HEAD": true, "OPTIONS": true, "MERGE": true, "TRACE": true}

func (m *Model) restRequest(t *spTracker, c *parser.Command, b *Binding) RestRequest {
	req := RestRequest{Method: "GET"}
	uri := b.Get("Uri")
	if uri == nil {
		uri = b.Get("Path")
	}
	if a := b.Get("Method"); a != nil {
		v := m.ArgValue(a, c.Pos())
		switch {
		case v.Kind == String && exoHTTPMethods[strings.ToUpper(v.Str)]:
			req.Method = strings.ToUpper(v.Str)
		case v.Kind == String && a.FromSplat == nil && a.Node == a.Expr && uri == nil:
			// Invoke-MgGraphRequest 'https://…': a positional URI lands on
			// -Method first; PowerShell moves it on when it is no method name.
			uri, req.Method = a, "GET"
		default:
			req.Method = ""
		}
	}
	if uri != nil && uri.Expr != nil {
		req.URI = strings.ToLower(t.render(uri.Expr, 0))
		req.URI = strings.NewReplacer("''", "'", "%27", "'", `"`, "'", "%28", "(", "%29", ")").Replace(req.URI)
		req.URINode = uri.Expr
	}
	req.Body = b.Get("Body")
	if req.Body == nil {
		req.Body = b.Get("Payload")
	}
	return req
}

// render writes an expression as text: constants as they are, the shared
// service principal's id as {exosp}, anything else as {?}.
func (t *spTracker) render(x parser.Expr, depth int) string {
	if depth > 8 || t.spent() {
		return "{*}"
	}
	if v := t.m.Eval(x, x.Pos()); v.Kind == String {
		return v.Str
	}
	if r := t.expr(x, depth+1); r.Kind == SPID {
		return "{exosp}"
	}
	switch x := x.(type) {
	case *parser.StringLit:
		out := x.Value
		for _, part := range x.Parts {
			out = strings.Replace(out, t.m.Text(part), t.render(part, depth+1), 1)
		}
		return out
	case *parser.BinaryExpr:
		if x.Op == "+" {
			return t.render(x.X, depth+1) + t.render(x.Y, depth+1)
		}
	case *parser.ParenExpr:
		if e := stmtExpr(x.X); e != nil {
			return t.render(e, depth+1)
		}
	case *parser.Variable:
		if def, ok := t.m.VarDef(x).(*parser.AssignStmt); ok && def.Op == "=" && !t.seen[def] {
			if e := stmtExpr(def.Value); e != nil {
				t.seen[def] = true
				defer delete(t.seen, def)
				return t.render(e, depth+1)
			}
		}
	}
	return "{*}"
}

// Adds is the answer of the add-versus-remove test for a credential
// collection (catalog HYB001): can the new collection contain an element
// that was not in the existing one?
type Adds uint8

// Adds values.
const (
	AddsUnknown Adds = iota
	AddsNo           // empty, $null, the existing collection or a filtered copy of it
	AddsYes          // a new hashtable/object literal, certificate data, .Add()/+= of such an element
)

func combineAdds(a, b Adds) Adds {
	switch {
	case a == AddsYes || b == AddsYes:
		return AddsYes
	case a == AddsNo && b == AddsNo:
		return AddsNo
	}
	return AddsUnknown
}

// CredentialsAdded classifies a value written to keyCredentials or
// passwordCredentials and returns the node that contributes a new element.
func (m *Model) CredentialsAdded(x parser.Expr) (Adds, parser.Node) {
	if m.EnterQuery(ServicePrincipalAnalyzer) {
		defer m.Leave()
	}
	t := &addsTracker{m: m, seen: map[parser.Node]bool{}}
	a := t.expr(x, 0)
	return a, t.evidence
}

type addsTracker struct {
	m        *Model
	seen     map[parser.Node]bool
	evidence parser.Node
	steps    int
}

func (t *addsTracker) yes(n parser.Node) Adds {
	if t.evidence == nil {
		t.evidence = n
	}
	return AddsYes
}

var credMembers = map[string]bool{"keycredentials": true, "passwordcredentials": true, "keycredential": true, "passwordcredential": true}

func (t *addsTracker) expr(x parser.Expr, depth int) Adds {
	if x == nil {
		return AddsNo
	}
	t.steps++
	if depth > 24 || t.steps > spBudget {
		return AddsUnknown
	}
	switch x := x.(type) {
	case *parser.Variable:
		return t.variable(x, depth)
	case *parser.HashLit:
		return t.literal(x, x, depth)
	case *parser.ConvertExpr:
		if h, ok := x.X.(*parser.HashLit); ok {
			return t.literal(x, h, depth)
		}
		return t.expr(x.X, depth+1)
	case *parser.ArrayExpr:
		if len(x.Body) == 0 {
			return AddsNo
		}
		out := AddsNo
		for _, s := range x.Body {
			out = combineAdds(out, t.stmt(s, depth+1))
		}
		return out
	case *parser.ArrayLit:
		out := AddsNo
		for _, e := range x.Elems {
			out = combineAdds(out, t.expr(e, depth+1))
		}
		return out
	case *parser.ParenExpr:
		return t.stmt(x.X, depth+1)
	case *parser.SubExpr:
		out := AddsNo
		for _, s := range x.Body {
			out = combineAdds(out, t.stmt(s, depth+1))
		}
		return out
	case *parser.BinaryExpr:
		if x.Op == "+" {
			return combineAdds(t.expr(x.X, depth+1), t.expr(x.Y, depth+1))
		}
	case *parser.IndexExpr:
		return t.expr(x.X, depth+1)
	case *parser.MemberExpr:
		name := strings.ToLower(x.MemberName())
		switch {
		case credMembers[name]:
			return AddsNo
		case name == "rawdata":
			return t.yes(x)
		}
	case *parser.InvokeExpr:
		name := strings.ToLower(x.Member.MemberName())
		switch {
		case x.Member.Static && name == "tobase64string",
			name == "getrawcertdata", name == "getrawcertdatastring", name == "export":
			return t.yes(x)
		case x.Member.Static && name == "new":
			tn := strings.ToLower(TypeOfLiteral(x.Member.X))
			if strings.Contains(tn, "credential") {
				return t.yes(x)
			}
			if len(x.Args) == 0 && isCollectionType(tn) {
				return AddsNo
			}
		case name == "where" || name == "clone" || name == "toarray":
			return t.expr(x.Member.X, depth+1)
		}
	}
	return AddsUnknown
}

// literal classifies a credential written as a hashtable or
// [PSCustomObject]@{…}: a new credential, unless its key material is
// copied from an element of the existing collection (key = $k.key inside a
// loop over the service principal's keyCredentials), which is how
// clean-up scripts rebuild the list of credentials they keep.
func (t *addsTracker) literal(n parser.Node, h *parser.HashLit, depth int) Adds {
	for _, e := range h.Entries {
		key, ok := t.m.hashKey(e.Key, e.Pos())
		if !ok || !strings.EqualFold(key, "key") {
			continue
		}
		me, ok := stmtExpr(e.Value).(*parser.MemberExpr)
		if !ok || !strings.EqualFold(me.MemberName(), "key") {
			break
		}
		if v, ok := me.X.(*parser.Variable); ok && t.variable(v, depth+1) == AddsNo {
			return AddsNo
		}
		break
	}
	return t.yes(n)
}

func isCollectionType(tn string) bool {
	for _, s := range []string{"list", "arraylist", "collection", "object[]", "array"} {
		if strings.Contains(tn, s) {
			return true
		}
	}
	return false
}

func (t *addsTracker) stmt(s parser.Stmt, depth int) Adds {
	pl, ok := s.(*parser.Pipeline)
	if !ok || pl.Next != nil {
		return AddsUnknown
	}
	cur := AddsUnknown
	for i, el := range pl.Elements {
		if i == 0 {
			switch e := el.(type) {
			case *parser.CommandExpr:
				cur = t.expr(e.X, depth+1)
			case *parser.Command:
				cur = t.command(e)
			}
			continue
		}
		c, ok := el.(*parser.Command)
		if !ok {
			return AddsUnknown
		}
		switch t.m.Resolve(c).Name {
		case "where-object", "sort-object", "get-unique", "convertto-json", "write-output":
		case "select-object":
			if prop, ok := expandProperty(t.m, c); ok {
				if credMembers[strings.ToLower(prop)] {
					cur = AddsNo
				} else {
					cur = AddsUnknown
				}
			}
		default:
			return AddsUnknown
		}
	}
	return cur
}

// command classifies a command that produces a collection or a credential.
func (t *addsTracker) command(c *parser.Command) Adds {
	if !t.m.IsCall(c, "new-object") {
		return AddsUnknown
	}
	tn, b := t.m.NewObjectType(c)
	tn = strings.ToLower(tn)
	switch {
	case strings.Contains(tn, "credential"):
		return t.yes(c)
	case isCollectionType(tn) && !b.Has("ArgumentList") && len(b.Extra) == 0:
		return AddsNo
	}
	return AddsUnknown
}

func (t *addsTracker) variable(v *parser.Variable, depth int) Adds {
	if v.Splat {
		return AddsUnknown
	}
	if val, ok := automatic(v.ShortName()); ok {
		if val.Kind == Null {
			return AddsNo
		}
		return AddsUnknown
	}
	def := t.m.VarDef(v)
	if def == nil || t.seen[def] {
		return AddsUnknown
	}
	t.seen[def] = true
	defer delete(t.seen, def)
	var out Adds
	switch d := def.(type) {
	case *parser.AssignStmt:
		switch d.Op {
		case "=":
			out = t.stmt(d.Value, depth+1)
		case "+=":
			tv, ok := d.Target.(*parser.Variable)
			if !ok {
				return AddsUnknown
			}
			out = combineAdds(t.variable(tv, depth+1), t.stmt(d.Value, depth+1))
		default:
			return AddsUnknown
		}
	case *parser.ForeachStmt:
		out = t.stmt(d.In, depth+1)
	default:
		return AddsUnknown
	}
	// .Add()/.AddRange()/.Insert() on the variable between its definition and this use.
	scope := t.m.Scope(v)
	for _, inv := range t.m.Invokes {
		if inv.Pos() <= def.Pos() || inv.Pos() >= v.Pos() || t.m.Scope(inv) != scope {
			continue
		}
		iv, ok := inv.Member.X.(*parser.Variable)
		if !ok || inv.Member.Static || iv.ShortName() != v.ShortName() || len(inv.Args) == 0 {
			continue
		}
		switch strings.ToLower(inv.Member.MemberName()) {
		case "add", "addrange", "insert", "append":
			out = combineAdds(out, t.expr(inv.Args[len(inv.Args)-1], depth+1))
		}
	}
	return out
}

// jsonCredRe finds keyCredentials/passwordCredentials in a JSON text.
var jsonCredRe = regexp.MustCompile(`(?i)"(?:key|password)credentials"\s*:\s*(\[\s*\]|\[\s*\{|null)`)

// BodyAddsCredentials classifies a request body (hashtable, variable, JSON
// text, or a hashtable piped to ConvertTo-Json) by its keyCredentials and
// passwordCredentials entries.
func (m *Model) BodyAddsCredentials(a *Arg, at int) (Adds, parser.Node) {
	if m.EnterQuery(ServicePrincipalAnalyzer) {
		defer m.Leave()
	}
	if a == nil {
		return AddsUnknown, nil
	}
	h := m.bodyHash(a, at, 0)
	if h != nil {
		out := AddsUnknown
		found := false
		for _, k := range h.Keys {
			if !credMembers[strings.ToLower(k)] {
				continue
			}
			e, _ := h.Get(k)
			found = true
			t := &addsTracker{m: m, seen: map[parser.Node]bool{}}
			r := t.expr(e.Expr, 0)
			if r == AddsYes {
				return AddsYes, t.evidence
			}
			if out == AddsUnknown {
				out = r
			}
		}
		if found {
			return out, nil
		}
		return AddsNo, nil
	}
	v := m.ArgValue(a, at)
	if v.Kind == String {
		out := AddsNo
		for _, mm := range jsonCredRe.FindAllStringSubmatch(v.Str, -1) {
			if strings.HasPrefix(mm[1], "[") && strings.Contains(mm[1], "{") {
				return AddsYes, v.Node
			}
		}
		return out, nil
	}
	return AddsUnknown, nil
}

// bodyHash finds the hashtable a body argument holds.
func (m *Model) bodyHash(a *Arg, at int, depth int) *HashValue {
	if v := m.ArgValue(a, at); v.Kind == Hash {
		return v.Hash
	}
	return m.hashOf(a.Expr, at, depth)
}

// hashOf finds the hashtable an expression holds: a hashtable or
// [PSCustomObject]@{…} literal, directly, in a variable, or piped to
// ConvertTo-Json.
func (m *Model) hashOf(x parser.Expr, at int, depth int) *HashValue {
	if x == nil || depth > 4 {
		return nil
	}
	if v := m.Eval(x, at); v.Kind == Hash {
		return v.Hash
	}
	switch x := x.(type) {
	case *parser.ConvertExpr:
		if h, ok := x.X.(*parser.HashLit); ok {
			return m.Eval(h, at).Hash
		}
	case *parser.ParenExpr:
		if pl, ok := x.X.(*parser.Pipeline); ok {
			return m.pipelineHash(pl, at, depth)
		}
	case *parser.Variable:
		def, ok := m.VarDef(x).(*parser.AssignStmt)
		if !ok || def.Op != "=" {
			return nil
		}
		if pl, ok := def.Value.(*parser.Pipeline); ok {
			return m.pipelineHash(pl, def.Pos(), depth)
		}
	}
	return nil
}

// pipelineHash: @{…} | ConvertTo-Json [-Depth n] [-Compress].
func (m *Model) pipelineHash(pl *parser.Pipeline, at int, depth int) *HashValue {
	if pl.Next != nil || len(pl.Elements) == 0 {
		return nil
	}
	ce, ok := pl.Elements[0].(*parser.CommandExpr)
	if !ok {
		return nil
	}
	for _, el := range pl.Elements[1:] {
		c, ok := el.(*parser.Command)
		if !ok || m.Resolve(c).Name != "convertto-json" {
			return nil
		}
	}
	return m.hashOf(ce.X, at, depth+1)
}
