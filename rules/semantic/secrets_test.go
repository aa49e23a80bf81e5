package semantic

import (
	"reflect"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

// lastAssignValue returns the expression assigned by the last assignment.
func lastAssignValue(m *Model) parser.Expr {
	a := m.Assigns[len(m.Assigns)-1]
	if x := stmtExpr(a.Value); x != nil {
		return x
	}
	return &parser.ParenExpr{Span: parser.Span{Start: a.Value.Pos(), Stop: a.Value.End()}, X: a.Value}
}

func TestSecretOf(t *testing.T) {
	cases := []struct {
		name, src string
		text      string // "" = not literal-derived
		kind      SecretKind
		varName   string
	}{
		{"literal", "$x = 'Abc-123!'", "Abc-123!", SecretPlain, ""},
		{"variable", "$pw = 'Abc-123!'\n$x = $pw", "Abc-123!", SecretPlain, "pw"},
		{"concat", "$a = 'Abc'\n$x = $a + '-123!'", "Abc-123!", SecretPlain, "a"},
		{"expandable", "$a = 'Abc'\n$x = \"$a-123!\"", "Abc-123!", SecretPlain, "a"},
		{"expandable-alone", "$a = 'Abc-123!'\n$x = \"$a\"", "Abc-123!", SecretPlain, "a"},
		{"self-reference", "$a = 'Abc'\n$a = $a + '-123!'\n$x = $a", "Abc-123!", SecretPlain, "a"},
		{"convert", "$s = ConvertTo-SecureString 'Abc-123!' -AsPlainText -Force\n$x = $s", "Abc-123!", SecretSecure, ""},
		{"convert-piped", "$x = 'Abc-123!' | ConvertTo-SecureString -AsPlainText -Force", "Abc-123!", SecretSecure, ""},
		{"convert-no-plaintext", "$x = ConvertTo-SecureString 'Abc-123!'", "", 0, ""},
		{"convert-switch-off", "$x = ConvertTo-SecureString 'Abc-123!' -AsPlainText:$false", "", 0, ""},
		{"convert-shadowed", "function ConvertTo-SecureString { 'x' }\n$x = ConvertTo-SecureString 'Abc-123!' -AsPlainText", "", 0, ""},
		{"pscredential", "$s = ConvertTo-SecureString 'Abc-123!' -AsPlainText -Force\n$x = [pscredential]::new('u', $s)", "Abc-123!", SecretCredential, ""},
		{"new-object", "$x = New-Object PSCredential -ArgumentList 'u', ('Abc-123!' | ConvertTo-SecureString -AsPlainText -Force)", "Abc-123!", SecretCredential, ""},
		{"networkcredential-password", "$c = New-Object Net.NetworkCredential('u', 'Abc-123!')\n$x = $c.Password", "Abc-123!", SecretPlain, ""},
		{"securepassword", "$x = (New-Object Net.NetworkCredential('', 'Abc-123!')).SecurePassword", "Abc-123!", SecretSecure, ""},
		{"getnetworkcredential", "$c = [pscredential]::new('u', (ConvertTo-SecureString 'Abc-123!' -AsPlainText -Force))\n$x = $c.GetNetworkCredential().Password", "Abc-123!", SecretPlain, ""},
		{"username-is-not-secret", "$c = [Net.NetworkCredential]::new('user-name-1', 'Abc-123!')\n$x = $c.UserName", "", 0, ""},
		{"marshal", "$s = ConvertTo-SecureString 'Abc-123!' -AsPlainText -Force\n$x = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($s))", "Abc-123!", SecretPlain, ""},
		{"hashtable", "$cfg = @{ Password = 'Abc-123!' }\n$x = $cfg.Password", "Abc-123!", SecretPlain, "cfg.Password"},
		{"hashtable-nested", "$cfg = @{ Smtp = @{ Password = 'Abc-123!' } }\n$x = $cfg.Smtp.Password", "Abc-123!", SecretPlain, "cfg.Smtp.Password"},
		{"hashtable-mutation", "$cfg = @{}\n$cfg.Password = 'Abc-123!'\n$x = $cfg.Password", "Abc-123!", SecretPlain, "cfg.Password"},
		{"static-new-securepassword", "$x = [Net.NetworkCredential]::new('', 'Abc-123!').SecurePassword", "Abc-123!", SecretSecure, ""},
		{"new-object-splat", "$a = @{ TypeName = 'PSCredential'; ArgumentList = @('u', (ConvertTo-SecureString 'Abc-123!' -AsPlainText -Force)) }\n$x = New-Object @a", "Abc-123!", SecretCredential, ""},
		{"hashtable-index", "$cfg = @{ Password = 'Abc-123!' }\n$x = $cfg['Password']", "Abc-123!", SecretPlain, "cfg.Password"},
		{"param-default", "function f { param([string]$P = 'Abc-123!') $x = $P }", "Abc-123!", SecretPlain, "P"},
		{"param-no-default", "function f { param([string]$P) $x = $P }", "", 0, ""},
		{"env", "$x = $env:SMTP_PASSWORD", "", 0, ""},
		{"read-host", "$p = Read-Host -AsSecureString\n$x = [pscredential]::new('u', $p)", "", 0, ""},
		{"get-secret", "$x = [pscredential]::new('u', (Get-Secret -Name Smtp))", "", 0, ""},
		{"overwritten", "$p = 'Abc-123!'\n$p = $env:P\n$x = $p", "", 0, ""},
		{"unknown", "$x = $neverAssigned", "", 0, ""},
		{"guid", "$x = (New-Guid).Guid", "", 0, ""},
		{"empty-securestring", "$x = [pscredential]::new('anonymous', (New-Object SecureString))", "", 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := model(t, c.src)
			var x parser.Expr
			if strings.HasPrefix(c.name, "param") {
				x = m.Assigns[len(m.Assigns)-1].Value.(*parser.Pipeline).Elements[0].(*parser.CommandExpr).X
			} else {
				x = lastAssignValue(m)
			}
			o, ok := m.SecretOf(x)
			if c.text == "" {
				if ok {
					t.Fatalf("got origin %q, want none", o.Text)
				}
				return
			}
			if !ok {
				t.Fatalf("no origin, want %q", c.text)
			}
			if o.Text != c.text || o.Kind != c.kind || o.VarName != c.varName {
				t.Fatalf("got (%q, kind %d, var %q), want (%q, kind %d, var %q)", o.Text, o.Kind, o.VarName, c.text, c.kind, c.varName)
			}
			if o.Literal == nil || o.Literal.Pos() >= o.Literal.End() {
				t.Fatalf("origin has no literal location")
			}
		})
	}
}

