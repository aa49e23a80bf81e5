package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL005", Name: "ews-managed-api-exo", Level: Warning, ManualPort: "EWS: port to Microsoft Graph by hand",
			Summary:          "The script uses the EWS Managed API or calls the Exchange Online EWS endpoint, which Microsoft is retiring.",
			SecuritySeverity: "5.0", CWE: []int{477, 1104}, Precision: "medium", Tags: []string{"security", "maintainability"},
		},
		Run:      runMAIL005,
		Requires: []*semantic.Analyzer{semantic.EWSAnalyzer, semantic.TypeRefsAnalyzer, semantic.AssembliesAnalyzer, semantic.HTTPCallsAnalyzer},
	})
}

// mail005EXOHosts are the Exchange Online EWS hosts: an HTTP call to
// /EWS/Exchange.asmx on one of them is an EWS call to Exchange Online.
var mail005EXOHosts = []string{"outlook.office365.com", "outlook.office.com"}

// mail005CloudSuffixes are Microsoft cloud domains: an EWS URL on one of
// them is never Exchange Server on-premises.
var mail005CloudSuffixes = []string{
	"office365.com", "office.com", "outlook.com", "microsoft.com", "microsoftonline.com", "office.net",
	"office365.us", "outlook.cn", "apps.mil", "cloud.microsoft",
}

// mail005Level returns the level of an Exchange Online (or unknown-target)
// EWS finding: warning, error from the start of the tenant-by-tenant
// disablement (dates.go).
func mail005Level(c *Config) Level {
	if c.onOrAfter(dateEWSDisablement) {
		return Error
	}
	return Warning
}

// mail005Retirement returns the retirement sentence for the scan's as-of date.
func mail005Retirement(c *Config) string {
	switch {
	case c.onOrAfter(dateEWSShutdown):
		return "EWS in Exchange Online is shut down: Microsoft switched it off permanently on 1 April 2027. Migrate to Microsoft Graph."
	case c.onOrAfter(dateEWSDisablement):
		return "EWS in Exchange Online is being retired: Microsoft has been disabling it tenant by tenant since 1 October 2026 (unless EWS is explicitly allowed per app), and shuts it down permanently on 1 April 2027. Migrate to Microsoft Graph."
	}
	return "EWS in Exchange Online is being retired: tenant-by-tenant disablement from 1 October 2026 (unless EWS is explicitly allowed per app), permanent shutdown on 1 April 2027. Migrate to Microsoft Graph."
}

func mail005EXOHost(host string) bool {
	for _, h := range mail005EXOHosts {
		if strings.EqualFold(host, h) {
			return true
		}
	}
	return false
}

func mail005CloudHost(host string) bool {
	if mail005EXOHost(host) {
		return true
	}
	for _, s := range mail005CloudSuffixes {
		if host == s || strings.HasSuffix(host, "."+s) {
			return true
		}
	}
	return false
}

// mail005Target is what an EWS use talks to.
type mail005Target struct {
	kind         int // mail005Unknown, mail005Cloud, mail005OnPrem
	host         string
	autodiscover bool
	// known is false for a service whose endpoint the script never sets.
	known   bool
	related []Related
}

const (
	mail005Unknown = iota
	mail005Cloud
	mail005OnPrem
)

// mail005ClassifyURL classifies a partial EWS URL by its host.
func mail005ClassifyURL(url string) (int, string) {
	host, _, ok := semantic.URLParts(url)
	switch {
	case !ok:
		return mail005Unknown, ""
	case mail005CloudHost(host):
		return mail005Cloud, host
	}
	return mail005OnPrem, host
}

// mail005Item is one EWS use inside a statement.
type mail005Item struct {
	site    parser.Node
	primary bool
	text    string // sentence that says what the statement does
	service string // ExchangeService variable constructed here
	basic   bool   // WebCredentials(user, password)
	http    string // host of an EWS HTTP call
}

type mail005Statement struct {
	stmt  parser.Node
	items []mail005Item
}

