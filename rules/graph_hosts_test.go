package rules

import (
	"strings"
	"testing"
	"time"
)

// TestNoGraphRewriteForOtherHosts: sends to other providers and to High
// Volume Email get no Graph rewrite and no fix, but a pointer to what fits.
func TestNoGraphRewriteForOtherHosts(t *testing.T) {
	asOf := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, src, rule, want string }{
		{"gmail", "Send-MailMessage -To a@contoso.com -From b@gmail.com -Subject s -SmtpServer smtp.gmail.com -Port 587 -UseSsl -Credential $c", "MAIL001", "Gmail API"},
		{"sendgrid-psemailserver", "$PSEmailServer = 'smtp.sendgrid.net'\nSend-MailMessage -To a@contoso.com -From b@contoso.com -Subject s", "MAIL001", "SendGrid Mail Send API"},
		{"ses", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer email-smtp.eu-west-1.amazonaws.com", "MAIL001", "Amazon SES API"},
		{"mailgun-smtpclient", "$c = New-Object Net.Mail.SmtpClient('smtp.mailgun.org', 587)\n$c.Send('b@contoso.com', 'a@contoso.com', 's', 'b')", "MAIL004", "Mailgun Messages API"},
		{"hve", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp-hve.office365.com -Port 587 -UseSsl -Credential $c", "MAIL001", "September 2028"},
		{"hve-smtpclient", "$c = [Net.Mail.SmtpClient]::new('smtp-hve.office365.com', 587)\n$c.Send('b@contoso.com', 'a@contoso.com', 's', 'b')", "MAIL004", "HVE account has no mailbox"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds := mail005Run(t, c.rule, c.src, asOf)
			if len(ds) != 1 {
				t.Fatalf("%d findings", len(ds))
			}
			d := ds[0]
			if len(d.Fixes) != 0 || strings.Contains(d.Detail, "Send-MgUserMail -UserId") {
				t.Errorf("a Graph rewrite was offered:\n%s", d.Detail)
			}
			if !strings.Contains(d.Detail, c.want) {
				t.Errorf("detail lacks %q:\n%s", c.want, d.Detail)
			}
		})
	}
	// An Exchange Online host and an on-premises relay keep the rewrite.
	for _, host := range []string{"smtp.office365.com", "relay.contoso.local", "smtp.gmail.com.evil.example"} {
		ds := mail005Run(t, "MAIL001", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer "+host, asOf)
		if len(ds) != 1 || len(ds[0].Fixes) != 1 {
			t.Errorf("%s: no Graph fix: %+v", host, ds)
		}
	}
}

// TestAUTH008HighVolumeEmail: Basic auth to HVE is a note with HVE's own
// timeline (September 2028), an error after it, and never the SMTP AUTH
// end-of-2026 text.
func TestAUTH008HighVolumeEmail(t *testing.T) {
	src := "Send-MailMessage -To a@contoso.com -From hve@contoso.com -Subject s -SmtpServer smtp-hve.office365.com -Port 587 -UseSsl -Credential $c\n" +
		"$smtp = New-Object Net.Mail.SmtpClient('smtp-hve.office365.com', 587)\n$smtp.EnableSsl = $true\n$smtp.Credentials = New-Object Net.NetworkCredential($u, $p)\n$smtp.Send($msg)\n"
	for _, c := range []struct {
		asOf  time.Time
		level Level
		want  string
	}{
		{time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), Note, "until September 2028"},
		{time.Date(2028, 9, 1, 0, 0, 0, 0, time.UTC), Error, "ended in September 2028"},
	} {
		ds := mail005Run(t, "AUTH008", src, c.asOf)
		if len(ds) != 2 {
			t.Fatalf("%v: %d findings, want 2", c.asOf, len(ds))
		}
		for _, d := range ds {
			if d.Level != c.level || !strings.Contains(d.Message, c.want) || strings.Contains(d.Message, "December 2026") {
				t.Errorf("%v: %v %q", c.asOf, d.Level, d.Message)
			}
		}
	}
}

// TestRecipientExpressionIsOneArgument: an expression-mode recipient
// ($msg.To.Add($name + "@contoso.com")) becomes one parenthesised argument
// of the helper, not the command-mode text that PowerShell reads as a string.
func TestRecipientExpressionIsOneArgument(t *testing.T) {
	src := "$msg = New-Object Net.Mail.MailMessage\n$msg.From = 'it@contoso.com'\n$msg.To.Add($NewDisplay+\"@contoso.com\")\n" +
		"$msg.Subject = 's'\n$smtp = New-Object Net.Mail.SmtpClient('relay.contoso.local')\n$smtp.Send($msg)\n"
	ds := mail005Run(t, "MAIL004", src, time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	if len(ds) != 1 || !strings.Contains(ds[0].Detail, `toRecipients = @(ConvertTo-GraphRecipient ($NewDisplay+"@contoso.com"))`) {
		t.Fatalf("%+v", ds)
	}
	if len(ds[0].Fixes) != 1 {
		t.Errorf("a straight-line send has no fix:\n%s", ds[0].Detail)
	}
}
