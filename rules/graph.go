package rules

import (
	"fmt"
	"regexp"
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
	dropped                                                          []string
	unknown                                                          []string
	fromConst                                                        string
	fromKnown                                                        bool
	// fromInline: the script wrote the sender inline (a literal), so the
	// rewrite may too; a variable or expression stays as it is.
	fromInline bool
	// sender is MailMessage.Sender: the mailbox that sends (-UserId) while
	// From becomes message.from (send on behalf).
	sender                    string
	senderConst               string
	senderKnown, senderInline bool
	// receipt: DeliveryNotificationOptions asks for OnSuccess.
	receipt bool
	// headers are internetMessageHeaders entries (X- headers only).
	headers []string
	// msgVar is the name of the rewrite's message variable.
	msgVar   string
	common   []string
	htmlExpr string
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
		a.deliveryNotification(text("DeliveryNotificationOption"), "-DeliveryNotificationOption")
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
		a.fromInline = from.FromSplat == nil && inlineLiteral(from.Expr)
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
	msgVar := a.msgVar
	if msgVar == "" {
		msgVar = "message"
	}
	var sb strings.Builder
	sb.WriteString("$" + msgVar + " = @{\n")
	fmt.Fprintf(&sb, "    subject      = %s\n", orPlaceholder(a.subject, "''"))
	contentType := "'Text'"
	switch {
	case a.htmlExpr != "":
		contentType = "$(if (" + a.htmlExpr + ") { 'HTML' } else { 'Text' })"
	case a.html:
		contentType = "'HTML'"
	}
	fmt.Fprintf(&sb, "    body         = @{ contentType = %s; content = %s }\n", contentType, orPlaceholder(a.body, "''"))
	fmt.Fprintf(&sb, "    toRecipients = @(ConvertTo-GraphRecipient %s)\n", argumentText(orPlaceholder(a.to, "'<to>'")))
	if a.cc != "" {
		fmt.Fprintf(&sb, "    ccRecipients = @(ConvertTo-GraphRecipient %s)\n", argumentText(a.cc))
	}
	if a.bcc != "" {
		fmt.Fprintf(&sb, "    bccRecipients = @(ConvertTo-GraphRecipient %s)\n", argumentText(a.bcc))
	}
	if a.replyTo != "" {
		fmt.Fprintf(&sb, "    replyTo      = @(ConvertTo-GraphRecipient %s)\n", argumentText(a.replyTo))
	}
	switch a.priority {
	case "":
	case "low", "normal", "high":
		fmt.Fprintf(&sb, "    importance   = '%s'\n", a.priority)
	default:
		sb.WriteString("    importance   = '<low|normal|high>'\n")
	}
	if a.attachments != "" {
		fmt.Fprintf(&sb, "    attachments  = @(ConvertTo-GraphAttachment %s)\n", argumentText(a.attachments))
	}
	if a.receipt {
		sb.WriteString("    isDeliveryReceiptRequested = $true\n")
	}
	if len(a.headers) > 0 {
		fmt.Fprintf(&sb, "    internetMessageHeaders = @(%s)\n", strings.Join(a.headers, ", "))
	}
	if a.sender != "" && a.from != "" {
		// Send on behalf: the Sender mailbox sends, From is what recipients see.
		fmt.Fprintf(&sb, "    from         = @(ConvertTo-GraphRecipient %s)[0]\n", argumentText(a.from))
	}
	sb.WriteString("}\n")
	common := ""
	if len(a.common) > 0 {
		common = " " + strings.Join(a.common, " ")
	}
	fmt.Fprintf(&sb, "Send-MgUserMail -UserId %s -Message $%s%s\n", a.userID(), msgVar, common)
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

// userID turns the -From value (or MailMessage.Sender) into the mailbox for -UserId. A literal
// written inline stays inline ('Name <addr>' becomes 'addr'); a variable or
// expression stays the script's own (catalog A.7: -From $from becomes
// -UserId $from), with the display name stripped at run time unless the
// value is known to carry none.
func (a mailArgs) userID() string {
	if a.sender != "" {
		b := a
		b.from, b.fromInline, b.fromKnown, b.fromConst = a.sender, a.senderInline, a.senderKnown, a.senderConst
		return b.userID0()
	}
	return a.userID0()
}

func (a mailArgs) userID0() string {
	switch {
	case a.from == "":
		return "'<sender mailbox>'"
	case a.fromInline && a.fromKnown:
		addr := strings.TrimSpace(a.fromConst)
		if i := strings.IndexByte(addr, '<'); i >= 0 && strings.HasSuffix(addr, ">") {
			addr = addr[i+1 : len(addr)-1]
		}
		return "'" + strings.ReplaceAll(addr, "'", "''") + "'"
	case a.fromKnown && !strings.Contains(a.fromConst, "<"):
		return argumentText(a.from)
	}
	return "(" + a.from + " -replace '^.*<([^>]+)>\\s*$', '$1')"
}

// simpleArgument matches expression text that is one command argument as it
// stands: $var, $var.Prop, $env:X, $h['key'], a quoted string.
var simpleArgument = regexp.MustCompile(`^(\$[\w:]+(\.\w+|\['[^']*'\])*|'[^']*'|"[^"` + "`" + `]*")$`)

// argumentText makes expression text safe as a command argument: anything
// but a variable, member or quoted string is parenthesised.
func argumentText(x string) string {
	if simpleArgument.MatchString(x) || balancedGroup(x) {
		return x
	}
	list := true
	for _, part := range strings.Split(x, ", ") {
		list = list && (simpleArgument.MatchString(part) || balancedGroup(part))
	}
	if list {
		return x // 'a@x', $b: an array argument as it stands
	}
	return "(" + x + ")"
}

// inlineLiteral reports an argument written as a literal in the call:
// 'a@contoso.com', "a@contoso.com", or a command-mode word.
func inlineLiteral(x parser.Expr) bool {
	switch x := x.(type) {
	case *parser.Bareword:
		return true
	case *parser.StringLit:
		return x.Constant()
	}
	return false
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

// graphHelper is a function the rewrite calls (catalog A.6). A fix inserts
// each helper its code uses, once per file (identical edits are merged).
type graphHelper struct{ name, code string }

// graphHelpers in the order they are inserted.
var graphHelpers = []graphHelper{
	// The recipient helper splits 'a@x, b@x; Name <c@x>' the way
	// MailAddressCollection.Add (and so Send-MailMessage) does, leaving
	// commas and semicolons inside a quoted display name alone, and keeps
	// the display name of 'Name <address>'. MailAddress objects convert to
	// '"Name" <address>' text and are read the same way.
	{"ConvertTo-GraphRecipient", `function ConvertTo-GraphRecipient {
    param([string[]] $Address)
    foreach ($list in $Address) {
        foreach ($entry in [regex]::Split([string]$list, '[,;](?=(?:[^"]*"[^"]*")*[^"]*$)')) {
            if ($entry -match '^\s*"?(?<n>[^"<]*?)"?\s*<(?<a>[^>]+)>\s*$') {
                @{ emailAddress = @{ name = $Matches.n; address = $Matches.a.Trim() } }
            } elseif ($entry.Trim()) {
                @{ emailAddress = @{ address = $entry.Trim() } }
            }
        }
    }
}
`},
	{"ConvertTo-GraphAttachment", `function ConvertTo-GraphAttachment {
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
`},
}

// graphModule is the module that holds Send-MgUserMail; a fixed script
// declares it so that it fails at start, with a clear message, where the
// module is missing.
const graphModule = "Microsoft.Graph.Users.Actions"

// graphFix turns an exact rewrite of a standalone call into text edits:
// the call is replaced (indented like it), the helper functions the code
// uses are inserted once, after the param block and using statements (or
// before the first statement), and #Requires -Modules names the Graph
// module. It returns nil and the reason when the call cannot be rewritten
// safely in place.
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
	code, ok := indentedAt(m, c.Pos(), rw.Code)
	if !ok {
		return nil, "the call does not start its line"
	}
	fix := &Fix{Description: "Replace Send-MailMessage with Send-MgUserMail (Microsoft Graph)"}
	fix.Edits = append(fix.Edits, supportEdits(m, rw.Code)...)
	fix.Edits = append(fix.Edits, TextEdit{Pos: c.Pos(), End: c.End(), NewText: code})
	return fix, ""
}

// indentedAt indents code (ending in a newline) like the line that starts
// at pos, without the final newline; false when pos does not start its line.
func indentedAt(m *semantic.Model, pos int, code string) (string, bool) {
	src := m.Src
	lineStart := strings.LastIndexAny(src[:pos], "\r\n") + 1
	indent := src[lineStart:pos]
	if strings.TrimSpace(indent) != "" {
		return "", false
	}
	code = strings.TrimSuffix(code, "\n")
	return strings.ReplaceAll(code, "\n", "\n"+indent), true
}

// supportEdits are the edits every Graph fix of a file shares: the
// #Requires line and the helpers that code calls and the file lacks. Each
// is its own edit, so that fixes of one file insert each only once.
func supportEdits(m *semantic.Model, code string) []TextEdit {
	var out []TextEdit
	if e, ok := requiresEdit(m); ok {
		out = append(out, e)
	}
	pos, prefix, suffix := helperInsertion(m)
	for _, h := range graphHelpers {
		if strings.Contains(code, h.name+" ") && len(m.FunctionsNamed(h.name)) == 0 {
			text := h.code + suffix
			if prefix != "" {
				text = prefix + strings.TrimSuffix(h.code, "\n")
			}
			out = append(out, TextEdit{Pos: pos, End: pos, NewText: text})
		}
	}
	return out
}

// requiresEdit declares the Graph module: merged into the first
// #Requires -Modules line, or a new line after the first #Requires line,
// or the file's first line (after a #! line). Nothing when the file
// already requires the module or the Microsoft.Graph roll-up module.
func requiresEdit(m *semantic.Model) (TextEdit, bool) {
	var first *parser.Requires
	for _, r := range m.File.Requires {
		mods, ok := r.Params["modules"]
		if !ok {
			mods, ok = r.Params["module"] // #Requires -Module X works too
		}
		if !ok {
			if first == nil {
				first = r
			}
			continue
		}
		if requiresGraphModule(mods) {
			return TextEdit{}, false
		}
		// Append to the line's module list, before any trailing comment-free
		// whitespace: '#Requires -Modules Az.Accounts' gains ', Microsoft.Graph.Users.Actions'.
		end := r.End()
		for end > r.Pos() && strings.ContainsRune(" \t\r\n", rune(m.Src[end-1])) {
			end--
		}
		return TextEdit{Pos: end, End: end, NewText: ", " + graphModule}, true
	}
	line := "#Requires -Modules " + graphModule + "\n"
	if first != nil {
		end := first.End()
		if nl := strings.IndexByte(m.Src[end:], '\n'); nl >= 0 {
			return TextEdit{Pos: end + nl + 1, End: end + nl + 1, NewText: line}, true
		}
		return TextEdit{Pos: len(m.Src), End: len(m.Src), NewText: "\n" + line}, true
	}
	pos := 0
	if strings.HasPrefix(m.Src, "#!") {
		nl := strings.IndexByte(m.Src, '\n')
		if nl < 0 {
			return TextEdit{Pos: len(m.Src), End: len(m.Src), NewText: "\n" + line}, true
		}
		pos = nl + 1
	}
	return TextEdit{Pos: pos, End: pos, NewText: line}, true
}

// requiresGraphModule reports a #Requires -Modules value that already
// brings Send-MgUserMail: the actions module or the Microsoft.Graph roll-up.
func requiresGraphModule(mods string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(mods), func(r rune) bool {
		return r == ',' || r == ' ' || r == '\'' || r == '"' || r == ';' || r == '=' || r == '@' || r == '{' || r == '}'
	}) {
		if f == "microsoft.graph.users.actions" || f == "microsoft.graph" {
			return true
		}
	}
	return false
}

