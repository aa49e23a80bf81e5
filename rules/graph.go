package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// GraphRewrite is the Microsoft Graph replacement of one mail send
// (catalog A.5–A.7): the Send-MgUserMail call, the parameters that have no
// Graph equivalent, and whether it could be produced exactly.
type GraphRewrite struct {
	// Code is the PowerShell that replaces the call.
	Code string
	// Dropped lists SMTP-only parameters that have no Graph equivalent.
	Dropped []string
	// Exact is false when some argument is unknown (a placeholder is used).
	Exact bool
	// Why explains why the rewrite is not exact.
	Why string
}

// mailArgs are the mail fields of a send, as PowerShell source text.
type mailArgs struct {
	from, to, cc, bcc, replyTo, subject, body, attachments, priority string
	html, htmlKnown, piped                                           bool
	dno                                                              string
	dropped                                                          []string
	unknown                                                          []string
	fromConst                                                        string
	fromKnown                                                        bool
	common                                                           []string
	htmlExpr                                                         string
}

// sendMailMessageRewrite maps a bound Send-MailMessage call to Graph.
func sendMailMessageRewrite(m *semantic.Model, c *parser.Command, b *semantic.Binding) GraphRewrite {
	var a mailArgs
	text := func(name string) string {
		arg := b.Get(name)
		if arg == nil {
			return ""
		}
		if arg.FromSplat != nil {
			// The hashtable's value at call time: $mail.Subject.
			return splatRef(arg.FromSplat.Name, arg.Node)
		}
		if arg.Expr != nil {
			return exprText(m, arg.Expr)
		}
		return ""
	}
	a.from, a.to, a.cc, a.bcc = text("From"), text("To"), text("Cc"), text("Bcc")
	a.replyTo, a.subject, a.body, a.attachments = text("ReplyTo"), text("Subject"), text("Body"), text("Attachments")
	if arg := b.Get("BodyAsHtml"); arg != nil {
		a.html, a.htmlKnown = arg.On, arg.OnKnown
		if !arg.OnKnown {
			// -BodyAsHtml:$x: decide at run time, exactly as the cmdlet did.
			switch {
			case arg.FromSplat != nil:
				a.htmlExpr = splatRef(arg.FromSplat.Name, arg.Node)
			case arg.Expr != nil:
				a.htmlExpr = m.Text(arg.Expr)
			}
			a.htmlKnown = a.htmlExpr != ""
		}
	} else {
		a.htmlKnown = true
	}
	if arg := b.Get("Priority"); arg != nil {
		if v := m.ArgValue(arg, c.Pos()); v.Kind == semantic.String {
			a.priority = strings.ToLower(v.Str)
		} else {
			a.priority = "?"
		}
	}
	if arg := b.Get("DeliveryNotificationOption"); arg != nil {
		a.dno = text("DeliveryNotificationOption")
	}
	for _, name := range []string{"SmtpServer", "Port", "UseSsl", "Credential", "Encoding"} {
		if b.Has(name) {
			a.dropped = append(a.dropped, "-"+name)
		}
	}
	a.piped = b.Piped
	for _, name := range []string{"From", "To", "Subject"} {
		if !b.Has(name) {
			a.unknown = append(a.unknown, "-"+name)
		}
	}
	if from := b.Get("From"); from != nil {
		if v := m.ArgValue(from, c.Pos()); v.Kind == semantic.String {
			a.fromConst, a.fromKnown = v.Str, true
		}
	}
	// Common parameters (-ErrorAction Stop, -WarningVariable w…) carry over:
	// try/catch blocks around the send depend on them.
	for _, cp := range []string{"ErrorAction", "WarningAction", "InformationAction", "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "Verbose", "Debug"} {
		arg := b.Get(cp)
		if arg == nil {
			continue
		}
		switch {
		case arg.Switch && arg.Expr == nil:
			a.common = append(a.common, "-"+cp)
		case arg.Switch:
			a.common = append(a.common, "-"+cp+":"+m.Text(arg.Expr))
		case arg.FromSplat != nil:
			a.common = append(a.common, "-"+cp+" "+splatRef(arg.FromSplat.Name, arg.Node))
		case arg.Expr != nil:
			a.common = append(a.common, "-"+cp+" "+exprText(m, arg.Expr))
		}
	}
	rw := a.render(b.UnknownSplat, b.SplatVars)
	var unbound []string
	for _, u := range append(append([]string(nil), b.Unknown...), b.Ambiguous...) {
		unbound = append(unbound, "-"+u)
	}
	for _, x := range b.Extra {
		unbound = append(unbound, m.Text(x))
	}
	if len(unbound) > 0 {
		rw.Exact = false
		rw.Why = joinWhy(rw.Why, "arguments that do not bind to Send-MailMessage: "+strings.Join(unbound, ", "))
	}
	return rw
}

