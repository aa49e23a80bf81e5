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
			ID: "MAIL004", Name: "system-net-mail-smtpclient", Level: Warning, ManualPort: "System.Net.Mail.SmtpClient: port the send to Microsoft Graph by hand",
			Summary:          "The script creates a System.Net.Mail.SmtpClient, which Microsoft does not recommend for new development.",
			SecuritySeverity: "4.3", CWE: []int{477}, Precision: "high", Tags: []string{"security", "maintainability"},
		},
		Run:      runMAIL004,
		Requires: []*semantic.Analyzer{semantic.ObjectsAnalyzer, semantic.TypeRefsAnalyzer},
	})
}

const (
	mail004SmtpClientType = "system.net.mail.smtpclient"
	mail004MailKitType    = "mailkit.net.smtp.smtpclient"
)

// mail004Message ends the message; the why is on the rule's page, and the
// detail holds the Graph rewrite of the sends.
const mail004Message = " is obsolete (DE0005): use Microsoft Graph sendMail, or MailKit with OAuth where SMTP is required."

// mail004Site is one place where the script creates an SmtpClient.
type mail004Site struct {
	node  parser.Node
	args  []parser.Expr
	props parser.Expr
	v     *parser.Variable
}

// runMAIL004 reports every construction of System.Net.Mail.SmtpClient:
// New-Object, [T]::new(…), [T]@{…}, [T]'host' and
// [Activator]::CreateInstance([T], …). A short [SmtpClient] that could
// also be MailKit's class (both namespaces imported) is not guessed.
func runMAIL004(p *Pass) {
	m := p.Model
	var sites []mail004Site
	for _, con := range m.Constructions(mail004SmtpClientType, mail004MailKitType) {
		sites = append(sites, mail004Site{node: con.Node, args: con.Args, props: con.Props, v: con.Var})
	}
	for _, r := range m.TypeRefs() {
		if !m.TypeIs(r.Name, mail004SmtpClientType, mail004MailKitType) {
			continue
		}
		switch {
		case r.Kind == semantic.TypeRefConstruct && r.FromString:
			// [Net.Mail.SmtpClient]'relay': PowerShell converts through SmtpClient(string host).
			sites = append(sites, mail004Site{node: r.Site, args: r.Args, v: r.Var})
		case r.Kind == semantic.TypeRefTypeOf:
			if inv := mail004ActivatorCreate(m, r.Site); inv != nil {
				sites = append(sites, mail004Site{node: inv, args: inv.Args[1:]})
			}
		}
	}
	for _, s := range sites {
		msg := "System.Net.Mail.SmtpClient"
		host := mail004Host(m, s)
		if host != "" {
			msg += " for '" + host + "'"
		}
		d := Diagnostic{Pos: s.node.Pos(), End: s.node.End(), Message: msg + mail004Message}
		if other := noGraphRewrite(host); other != "" {
			d.Detail = other
		} else if s.v != nil {
			var sends []*parser.InvokeExpr
			for _, use := range m.MemberUses(s.v.ShortName(), m.Scope(s.node), s.node.End()) {
				if !use.Call {
					continue
				}
				switch strings.ToLower(use.Member) {
				case "send", "sendasync", "sendmailasync":
					if inv, ok := use.Node.(*parser.InvokeExpr); ok {
						sends = append(sends, inv)
					}
				}
			}
			for i, inv := range sends {
				if i == 3 {
					break
				}
				d.Related = append(d.Related, Related{Pos: inv.Pos(), End: inv.End(), Message: "mail sent here"})
				sr := smtpSendRewriteFull(m, inv)
				line := p.File.Source.Position(inv.Pos()).Line
				d.Detail += fmt.Sprintf("The send at line %d, rewritten:\n", line) + rewriteDetail(sr.GraphRewrite)
				if len(sends) > 1 || !strings.EqualFold(inv.Member.MemberName(), "send") {
					if sr.Exact {
						d.Detail += "Not applied by --fix: the client sends more than once, or asynchronously.\n"
					}
					continue
				}
				if fix, why := smtpFix(m, s.v, inv, sr); fix != nil {
					d.Fixes = []Fix{*fix}
				} else if sr.Exact {
					d.Detail += "Not applied by --fix: " + why + ".\n"
				}
			}
		}
		if fn := unreachableFunction(m, s.node); fn != nil {
			d.Properties = map[string]any{"reachable": false}
		}
		p.Report(d)
	}
}

// mail004ActivatorCreate returns the [Activator]::CreateInstance(…) call whose
// first argument is the type literal n, or nil.
func mail004ActivatorCreate(m *semantic.Model, n parser.Node) *parser.InvokeExpr {
	inv, ok := m.Parent(n).(*parser.InvokeExpr)
	if !ok || len(inv.Args) == 0 || inv.Args[0] != n {
		return nil
	}
	me := inv.Member
	if !me.Static || !strings.EqualFold(me.MemberName(), "createinstance") {
		return nil
	}
	if t := semantic.TypeOfLiteral(me.X); t == "" || !m.TypeIs(t, "system.activator") {
		return nil
	}
	return inv
}

// mail004Host returns the SMTP host a construction names statically: the
// first constructor argument, the Host property, or the first .Host write.
func mail004Host(m *semantic.Model, s mail004Site) string {
	at := s.node.Pos()
	if len(s.args) > 0 {
		if v := m.Eval(s.args[0], at); v.Kind == semantic.String {
			return v.Str
		}
	} else if c, ok := s.node.(*parser.Command); ok {
		// New-Object T($server): the argument list is a variable holding
		// one string (or an array whose first element is the host).
		if _, b := m.NewObjectType(c); b.Get("ArgumentList") != nil {
			switch v := m.ArgValue(b.Get("ArgumentList"), at); v.Kind {
			case semantic.String:
				return v.Str
			case semantic.Array:
				if len(v.Elems) > 0 && v.Elems[0].Kind == semantic.String {
					return v.Elems[0].Str
				}
			}
		}
	}
	if h, ok := s.props.(*parser.HashLit); ok {
		if hv := m.Eval(h, at); hv.Kind == semantic.Hash {
			if e, ok := hv.Hash.Get("Host"); ok && e.Value.Kind == semantic.String {
				return e.Value.Str
			}
		}
	}
	if s.v != nil {
		for _, use := range m.MemberUses(s.v.ShortName(), m.Scope(s.node), s.node.End()) {
			if !use.Call && strings.EqualFold(use.Member, "host") && use.Value != nil {
				if v := m.Eval(use.Value, use.Node.Pos()); v.Kind == semantic.String {
					return v.Str
				}
				break
			}
		}
	}
	return ""
}