// helperInsertion finds where the helper functions go: after the script's
// param block, or after its using statements, or before its first
// statement. It returns the position and the text around each helper.
func helperInsertion(m *semantic.Model) (int, string, string) {
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
		return after, "\n\n", ""
	}
	first := len(m.Src)
	if len(s.Named) > 0 {
		first = s.Named[0].Pos()
	} else if len(s.Body) > 0 {
		first = s.Body[0].Pos()
	}
	return first, "", "\n"
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

// smtpProvider is a mail provider other than Exchange Online, known by its
// SMTP host: its sends get no Graph rewrite (catalog A.7) but a pointer to
// what fits that provider.
type smtpProvider struct {
	name string
	// suffixes match the host exactly or as a parent domain.
	suffixes []string
	advice   string
}

var smtpProviders = []smtpProvider{
	{"Gmail / Google Workspace", []string{"smtp.gmail.com", "smtp.googlemail.com", "smtp-relay.gmail.com", "aspmx.l.google.com"},
		"send with the Gmail API (users.messages.send) or keep SMTP with OAuth (XOAUTH2, for example MailKit with SaslMechanismOAuth2); Google has turned off password sign-in for SMTP"},
	{"SendGrid", []string{"smtp.sendgrid.net"},
		"send with the SendGrid Mail Send API (POST https://api.sendgrid.com/v3/mail/send) and an API key kept out of the script"},
	{"Amazon SES", []string{"amazonaws.com"},
		"send with the Amazon SES API (Send-SES2Email in AWS.Tools.SimpleEmailV2) under an IAM role instead of SMTP credentials"},
	{"Mailgun", []string{"smtp.mailgun.org", "smtp.eu.mailgun.org"},
		"send with the Mailgun Messages API (POST /v3/{domain}/messages) and an API key kept out of the script"},
	{"Mailjet", []string{"in-v3.mailjet.com"}, "send with the Mailjet Send API v3.1"},
	{"Postmark", []string{"smtp.postmarkapp.com", "smtp-broadcasts.postmarkapp.com"}, "send with the Postmark Email API"},
	{"SparkPost", []string{"smtp.sparkpostmail.com", "smtp.eu.sparkpostmail.com"}, "send with the SparkPost Transmissions API"},
	{"Brevo (Sendinblue)", []string{"smtp-relay.brevo.com", "smtp-relay.sendinblue.com"}, "send with the Brevo transactional email API"},
	{"Zoho Mail", []string{"smtp.zoho.com", "smtp.zoho.eu", "smtppro.zoho.com", "smtppro.zoho.eu"}, "send with the Zoho Mail API or SMTP with OAuth"},
	{"Yahoo Mail", []string{"smtp.mail.yahoo.com"}, "use SMTP with OAuth (XOAUTH2) or an app password kept out of the script"},
	{"Outlook.com (consumer)", []string{"smtp-mail.outlook.com", "smtp.live.com"}, "use SMTP with OAuth (XOAUTH2) through MailKit; Outlook.com has turned off Basic authentication"},
}

