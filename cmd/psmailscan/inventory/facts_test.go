package inventory

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

func testOptions() *scan.Options {
	return &scan.Options{Config: &rules.Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)},
		Enabled: rules.EnabledByDefault, MaxFileSize: 10 << 20}
}

// scanScript writes one script and returns its row.
func scanScript(t *testing.T, name, text string) Row {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d := pipeline.Discover([]string{dir}, nil)
	defer d.Close()
	if len(d.Entries) != 1 {
		t.Fatalf("discovered %d entries", len(d.Entries))
	}
	return ScanEntry(d.Entries[0], testOptions())
}

func TestFacts(t *testing.T) {
	type want struct {
		methods, hosts, ports, creds, modules []string
		tls, tls12                            string
		weak                                  []string
		exo                                   bool
		verdict                               string
		reason                                string // substring of the verdict reason
	}
	cases := []struct {
		name, text string
		want       want
	}{
		{"smm-exo.ps1", `$cred = Get-Credential
Send-MailMessage -To ops@contoso.com -From app@contoso.com -Subject 'Report' -Body 'x' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
`, want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"smtp.office365.com"}, ports: []string{"587"},
			creds: []string{mailfacts.CredPrompt}, tls: mailfacts.TLSStateNot12, tls12: "not ensured", exo: true, verdict: VerdictRewrite}},
		{"smtpclient.ps1", `[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$c = Import-Clixml -Path C:\secure\smtp.xml
$smtp = New-Object System.Net.Mail.SmtpClient('mail.contoso.com', 587)
$smtp.EnableSsl = $true
$smtp.Credentials = $c.GetNetworkCredential()
$smtp.Send('a@contoso.com', 'b@contoso.com', 'subject', 'body')
`, want{methods: []string{mailfacts.MethodSmtpClient}, hosts: []string{"mail.contoso.com"}, ports: []string{"587"},
			creds: []string{mailfacts.CredClixml}, tls: mailfacts.TLSStateOK, tls12: "ensured", verdict: VerdictManual, reason: "SmtpClient"}},
		{"mailkit.ps1", `Add-Type -Path .\MailKit.dll
$client = New-Object MailKit.Net.Smtp.SmtpClient
$client.Connect('smtp.example.org', 465, [MailKit.Security.SecureSocketOptions]::SslOnConnect)
$client.Authenticate('user@example.org', 'S3cr3t!Passw0rd')
$client.Send($msg)
`, want{methods: []string{mailfacts.MethodMailKit}, hosts: []string{"smtp.example.org"}, ports: []string{"465"},
			creds: []string{mailfacts.CredLiteral}, tls: mailfacts.TLSStateOK, modules: []string{"MailKit.dll"}, verdict: VerdictReady}},
		{"cdo.ps1", `$m = New-Object -ComObject CDO.Message
$m.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserver') = 'relay.contoso.local'
$m.Configuration.Fields.Item('http://schemas.microsoft.com/cdo/configuration/smtpserverport') = 25
$m.Send()
`, want{methods: []string{mailfacts.MethodCDO}, hosts: []string{"relay.contoso.local"}, ports: []string{"25"},
			creds: []string{mailfacts.CredNone}, tls: mailfacts.TLSStateClear, verdict: VerdictManual, reason: "legacy COM"}},
		{"outlook.ps1", `$ol = New-Object -ComObject Outlook.Application
$mail = $ol.CreateItem(0)
$mail.Send()
`, want{methods: []string{mailfacts.MethodOutlook}, creds: []string{mailfacts.CredDefault}, tls: mailfacts.TLSStateNoSMTP, verdict: VerdictManual}},
		{"ews.ps1", `Add-Type -Path 'C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll'
$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService
$svc.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials('user@contoso.com', $env:EWS_PASSWORD)
$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'
`, want{methods: []string{mailfacts.MethodEWS}, creds: []string{"environment variable"}, tls: mailfacts.TLSStateNoSMTP, exo: true,
			modules: []string{"Microsoft.Exchange.WebServices.dll (EWS Managed API)"}, verdict: VerdictManual, reason: "EWS"}},
		{"graph.ps1", `Connect-MgGraph -ClientId $appId -TenantId $tenant -CertificateThumbprint $thumb
Send-MgUserMail -UserId 'app@contoso.com' -Message $message
`, want{methods: []string{mailfacts.MethodGraph}, creds: []string{"certificate"}, tls: mailfacts.TLSStateNoSMTP,
			modules: []string{"Microsoft.Graph.Authentication", "Microsoft.Graph.Users.Actions"}, verdict: VerdictReady, reason: "Graph"}},
		{"graph-rest.ps1", `Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/$sender/sendMail" -Headers $h -Body $json
`, want{methods: []string{mailfacts.MethodGraph}, creds: []string{"OAuth token"}, tls: mailfacts.TLSStateNoSMTP, verdict: VerdictReady}},
		{"exo-admin.ps1", `Connect-ExchangeOnline -AppId $app -CertificateThumbprint $t -Organization contoso.onmicrosoft.com
Get-InboundConnector | Format-Table
New-HybridConfiguration -ClientAccessServers EX01
`, want{tls: mailfacts.TLSStateNoSMTP, exo: true, modules: []string{"ExchangeOnlineManagement"}, verdict: VerdictNoMail, reason: "sends no mail"}},
		{"onprem-exchange.ps1", "Get-Mailbox -ResultSize Unlimited | Export-Csv m.csv\n",
			want{tls: mailfacts.TLSStateNoSMTP, modules: []string{"ExchangeOnlineManagement or Exchange Management Shell"}, verdict: VerdictNoMail, reason: "sends no mail"}},
		{"weak.ps1", "[Net.ServicePointManager]::SecurityProtocol = 'Tls, Tls11, Tls12'\n",
			want{tls: mailfacts.TLSStateNoSMTP, weak: []string{"Tls", "Tls11"}, verdict: VerdictNoMail, reason: "sends no mail"}},
		{"modules.ps1", `#Requires -Modules @{ModuleName='Az.Accounts'; ModuleVersion='2.0'}
using module PSWriteHTML
Import-Module .\lib\Helper.psm1
Get-ADUser -Filter *
`, want{tls: mailfacts.TLSStateNoSMTP, modules: []string{"ActiveDirectory", "Az.Accounts", "Helper", "PSWriteHTML"}, verdict: VerdictNoMail, reason: "sends no mail"}},
		{"splat.ps1", "param($Params)\nSend-MailMessage @Params\n",
			want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"unknown"}, ports: []string{"unknown"},
				creds: []string{mailfacts.CredSplat}, tls: mailfacts.TLSStateUnknown, verdict: VerdictManual, reason: "template"}},
		{"mailozaurr.ps1", `$s = @{ Server = 'smtp.office365.com'; Port = 587; From = 'a@contoso.com'; To = 'b@contoso.com'; Subject = 's'; Credential = $tok; oAuth2 = $true }
Send-EmailMessage @s
`, want{methods: []string{mailfacts.MethodMailKit}, hosts: []string{"smtp.office365.com"}, ports: []string{"587"},
			creds: []string{"OAuth token"}, tls: mailfacts.TLSStateOpportunistic, exo: true, modules: []string{"Mailozaurr"}, verdict: VerdictReady}},
		{"vault.ps1", `$cred = Get-Secret -Name SmtpCred
Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com -Credential $cred -UseSsl
`, want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"relay.contoso.com"}, ports: []string{"25"},
			creds: []string{mailfacts.CredVault}, tls: mailfacts.TLSStateNot12, tls12: "not ensured", modules: []string{"Microsoft.PowerShell.SecretManagement"}, verdict: VerdictRewrite}},
		{"literal.ps1", `$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pw)
Send-MailMessage -To a@contoso.com -From svc@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred
`, want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"smtp.office365.com"}, ports: []string{"587"},
			creds: []string{mailfacts.CredLiteral}, tls: mailfacts.TLSStateNot12, tls12: "not ensured", exo: true, verdict: VerdictRewrite}},
		{"encrypted.ps1", `$pw = Get-Content C:\secure\pw.txt | ConvertTo-SecureString
$cred = [pscredential]::new('svc', $pw)
Send-MailMessage -To a@contoso.com -From svc@contoso.com -Subject s -SmtpServer mail.contoso.com -Credential $cred
`, want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"mail.contoso.com"}, ports: []string{"25"},
			creds: []string{mailfacts.CredEncrypted}, tls: mailfacts.TLSStateClear, verdict: VerdictRewrite}},
		{"rps.ps1", `$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s
`, want{tls: mailfacts.TLSStateNoSMTP, exo: true, verdict: VerdictManual, reason: "Remote PowerShell"}},
		{"plain.ps1", "Get-ChildItem C:\\logs | Remove-Item\n", want{tls: mailfacts.TLSStateNoSMTP, verdict: VerdictNoMail, reason: "sends no mail"}},
		{"psemailserver.ps1", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s\n",
			want{methods: []string{mailfacts.MethodSendMailMessage}, hosts: []string{"unknown ($PSEmailServer)"}, ports: []string{"25"},
				creds: []string{mailfacts.CredNone}, tls: mailfacts.TLSStateClear, verdict: VerdictRewrite}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := scanScript(t, c.name, c.text)
			if r.Status != StatusOK {
				t.Fatalf("status %s %s", r.Status, r.Reason)
			}
			eq := func(what string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", what, got, want)
				}
			}
			w := c.want
			eq("sendMethods", r.SendMethods, w.methods)
			eq("sendsMail", r.SendsMail, len(w.methods) > 0)
			eq("smtpHosts", r.SMTPHosts, w.hosts)
			eq("smtpPorts", r.SMTPPorts, w.ports)
			eq("credentials", r.Credentials, w.creds)
			eq("modules", r.Modules, w.modules)
			eq("tls.state", r.TLS.State, w.tls)
			eq("tls.tls12", r.TLS.TLS12, w.tls12)
			eq("tls.weak", r.TLS.WeakProtocols, w.weak)
			eq("exo.relevant", r.EXO.Relevant, w.exo)
			eq("verdict", r.Verdict, w.verdict)
			if !strings.Contains(r.VerdictReason, w.reason) {
				t.Errorf("verdict reason %q lacks %q", r.VerdictReason, w.reason)
			}
			if len(r.InternalErrors) > 0 {
				t.Errorf("internal errors: %v", r.InternalErrors)
			}
		})
	}
}

