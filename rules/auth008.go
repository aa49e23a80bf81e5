package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH008", ExchangeOnline: true, Name: "exo-basic-auth-protocol", Level: Error, CoveredByRewrite: true, ManualPort: "Basic authentication to Exchange Online: move to OAuth or Microsoft Graph",
			Summary:          "The script authenticates to Exchange Online SMTP AUTH, EWS, IMAP or POP with a user name and password (Basic authentication).",
			SecuritySeverity: "7.0", CWE: []int{1390, 522}, Precision: "high",
			Tags: []string{"security", "exchange-online", "basic-auth"},
		},
		Run:      runAUTH008,
		Requires: []*semantic.Analyzer{semantic.MailSendsAnalyzer},
	})
}

// exoMailboxHost reports the Exchange Online hosts for EWS, IMAP and POP.
func exoMailboxHost(h string) bool {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(h), ".")) {
	case "outlook.office365.com", "outlook.office.de", "partner.outlook.cn", "outlook.office365.us", "webmail.apps.mil":
		return true
	}
	return false
}

func (p *Pass) auth008SMTPMessage(host string) string {
	return "SMTP AUTH to '" + host + "' with a user name and password: Basic authentication there " + p.Config.smtpBasicAuthShort() + " (then 550 5.7.30). " +
		p.Config.smtpBasicAuthText() + ", and the final removal will be announced in the second half of 2027; the server then answers 550 5.7.30. " +
		"Send with Microsoft Graph (Send-MgUserMail) or use SMTP with OAuth (XOAUTH2)."
}

func auth008OffMessage(protocol, host string) string {
	return protocol + " to Exchange Online ('" + host + "') with a user name and password cannot work: Basic authentication for " + protocol +
		" has been off there since 2022. Move the mailbox access to Microsoft Graph, or authenticate with OAuth."
}

// runAUTH008 reports user/password authentication to Exchange Online:
// SMTP AUTH through Send-MailMessage, System.Net.Mail.SmtpClient and
// MailKit; MailKit IMAP/POP; EWS WebCredentials.
func runAUTH008(p *Pass) {
	m := p.Model
	for _, s := range m.Sends() {
		if !s.Unbindable && s.HostKnow && hveHost(s.Host) && (s.Kind == semantic.SendMailMessage || s.Kind == semantic.SmtpClient) && s.Credentials == semantic.Yes {
			// High Volume Email keeps Basic auth longer: its own timeline, not SMTP AUTH's.
			msg, level := p.Config.hveBasicAuth(strings.ToLower(s.Host))
			p.Report(Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg, Level: level,
				Related: sendRelated(s), Properties: fnReachability(m, s.Node)})
			continue
		}
		if s.Unbindable || !s.HostKnow || !semantic.EXOSmtpHost(s.Host) {
			continue
		}
		switch s.Kind {
		case semantic.SendMailMessage, semantic.SmtpClient:
			if s.Credentials != semantic.Yes {
				continue
			}
		case semantic.MailKit:
			inv, ok := s.Node.(*parser.InvokeExpr)
			if s.Authenticate == nil || s.Node != s.Authenticate || !ok || !mailKitPasswordAuth(m, inv.Args) {
				continue
			}
		default:
			continue
		}
		p.Report(Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: p.auth008SMTPMessage(strings.ToLower(s.Host)),
			Related: sendRelated(s), Properties: fnReachability(m, s.Node)})
	}
	auth008MailKitMailbox(p, "mailkit.net.imap.imapclient", "IMAP")
	auth008MailKitMailbox(p, "mailkit.net.pop3.pop3client", "POP")
	auth008EWS(p)
}

// mailKitPasswordAuth reports MailKit Authenticate arguments that are a
// user name and password: Authenticate(user, password[, …]),
// Authenticate(ICredentials) with a NetworkCredential, or a password SASL
// mechanism (LOGIN, PLAIN, CRAM-MD5, …). OAuth mechanisms and arguments of
// unknown type are not.
func mailKitPasswordAuth(m *semantic.Model, args []parser.Expr) bool {
	if len(args) == 0 {
		return false
	}
	switch credentialKind(m, args[0]) {
	case credOAuth:
		return false
	case credPassword:
		return true
	}
	// Authenticate(user, password): two arguments, the first a string.
	if len(args) >= 2 {
		if s, ok := approx(m, args[0], args[0].Pos()); ok && s != "" {
			return true
		}
		if credentialKind(m, args[1]) == credUnknown {
			if _, isVar := unparenExpr(args[0]).(*parser.Variable); isVar {
				return true
			}
			if _, isMember := unparenExpr(args[0]).(*parser.MemberExpr); isMember {
				return true // $cred.UserName
			}
		}
	}
	return false
}

type credKind uint8

const (
	credUnknown credKind = iota
	credPassword
	credOAuth
)

