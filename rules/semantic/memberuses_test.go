package semantic

import (
	"fmt"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

// TestMemberUsesStopAtReassignment: the uses of the object a variable
// holds end where the variable is assigned again in the same scope; a
// foreach variable or a use in another function does not end them.
func TestMemberUsesStopAtReassignment(t *testing.T) {
	cases := []struct {
		name, src string
		from      string // the uses are asked for from the end of the first match of this text
		want      []string
	}{
		{"straight", "$c = New-Object X\n$c.A = 1\n$c.Send()\n", "New-Object X", []string{"A", "Send"}},
		{"reassigned", "$c = New-Object X\n$c.A = 1\n$c = New-Object Y\n$c.B = 2\n$c.Send()\n", "New-Object X", []string{"A"}},
		{"second-object", "$c = New-Object X\n$c.A = 1\n$c = New-Object Y\n$c.B = 2\n$c.Send()\n", "New-Object Y", []string{"B", "Send"}},
		{"reassigned-in-branch", "$c = New-Object X\nif ($x) { $c = New-Object Y }\n$c.Send()\n", "New-Object X", nil},
		{"uses-own-old-value", "$c = New-Object X\n$c = Wrap $c.Inner()\n$c.Send()\n", "New-Object X", []string{"Inner"}},
		{"foreach-does-not-cut", "$c = New-Object X\nforeach ($c in $list) { }\n$c.Send()\n", "New-Object X", []string{"Send"}},
		{"other-function", "$c = New-Object X\nfunction F { $c = 1; $c.Other() }\n$c.Send()\n", "New-Object X", []string{"Send"}},
		{"in-function", "function F {\n$c = New-Object X\n$c.A = 1\n}\n$c.Send()\n", "New-Object X", []string{"A"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := model(t, tc.src)
			at := strings.Index(tc.src, tc.from) + len(tc.from)
			scope := m.scopeAt(at - 1)
			var got []string
			for _, u := range m.MemberUses("c", scope, at) {
				got = append(got, u.Member)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("MemberUses = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestClientPerSendSends: a client built anew before each send gives one
// send per Send call, with the host of its own construction (each
// construction followed every later Send before: n sends became n*(n+1)/2).
func TestClientPerSendSends(t *testing.T) {
	for _, kind := range []struct {
		name, unit string
		want       SendKind
	}{
		{"SmtpClient", "$c = New-Object System.Net.Mail.SmtpClient('smtp%d.contoso.com', 587)\n$c.Send('a@contoso.com', 'b@contoso.com', 's', 'b')\n", SmtpClient},
		{"MailKit", "$c = New-Object MailKit.Net.Smtp.SmtpClient\n$c.Connect('smtp%d.contoso.com', 587)\n$c.Send($m)\n", MailKit},
	} {
		t.Run(kind.name, func(t *testing.T) {
			var sb strings.Builder
			for i := 0; i < 5; i++ {
				fmt.Fprintf(&sb, kind.unit, i)
			}
			m := model(t, sb.String())
			var hosts []string
			for _, s := range m.Sends() {
				if s.Kind != kind.want || s.Connect {
					continue
				}
				if inv, ok := s.Node.(*parser.InvokeExpr); !ok || !strings.EqualFold(inv.Member.MemberName(), "send") {
					t.Fatalf("send at %s", m.Text(s.Node))
				}
				hosts = append(hosts, s.Host)
			}
			want := "[smtp0.contoso.com smtp1.contoso.com smtp2.contoso.com smtp3.contoso.com smtp4.contoso.com]"
			if fmt.Sprint(hosts) != want {
				t.Errorf("sends to %v, want %s", hosts, want)
			}
		})
	}
}
