package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

// TestNilConfig: every rule runs on its bad fixtures with a nil Config
// (the defaults of Config.OrDefault) without failing, and still reports.
// AUTH006, AUTH008, EXO005, MAIL003 and TLS003 read the Config without a
// check and panicked, which the runner turned into internal errors, while
// MAIL005 fell back to a date of its own.
func TestNilConfig(t *testing.T) {
	for _, r := range All() {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", r.ID, "bad_*.ps1"))
		if len(paths) == 0 {
			t.Errorf("%s: no bad fixture", r.ID)
		}
		reported := false
		for _, path := range paths {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseString(path, string(src))
			if err != nil {
				t.Fatal(err)
			}
			id := r.ID
			ds, errs := Run(path, f, nil, func(x *Rule) bool { return x.ID == id }, nil)
			for _, e := range errs {
				t.Errorf("%s: %s: %v", r.ID, path, e)
			}
			reported = reported || len(ds) > 0
		}
		if !reported {
			t.Errorf("%s: no finding on its bad fixtures with the default Config", r.ID)
		}
	}
}
