package mailfacts

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// This file is the mail domain analyzer the inventory and the repository
// index read: what a script, or one function of it, does with mail (send
// methods, SMTP hosts and ports, TLS, credential sources, Microsoft Graph
// use, Exchange Online relevance, modules). It used to live in the
// inventory as a second analyzer with its own tables and tracer; here it
// reads the same sends, TLS flow and secret origins the rules read.

// Send methods, in the order the reports list them.
const (
	MethodSendMailMessage = "Send-MailMessage"
	MethodSmtpClient      = "SmtpClient"
	MethodMailKit         = "MailKit"
	MethodCDO             = "CDO (COM)"
	MethodOutlook         = "Outlook (COM)"
	MethodSystemWebMail   = "System.Web.Mail"
	MethodEWS             = "EWS"
	MethodGraph           = "Graph"
)

// MethodOrder is the display order of send methods.
var MethodOrder = []string{MethodSendMailMessage, MethodSmtpClient, MethodMailKit, MethodCDO, MethodOutlook,
	MethodSystemWebMail, MethodEWS, MethodGraph}

// TLS states of sends (a script or function has the worst over its SMTP sends).
const (
	TLSStateNoSMTP        = "no SMTP send"
	TLSStateClear         = "clear text"
	TLSStateUnknown       = "unknown"
	TLSStateOpportunistic = "opportunistic STARTTLS"
	TLSStateNot12         = "TLS, 1.2 not ensured"
	TLSStateMaybe12       = "TLS, 1.2 ensured on some paths"
	TLSStateOK            = "TLS"
)

// TLSStateOrder is the display order of TLS states, worst first.
var TLSStateOrder = []string{TLSStateClear, TLSStateUnknown, TLSStateOpportunistic, TLSStateNot12, TLSStateMaybe12, TLSStateOK, TLSStateNoSMTP}

// Credential sources: where the secret a send (or sign-in) uses comes from.
// Every shape the credential tracer recognises has a name; CredUnknown is
// left for values it cannot follow at all.
const (
	CredNone       = "none"
	CredDefault    = "Windows (default credentials)"
	CredPrompt     = "Get-Credential"
	CredReadHost   = "Read-Host prompt"
	CredClixml     = "Import-Clixml"
	CredLiteral    = "stored literal"
	CredVault      = "SecretManagement/Key Vault"
	CredManager    = "Windows Credential Manager"
	CredAutomation = "Automation credential"
	CredEncrypted  = "encrypted file"
	CredPlainFile  = "plain-text file"
	CredEnv        = "environment variable"
	CredParameter  = "script parameter"
	// CredFuncParameter: a parameter of the function that sends; its
	// callers supply the secret.
	CredFuncParameter = "function parameter"
	// CredFunction: the value a function of the script, or a command of a
	// module that is not a known credential cmdlet, returns.
	CredFunction = "returned by a function or command"
	// CredOutside: a variable the script reads but never sets (set by the
	// session, a dot-sourcing caller or a profile).
	CredOutside = "variable set outside the script"
	// CredSplat: Send-MailMessage parameters splatted from a value that is
	// not known statically, which may carry -Credential.
	CredSplat       = "splatted parameters (not resolved)"
	CredOAuth       = "OAuth token"
	CredCertificate = "certificate"
	CredManagedID   = "managed identity"
	CredSecret      = "client secret"
	CredInteractive = "interactive sign-in"
	CredUnknown     = "unknown"
)

// CredOrder is the display order of credential sources, riskiest first.
var CredOrder = []string{CredLiteral, CredPlainFile, CredEnv, CredClixml, CredEncrypted, CredPrompt, CredReadHost,
	CredParameter, CredFuncParameter, CredFunction, CredOutside, CredSplat, CredVault, CredManager, CredAutomation,
	CredSecret, CredCertificate, CredManagedID, CredOAuth, CredInteractive, CredDefault, CredNone, CredUnknown}

type set map[string]bool

func (s set) add(v string) {
	if v != "" {
		s[v] = true
	}
}

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// sortedFold sorts case-insensitively and drops case-insensitive duplicates.
func (s set) sortedFold() []string {
	byLower := map[string]string{}
	for k := range s {
		lk := strings.ToLower(k)
		if prev, ok := byLower[lk]; !ok || k < prev {
			byLower[lk] = k
		}
	}
	var out []string
	for _, v := range byLower {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i]) < strings.ToLower(out[j]) })
	return out
}

