package semantic

import (
	"reflect"
	"testing"
)

// TestMailFactsScope: the facts of one function are those of the code in
// its body; the file's facts cover every function and the script body.
func TestMailFactsScope(t *testing.T) {
	m := model(t, `function Send-OpsAlert {
    param([string] $Text, [pscredential] $Credential)
    Send-MailMessage -To ops@contoso.com -From svc@contoso.com -Subject $Text -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Credential
}
function Send-Report {
    Send-MgUserMail -UserId svc@contoso.com -BodyParameter @{}
}
function Get-Nothing { 'x' }
$c = New-Object System.Net.Mail.SmtpClient('relay.contoso.com', 25)
$c.Send('a@contoso.com', 'b@contoso.com', 's', 'b')
Send-OpsAlert -Text hi -Credential (Get-Credential)
`)
	byName := map[string]*MailFacts{}
	for _, fn := range m.Functions {
		byName[fn.Name] = m.MailFacts(fn, false)
	}
	alert := byName["Send-OpsAlert"]
	if !reflect.DeepEqual(alert.Methods, []string{MethodSendMailMessage}) ||
		!reflect.DeepEqual(alert.Hosts, []string{"smtp.office365.com"}) ||
		!reflect.DeepEqual(alert.Ports, []string{"587"}) ||
		!reflect.DeepEqual(alert.Credentials, []string{CredFuncParameter}) ||
		alert.TLSState != TLSStateNot12 || alert.TLS12 != "not ensured" {
		t.Errorf("Send-OpsAlert: %+v", alert)
	}
	if r := byName["Send-Report"]; !reflect.DeepEqual(r.Methods, []string{MethodGraph}) || r.TLSState != TLSStateNoSMTP {
		t.Errorf("Send-Report: %+v", r)
	}
	if n := byName["Get-Nothing"]; n.SendsMail() || n.Credentials != nil || n.TLSState != TLSStateNoSMTP {
		t.Errorf("Get-Nothing: %+v", n)
	}
	file := m.MailFacts(nil, false)
	if want := []string{MethodSendMailMessage, MethodSmtpClient, MethodGraph}; !reflect.DeepEqual(file.Methods, want) {
		t.Errorf("file methods %q, want %q", file.Methods, want)
	}
	if want := []string{"relay.contoso.com", "smtp.office365.com"}; !reflect.DeepEqual(file.Hosts, want) {
		t.Errorf("file hosts %q, want %q", file.Hosts, want)
	}
	if file.TLSState != TLSStateClear {
		t.Errorf("file TLS %q, want %q (the SmtpClient send has no EnableSsl)", file.TLSState, TLSStateClear)
	}
	if assumed := m.MailFacts(nil, true); assumed.TLS12 != "assumed (configured on the machines)" {
		t.Errorf("assumeTLS12: TLS12 %q", assumed.TLS12)
	}
}