func runMAIL005(p *Pass) {
	m := p.Model
	cfg := p.Config
	usings := mail005UsingNamespaces(p.Model)

	var order []parser.Node
	groups := map[parser.Node]*mail005Statement{}
	add := func(it mail005Item) {
		st := m.StatementOf(it.site)
		g := groups[st]
		if g == nil {
			g = &mail005Statement{stmt: st}
			groups[st] = g
			order = append(order, st)
		}
		g.items = append(g.items, it)
	}

	services := map[string]bool{} // ExchangeService variables, by short name
	writes := m.EndpointWrites()
	for _, r := range m.TypeRefs() {
		full, ok := m.ResolveInNamespace(r.Name, semantic.EWSNamespace)
		if !ok {
			continue
		}
		name := mail005TypeName(r.Name, full, usings)
		it := mail005Item{site: r.Site, primary: r.Kind.Executes() && !r.FromString}
		switch r.Kind {
		case semantic.TypeRefConstruct:
			it.text = "Creates " + name + " (EWS Managed API)."
			if r.FromString {
				it.text = "Converts a string to " + name + " (EWS Managed API)."
			}
			if r.Var != nil && full == "microsoft.exchange.webservices.data.exchangeservice" {
				it.service = r.Var.ShortName()
				services[it.service] = true
				if u := mail005PropsURL(m, r); u != nil {
					writes = append(writes, *u)
				}
			}
			if full == "microsoft.exchange.webservices.data.webcredentials" && len(r.Args) >= 2 {
				it.basic = true
			}
		case semantic.TypeRefStaticCall:
			it.text = "Calls [" + name + "]::" + r.Member + " (EWS Managed API)."
		case semantic.TypeRefStaticWrite:
			it.text = "Sets [" + name + "]::" + r.Member + " (EWS Managed API)."
		default:
			it.text = "Uses " + name + " (EWS Managed API)."
		}
		add(it)
	}
	for _, ld := range m.AssemblyLoads() {
		if text, ok := mail005LoadText(ld); ok {
			add(mail005Item{site: ld.Node, primary: true, text: text})
		}
	}
	exoHost := ""
	for _, call := range m.HTTPCalls() {
		host, path, ok := semantic.URLParts(call.URL)
		if !ok || !mail005EXOHost(host) || !semantic.IsEWSPath(path) {
			continue
		}
		if exoHost == "" {
			exoHost = host
		}
		add(mail005Item{site: call.Node, primary: true, http: host,
			text: call.Via + " calls the Exchange Online EWS endpoint " + mail005URL(call.URL) + "."})
	}
	if len(order) == 0 {
		return
	}

	// Where the script's EWS traffic goes: per ExchangeService variable
	// and for the file as a whole.
	targets := map[string]mail005Target{}
	for name := range services {
		targets[name] = mail005ServiceTarget(writes, name)
	}
	file := mail005FileTarget(m, writes, targets, exoHost)
	// A service whose endpoint the script never sets goes where the file goes.
	for name, t := range targets {
		if t.kind == mail005Unknown && !t.known {
			targets[name] = mail005Target{kind: file.kind, host: file.host, autodiscover: file.autodiscover}
		}
	}

	hasPrimary := false
	for _, st := range order {
		for _, it := range groups[st].items {
			hasPrimary = hasPrimary || it.primary
		}
	}
	// One finding per use site: the function (or script body) that creates
	// or uses an ExchangeService or loads the assembly. Its first primary
	// use is the location; every other EWS type and call of that scope is
	// a related location, so 30 EWS types in one function make one finding.
	type site struct {
		target mail005Target
		rank   int
		basic  bool
		items  []mail005Item
	}
	rank := map[int]int{mail005Cloud: 3, mail005Unknown: 2, mail005OnPrem: 1}
	var scopes []parser.Node
	sites := map[parser.Node]*site{}
	for _, st := range order {
		g := groups[st]
		// Names of EWS types alone (enum values, schema properties,
		// parameter types) join their scope's finding; they lead one only
		// when the file has no stronger EWS use.
		scope := m.Scope(st)
		s := sites[scope]
		if s == nil {
			s = &site{rank: -1}
			sites[scope] = s
			scopes = append(scopes, scope)
		}
		target := file
		if t, ok := mail005StatementService(m, g, targets); ok {
			target = t
		}
		for _, it := range g.items {
			t := target
			if it.http != "" {
				t = mail005Target{kind: mail005Cloud, host: it.http}
			}
			if it.primary || !hasPrimary {
				if rank[t.kind] > s.rank {
					s.target, s.rank = t, rank[t.kind]
				}
			}
			s.basic = s.basic || it.basic
			s.items = append(s.items, it)
		}
	}
	for _, scope := range scopes {
		s := sites[scope]
		lead := -1
		for i, it := range s.items {
			if (it.primary || !hasPrimary) && (lead < 0 || it.site.Pos() < s.items[lead].site.Pos()) {
				lead = i
			}
		}
		if lead < 0 {
			continue // only type names, and the file has a stronger EWS use elsewhere
		}
		it := s.items[lead]
		var related []Related
		for i, x := range s.items {
			if i != lead {
				related = append(related, Related{Pos: x.site.Pos(), End: x.site.End(), Message: strings.TrimSuffix(x.text, ".")})
			}
		}
		sort.SliceStable(related, func(i, j int) bool { return related[i].Pos < related[j].Pos })
		d := Diagnostic{Pos: it.site.Pos(), End: it.site.End(), Level: mail005Level(cfg), Related: append(related, s.target.related...)}
		what := strings.TrimSuffix(it.text, ".")
		if n := len(related); n > 0 {
			what += fmt.Sprintf(" (and %d more EWS %s here)", n, map[bool]string{true: "use", false: "uses"}[n == 1])
		}
		var tail []string
		switch s.target.kind {
		case mail005Cloud:
			d.Message = what + ": EWS in Exchange Online " + mail005When(cfg) + " (endpoint " + s.target.host + ")."
		case mail005OnPrem:
			d.Level = Note
			d.Message = what + ": the endpoint " + s.target.host + " looks like Exchange Server on-premises, not affected by the EWS retirement in Exchange Online."
		default:
			d.Message = what + ": EWS in Exchange Online " + mail005When(cfg) + "."
			if s.target.autodiscover {
				tail = append(tail, "The endpoint comes from Autodiscover; if this targets Exchange Server on-premises, ignore this finding.")
			} else {
				tail = append(tail, "If this targets Exchange Server on-premises, ignore this finding.")
			}
		}
		if s.target.kind != mail005OnPrem {
			tail = append([]string{mail005Retirement(cfg)}, tail...)
		}
		if s.basic {
			tail = append(tail, "WebCredentials with a user name and password is Basic authentication, which Exchange Online has refused since 2022 (see AUTH008).")
		}
		d.Detail = strings.Join(tail, " ")
		if fn := unreachableFunction(m, it.site); fn != nil {
			d.Properties = map[string]any{"reachable": false}
		}
		p.Report(d)
	}
}

