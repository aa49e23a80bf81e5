package mailfacts

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// This file is the command side of the mail facts: Microsoft Graph sends,
// Exchange Online, connector and hybrid cmdlets, and the modules and
// assemblies a script uses.

// exoOnlyCmdlets are commands of the ExchangeOnlineManagement module that
// only exist for Exchange Online.
var exoOnlyCmdlets = lazyRegexp(`^(connect-exchangeonline|disconnect-exchangeonline|connect-ippssession|get-connectioninformation|[a-z]+-exo[a-z]+|connect-exopssession|new-exopssession)$`)

// exchangeCmdletNames are Exchange administration cmdlets (Exchange Online and
// the Exchange Management Shell share them) that matter for mail flow,
// mailbox access and authentication.
var exchangeCmdletNames = lazyRegexp(`^(get|set|new|remove|add|enable|disable|search|start|test|update)-(mailbox|mailboxpermission|mailboxstatistics|mailboxfolderpermission|mailboxfolderstatistics|casmailbox|mailuser|mailcontact|recipient|recipientpermission|distributiongroup|distributiongroupmember|dynamicdistributiongroup|unifiedgroup|transportrule|transportconfig|messagetrace|messagetracev2|messagetracedetail|messagetracedetailv2|messagetrackinglog|organizationconfig|accepteddomain|remotedomain|authenticationpolicy|authenticationpolicyassignment|applicationaccesspolicy|applicationaccesspolicytest|managementscope|managementroleassignment|serviceprincipal|unifiedauditlog|mailflowstatusreport|quarantinemessage|hostedcontentfilterpolicy|hostedoutboundspamfilterpolicy|dkimsigningconfig|sendaddress|mailboxautoreplyconfiguration|calendarprocessing|mailboxcalendarfolder|mailboxregionalconfiguration|inboxrule|mobiledevice|mobiledevicestatistics|retentionpolicy|compliancesearch|compliancesearchaction)$`)

var connectorCmdlets = lazyRegexp(`^[a-z]+-(inboundconnector|outboundconnector|sendconnector|receiveconnector|connectorreport|foreignconnector|deliveryagentconnector)$`)

var hybridCmdlets = lazyRegexp(`^[a-z]+-(hybridconfiguration|hybridmailflow|hybridmailflowdatacenterips|intraorganizationconnector|organizationrelationship|federationtrust|federatedorganizationidentifier|federationinformation|remotemailbox|migrationendpoint|onpremisesorganization|migrationbatch|moverequest|mailboxexportrequest)$`)

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

var adCmdlet = lazyRegexp(`^(get|set|new|remove|add|enable|disable|unlock|search|move|rename)-ad(user|group|groupmember|computer|organizationalunit|object|domain|forest|domaincontroller|principalgroupmembership|accountpassword|serviceaccount|fineGrainedpasswordpolicy|defaultdomainpasswordpolicy)$`)

func (fc *factCollector) commands() {
	m := fc.m
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin || !r.Known || !fc.in(c) {
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
		if adCmdlet().MatchString(name) {
			fc.modules.add("ActiveDirectory")
		}
		if _, ok := m.GraphSendKindOf(c); ok {
			fc.methods.add(MethodGraph)
		}
		switch {
		case name == "send-emailmessage":
			fc.mailozaurr(c)
		case name == "connect-mggraph":
			fc.mgConnects = append(fc.mgConnects, c)
		case name == "import-module":
			fc.importModule(c)
		}
		switch {
		case exoOnlyCmdlets().MatchString(name):
			fc.exoCmdlets.add(canonicalCmdlet(c, name))
			fc.exoStrong = true
			fc.modules.add(moduleEXO)
		case exchangeCmdletNames().MatchString(name):
			fc.exoCmdlets.add(canonicalCmdlet(c, name))
			fc.modules.add(moduleExchange)
		}
		if connectorCmdlets().MatchString(name) {
			fc.connectors.add(canonicalCmdlet(c, name))
			fc.modules.add(moduleExchange)
			if strings.HasSuffix(name, "inboundconnector") || strings.HasSuffix(name, "outboundconnector") || strings.HasSuffix(name, "-connectorreport") {
				fc.exoStrong = true // Exchange Online connectors
			}
		}
		if hybridCmdlets().MatchString(name) {
			fc.hybrid.add(canonicalCmdlet(c, name))
			fc.modules.add(moduleExchange)
			fc.exoStrong = true
		}
	}
	if fc.modules[moduleEXO] {
		delete(fc.modules, moduleExchange)
	}
	if fc.scope != nil {
		return // using statements are file-level
	}
	for _, u := range m.File.Script.Using {
		if u.Kind == "module" {
			fc.modules.add(moduleName(u.Name))
		}
	}
}

// canonicalCmdlet returns the command name as written when it spells the
// cmdlet (any case), else the canonical lower-case name.
func canonicalCmdlet(c *parser.Command, lc string) string {
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

var requiresModule = lazyRegexp(`(?i)modulename\s*=\s*['"]?([A-Za-z0-9_.\-]+)`)

// requires reads #Requires -Modules (names, or hashtables with ModuleName).
func (fc *factCollector) requires() {
	for _, r := range fc.m.File.Requires {
		if fc.scope != nil {
			break // #Requires is file-level
		}
		v, ok := r.Params["modules"]
		if !ok {
			continue
		}
		if ms := requiresModule().FindAllStringSubmatch(v, -1); len(ms) > 0 {
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
		if !fc.in(a.Node) {
			continue
		}
		if a.LoadsEWS() {
			fc.methods.add(MethodEWS)
		}
		for _, t := range a.Texts {
			for _, dll := range []struct{ base, module string }{
				{"mailkit", "MailKit.dll"}, {"mimekit", "MimeKit.dll"},
				{"microsoft.exchange.webservices", "Microsoft.Exchange.WebServices.dll (EWS Managed API)"},
			} {
				if semantic.MatchesAssembly(t, a.IsName, dll.base) {
					fc.modules.add(dll.module)
				}
			}
		}
	}
}