func joinWhy(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// splatRef renders a read of a splatted hashtable's key: $mail.Subject, or
// $mail['Odd Key'] when the key is not a plain name.
func splatRef(varName string, key parser.Node) string {
	k := ""
	switch kn := key.(type) {
	case *parser.Bareword:
		k = kn.Text
	case *parser.StringLit:
		k = kn.Value
	}
	plain := k != ""
	for _, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			plain = false
		}
	}
	if plain {
		return "$" + varName + "." + k
	}
	return "$" + varName + "['" + strings.ReplaceAll(k, "'", "''") + "']"
}

// render builds the Send-MgUserMail code.
func (a mailArgs) render(unknownSplat bool, splats []*parser.Variable) GraphRewrite {
	rw := GraphRewrite{Exact: true, Dropped: a.dropped}
	var why []string
	if unknownSplat {
		rw.Exact = false
		why = append(why, "the splatted parameters are not known statically")
	}
	if len(a.unknown) > 0 {
		rw.Exact = false
		why = append(why, "missing "+strings.Join(a.unknown, ", "))
	}
	if a.piped {
		rw.Exact = false
		why = append(why, "pipeline input supplies attachments")
	}
	if !a.htmlKnown {
		rw.Exact = false
		why = append(why, "-BodyAsHtml has a value that is not known statically")
	}
	orPlaceholder := func(s, placeholder string) string {
		if s == "" {
			return placeholder
		}
		return s
	}
	var sb strings.Builder
	sb.WriteString("$message = @{\n")
	fmt.Fprintf(&sb, "    subject      = %s\n", orPlaceholder(a.subject, "''"))
	contentType := "'Text'"
	switch {
	case a.htmlExpr != "":
		contentType = "$(if (" + a.htmlExpr + ") { 'HTML' } else { 'Text' })"
	case a.html:
		contentType = "'HTML'"
	}
	fmt.Fprintf(&sb, "    body         = @{ contentType = %s; content = %s }\n", contentType, orPlaceholder(a.body, "''"))
	fmt.Fprintf(&sb, "    toRecipients = @(ConvertTo-GraphRecipient %s)\n", orPlaceholder(a.to, "'<to>'"))
	if a.cc != "" {
		fmt.Fprintf(&sb, "    ccRecipients = @(ConvertTo-GraphRecipient %s)\n", a.cc)
	}
	if a.bcc != "" {
		fmt.Fprintf(&sb, "    bccRecipients = @(ConvertTo-GraphRecipient %s)\n", a.bcc)
	}
	if a.replyTo != "" {
		fmt.Fprintf(&sb, "    replyTo      = @(ConvertTo-GraphRecipient %s)\n", a.replyTo)
	}
	switch a.priority {
	case "":
	case "low", "normal", "high":
		fmt.Fprintf(&sb, "    importance   = '%s'\n", a.priority)
	default:
		sb.WriteString("    importance   = '<low|normal|high>'\n")
	}
	if a.attachments != "" {
		fmt.Fprintf(&sb, "    attachments  = @(ConvertTo-GraphAttachment %s)\n", a.attachments)
	}
	if strings.Contains(strings.ToLower(a.dno), "onsuccess") {
		sb.WriteString("    isDeliveryReceiptRequested = $true\n")
	}
	sb.WriteString("}\n")
	common := ""
	if len(a.common) > 0 {
		common = " " + strings.Join(a.common, " ")
	}
	fmt.Fprintf(&sb, "Send-MgUserMail -UserId %s -Message $message%s\n", a.sender(), common)
	rw.Code = sb.String()
	if len(why) > 0 {
		rw.Why = strings.Join(why, "; ")
	}
	sort.Strings(rw.Dropped)
	return rw
}

