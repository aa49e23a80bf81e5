package rules

import (
	"fmt"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "TLS006", ExchangeOnline: true, Name: "legacy-tls-smtp-endpoint", Level: Error, CoveredByRewrite: true, ManualPort: "legacy TLS SMTP endpoint: move to smtp.office365.com with TLS 1.2 or to Graph",
			Summary:          "The tenant is opted into, or a mail sink uses, Exchange Online's legacy SMTP endpoint that still accepts TLS 1.0/1.1.",
			SecuritySeverity: "6.5", CWE: []int{757}, Precision: "very-high", Tags: []string{"security", "tls"},
		},
		Run:      runTLS006,
		Requires: []*semantic.Analyzer{semantic.ObjectsAnalyzer},
	})
}

const tls006Fix = "Fix the client to use TLS 1.2 on smtp.office365.com (or stop using SMTP AUTH)."

func runTLS006(p *Pass) {
	tls006TransportConfig(p)
	tls006Hosts(p)
}

// tls006TransportConfig reports Set-TransportConfig -AllowLegacyTLSClients $true.
func tls006TransportConfig(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		if !m.IsCall(c, "set-transportconfig") {
			continue
		}
		b := m.Bind(c, semantic.Cmdlet("set-transportconfig"))
		a := b.Get("AllowLegacyTLSClients")
		if a == nil {
			continue
		}
		v := m.ArgValue(a, c.Pos())
		// A [bool] parameter takes booleans and numbers only; a string fails the call.
		on := v.Kind == semantic.Bool && v.Bool || v.Kind == semantic.Number && v.Num != 0
		if !on {
			continue
		}
		how := "-AllowLegacyTLSClients " + tls006Text(p, a.Expr, "$true")
		switch {
		case a.FromSplat != nil:
			how = fmt.Sprintf("-AllowLegacyTLSClients %s (from the splatted @%s)", tls006Text(p, a.Expr, "$true"), a.FromSplat.Name)
		case a.Expr != nil && tls005Inside(a.Expr, a.Node):
			how = "-AllowLegacyTLSClients:" + p.Text(a.Expr)
		}
		d := Diagnostic{Pos: c.Pos(), End: c.End(), Related: splatRelated(m, b),
			Message: "Set-TransportConfig " + how + " opts the tenant into Exchange Online's legacy endpoint (smtp-legacy.office365.com) that still accepts TLS 1.0/1.1 for SMTP AUTH, for every client of the tenant. " +
				tls006Fix + " Then set -AllowLegacyTLSClients $false."}
		if v.Def != nil && !tls005Inside(v.Def, c) {
			d.Related = append(d.Related, Related{Pos: v.Def.Pos(), End: v.Def.End(), Message: "the value is assigned here"})
		}
		tls006Reach(p, &d, c, false)
		p.Report(d)
	}
}

func tls006Text(p *Pass, x parser.Expr, dflt string) string {
	if x == nil {
		return dflt
	}
	return p.Text(x)
}

