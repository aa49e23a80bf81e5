package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

var secretRuleFolders = []string{"AUTH001", "AUTH002", "AUTH003", "AUTH009"}

var (
	expectMine     = regexp.MustCompile(`#\s*expect(-next-line)?\s*:\s*[A-Z0-9, ]*AUTH00[1239]`)
	hostName       = regexp.MustCompile(`^[a-z0-9.-]+\.(com|local|net|org)$`)
	letterAndDigit = regexp.MustCompile(`[A-Za-z].*[0-9]|[0-9].*[A-Za-z]`)
	quotedLit      = regexp.MustCompile(`'([^']{6,})'|"([^"$` + "`" + `]{6,})"`)
)

// fixtureSecrets returns the secrets of a fixture: every literal that
// AUTH001, AUTH002 or AUTH003 trace as the origin of a secret, and every
// quoted literal of six or more characters, mixing letters and digits, on a
// line expected to carry a finding of these rules (or the lines after an
// expect-next-line), except user names, paths and host names. Plain words
// on such lines ('Nightly' as a subject, 'client_secret' as a key) are not
// secrets: other rules may quote them.
func fixtureSecrets(t *testing.T, m *semantic.Model) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if len(s) >= 5 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, s := range auth001Sites(m) {
		add(s.Origin.Text)
	}
	for _, s := range auth002Sites(m) {
		add(s.Origin.Text)
	}
	for _, c := range auth003Candidates(m) {
		add(c.Origin.Text)
	}
	lines := strings.Split(m.Src, "\n")
	for i, l := range lines {
		if !expectMine.MatchString(l) {
			continue
		}
		target := l
		if strings.Contains(l, "expect-next-line") && i+1 < len(lines) {
			target = lines[i+1]
			// A continued or here-string statement: its next lines too.
			for j := i + 2; j < len(lines) && j < i+4; j++ {
				target += "\n" + lines[j]
			}
		}
		code := target
		if k := strings.Index(code, "# expect"); k >= 0 {
			code = code[:k]
		}
		for _, mm := range quotedLit.FindAllStringSubmatch(code, -1) {
			lit := mm[1] + mm[2]
			if strings.Contains(lit, "@") || strings.HasPrefix(lit, "http") || strings.Contains(lit, `\`) ||
				hostName.MatchString(lit) || !letterAndDigit.MatchString(lit) {
				continue
			}
			add(lit)
		}
	}
	return out
}

// TestSecretsNeverPrinted runs every rule over the fixtures of the credential
// rules and checks that no part of any finding contains a secret.
func TestSecretsNeverPrinted(t *testing.T) {
	cfg := &Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}
	checked := 0
	for _, id := range secretRuleFolders {
		dir := filepath.Join("..", "testdata", "rules", id)
		files, err := filepath.Glob(filepath.Join(dir, "*.ps1"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no fixtures", dir)
		}
		for _, path := range files {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src, err := parser.Decode(path, raw)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			m := semantic.New(path, f, nil)
			secrets := fixtureSecrets(t, m)
			diags, errs := Run(path, f, cfg, nil, nil)
			for _, e := range errs {
				t.Errorf("%s: %v", path, e)
			}
			for _, d := range diags {
				text := diagnosticText(d)
				for _, s := range secrets {
					checked++
					if strings.Contains(text, s) {
						t.Errorf("%s: %s finding at offset %d prints the secret %q:\n%s", path, d.Rule, d.Pos, s, text)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no secret was checked")
	}
}

// diagnosticText is every text field of a finding.
func diagnosticText(d Diagnostic) string {
	var sb strings.Builder
	sb.WriteString(d.Message + "\n" + d.Detail + "\n")
	for _, r := range d.Related {
		sb.WriteString(r.Message + "\n")
	}
	for _, fx := range d.Fixes {
		sb.WriteString(fx.Description + "\n")
		for _, e := range fx.Edits {
			sb.WriteString(e.NewText + "\n")
		}
	}
	for k, v := range d.Properties {
		sb.WriteString(k + "=" + fmt.Sprint(v) + "\n")
	}
	return sb.String()
}

func TestMaskSecret(t *testing.T) {
	for in, want := range map[string]string{"P@ssw0rd!": "P@…", "abcd": "…", "": "…", "äöüßx": "äö…"} {
		if got := semantic.MaskSecret(in); got != want {
			t.Errorf("MaskSecret(%q) = %q, want %q", in, got, want)
		}
	}
}
