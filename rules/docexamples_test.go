package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/parser"
)

// TestDocExamplesRun runs the examples of every rule page through their
// rule: each ```powershell block under "## Wrong" must get at least one
// finding of the rule, each block under "## Right" none. The pages teach
// with these examples; an example the rule does not judge as the page says
// would mislead the reader.
func TestDocExamplesRun(t *testing.T) {
	for _, r := range All() {
		doc := Doc(r.ID)
		for _, sec := range []struct {
			heading string
			wrong   bool
		}{{"## Wrong", true}, {"## Right", false}} {
			blocks := docSectionCode(doc, sec.heading)
			if len(blocks) == 0 {
				t.Errorf("%s: no powershell example under %q", r.ID, sec.heading)
			}
			for i, code := range blocks {
				f, err := parser.ParseString(r.ID+".ps1", code)
				if err != nil {
					t.Fatalf("%s: %v", r.ID, err)
				}
				id := r.ID
				ds, errs := Run(r.ID+".ps1", f, &Config{AsOf: docExamplesAsOf}, func(x *Rule) bool { return x.ID == id }, nil)
				for _, e := range errs {
					t.Errorf("%s %s example %d: %v", r.ID, sec.heading, i+1, e)
				}
				// A Right example may show a reviewed exception: a finding its
				// directive suppresses does not count.
				ApplySuppressions(f, ds, SuppressOptions{})
				ds = unsuppressed(ds)
				switch {
				case sec.wrong && len(ds) == 0:
					t.Errorf("%s: %s example %d gets no %s finding:\n%s", r.ID, sec.heading, i+1, r.ID, code)
				case !sec.wrong && len(ds) > 0:
					t.Errorf("%s: %s example %d gets %d %s finding(s), first: %s\n%s", r.ID, sec.heading, i+1, len(ds), r.ID, ds[0].Message, code)
				}
			}
		}
	}
}

// docExamplesAsOf is the date the examples run at (the fixtures' date).
var docExamplesAsOf = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// docSectionCode returns the ```powershell blocks of the section that
// starts with heading, up to the next "## " heading.
func docSectionCode(doc, heading string) []string {
	i := strings.Index(doc, "\n"+heading+"\n")
	if i < 0 {
		return nil
	}
	sec := doc[i+len(heading)+2:]
	if j := strings.Index(sec, "\n## "); j >= 0 {
		sec = sec[:j]
	}
	var out []string
	for _, b := range strings.Split(sec, "```powershell\n")[1:] {
		if code, _, ok := strings.Cut(b, "```"); ok {
			out = append(out, code)
		}
	}
	return out
}

func unsuppressed(ds []Diagnostic) []Diagnostic {
	var out []Diagnostic
	for _, d := range ds {
		if d.Suppressed == nil {
			out = append(out, d)
		}
	}
	return out
}