// The verdict tells an exact rewrite from a template by the finding's
// GraphRewrite field, not by the wording of its detail.
func TestRewriteVerdict(t *testing.T) {
	exact := scanScript(t, "a.ps1", "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com\n")
	tmpl := scanScript(t, "b.ps1", "Send-MailMessage @p\n")
	if exact.Verdict != VerdictRewrite {
		t.Errorf("exact rewrite: verdict %q (%s)", exact.Verdict, exact.VerdictReason)
	}
	if tmpl.Verdict != VerdictManual || !strings.Contains(tmpl.VerdictReason, "template") {
		t.Errorf("template rewrite: verdict %q (%s)", tmpl.Verdict, tmpl.VerdictReason)
	}
}

// A script that sends no mail is "no mail", never "ready": the Ready card
// and the verdict counts of every format count senders only.
func TestVerdictNoMailApartFromReady(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"graph.ps1": "Send-MgUserMail -UserId 'app@contoso.com' -Message $m\n",
		"smm.ps1":   "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com\n",
		"plain.ps1": "Get-ChildItem C:\\logs | Remove-Item\n",
		"users.ps1": "Get-ADUser -Filter * | Export-Csv u.csv\n",
		"rps.ps1":   "$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d := pipeline.Discover([]string{dir}, nil)
	defer d.Close()
	rows, _ := Run(context.Background(), d.Entries, 2, testOptions(), nil, nil)
	rep := NewReport("test", "2026-11-22", 10<<20, rows)
	got := map[string]string{}
	for _, r := range rep.Scripts {
		got[filepath.Base(r.Path)] = r.Verdict
	}
	want := map[string]string{"graph.ps1": VerdictReady, "smm.ps1": VerdictRewrite, "plain.ps1": VerdictNoMail,
		"users.ps1": VerdictNoMail, "rps.ps1": VerdictManual} // a non-sender that needs work stays manual
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verdicts = %v, want %v", got, want)
	}
	wantCounts := map[string]int{VerdictReady: 1, VerdictRewrite: 1, VerdictNoMail: 2, VerdictManual: 1}
	if !reflect.DeepEqual(rep.Summary.ByVerdict, wantCounts) {
		t.Errorf("byVerdict = %v, want %v", rep.Summary.ByVerdict, wantCounts)
	}

	var csv, html bytes.Buffer
	if err := WriteCSV(&csv, rep); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(csv.String(), ",no mail,sends no mail;"); n != 2 {
		t.Errorf("%d CSV rows with verdict no mail, want 2:\n%s", n, csv.String())
	}
	if err := WriteHTML(&html, rep, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	card := func(class string) string {
		m := regexp.MustCompile(`<div class="figure ` + class + `"><div class="fv">(\d+)</div>`).FindStringSubmatch(html.String())
		if m == nil {
			t.Fatalf("no %s card", class)
		}
		return m[1]
	}
	if c := card("v-ready"); c != "1" {
		t.Errorf("Ready card says %s, want 1 (the Graph sender only)", c)
	}
	if c := card("v-no-mail"); c != "2" {
		t.Errorf("No mail card says %s, want 2", c)
	}
	if !strings.Contains(html.String(), `<option>no mail</option>`) {
		t.Error("the verdict filter has no \"no mail\" option")
	}
}

