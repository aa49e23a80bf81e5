package cli

import (
	"sort"
	"strings"
	"sync"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// keepLevel says how much of a scanned file the rest of the run reads.
type keepLevel int

const (
	// keepPositions: only the reports read the result, and they only turn
	// offsets into lines and columns.
	keepPositions keepLevel = iota
	// keepText: --diff and --fix also edit the whole text.
	keepText
)

// forReport cuts a scanned file's result down to what the rest of the run
// reads, as soon as the file is done, so that memory does not grow with the
// files already scanned: a file without findings or syntax errors keeps no
// parsed file at all; with keepPositions, a file with findings keeps a
// Source made of only the lines its offsets fall on (see positionsOnly),
// with keepText its whole Source (Result.Strip). Baseline fingerprints are
// computed by the scan itself.
//
// texts (may be nil) holds the run's copies of messages and rewrites: the
// same texts recur across the files of a tree, so each is kept once.
func forReport(r scan.Result, keep keepLevel, texts *textTable) scan.Result {
	r.Model = nil
	if r.File == nil {
		return r
	}
	if len(r.Findings) == 0 && len(r.Errors) == 0 {
		r.File = nil
		return r
	}
	if keep == keepText {
		r.Strip()
	} else {
		positionsOnly(&r, texts)
	}
	return r
}

// textTable keeps one copy of each text the results of a run keep
// (finding messages, details, rewrites), shared by the files that have
// the same: a tree copied K times keeps its texts once, not K times. Safe
// for concurrent use.
type textTable struct {
	mu sync.Mutex
	m  map[string]string
}

// get returns the table's copy of s (a copy of s the first time: s may
// be a slice of a file's text). A nil table clones s.
func (t *textTable) get(s string) string {
	if s == "" {
		return ""
	}
	if t == nil {
		return strings.Clone(s)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if c, ok := t.m[s]; ok {
		return c
	}
	if t.m == nil {
		t.m = map[string]string{}
	}
	c := strings.Clone(s)
	t.m[c] = c
	return c
}

// positionsOnly replaces the result's Source with a small one that gives
// every offset of the result (findings, related locations, fix edits,
// suppressions, syntax errors) the same line and column as the original:
// each line that holds an offset keeps its text up to its last offset,
// every other line becomes empty, and the offsets are moved accordingly.
// Lines, and columns counted in characters, are unchanged; the file's
// text, syntax tree and line table are released.
func positionsOnly(r *scan.Result, texts *textTable) {
	src := r.File.Source
	n := len(src.Text)
	var offs []*int
	add := func(p *int) {
		*p = max(0, min(*p, n)) // Position clamps the same way
		offs = append(offs, p)
	}
	// Copy before moving offsets: findings may share their slices.
	errs := make([]*parser.Error, len(r.Errors))
	for i, e := range r.Errors {
		c := *e
		c.Msg = texts.get(c.Msg)
		errs[i] = &c
		add(&c.Pos)
	}
	r.Errors = errs
	ds := make([]rules.Diagnostic, len(r.Findings))
	copy(ds, r.Findings)
	for i := range ds {
		d := &ds[i]
		d.Message, d.Detail = texts.get(d.Message), texts.get(d.Detail)
		add(&d.Pos)
		add(&d.End)
		d.Related = append([]rules.Related(nil), d.Related...)
		for j := range d.Related {
			d.Related[j].Message = texts.get(d.Related[j].Message)
			add(&d.Related[j].Pos)
			add(&d.Related[j].End)
		}
		d.Fixes = append([]rules.Fix(nil), d.Fixes...)
		for j := range d.Fixes {
			fx := &d.Fixes[j]
			fx.Description = texts.get(fx.Description)
			fx.Edits = append([]rules.TextEdit(nil), fx.Edits...)
			for k := range fx.Edits {
				fx.Edits[k].NewText = texts.get(fx.Edits[k].NewText)
				add(&fx.Edits[k].Pos)
				add(&fx.Edits[k].End)
			}
		}
		if s := d.Suppressed; s != nil {
			c := *s
			c.Justification = texts.get(c.Justification)
			d.Suppressed = &c
			if c.Pos >= 0 {
				add(&d.Suppressed.Pos)
				add(&d.Suppressed.End)
			}
		}
	}
	r.Findings = ds

	// The longest prefix each line needs, then the small text.
	need := map[int]int{} // line -> bytes of the line to keep
	for _, p := range offs {
		line := src.Position(*p).Line
		need[line] = max(need[line], *p-src.LineStart(line))
	}
	lines := make([]int, 0, len(need))
	for l := range need {
		lines = append(lines, l)
	}
	sort.Ints(lines)
	var b strings.Builder
	start := map[int]int{} // line -> its offset in the small text
	cur := 1
	for _, l := range lines {
		for ; cur < l; cur++ {
			b.WriteByte('\n')
		}
		start[l] = b.Len()
		ls := src.LineStart(l)
		b.WriteString(src.Text[ls : ls+need[l]])
		// A kept prefix may end in the CR of a CR LF: this LF completes it.
		b.WriteByte('\n')
		cur = l + 1
	}
	for _, p := range offs {
		line := src.Position(*p).Line
		*p = start[line] + *p - src.LineStart(line)
	}
	small := &parser.Source{Path: src.Path, Text: texts.get(b.String()), Encoding: src.Encoding, CRLF: src.CRLF}
	r.File = &parser.File{Source: small, Errors: r.Errors}
}
