package semantic

import (
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

func model(t *testing.T, src string) *Model {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Errors {
		t.Fatalf("syntax error: %s", f.ErrorString(e))
	}
	return New("t.ps1", f, nil)
}

func lastCommand(m *Model) *parser.Command { return m.Commands[len(m.Commands)-1] }

func TestBindSendMailMessage(t *testing.T) {
	cases := []struct {
		name, src string
		want      map[string]string // parameter -> value text ("" = present without value)
		ambiguous bool
		unknown   bool
	}{
		{"named", "Send-MailMessage -To a@x.com -From b@x.com -Subject s", map[string]string{"To": "a@x.com", "From": "b@x.com", "Subject": "s"}, false, false},
		{"positional", "Send-MailMessage a@x.com 'Subj' 'Body' relay.x -From b@x.com", map[string]string{"To": "a@x.com", "Subject": "'Subj'", "Body": "'Body'", "SmtpServer": "relay.x", "From": "b@x.com"}, false, false},
		{"prefix-and-alias", "Send-MailMessage -to a -Cred $c -Attachment x.log -BAH -ComputerName relay -sub s", map[string]string{"To": "a", "Credential": "$c", "Attachments": "x.log", "BodyAsHtml": "", "SmtpServer": "relay", "Subject": "s"}, false, false},
		{"switch-false", "Send-MailMessage -To a -UseSsl:$false", map[string]string{"To": "a", "UseSsl": "$false"}, false, false},
		{"ambiguous-prefix", "Send-MailMessage -To a -P 25", map[string]string{"To": "a"}, true, false},
		{"ambiguous-e", "Send-MailMessage -To a -E x", map[string]string{"To": "a"}, true, false},
		{"splat", "$p = @{ To = 'a'; ComputerName = 'relay' }\n$p.UseSsl = $true\n$p['Port'] = 587\nSend-MailMessage @p -Subject s",
			map[string]string{"To": "", "SmtpServer": "", "UseSsl": "", "Port": "", "Subject": "s"}, false, false},
		{"splat-removed", "$p = @{ To = 'a'; UseSsl = $true }\n$p.Remove('UseSsl')\nSend-MailMessage @p", map[string]string{"To": ""}, false, false},
		{"splat-unknown", "$p = Import-Clixml p.xml\nSend-MailMessage @p", map[string]string{}, false, true},
		{"splat-plus", "$p = @{ To = 'a' }\n$p += @{ From = 'b' }\nSend-MailMessage @p", map[string]string{"To": "", "From": ""}, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := model(t, c.src)
			b := m.Bind(lastCommand(m), Cmdlet("send-mailmessage"))
			if (len(b.Ambiguous) > 0) != c.ambiguous {
				t.Errorf("ambiguous = %v", b.Ambiguous)
			}
			if b.UnknownSplat != c.unknown {
				t.Errorf("unknown splat = %v", b.UnknownSplat)
			}
			if len(b.Args) != len(c.want) {
				var got []string
				for k := range b.Args {
					got = append(got, k)
				}
				t.Errorf("bound %v, want %d parameters", got, len(c.want))
			}
			for name, val := range c.want {
				a := b.Get(name)
				if a == nil {
					t.Errorf("-%s not bound", name)
					continue
				}
				if val != "" && (a.Expr == nil || m.Text(a.Expr) != val) {
					t.Errorf("-%s = %v, want %s", name, a.Expr, val)
				}
			}
		})
	}
}

func TestValues(t *testing.T) {
	cases := []struct{ src, want string }{
		{"$s = 'smtp.office365.com'\n$s", "smtp.office365.com"},
		{"$h = 'smtp'; $d = 'contoso.com'\n\"$h.$d\"", "smtp.contoso.com"},
		{"$a = 'x' + 'y'\n$a", "xy"},
		{"$f = '{0}@{1}' -f 'a', 'b.com'\n$f", "a@b.com"},
		{"$n = 5\n$n = 'later'\n$n", "later"},
		{"$u = 'https://h'\n$u = \"$u/sendMail\"\n$u", "https://h/sendMail"},
		{"$a = 'x'" + strings.Repeat("\n$a = $a + $a", 3) + "\n$a", "xxxxxxxx"},
		{"function f { $inner }\n$inner = 'script'\nf\n$inner", "script"},
	}
	for _, c := range cases {
		m := model(t, c.src)
		body := m.File.Script.Body
		x := StmtExpr(body[len(body)-1])
		v := m.Eval(x, x.Pos())
		if v.Kind != String || v.Str != c.want {
			t.Errorf("%q: got %v %q, want %q", c.src, v.Kind, v.Str, c.want)
		}
	}
	for src, want := range map[string]Kind{
		"if ($a) { $h = 'x' } else { $h = 'y' }\n$h":      Unknown,
		"if ($a) { $h = 'x' } else { $h = 'x' }\n$h":      Unknown, // conservative: bound only in branches
		"$h = 'x'\nif ($a) { $h = 'y' }\n$h":              Unknown,
		"$h = 'x'\nforeach ($i in 1..3) { $h = 'x' }\n$h": String,
		"$s = 'a'\n$null = { param($s) $s }\n$s":          String,
		"try { $t = 'x' } catch { $t = 'y' }\n$t":         Unknown,
	} {
		m := model(t, src)
		body := m.File.Script.Body
		x := StmtExpr(body[len(body)-1])
		if v := m.Eval(x, x.Pos()); v.Kind != want {
			t.Errorf("%q: got kind %v, want %v", src, v.Kind, want)
		}
	}
	// 40 doublings: memoised (linear time) and capped (no 2^40-byte string).
	big := model(t, "$a = 'x'"+strings.Repeat("\n$a = $a + $a", 40)+"\n$a")
	if v := big.LookupVar("a", len(big.Src)); v.Kind != Unknown {
		t.Errorf("a 2^40-character constant: got kind %v", v.Kind)
	}
	m := model(t, "param($p = 'x')\n$p")
	if v := m.LookupVar("p", len(m.Src)); v.Kind != Unknown {
		t.Errorf("a parameter is unknown, got %v", v.Kind)
	}
}