// mail005When says, in a few words, what happens to EWS in Exchange
// Online relative to the as-of date (dates.go).
func mail005When(c *Config) string {
	switch {
	case c.onOrAfter(dateEWSShutdown):
		return "is shut down since 1 April 2027"
	case c.onOrAfter(dateEWSDisablement):
		return "is being disabled tenant by tenant since 1 October 2026, shut down on 1 April 2027"
	}
	return "faces tenant-by-tenant disablement from 1 October 2026, shutdown on 1 April 2027"
}

// mail005LoadText describes an assembly load that brings in the EWS Managed API.
func mail005LoadText(ld semantic.AssemblyLoad) (string, bool) {
	switch {
	case !ld.LoadsEWS():
		return "", false
	case ld.Via == "Add-Type -TypeDefinition", ld.Via == "Add-Type -MemberDefinition":
		return "Compiles code against the EWS Managed API (" + ld.Via + ").", true
	}
	return "Loads the EWS Managed API (Microsoft.Exchange.WebServices.dll) with " + ld.Via + ".", true
}

// mail005ServiceTarget classifies an ExchangeService variable by its Url writes
// and AutodiscoverUrl calls.
func mail005ServiceTarget(writes []semantic.URLWrite, name string) mail005Target {
	var cloud, onPrem, unknown *semantic.URLWrite
	auto := false
	for i := range writes {
		w := &writes[i]
		if w.Var != name {
			continue
		}
		if w.Autodiscover {
			auto = true
			unknown = w
			continue
		}
		switch k, _ := mail005ClassifyURL(w.URL); k {
		case mail005Cloud:
			if cloud == nil {
				cloud = w
			}
		case mail005OnPrem:
			if onPrem == nil {
				onPrem = w
			}
		default:
			unknown = w
		}
	}
	rel := func(w *semantic.URLWrite, what string) []Related {
		return []Related{{Pos: w.Node.Pos(), End: w.Node.End(), Message: what}}
	}
	switch {
	case cloud != nil:
		_, host := mail005ClassifyURL(cloud.URL)
		return mail005Target{kind: mail005Cloud, host: host, known: true, related: rel(cloud, "EWS URL set here")}
	case unknown != nil:
		what := "EWS URL set here"
		if unknown.Autodiscover {
			what = "Autodiscover called here"
		}
		return mail005Target{kind: mail005Unknown, autodiscover: auto, known: true, related: rel(unknown, what)}
	case onPrem != nil:
		_, host := mail005ClassifyURL(onPrem.URL)
		return mail005Target{kind: mail005OnPrem, host: host, known: true, related: rel(onPrem, "on-premises EWS URL set here")}
	}
	return mail005Target{kind: mail005Unknown}
}

