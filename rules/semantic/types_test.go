package semantic

import (
	"slices"
	"strings"
	"testing"
)

// TestTypeIs: TypeIs answers what a comparison with every one of
// TypeCandidates would (it compares without building the list), with and
// without using namespace lines, for qualified and short names, and
// refuses a short name that two imported namespaces both resolve.
func TestTypeIs(t *testing.T) {
	const smtp = "system.net.mail.smtpclient"
	const mk = "mailkit.net.smtp.smtpclient"
	for _, src := range []string{
		"'x'",
		"using namespace System.Net.Mail\n'x'",
		"using namespace MailKit.Net.Smtp\nusing namespace System.Net.Mail\n'x'",
		"using namespace System\n'x'",
	} {
		m := model(t, src)
		for _, name := range []string{"SmtpClient", "[SmtpClient]", "Net.Mail.SmtpClient", "System.Net.Mail.SmtpClient",
			" [system.net.mail.SMTPCLIENT[]] ", "Mail.SmtpClient", "MailKit.Net.Smtp.SmtpClient", "String", "system.string",
			"Collections.Generic.List[string]", "", "systemx.net.mail.smtpclient", "Net.Mail.SmtpClientX"} {
			for _, c := range []struct {
				full string
				alts []string
			}{{smtp, nil}, {smtp, []string{mk}}, {mk, []string{smtp}}, {"system.string", nil},
				{"system.collections.generic.list", nil}, {"system.net.mail.smtpclient.x", nil}} {
				cands := m.TypeCandidates(name)
				want := slices.Contains(cands, c.full)
				for _, alt := range c.alts {
					if slices.Contains(cands, alt) && !strings.Contains(name, ".") {
						want = false
					}
				}
				if got := m.TypeIs(name, c.full, c.alts...); got != want {
					t.Errorf("%q with %v: TypeIs(%q, %q, %v) = %v, want %v", src, m.Namespaces, name, c.full, c.alts, got, want)
				}
			}
		}
	}
	m := model(t, "using namespace MailKit.Net.Smtp\nusing namespace System.Net.Mail\n'x'")
	if m.TypeIs("SmtpClient", smtp, mk) || !m.TypeIs("SmtpClient", smtp) || !m.TypeIs("Net.Mail.SmtpClient", smtp, mk) {
		t.Error("a short name two namespaces resolve must be ambiguous, and only then")
	}
}