// hveHost reports Exchange Online High Volume Email's SMTP endpoint.
func hveHost(host string) bool {
	return strings.EqualFold(strings.TrimSuffix(strings.TrimSpace(host), "."), "smtp-hve.office365.com")
}

// providerOf returns the non-Exchange provider that host belongs to, if known.
func providerOf(host string) *smtpProvider {
	h := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(host), "."))
	for i, p := range smtpProviders {
		for _, s := range p.suffixes {
			if h == s || strings.HasSuffix(h, "."+s) {
				if s == "amazonaws.com" && !strings.HasPrefix(h, "email-smtp.") {
					continue // only SES's SMTP endpoints (email-smtp.<region>.amazonaws.com)
				}
				return &smtpProviders[i]
			}
		}
	}
	return nil
}

// noGraphRewrite says why a send to host gets no Graph rewrite, or "" when
// Graph fits (Exchange Online, an on-premises relay, an unknown host).
func noGraphRewrite(host string) string {
	if hveHost(host) {
		return "The SMTP host " + host + " is Exchange Online High Volume Email (HVE). An HVE account has no mailbox, so Microsoft Graph sendMail cannot replace this send. " +
			"Microsoft supports Basic authentication for HVE until September 2028 (internal recipients only); move the account to OAuth for HVE, " +
			"or to Azure Communication Services Email, before then.\n"
	}
	if p := providerOf(host); p != nil {
		return "The SMTP host " + host + " belongs to " + p.name + ", not Exchange Online, so a Microsoft Graph rewrite does not apply: " + p.advice + ".\n"
	}
	return ""
}

