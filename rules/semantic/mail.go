package semantic

import (
	"net"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Tri is a three-valued fact: known yes, known no, or unknown.
type Tri uint8

// Tri values.
const (
	Maybe Tri = iota
	Yes
	No
)

// SendKind is the API an SMTP send goes through.
type SendKind uint8

// Send kinds.
const (
	SendMailMessage SendKind = iota + 1
	SmtpClient
	MailKit
	CDO
)

// TLSMode is how a client protects the SMTP session.
type TLSMode uint8

// TLS modes.
const (
	TLSUnknown       TLSMode = iota
	TLSNone                  // clear text
	TLSStartTLS              // STARTTLS required
	TLSOpportunistic         // STARTTLS if offered (strippable)
	TLSImplicit              // TLS from the first byte (SMTPS, 465)
)

// Send is one place where a script submits mail over SMTP (or sets up the
// session, for MailKit's Authenticate).
type Send struct {
	Kind SendKind
	// Node is where findings about the send are located: the
	// Send-MailMessage command, the .Send*() call, MailKit's
	// Authenticate/Send, CDO's Send.
	Node parser.Node
	// Host is the SMTP server when known.
	Host     string
	HostKnow bool
	// HostFromPSEmailServer: the host comes from $PSEmailServer.
	HostFromPSEmailServer bool
	HostNode              parser.Node
	Port                  int
	PortKnown             bool
	PortNode              parser.Node
	TLS                   TLSMode
	// Credentials: explicit credentials (Send-MailMessage -Credential,
	// SmtpClient.Credentials, MailKit Authenticate, CDO smtpauthenticate=1).
	Credentials Tri
	// CredentialsAt is where an SmtpClient's credentials were last set
	// (a .Credentials assignment or a -Property entry), nil when nowhere.
	CredentialsAt parser.Node
	// DefaultCredentials: SmtpClient.UseDefaultCredentials = $true.
	DefaultCredentials bool
	// Pickup: the client writes .eml files to a folder, no network.
	Pickup bool
	// Authenticate is MailKit's Authenticate call (for MailKit sends).
	Authenticate parser.Node
	// Connect marks a MailKit Connect call: the session is set up, nothing
	// is sent yet (port/TLS checks are located there).
	Connect bool
	// UseSslUnknownValue: -UseSsl is given with a value that is not known
	// statically, which catalog G.0 counts as an effective UseSsl.
	UseSslUnknownValue bool
	// Binding is the Send-MailMessage binding.
	Binding *Binding
	// Unbindable is true when PowerShell would refuse the call (ambiguous parameter).
	Unbindable bool
	// Related are contributing locations (construction, credential and TLS writes).
	Related []RelatedNode
}

// RelatedNode is a contributing location with its description.
type RelatedNode struct {
	Node    parser.Node
	Message string
}

// Loopback reports localhost, 127.0.0.0/8 and ::1.
func Loopback(host string) bool {
	h := strings.ToLower(strings.Trim(strings.TrimSpace(host), "[]"))
	if h == "localhost" {
		return true
	}
	if ip := net.ParseIP(h); ip != nil {
		return ip.IsLoopback()
	}
	return false
}

// EXOSmtpHost reports the Exchange Online SMTP AUTH hosts (catalog G.0).
func EXOSmtpHost(host string) bool {
	switch strings.ToLower(strings.TrimSpace(host)) {
	case "smtp.office365.com", "smtp-legacy.office365.com", "smtp.partner.outlook.cn", "smtp-legacy.partner.outlook.cn":
		return true
	}
	return false
}

// Sends returns every SMTP send of the file, in source order (computed once).
func (m *Model) Sends() []Send {
	return result[[]Send](m, MailSendsAnalyzer)
}

func (m *Model) sends() []Send {
	var out []Send
	for _, c := range m.Commands {
		if m.IsCall(c, "send-mailmessage") {
			out = append(out, m.sendMailMessage(c))
		}
	}
	out = append(out, m.smtpClientSends()...)
	out = append(out, m.mailKitSends()...)
	out = append(out, m.cdoSends()...)
	// Stable: sends at one position keep their kind order.
	SortByNode(out, func(s *Send) parser.Node { return s.Node })
	return out
}

func (m *Model) sendMailMessage(c *parser.Command) Send {
	// A splat built in branches (if/else) is bound as the join of its
	// alternatives: the keys every branch leaves out are known to be absent.
	b := m.BindJoined(c, Cmdlet("send-mailmessage"))
	s := Send{Kind: SendMailMessage, Node: c, Binding: b, Unbindable: len(b.Ambiguous) > 0}
	// Host: -SmtpServer, else $PSEmailServer.
	if a := b.Get("SmtpServer"); a != nil {
		v := m.ArgValue(a, c.Pos())
		s.HostNode = a.Node
		if v.Kind == String {
			s.Host, s.HostKnow = v.Str, true
		}
	} else if !b.UnknownSplat {
		v := m.LookupVar("psemailserver", c.Pos())
		s.HostFromPSEmailServer = true
		if v.Kind == String {
			s.Host, s.HostKnow = v.Str, true
			s.HostNode = v.Def
		}
	}
	if a := b.Get("Port"); a != nil {
		s.PortNode = a.Node
		s.Port, s.PortKnown = portOf(m.ArgValue(a, c.Pos()))
	} else if !b.UnknownSplat {
		s.Port, s.PortKnown = 25, true
	}
	// Effective UseSsl (catalog G.0): present and not statically $false.
	// A value that is not known (-UseSsl:$Mail.UseSsl) is still effective
	// for TLS003 (UseSslUnknownValue), but never makes a clear-text finding.
	switch a := b.Get("UseSsl"); {
	case a != nil && a.OnKnown && !a.On:
		s.TLS = TLSNone
	case a != nil && a.OnKnown:
		s.TLS = TLSStartTLS
	case a != nil:
		s.TLS = TLSUnknown
		s.UseSslUnknownValue = true
	case b.UnknownSplat:
		s.TLS = TLSUnknown
	default:
		s.TLS = TLSNone
	}
	switch {
	case b.Has("Credential"):
		s.Credentials = Yes
	case b.UnknownSplat:
		s.Credentials = Maybe
	default:
		s.Credentials = No
	}
	for _, v := range b.SplatVars {
		if d := m.VarDef(v); d != nil {
			s.Related = append(s.Related, RelatedNode{d, "splatted parameters @" + v.Name + " defined here"})
		}
	}
	return s
}

// smtpClientSends follows each System.Net.Mail.SmtpClient from its
// construction through property writes to its Send/SendAsync/SendMailAsync calls.
func (m *Model) smtpClientSends() []Send {
	var out []Send
	for _, con := range m.Constructions("system.net.mail.smtpclient", "mailkit.net.smtp.smtpclient") {
		if con.Var == nil {
			continue
		}
		name := con.Var.ShortName()
		scope := m.Scope(con.Node)
		st := Send{Kind: SmtpClient, TLS: TLSNone, Credentials: No, Port: 25, PortKnown: true}
		st.Related = append(st.Related, RelatedNode{con.Node, "SmtpClient created here"})
		if len(con.Args) > 0 {
			m.setHost(&st, con.Args[0], con.Node.Pos())
		} else if !con.ArgsKnown {
			st.HostKnow, st.PortKnown = false, false
		}
		if len(con.Args) > 1 {
			m.setPort(&st, con.Args[1], con.Node.Pos())
		}
		if h, ok := con.Props.(*parser.HashLit); ok {
			hv := m.Eval(h, con.Node.Pos())
			for _, k := range hv.Hash.Keys {
				e, _ := hv.Hash.Get(k)
				m.smtpProperty(&st, k, e.Expr, e.KeyNode, con.Node.Pos())
			}
		} else if con.Props != nil {
			st.TLS, st.Credentials = TLSUnknown, Maybe
		}
		last := con.Node.End()
		escaped := false
		for _, use := range m.MemberUses(name, scope, con.Node.End()) {
			if m.redefined(name, scope, last, use.Node.Pos()) {
				break
			}
			if !escaped && m.Escapes(name, scope, last, use.Node.Pos()) {
				escaped = true
				if st.TLS != TLSStartTLS {
					st.TLS = TLSUnknown
				}
			}
			if !use.Call {
				m.smtpProperty(&st, use.Member, use.Value, use.Node, use.Node.Pos())
				continue
			}
			switch strings.ToLower(use.Member) {
			case "send", "sendasync", "sendmailasync":
				s := st
				s.Node = use.Node
				s.Related = append([]RelatedNode(nil), st.Related...)
				out = append(out, s)
			}
			last = use.Node.End()
		}
	}
	return out
}

func (m *Model) setHost(s *Send, x parser.Expr, at int) {
	s.HostNode = x
	s.Host, s.HostKnow = "", false
	if v := m.Eval(x, at); v.Kind == String {
		s.Host, s.HostKnow = v.Str, true
	}
}

func (m *Model) setPort(s *Send, x parser.Expr, at int) {
	s.PortNode = x
	s.Port, s.PortKnown = portOf(m.Eval(x, at))
}

// portOf reads a port number, also from a string ('465' binds to [int]).
func portOf(v Value) (int, bool) {
	switch v.Kind {
	case Number:
		return int(v.Num), true
	case String:
		if n, ok := ParseNumber(v.Str); ok {
			return int(n), true
		}
	}
	return 0, false
}

// smtpProperty applies one SmtpClient property write to the send state.
func (m *Model) smtpProperty(s *Send, prop string, x parser.Expr, node parser.Node, at int) {
	switch strings.ToLower(prop) {
	case "host":
		if x != nil {
			m.setHost(s, x, at)
		}
	case "port":
		if x != nil {
			m.setPort(s, x, at)
		}
	case "enablessl":
		on, known := m.Eval(x, at).Truthy()
		switch {
		case !known:
			s.TLS = TLSUnknown
		case on:
			s.TLS = TLSStartTLS
		default:
			s.TLS = TLSNone
		}
		s.Related = append(s.Related, RelatedNode{node, "EnableSsl set here"})
	case "credentials":
		if v := m.Eval(x, at); v.Kind == Null {
			s.Credentials = No
			return
		}
		s.Credentials = Yes
		s.CredentialsAt = node
		s.Related = append(s.Related, RelatedNode{node, "credentials set here"})
	case "usedefaultcredentials":
		on, known := m.Eval(x, at).Truthy()
		if known && on {
			s.DefaultCredentials = true
			s.Related = append(s.Related, RelatedNode{node, "UseDefaultCredentials set here"})
		} else if known {
			s.DefaultCredentials = false
		}
	case "deliverymethod":
		if v := m.Eval(x, at); v.Kind == String && strings.Contains(strings.ToLower(v.Str), "pickup") {
			s.Pickup = true
		} else if me, ok := x.(*parser.MemberExpr); ok && strings.Contains(strings.ToLower(me.MemberName()), "pickup") {
			s.Pickup = true
		}
	}
}

// mailKitSends follows MailKit.Net.Smtp.SmtpClient objects: Connect sets the
// TLS mode, Authenticate adds credentials, Send submits.
func (m *Model) mailKitSends() []Send {
	var out []Send
	for _, con := range m.Constructions("mailkit.net.smtp.smtpclient", "system.net.mail.smtpclient") {
		if con.Var == nil {
			continue
		}
		name := con.Var.ShortName()
		scope := m.Scope(con.Node)
		st := Send{Kind: MailKit, TLS: TLSUnknown, Credentials: No}
		for _, use := range m.MemberUses(name, scope, con.Node.End()) {
			if !use.Call {
				continue
			}
			switch strings.ToLower(use.Member) {
			case "connect", "connectasync":
				st.Related = []RelatedNode{{use.Node, "Connect called here"}}
				st.TLS, st.Port, st.PortKnown, st.HostKnow = TLSUnknown, 0, false, false
				if len(use.Args) > 0 {
					m.setHost(&st, use.Args[0], use.Node.Pos())
				}
				if len(use.Args) > 1 {
					m.setPort(&st, use.Args[1], use.Node.Pos())
				}
				st.TLS = m.mailKitMode(use.Args, st)
				s := st
				s.Node, s.Connect = use.Node, true
				out = append(out, s)
			case "authenticate", "authenticateasync":
				st.Credentials = Yes
				st.Authenticate = use.Node
				s := st
				s.Node = use.Node
				out = append(out, s)
			case "send", "sendasync":
				s := st
				s.Node = use.Node
				out = append(out, s)
			}
		}
	}
	return out
}

// mailKitMode reads Connect's third argument: SecureSocketOptions or a bool.
func (m *Model) mailKitMode(args []parser.Expr, st Send) TLSMode {
	if len(args) < 3 {
		// Connect(host, port) is SecureSocketOptions.Auto.
		if st.PortKnown && st.Port == 465 {
			return TLSImplicit
		}
		return TLSOpportunistic
	}
	x := args[2]
	name := ""
	if me, ok := x.(*parser.MemberExpr); ok && me.Static {
		name = strings.ToLower(me.MemberName())
	} else if v := m.Eval(x, args[2].Pos()); v.Kind == String {
		name = strings.ToLower(v.Str)
	} else if v.Kind == Bool {
		if v.Bool {
			return TLSImplicit
		}
		// useSsl = false: no SSL-on-connect, STARTTLS only when offered.
		return TLSNone
	}
	switch name {
	case "none":
		return TLSNone
	case "sslonconnect":
		return TLSImplicit
	case "starttls":
		return TLSStartTLS
	case "starttlswhenavailable":
		return TLSOpportunistic
	case "auto":
		if st.PortKnown && st.Port == 465 {
			return TLSImplicit
		}
		return TLSOpportunistic
	}
	return TLSUnknown
}

// cdoSends reports CDO.Message Send calls with the configuration fields set
// in the same scope (smtpauthenticate, smtpusessl, smtpserver, smtpserverport).
func (m *Model) cdoSends() []Send {
	var out []Send
	for _, c := range m.Commands {
		if !m.IsCall(c, "new-object") || !strings.EqualFold(m.ComObjectProgID(c), "CDO.Message") {
			continue
		}
		v, _ := m.assignedTo(c)
		if v == nil {
			continue
		}
		scope := m.Scope(c)
		fields := m.cdoFields(scope)
		st := Send{Kind: CDO, TLS: TLSNone, Credentials: No, Port: 25, PortKnown: true}
		if f, ok := fields["smtpauthenticate"]; ok {
			if fv := m.Eval(f, f.Pos()); fv.Kind == Number && fv.Num == 1 {
				st.Credentials = Yes
				st.Related = append(st.Related, RelatedNode{f, "basic authentication configured here"})
			} else if fv.Kind == Unknown {
				st.Credentials = Maybe
			}
		}
		if f, ok := fields["smtpusessl"]; ok {
			on, known := m.Eval(f, f.Pos()).Truthy()
			switch {
			case !known:
				st.TLS = TLSUnknown
			case on:
				st.TLS = TLSImplicit
			}
		}
		if f, ok := fields["smtpserver"]; ok {
			m.setHost(&st, f, f.Pos())
		}
		if f, ok := fields["smtpserverport"]; ok {
			m.setPort(&st, f, f.Pos())
		}
		for _, use := range m.MemberUses(v.ShortName(), scope, c.End()) {
			if use.Call && strings.EqualFold(use.Member, "send") {
				s := st
				s.Node = use.Node
				out = append(out, s)
			}
		}
	}
	return out
}

// cdoFields returns, for a scope, the last value written to each CDO
// configuration field (smtpauthenticate, smtpusessl, smtpserver, …).
func (m *Model) cdoFields(scope parser.Node) map[string]parser.Expr {
	out := map[string]parser.Expr{}
	for _, w := range m.CDOFieldWrites() {
		if w.Value != nil && m.Scope(w.Assign) == scope {
			out[w.Field] = w.Value
		}
	}
	return out
}
