package rules

import (
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// TestGraphRewrite checks the Send-MgUserMail code generated for
// Send-MailMessage calls: every mapped parameter, and that the code itself
// parses and binds -UserId and -Message.
func TestGraphRewrite(t *testing.T) {
	cases := []struct {
		name, src string
		contains  []string
		dropped   []string
		exact     bool
	}{
		{"full", `Send-MailMessage -From 'Alerts <alerts@contoso.com>' -To 'ops@contoso.com', 'oncall@contoso.com' -Cc lead@contoso.com -Bcc audit@contoso.com -ReplyTo help@contoso.com -Subject 'Nightly job failed' -Body $html -BodyAsHtml -Attachments 'C:\logs\job.log' -Priority High -DeliveryNotificationOption OnSuccess -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -Encoding UTF8`,
			[]string{"subject      = 'Nightly job failed'", "contentType = 'HTML'; content = $html", "toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com', 'oncall@contoso.com')",
				"ccRecipients = @(ConvertTo-GraphRecipient 'lead@contoso.com')", "bccRecipients = @(ConvertTo-GraphRecipient 'audit@contoso.com')",
				"replyTo      = @(ConvertTo-GraphRecipient 'help@contoso.com')", "importance   = 'high'", "attachments  = @(ConvertTo-GraphAttachment 'C:\\logs\\job.log')",
				"isDeliveryReceiptRequested = $true", "Send-MgUserMail -UserId 'alerts@contoso.com' -Message $message"},
			[]string{"-Credential", "-Encoding", "-Port", "-SmtpServer", "-UseSsl"}, true},
		{"positional-text", `Send-MailMessage ops@contoso.com Report 'all good' relay.contoso.com -From $sender`,
			[]string{"subject      = 'Report'", "contentType = 'Text'; content = 'all good'", "Send-MgUserMail -UserId ($sender -replace '^.*<([^>]+)>\\s*$', '$1')"}, []string{"-SmtpServer"}, true},
		{"splat", "$p = @{ To = 'a@contoso.com'; From = 'b@contoso.com'; Subject = 's'; SmtpServer = 'relay' }\n$p.UseSsl = $true\nSend-MailMessage @p",
			[]string{"subject      = $p.Subject", "toRecipients = @(ConvertTo-GraphRecipient $p.To)", "Send-MgUserMail -UserId $p.From -Message"}, []string{"-SmtpServer", "-UseSsl"}, true},
		{"unknown-splat", "Send-MailMessage @PSBoundParameters", []string{"'<sender mailbox>'", "'<to>'"}, nil, false},
		{"piped", "Get-ChildItem *.log | Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject logs", nil, nil, false},
		{"common-parameters", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -ErrorAction Stop -WarningVariable w",
			[]string{"Send-MgUserMail -UserId 'b@contoso.com' -Message $message -ErrorAction 'Stop' -WarningVariable 'w'"}, nil, true},
		{"display-name-variable", "Send-MailMessage -To a@contoso.com -From \"$Name <$Addr>\" -Subject s",
			[]string{"-UserId (\"$Name <$Addr>\" -replace"}, nil, true},
		{"html-switch-variable", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -Body $b -BodyAsHtml:$Info.IsHtml",
			[]string{"contentType = $(if ($Info.IsHtml) { 'HTML' } else { 'Text' }); content = $b"}, nil, true},
		{"unbound", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SMTPPort 25", nil, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := parser.ParseString("t.ps1", c.src)
			if err != nil || len(f.Errors) > 0 {
				t.Fatalf("input does not parse: %v %v", err, f.Errors)
			}
			m := semantic.New("t.ps1", f, nil)
			cmd := m.Commands[len(m.Commands)-1]
			rw := sendMailMessageRewrite(m, cmd, m.Bind(cmd, semantic.Cmdlet("send-mailmessage")))
			for _, want := range c.contains {
				if !strings.Contains(rw.Code, want) {
					t.Errorf("rewrite lacks %q:\n%s", want, rw.Code)
				}
			}
			if strings.Join(rw.Dropped, ",") != strings.Join(c.dropped, ",") {
				t.Errorf("dropped = %v, want %v", rw.Dropped, c.dropped)
			}
			if rw.Exact != c.exact {
				t.Errorf("exact = %v (%s)", rw.Exact, rw.Why)
			}
			// The rewrite is PowerShell that parses and binds.
			g, err := parser.ParseString("rewrite.ps1", rw.Code)
			if err != nil || len(g.Errors) > 0 {
				t.Fatalf("rewrite does not parse: %v %v\n%s", err, g.Errors, rw.Code)
			}
			gm := semantic.New("rewrite.ps1", g, nil)
			var send *parser.Command
			for _, gc := range gm.Commands {
				if strings.EqualFold(gc.NameText(), "Send-MgUserMail") {
					send = gc
				}
			}
			if send == nil {
				t.Fatal("no Send-MgUserMail in the rewrite")
			}
			info := &semantic.CmdletInfo{Name: "Send-MgUserMail", Params: []semantic.ParamInfo{{Name: "UserId", Position: -1}, {Name: "Message", Position: -1}, {Name: "BodyParameter", Position: -1}}}
			b := gm.Bind(send, info)
			if !b.Has("UserId") || !b.Has("Message") || len(b.Unknown)+len(b.Ambiguous)+len(b.Extra) > 0 {
				t.Errorf("Send-MgUserMail binding: %+v", b)
			}
		})
	}
}

