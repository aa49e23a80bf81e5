package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// runOneRule scans src with one rule at the given date.
func runOneRule(t *testing.T, id, src string, asOf time.Time) []Diagnostic {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil {
		t.Fatal(err)
	}
	ds, errs := Run("t.ps1", f, &Config{AsOf: asOf}, func(r *Rule) bool { return r.ID == id }, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return ds
}

// The fixture harness checks where results are; these check the levels
// and date-dependent texts of the authentication-path rules.
func TestAuthPathLevels(t *testing.T) {
	before, after := day(2026, 6, 30), day(2027, 1, 2)
	cases := []struct {
		id, src string
		asOf    time.Time
		level   Level
		text    string
	}{
		{"AUTH006", "Connect-ExchangeOnline -Credential $c", before, Warning, "is removed from"},
		{"AUTH006", "Connect-ExchangeOnline -Credential $c", day(2026, 7, 1), Error, "is no longer in"},
		{"AUTH006", "Connect-ExchangeOnline -InlineCredential", after, Note, "InlineCredential"},
		{"AUTH005", "Connect-ExchangeOnline -UseRPSSession", after, Warning, "UseRPSSession"},
		{"AUTH005", "New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/", after, Error, "switched off"},
		{"AUTH004", "Invoke-RestMethod -Uri https://x.example.com -Headers @{ Authorization = \"Basic $b64\" }", after, Warning, "Basic"},
		{"AUTH004", "Invoke-RestMethod -Uri https://x.example.com -Headers @{ Authorization = 'Basic c3ZjOnB3' }", after, Error, "written in the script"},
		{"AUTH004", "Invoke-RestMethod -Uri \"http://$h/api\" -Authentication Basic -Credential $c", after, Error, "over plain HTTP"},
		{"AUTH004", "$b = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('svc:Pa55'))\nInvoke-RestMethod -Uri https://x -Headers @{ Authorization = \"Basic $b\" }", after, Error, "written in the script"},
		{"AUTH008", "Send-MailMessage -To a -SmtpServer smtp.office365.com -Credential $c", before, Error, "will be disabled by default"},
		{"AUTH008", "Send-MailMessage -To a -SmtpServer smtp.office365.com -Credential $c", after, Error, "disabled by default since"},
		{"MAIL008", "$j = $m | ConvertTo-Json\nInvoke-MgGraphRequest -Method POST -Uri https://graph.microsoft.com/v1.0/me/sendMail -Body $j", after, Note, "default 2"},
		{"MAIL009", "$r = $g.AppRoles | ? Value -eq 'Mail.Send'\nNew-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $s -PrincipalId $s -ResourceId $g.Id -AppRoleId $r.Id", after, Note, "any mailbox"},
		{"AUTH007", "Get-MsolUser -All", after, Error, "use Get-MgUser (Microsoft Graph)"},
		{"AUTH007", "Import-Module MSOnline", after, Error, "MSOnline is retired"},
	}
	for _, c := range cases {
		ds := runOneRule(t, c.id, c.src, c.asOf)
		if len(ds) != 1 {
			t.Errorf("%s %q: %d results, want 1", c.id, c.src, len(ds))
			continue
		}
		if ds[0].Level != c.level || !strings.Contains(ds[0].Message, c.text) {
			t.Errorf("%s %q: %s %q, want %s containing %q", c.id, c.src, ds[0].Level, ds[0].Message, c.level, c.text)
		}
	}
}

// Messages name the header variable, never the Base64 value.
func TestAUTH004NoSecretInMessage(t *testing.T) {
	src := "$h = @{ Authorization = 'Basic cmVwb3J0LWJvdDpPd2wtTmlnaHQtNTE1MA==' }\nInvoke-RestMethod -Uri https://x -Headers $h\n" +
		"$wc.Headers.Add('Authorization', 'Basic cmVwb3J0LWJvdDpPd2wtTmlnaHQtNTE1MA==')"
	for _, d := range runOneRule(t, "AUTH004", src, day(2026, 11, 22)) {
		if strings.Contains(d.Message, "cmVwb3J0") {
			t.Errorf("message leaks the credential: %s", d.Message)
		}
	}
}

func TestApprox(t *testing.T) {
	src := "$s = 'a@x.com'\n$u = \"https://graph.microsoft.com/v1.0/users/$sender/sendMail\"\n$v = 'https://h/' + $x + '/messages'\n$w = 'Basic {0}' -f $b\nf $u $v $w"
	f, _ := parser.ParseString("t.ps1", src)
	m := newModelForTest(f)
	c := m.Commands[len(m.Commands)-1]
	want := []string{"https://graph.microsoft.com/v1.0/users/" + gap + "/sendMail", "https://h/" + gap + "/messages", "Basic " + gap}
	i := 0
	for _, e := range c.Elements {
		a, ok := e.(*parser.Argument)
		if !ok {
			continue
		}
		got, _ := approx(m, a.X, c.Pos())
		if got != want[i] {
			t.Errorf("approx %d = %q, want %q", i, got, want[i])
		}
		i++
	}
	if h := uriHost("https://Outlook.Office365.com:443/powershell-liveid/?x=" + gap); h != "outlook.office365.com" {
		t.Errorf("uriHost = %q", h)
	}
	if h := uriHost("https://" + gap + ".contoso.com/x"); h != "" {
		t.Errorf("uriHost of unknown host = %q", h)
	}
}

func newModelForTest(f *parser.File) *semantic.Model { return semantic.New("t.ps1", f, nil) }

// A variable extended from its own earlier value ($u = "$u/…", $u += …).
func TestApproxSelfReference(t *testing.T) {
	src := "$u = 'https://graph.microsoft.com/v1.0/users/' + $id\n$u = \"$u/sendMail\"\n$v = 'https://h'\n$v += '/messages'\nf $u $v"
	f, _ := parser.ParseString("t.ps1", src)
	m := newModelForTest(f)
	c := m.Commands[len(m.Commands)-1]
	want := []string{"https://graph.microsoft.com/v1.0/users/" + gap + "/sendMail", "https://h/messages"}
	i := 0
	for _, e := range c.Elements {
		if a, ok := e.(*parser.Argument); ok {
			if got, _ := approx(m, a.X, c.Pos()); got != want[i] {
				t.Errorf("approx %d = %q, want %q", i, got, want[i])
			}
			i++
		}
	}
}