// sendHost returns the SMTP host of the send located at n, when known.
// The sends are in source order: a binary search finds those starting
// where n does (a scan of every send, for each send, made MAIL001
// quadratic in the sends of a file).
func sendHost(m *semantic.Model, n parser.Node) string {
	ss := m.Sends()
	at := n.Pos()
	for i := sort.Search(len(ss), func(i int) bool { return ss[i].Node.Pos() >= at }); i < len(ss) && ss[i].Node.Pos() == at; i++ {
		if ss[i].Node == n && ss[i].HostKnow {
			return ss[i].Host
		}
	}
	return ""
}

// deliveryNotification maps DeliveryNotificationOption(s) text (a value
// such as 'OnSuccess, OnFailure' or [Net.Mail.DeliveryNotificationOptions]::OnSuccess):
// OnSuccess becomes isDeliveryReceiptRequested; OnFailure and Delay have
// no Graph equivalent and are listed as dropped (catalog A.5).
func (a *mailArgs) deliveryNotification(text, name string) {
	lc := strings.ToLower(text)
	if strings.Contains(lc, "onsuccess") {
		a.receipt = true
	}
	if strings.Contains(lc, "onfailure") {
		a.dropped = append(a.dropped, name+" OnFailure (Exchange sends non-delivery reports anyway)")
	}
	if strings.Contains(lc, "delay") {
		a.dropped = append(a.dropped, name+" Delay (no Graph equivalent)")
	}
	if !strings.Contains(lc, "onsuccess") && !strings.Contains(lc, "onfailure") && !strings.Contains(lc, "delay") &&
		!strings.Contains(lc, "none") && !strings.Contains(lc, "never") {
		a.dropped = append(a.dropped, name+" "+text+" (value not known; only OnSuccess maps, to isDeliveryReceiptRequested)")
	}
}

// balancedGroup reports text that is one (…) or @(…) group from its first
// to its last character (quotes are not looked into; a quote inside makes
// it answer false, which only adds parentheses).
func balancedGroup(x string) bool {
	x = strings.TrimPrefix(x, "@")
	if !strings.HasPrefix(x, "(") || !strings.HasSuffix(x, ")") || strings.ContainsAny(x, "'\"") {
		return false
	}
	depth := 0
	for i, r := range x {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i != len(x)-1 {
				return false
			}
		}
	}
	return depth == 0
}