func TestEvalTLS(t *testing.T) {
	cases := []struct {
		rhs                              string
		weakOnly, weakMixed, ensures, rm bool
	}{
		{"[Net.SecurityProtocolType]::Tls12", false, false, true, false},
		{"'Tls11, Tls12'", false, true, true, false},
		{"3072", false, false, true, false},
		{"0xC00", false, false, true, false},
		{"240", true, false, false, false},
		{"'Ssl3', 'Tls'", true, false, false, false},
		{"[Net.SecurityProtocolType]'Tls'", true, false, false, false},
		{"12", true, false, false, false},
		{"0", false, false, true, false},
		{"[Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12", false, false, true, false},
		{"[Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11", false, true, false, false},
		{"[Net.ServicePointManager]::SecurityProtocol -band -bnot [Net.SecurityProtocolType]::Tls12", false, false, false, true},
		{"[Enum]::Parse([Net.SecurityProtocolType], 'Tls12')", false, false, true, false},
		{"[System.Enum]::ToObject([System.Net.SecurityProtocolType], 768)", true, false, false, false},
		{"3072 -bor 768 -bor 192 -bor 48", false, true, true, false},
		{"Get-Protocol", false, false, false, false},
	}
	for _, c := range cases {
		m := model(t, "[Net.ServicePointManager]::SecurityProtocol = "+c.rhs)
		ws := m.TLSWrites()
		if len(ws) != 1 {
			t.Fatalf("%s: %d writes", c.rhs, len(ws))
		}
		v := ws[0].Value
		if v.WeakOnly() != c.weakOnly || v.WeakMixed() != c.weakMixed || v.Ensures12() != c.ensures || v.Removes12() != c.rm {
			t.Errorf("%s: weakOnly=%v weakMixed=%v ensures12=%v removes12=%v (%+v)", c.rhs, v.WeakOnly(), v.WeakMixed(), v.Ensures12(), v.Removes12(), v)
		}
	}
	if len(model(t, "$client.SecurityProtocol = 'Tls'").TLSWrites()) != 0 {
		t.Error("an instance property is not ServicePointManager")
	}
}

func TestClassifyGuard(t *testing.T) {
	cases := map[string]Guard{
		"$PSVersionTable.PSVersion.Major -lt 6":   GuardDesktop,
		"$PSVersionTable.PSEdition -eq 'Desktop'": GuardDesktop,
		"-not $IsCoreCLR":                         GuardDesktop,
		"$PSVersionTable.PSEdition -eq 'Core'":    GuardCore,
		"$IsCoreCLR":                              GuardCore,
		"$PSVersionTable.PSVersion.Major -ge 7":   GuardCore,
		"$ModernTls":                              GuardUnknown,
	}
	for cond, want := range cases {
		m := model(t, "if ("+cond+") { 1 }")
		s := m.File.Script.Body[0].(*parser.IfStmt)
		if got := m.ClassifyGuard(s.Clauses[0].Cond); got != want {
			t.Errorf("%s: got %v, want %v", cond, got, want)
		}
	}
}

func TestResolve(t *testing.T) {
	m := model(t, strings.Join([]string{
		"Send-MailMessage -To a",                               // cmdlet: before the shadowing function
		"function Send-MailMessage { param($To) }",             //
		"Send-MailMessage -To b",                               // the function
		"Microsoft.PowerShell.Utility\\Send-MailMessage -To c", // the cmdlet
		"Set-Alias Notify Send-MailMessage",                    //
		"Notify -To d",                                         // alias -> the function now
		"irm https://x",                                        // alias of Invoke-RestMethod
	}, "\n"))
	want := []struct {
		builtin bool
		name    string
	}{{true, "send-mailmessage"}, {false, "send-mailmessage"}, {true, "send-mailmessage"}, {true, "set-alias"}, {false, "send-mailmessage"}, {true, "invoke-restmethod"}}
	for i, c := range m.Commands {
		r := m.Resolve(c)
		if r.Builtin != want[i].builtin || r.Name != want[i].name {
			t.Errorf("%s: got %+v, want %+v", m.Text(c), r, want[i])
		}
	}
}