func TestSecretNameWords(t *testing.T) {
	for in, want := range map[string][]string{
		"smtpPassword":   {"smtp", "password"},
		"SMTP_PASS_FILE": {"smtp", "pass", "file"},
		"SMTPPassword":   {"smtp", "password"},
		"NuGetApiKey":    {"nu", "get", "api", "key"},
		"pw1":            {"pw"},
		"env:BACKUP_PWD": {"backup", "pwd"},
		"client-secret":  {"client", "secret"},
	} {
		if got := SecretNameWords(in); !reflect.DeepEqual(got, want) {
			t.Errorf("SecretNameWords(%q) = %v, want %v", in, got, want)
		}
	}
	for name, want := range map[string]bool{
		"smtpPassword": true, "apiKey": true, "client_secret": true, "AccessKey": true, "pw1": true,
		"passwordPolicy": false, "tokenEndpoint": false, "compass": false, "bypassMode": false, "secretName": false,
		"apiKeyHeader": false, "key": false,
		"adminpassword": true, "smtppwd": true, "appsecret": true, "awsSecretKey": true, "env:SMTP_PASSWORD": true,
		"bypassmode": false, "passwordlastset": false, "nexttoken": false, "Adminpassword": false,
	} {
		if got := IsSecretName(name); got != want {
			t.Errorf("IsSecretName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPlaceholderSecret(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, " ": true, "<password>": true, "<your-key-here>": true, "***": true, "xxxxx": true, "XXX": true,
		"REPLACE_ME": true, "replaceme": true, "TODO": true, "ChangeMe": true,
		"P@ssw0rd": false, "xx-yy": false, "todo-later": false,
		"CHANGE_ME": true, "anonymous": true, "anonymous@example.com": true, "yourPassword": true, "ENTER-PASSWORD": true,
		"AUTHPASSWORD": true, "YOUR_SECRET": true, "?<sas-token>": true, "{password}": true, "%SMTP_PW%": true,
		"TextPassword": true, "SendGridToken": false, "ADMIN-PASSWORD-HERE": true, "password": true, "Secret": true,
		"myPassword": true, "UserPassword": true, "your-api-key-goes-here": true,
		"PSKeystorePass": false, "ContosoRelayPass": false, "SuperSecretPassword": false, "SampleRelayPassword": true,
		"PromptTheUserForThePasswordSomehow": true, "TempPassword": true, "testpassword": true,
		"passwordhidden": true, "pwhere": true,
		"Welcome": false, "Sunshine-Harbor": false, "securepass": false, "PASSWORD1": false, "Password1": false,
		"the quick brown relay": false, "anonymous-relay-7": false, "Ilikegmail.": false,
	} {
		if got := IsPlaceholderSecret(s); got != want {
			t.Errorf("IsPlaceholderSecret(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTemplateOrNotSecret: empty and 'anonymous' carry no secret (no
// finding at all); templates ask for a secret to be pasted (a note).
func TestTemplateOrNotSecret(t *testing.T) {
	for s, want := range map[string][2]bool{ // NotASecret, IsTemplateSecret
		"": {true, false}, "anonymous": {true, false}, "anonymous@example.com": {true, false},
		"<password>": {false, true}, "myPassword": {false, true}, "PSKeystorePass": {false, false}, "P@ssw0rd": {false, false},
	} {
		if got := [2]bool{NotASecret(s), IsTemplateSecret(s)}; got != want {
			t.Errorf("%q: NotASecret, IsTemplateSecret = %v, want %v", s, got, want)
		}
	}
}

func TestKeyLiteral(t *testing.T) {
	for src, want := range map[string]bool{
		"$x = (1..16)":                    true,
		"$k = 1..32\n$x = $k":             true,
		"$x = [byte[]](1, 2, 3)":          true,
		"[byte[]]$k = 7, 22, 91\n$x = $k": true,
		"$x = @(1, 2, 3)":                 true,
		"$x = [Text.Encoding]::UTF8.GetBytes('0123456789abcdef')": true,
		"$x = Get-Content key.bin":                                false,
		"$x = [IO.File]::ReadAllBytes('k')":                       false,
		"$x = New-Object byte[] 32":                               false,
		"$x = $env:KEY":                                           false,
	} {
		m := model(t, src)
		if got := m.KeyLiteral(lastAssignValue(m)) != nil; got != want {
			t.Errorf("KeyLiteral(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestClixmlOrigin(t *testing.T) {
	for src, want := range map[string]bool{
		"$c = Import-Clixml c.xml\n$x = $c":                        true,
		"$c = Import-Clixml c.xml\n$x = $c.GetNetworkCredential()": true,
		"$x = (Import-Clixml c.xml)":                               true,
		"$c = Import-Clixml c.xml\n$x = $c.Credential":             true,
		"$x = Get-Credential":                                      false,
		"$c = Get-AutomationPSCredential -Name x\n$x = $c":         false,
	} {
		m := model(t, src)
		if got := m.ClixmlOrigin(lastAssignValue(m)) != nil; got != want {
			t.Errorf("ClixmlOrigin(%q) = %v, want %v", src, got, want)
		}
	}
}