// mail005FileTarget classifies the whole file: Exchange Online when anything
// points there (a service URL, an EWS call, an Exchange Online host in a
// string such as an OAuth scope); on-premises only when every known EWS
// endpoint is on-premises and none is unknown.
func mail005FileTarget(m *semantic.Model, writes []semantic.URLWrite, services map[string]mail005Target, exoHost string) mail005Target {
	cloudHost, onPremHost := exoHost, ""
	unknown := false
	for _, t := range services {
		switch t.kind {
		case mail005Cloud:
			if cloudHost == "" {
				cloudHost = t.host
			}
		case mail005OnPrem:
			onPremHost = t.host
		default:
			unknown = true
		}
	}
	for _, w := range writes {
		if w.Autodiscover {
			unknown = true
			continue
		}
		host, path, ok := semantic.URLParts(w.URL)
		if !ok || !semantic.IsEWSPath(path) {
			continue
		}
		if mail005CloudHost(host) {
			if cloudHost == "" {
				cloudHost = host
			}
		} else {
			onPremHost = host
		}
	}
	if cloudHost == "" {
		for _, s := range m.Strings {
			ls := strings.ToLower(s.Value)
			for _, h := range mail005EXOHosts {
				if strings.Contains(ls, h) {
					cloudHost = h
					break
				}
			}
			if cloudHost != "" {
				break
			}
		}
	}
	switch {
	case cloudHost != "":
		return mail005Target{kind: mail005Cloud, host: cloudHost}
	case onPremHost != "" && !unknown:
		return mail005Target{kind: mail005OnPrem, host: onPremHost}
	}
	return mail005Target{kind: mail005Unknown}
}

// mail005StatementService returns the target of the ExchangeService a statement
// creates or uses, if it involves one.
func mail005StatementService(m *semantic.Model, g *mail005Statement, targets map[string]mail005Target) (mail005Target, bool) {
	for _, it := range g.items {
		if it.service != "" {
			if t, ok := targets[it.service]; ok {
				return t, true
			}
		}
	}
	best, found := mail005Target{}, false
	rank := map[int]int{mail005Cloud: 3, mail005Unknown: 2, mail005OnPrem: 1}
	parser.Inspect(g.stmt, func(n parser.Node) bool {
		if v, ok := n.(*parser.Variable); ok {
			if t, ok := targets[v.ShortName()]; ok && (!found || rank[t.kind] > rank[best.kind]) {
				best, found = t, true
			}
		}
		return true
	})
	return best, found
}

// mail005UsingNamespaces maps the lower-case `using namespace` names to their spelling.
func mail005UsingNamespaces(m *semantic.Model) map[string]string {
	out := map[string]string{}
	for _, u := range m.Usings {
		if u.Kind == "namespace" {
			out[strings.ToLower(u.Name)] = u.Name
		}
	}
	return out
}

// mail005TypeName returns a type's full name for messages: as written when
// written with its namespace, else the using namespace's spelling plus the
// name as written.
func mail005TypeName(written, full string, usings map[string]string) string {
	lw := strings.ToLower(written)
	if full == lw || full == "system."+lw {
		if full == lw {
			return written
		}
		return "System." + written
	}
	for lc, orig := range usings {
		if full == lc+"."+lw {
			return orig + "." + written
		}
	}
	return written
}

// mail005URL renders a partial URL with "…" for the unknown parts.
func mail005URL(u string) string { return strings.ReplaceAll(u, "\x00", "…") }

// mail005PropsURL returns the Url property a construction sets through its
// property hashtable ([ExchangeService]@{ Url = … }, New-Object -Property).
func mail005PropsURL(m *semantic.Model, r semantic.TypeRef) *semantic.URLWrite {
	h, ok := r.Props.(*parser.HashLit)
	if !ok {
		return nil
	}
	for _, e := range h.Entries {
		key := strings.Trim(m.Text(e.Key), `'"`)
		if !strings.EqualFold(key, "url") {
			continue
		}
		w := &semantic.URLWrite{Node: e, Var: r.Var.ShortName()}
		if x := semantic.StmtExpr(e.Value); x != nil {
			w.URL = m.PartialString(x, e.Pos())
		}
		return w
	}
	return nil
}
