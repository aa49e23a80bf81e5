package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// ParamInfo is one parameter of a cmdlet.
type ParamInfo struct {
	Name     string
	Aliases  []string
	Position int // -1 when named only
	Switch   bool
}

// CmdletInfo is the static metadata the binder needs (catalog H.2).
type CmdletInfo struct {
	Name   string
	Params []ParamInfo
	// ShouldProcess cmdlets also have -WhatIf and -Confirm.
	ShouldProcess bool
}

func p(name string, pos int, aliases ...string) ParamInfo {
	return ParamInfo{Name: name, Position: pos, Aliases: aliases}
}

func sw(name string, aliases ...string) ParamInfo {
	return ParamInfo{Name: name, Position: -1, Switch: true, Aliases: aliases}
}

// commonParams take part in prefix matching for every cmdlet (so -E is
// ambiguous for Send-MailMessage: Encoding, ErrorAction, ErrorVariable).
var commonParams = []ParamInfo{
	sw("Verbose", "vb"), sw("Debug", "db"), p("ErrorAction", -1, "ea"), p("WarningAction", -1, "wa"),
	p("InformationAction", -1, "infa"), p("ProgressAction", -1, "proga"), p("ErrorVariable", -1, "ev"),
	p("WarningVariable", -1, "wv"), p("InformationVariable", -1, "iv"), p("OutVariable", -1, "ov"),
	p("OutBuffer", -1, "ob"), p("PipelineVariable", -1, "pv"),
}

var shouldProcessParams = []ParamInfo{sw("WhatIf", "wi"), sw("Confirm", "cf")}

// cmdlets holds the metadata of the cmdlets the rules bind, by lower-case
// name: a package-level value built from the lists below in one
// expression, so no init order decides which entry of a name survives.
var cmdlets, cmdletDuplicates = newCmdletTable(coreCmdlets, authPathCmdlets, exchangeCmdlets,
	servicePrincipalCmdlets, ewsCmdlets, certCheckCmdlets, mailozaurrCmdlets)

// Cmdlet returns the binder metadata of a cmdlet by name (any case), or
// nil when the tables do not describe it.
func Cmdlet(name string) *CmdletInfo {
	c, _ := GetFold(cmdlets, name)
	return c
}

// newCmdletTable builds a table from lists that each add their entries.
// A name added twice keeps its first entry and is listed in dups, which a
// test requires to be empty: a second entry used to replace the first
// silently (Invoke-MgGraphRequest lost its SV and RHV aliases).
func newCmdletTable(lists ...func(add func(*CmdletInfo))) (table map[string]*CmdletInfo, dups []string) {
	table = map[string]*CmdletInfo{}
	for _, list := range lists {
		list(func(c *CmdletInfo) {
			lc := strings.ToLower(c.Name)
			if _, ok := table[lc]; ok {
				dups = append(dups, c.Name)
				return
			}
			table[lc] = c
		})
	}
	return table, dups
}

