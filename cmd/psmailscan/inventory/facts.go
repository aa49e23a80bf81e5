package inventory

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// fillFacts computes the inventory facts of a scanned script from its
// semantic model and its findings: send methods, SMTP hosts and ports, TLS,
// credential sources, Exchange Online relevance, modules and the verdict.
func fillFacts(row *Row, m *semantic.Model, findings []rules.Diagnostic, cfg *rules.Config) {
	cfg = cfg.OrDefault()
	fc := &factCollector{m: m, row: row, cfg: cfg, methods: set{}, hosts: set{}, ports: set{}, modes: set{},
		creds: set{}, weak: set{}, exoHosts: set{}, exoCmdlets: set{}, connectors: set{}, hybrid: set{}, modules: set{}}
	for _, d := range findings {
		if d.Suppressed == nil {
			fc.rulesSeen = append(fc.rulesSeen, d)
		}
	}
	fc.commands()
	fc.sends()
	fc.objects()
	fc.tlsWrites()
	fc.strings()
	fc.requires()
	fc.nonSMTPCredentials()

	row.SendMethods = sortedBy(fc.methods, MethodOrder)
	row.SendsMail = len(row.SendMethods) > 0
	row.SMTPHosts = fc.hosts.sorted()
	row.SMTPPorts = sortedPorts(fc.ports)
	row.TLS.Modes = fc.modes.sorted()
	row.TLS.WeakProtocols = fc.weak.sorted()
	row.TLS.State = fc.tlsState
	if row.TLS.State == "" {
		row.TLS.State = TLSNoSMTP
	}
	row.TLS.TLS12 = fc.tls12
	if row.SendsMail {
		if len(fc.creds) == 0 {
			fc.creds.add(CredNone)
		}
		row.Credentials = sortedBy(fc.creds, CredOrder)
	}
	row.EXO.Hosts = fc.exoHosts.sorted()
	row.EXO.Cmdlets = fc.exoCmdlets.sorted()
	row.EXO.Connectors = fc.connectors.sorted()
	row.EXO.Hybrid = fc.hybrid.sorted()
	for _, d := range fc.rulesSeen {
		switch d.Rule {
		case "AUTH005", "AUTH006", "AUTH008", "TLS006":
			fc.exoRule = true
		}
	}
	// Exchange cmdlets that also exist on premises (Get-Mailbox) and
	// Send/Receive connectors are listed but alone do not make a script
	// relevant to Exchange Online.
	row.EXO.Relevant = len(row.EXO.Hosts) > 0 || fc.exoStrong || fc.exoRule
	row.Modules = fc.modules.sortedFold()
	row.Verdict, row.VerdictReason = fc.verdict()
}

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

type factCollector struct {
	m         *semantic.Model
	row       *Row
	cfg       *rules.Config
	rulesSeen []rules.Diagnostic

	methods, hosts, ports, modes, creds, weak set
	exoHosts, exoCmdlets, connectors, hybrid  set
	modules                                   set
	tlsState, tls12                           string
	exoRule, exoStrong, mailKitAuth           bool
	mgConnects                                []*parser.Command
}

// ---- commands: Graph, Mailozaurr, Exchange cmdlets, modules ----

// graphSendCmdlets are the Graph SDK cmdlets that send mail.
var graphSendCmdlets = map[string]bool{
	"send-mgusermail": true, "send-mgusermessage": true, "send-mgbetausermail": true, "send-mgbetausermessage": true,
}

// exoOnlyCmdlets are commands of the ExchangeOnlineManagement module that
// only exist for Exchange Online.
var exoOnlyCmdlets = regexp.MustCompile(`^(connect-exchangeonline|disconnect-exchangeonline|connect-ippssession|get-connectioninformation|[a-z]+-exo[a-z]+|connect-exopssession|new-exopssession)$`)

// exchangeCmdlets are Exchange administration cmdlets (Exchange Online and
// the Exchange Management Shell share them) that matter for mail flow,
// mailbox access and authentication.
var exchangeCmdlets = regexp.MustCompile(`^(get|set|new|remove|add|enable|disable|search|start|test|update)-(mailbox|mailboxpermission|mailboxstatistics|mailboxfolderpermission|mailboxfolderstatistics|casmailbox|mailuser|mailcontact|recipient|recipientpermission|distributiongroup|distributiongroupmember|dynamicdistributiongroup|unifiedgroup|transportrule|transportconfig|messagetrace|messagetracev2|messagetracedetail|messagetracedetailv2|messagetrackinglog|organizationconfig|accepteddomain|remotedomain|authenticationpolicy|authenticationpolicyassignment|applicationaccesspolicy|applicationaccesspolicytest|managementscope|managementroleassignment|serviceprincipal|unifiedauditlog|mailflowstatusreport|quarantinemessage|hostedcontentfilterpolicy|hostedoutboundspamfilterpolicy|dkimsigningconfig|sendaddress|mailboxautoreplyconfiguration|calendarprocessing|mailboxcalendarfolder|mailboxregionalconfiguration|inboxrule|mobiledevice|mobiledevicestatistics|retentionpolicy|compliancesearch|compliancesearchaction)$`)