// credentialKind classifies an expression that may be a credential object.
func credentialKind(m *semantic.Model, x parser.Expr) credKind {
	n := followVar(m, x)
	if c, ok := constructionAt(m, n); ok {
		t := strings.ToLower(c.TypeName)
		switch {
		case strings.Contains(t, "oauth"):
			return credOAuth
		case m.TypeIs(c.TypeName, "system.net.networkcredential"),
			m.TypeIs(c.TypeName, "system.management.automation.pscredential"), strings.EqualFold(c.TypeName, "pscredential"),
			strings.HasSuffix(t, "webcredentials"), strings.Contains(t, "saslmechanism"):
			return credPassword
		}
		return credUnknown
	}
	if inv, ok := unparenExpr(n).(*parser.InvokeExpr); ok && !inv.Member.Static &&
		strings.EqualFold(inv.Member.MemberName(), "GetNetworkCredential") {
		return credPassword
	}
	return credUnknown
}

// auth008MailKitMailbox follows MailKit ImapClient / Pop3Client objects from
// Connect(<Exchange Online host>) to Authenticate(user, password).
func auth008MailKitMailbox(p *Pass, full, protocol string) {
	m := p.Model
	for _, con := range m.Constructions(full) {
		if con.Var == nil {
			continue
		}
		scope := m.Scope(con.Node)
		host := ""
		for _, use := range m.MemberUses(con.Var.ShortName(), scope, con.Node.End()) {
			if !use.Call {
				continue
			}
			switch strings.ToLower(use.Member) {
			case "connect", "connectasync":
				host = ""
				if len(use.Args) > 0 {
					if s, ok := approx(m, use.Args[0], use.Node.Pos()); fullyKnown(s, ok) {
						host = strings.ToLower(strings.TrimSpace(s))
					}
				}
			case "authenticate", "authenticateasync":
				if host != "" && exoMailboxHost(host) && mailKitPasswordAuth(m, use.Args) {
					p.Report(Diagnostic{Pos: use.Node.Pos(), End: use.Node.End(), Message: auth008OffMessage(protocol, host),
						Related: []Related{related(con.Node, "MailKit "+protocol+" client created here")}, Properties: fnReachability(m, use.Node)})
				}
			}
		}
	}
}

// auth008EWS reports ExchangeService.Credentials set to WebCredentials (or
// a NetworkCredential) when the service's Url is an Exchange Online EWS URL.
func auth008EWS(p *Pass) {
	m := p.Model
	for _, con := range m.Constructions("microsoft.exchange.webservices.data.exchangeservice") {
		if con.Var == nil {
			continue
		}
		scope := m.Scope(con.Node)
		name := con.Var.ShortName()
		host := ""
		var urlNode parser.Node
		var creds []*parser.AssignStmt
		for _, use := range m.MemberUses(name, scope, con.Node.End()) {
			if use.Call {
				continue
			}
			a, ok := use.Node.(*parser.AssignStmt)
			if !ok {
				continue
			}
			switch strings.ToLower(use.Member) {
			case "url":
				host, urlNode = "", a
				x := use.Value
				if x == nil {
					if c, ok := constructionAt(m, a.Value); ok {
						x = ctorFirstArg(m, c)
					}
				}
				if x != nil {
					if s, ok := approx(m, x, a.Pos()); ok {
						host = uriHost(s)
					}
				}
			case "credentials":
				if ewsPasswordCredential(m, a) {
					creds = append(creds, a)
				}
			}
		}
		if !exoMailboxHost(host) {
			continue
		}
		for _, a := range creds {
			p.Report(Diagnostic{Pos: a.Pos(), End: a.End(), Message: auth008OffMessage("EWS", host),
				Related: []Related{related(urlNode, "Exchange Online EWS URL set here")}, Properties: fnReachability(m, a)})
		}
	}
}

// ewsPasswordCredential reports an ExchangeService.Credentials assignment
// whose value is WebCredentials built from a user name and password (or a
// NetworkCredential).
func ewsPasswordCredential(m *semantic.Model, a *parser.AssignStmt) bool {
	var n parser.Node = a.Value
	if e := semantic.StmtExpr(a.Value); e != nil {
		n = followVar(m, e)
	}
	c, ok := constructionAt(m, n)
	if !ok {
		return false
	}
	t := strings.ToLower(c.TypeName)
	switch {
	case strings.HasSuffix(t, "webcredentials"):
		if c.ArgsKnown && len(c.Args) == 0 {
			return false // default network credentials (Windows integrated)
		}
		if len(c.Args) == 1 {
			if me, ok := unparenExpr(c.Args[0]).(*parser.MemberExpr); ok && me.Static &&
				strings.HasPrefix(strings.ToLower(me.MemberName()), "default") {
				return false // [Net.CredentialCache]::DefaultNetworkCredentials
			}
		}
		return true
	case m.TypeIs(c.TypeName, "system.net.networkcredential"):
		return !c.ArgsKnown || len(c.Args) >= 2
	}
	return false
}

// ctorFirstArg returns a construction's first argument. New-Object T($x)
// leaves the argument list unknown in the semantic layer ($x could be an
// array); for one-argument types such as Uri the variable is the argument.
func ctorFirstArg(m *semantic.Model, c semantic.Construction) parser.Expr {
	if len(c.Args) > 0 {
		return c.Args[0]
	}
	cmd, ok := c.Node.(*parser.Command)
	if !ok {
		return nil
	}
	_, b := m.NewObjectType(cmd)
	if a := b.Get("ArgumentList"); a != nil && a.Expr != nil {
		if p, ok := a.Expr.(*parser.ParenExpr); ok {
			return semantic.StmtExpr(p.X)
		}
	}
	return nil
}