// exprText renders an argument as PowerShell that is valid in expression
// mode: command-mode barewords (ops@contoso.com, C:\logs\a.log) are quoted,
// lists keep their elements, everything else is the source text.
func exprText(m *semantic.Model, x parser.Expr) string {
	switch x := x.(type) {
	case nil:
		return ""
	case *parser.Bareword:
		return "'" + strings.ReplaceAll(x.Text, "'", "''") + "'"
	case *parser.ArrayLit:
		parts := make([]string, len(x.Elems))
		for i, e := range x.Elems {
			parts[i] = exprText(m, e)
		}
		return strings.Join(parts, ", ")
	case *parser.StringLit:
		if x.Expandable && len(x.Parts) > 0 && !strings.HasPrefix(m.Text(x), "\"") && !strings.HasPrefix(m.Text(x), "@") {
			// A glued command-mode word with variables ($dir\a.log): quote it.
			return "\"" + strings.ReplaceAll(m.Text(x), "\"", "`\"") + "\""
		}
	}
	return m.Text(x)
}

// sender turns the -From value into the mailbox for -UserId: a known
// 'Name <addr>' becomes 'addr'; an unknown value gets the display name
// stripped at run time.
func (a mailArgs) sender() string {
	switch {
	case a.from == "":
		return "'<sender mailbox>'"
	case a.fromKnown:
		addr := strings.TrimSpace(a.fromConst)
		if i := strings.IndexByte(addr, '<'); i >= 0 && strings.HasSuffix(addr, ">") {
			addr = addr[i+1 : len(addr)-1]
		}
		return "'" + strings.ReplaceAll(addr, "'", "''") + "'"
	}
	return "(" + a.from + " -replace '^.*<([^>]+)>\\s*$', '$1')"
}

// rewriteDetail formats a rewrite for Diagnostic.Detail.
func rewriteDetail(rw GraphRewrite) string {
	var sb strings.Builder
	if rw.Exact {
		sb.WriteString("Microsoft Graph rewrite (after a one-time Connect-MgGraph with a certificate or managed identity and the Mail.Send permission; ConvertTo-GraphRecipient and ConvertTo-GraphAttachment are in the rule help):\n")
	} else {
		sb.WriteString("Microsoft Graph rewrite template (" + rw.Why + "; fill in the placeholders):\n")
	}
	sb.WriteString(rw.Code)
	if len(rw.Dropped) > 0 {
		sb.WriteString("No Graph equivalent, remove: " + strings.Join(rw.Dropped, ", ") +
			" (Graph always uses HTTPS with an OAuth token from Connect-MgGraph; delete any stored SMTP password).\n")
	}
	return sb.String()
}

// graphHelpers are the functions the rewrite calls (catalog A.6), inserted
// once per file by a fix.
const graphHelpers = `function ConvertTo-GraphRecipient {
    param([string[]] $Address)
    foreach ($entry in $Address) {
        if ($entry -match '^\s*(?<n>.*?)\s*<(?<a>[^>]+)>\s*$') {
            @{ emailAddress = @{ name = $Matches.n; address = $Matches.a } }
        } else {
            @{ emailAddress = @{ address = $entry.Trim() } }
        }
    }
}

function ConvertTo-GraphAttachment {
    param([string[]] $Path)
    foreach ($p in $Path) {
        $full = Convert-Path -LiteralPath $p
        @{
            '@odata.type' = '#microsoft.graph.fileAttachment'
            name          = [IO.Path]::GetFileName($full)
            contentType   = 'application/octet-stream'
            contentBytes  = [Convert]::ToBase64String([IO.File]::ReadAllBytes($full))
        }
    }
}
`

// graphFix turns an exact rewrite of a standalone call into text edits:
// the call is replaced (indented like it), and the helper functions are
// inserted once, after the param block and using statements (or before the
// first statement). It returns nil and the reason when the call cannot be
// rewritten safely in place.
func graphFix(m *semantic.Model, c *parser.Command, rw GraphRewrite) (*Fix, string) {
	if !rw.Exact {
		return nil, rw.Why
	}
	pl, ok := m.Parent(c).(*parser.Pipeline)
	if !ok || len(pl.Elements) != 1 || pl.Next != nil || pl.Background {
		return nil, "the call is part of a larger pipeline or expression"
	}
	switch m.Parent(pl).(type) {
	case *parser.ScriptBlock, *parser.NamedBlock, *parser.StmtBlock:
	default:
		return nil, "the call is not a statement of its own"
	}
	for _, e := range c.Elements {
		if _, ok := e.(*parser.Redirection); ok {
			return nil, "the call has redirections"
		}
	}
	src := m.Src
	lineStart := strings.LastIndexAny(src[:c.Pos()], "\r\n") + 1
	indent := src[lineStart:c.Pos()]
	if strings.TrimSpace(indent) != "" {
		return nil, "the call does not start its line"
	}
	code := strings.TrimSuffix(rw.Code, "\n")
	code = strings.ReplaceAll(code, "\n", "\n"+indent)
	fix := &Fix{Description: "Replace Send-MailMessage with Send-MgUserMail (Microsoft Graph)"}
	if len(m.FunctionsNamed("ConvertTo-GraphRecipient")) == 0 {
		pos, text := helperInsertion(m)
		fix.Edits = append(fix.Edits, TextEdit{Pos: pos, End: pos, NewText: text})
	}
	fix.Edits = append(fix.Edits, TextEdit{Pos: c.Pos(), End: c.End(), NewText: code})
	return fix, ""
}

