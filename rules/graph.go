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
}

// sendMailMessageRewrite maps a bound Send-MailMessage call to Graph.
func sendMailMessageRewrite(m *semantic.Model, c *parser.Command, b *semantic.Binding) GraphRewrite {
	var a mailArgs
	text := func(name string) string {
		arg := b.Get(name)
		if arg == nil {
			return ""
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
	return a.render(b.UnknownSplat, b.SplatVars)
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
	contentType := "Text"
	if a.html {
		contentType = "HTML"
	}
	fmt.Fprintf(&sb, "    body         = @{ contentType = '%s'; content = %s }\n", contentType, orPlaceholder(a.body, "''"))
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
	fmt.Fprintf(&sb, "Send-MgUserMail -UserId %s -Message $message\n", senderExpr(a.from))
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

// senderExpr turns the -From value into the mailbox for -UserId: a literal
// 'Name <addr>' becomes 'addr'.
func senderExpr(from string) string {
	if from == "" {
		return "'<sender mailbox>'"
	}
	unq := strings.Trim(from, "'\"")
	if i := strings.IndexByte(unq, '<'); i >= 0 && strings.HasSuffix(unq, ">") && len(unq) < len(from) {
		return "'" + unq[i+1:len(unq)-1] + "'"
	}
	return from
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
