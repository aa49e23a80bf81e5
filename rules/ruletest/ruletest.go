// Package ruletest runs rule fixtures: testdata/rules/ID/{bad,good}*.ps1.
//
// A line ending in `# expect: ID[, ID…]` must get exactly one finding of the
// rule under test starting on that line; an ID may be followed by a Go
// string literal holding a regular expression that the finding's message
// must match, as in `# expect: MAIL001 "obsolete"` (in the spirit of
// analysistest's `// want`). `# expect-next-line: ID` on a line of its own
// expects it on the next line (for a first line that cannot carry a
// comment, such as one continued with a backtick); `# expect-none: ID`
// anywhere in the file forbids any finding of ID, and is refused next to an
// expectation of the same rule. Expectations are read from the comment
// tokens of psmailscan's own lexer, so `# expect:` inside a string is not an
// expectation. A finding nobody expected fails, and so does an expectation
// nobody met. A bad*.ps1 fixture must expect at least one finding of its
// rule, and every rule folder needs both bad and good fixtures. Other files
// in the folder (lib_*.ps1) are not checked themselves; fixtures may
// dot-source them.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// AsOf is the fixed date fixtures run at, so date-dependent levels never
// change a test result.
var AsOf = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

var expectRe = regexp.MustCompile(`(?i)^#\s*expect(-next-line|-none)?\s*:\s*(.*)$`)

// expectItem is one rule ID of an expectation, with its message pattern.
type expectItem struct {
	id      string
	pattern *regexp.Regexp // nil: any message
}

var expectIDRe = regexp.MustCompile(`^[A-Za-z0-9_]+`)

// parseExpectItems reads `ID ["regexp"][, ID ["regexp"]]…`; text after the
// list (prose) ends it.
func parseExpectItems(s string) ([]expectItem, error) {
	var out []expectItem
	for {
		s = strings.TrimLeft(s, " \t,")
		id := expectIDRe.FindString(s)
		if id == "" {
			return out, nil
		}
		s = strings.TrimLeft(s[len(id):], " \t")
		it := expectItem{id: strings.ToUpper(id)}
		if strings.HasPrefix(s, `"`) {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("message pattern of %s: %v", id, err)
			}
			pat, _ := strconv.Unquote(q)
			if it.pattern, err = regexp.Compile(pat); err != nil {
				return nil, fmt.Errorf("message pattern of %s: %v", id, err)
			}
			s = s[len(q):]
		}
		out = append(out, it)
		if t := strings.TrimLeft(s, " \t"); !strings.HasPrefix(t, ",") {
			return out, nil
		}
	}
}

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
	res := scan.File(path, opts)
	if res.Status == scan.StatusSkipped {
		return nil, fmt.Errorf("%s: skipped: %s", path, res.Skip)
	}
	var problems []string
	for _, e := range res.Errors {
		problems = append(problems, "syntax error: "+res.File.ErrorString(e))
	}
	for _, ie := range res.Internal {
		problems = append(problems, "internal error: "+ie)
	}
	want := map[int][]*regexp.Regexp{} // line -> one entry per expected finding (nil: any message)
	wantRel := map[int]bool{}
	noneLine := 0
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
		items, err := parseExpectItems(m[2])
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s:%d: %v", path, line, err))
			continue
		}
		for _, it := range items {
			if it.id != rule.ID {
				continue
			}
			switch strings.ToLower(m[1]) {
			case "-none":
				noneLine = line
			case "-next-line":
				want[line+1] = append(want[line+1], it.pattern)
			default:
				want[line] = append(want[line], it.pattern)
			}
		}
	}
	none := noneLine > 0
	if none && len(want) > 0 {
		problems = append(problems, fmt.Sprintf("%s:%d: expect-none: %s next to expectations of %s findings", path, noneLine, rule.ID, rule.ID))
	}
	bad := strings.HasPrefix(strings.ToLower(filepath.Base(path)), "bad")
	if bad && (none || len(want) == 0) {
		problems = append(problems, fmt.Sprintf("%s: a bad fixture must expect at least one %s finding (# expect: %s)", path, rule.ID, rule.ID))
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
		w, g := len(want[l]), len(got[l])
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
		default:
			problems = append(problems, unmatchedPatterns(path, l, rule.ID, want[l], got[l])...)
		}
	}
	return problems, nil
}

// unmatchedPatterns pairs the message patterns expected on a line with
// distinct findings of that line and reports the patterns left over.
func unmatchedPatterns(path string, line int, id string, pats []*regexp.Regexp, got []rules.Diagnostic) []string {
	var problems []string
	used := make([]bool, len(got))
	for _, re := range pats {
		if re == nil {
			continue
		}
		found := false
		for i, d := range got {
			if !used[i] && re.MatchString(d.Message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			var msgs []string
			for _, d := range got {
				msgs = append(msgs, d.Message)
			}
			problems = append(problems, fmt.Sprintf("%s:%d: no %s finding matches %q; messages: %q", path, line, id, re, msgs))
		}
	}
	return problems
}

// Run checks every fixture of a rule folder as subtests.
func Run(t *testing.T, dir, ruleID string) {
	t.Helper()
	files, err := Fixtures(dir)
	if err != nil {
		t.Fatal(err)
	}
	var bad, good int
	for _, f := range files {
		if strings.HasPrefix(strings.ToLower(filepath.Base(f)), "bad") {
			bad++
		} else {
			good++
		}
	}
	if bad == 0 || good == 0 {
		t.Errorf("%s: %d bad*.ps1 and %d good*.ps1 fixtures; every rule needs both", dir, bad, good)
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