// helperInsertion finds where the helper functions go: after the script's
// param block, or after its using statements, or before its first statement.
func helperInsertion(m *semantic.Model) (int, string) {
	s := m.File.Script
	after := -1
	if s.Param != nil {
		after = s.Param.End()
	}
	for _, u := range s.Using {
		if u.End() > after {
			after = u.End()
		}
	}
	if after >= 0 {
		return after, "\n\n" + strings.TrimSuffix(graphHelpers, "\n")
	}
	first := len(m.Src)
	if len(s.Named) > 0 {
		first = s.Named[0].Pos()
	} else if len(s.Body) > 0 {
		first = s.Body[0].Pos()
	}
	return first, graphHelpers + "\n"
}

// smtpSendRewrite maps an SmtpClient send to Graph (catalog B.1): the
// Send(from, to, subject, body) overload directly, or Send($msg) by
// following the MailMessage: its constructor arguments, property writes
// (From, Subject, Body, IsBodyHtml, Priority) and the To/CC/Bcc/ReplyToList/
// Attachments.Add calls made on it before the send.
func smtpSendRewrite(m *semantic.Model, send *parser.InvokeExpr) GraphRewrite {
	var a mailArgs
	a.htmlKnown = true
	a.dropped = []string{"the SmtpClient (host, port, EnableSsl, Credentials)"}
	switch len(send.Args) {
	case 4, 5: // Send(from, to, subject, body); SendAsync(…, userToken)
		a.from, a.to, a.subject, a.body = exprText(m, send.Args[0]), exprText(m, send.Args[1]), exprText(m, send.Args[2]), exprText(m, send.Args[3])
		if v := m.Eval(send.Args[0], send.Pos()); v.Kind == semantic.String {
			a.fromConst, a.fromKnown = v.Str, true
		}
	case 1, 2:
		msgVar, ok := send.Args[0].(*parser.Variable)
		if !ok || !mailMessageFields(m, msgVar, send, &a) {
			a.unknown = append(a.unknown, "the MailMessage")
		}
	default:
		a.unknown = append(a.unknown, "the send's arguments")
	}
	for _, f := range []struct{ v, name string }{{a.from, "From"}, {a.to, "To"}} {
		if f.v == "" && len(a.unknown) == 0 {
			a.unknown = append(a.unknown, f.name)
		}
	}
	return a.render(false, nil)
}

