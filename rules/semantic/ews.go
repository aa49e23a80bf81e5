package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

func ewsCmdlets(addCmdlet func(*CmdletInfo)) {
	// New-WebServiceProxy (Windows PowerShell 5.1 only).
	addCmdlet(&CmdletInfo{Name: "New-WebServiceProxy", Params: []ParamInfo{
		p("Uri", 0, "WL", "WSDL", "Path"), p("Class", 1, "FileName", "FN"), p("Namespace", 2, "NS"),
		p("Credential", -1, "Cred"), sw("UseDefaultCredential", "UDC"),
	}})
}

// EWSNamespace is the EWS Managed API (Microsoft.Exchange.WebServices.Data,
// .Autodiscover, …) with the type names scripts commonly write short under
// `using namespace`.
var EWSNamespace = &TypeNamespace{
	Prefix: "microsoft.exchange.webservices",
	Known: setOf(
		"exchangeservice", "exchangeservicebase", "exchangeversion", "webcredentials", "oauthcredentials",
		"exchangecredentials", "tokencredentials", "wssecuritybasedcredentials", "emailmessage",
		"emailmessageschema", "emailaddress", "emailaddresscollection", "mailbox", "messagebody", "bodytype",
		"item", "itemid", "itemschema", "itemview", "itemtraversal", "folder", "folderid", "folderschema",
		"folderview", "foldertraversal", "wellknownfoldername", "propertyset", "basepropertyset",
		"extendedpropertydefinition", "mapipropertytype", "defaultextendedpropertyset", "searchfilter",
		"logicaloperator", "appointment", "appointmentschema", "calendarview", "calendarfolder", "contact",
		"contactschema", "contactsfolder", "contactgroup", "taskschema", "meetingrequest", "postitem",
		"impersonateduserid", "connectingidtype", "deletemode", "sendinvitationsmode",
		"sendcancellationsmode", "conflictresolutionmode", "messagedisposition", "affectedtaskoccurrence",
		"fileattachment", "itemattachment", "ruleoperation", "createruleoperation", "setruleoperation",
		"deleteruleoperation", "ruleactions", "rulepredicates", "oofsettings", "oofstate", "oofreply",
		"oofexternalaudience", "streamingsubscription", "streamingsubscriptionconnection",
		"pullsubscription", "pushsubscription", "eventtype", "notificationevent", "itemevent",
		"folderevent", "autodiscoverservice", "usersettingname", "finditemsresults",
		"findfoldersresults", "conversationid", "resolvenamesearchlocation", "nameresolution",
		"phonenumberkey", "physicaladdresskey", "emailaddresskey", "imaddresskey", "legacyfreebusystatus",
		"availabilitydata", "attendeeinfo", "availabilityoptions", "delegateuser", "delegatepermissions",
		"userid", "standarduser", "folderpermission", "folderpermissionlevel", "serviceresponseexception",
		"servicerequestexception", "autodiscoverlocalexception", "traceflags", "itraceflags",
		"itracelistener", "offsetbasepoint", "sortdirection", "grouping", "aggregatetype",
		"timewindow", "exchangeserverinfo", "searchfolder", "tasksfolder", "mailboxtype",
		"attachment", "task", "rule",
	),
	Conflicts: map[string][]string{
		"attachment": {"system.net.mail"},
		"task":       {"system.threading.tasks"},
	},
}

func setOf(names ...string) map[string]bool {
	out := make(map[string]bool, len(names))
	for _, n := range names {
		out[n] = true
	}
	return out
}

// unknownPart marks text that cannot be known statically inside a partial string.
const unknownPart = "\x00"

// PartialString returns what is statically known of a string-valued
// expression: constant text, with "\x00" in place of each part that is not
// known ("https://\x00/EWS/Exchange.asmx" for "https://$server/EWS/Exchange.asmx").
// It follows variables, string concatenation, expandable strings,
// Join-Path and [IO.Path]::Combine, [uri] casts and parameter defaults.
// It returns "" when nothing is known.
func (m *Model) PartialString(x parser.Expr, at int) string {
	s := m.partialString(x, at, 0)
	if strings.Trim(s, unknownPart) == "" {
		return ""
	}
	return s
}