var connectorCmdlets = regexp.MustCompile(`^[a-z]+-(inboundconnector|outboundconnector|sendconnector|receiveconnector|connectorreport|foreignconnector|deliveryagentconnector)$`)

var hybridCmdlets = regexp.MustCompile(`^[a-z]+-(hybridconfiguration|hybridmailflow|hybridmailflowdatacenterips|intraorganizationconnector|organizationrelationship|federationtrust|federatedorganizationidentifier|federationinformation|remotemailbox|migrationendpoint|onpremisesorganization|migrationbatch|moverequest|mailboxexportrequest)$`)

// Module names of the Exchange cmdlets.
const (
	moduleEXO      = "ExchangeOnlineManagement"
	moduleExchange = "ExchangeOnlineManagement or Exchange Management Shell"
)

// moduleOf maps commands to the module that provides them.
var moduleOf = map[string]string{
	"connect-mggraph": "Microsoft.Graph.Authentication", "disconnect-mggraph": "Microsoft.Graph.Authentication",
	"invoke-mggraphrequest": "Microsoft.Graph.Authentication", "get-mgcontext": "Microsoft.Graph.Authentication",
	"send-mgusermail": "Microsoft.Graph.Users.Actions", "send-mgusermessage": "Microsoft.Graph.Mail",
	"new-mgusermessage": "Microsoft.Graph.Mail", "get-mgusermessage": "Microsoft.Graph.Mail",
	"send-mgbetausermail": "Microsoft.Graph.Beta.Users.Actions", "send-mgbetausermessage": "Microsoft.Graph.Beta.Mail",
	"get-mguser": "Microsoft.Graph.Users", "get-mggroup": "Microsoft.Graph.Groups",
	"new-mgserviceprincipalapproleassignment": "Microsoft.Graph.Applications",
	"get-secret": "Microsoft.PowerShell.SecretManagement", "get-secretinfo": "Microsoft.PowerShell.SecretManagement",
	"set-secret": "Microsoft.PowerShell.SecretManagement", "unlock-secretstore": "Microsoft.PowerShell.SecretStore",
	"get-azkeyvaultsecret": "Az.KeyVault", "connect-azaccount": "Az.Accounts", "get-azaccesstoken": "Az.Accounts",
	"get-storedcredential": "CredentialManager", "new-storedcredential": "CredentialManager",
	"send-emailmessage": "Mailozaurr", "connect-imap": "Mailozaurr", "connect-pop": "Mailozaurr",
	"connect-msolservice": "MSOnline", "connect-azuread": "AzureAD",
	"get-automationpscredential": "Azure Automation (runbook)", "get-automationvariable": "Azure Automation (runbook)",
	"connect-pnponline": "PnP.PowerShell", "connect-sposervice": "Microsoft.Online.SharePoint.PowerShell",
	"connect-microsoftteams": "MicrosoftTeams",
}

// modulePrefixes map a command noun prefix to its module.
var modulePrefixes = []struct{ prefix, module string }{
	{"-mgbeta", "Microsoft.Graph.Beta"},
	{"-mg", "Microsoft.Graph"},
	{"-msol", "MSOnline"},
	{"-azurerm", "AzureRM"},
	{"-azureadms", "AzureAD"},
	{"-azuread", "AzureAD"},
	{"-pnp", "PnP.PowerShell"},
	{"-spo", "Microsoft.Online.SharePoint.PowerShell"},
	{"-csonline", "MicrosoftTeams"},
	{"-azure", "Azure"},
	{"-az", "Az"},
}

var adCmdlet = regexp.MustCompile(`^(get|set|new|remove|add|enable|disable|unlock|search|move|rename)-ad(user|group|groupmember|computer|organizationalunit|object|domain|forest|domaincontroller|principalgroupmembership|accountpassword|serviceaccount|fineGrainedpasswordpolicy|defaultdomainpasswordpolicy)$`)