// Every credential shape the tracer follows has a name; "unknown" is left
// for values it cannot follow (a password property never set).
func TestCredentialSources(t *testing.T) {
	const client = "$client = New-Object System.Net.Mail.SmtpClient('smtp.contoso.com', 587)\n$client.EnableSsl = $true\n"
	const send = "\n$client.Send('a@contoso.com', 'b@contoso.com', 's', 'b')\n"
	smm := func(cred string) string {
		return "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com -UseSsl -Credential " + cred + "\n"
	}
	cases := []struct{ name, text, want string }{
		{"nc-new-object", client + "$client.Credentials = New-Object System.Net.NetworkCredential('user', 'Spr1ng-Relay#7')" + send, mailfacts.CredLiteral},
		{"nc-new", client + "$client.Credentials = [System.Net.NetworkCredential]::new('user', 'Spr1ng-Relay#7')" + send, mailfacts.CredLiteral},
		{"nc-property", client + "$client.Credentials = New-Object System.Net.NetworkCredential -Property @{ UserName = 'u'; Password = 'Spr1ng-Relay#7' }" + send, mailfacts.CredLiteral},
		{"nc-secret-var", "$pw = 'Spr1ng-Relay#7'\n" + client + "$client.Credentials = New-Object Net.NetworkCredential('u', $pw)" + send, mailfacts.CredLiteral},
		{"client-property", "$client = New-Object Net.Mail.SmtpClient -Property @{ Host = 'smtp.contoso.com'; EnableSsl = $true; Credentials = New-Object Net.NetworkCredential('u', 'Spr1ng-Relay#7') }" + send, mailfacts.CredLiteral},
		{"nc-script-param", "param($User, $Password)\n" + client + "$client.Credentials = New-Object Net.NetworkCredential($User, $Password)" + send, mailfacts.CredParameter},
		{"nc-function-param", "function Send-It($User, $Password) {\n" + client + "$client.Credentials = New-Object Net.NetworkCredential($User, $Password)" + send + "}\n", mailfacts.CredFuncParameter},
		{"nc-env", client + "$client.Credentials = New-Object Net.NetworkCredential($env:SMTP_USER, $env:SMTP_PASSWORD)" + send, mailfacts.CredEnv},
		{"nc-plain-file", "$pw = Get-Content C:\\secure\\pw.txt\n" + client + "$client.Credentials = New-Object Net.NetworkCredential('u', $pw)" + send, mailfacts.CredPlainFile},
		{"nc-read-host", "$pw = Read-Host -AsSecureString 'Password'\n" + client + "$client.Credentials = New-Object Net.NetworkCredential('u', $pw)" + send, mailfacts.CredReadHost},
		{"nc-filled-later", "$nc = New-Object Net.NetworkCredential\n$nc.UserName = 'u'\n$nc.Password = $env:RELAY_PASSWORD\n" + client + "$client.Credentials = $nc" + send, mailfacts.CredEnv},
		{"smm-user-name", smm("'svc@contoso.com'"), mailfacts.CredPrompt},
		{"smm-function", "$cred = Request-Credentials -UserName u\n" + smm("$cred"), mailfacts.CredFunction},
		{"smm-plaintext-switches-first", "$pw = ConvertTo-SecureString -AsPlainText -Force (Get-SecureSetting Smtp)\n$cred = New-Object PSCredential('u', $pw)\n" + smm("$cred"), mailfacts.CredFunction},
		{"smm-outside", smm("$RelayCredential"), mailfacts.CredOutside},
		{"smm-splat", "param($Mail)\nSend-MailMessage @Mail\n", mailfacts.CredSplat},
		{"ews-network-credential", "$s = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n$c = Get-Credential\n$s.Credentials = $c.GetNetworkCredential()\n", mailfacts.CredPrompt},
		{"ews-none", "$s = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n$s.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'\n", mailfacts.CredNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := scanScript(t, c.name+".ps1", c.text)
			if !reflect.DeepEqual(r.Credentials, []string{c.want}) {
				t.Errorf("credentials = %q, want [%q]", r.Credentials, c.want)
			}
			for _, src := range r.Credentials {
				if !slices.Contains(mailfacts.CredOrder, src) {
					t.Errorf("source %q is not in mailfacts.CredOrder", src)
				}
			}
			var buf bytes.Buffer
			if err := WriteJSON(&buf, NewReport("t", "2026-11-22", 1, []Row{r})); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(buf.String(), "Spr1ng-Relay#7") {
				t.Error("the secret is in the report")
			}
		})
	}
}
