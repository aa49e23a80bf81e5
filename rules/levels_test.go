package rules

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/parser"
)

// TestFixtureLevels: the fixture harness counts findings per line but not
// their level; these fixtures hold findings of one level only. Template
// placeholders must be notes (catalog AUTH001: "emit note 'placeholder
// secret' instead"), passphrases that only look like words keep the rule's
// full level, and session options that Connect-ExchangeOnline ignores
// (no -UseRPSSession) are notes while those a WinRM session uses are errors.
func TestFixtureLevels(t *testing.T) {
	for _, tc := range []struct {
		id, file string
		want     Level
	}{
		{"AUTH001", "bad_placeholders.ps1", Note},
		{"AUTH002", "bad_placeholders.ps1", Note},
		{"AUTH001", "bad_passphrases.ps1", Error},
		{"AUTH003", "bad_passphrases.ps1", Warning},
		{"TLS005", "bad_session_options_rest.ps1", Note},
		{"TLS005", "bad_session_options.ps1", Error},
	} {
		path := filepath.Join("..", "testdata", "rules", tc.id, tc.file)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseString(path, string(raw))
		if err != nil || len(f.Errors) > 0 {
			t.Fatalf("%s does not parse: %v %v", path, err, f.Errors)
		}
		id := tc.id
		ds, errs := Run(path, f, &Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}, func(r *Rule) bool { return r.ID == id }, nil)
		if len(errs) > 0 {
			t.Fatalf("%s: rule errors: %v", path, errs)
		}
		if len(ds) == 0 {
			t.Fatalf("%s: no %s finding", path, tc.id)
		}
		for _, d := range ds {
			if d.Level != tc.want {
				t.Errorf("%s:%d: %s level %v, want %v: %s", path, f.Source.Position(d.Pos).Line, tc.id, d.Level, tc.want, d.Message)
			}
		}
	}
}
