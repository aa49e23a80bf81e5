package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

var (
	expectAuth     = regexp.MustCompile(`#\s*expect(-next-line)?\s*:\s*[A-Z0-9, ]*AUTH00\d`)
	secretHost     = regexp.MustCompile(`(?i)^[a-z0-9.-]+\.(com|local|net|org|io)$`)
	letterAndDigit = regexp.MustCompile(`[A-Za-z].*[0-9]|[0-9].*[A-Za-z]`)
)

// fixtureSecrets returns the secret literals of the AUTH fixtures: the
// literals the credential rules on the secret tracer (AUTH001, AUTH002,
// AUTH003, AUTH009) point at as the origin of a secret (the first related
// location of their findings, traced with SecretOf), and the
// string literals of six or more characters on the lines a fixture expects
// an AUTH finding on (`# expect: AUTH00…`, or the line after
// `# expect-next-line: AUTH00…`) that SecretOf traces, that are not
// placeholders (semantic.IsPlaceholderSecret) and that are not user names,
// host names, URLs or paths (the same test as rules/secrets_test.go).
func fixtureSecrets(t *testing.T, paths []string) map[string]string {
	t.Helper()
	out := map[string]string{} // secret -> where
	opts := &scan.Options{Config: &rules.Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)},
		Enabled: func(*rules.Rule) bool { return true }}
	for _, path := range paths {
		r := scan.File(path, opts)
		if r.File == nil {
			t.Fatalf("%s: %s", path, r.Skip)
		}
		m := semantic.New(path, r.File, nil)
		src := r.File.Source
		origins := map[int]bool{}
		for _, d := range r.Findings {
			// The rules on the shared secret tracer list the literal first.
			switch d.Rule {
			case "AUTH001", "AUTH002", "AUTH003", "AUTH009":
			default:
				continue
			}
			if len(d.Related) > 0 {
				origins[d.Related[0].Pos] = true
			}
		}
		lines := strings.Split(src.Text, "\n")
		expected := map[int]bool{} // 1-based lines expecting an AUTH finding
		for i, l := range lines {
			if mm := expectAuth.FindString(l); mm != "" {
				if strings.Contains(mm, "next-line") {
					expected[i+2] = true
				} else {
					expected[i+1] = true
				}
			}
		}
		parser.Inspect(r.File.Script, func(n parser.Node) bool {
			x, ok := n.(parser.Expr)
			if !ok {
				return true
			}
			lit, isLit := x.(*parser.StringLit)
			atOrigin := origins[x.Pos()]
			onExpectLine := isLit && expected[src.Position(x.Pos()).Line]
			if !atOrigin && !onExpectLine {
				return true
			}
			o, ok := m.SecretOf(x)
			if !ok || len(o.Text) < 6 || semantic.IsPlaceholderSecret(o.Text) {
				return true
			}
			if !atOrigin {
				v := lit.Value
				if strings.Contains(v, "@") || strings.HasPrefix(v, "http") || strings.Contains(v, `\`) ||
					secretHost.MatchString(v) || !letterAndDigit.MatchString(v) {
					return true
				}
			}
			out[o.Text] = path + ":" + itoa(src.Position(x.Pos()).Line)
			return true
		})
	}
	return out
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// TestNoSecretInAnyOutput scans every fixture of the AUTH rules and checks
// that no report format (text, text -v with suppressed findings, JSON,
// CSV, SARIF) contains any of their secret literals. SARIF's rule
// metadata (help pages written by us) is left out of the search: only what
// the report says about the scanned files counts.
func TestNoSecretInAnyOutput(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "rules", "AUTH00*", "*.ps1"))
	if len(paths) < 20 {
		t.Fatalf("only %d AUTH fixtures", len(paths))
	}
	secrets := fixtureSecrets(t, paths)
	t.Logf("%d secret literals in %d fixtures", len(secrets), len(paths))
	if len(secrets) < 30 {
		t.Fatalf("only %d secrets found in the fixtures: the test does not test", len(secrets))
	}
	dirs := map[string]bool{}
	for _, p := range paths {
		dirs[filepath.Dir(p)] = true
	}
	var args []string
	for d := range dirs {
		args = append(args, d)
	}
	sort.Strings(args)
	base := append([]string{"--as-of", "2026-11-22", "--enable", "TLS004", "--no-config", "--no-fail"}, args...)
	outputs := map[string]string{}
	for name, extra := range map[string][]string{
		"text":    {"--format", "text"},
		"text -v": {"--format", "text", "-v", "--show-suppressed"},
		"json":    {"--format", "json"},
		"csv":     {"--format", "csv", "--show-suppressed"},
		"sarif":   {"--format", "sarif"},
	} {
		out, errOut, code := run(t, "", append(extra, base...)...)
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", name, code, errOut)
		}
		if name == "sarif" {
			out = sarifWithoutRules(t, out)
		}
		outputs[name] = out + errOut
	}
	if !strings.Contains(outputs["json"], `"rule": "AUTH001"`) {
		t.Fatal("no AUTH001 finding in the JSON report")
	}
	for secret, where := range secrets {
		for name, out := range outputs {
			if i := strings.Index(out, secret); i >= 0 {
				t.Errorf("%s output contains the secret %q of %s: …%s…", name, secret, where, out[max(0, i-80):min(len(out), i+len(secret)+20)])
			}
		}
	}
}

// sarifWithoutRules drops the rule descriptors and taxonomies (our own help
// text) from a SARIF report.
func sarifWithoutRules(t *testing.T, data string) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(data), &doc); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	for _, run := range doc["runs"].([]any) {
		r := run.(map[string]any)
		delete(r["tool"].(map[string]any)["driver"].(map[string]any), "rules")
		delete(r, "taxonomies")
	}
	b, _ := json.Marshal(doc)
	return string(b)
}

// TestFixtureSecretsFound: the secret finder sees the catalog's example.
func TestFixtureSecretsFound(t *testing.T) {
	p := filepath.Join("..", "..", "..", "testdata", "rules", "AUTH001", "bad_catalog.ps1")
	if _, err := os.Stat(p); err != nil {
		t.Skip("fixture moved")
	}
	if s := fixtureSecrets(t, []string{p}); s["Autumn#2024"] == "" {
		t.Errorf("Autumn#2024 not found among %v", s)
	}
}