func (fc *factCollector) commands() {
	m := fc.m
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin || !r.Known {
			continue
		}
		name := r.Name
		if mod, ok := moduleOf[name]; ok {
			fc.modules.add(mod)
		} else {
			for _, p := range modulePrefixes {
				if i := strings.IndexByte(name, '-'); i > 0 && strings.HasPrefix(name[i:], p.prefix) {
					fc.modules.add(p.module)
					break
				}
			}
		}
		if adCmdlet.MatchString(name) {
			fc.modules.add("ActiveDirectory")
		}
		switch {
		case graphSendCmdlets[name]:
			fc.methods.add(MethodGraph)
		case name == "send-emailmessage":
			fc.mailozaurr(c)
		case name == "connect-mggraph":
			fc.mgConnects = append(fc.mgConnects, c)
		case name == "import-module":
			fc.importModule(c)
		case name == "invoke-mggraphrequest":
			if u := argAfter(c, "uri", 1); u != nil && strings.Contains(strings.ToLower(m.PartialString(u, c.Pos())), "sendmail") {
				fc.methods.add(MethodGraph)
			}
		}
		switch {
		case exoOnlyCmdlets.MatchString(name):
			fc.exoCmdlets.add(canonicalCmdlet(m, c, name))
			fc.exoStrong = true
			fc.modules.add(moduleEXO)
		case exchangeCmdlets.MatchString(name):
			fc.exoCmdlets.add(canonicalCmdlet(m, c, name))
			fc.modules.add(moduleExchange)
		}
		if connectorCmdlets.MatchString(name) {
			fc.connectors.add(canonicalCmdlet(m, c, name))
			fc.modules.add(moduleExchange)
			if strings.HasSuffix(name, "inboundconnector") || strings.HasSuffix(name, "outboundconnector") || strings.HasSuffix(name, "-connectorreport") {
				fc.exoStrong = true // Exchange Online connectors
			}
		}
		if hybridCmdlets.MatchString(name) {
			fc.hybrid.add(canonicalCmdlet(m, c, name))
			fc.modules.add(moduleExchange)
			fc.exoStrong = true
		}
	}
	if fc.modules[moduleEXO] {
		delete(fc.modules, moduleExchange)
	}
	for _, u := range m.File.Script.Using {
		if u.Kind == "module" {
			fc.modules.add(moduleName(u.Name))
		}
	}
}

// canonicalCmdlet returns the command name as written when it spells the
// cmdlet (any case), else the canonical lower-case name.
func canonicalCmdlet(m *semantic.Model, c *parser.Command, lc string) string {
	w := c.NameText()
	if i := strings.LastIndexByte(w, '\\'); i >= 0 {
		w = w[i+1:]
	}
	if strings.EqualFold(w, lc) {
		return w
	}
	return lc
}

// hasParam reports a -Name parameter (or a unique prefix of one of names, at least 3 letters).
func hasParam(c *parser.Command, names ...string) bool {
	for _, e := range c.Elements {
		p, ok := e.(*parser.Parameter)
		if !ok {
			continue
		}
		lp := strings.ToLower(p.Name)
		for _, n := range names {
			if lp == n {
				return true
			}
		}
	}
	return false
}

// switchParams are switches of the cmdlets argAfter reads
// (ConvertTo-SecureString -AsPlainText -Force 'x'): they take no value, so
// the argument after them is positional.
var switchParams = map[string]bool{"asplaintext": true, "force": true}

// argAfter returns the value of -name (or the positional argument at pos when
// -name is absent and pos >= 0).
func argAfter(c *parser.Command, name string, pos int) parser.Expr {
	var positional []parser.Expr
	els := c.Elements
	for i := 0; i < len(els); i++ {
		switch e := els[i].(type) {
		case *parser.Parameter:
			if strings.EqualFold(e.Name, name) {
				if e.Arg != nil {
					return e.Arg
				}
				if i+1 < len(els) {
					if a, ok := els[i+1].(*parser.Argument); ok {
						return a.X
					}
				}
				return nil
			}
			if !e.Colon && !switchParams[strings.ToLower(e.Name)] && i+1 < len(els) {
				if _, ok := els[i+1].(*parser.Argument); ok {
					i++ // the parameter's value
				}
			}
		case *parser.Argument:
			positional = append(positional, e.X)
		}
	}
	if pos >= 0 && pos < len(positional) {
		return positional[pos]
	}
	return nil
}