// sortedBy lists the members of s in the given order, then the rest sorted.
func sortedBy(s set, order []string) []string {
	var out []string
	for _, k := range order {
		if s[k] {
			out = append(out, k)
		}
	}
	var rest []string
	for k := range s {
		if !contains(order, k) {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func sortedPorts(s set) []string {
	out := s.sorted()
	sort.SliceStable(out, func(i, j int) bool {
		a, ea := strconv.Atoi(out[i])
		b, eb := strconv.Atoi(out[j])
		switch {
		case ea == nil && eb == nil:
			return a < b
		case ea == nil:
			return true
		}
		return false
	})
	return out
}

// Facts is what a script, or one function of it, does with mail: the
// facts an inventory row shows. Lists are sorted for display (methods in
// MethodOrder, credential sources in CredOrder, ports by number).
type Facts struct {
	// Methods are the send methods (MethodOrder).
	Methods []string
	// Hosts and Ports are the SMTP servers and ports of the sends
	// ("unknown" when not known statically).
	Hosts, Ports []string
	// TLSModes says how each send protects the session; TLSState is the
	// worst over the SMTP sends (TLSStateOrder; TLSStateNoSMTP without one); TLS12 is
	// "ensured", "not ensured", "ensured on some paths", "assumed (…)" or
	// "" when no STARTTLS send depends on the process's SecurityProtocol.
	TLSModes []string
	TLSState string
	TLS12    string
	// WeakProtocols are the weak protocols enabled, and "Tls12 removed".
	WeakProtocols []string
	// Credentials are the credential sources of the sends and sign-ins
	// (CredOrder); empty when nothing sends.
	Credentials []string
	// EXOHosts, EXOCmdlets, Connectors and Hybrid are the Exchange Online
	// host names, Exchange cmdlets, connector cmdlets and hybrid cmdlets.
	EXOHosts, EXOCmdlets, Connectors, Hybrid []string
	// EXOOnly is true when something used exists only for Exchange Online
	// (an EXO host, an EXO-only or hybrid cmdlet, an EXO connector).
	EXOOnly bool
	// Modules are the modules and assemblies the code uses, sorted without
	// regard to case.
	Modules []string
}

// SendsMail reports whether any send method was found.
func (f *Facts) SendsMail() bool { return len(f.Methods) > 0 }

// Uses reports whether method is among the send methods.
func (f *Facts) Uses(method string) bool { return contains(f.Methods, method) }

// Of computes the mail facts of the whole file (scope nil) or of
// the code inside one function or method (scope a *parser.FunctionDef or
// *parser.MethodMember): sends, objects, commands, TLS writes and strings
// whose span lies inside it. With assumeTLS12, TLS 1.2 is taken as
// configured on the machines (the --assume-tls12-configured setting).
// The result is computed on every call: callers keep what they need.
func Of(sm *semantic.Model, scope parser.Node, assumeTLS12 bool) *Facts {
	if sm.EnterQuery(semantic.MailFactsAnalyzer) {
		defer sm.Leave()
	}
	fc := &factCollector{m: model{sm}, scope: scope, assumeTLS12: assumeTLS12, methods: set{}, hosts: set{}, ports: set{}, modes: set{},
		creds: set{}, weak: set{}, exoHosts: set{}, exoCmdlets: set{}, connectors: set{}, hybrid: set{}, modules: set{}}
	fc.commands()
	fc.sends()
	fc.objects()
	fc.tlsWrites()
	fc.strings()
	fc.requires()
	fc.nonSMTPCredentials()

	f := &Facts{
		Methods:       sortedBy(fc.methods, MethodOrder),
		Hosts:         fc.hosts.sorted(),
		Ports:         sortedPorts(fc.ports),
		TLSModes:      fc.modes.sorted(),
		TLSState:      fc.tlsState,
		TLS12:         fc.tls12,
		WeakProtocols: fc.weak.sorted(),
		EXOHosts:      fc.exoHosts.sorted(),
		EXOCmdlets:    fc.exoCmdlets.sorted(),
		Connectors:    fc.connectors.sorted(),
		Hybrid:        fc.hybrid.sorted(),
		EXOOnly:       len(fc.exoHosts) > 0 || fc.exoStrong,
		Modules:       fc.modules.sortedFold(),
	}
	if f.TLSState == "" {
		f.TLSState = TLSStateNoSMTP
	}
	if f.SendsMail() {
		if len(fc.creds) == 0 {
			fc.creds.add(CredNone)
		}
		f.Credentials = sortedBy(fc.creds, CredOrder)
	}
	return f
}

type factCollector struct {
	m           model
	scope       parser.Node // nil: the whole file
	assumeTLS12 bool

	methods, hosts, ports, modes, creds, weak set
	exoHosts, exoCmdlets, connectors, hybrid  set
	modules                                   set
	tlsState, tls12                           string
	exoStrong, mailKitAuth                    bool
	mgConnects                                []*parser.Command
}

// anyIn reports whether one of the constructions lies inside the scope.
func (fc *factCollector) anyIn(cons []semantic.Construction) bool {
	for _, c := range cons {
		if fc.in(c.Node) {
			return true
		}
	}
	return false
}

// in reports whether n lies inside the collector's scope.
func (fc *factCollector) in(n parser.Node) bool {
	if fc.scope == nil {
		return true
	}
	return n != nil && n.Pos() >= fc.scope.Pos() && n.End() <= fc.scope.End()
}

// mailozaurr records a Mailozaurr Send-EmailMessage: Graph, SendGrid, or
// SMTP through MailKit with its server, port, TLS and credentials.
func (fc *factCollector) mailozaurr(c *parser.Command) {
	m := fc.m
	b := m.Bind(c, semantic.Cmdlet("send-emailmessage"))
	switch {
	case b.Has("Graph") || b.Has("MgGraphRequest"):
		fc.methods.add(MethodGraph)
		return
	case b.Has("SendGrid"):
		fc.methods.add("SendGrid")
		return
	}
	fc.methods.add(MethodMailKit)
	host := "unknown"
	if a := b.Get("Server"); a != nil {
		if v := m.ArgValue(a, c.Pos()); v.Kind == semantic.String {
			host = strings.ToLower(strings.TrimSpace(v.Str))
		}
	}
	fc.hosts.add(host)
	if semantic.EXOSmtpHost(host) {
		fc.exoHosts.add(host)
	}
	port := "587" // Mailozaurr's default
	if a := b.Get("Port"); a != nil {
		port = "unknown"
		switch v := m.ArgValue(a, c.Pos()); v.Kind {
		case semantic.Number:
			port = strconv.Itoa(int(v.Num))
		case semantic.String:
			if n, err := strconv.Atoi(strings.TrimSpace(v.Str)); err == nil {
				port = strconv.Itoa(n)
			}
		}
	} else if b.UnknownSplat {
		port = "unknown"
	}
	fc.ports.add(port)
	opt := "auto"
	if a := b.Get("SecureSocketOptions"); a != nil {
		opt = "unknown"
		if v := m.ArgValue(a, c.Pos()); v.Kind == semantic.String {
			opt = strings.ToLower(v.Str)
		} else if me, ok := a.Expr.(*parser.MemberExpr); ok && me.Static {
			opt = strings.ToLower(me.MemberName())
		}
	} else if b.Has("UseSsl") {
		opt = "usessl"
	} else if b.UnknownSplat {
		opt = "unknown"
	}
	switch {
	case opt == "none":
		fc.modes.add("none")
		fc.worse(TLSStateClear)
	case opt == "sslonconnect" || (opt == "auto" || opt == "starttlswhenavailable") && port == "465":
		fc.modes.add("implicit TLS")
		fc.worse(TLSStateOK)
	case opt == "starttls" || opt == "usessl":
		fc.modes.add("STARTTLS")
		fc.worse(TLSStateOK)
	case opt == "auto" || opt == "starttlswhenavailable":
		fc.modes.add("opportunistic STARTTLS")
		fc.worse(TLSStateOpportunistic)
	default:
		fc.modes.add("unknown")
		fc.worse(TLSStateUnknown)
	}
	switch {
	case b.Has("oAuth2"):
		fc.creds.add(CredOAuth)
	case b.Has("Credential"):
		var x parser.Expr
		if a := b.Get("Credential"); a != nil {
			x = a.Expr
		}
		fc.creds.add(fc.m.CredentialSource(x))
	case b.Has("Password"):
		var x parser.Expr
		if a := b.Get("Password"); a != nil {
			x = a.Expr
		}
		fc.creds.add(fc.m.CredentialSource(x))
	case b.UnknownSplat:
		fc.creds.add(CredUnknown)
	default:
		fc.creds.add(CredNone)
	}
}

// ---- SMTP sends ----

func (fc *factCollector) sends() {
	m := fc.m
	// The TLS 1.2 state of each STARTTLS send, as TLS003 reads it
	// (Effective: a send that runs only on PowerShell 7 has TLS 1.2).
	flow := map[parser.Node]semantic.Ensured{}
	for _, f := range m.TLSFlow() {
		flow[f.Send.Node] = f.Effective()
	}
	var ensured []semantic.Ensured
	mailKitConnect := false
	var sends []semantic.Send
	for _, s := range m.Sends() {
		if fc.in(s.Node) {
			sends = append(sends, s)
		}
	}
	for _, s := range sends {
		if s.Kind == semantic.MailKit && s.Connect {
			mailKitConnect = true
		}
		if s.Kind == semantic.MailKit && s.Authenticate != nil {
			fc.mailKitAuth = true
		}
	}
	for _, s := range sends {
		switch s.Kind {
		case semantic.SendMailMessage:
			fc.methods.add(MethodSendMailMessage)
		case semantic.SmtpClient:
			fc.methods.add(MethodSmtpClient)
		case semantic.MailKit:
			fc.methods.add(MethodMailKit)
		case semantic.CDO:
			fc.methods.add(MethodCDO)
		}
		fc.credsOfSend(s)
		if s.Kind == semantic.MailKit && mailKitConnect && !s.Connect {
			continue // Authenticate / Send of a session whose Connect is listed
		}
		if s.Pickup {
			fc.modes.add("pickup folder (no network)")
			continue
		}
		host := "unknown"
		switch {
		case s.HostKnow:
			host = strings.ToLower(strings.TrimSpace(s.Host))
		case s.HostFromPSEmailServer:
			host = "unknown ($PSEmailServer)"
		}
		fc.hosts.add(host)
		if semantic.EXOSmtpHost(host) {
			fc.exoHosts.add(host)
		}
		port := "unknown"
		if s.PortKnown {
			port = strconv.Itoa(s.Port)
		}
		fc.ports.add(port)
		state := TLSStateUnknown
		switch s.TLS {
		case semantic.TLSNone:
			fc.modes.add("none")
			state = TLSStateClear
		case semantic.TLSOpportunistic:
			fc.modes.add("opportunistic STARTTLS")
			state = TLSStateOpportunistic
		case semantic.TLSImplicit:
			fc.modes.add("implicit TLS")
			state = TLSStateOK
		case semantic.TLSStartTLS:
			switch s.Kind {
			case semantic.SendMailMessage:
				fc.modes.add("STARTTLS (-UseSsl)")
			case semantic.SmtpClient:
				fc.modes.add("STARTTLS (EnableSsl)")
			default:
				fc.modes.add("STARTTLS")
			}
			state = TLSStateOK
			if e, ok := flow[s.Node]; ok {
				ensured = append(ensured, e)
				if !fc.assumeTLS12 {
					switch e {
					case semantic.NotEnsured:
						state = TLSStateNot12
					case semantic.MaybeEnsured:
						state = TLSStateMaybe12
					}
				}
			}
		default:
			fc.modes.add("unknown")
			if e, ok := flow[s.Node]; ok {
				// -UseSsl:$x, not known statically: TLS003 judges it as a
				// STARTTLS send, and so does the TLS 1.2 column.
				ensured = append(ensured, e)
			}
		}
		fc.worse(state)
	}
	switch {
	case len(ensured) == 0:
	case fc.assumeTLS12:
		fc.tls12 = "assumed (configured on the machines)"
	default:
		all, none := true, true
		for _, e := range ensured {
			if e != semantic.IsEnsured {
				all = false
			}
			if e != semantic.NotEnsured {
				none = false
			}
		}
		switch {
		case all:
			fc.tls12 = "ensured"
		case none:
			fc.tls12 = "not ensured"
		default:
			fc.tls12 = "ensured on some paths"
		}
	}
}

// worse lowers the script's TLS state to state when state is worse.
func (fc *factCollector) worse(state string) {
	rank := func(s string) int {
		for i, v := range TLSStateOrder {
			if v == s {
				return i
			}
		}
		return len(TLSStateOrder)
	}
	if fc.tlsState == "" || rank(state) < rank(fc.tlsState) {
		fc.tlsState = state
	}
}

func (fc *factCollector) credsOfSend(s semantic.Send) {
	m := fc.m
	if s.DefaultCredentials {
		fc.creds.add(CredDefault)
		return
	}
	switch s.Credentials {
	case semantic.No:
		if s.Kind != semantic.MailKit || s.Connect && !fc.mailKitAuth {
			fc.creds.add(CredNone)
		}
		return
	case semantic.Maybe:
		if s.Kind == semantic.SendMailMessage && s.Binding != nil && s.Binding.UnknownSplat {
			fc.creds.add(CredSplat)
		} else {
			fc.creds.add(CredUnknown)
		}
		return
	}
	switch s.Kind {
	case semantic.SendMailMessage:
		var x parser.Expr
		if s.Binding != nil {
			if a := s.Binding.Get("Credential"); a != nil {
				x = a.Expr
			}
		}
		if _, ok := x.(*parser.StringLit); ok {
			fc.creds.add(CredPrompt) // -Credential 'user': PowerShell prompts for the password
			break
		}
		fc.creds.add(fc.m.CredentialSource(x))
	case semantic.SmtpClient:
		var v parser.Stmt
		if a, ok := s.CredentialsAt.(*parser.AssignStmt); ok {
			v = a.Value
		} else if s.CredentialsAt != nil {
			v = fc.m.propertyValue(s.CredentialsAt) // -Property @{ Credentials = … }
		}
		fc.creds.add(fc.m.CredentialSourceStmt(v)) // $c.Credentials = New-Object NetworkCredential(…) is a command, not an expression
	case semantic.MailKit:
		inv, ok := s.Authenticate.(*parser.InvokeExpr)
		if !ok || len(inv.Args) == 0 {
			fc.creds.add(CredUnknown)
			return
		}
		last := inv.Args[len(inv.Args)-1]
		if len(inv.Args) == 1 && strings.Contains(strings.ToLower(m.Text(last)), "oauth2") {
			fc.creds.add(CredOAuth) // Authenticate(New-Object SaslMechanismOAuth2 …)
			return
		}
		fc.creds.add(fc.m.CredentialSource(last))
	case semantic.CDO:
		src := ""
		for _, w := range m.CDOFieldWrites() {
			if w.Field == "sendpassword" {
				src = fc.m.CredentialSource(w.Value)
			}
		}
		if src == "" {
			src = CredUnknown
		}
		fc.creds.add(src)
	}
}

// nonSMTPCredentials: for scripts that use EWS or Graph, the credentials
// the file builds (EWS WebCredentials) and how Connect-MgGraph signs in.
func (fc *factCollector) nonSMTPCredentials() {
	m := fc.m
	if fc.methods[MethodEWS] {
		found := false
		for _, con := range m.AllConstructions() {
			if !fc.in(con.Node) {
				continue
			}
			t := strings.ToLower(con.TypeName)
			switch {
			case strings.HasSuffix(t, "oauthcredentials"):
				fc.creds.add(CredOAuth)
				found = true
			case m.CredentialType(con.TypeName) != "": // WebCredentials, NetworkCredential, or the PSCredential they come from
				fc.creds.add(fc.m.credOfConstruction(con, 0))
				found = true
			}
		}
		for _, a := range m.Assigns {
			if !fc.in(a) {
				continue
			}
			me, ok := a.Target.(*parser.MemberExpr)
			switch {
			case ok && strings.EqualFold(me.MemberName(), "usedefaultcredentials"):
				fc.creds.add(CredDefault)
				found = true
			case ok && strings.EqualFold(me.MemberName(), "credentials") && a.Op == "=":
				// $service.Credentials = $cred.GetNetworkCredential()
				if src := fc.m.CredentialSourceStmt(a.Value); src != CredUnknown || !found {
					fc.creds.add(src)
					found = true
				}
			}
		}
		if !found {
			fc.creds.add(CredNone) // no credentials set on the service anywhere in the script
		}
	}
	if fc.methods[MethodGraph] {
		if len(fc.mgConnects) == 0 {
			fc.creds.add(CredOAuth) // a REST call with a bearer token, or a module that signs in
		}
		for _, c := range fc.mgConnects {
			switch {
			case hasParam(c, "certificatethumbprint", "certificate", "certificatesubjectname", "certificatename", "thumbprint"):
				fc.creds.add(CredCertificate)
			case hasParam(c, "identity", "managedidentity", "msi"):
				fc.creds.add(CredManagedID)
			case hasParam(c, "clientsecretcredential", "credential", "secretcredential"):
				fc.creds.add(CredSecret)
			case hasParam(c, "accesstoken"):
				fc.creds.add(CredOAuth)
			default:
				fc.creds.add(CredInteractive)
			}
		}
	}
	if fc.methods[MethodOutlook] {
		fc.creds.add(CredDefault)
	}
}

// ---- objects: SmtpClient, MailKit, COM, System.Web.Mail, EWS ----

func (fc *factCollector) objects() {
	m := fc.m
	if fc.anyIn(m.Constructions("system.net.mail.smtpclient", "mailkit.net.smtp.smtpclient")) {
		fc.methods.add(MethodSmtpClient)
	}
	if fc.anyIn(m.Constructions("mailkit.net.smtp.smtpclient", "system.net.mail.smtpclient")) {
		fc.methods.add(MethodMailKit)
	}
	for _, c := range m.COMCreations() {
		if !fc.in(c.Node) {
			continue
		}
		switch {
		case semantic.ProgIDIs(c.ProgID, "CDO.Message"), semantic.ProgIDIs(c.ProgID, "CDONTS.NewMail"):
			fc.methods.add(MethodCDO)
		case semantic.ProgIDIs(c.ProgID, "Outlook.Application"):
			if len(m.OutlookSends(c)) > 0 {
				fc.methods.add(MethodOutlook)
			}
		}
	}
	for _, r := range m.TypeRefs() {
		if !fc.in(r.Site) {
			continue
		}
		if _, ok := m.ResolveInNamespace(r.Name, semantic.SystemWebMailNamespace); ok && r.Kind.Executes() {
			fc.methods.add(MethodSystemWebMail)
		}
		// Any use of an EWS type, even as a parameter type or enum value,
		// is EWS code to port (what MAIL005 reports).
		if _, ok := m.ResolveInNamespace(r.Name, semantic.EWSNamespace); ok {
			fc.methods.add(MethodEWS)
		}
	}
	for _, h := range m.HTTPCalls() {
		if !fc.in(h.Node) {
			continue
		}
		host, path, ok := semantic.URLParts(h.URL)
		if !ok {
			continue
		}
		host = strings.ToLower(host)
		lp := strings.ToLower(path)
		switch {
		case strings.HasSuffix(host, "graph.microsoft.com") || strings.HasSuffix(host, "graph.microsoft.us") ||
			strings.HasSuffix(host, "microsoftgraph.chinacloudapi.cn"):
			if strings.Contains(lp, "/sendmail") || (strings.Contains(lp, "/messages/") && strings.HasSuffix(lp, "/send")) {
				fc.methods.add(MethodGraph)
			}
		case semantic.IsEWSPath(path):
			fc.methods.add(MethodEWS)
		}
	}
}

// ---- TLS writes ----

func (fc *factCollector) tlsWrites() {
	for _, w := range fc.m.TLSWrites() {
		if !fc.in(w.Assign) {
			continue
		}
		v := w.Value
		if !v.Known {
			continue
		}
		for _, n := range semantic.Names(semantic.WeakBits(v.Bits)) {
			fc.weak.add(n)
		}
		if v.Removes12() {
			fc.weak.add("Tls12 removed")
		}
	}
}

// ---- string literals: Exchange Online hosts, hybrid hints ----

var exoHostRe = lazyRegexp(`(?i)(?:^|[^a-z0-9.-])((?:[a-z0-9-]+\.)*(?:office365\.com|office365\.us|outlook\.office\.com|protection\.outlook\.com|ps\.outlook\.com|partner\.outlook\.cn))(?:$|[^a-z0-9.-])`)

func (fc *factCollector) strings() {
	look := func(v string) {
		if len(v) > 4096 || !strings.Contains(strings.ToLower(v), "o") {
			return
		}
		for _, mm := range exoHostRe().FindAllStringSubmatch(v, 8) {
			fc.exoHosts.add(strings.ToLower(mm[1]))
		}
	}
	for _, s := range fc.m.Strings {
		if !fc.in(s) {
			continue
		}
		look(s.Value)
	}
	// Command-mode barewords: -ConnectionUri https://outlook.office365.com/powershell-liveid/
	for _, c := range fc.m.Commands {
		if !fc.in(c) {
			continue
		}
		for _, e := range c.Elements {
			if a, ok := e.(*parser.Argument); ok {
				if bw, ok := a.X.(*parser.Bareword); ok {
					look(bw.Text)
				}
			}
		}
	}
}

// model is the semantic model seen by this analyzer: the core's methods,
// plus the credential tracer and fact collection defined here.
type model struct{ *semantic.Model }

// lazyRegexp compiles a pattern on first use: compiling every table of
// this package at start-up cost a one-file run 2.3 ms of its 8.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