// mailMessageFields fills a from the MailMessage held in v, built in the
// same scope before the send. It reports false when the message is not one
// the script constructs there.
func mailMessageFields(m *semantic.Model, v *parser.Variable, send *parser.InvokeExpr, a *mailArgs) bool {
	name := v.ShortName()
	scope := m.Scope(send)
	var con *semantic.Construction
	for _, c := range m.Constructions("system.net.mail.mailmessage") {
		c := c
		if c.Var != nil && c.Var.ShortName() == name && m.Scope(c.Node) == scope && c.Node.Pos() < send.Pos() {
			con = &c
		}
	}
	if con == nil {
		return false
	}
	switch len(con.Args) {
	case 4:
		a.body = exprText(m, con.Args[3])
		fallthrough
	case 3:
		a.subject = exprText(m, con.Args[2])
		fallthrough
	case 2:
		a.from, a.to = exprText(m, con.Args[0]), exprText(m, con.Args[1])
		if fv := m.Eval(con.Args[0], con.Node.Pos()); fv.Kind == semantic.String {
			a.fromConst, a.fromKnown = fv.Str, true
		}
	}
	add := func(list *string, x parser.Expr) {
		t := exprText(m, x)
		if *list == "" {
			*list = t
		} else {
			*list += ", " + t
		}
	}
	for _, use := range m.MemberUses(name, scope, con.Node.End()) {
		if use.Node.Pos() > send.Pos() || use.Call {
			continue
		}
		if use.Value == nil {
			use.Value = mailAddressArg(m, use.Node)
		}
		if use.Value == nil {
			// A command result ($msg.Body = Get-Content …): not known here.
			a.unknown = append(a.unknown, "MailMessage."+use.Member)
			continue
		}
		if addr := mailAddressArg(m, use.Value); addr != nil {
			use.Value = addr
		}
		switch strings.ToLower(use.Member) {
		case "from":
			a.from = exprText(m, use.Value)
			a.fromKnown = false
			if fv := m.Eval(use.Value, use.Node.Pos()); fv.Kind == semantic.String {
				a.fromConst, a.fromKnown = fv.Str, true
			}
		case "subject":
			a.subject = exprText(m, use.Value)
		case "body":
			a.body = exprText(m, use.Value)
		case "isbodyhtml":
			a.html, a.htmlKnown = m.Eval(use.Value, use.Node.Pos()).Truthy()
		case "priority":
			if pv := m.Eval(use.Value, use.Node.Pos()); pv.Kind == semantic.String {
				a.priority = strings.ToLower(pv.Str)
			} else if me, ok := use.Value.(*parser.MemberExpr); ok {
				a.priority = strings.ToLower(me.MemberName())
			} else {
				a.priority = "?"
			}
		}
	}
	// $msg.To.Add(x), $msg.CC.Add(x), $msg.Attachments.Add((New-Object Net.Mail.Attachment(path)))
	for _, inv := range m.Invokes {
		if inv.Pos() < con.Node.End() || inv.Pos() > send.Pos() || m.Scope(inv) != scope || !strings.EqualFold(inv.Member.MemberName(), "add") || len(inv.Args) != 1 {
			continue
		}
		coll, ok := inv.Member.X.(*parser.MemberExpr)
		if !ok {
			continue
		}
		if cv, ok := coll.X.(*parser.Variable); !ok || cv.ShortName() != name {
			continue
		}
		switch strings.ToLower(coll.MemberName()) {
		case "to":
			add(&a.to, inv.Args[0])
		case "cc":
			add(&a.cc, inv.Args[0])
		case "bcc":
			add(&a.bcc, inv.Args[0])
		case "replytolist":
			add(&a.replyTo, inv.Args[0])
		case "attachments":
			if path := attachmentPath(m, inv.Args[0]); path != nil {
				add(&a.attachments, path)
			} else {
				a.unknown = append(a.unknown, "an attachment")
			}
		}
	}
	return true
}

// attachmentPath returns the file path of (New-Object Net.Mail.Attachment(path))
// or [Net.Mail.Attachment]::new(path), or nil.
func attachmentPath(m *semantic.Model, x parser.Expr) parser.Expr {
	if p, ok := x.(*parser.ParenExpr); ok {
		if e := semantic.StmtExpr(p.X); e != nil {
			x = e
		} else if pl, ok := p.X.(*parser.Pipeline); ok && len(pl.Elements) == 1 {
			if c, ok := pl.Elements[0].(*parser.Command); ok {
				for _, con := range m.Constructions("system.net.mail.attachment") {
					if con.Node == c && len(con.Args) >= 1 {
						return con.Args[0]
					}
				}
			}
		}
	}
	for _, con := range m.Constructions("system.net.mail.attachment") {
		if con.Node == x && len(con.Args) >= 1 {
			return con.Args[0]
		}
	}
	return nil
}

// mailAddressArg returns the address argument when n is (or assigns) a
// System.Net.Mail.MailAddress construction: New-Object Net.Mail.MailAddress($a),
// [Net.Mail.MailAddress]::new($a); otherwise nil.
func mailAddressArg(m *semantic.Model, n parser.Node) parser.Expr {
	for _, con := range m.Constructions("system.net.mail.mailaddress") {
		if len(con.Args) == 0 {
			continue
		}
		if con.Node == n || con.Assign != nil && con.Assign == n {
			return con.Args[0]
		}
		if a, ok := n.(*parser.AssignStmt); ok && con.Node.Pos() >= a.Pos() && con.Node.End() <= a.End() {
			return con.Args[0]
		}
	}
	return nil
}
