package mailfacts

import (
	"reflect"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func parse(t *testing.T, src string) *semantic.Model {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("parse: %v %v", err, f.Errors)
	}
	return semantic.New("t.ps1", f, nil)
}

// TestFactsScope: the facts of one function are those of the code in
// its body; the file's facts cover every function and the script body.
func TestFactsScope(t *testing.T) {
	m := parse(t, `function Send-OpsAlert {
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
	byName := map[string]*Facts{}
	for _, fn := range m.Functions {
		byName[fn.Name] = Of(m, fn, false)
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
	file := Of(m, nil, false)
	if want := []string{MethodSendMailMessage, MethodSmtpClient, MethodGraph}; !reflect.DeepEqual(file.Methods, want) {
		t.Errorf("file methods %q, want %q", file.Methods, want)
	}
	if want := []string{"relay.contoso.com", "smtp.office365.com"}; !reflect.DeepEqual(file.Hosts, want) {
		t.Errorf("file hosts %q, want %q", file.Hosts, want)
	}
	if file.TLSState != TLSStateClear {
		t.Errorf("file TLS %q, want %q (the SmtpClient send has no EnableSsl)", file.TLSState, TLSStateClear)
	}
	if assumed := Of(m, nil, true); assumed.TLS12 != "assumed (configured on the machines)" {
		t.Errorf("assumeTLS12: TLS12 %q", assumed.TLS12)
	}
}