// tls006Hosts reports the legacy endpoint used as an SMTP host: in
// Send-MailMessage, $PSEmailServer, SmtpClient (constructor, property
// hashtable, .Host), MailKit Connect and the CDO smtpserver field.
func tls006Hosts(p *Pass) {
	m := p.Model
	seen := map[parser.Node]bool{}
	report := func(sink parser.Node, format string, h semantic.SMTPHostValue) {
		if seen[sink] {
			return
		}
		seen[sink] = true
		d := Diagnostic{Pos: sink.Pos(), End: sink.End(),
			Message: fmt.Sprintf(format, h.Host) + ": this uses Exchange Online's legacy endpoint that still accepts TLS 1.0/1.1 for SMTP AUTH, which works only while the tenant is opted in with Set-TransportConfig -AllowLegacyTLSClients $true. " + tls006Fix}
		if h.Node != nil && !tls005Inside(h.Node, sink) {
			msg := "the host name is written here"
			if h.ParamDefault {
				msg = "the host name is this parameter's default"
			}
			d.Related = append(d.Related, Related{Pos: h.Node.Pos(), End: h.Node.End(), Message: msg})
		}
		tls006Reach(p, &d, sink, h.ParamDefault)
		p.Report(d)
	}

	// Send-MailMessage -SmtpServer (also position 3, -ComputerName, splats).
	for _, c := range m.Commands {
		switch {
		case m.IsCall(c, "send-mailmessage"):
			b := m.Bind(c, semantic.Cmdlet("send-mailmessage"))
			a := b.Get("SmtpServer")
			if a == nil {
				continue
			}
			if h, ok := semantic.SMTPHostOf(m.ArgValue(a, c.Pos())); ok && semantic.IsLegacyTLSHost(h.Host) {
				where := "Send-MailMessage -SmtpServer %s"
				switch n := a.Node.(type) {
				case *parser.Parameter:
					where = "Send-MailMessage -" + n.Name + " %s"
				default:
					if a.FromSplat != nil {
						where = "Send-MailMessage @" + a.FromSplat.Name + " sends through %s (splatted SmtpServer)"
					} else {
						where = "Send-MailMessage sends through %s (SmtpServer, by position)"
					}
				}
				report(c, where, h)
			}
		case m.IsCall(c, "set-variable"):
			b := m.Bind(c, semantic.Cmdlet("set-variable"))
			name, ok := semantic.SMTPHostOf(m.ArgValue(b.Get("Name"), c.Pos()))
			if !ok || !strings.EqualFold(name.Host, "PSEmailServer") {
				continue
			}
			if h, ok := semantic.SMTPHostOf(m.ArgValue(b.Get("Value"), c.Pos())); ok && semantic.IsLegacyTLSHost(h.Host) {
				report(c, "Set-Variable PSEmailServer %s sets the default SMTP server of Send-MailMessage", h)
			}
		}
	}

	// $PSDefaultParameterValues['Send-MailMessage:SmtpServer'] = …
	for _, d := range m.DefaultParameterSettings() {
		if !d.Applies("Send-MailMessage") || !d.Sets(semantic.Cmdlet("send-mailmessage"), "SmtpServer") {
			continue
		}
		if h, ok := m.SMTPHostAt(d.Value, d.Node.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
			report(d.Node, "$PSDefaultParameterValues['"+d.Key+"'] = %s makes it the SMTP server of every later Send-MailMessage", h)
		}
	}

	// $PSEmailServer = …, and the CDO smtpserver field.
	for _, a := range m.Assigns {
		if a.Op != "=" {
			continue
		}
		x := semantic.StmtExpr(a.Value)
		if x == nil {
			continue
		}
		target := a.Target
		if cv, ok := target.(*parser.ConvertExpr); ok {
			target = cv.X
		}
		switch t := target.(type) {
		case *parser.Variable:
			if t.ShortName() != "psemailserver" {
				continue
			}
			if h, ok := m.SMTPHostAt(x, a.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
				report(a, "$"+t.Name+" = %s sets the default SMTP server of Send-MailMessage", h)
			}
		default:
			if !tls006CDOField(target) {
				continue
			}
			if h, ok := m.SMTPHostAt(x, a.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
				report(a, "The CDO smtpserver field is set to %s", h)
			}
		}
	}

	// System.Net.Mail.SmtpClient and MailKit clients.
	const netMail, mailKit = "system.net.mail.smtpclient", "mailkit.net.smtp.smtpclient"
	for _, c := range m.AllConstructions() {
		isNet := m.TypeIs(c.TypeName, netMail, mailKit)
		isKit := m.TypeIs(c.TypeName, mailKit, netMail)
		if !isNet && !isKit {
			continue
		}
		if isNet {
			if len(c.Args) > 0 {
				if h, ok := m.SMTPHostAt(c.Args[0], c.Node.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
					report(c.Node, "The SmtpClient is built for host %s", h)
				}
			}
			if hl, ok := c.Props.(*parser.HashLit); ok {
				for _, e := range hl.Entries {
					if k, ok := tls005Key(e.Key); ok && strings.EqualFold(k, "Host") {
						if h, ok := m.SMTPHostAt(semantic.StmtExpr(e.Value), c.Node.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
							report(c.Node, "The SmtpClient is built with Host = %s", h)
						}
					}
				}
			}
		}
		if c.Var == nil {
			continue
		}
		name := c.Var.ShortName()
		scope := m.Scope(c.Node)
		until := m.VarRebound(name, scope, c.Node.End())
		for _, u := range m.MemberUses(name, scope, c.Node.End()) {
			if until >= 0 && u.Node.Pos() >= until {
				break
			}
			switch {
			case isNet && !u.Call && strings.EqualFold(u.Member, "Host"):
				if h, ok := m.SMTPHostAt(u.Value, u.Node.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
					report(u.Node, "$"+c.Var.Name+".Host = %s", h)
				}
			case isKit && u.Call && (strings.EqualFold(u.Member, "Connect") || strings.EqualFold(u.Member, "ConnectAsync")) && len(u.Args) > 0:
				if h, ok := m.SMTPHostAt(u.Args[0], u.Node.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
					report(u.Node, "$"+c.Var.Name+"."+u.Member+"() connects to %s", h)
				}
			}
		}
	}
	// MailKit Connect on a client built elsewhere: recognised by its
	// SecureSocketOptions argument.
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static || len(inv.Args) < 2 || !(strings.EqualFold(me.MemberName(), "Connect") || strings.EqualFold(me.MemberName(), "ConnectAsync")) {
			continue
		}
		kit := false
		for _, a := range inv.Args[1:] {
			if mx, ok := a.(*parser.MemberExpr); ok && mx.Static && m.TypeIs(semantic.TypeOfLiteral(mx.X), "mailkit.security.securesocketoptions") {
				kit = true
			}
		}
		if !kit {
			continue
		}
		if h, ok := m.SMTPHostAt(inv.Args[0], inv.Pos()); ok && semantic.IsLegacyTLSHost(h.Host) {
			report(inv, p.Text(me)+"() connects to %s", h)
		}
	}
}

// tls006CDOField reports an assignment target that names the CDO
// configuration field smtpserver: $cfg.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver'),
// $fields['…/smtpserver'], or its .Value.
func tls006CDOField(target parser.Expr) bool {
	found := false
	parser.Inspect(target, func(n parser.Node) bool {
		if s, ok := n.(*parser.StringLit); ok && s.Constant() && strings.HasSuffix(strings.ToLower(strings.TrimSpace(s.Value)), "/cdo/configuration/smtpserver") {
			found = true
		}
		return !found
	})
	return found
}

func tls006Reach(p *Pass, d *Diagnostic, sink parser.Node, medium bool) {
	props := map[string]any{}
	if medium {
		props["confidence"] = "medium"
	}
	if fn := unreachableFunction(p.Model, sink); fn != nil {
		props["reachable"] = false
	}
	if len(props) > 0 {
		d.Properties = props
	}
}
