// Package ruletest runs rule fixtures: testdata/rules/ID/{bad,good}*.ps1.
//
// A line ending in `# expect: ID[, ID…]` must get exactly one finding of the
// rule under test starting on that line; `# expect-next-line: ID` on a line
// of its own expects it on the next line (for a first line that cannot carry
// a comment, such as one continued with a backtick); `# expect-none: ID` in
// the first three lines forbids any finding of ID. Expectations are read
// from the comment tokens of psmailscan's own lexer, so `# expect:` inside a
// string is not an expectation. A finding nobody expected fails, and so does
// an expectation nobody met. Other files in the folder (lib_*.ps1) are not
// checked themselves; fixtures may dot-source them.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// AsOf is the fixed date fixtures run at, so date-dependent levels never
// change a test result.
var AsOf = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

var expectRe = regexp.MustCompile(`(?i)^#\s*expect(-next-line|-none)?\s*:\s*([A-Z0-9_, ]+)`)

// relatedRe marks a line that must be a related location of one of the
// rule's findings (MAIL005 lists every EWS use of a site that way).
var relatedRe = regexp.MustCompile(`(?i)^#\s*related(-next-line)?\s*:\s*([A-Z0-9_, ]+)`)

// Expectation is one expected finding.
type Expectation struct {
	Line int
	Rule string
}

// Fixtures lists the fixture files of a rule folder: bad*.ps1 and good*.ps1.
func Fixtures(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := strings.ToLower(e.Name())
		if e.IsDir() || !(strings.HasPrefix(name, "bad") || strings.HasPrefix(name, "good")) {
			continue
		}
		switch filepath.Ext(name) {
		case ".ps1", ".psm1":
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// Check scans one fixture with only the rule enabled and returns every
// mismatch between findings and expectations as a message.
func Check(path, ruleID string) ([]string, error) {
	rule := rules.Lookup(ruleID)
	if rule == nil {
		return nil, fmt.Errorf("no rule %s", ruleID)
	}
	opts := &scan.Options{
		Config:  &rules.Config{AsOf: AsOf},
		Enabled: func(r *rules.Rule) bool { return r.ID == rule.ID },
	}
	res := scan.File(path, "", opts)
	if res.Status == "skipped" {
		return nil, fmt.Errorf("%s: skipped: %s", path, res.Reason)
	}
	var problems []string
	for _, e := range res.Errors {
		problems = append(problems, "syntax error: "+res.File.ErrorString(e))
	}
	for _, ie := range res.Internal {
		problems = append(problems, "internal error: "+ie)
	}
	want := map[int]int{} // line -> expected count
	wantRel := map[int]bool{}
	none := false
	for _, c := range res.File.Comments {
		if m := relatedRe.FindStringSubmatch(c.Text); m != nil {
			line := res.File.Source.Position(c.Pos()).Line
			if m[1] != "" {
				line++
			}
			for _, id := range strings.Split(m[2], ",") {
				if strings.EqualFold(strings.TrimSpace(id), rule.ID) {
					wantRel[line] = true
				}
			}
			continue
		}
		m := expectRe.FindStringSubmatch(c.Text)
		if m == nil {
			continue
		}
		line := res.File.Source.Position(c.Pos()).Line
		hit := false
		for _, id := range strings.Split(m[2], ",") {
			if strings.EqualFold(strings.TrimSpace(id), rule.ID) {
				hit = true
			}
		}
		if !hit {
			continue
		}
		switch strings.ToLower(m[1]) {
		case "-none":
			if line <= 3 {
				none = true
			}
		case "-next-line":
			want[line+1]++
		default:
			want[line]++
		}
	}
	got := map[int][]rules.Diagnostic{}
	gotRel := map[int]bool{}
	for _, d := range res.Findings {
		if d.Rule != rule.ID {
			continue
		}
		line := res.File.Source.Position(d.Pos).Line
		got[line] = append(got[line], d)
		for _, r := range d.Related {
			gotRel[res.File.Source.Position(r.Pos).Line] = true
		}
	}
	var relLines []int
	for l := range wantRel {
		relLines = append(relLines, l)
	}
	sort.Ints(relLines)
	for _, l := range relLines {
		if !gotRel[l] {
			problems = append(problems, fmt.Sprintf("%s:%d: expected a related location of a %s finding here", path, l, rule.ID))
		}
	}
	lines := map[int]bool{}
	for l := range want {
		lines[l] = true
	}
	for l := range got {
		lines[l] = true
	}
	var sorted []int
	for l := range lines {
		sorted = append(sorted, l)
	}
	sort.Ints(sorted)
	for _, l := range sorted {
		w, g := want[l], len(got[l])
		if none {
			w = 0
		}
		switch {
		case g > w:
			for _, d := range got[l] {
				problems = append(problems, fmt.Sprintf("%s:%d: unexpected %s finding: %s", path, l, rule.ID, d.Message))
			}
		case g < w:
			problems = append(problems, fmt.Sprintf("%s:%d: expected %d %s finding(s), got %d", path, l, w, rule.ID, g))
		}
	}
	return problems, nil
}

// Run checks every fixture of a rule folder as subtests.
func Run(t *testing.T, dir, ruleID string) {
	t.Helper()
	files, err := Fixtures(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("%s: no bad*.ps1 or good*.ps1 fixtures", dir)
	}
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			problems, err := Check(f, ruleID)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range problems {
				t.Error(p)
			}
		})
	}
}