// mailozaurrSend is the binder metadata of Mailozaurr's Send-EmailMessage
// (named parameters only; the ones the inventory reads, and their neighbours
// for prefix matching).
var mailozaurrSend = &semantic.CmdletInfo{Name: "Send-EmailMessage", Params: []semantic.ParamInfo{
	{Name: "Server", Aliases: []string{"SmtpServer"}, Position: -1}, {Name: "Port", Position: -1},
	{Name: "From", Position: -1}, {Name: "ReplyTo", Position: -1}, {Name: "Cc", Position: -1}, {Name: "Bcc", Position: -1},
	{Name: "To", Position: -1}, {Name: "Subject", Position: -1}, {Name: "Priority", Aliases: []string{"Importance"}, Position: -1},
	{Name: "Encoding", Position: -1}, {Name: "DeliveryNotificationOption", Position: -1},
	{Name: "DeliveryStatusNotificationType", Position: -1}, {Name: "Credential", Position: -1},
	{Name: "Username", Position: -1}, {Name: "Password", Position: -1}, {Name: "SecureSocketOptions", Position: -1},
	{Name: "UseSsl", Switch: true, Position: -1}, {Name: "HTML", Aliases: []string{"Body"}, Position: -1},
	{Name: "Text", Position: -1}, {Name: "Attachment", Position: -1}, {Name: "Timeout", Position: -1},
	{Name: "oAuth2", Aliases: []string{"oAuth"}, Switch: true, Position: -1}, {Name: "AsSecureString", Switch: true, Position: -1},
	{Name: "Email", Aliases: []string{"EmailParameters"}, Position: -1}, {Name: "Suppress", Switch: true, Position: -1},
	{Name: "Graph", Switch: true, Position: -1}, {Name: "MgGraphRequest", Switch: true, Position: -1},
	{Name: "SendGrid", Switch: true, Position: -1}, {Name: "SeparateTo", Switch: true, Position: -1},
	{Name: "DoNotSaveToSentItems", Switch: true, Position: -1}, {Name: "RequestReadReceipt", Switch: true, Position: -1},
	{Name: "RequestDeliveryReceipt", Switch: true, Position: -1}, {Name: "LocalDomain", Position: -1},
	{Name: "SkipCertificateRevocation", Switch: true, Position: -1}, {Name: "SkipCertificateValidation", Switch: true, Position: -1},
	{Name: "LogPath", Position: -1}, {Name: "LogConsole", Switch: true, Position: -1}, {Name: "LogObject", Switch: true, Position: -1},
	{Name: "LogTimestamps", Switch: true, Position: -1}, {Name: "LogTimeStampsFormat", Position: -1}, {Name: "LogSecrets", Switch: true, Position: -1},
	{Name: "MimeMessagePath", Position: -1}, {Name: "AttachSelf", Switch: true, Position: -1}, {Name: "AttachSelfName", Position: -1},
	{Name: "Sensitivity", Position: -1},
}}

// mailozaurr records a Mailozaurr Send-EmailMessage: Graph, SendGrid, or
// SMTP through MailKit with its server, port, TLS and credentials.
func (fc *factCollector) mailozaurr(c *parser.Command) {
	m := fc.m
	b := m.Bind(c, mailozaurrSend)
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
		fc.worse(TLSClear)
	case opt == "sslonconnect" || (opt == "auto" || opt == "starttlswhenavailable") && port == "465":
		fc.modes.add("implicit TLS")
		fc.worse(TLSOK)
	case opt == "starttls" || opt == "usessl":
		fc.modes.add("STARTTLS")
		fc.worse(TLSOK)
	case opt == "auto" || opt == "starttlswhenavailable":
		fc.modes.add("opportunistic STARTTLS")
		fc.worse(TLSOpportunistic)
	default:
		fc.modes.add("unknown")
		fc.worse(TLSUnknown)
	}
	switch {
	case b.Has("oAuth2"):
		fc.creds.add(CredOAuth)
	case b.Has("Credential"):
		var x parser.Expr
		if a := b.Get("Credential"); a != nil {
			x = a.Expr
		}
		fc.creds.add(fc.classifyCred(x))
	case b.Has("Password"):
		var x parser.Expr
		if a := b.Get("Password"); a != nil {
			x = a.Expr
		}
		fc.creds.add(fc.classifyCred(x))
	case b.UnknownSplat:
		fc.creds.add(CredUnknown)
	default:
		fc.creds.add(CredNone)
	}
}

