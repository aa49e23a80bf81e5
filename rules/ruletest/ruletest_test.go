package ruletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const send = "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com"

// TestCheckIsStrict: the harness fails the fixtures that it let pass.
func TestCheckIsStrict(t *testing.T) {
	cases := []struct {
		name, text string
		problem    string // "" = the fixture passes
	}{
		{"bad_ok.ps1", send + " # expect: MAIL001\n", ""},
		{"bad_pattern.ps1", send + ` # expect: MAIL001 "is obsolete"` + "\n", ""},
		{"bad_pattern_list.ps1", send + ` # expect: TLS003, MAIL001 "obsolete"` + "\n", ""},
		{"bad_pattern_miss.ps1", send + ` # expect: MAIL001 "no such words"` + "\n", "no MAIL001 finding matches"},
		{"bad_pattern_invalid.ps1", send + ` # expect: MAIL001 "(["` + "\n", "message pattern of MAIL001"},
		{"bad_no_expectation.ps1", send + "\n", "must expect at least one MAIL001 finding"},
		{"good_none_late.ps1", "# a comment\n# another\n# a third\n# expect-none: MAIL001\n" + send + "\n", "unexpected MAIL001 finding"},
		{"good_none_and_expect.ps1", "# expect-none: MAIL001\n" + send + " # expect: MAIL001\n", "next to expectations"},
		{"good_clean.ps1", "# expect-none: MAIL001\nGet-Date\n", ""},
	}
	dir := t.TempDir()
	for _, c := range cases {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		problems, err := Check(path, "MAIL001")
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(problems, "\n")
		switch {
		case c.problem == "" && got != "":
			t.Errorf("%s: unexpected problems:\n%s", c.name, got)
		case c.problem != "" && !strings.Contains(got, c.problem):
			t.Errorf("%s: want a problem with %q, got:\n%s", c.name, c.problem, got)
		}
	}
}