// TestSmtpSendRewrite maps SmtpClient sends: the four-argument overload,
// and a MailMessage built with properties and collection Adds.
func TestSmtpSendRewrite(t *testing.T) {
	src := strings.Join([]string{
		`$smtp = New-Object Net.Mail.SmtpClient('smtp.office365.com', 587)`,
		`$smtp.Send('reports@contoso.com', 'ops@contoso.com', 'Nightly', 'All good')`,
		`$msg = New-Object Net.Mail.MailMessage`,
		`$msg.From = 'Jobs <jobs@contoso.com>'`,
		`$msg.To.Add('ops@contoso.com')`,
		`$msg.CC.Add('lead@contoso.com')`,
		`$msg.Subject = 'Report'`,
		`$msg.Body = $html`,
		`$msg.IsBodyHtml = $true`,
		`$msg.Priority = [Net.Mail.MailPriority]::High`,
		`$msg.Attachments.Add((New-Object Net.Mail.Attachment('C:\logs\a.log')))`,
		`$smtp.Send($msg)`,
		`$smtp.Send($unknown)`,
		`$m2 = New-Object Net.Mail.MailMessage`,
		`$m2.From = New-Object Net.Mail.MailAddress($FromEmail)`,
		`$m2.To.Add($ToEmail)`,
		`$m2.Body = Get-Content .\body.html -Raw`,
		`$smtp.Send($m2)`,
	}, "\n")
	f, err := parser.ParseString("t.ps1", src)
	if err != nil || len(f.Errors) > 0 {
		t.Fatal(err, f.Errors)
	}
	m := semantic.New("t.ps1", f, nil)
	var sends []*parser.InvokeExpr
	for _, inv := range m.Invokes {
		if strings.EqualFold(inv.Member.MemberName(), "Send") {
			sends = append(sends, inv)
		}
	}
	if len(sends) != 4 {
		t.Fatalf("%d sends", len(sends))
	}
	want := [][]string{
		{"subject      = 'Nightly'", "content = 'All good'", "ConvertTo-GraphRecipient 'ops@contoso.com'", "-UserId 'reports@contoso.com'"},
		{"subject      = 'Report'", "contentType = 'HTML'; content = $html", "toRecipients = @(ConvertTo-GraphRecipient 'ops@contoso.com')",
			"ccRecipients = @(ConvertTo-GraphRecipient 'lead@contoso.com')", "importance   = 'high'", "attachments  = @(ConvertTo-GraphAttachment 'C:\\logs\\a.log')", "-UserId 'jobs@contoso.com'"},
	}
	for i, w := range want {
		rw := smtpSendRewrite(m, sends[i])
		if !rw.Exact {
			t.Errorf("send %d: not exact: %s", i, rw.Why)
		}
		for _, s := range w {
			if !strings.Contains(rw.Code, s) {
				t.Errorf("send %d lacks %q:\n%s", i, s, rw.Code)
			}
		}
		if g, err := parser.ParseString("rw.ps1", rw.Code); err != nil || len(g.Errors) > 0 {
			t.Errorf("send %d: rewrite does not parse: %v", i, g.Errors)
		}
	}
	if rw := smtpSendRewrite(m, sends[2]); rw.Exact || !strings.Contains(rw.Why, "the MailMessage") {
		t.Errorf("unknown message: exact=%v why=%q", rw.Exact, rw.Why)
	}
	// From a MailAddress construction; a body from a command runs the same command.
	rw := smtpSendRewrite(m, sends[3])
	if !rw.Exact || !strings.Contains(rw.Code, "content = (Get-Content .\\body.html -Raw)") || !strings.Contains(rw.Code, "-UserId ($FromEmail -replace") {
		t.Errorf("MailAddress / command body: exact=%v why=%q\n%s", rw.Exact, rw.Why, rw.Code)
	}
}
