package scan

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// allRules enables every rule, the off-by-default ones too.
func allRules(*rules.Rule) bool { return true }

func fuzzOptions() *Options {
	return &Options{
		Config:  &rules.Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC), TrustedRelays: []string{"relay.contoso.com"}},
		Enabled: allRules,
	}
}

// fixtureFiles returns every script under testdata/ (rule fixtures,
// benchmark scripts, SARIF inputs).
func fixtureFiles(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(filepath.Join("..", "..", "..", "testdata"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch filepath.Ext(path) {
		case ".ps1", ".psm1", ".psd1":
			if raw, err := os.ReadFile(path); err == nil {
				out[path] = raw
			}
		}
		return nil
	})
	if len(out) == 0 {
		tb.Fatal("no scripts under testdata")
	}
	return out
}

// utf16LE encodes text as UTF-16 LE with a BOM, as Windows PowerShell ISE saved it.
func utf16LE(text string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// FuzzScanFile runs the whole scan of one file (decode, parse, semantic
// model, every rule): no panic, no internal error, every finding, related
// location, fix and suppression span inside the text with Pos <= End, and
// every syntax error inside the text.
func FuzzScanFile(f *testing.F) {
	n := 0
	for _, raw := range fixtureFiles(f) {
		f.Add(raw)
		if n%10 == 0 {
			f.Add(utf16LE(string(raw)))
		}
		n++
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkScan(t, raw)
	})
}

// checkScan scans raw as fuzz.ps1 and asserts the scan's invariants.
func checkScan(t testing.TB, raw []byte) Result {
	t.Helper()
	res := Bytes("fuzz.ps1", raw, fuzzOptions())
	if len(res.Internal) > 0 {
		t.Fatalf("internal error: %v%s", res.Internal, ruleStacks(raw))
	}
	switch res.Status {
	case StatusOK, StatusParseError:
	case StatusSkipped:
		if !res.Skip.Skipped() {
			t.Fatal("skipped without a reason")
		}
		if res.File != nil || len(res.Findings) > 0 {
			t.Fatal("a skipped file has a tree or findings")
		}
		return res
	default:
		t.Fatalf("status %q", res.Status)
	}
	src := res.File.Source
	n := len(src.Text)
	span := func(what string, pos, end int) {
		t.Helper()
		if pos < 0 || pos > end || end > n {
			t.Fatalf("%s: span [%d,%d) outside the text of %d bytes", what, pos, end, n)
		}
		src.Position(pos)
		src.Position(end)
	}
	for _, e := range res.Errors {
		if e.Msg == "" {
			t.Fatalf("syntax error without a message at %d", e.Pos)
		}
		span("syntax error "+e.Msg, e.Pos, e.Pos)
	}
	for _, d := range res.Findings {
		if d.Rule == "" || d.Message == "" || d.Level < rules.Note || d.Level > rules.Error {
			t.Fatalf("incomplete finding %+v", d)
		}
		span(d.Rule, d.Pos, d.End)
		for _, r := range d.Related {
			span(d.Rule+" related", r.Pos, r.End)
		}
		for _, fx := range d.Fixes {
			for _, e := range fx.Edits {
				span(d.Rule+" fix", e.Pos, e.End)
			}
		}
		if s := d.Suppressed; s != nil && s.Pos >= 0 {
			span(d.Rule+" suppression", s.Pos, s.End)
		}
	}
	return res
}

// ruleStacks re-runs the rules to print the stack of a failing rule.
func ruleStacks(raw []byte) string {
	src, err := parser.Decode("fuzz.ps1", raw)
	if err != nil {
		return ""
	}
	f, err := parser.Parse(src)
	if err != nil {
		var ie *parser.InternalError
		if errors.As(err, &ie) {
			return "\n" + ie.Stack
		}
		return ""
	}
	_, errs := rules.Run("fuzz.ps1", f, fuzzOptions().Config, allRules, NewLoader())
	out := ""
	for _, e := range errs {
		var re *rules.RuleError
		if errors.As(e, &re) {
			out += "\n" + re.Stack
		}
	}
	return out
}