// PartialStrings is PartialString for a value that may be an array of strings.
func (m *Model) PartialStrings(x parser.Expr, at int) []string {
	if x == nil {
		return nil
	}
	if v := m.Eval(x, at); v.Kind == Array {
		if ss, ok := v.Strings(); ok {
			return ss
		}
	}
	if al, ok := x.(*parser.ArrayLit); ok {
		var out []string
		for _, e := range al.Elems {
			if s := m.PartialString(e, at); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if ae, ok := x.(*parser.ArrayExpr); ok && len(ae.Body) == 1 {
		if e := stmtExpr(ae.Body[0]); e != nil {
			return m.PartialStrings(e, at)
		}
	}
	if s := m.PartialString(x, at); s != "" {
		return []string{s}
	}
	return nil
}

func (m *Model) partialString(x parser.Expr, at, depth int) string {
	if x == nil || depth > 12 {
		return unknownPart
	}
	v := m.Eval(x, at)
	switch v.Kind {
	case String:
		return v.Str
	case Number:
		return formatNumber(v.Num)
	}
	switch x := x.(type) {
	case *parser.StringLit:
		out := x.Value
		for _, part := range x.Parts {
			src := m.Src[part.Pos():part.End()]
			out = strings.Replace(out, src, m.partialString(part, at, depth+1), 1)
		}
		return out
	case *parser.BinaryExpr:
		if x.Op == "+" {
			return m.partialString(x.X, at, depth+1) + m.partialString(x.Y, at, depth+1)
		}
	case *parser.ParenExpr:
		return m.partialStmt(x.X, at, depth+1)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return m.partialStmt(x.Body[0], at, depth+1)
		}
	case *parser.ConvertExpr:
		switch strings.ToLower(x.Type.Name) {
		case "uri", "system.uri", "string", "system.string":
			return m.partialString(x.X, at, depth+1)
		}
	case *parser.Variable:
		if v.Param && v.Str != "" {
			return v.Str // parameter default
		}
		// A default that is not a constant ("$env:ProgramFiles\…\x.dll",
		// (Join-Path $PSScriptRoot 'x.dll')) is still partly known.
		if prm, ok := v.Node.(*parser.Param); ok && v.Param && prm.Default != nil {
			return m.partialString(prm.Default, prm.Pos(), depth+1)
		}
		if d, ok := m.reachingDef(x.ShortName(), x.Pos()); ok && d.assign != nil && d.assign.Op == "=" {
			return m.partialStmt(d.assign.Value, d.pos, depth+1)
		}
	case *parser.MemberExpr:
		// (Get-Item $path).FullName, $item.FullName with $item = Resolve-Path $p:
		// the item's path is the path it was looked up by.
		switch strings.ToLower(x.MemberName()) {
		case "fullname", "path", "providerpath":
			if x.Static {
				break
			}
			switch inner := x.X.(type) {
			case *parser.ParenExpr:
				return m.partialItem(inner.X, at, depth+1)
			case *parser.Variable:
				if d, ok := m.reachingDef(inner.ShortName(), inner.Pos()); ok && d.assign != nil && d.assign.Op == "=" {
					return m.partialItem(d.assign.Value, d.pos, depth+1)
				}
			}
		}
	case *parser.InvokeExpr:
		me := x.Member
		if me.Static && strings.EqualFold(me.MemberName(), "combine") {
			if t := TypeOfLiteral(me.X); t != "" && m.TypeIs(t, "system.io.path") {
				var parts []string
				for _, a := range x.Args {
					parts = append(parts, m.partialString(a, at, depth+1))
				}
				return strings.Join(parts, `\`)
			}
		}
		if me.Static && strings.EqualFold(me.MemberName(), "new") && len(x.Args) == 1 {
			if t := TypeOfLiteral(me.X); t != "" && m.TypeIs(t, "system.uri") {
				return m.partialString(x.Args[0], at, depth+1)
			}
		}
	}
	return unknownPart
}

// partialStmt handles a statement used as a value: an expression pipeline,
// Join-Path, or New-Object Uri.
func (m *Model) partialStmt(s parser.Stmt, at, depth int) string {
	if x := stmtExpr(s); x != nil {
		return m.partialString(x, at, depth)
	}
	pl, ok := s.(*parser.Pipeline)
	if !ok || len(pl.Elements) != 1 || pl.Next != nil {
		return unknownPart
	}
	c, ok := pl.Elements[0].(*parser.Command)
	if !ok {
		return unknownPart
	}
	switch {
	case m.IsCall(c, "join-path"):
		b := m.bindGeneric(c, []string{"path", "childpath"}, nil)
		if b["path"] == nil || b["childpath"] == nil {
			return unknownPart
		}
		return m.partialString(b["path"], at, depth+1) + `\` + m.partialString(b["childpath"], at, depth+1)
	case m.IsCall(c, "new-object"):
		t, b := m.NewObjectType(c)
		if t != "" && m.TypeIs(t, "system.uri") {
			if a := b.Get("ArgumentList"); a != nil && a.Expr != nil {
				if elems, ok := m.listElems(a.Expr); ok && len(elems) == 1 {
					return m.partialString(elems[0], at, depth+1)
				}
				// New-Object Uri($url): the list is one variable.
				return m.partialString(a.Expr, at, depth+1)
			}
		}
	}
	return unknownPart
}

// partialItem handles Get-Item or Resolve-Path of a (partly) known path.
func (m *Model) partialItem(s parser.Stmt, at, depth int) string {
	pl, ok := s.(*parser.Pipeline)
	if !ok || len(pl.Elements) != 1 || pl.Next != nil {
		return unknownPart
	}
	c, ok := pl.Elements[0].(*parser.Command)
	if !ok || !(m.IsCall(c, "get-item") || m.IsCall(c, "resolve-path")) {
		return unknownPart
	}
	b := m.bindGeneric(c, []string{"path"}, nil)
	p := b["path"]
	if p == nil {
		p = b["literalpath"]
	}
	if p == nil {
		return unknownPart
	}
	return m.partialString(p, at, depth+1)
}

// URLParts splits a partial URL (see PartialString) into its host (lower
// case, without port) and path (without query or fragment). hostKnown is
// false when the host contains an unknown part.
func URLParts(s string) (host, path string, hostKnown bool) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	} else if !strings.Contains(s, "/") {
		return "", "", false
	}
	host, path = s, "/"
	if i := strings.IndexByte(s, '/'); i >= 0 {
		host, path = s[:i], s[i:]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.IndexByte(host, ':'); i >= 0 && !strings.HasPrefix(host, "[") {
		host = host[:i]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	host = strings.ToLower(host)
	return host, path, host != "" && !strings.Contains(host, unknownPart)
}

// IsEWSPath reports a URL path that is the EWS endpoint /EWS/Exchange.asmx.
func IsEWSPath(path string) bool {
	lp := strings.TrimRight(strings.ToLower(path), "/")
	return strings.HasSuffix(lp, "/ews/exchange.asmx")
}

// AssemblyLoad is a place where a script loads or compiles against an assembly.
type AssemblyLoad struct {
	// Node is the command or method call.
	Node parser.Node
	// Via says how: "Add-Type -Path", "Add-Type -AssemblyName",
	// "Add-Type -ReferencedAssemblies", "Add-Type -TypeDefinition",
	// "Import-Module", "[Reflection.Assembly]::LoadFrom", "using assembly".
	Via string
	// Texts are the partial paths or assembly names (see PartialString);
	// for Add-Type -TypeDefinition, the source text.
	Texts []string
	// IsName is true when Texts are assembly names, not paths.
	IsName bool
}

// AssemblyLoads returns every assembly load of the file, in source order.
func (m *Model) AssemblyLoads() []AssemblyLoad {
	return result[[]AssemblyLoad](m, AssembliesAnalyzer)
}

func (m *Model) assemblyLoads() []AssemblyLoad {
	var out []AssemblyLoad
	for _, c := range m.Commands {
		switch {
		case m.IsCall(c, "add-type"):
			b := m.Bind(c, Cmdlet("add-type"))
			for _, prm := range []struct {
				name, via string
				isName    bool
			}{
				{"Path", "Add-Type -Path", false}, {"LiteralPath", "Add-Type -LiteralPath", false},
				{"AssemblyName", "Add-Type -AssemblyName", true},
				{"ReferencedAssemblies", "Add-Type -ReferencedAssemblies", false},
				{"TypeDefinition", "Add-Type -TypeDefinition", false},
				{"MemberDefinition", "Add-Type -MemberDefinition", false},
			} {
				a := b.Get(prm.name)
				if a == nil {
					continue
				}
				texts := m.argTexts(a, c)
				if len(texts) > 0 {
					out = append(out, AssemblyLoad{Node: c, Via: prm.via, Texts: texts, IsName: prm.isName})
				}
			}
		case m.IsCall(c, "import-module"):
			b := m.Bind(c, Cmdlet("import-module"))
			if a := b.Get("Name"); a != nil {
				texts := m.argTexts(a, c)
				if len(texts) > 0 {
					out = append(out, AssemblyLoad{Node: c, Via: "Import-Module", Texts: texts})
				}
			}
		}
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if !me.Static || len(inv.Args) == 0 {
			continue
		}
		t := TypeOfLiteral(me.X)
		if t == "" || !m.TypeIs(t, "system.reflection.assembly") {
			continue
		}
		method := me.MemberName()
		arg := inv.Args[0]
		isName := false
		switch strings.ToLower(method) {
		case "loadfrom", "loadfile", "unsafeloadfrom":
		case "loadwithpartialname":
			isName = true
		case "load":
			isName = true
			// Load([IO.File]::ReadAllBytes($path)) loads from a path.
			if ri, ok := arg.(*parser.InvokeExpr); ok && strings.EqualFold(ri.Member.MemberName(), "readallbytes") && len(ri.Args) == 1 {
				arg, isName = ri.Args[0], false
			}
		default:
			continue
		}
		if s := m.PartialString(arg, inv.Pos()); s != "" {
			out = append(out, AssemblyLoad{Node: inv, Via: "[Reflection.Assembly]::" + method, Texts: []string{s}, IsName: isName})
		}
	}
	for _, u := range m.Usings {
		if u.Kind == "assembly" {
			out = append(out, AssemblyLoad{Node: u, Via: "using assembly", Texts: []string{u.Name},
				IsName: !strings.ContainsAny(u.Name, `\/`) && !strings.HasSuffix(strings.ToLower(u.Name), ".dll")})
		}
	}
	SortByNode(out, func(x *AssemblyLoad) parser.Node { return x.Node })
	return out
}

// LoadsEWS reports whether the load brings in the EWS Managed API: it
// loads Microsoft.Exchange.WebServices.dll, or compiles code (Add-Type
// -TypeDefinition or -MemberDefinition) that names it.
func (ld AssemblyLoad) LoadsEWS() bool {
	switch ld.Via {
	case "Add-Type -TypeDefinition", "Add-Type -MemberDefinition":
		for _, t := range ld.Texts {
			if strings.Contains(strings.ToLower(t), "microsoft.exchange.webservices") {
				return true
			}
		}
		return false
	}
	for _, t := range ld.Texts {
		if MatchesAssembly(t, ld.IsName, "microsoft.exchange.webservices") {
			return true
		}
	}
	return false
}

// MatchesAssembly reports whether a partial path or assembly name (see
// AssemblyLoad) denotes the assembly named base (lower case, without .dll):
// a path whose file name is base.dll, or an assembly name base[, Version=…].
func MatchesAssembly(text string, isName bool, base string) bool {
	lt := strings.ToLower(strings.Trim(strings.TrimSpace(text), `"'`))
	if isName {
		if i := strings.IndexByte(lt, ','); i >= 0 {
			lt = strings.TrimSpace(lt[:i])
		}
		lt = strings.TrimSuffix(lt, ".dll")
		return lt == base
	}
	file := lt
	if i := strings.LastIndexAny(file, `\/`+unknownPart); i >= 0 {
		file = file[i+1:]
	}
	return file == base+".dll"
}

// HTTPCall is a web request whose URL is (partly) known statically.
type HTTPCall struct {
	// Node is the command or method call.
	Node parser.Node
	// Via names the API: Invoke-RestMethod, New-WebServiceProxy, WebClient.UploadString, ….
	Via string
	// URL is the partial URL (see PartialString).
	URL string
	// URLNode is the argument holding the URL.
	URLNode parser.Node
}

// httpMethods are instance or static methods whose first argument is a
// request URL (WebClient, HttpClient, WebRequest).
var httpMethods = setOf("create", "createhttp", "uploadstring", "uploadstringasync", "uploadstringtaskasync",
	"uploaddata", "uploaddataasync", "uploaddatataskasync", "uploadvalues", "downloadstring",
	"downloadstringtaskasync", "downloaddata", "openread", "openwrite", "postasync", "getasync",
	"getstringasync", "putasync", "sendasync")

// HTTPCalls returns the web requests of the file with a statically (partly)
// known URL: Invoke-RestMethod, Invoke-WebRequest (and their aliases),
// New-WebServiceProxy, WebClient/HttpClient methods, [Net.WebRequest]::Create.
func (m *Model) HTTPCalls() []HTTPCall {
	return result[[]HTTPCall](m, HTTPCallsAnalyzer)
}

func (m *Model) httpCalls() []HTTPCall {
	var out []HTTPCall
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin {
			continue
		}
		var via string
		switch r.Name {
		case "invoke-restmethod":
			via = "Invoke-RestMethod"
		case "invoke-webrequest":
			via = "Invoke-WebRequest"
		case "new-webserviceproxy":
			via = "New-WebServiceProxy"
		default:
			continue
		}
		b := m.Bind(c, Cmdlet(r.Name))
		a := b.Get("Uri")
		if a == nil {
			continue
		}
		var s string
		if a.FromSplat != nil {
			if a.Value.Kind == String {
				s = a.Value.Str
			}
		} else {
			s = m.PartialString(a.Expr, c.Pos())
		}
		if s != "" {
			out = append(out, HTTPCall{Node: c, Via: via, URL: s, URLNode: a.Node})
		}
	}
	for _, inv := range m.Invokes {
		name := strings.ToLower(inv.Member.MemberName())
		if !httpMethods[name] || len(inv.Args) == 0 {
			continue
		}
		arg := inv.Args[0]
		if name == "sendasync" {
			continue // takes a request message; see the HttpRequestMessage construction
		}
		if s := m.PartialString(arg, inv.Pos()); s != "" {
			out = append(out, HTTPCall{Node: inv, Via: inv.Member.MemberName(), URL: s, URLNode: arg})
		}
	}
	for _, con := range m.Constructions("system.net.http.httprequestmessage") {
		if len(con.Args) == 2 {
			if s := m.PartialString(con.Args[1], con.Node.Pos()); s != "" {
				out = append(out, HTTPCall{Node: con.Node, Via: "HttpRequestMessage", URL: s, URLNode: con.Args[1]})
			}
		}
	}
	SortByNode(out, func(x *HTTPCall) parser.Node { return x.Node })
	return out
}

// URLWrite is an assignment of a URL to a .Url property, or a call of
// AutodiscoverUrl, on a variable: how an EWS ExchangeService learns its endpoint.
type URLWrite struct {
	Node parser.Node
	// Var is the variable's short name.
	Var string
	// URL is the partial URL; empty for Autodiscover or an unknown value.
	URL string
	// Autodiscover is true for $svc.AutodiscoverUrl(…).
	Autodiscover bool
}

// EndpointWrites returns every `$v.Url = …` assignment and every
// `$v.AutodiscoverUrl(…)` call of the file, in source order.
func (m *Model) EndpointWrites() []URLWrite {
	return result[[]URLWrite](m, EWSAnalyzer)
}

func (m *Model) endpointWrites() []URLWrite {
	var out []URLWrite
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || me.Static || !strings.EqualFold(me.MemberName(), "url") || a.Op != "=" {
			continue
		}
		v, ok := me.X.(*parser.Variable)
		if !ok {
			continue
		}
		w := URLWrite{Node: a, Var: v.ShortName()}
		w.URL = m.partialStmt(a.Value, a.Pos(), 0)
		if strings.Trim(w.URL, unknownPart) == "" {
			w.URL = ""
		}
		out = append(out, w)
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static || !strings.EqualFold(me.MemberName(), "autodiscoverurl") {
			continue
		}
		if v, ok := me.X.(*parser.Variable); ok {
			out = append(out, URLWrite{Node: inv, Var: v.ShortName(), Autodiscover: true})
		}
	}
	SortByNode(out, func(x *URLWrite) parser.Node { return x.Node })
	return out
}

// argTexts returns the strings an argument may hold at the call: the
// splatted value's strings for a splatted argument, else the partial
// strings of its expression as it reads at the command.
func (m *Model) argTexts(a *Arg, c *parser.Command) []string {
	if a.FromSplat != nil {
		texts, _ := a.Value.Strings()
		return texts
	}
	return m.PartialStrings(a.Expr, c.Pos())
}