func (fc *factCollector) importModule(c *parser.Command) {
	x := argAfter(c, "name", 0)
	if x == nil {
		return
	}
	for _, s := range fc.m.PartialStrings(x, c.Pos()) {
		if strings.Contains(s, "\x00") {
			continue
		}
		fc.modules.add(moduleName(s))
	}
}

// moduleName turns a module path (C:\mods\X\X.psd1) into its name.
func moduleName(s string) string {
	s = strings.Trim(strings.TrimSpace(s), `'"`)
	if i := strings.LastIndexAny(s, `\/`); i >= 0 {
		s = s[i+1:]
	}
	for _, ext := range []string{".psd1", ".psm1", ".dll"} {
		if strings.HasSuffix(strings.ToLower(s), ext) {
			s = s[:len(s)-len(ext)]
		}
	}
	return s
}

var requiresModule = regexp.MustCompile(`(?i)modulename\s*=\s*['"]?([A-Za-z0-9_.\-]+)`)

// requires reads #Requires -Modules (names, or hashtables with ModuleName).
func (fc *factCollector) requires() {
	for _, r := range fc.m.File.Requires {
		v, ok := r.Params["modules"]
		if !ok {
			continue
		}
		if ms := requiresModule.FindAllStringSubmatch(v, -1); len(ms) > 0 {
			for _, mm := range ms {
				fc.modules.add(mm[1])
			}
			continue
		}
		for _, part := range strings.Split(v, ",") {
			part = strings.Trim(strings.TrimSpace(part), `'"`)
			if part != "" && !strings.ContainsAny(part, "@{}=;") {
				fc.modules.add(moduleName(part))
			}
		}
	}
	for _, a := range fc.m.AssemblyLoads() {
		for _, t := range a.Texts {
			for _, dll := range []struct{ base, module string }{
				{"mailkit", "MailKit.dll"}, {"mimekit", "MimeKit.dll"},
				{"microsoft.exchange.webservices", "Microsoft.Exchange.WebServices.dll (EWS Managed API)"},
			} {
				if semantic.MatchesAssembly(t, a.IsName, dll.base) {
					fc.modules.add(dll.module)
					if dll.base == "microsoft.exchange.webservices" {
						fc.methods.add(MethodEWS)
					}
				}
			}
		}
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
	for _, s := range m.Sends() {
		if s.Kind == semantic.MailKit && s.Connect {
			mailKitConnect = true
		}
		if s.Kind == semantic.MailKit && s.Authenticate != nil {
			fc.mailKitAuth = true
		}
	}
	for _, s := range m.Sends() {
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
		state := TLSUnknown
		switch s.TLS {
		case semantic.TLSNone:
			fc.modes.add("none")
			state = TLSClear
		case semantic.TLSOpportunistic:
			fc.modes.add("opportunistic STARTTLS")
			state = TLSOpportunistic
		case semantic.TLSImplicit:
			fc.modes.add("implicit TLS")
			state = TLSOK
		case semantic.TLSStartTLS:
			switch s.Kind {
			case semantic.SendMailMessage:
				fc.modes.add("STARTTLS (-UseSsl)")
			case semantic.SmtpClient:
				fc.modes.add("STARTTLS (EnableSsl)")
			default:
				fc.modes.add("STARTTLS")
			}
			state = TLSOK
			if e, ok := flow[s.Node]; ok {
				ensured = append(ensured, e)
				if !fc.cfg.AssumeTls12Configured {
					switch e {
					case semantic.NotEnsured:
						state = TLSNot12
					case semantic.MaybeEnsured:
						state = TLSMaybe12
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
	case fc.cfg.AssumeTls12Configured:
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
		for i, v := range TLSOrder {
			if v == s {
				return i
			}
		}
		return len(TLSOrder)
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
		fc.creds.add(fc.classifyCred(x))
	case semantic.SmtpClient:
		var v parser.Stmt
		if a, ok := s.CredentialsAt.(*parser.AssignStmt); ok {
			v = a.Value
		} else if s.CredentialsAt != nil {
			v = fc.propertyValue(s.CredentialsAt) // -Property @{ Credentials = … }
		}
		fc.creds.add(fc.classifyCredStmt(v)) // $c.Credentials = New-Object NetworkCredential(…) is a command, not an expression
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
		fc.creds.add(fc.classifyCred(last))
	case semantic.CDO:
		src := ""
		for _, w := range m.CDOFieldWrites() {
			if w.Field == "sendpassword" {
				src = fc.classifyCred(w.Value)
			}
		}
		if src == "" {
			src = CredUnknown
		}
		fc.creds.add(src)
	}
}

// ---- credential sources ----

// classifyCred says where a credential (or password) expression comes from.
func (fc *factCollector) classifyCred(x parser.Expr) string {
	if x == nil {
		return CredUnknown
	}
	m := fc.m
	if _, ok := m.SecretOf(x); ok {
		return CredLiteral
	}
	if m.ClixmlOrigin(x) != nil {
		return CredClixml
	}
	return fc.credOfExpr(x, 0)
}

// propertyValue returns the value of the hashtable entry whose key is key,
// in the -Property table or [type]@{…} of an object construction.
func (fc *factCollector) propertyValue(key parser.Node) parser.Stmt {
	for _, con := range fc.m.AllConstructions() {
		if h, ok := con.Props.(*parser.HashLit); ok {
			for _, e := range h.Entries {
				if parser.Node(e.Key) == key {
					return e.Value
				}
			}
		}
	}
	return nil
}

// classifyCredStmt is classifyCred for an assigned statement, which may be
// a command (New-Object …) rather than an expression.
func (fc *factCollector) classifyCredStmt(v parser.Stmt) string {
	if v == nil {
		return CredUnknown
	}
	if _, ok := fc.m.SecretOfStmt(v); ok {
		return CredLiteral
	}
	if x := semantic.StmtExpr(v); x != nil {
		return fc.classifyCred(x)
	}
	return fc.credOfStmt(v, 0)
}

// automaticVars are set by PowerShell itself: reading one without setting
// it is not a value from outside the script.
var automaticVars = map[string]bool{"_": true, "psitem": true, "args": true, "input": true, "this": true,
	"matches": true, "foreach": true, "switch": true, "null": true, "true": true, "false": true}

// paramSource names a parameter's source: the script's own, or that of a
// function (its callers supply the value).
func (fc *factCollector) paramSource(p *parser.Param) string {
	for _, fn := range fc.m.Functions {
		if p.Pos() >= fn.Pos() && p.End() <= fn.End() {
			return CredFuncParameter
		}
	}
	for _, mm := range fc.m.Methods {
		if p.Pos() >= mm.Pos() && p.End() <= mm.End() {
			return CredFuncParameter
		}
	}
	return CredParameter
}

func (fc *factCollector) credOfExpr(x parser.Expr, depth int) string {
	m := fc.m
	if x == nil || depth > 12 {
		return CredUnknown
	}
	switch x := x.(type) {
	case *parser.ParenExpr:
		return fc.credOfStmt(x.X, depth+1)
	case *parser.SubExpr:
		if len(x.Body) == 1 {
			return fc.credOfStmt(x.Body[0], depth+1)
		}
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			return fc.credOfStmt(x.Body[0], depth+1)
		}
	case *parser.ConvertExpr:
		return fc.credOfExpr(x.X, depth+1)
	case *parser.Variable:
		if strings.HasPrefix(strings.ToLower(x.Name), "env:") {
			return CredEnv
		}
		switch d := m.VarDef(x).(type) {
		case *parser.AssignStmt:
			if d.Op != "=" {
				return CredUnknown
			}
			if _, ok := m.SecretOfStmt(d.Value); ok {
				return CredLiteral
			}
			return fc.credOfStmt(d.Value, depth+1)
		case *parser.Param:
			if d.Default != nil {
				if r := fc.credOfExpr(d.Default, depth+1); r != CredUnknown {
					return r
				}
			}
			return fc.paramSource(d)
		case nil:
			name := strings.ToLower(x.ShortName())
			if !x.Splat && !automaticVars[name] && !strings.Contains(name, ":") {
				return CredOutside
			}
		}
	case *parser.MemberExpr:
		if !x.Static {
			return fc.credOfExpr(x.X, depth+1)
		}
	case *parser.InvokeExpr:
		name := strings.ToLower(x.Member.MemberName())
		switch {
		case name == "promptforcredential":
			return CredPrompt
		case name == "getnetworkcredential" && !x.Member.Static:
			return fc.credOfExpr(x.Member.X, depth+1)
		}
		if con, ok := m.ConstructionAt(x); ok {
			return fc.credOfConstruction(con, depth)
		}
	}
	return CredUnknown
}

func (fc *factCollector) credOfStmt(s parser.Stmt, depth int) string {
	pl, ok := s.(*parser.Pipeline)
	if !ok || len(pl.Elements) == 0 {
		return CredUnknown
	}
	switch e := pl.Elements[len(pl.Elements)-1].(type) {
	case *parser.CommandExpr:
		return fc.credOfExpr(e.X, depth+1)
	case *parser.Command:
		return fc.credOfCommand(e, depth+1)
	}
	return CredUnknown
}

func (fc *factCollector) credOfCommand(c *parser.Command, depth int) string {
	m := fc.m
	r := m.Resolve(c)
	if depth > 12 {
		return CredUnknown
	}
	if !r.Builtin && r.Known {
		return CredFunction
	}
	switch r.Name {
	case "get-credential":
		return CredPrompt
	case "read-host":
		return CredReadHost
	case "get-automationpscredential":
		return CredAutomation
	case "import-clixml":
		return CredClixml
	case "get-secret", "get-azkeyvaultsecret":
		return CredVault
	case "get-storedcredential":
		return CredManager
	case "get-content":
		return CredPlainFile
	case "convertto-securestring":
		if hasParam(c, "asplaintext") {
			if x := argAfter(c, "string", 0); x != nil {
				return fc.classifyCred(x)
			}
			if prev := m.PipelinePrev(c); prev != nil {
				return fc.credOfElement(prev, depth+1)
			}
			return CredUnknown
		}
		// An encrypted standard string: a DPAPI/key-encrypted file or value.
		if x := argAfter(c, "string", 0); x != nil {
			if r := fc.credOfExpr(x, depth+1); r != CredUnknown && r != CredPlainFile {
				return r
			}
		} else if prev := m.PipelinePrev(c); prev != nil {
			if r := fc.credOfElement(prev, depth+1); r == CredVault || r == CredAutomation || r == CredParameter {
				return r
			}
		}
		return CredEncrypted
	case "new-object":
		if con, ok := m.ConstructionAt(c); ok {
			return fc.credOfConstruction(con, depth)
		}
		return CredUnknown
	}
	if r.Known && !strings.HasPrefix(r.Name, "convert") && !strings.HasPrefix(r.Name, "new-") {
		return CredFunction // a module's command (Request-Credentials) returns it
	}
	return CredUnknown
}

func (fc *factCollector) credOfElement(e parser.PipelineElement, depth int) string {
	switch e := e.(type) {
	case *parser.Command:
		return fc.credOfCommand(e, depth)
	case *parser.CommandExpr:
		if _, ok := fc.m.SecretOf(e.X); ok {
			return CredLiteral
		}
		return fc.credOfExpr(e.X, depth)
	}
	return CredUnknown
}

func (fc *factCollector) credOfConstruction(con semantic.Construction, depth int) string {
	m := fc.m
	if strings.Contains(strings.ToLower(con.TypeName), "oauth") {
		return CredOAuth
	}
	if m.CredentialType(con.TypeName) == "" {
		return CredUnknown
	}
	pw := m.CredentialPassword(con)
	if pw == nil {
		return fc.passwordWrites(depth)
	}
	if _, ok := m.SecretOf(pw); ok {
		return CredLiteral
	}
	if m.ClixmlOrigin(pw) != nil {
		return CredClixml
	}
	return fc.credOfExpr(pw, depth+1)
}

// passwordWrites names the source of a credential built empty and filled
// afterwards ($nc = New-Object NetworkCredential; $nc.Password = $env:X):
// the first known source among the script's writes to a Password property.
func (fc *factCollector) passwordWrites(depth int) string {
	for _, a := range fc.m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || a.Op != "=" {
			continue
		}
		switch strings.ToLower(me.MemberName()) {
		case "password", "securepassword":
			if src := fc.classifyCredStmt(a.Value); src != CredUnknown {
				return src
			}
		}
	}
	return CredUnknown
}

// nonSMTPCredentials: for scripts that use EWS or Graph, the credentials
// the file builds (EWS WebCredentials) and how Connect-MgGraph signs in.
func (fc *factCollector) nonSMTPCredentials() {
	m := fc.m
	if fc.methods[MethodEWS] {
		found := false
		for _, con := range m.AllConstructions() {
			t := strings.ToLower(con.TypeName)
			switch {
			case strings.HasSuffix(t, "oauthcredentials"):
				fc.creds.add(CredOAuth)
				found = true
			case m.CredentialType(con.TypeName) != "": // WebCredentials, NetworkCredential, or the PSCredential they come from
				fc.creds.add(fc.credOfConstruction(con, 0))
				found = true
			}
		}
		for _, a := range m.Assigns {
			me, ok := a.Target.(*parser.MemberExpr)
			switch {
			case ok && strings.EqualFold(me.MemberName(), "usedefaultcredentials"):
				fc.creds.add(CredDefault)
				found = true
			case ok && strings.EqualFold(me.MemberName(), "credentials") && a.Op == "=":
				// $service.Credentials = $cred.GetNetworkCredential()
				if src := fc.classifyCredStmt(a.Value); src != CredUnknown || !found {
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
	if len(m.Constructions("system.net.mail.smtpclient", "mailkit.net.smtp.smtpclient")) > 0 {
		fc.methods.add(MethodSmtpClient)
	}
	if len(m.Constructions("mailkit.net.smtp.smtpclient", "system.net.mail.smtpclient")) > 0 {
		fc.methods.add(MethodMailKit)
	}
	for _, c := range m.COMCreations() {
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
		if _, ok := m.ResolveInNamespace(r.Name, semantic.SystemWebMailNamespace); ok && r.Kind.Executes() {
			fc.methods.add(MethodSystemWebMail)
		}
		if _, ok := m.ResolveInNamespace(r.Name, semantic.EWSNamespace); ok && r.Kind.Executes() {
			fc.methods.add(MethodEWS)
		}
	}
	for _, d := range fc.rulesSeen {
		if d.Rule == "MAIL005" {
			fc.methods.add(MethodEWS)
		}
	}
	for _, h := range m.HTTPCalls() {
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

var exoHostRe = regexp.MustCompile(`(?i)(?:^|[^a-z0-9.-])((?:[a-z0-9-]+\.)*(?:office365\.com|office365\.us|outlook\.office\.com|protection\.outlook\.com|ps\.outlook\.com|partner\.outlook\.cn))(?:$|[^a-z0-9.-])`)

func (fc *factCollector) strings() {
	look := func(v string) {
		if len(v) > 4096 || !strings.Contains(strings.ToLower(v), "o") {
			return
		}
		for _, mm := range exoHostRe.FindAllStringSubmatch(v, 8) {
			fc.exoHosts.add(strings.ToLower(mm[1]))
		}
	}
	for _, s := range fc.m.Strings {
		look(s.Value)
	}
	// Command-mode barewords: -ConnectionUri https://outlook.office365.com/powershell-liveid/
	for _, c := range fc.m.Commands {
		for _, e := range c.Elements {
			if a, ok := e.(*parser.Argument); ok {
				if bw, ok := a.X.(*parser.Bareword); ok {
					look(bw.Text)
				}
			}
		}
	}
}

// ---- verdict ----

func (fc *factCollector) verdict() (string, string) {
	// Spans of Send-MailMessage calls whose rewrite is exact.
	type span struct{ pos, end int }
	var exact, template []span
	for _, d := range fc.rulesSeen {
		if d.Rule != "MAIL001" {
			continue
		}
		if d.GraphRewrite == rules.GraphRewriteTemplate {
			template = append(template, span{d.Pos, d.End})
		} else {
			exact = append(exact, span{d.Pos, d.End})
		}
	}
	covered := func(d rules.Diagnostic, r *rules.Rule) bool {
		if !r.CoveredByRewrite {
			return false
		}
		for _, s := range exact {
			if d.Pos >= s.pos && d.Pos < s.end {
				return true
			}
		}
		return false
	}
	var reasons []string
	seen := set{}
	addReason := func(r string) {
		if !seen[r] {
			seen[r] = true
			reasons = append(reasons, r)
		}
	}
	if fc.row.Status == StatusParseError && (fc.row.SendsMail || fc.row.EXO.Relevant) {
		addReason("syntax errors: the analysis may be incomplete")
	}
	if len(template) > 0 {
		addReason("Send-MailMessage with arguments not known statically: the Graph rewrite is a template to complete")
	}
	for _, d := range fc.rulesSeen {
		if r := rules.Lookup(d.Rule); r != nil && r.ManualPort != "" && !covered(d, r) {
			addReason(r.ManualPort)
		}
	}
	if smtpClient := rules.Lookup("MAIL004").ManualPort; fc.methods[MethodSmtpClient] && !seen[smtpClient] {
		addReason(smtpClient)
	}
	switch {
	case len(reasons) > 0:
		return VerdictManual, strings.Join(reasons, "; ")
	case len(exact) > 0:
		return VerdictRewrite, "every Send-MailMessage call has an exact Microsoft Graph rewrite (in the findings)"
	case fc.methods[MethodGraph]:
		return VerdictReady, "already sends through Microsoft Graph"
	case fc.row.SendsMail:
		return VerdictReady, "nothing in the script depends on retiring mail or authentication paths"
	}
	return VerdictNoMail, "sends no mail; nothing in it depends on a retiring authentication path"
}