func coreCmdlets(addCmdlet func(*CmdletInfo)) {
	// Send-MailMessage: catalog A.1, positions verified in the cmdlet source.
	addCmdlet(&CmdletInfo{Name: "Send-MailMessage", Params: []ParamInfo{
		p("To", 0), p("Subject", 1, "sub"), p("Body", 2), p("SmtpServer", 3, "ComputerName"),
		p("From", -1), p("Attachments", -1, "PsPath"), p("Bcc", -1), p("Cc", -1), sw("BodyAsHtml", "BAH"),
		p("Encoding", -1, "BE"), p("DeliveryNotificationOption", -1, "DNO"), p("Priority", -1),
		p("ReplyTo", -1), p("Credential", -1), sw("UseSsl"), p("Port", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "New-Object", Params: []ParamInfo{
		p("TypeName", 0), p("ArgumentList", 1, "Args"), p("ComObject", -1), p("Property", -1), sw("Strict"),
	}})
	addCmdlet(&CmdletInfo{Name: "ConvertTo-SecureString", Params: []ParamInfo{
		p("String", 0), sw("AsPlainText"), sw("Force"), p("SecureKey", 1), p("Key", -1),
	}})
	web := []ParamInfo{
		p("Uri", 0), p("Method", -1), p("Body", -1), p("Headers", -1), p("ContentType", -1),
		p("Credential", -1), sw("UseDefaultCredentials"), p("Authentication", -1), p("Token", -1),
		sw("AllowUnencryptedAuthentication"), sw("SkipCertificateCheck"), p("SslProtocol", -1),
		p("OutFile", -1), p("InFile", -1), p("WebSession", -1), p("SessionVariable", -1, "SV"),
		sw("UseBasicParsing"), p("TimeoutSec", -1), p("MaximumRedirection", -1), p("Proxy", -1),
		p("ProxyCredential", -1), sw("ProxyUseDefaultCredentials"), p("UserAgent", -1), sw("DisableKeepAlive"),
		p("TransferEncoding", -1), p("CertificateThumbprint", -1), p("Certificate", -1), p("Form", -1),
		sw("SkipHeaderValidation"), p("MaximumRetryCount", -1), p("RetryIntervalSec", -1), sw("NoProxy"),
		sw("PreserveAuthorizationOnRedirect"), sw("Resume"), sw("SkipHttpErrorCheck"), p("CustomMethod", -1, "CM"),
		p("HttpVersion", -1), p("ResponseHeadersVariable", -1, "RHV"), p("StatusCodeVariable", -1),
		sw("FollowRelLink", "FL"), p("MaximumFollowRelLink", -1, "ML"), sw("PassThru"),
	}
	addCmdlet(&CmdletInfo{Name: "Invoke-WebRequest", Params: web})
	addCmdlet(&CmdletInfo{Name: "Invoke-RestMethod", Params: web})
	addCmdlet(&CmdletInfo{Name: "Set-TransportConfig", ShouldProcess: true, Params: []ParamInfo{
		p("Identity", 0), p("AllowLegacyTLSClients", -1), p("SmtpClientAuthenticationDisabled", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Add-Type", Params: []ParamInfo{
		p("TypeDefinition", 0), p("Name", 0), p("MemberDefinition", 1), p("Namespace", -1, "NS"),
		p("UsingNamespace", -1, "Using"), p("Language", -1), p("ReferencedAssemblies", -1, "RA"),
		p("Path", 0), p("LiteralPath", -1, "PSPath", "LP"), p("AssemblyName", 0, "AN"),
		p("OutputAssembly", -1, "OA"), p("OutputType", -1, "OT"), sw("PassThru"), sw("IgnoreWarnings"),
		p("CompilerOptions", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Import-Module", Params: []ParamInfo{
		p("Name", 0), p("FullyQualifiedName", 0), p("Assembly", 0), p("ModuleInfo", 0),
		p("Prefix", -1), p("Function", -1), p("Cmdlet", -1), p("Variable", -1), p("Alias", -1),
		sw("Force"), sw("PassThru"), sw("AsCustomObject"), p("MinimumVersion", -1, "Version"),
		p("MaximumVersion", -1), p("RequiredVersion", -1), p("ArgumentList", -1, "Args"),
		sw("DisableNameChecking"), sw("NoClobber"), p("Scope", -1), sw("Global"), sw("SkipEditionCheck"),
		sw("UseWindowsPowerShell"), p("PSSession", -1), p("CimSession", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Start-Job", Params: []ParamInfo{
		p("ScriptBlock", 0, "Command"), p("Name", -1), p("Credential", -1), p("FilePath", 0),
		p("ArgumentList", -1, "Args"), p("InitializationScript", 1), sw("RunAs32"), p("InputObject", -1),
		p("PSVersion", -1), p("Authentication", -1), p("DefinitionName", 0), p("DefinitionPath", 1),
		p("Type", 2), p("WorkingDirectory", -1), p("LiteralPath", -1, "PSPath", "LP"),
	}})
	addCmdlet(&CmdletInfo{Name: "Invoke-Command", Params: []ParamInfo{
		p("ScriptBlock", 0, "Command"), p("ComputerName", 0, "Cn"), p("Session", 0), p("ArgumentList", -1, "Args"),
		p("Credential", -1), p("FilePath", 1), p("ConnectionUri", 0, "URI", "CU"), sw("AsJob"), sw("HideComputerName"),
		p("JobName", -1), p("ThrottleLimit", -1), p("Port", -1), sw("UseSSL"), p("ConfigurationName", -1),
		p("ApplicationName", -1), sw("InDisconnectedSession", "Disconnected"), p("SessionName", -1),
		p("SessionOption", -1), p("Authentication", -1), sw("EnableNetworkAccess"), sw("NoNewScope"),
		p("InputObject", -1), p("VMId", 0, "VMGuid", "Id"), p("VMName", 0), p("ContainerId", 0),
		sw("RunAsAdministrator"), p("HostName", 0), p("UserName", -1), p("KeyFilePath", -1, "IdentityFilePath"),
		p("SSHTransport", -1), p("SSHConnection", -1), p("Subsystem", -1), p("CertificateThumbprint", -1),
		sw("AllowRedirection"), p("Options", -1), p("ConnectingTimeout", -1), p("RemoteDebug", -1),
	}})
	addCmdlet(&CmdletInfo{Name: "Set-Variable", ShouldProcess: true, Params: []ParamInfo{
		p("Name", 0), p("Value", 1), p("Scope", -1), sw("PassThru"), p("Option", -1), p("Description", -1),
		p("Include", -1), p("Exclude", -1), sw("Force"), p("Visibility", -1),
	}})
}

// Arg is one bound parameter.
type Arg struct {
	// Name is the parameter's canonical name.
	Name string
	// Expr is the value expression (nil for a switch given without value).
	Expr parser.Expr
	// Value is the value when it came from a splatted hashtable.
	Value Value
	// FromSplat is the splatted variable that supplied the parameter.
	FromSplat *parser.Variable
	// Node is where the parameter is written: the -Name token or the splat key.
	Node parser.Node
	// Switch is true for switch parameters; On is the switch's state when known.
	Switch bool
	On     bool
	// OnKnown is false when a switch's value is not statically known (-UseSsl:$x).
	OnKnown bool
}

// Binding is the result of binding a command's arguments to a cmdlet's parameters.
type Binding struct {
	Cmdlet *CmdletInfo
	Args   map[string]*Arg // by lower-case canonical name
	// Extra holds positional arguments that no position took.
	Extra []parser.Expr
	// UnknownSplat is true when a splatted variable could not be resolved:
	// any parameter may then be present with any value.
	UnknownSplat bool
	// SplatVars lists the splatted variables.
	SplatVars []*parser.Variable
	// Ambiguous lists parameter names that matched several parameters; PowerShell
	// would refuse the call.
	Ambiguous []string
	// Unknown lists parameter names that matched nothing.
	Unknown []string
	// Piped is true when the command receives pipeline input.
	Piped bool
}

// Has reports whether a parameter is present.
func (b *Binding) Has(name string) bool {
	_, ok := GetFold(b.Args, name)
	return ok
}

// Get returns a bound parameter or nil.
func (b *Binding) Get(name string) *Arg {
	a, _ := GetFold(b.Args, name)
	return a
}

// matchParam finds the parameter a name refers to: exact name or alias
// first, then a unique prefix among names, aliases and common parameters.
func matchParam(info *CmdletInfo, name string) (*ParamInfo, bool) {
	// Binding runs for every command of a file: comparing ASCII names in
	// place, not through lower-cased copies of every parameter name, made
	// it allocation-free. Other names (a script's own functions may use
	// any letters) are lower-cased as before: strings.EqualFold would
	// match more than lower-casing does (ſ and s).
	ascii := isASCII(name)
	lc := name
	if !ascii {
		lc = strings.ToLower(name)
	}
	same := func(tableName string) bool {
		if ascii && isASCII(tableName) {
			return asciiEqualFold(tableName, name)
		}
		lt := strings.ToLower(tableName)
		return lt == strings.ToLower(lc)
	}
	prefix := func(tableName string) bool {
		if ascii && isASCII(tableName) {
			return len(tableName) >= len(name) && asciiEqualFold(tableName[:len(name)], name)
		}
		return strings.HasPrefix(strings.ToLower(tableName), strings.ToLower(lc))
	}
	lists := [3][]ParamInfo{info.Params, commonParams}
	if info.ShouldProcess {
		lists[2] = shouldProcessParams
	}
	for _, list := range lists {
		for i := range list {
			pi := &list[i]
			if same(pi.Name) {
				return pi, false
			}
			for _, a := range pi.Aliases {
				if same(a) {
					return pi, false
				}
			}
		}
	}
	var found *ParamInfo
	count := 0
	for _, list := range lists {
		for i := range list {
			pi := &list[i]
			hit := prefix(pi.Name)
			for _, a := range pi.Aliases {
				if prefix(a) {
					hit = true
				}
			}
			if hit && (found == nil || found.Name != pi.Name) {
				found = pi
				count++
			}
		}
	}
	if count == 1 {
		return found, false
	}
	return nil, count > 1
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiEqualFold compares two ASCII strings ignoring case, as
// strings.ToLower(a) == strings.ToLower(b) would without the copies.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// Bind binds a command's arguments to the cmdlet's parameters like
// PowerShell: named (exact, alias or unique prefix), -Switch:$false,
// positional in order, hashtable splats resolved through the value layer,
// array splats as positional arguments.
func (m *Model) Bind(c *parser.Command, info *CmdletInfo) *Binding {
	return m.bind(c, info, false)
}

// BindJoined is Bind, except that a splatted variable whose value is a join
// of hashtables built in branches binds the joined hashtable (see
// JoinedSplat) instead of making every parameter unknown.
func (m *Model) BindJoined(c *parser.Command, info *CmdletInfo) *Binding {
	return m.bind(c, info, true)
}

func (m *Model) bind(c *parser.Command, info *CmdletInfo, join bool) *Binding {
	b := &Binding{Cmdlet: info, Args: map[string]*Arg{}}
	b.Piped = m.isPiped(c)
	var positional []parser.Expr
	els := c.Elements
	for i := 0; i < len(els); i++ {
		switch e := els[i].(type) {
		case *parser.Parameter:
			pi, ambiguous := matchParam(info, e.Name)
			if ambiguous || pi == nil {
				if ambiguous {
					b.Ambiguous = append(b.Ambiguous, e.Name)
				} else {
					b.Unknown = append(b.Unknown, e.Name)
				}
				// PowerShell refuses such a call; assume the parameter took the
				// next argument rather than shifting it into a position.
				if e.Arg == nil && i+1 < len(els) {
					if _, ok := els[i+1].(*parser.Argument); ok {
						i++
					}
				}
				continue
			}
			arg := &Arg{Name: pi.Name, Node: e, Switch: pi.Switch}
			switch {
			case pi.Switch:
				arg.On, arg.OnKnown = true, true
				if e.Arg != nil {
					arg.Expr = e.Arg
					arg.On, arg.OnKnown = m.Eval(e.Arg, e.Pos()).Truthy()
				}
			case e.Arg != nil:
				arg.Expr = e.Arg
			case i+1 < len(els):
				if a, ok := els[i+1].(*parser.Argument); ok {
					arg.Expr = a.X
					i++
				}
			}
			b.Args[strings.ToLower(pi.Name)] = arg
		case *parser.Argument:
			if v, ok := e.X.(*parser.Variable); ok && v.Splat {
				b.SplatVars = append(b.SplatVars, v)
				m.bindSplat(b, v, join)
				continue
			}
			positional = append(positional, e.X)
		}
	}
	// Positional arguments fill the lowest free positions in order.
	for _, x := range positional {
		var best *ParamInfo
		for i := range info.Params {
			pi := &info.Params[i]
			if pi.Position < 0 || b.Has(pi.Name) {
				continue
			}
			if best == nil || pi.Position < best.Position {
				best = pi
			}
		}
		if best == nil {
			b.Extra = append(b.Extra, x)
			continue
		}
		b.Args[strings.ToLower(best.Name)] = &Arg{Name: best.Name, Expr: x, Node: x}
	}
	return b
}

func (m *Model) bindSplat(b *Binding, v *parser.Variable, join bool) {
	val := m.LookupVar(v.ShortName(), v.Pos())
	if join && val.Kind != Hash {
		if j, ok := m.JoinedSplat(v); ok {
			val = j
		}
	}
	switch val.Kind {
	case Hash:
		if val.Hash.Open {
			b.UnknownSplat = true
		}
		for _, k := range val.Hash.Keys {
			e, _ := val.Hash.Get(k)
			pi, ambiguous := matchParam(b.Cmdlet, k)
			if ambiguous || pi == nil {
				if ambiguous {
					b.Ambiguous = append(b.Ambiguous, k)
				} else {
					b.Unknown = append(b.Unknown, k)
				}
				continue
			}
			arg := &Arg{Name: pi.Name, Expr: e.Expr, Value: e.Value, FromSplat: v, Node: e.KeyNode, Switch: pi.Switch}
			if pi.Switch {
				arg.On, arg.OnKnown = e.Value.Truthy()
			}
			b.Args[strings.ToLower(pi.Name)] = arg
		}
	default:
		b.UnknownSplat = true
	}
}

// isPiped reports whether the command is not the first element of its pipeline.
func (m *Model) isPiped(c *parser.Command) bool {
	if pl, ok := m.Parent(c).(*parser.Pipeline); ok {
		return len(pl.Elements) > 0 && pl.Elements[0] != parser.PipelineElement(c)
	}
	return false
}

// ArgValue evaluates a bound argument.
func (m *Model) ArgValue(a *Arg, at int) Value {
	if a == nil {
		return Value{}
	}
	if a.FromSplat != nil {
		return a.Value
	}
	if a.Expr == nil {
		return Value{}
	}
	return m.Eval(a.Expr, at)
}
