package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// smtpRewrite is the Graph rewrite of one SmtpClient send and what a fix
// needs to apply it: the set-up statements the rewrite makes dead, and
// whether the send is straight-line (one client and one message built in
// one scope, nothing conditional between set-up and send).
type smtpRewrite struct {
	GraphRewrite
	setup    []parser.Node
	straight bool
	// notStraight says why the rewrite stays a suggestion.
	notStraight string
	// attachVars are Attachment objects held in variables ($att).
	attachVars []attachVar
}

// attachVar is $att = New-Object Net.Mail.Attachment(path).
type attachVar struct {
	name   string
	assign *parser.AssignStmt
}

func (s *smtpRewrite) bend(why string) {
	if s.straight {
		s.straight, s.notStraight = false, why
	}
}

// smtpSendRewrite maps an SmtpClient send to Graph (catalog B.1).
func smtpSendRewrite(m *semantic.Model, send *parser.InvokeExpr) GraphRewrite {
	return smtpSendRewriteFull(m, send).GraphRewrite
}

// smtpSendRewriteFull maps the Send(from, to, subject, body) overload
// directly, and Send($msg) by following the MailMessage in script order:
// its constructor, property writes (From, Sender, Subject, Body,
// IsBodyHtml, Priority, ReplyTo, DeliveryNotificationOptions, encodings)
// and the To/CC/Bcc/ReplyToList/Attachments/Headers Add calls, also in
// foreach loops and ForEach-Object blocks (mapped to the collection the
// loop walks).
func smtpSendRewriteFull(m *semantic.Model, send *parser.InvokeExpr) *smtpRewrite {
	var a mailArgs
	a.htmlKnown = true
	a.msgVar = freeVarName(m, "message")
	a.dropped = []string{"the SmtpClient (host, port, EnableSsl, Credentials)"}
	sr := &smtpRewrite{straight: true}
	switch len(send.Args) {
	case 4, 5: // Send(from, to, subject, body); SendAsync(…, userToken)
		a.from, a.to, a.subject, a.body = exprText(m, send.Args[0]), exprText(m, send.Args[1]), exprText(m, send.Args[2]), exprText(m, send.Args[3])
		if v := m.Eval(send.Args[0], send.Pos()); v.Kind == semantic.String {
			a.fromConst, a.fromKnown = v.Str, true
		}
		a.fromInline = inlineLiteral(send.Args[0])
	case 1, 2:
		msgVar, ok := send.Args[0].(*parser.Variable)
		if !ok || !mailMessageFields(m, msgVar, send, &a, sr) {
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
	sr.GraphRewrite = a.render(false, nil)
	return sr
}

// freeVarName returns $name, or $graphName, … when the script already uses
// a variable of that name (the rewrite must not overwrite the script's own).
func freeVarName(m *semantic.Model, name string) string {
	for i, cand := range []string{name, "graph" + strings.ToUpper(name[:1]) + name[1:]} {
		_ = i
		if !m.MentionsVariable(cand) {
			return cand
		}
	}
	for i := 2; ; i++ {
		cand := fmt.Sprintf("graph%s%d", strings.ToUpper(name[:1])+name[1:], i)
		if !m.MentionsVariable(cand) {
			return cand
		}
	}
}

// varRefs counts the mentions of $name in m.Src[from:to], outside comments.
func varRefs(m *semantic.Model, name string, from, to int) int {
	re := regexp.MustCompile(`(?i)\$\{?(?:script:|local:)?` + regexp.QuoteMeta(name) + `(?:\b|\})`)
	n := 0
	for _, loc := range re.FindAllStringIndex(m.Src[from:to], -1) {
		at := from + loc[0]
		inComment := false
		for _, c := range m.File.Comments {
			if c.Pos() <= at && at < c.End() {
				inComment = true
				break
			}
		}
		if !inComment {
			n++
		}
	}
	return n
}

// mailMessageFields fills a from the MailMessage held in v, built in the
// same scope before the send, and records in sr the statements that build
// it. It reports false when the message is not one the script constructs there.
func mailMessageFields(m *semantic.Model, v *parser.Variable, send *parser.InvokeExpr, a *mailArgs, sr *smtpRewrite) bool {
	name := v.ShortName()
	scope := m.Scope(send)
	var con *semantic.Construction
	n := 0
	for _, c := range m.Constructions("system.net.mail.mailmessage") {
		c := c
		if c.Var != nil && c.Var.ShortName() == name && m.Scope(c.Node) == scope {
			n++
			if c.Node.Pos() < send.Pos() {
				con = &c
			}
		}
	}
	if con == nil {
		return false
	}
	if n > 1 {
		sr.bend("the script builds more than one MailMessage in $" + name)
	}
	sr.addSetup(m, con.Assign, send)
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
		a.fromInline = inlineLiteral(con.Args[0])
	}
	if con.Props != nil {
		sr.bend("the MailMessage is built with -Property")
		a.unknown = append(a.unknown, "MailMessage -Property values")
	}
	add := func(list *string, x string) {
		if *list == "" {
			*list = x
		} else {
			*list += ", " + x
		}
	}
	for _, use := range m.MemberUses(name, scope, con.Node.End()) {
		if use.Node.Pos() > send.Pos() || use.Call {
			continue
		}
		if !sr.addSetup(m, use.Node, send) {
			sr.bend("$" + name + "." + use.Member + " is set conditionally")
		}
		named := ""
		if use.Value == nil {
			use.Value, named = mailAddressArgs(m, use.Node)
		}
		if use.Value == nil {
			if as, ok := use.Node.(*parser.AssignStmt); ok && as.Op == "=" && as.Value != nil {
				// A command result ($msg.Body = Get-Content …): the rewrite runs
				// the same command, in parentheses.
				cmdText := "(" + m.Text(as.Value) + ")"
				switch strings.ToLower(use.Member) {
				case "subject":
					a.subject = cmdText
					continue
				case "body":
					a.body = cmdText
					continue
				}
			}
			a.unknown = append(a.unknown, "MailMessage."+use.Member)
			continue
		}
		if addr, name := mailAddressArgs(m, use.Value); addr != nil {
			use.Value = addr
			named = name
		}
		switch strings.ToLower(use.Member) {
		case "from":
			a.from = exprText(m, use.Value)
			a.fromKnown = false
			if fv := m.Eval(use.Value, use.Node.Pos()); fv.Kind == semantic.String {
				a.fromConst, a.fromKnown = fv.Str, true
			}
			a.fromInline = inlineLiteral(use.Value)
			if named != "" {
				a.from = named
			}
		case "sender":
			a.sender = exprText(m, use.Value)
			if sv := m.Eval(use.Value, use.Node.Pos()); sv.Kind == semantic.String {
				a.senderConst, a.senderKnown = sv.Str, true
			}
			a.senderInline = inlineLiteral(use.Value)
		case "subject":
			a.subject = exprText(m, use.Value)
		case "body":
			a.body = exprText(m, use.Value)
		case "isbodyhtml":
			if hv := m.Eval(use.Value, use.Node.Pos()); hv.Kind != semantic.Unknown {
				a.html, a.htmlKnown = hv.Truthy()
				a.htmlExpr = ""
			} else {
				a.html, a.htmlExpr = false, m.Text(use.Value)
			}
		case "priority":
			if pv := m.Eval(use.Value, use.Node.Pos()); pv.Kind == semantic.String {
				a.priority = strings.ToLower(pv.Str)
			} else if me, ok := use.Value.(*parser.MemberExpr); ok {
				a.priority = strings.ToLower(me.MemberName())
			} else {
				a.priority = "?"
			}
		case "replyto":
			add(&a.replyTo, exprText(m, use.Value))
		case "deliverynotificationoptions":
			a.deliveryNotification(m.Text(use.Value), "DeliveryNotificationOptions")
		case "bodyencoding", "subjectencoding", "headersencoding", "bodytransferencoding":
			a.dropped = append(a.dropped, use.Member+" (Graph JSON is UTF-8)")
		default:
			a.dropped = append(a.dropped, "MailMessage."+use.Member)
		}
	}
	// $msg.To.Add(x), $msg.CC.Add(x), $msg.Attachments.Add(…), $msg.Headers.Add(n, v)
	for _, inv := range m.Invokes {
		if inv.Pos() < con.Node.End() || inv.Pos() > send.Pos() || m.Scope(inv) != scope || !strings.EqualFold(inv.Member.MemberName(), "add") {
			continue
		}
		coll, ok := inv.Member.X.(*parser.MemberExpr)
		if !ok {
			continue
		}
		if cv, ok := coll.X.(*parser.Variable); !ok || cv.ShortName() != name {
			continue
		}
		member := strings.ToLower(coll.MemberName())
		if member == "headers" && len(inv.Args) == 2 {
			sr.addSetup(m, inv, send)
			hn, ok := m.Eval(inv.Args[0], inv.Pos()).Str, m.Eval(inv.Args[0], inv.Pos()).Kind == semantic.String
			switch {
			case ok && strings.HasPrefix(strings.ToLower(hn), "x-"):
				a.headers = append(a.headers, "@{ name = "+exprText(m, inv.Args[0])+"; value = "+exprText(m, inv.Args[1])+" }")
			case ok:
				a.dropped = append(a.dropped, "header "+hn+" (Graph sets only X- headers)")
			default:
				a.unknown = append(a.unknown, "a header name")
			}
			continue
		}
		if len(inv.Args) != 1 {
			continue
		}
		var list *string
		switch member {
		case "to":
			list = &a.to
		case "cc":
			list = &a.cc
		case "bcc":
			list = &a.bcc
		case "replytolist":
			list = &a.replyTo
		case "attachments":
			list = &a.attachments
		default:
			continue
		}
		arg := inv.Args[0]
		var text string
		if member == "attachments" {
			path := attachmentPath(m, arg)
			if path == nil {
				path = sr.attachmentVar(m, arg, send)
			}
			if path == nil {
				a.unknown = append(a.unknown, "an attachment")
				continue
			}
			text = exprText(m, path)
		} else {
			if addr := mailAddressArg(m, arg); addr != nil {
				arg = addr
			}
			text = exprText(m, arg)
		}
		loopText, stmt, ok := loopedValue(m, inv, text, send)
		if !ok {
			a.unknown = append(a.unknown, fmt.Sprintf("$%s.%s.Add at line %d (added conditionally)", name, coll.MemberName(), m.File.Source.Position(inv.Pos()).Line))
			sr.bend("an Add is conditional")
			continue
		}
		if stmt != nil {
			if loopOnlyAdds(m, stmt, name) {
				sr.addSetup(m, stmt, send)
			} else {
				sr.bend("a loop that adds recipients also does other work")
			}
			text = loopText
		} else {
			sr.addSetup(m, inv, send)
		}
		add(list, text)
	}
	return true
}

// loopedValue maps an Add inside a loop to the whole collection: in
// foreach ($r in $list) { $msg.To.Add($r) } the value is $list; with
// another argument, @(foreach ($r in $list) { <arg> }); in
// $list | ForEach-Object { $msg.To.Add($_) } it is ($list). It returns the
// loop statement (nil for a direct Add) and false when the Add is nested
// in a condition or another kind of loop.
func loopedValue(m *semantic.Model, inv *parser.InvokeExpr, text string, send parser.Node) (string, parser.Node, bool) {
	sendStmt := m.StatementOf(send)
	stmt := m.StatementOf(inv)
	if stmt == nil || stmt.Pos() != inv.Pos() || stmt.End() != inv.End() {
		if pl, ok := stmt.(*parser.Pipeline); !ok || len(pl.Elements) != 1 || pl.Pos() != inv.Pos() || pl.End() != inv.End() {
			return "", nil, false
		}
	}
	blk := m.Parent(stmt)
	if !reachesUnconditionally(m, blk, sendStmt) {
		switch p := m.Parent(blk).(type) {
		case *parser.ForeachStmt:
			if p.Body != blk || p.In == nil || p.Var == nil || !reachesUnconditionally(m, m.Parent(p), sendStmt) {
				return "", nil, false
			}
			in := m.Text(p.In)
			if strings.EqualFold(text, m.Text(p.Var)) {
				return "(" + in + ")", p, true
			}
			return "@(foreach (" + m.Text(p.Var) + " in " + in + ") { " + text + " })", p, true
		case *parser.ScriptBlockExpr:
			// ForEach-Object { … }: the script block is the command's only argument.
			sbx := p
			up := m.Parent(sbx)
			if arg, ok := up.(*parser.Argument); ok {
				up = m.Parent(arg)
			}
			cmd, ok := up.(*parser.Command)
			if !ok || !isForEachObject(cmd) || len(cmd.ArgumentExprs()) != 1 {
				return "", nil, false
			}
			pl, ok := m.Parent(cmd).(*parser.Pipeline)
			if !ok || len(pl.Elements) != 2 || pl.Elements[1] != cmd || pl.Next != nil || !reachesUnconditionally(m, m.Parent(pl), sendStmt) {
				return "", nil, false
			}
			src := m.Text(pl.Elements[0])
			if strings.EqualFold(text, "$_") || strings.EqualFold(text, "$PSItem") {
				return "(" + src + ")", pl, true
			}
			return "@(" + src + " | ForEach-Object { " + text + " })", pl, true
		}
		return "", nil, false
	}
	return "", nil, true
}

func isForEachObject(c *parser.Command) bool {
	switch strings.ToLower(c.NameText()) {
	case "foreach-object", "%", "foreach":
		return true
	}
	return false
}

// loopOnlyAdds reports a loop whose body only adds to $name's collections,
// so removing it loses nothing once the rewrite holds the collection.
func loopOnlyAdds(m *semantic.Model, loop parser.Node, name string) bool {
	var body []parser.Stmt
	switch l := loop.(type) {
	case *parser.ForeachStmt:
		body = l.Body.Body
	case *parser.Pipeline:
		cmd := l.Elements[1].(*parser.Command)
		sbx := cmd.ArgumentExprs()[0].(*parser.ScriptBlockExpr)
		body = sbx.Body.Statements()
	default:
		return false
	}
	for _, st := range body {
		pl, ok := st.(*parser.Pipeline)
		if !ok || len(pl.Elements) != 1 {
			return false
		}
		t := strings.ToLower(strings.Join(strings.Fields(m.Text(pl)), ""))
		if !strings.HasPrefix(t, "$"+name+".") || !strings.Contains(t, ".add(") {
			return false
		}
	}
	return len(body) > 0
}

// addSetup records a set-up statement the rewrite makes dead. It reports
// false (and records nothing) when n is not a whole statement in a block
// the send's statement runs after unconditionally.
func (sr *smtpRewrite) addSetup(m *semantic.Model, n parser.Node, send parser.Node) bool {
	if n == nil {
		sr.bend("an object is not built by an assignment of its own")
		return false
	}
	stmt := m.StatementOf(n)
	if stmt == nil || stmt.Pos() != n.Pos() || stmt.End() != n.End() {
		if pl, ok := stmt.(*parser.Pipeline); !ok || len(pl.Elements) != 1 || pl.Pos() != n.Pos() || pl.End() != n.End() {
			sr.bend("a set-up step is part of a larger statement")
			return false
		}
	}
	if !reachesUnconditionally(m, m.Parent(stmt), m.StatementOf(send)) {
		sr.bend("a set-up step is conditional")
		return false
	}
	for _, s := range sr.setup {
		if s == stmt {
			return true
		}
	}
	sr.setup = append(sr.setup, stmt)
	return true
}

// reachesUnconditionally reports whether block blk is the block of stmt or
// encloses it through try bodies only: a statement of blk that comes first
// runs whenever stmt runs.
func reachesUnconditionally(m *semantic.Model, blk, stmt parser.Node) bool {
	cur := m.Parent(stmt)
	for cur != nil {
		if cur == blk {
			return true
		}
		b, ok := cur.(*parser.StmtBlock)
		if !ok {
			return false
		}
		t, ok := m.Parent(b).(*parser.TryStmt)
		if !ok || t.Body != b {
			return false
		}
		cur = m.Parent(t)
	}
	return false
}

// attachmentVar follows $att in Attachments.Add($att) to
// $att = New-Object Net.Mail.Attachment(path) in the same scope.
func (sr *smtpRewrite) attachmentVar(m *semantic.Model, x parser.Expr, send parser.Node) parser.Expr {
	v, ok := x.(*parser.Variable)
	if !ok {
		return nil
	}
	var found *semantic.Construction
	for _, c := range m.Constructions("system.net.mail.attachment") {
		c := c
		if c.Var != nil && c.Var.ShortName() == v.ShortName() && m.Scope(c.Node) == m.Scope(x) && c.Node.Pos() < x.Pos() && len(c.Args) >= 1 {
			found = &c
		}
	}
	if found == nil {
		return nil
	}
	sr.attachVars = append(sr.attachVars, attachVar{name: v.ShortName(), assign: found.Assign})
	return found.Args[0]
}

// smtpFix turns the rewrite of a straight-line SmtpClient send into edits:
// the send statement becomes the Graph code, the statements that built the
// client, the message and its attachments are removed (with their
// Dispose() calls after the send), and the helpers and #Requires line are
// added. It returns nil and the reason when the send has another shape.
func smtpFix(m *semantic.Model, client *parser.Variable, send *parser.InvokeExpr, sr *smtpRewrite) (*Fix, string) {
	if !sr.Exact {
		return nil, sr.Why
	}
	if !sr.straight {
		return nil, sr.notStraight
	}
	stmt := m.StatementOf(send)
	if pl, ok := stmt.(*parser.Pipeline); !ok || len(pl.Elements) != 1 || pl.Pos() != send.Pos() || pl.End() != send.End() || !isBlock(m.Parent(pl)) {
		return nil, "the send is not a statement of its own"
	}
	scope := m.Scope(send)
	// The client: one construction in this scope, its property writes before the send.
	cname := client.ShortName()
	var ccon *semantic.Construction
	for _, c := range m.Constructions(mail004SmtpClientType) {
		c := c
		if c.Var != nil && c.Var.ShortName() == cname && m.Scope(c.Node) == scope {
			if ccon != nil {
				return nil, "the script builds more than one SmtpClient in $" + cname
			}
			ccon = &c
		}
	}
	if ccon == nil || ccon.Node.Pos() > send.Pos() {
		return nil, "the SmtpClient is not built in the same scope before the send"
	}
	if !sr.addSetup(m, ccon.Assign, send) {
		return nil, sr.notStraight
	}
	vars := []string{cname}
	if mv, ok := send.Args[0].(*parser.Variable); ok && len(send.Args) <= 2 {
		vars = append(vars, mv.ShortName())
	}
	for _, av := range sr.attachVars {
		if !sr.addSetup(m, av.assign, send) {
			return nil, sr.notStraight
		}
		vars = append(vars, av.name)
	}
	for _, use := range m.MemberUses(cname, scope, ccon.Node.End()) {
		if use.Node.Pos() < send.Pos() && !use.Call {
			if !sr.addSetup(m, use.Node, send) {
				return nil, sr.notStraight
			}
		}
	}
	// Dispose() after the send, of every object the rewrite removes.
	for _, v := range vars {
		for _, use := range m.MemberUses(v, scope, send.End()) {
			if use.Call && strings.EqualFold(use.Member, "dispose") && len(use.Args) == 0 {
				if !sr.addSetup(m, use.Node, send) {
					return nil, "a Dispose() after the send is conditional"
				}
			}
		}
	}
	// Every mention of the removed variables must be in what is removed or replaced.
	from, to := 0, len(m.Src)
	if fn, ok := scope.(*parser.FunctionDef); ok && fn.Body != nil {
		from, to = fn.Body.Pos(), fn.Body.End()
	}
	for _, v := range vars {
		total := varRefs(m, v, from, to)
		inside := varRefs(m, v, stmt.Pos(), stmt.End())
		for _, st := range sr.setup {
			inside += varRefs(m, v, st.Pos(), st.End())
		}
		if total != inside {
			return nil, "$" + v + " is also used elsewhere"
		}
	}
	code, ok := indentedAt(m, send.Pos(), sr.Code)
	if !ok {
		return nil, "the send does not start its line"
	}
	fix := &Fix{Description: "Replace the SmtpClient send with Send-MgUserMail (Microsoft Graph)"}
	fix.Edits = append(fix.Edits, supportEdits(m, sr.Code)...)
	var removals []TextEdit
	for _, st := range sr.setup {
		e, ok := wholeLines(m.Src, st)
		if !ok {
			return nil, "a set-up step shares its line with other code"
		}
		removals = append(removals, e)
	}
	removals = append(removals, TextEdit{Pos: send.Pos(), End: send.End(), NewText: code})
	sortEdits(removals)
	fix.Edits = append(fix.Edits, removals...)
	return fix, ""
}

// wholeLines returns the edit that deletes the lines a statement occupies
// (with a trailing comment on its last line), or false when other code
// shares them.
func wholeLines(src string, n parser.Node) (TextEdit, bool) {
	start := strings.LastIndexAny(src[:n.Pos()], "\r\n") + 1
	if strings.TrimSpace(src[start:n.Pos()]) != "" {
		return TextEdit{}, false
	}
	end := n.End()
	rest := src[end:]
	nl := strings.IndexByte(rest, '\n')
	line := rest
	if nl >= 0 {
		line = rest[:nl]
	}
	tail := strings.TrimSpace(strings.TrimSuffix(line, "\r"))
	if tail != "" && !strings.HasPrefix(tail, "#") && tail != ";" {
		return TextEdit{}, false
	}
	if nl >= 0 {
		end += nl + 1
	} else {
		end = len(src)
	}
	return TextEdit{Pos: start, End: end}, true
}

// sortEdits orders edits by position.
func sortEdits(es []TextEdit) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].Pos < es[j-1].Pos; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// mailAddressArgs is mailAddressArg plus the display name: for
// New-Object Net.Mail.MailAddress('a@x', 'Name') with both literal it
// returns the literal 'Name <a@x>' as well, so the rewrite keeps the name.
func mailAddressArgs(m *semantic.Model, n parser.Node) (parser.Expr, string) {
	addr := mailAddressArg(m, n)
	if addr == nil {
		return nil, ""
	}
	for _, con := range m.Constructions("system.net.mail.mailaddress") {
		if len(con.Args) >= 2 && con.Args[0] == addr && inlineLiteral(con.Args[0]) && inlineLiteral(con.Args[1]) {
			av, nv := m.Eval(con.Args[0], con.Node.Pos()), m.Eval(con.Args[1], con.Node.Pos())
			if av.Kind == semantic.String && nv.Kind == semantic.String {
				return addr, "'" + strings.ReplaceAll(nv.Str+" <"+av.Str+">", "'", "''") + "'"
			}
		}
	}
	return addr, ""
}

func isBlock(n parser.Node) bool {
	switch n.(type) {
	case *parser.ScriptBlock, *parser.NamedBlock, *parser.StmtBlock:
		return true
	}
	return false
}
