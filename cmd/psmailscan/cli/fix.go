package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// fileFix is the rewritten text of one file.
type fileFix struct {
	path    string
	before  string
	after   string
	applied int // findings whose fix was applied
	skipped []string
}

// collectFixes applies, per file, the fixes of unsuppressed findings:
// identical edits (the Graph helpers several fixes insert) are made once,
// an edit overlapping one already taken is left out. Inserted line breaks
// follow the file's (CR LF or LF).
func collectFixes(results []scan.Result) []fileFix {
	var out []fileFix
	for _, r := range results {
		if r.File == nil {
			continue
		}
		var edits []rules.TextEdit
		seen := map[rules.TextEdit]bool{}
		ff := fileFix{path: r.Path, before: r.File.Source.Text}
		for _, d := range r.Findings {
			if d.Suppressed != nil || len(d.Fixes) == 0 {
				continue
			}
			ff.applied++
			for _, e := range d.Fixes[0].Edits {
				if !seen[e] {
					seen[e] = true
					edits = append(edits, e)
				}
			}
		}
		if len(edits) == 0 {
			continue
		}
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
		var sb strings.Builder
		last := 0
		for _, e := range edits {
			if e.Pos < last {
				ff.skipped = append(ff.skipped, fmt.Sprintf("an edit at byte %d overlaps another", e.Pos))
				continue
			}
			sb.WriteString(ff.before[last:e.Pos])
			text := e.NewText
			if r.File.Source.CRLF {
				text = strings.ReplaceAll(text, "\n", "\r\n")
			}
			sb.WriteString(text)
			last = e.End
		}
		sb.WriteString(ff.before[last:])
		ff.after = sb.String()
		out = append(out, ff)
	}
	return out
}

// writeDiffs prints the fixes as a unified diff, like `shellcheck -f diff`.
func writeDiffs(w io.Writer, fixes []fileFix) error {
	for _, f := range fixes {
		if _, err := io.WriteString(w, unifiedDiff(f.path, f.before, f.after)); err != nil {
			return err
		}
	}
	return nil
}

// applyFixes writes the fixed files back in their original encoding (BOM
// included). A file whose new text cannot be encoded is left unchanged.
func applyFixes(fixes []fileFix, results []scan.Result, stderr io.Writer) (changed []string) {
	enc := map[string]parser.Encoding{}
	for _, r := range results {
		enc[r.Path] = r.Encoding
	}
	for _, f := range fixes {
		data, err := parser.Encode(f.after, enc[f.path])
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: %s: not fixed: %v\n", f.path, err)
			continue
		}
		mode := os.FileMode(0o644)
		if st, err := os.Stat(f.path); err == nil {
			mode = st.Mode().Perm()
		}
		if err := os.WriteFile(f.path, data, mode); err != nil {
			fmt.Fprintf(stderr, "psmailscan: %s: not fixed: %v\n", f.path, err)
			continue
		}
		fmt.Fprintf(stderr, "psmailscan: %s: applied %d fix(es)\n", f.path, f.applied)
		changed = append(changed, f.path)
	}
	return changed
}

// unifiedDiff renders the difference between two texts with 3 lines of
// context. Lines are compared with a longest-common-subsequence table,
// computed only over the changed region (files differ in a few places).
func unifiedDiff(path, a, b string) string {
	al, bl := splitLines(a), splitLines(b)
	// Trim the common head and tail; only the middle needs the table.
	head := 0
	for head < len(al) && head < len(bl) && al[head] == bl[head] {
		head++
	}
	tail := 0
	for tail < len(al)-head && tail < len(bl)-head && al[len(al)-1-tail] == bl[len(bl)-1-tail] {
		tail++
	}
	am, bm := al[head:len(al)-tail], bl[head:len(bl)-tail]
	type op struct {
		kind byte // ' ', '-', '+'
		line string
		ai   int // index in al (for ' ' and '-')
	}
	var ops []op
	for i := 0; i < head; i++ {
		ops = append(ops, op{' ', al[i], i})
	}
	lcs := make([][]int32, len(am)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(bm)+1)
	}
	for i := len(am) - 1; i >= 0; i-- {
		for j := len(bm) - 1; j >= 0; j-- {
			if am[i] == bm[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else if lcs[i+1][j] >= lcs[i][j+1] {
				lcs[i][j] = lcs[i+1][j]
			} else {
				lcs[i][j] = lcs[i][j+1]
			}
		}
	}
	i, j := 0, 0
	for i < len(am) || j < len(bm) {
		switch {
		case i < len(am) && j < len(bm) && am[i] == bm[j]:
			ops = append(ops, op{' ', am[i], head + i})
			i, j = i+1, j+1
		case j < len(bm) && (i == len(am) || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, op{'+', bm[j], -1})
			j++
		default:
			ops = append(ops, op{'-', am[i], head + i})
			i++
		}
	}
	for k := len(al) - tail; k < len(al); k++ {
		ops = append(ops, op{' ', al[k], k})
	}
	// Group changes into hunks with 3 lines of context.
	const ctx = 3
	var sb strings.Builder
	slash := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		fmt.Fprintf(&sb, "--- %s\n+++ %s\n", slash, slash)
	} else {
		fmt.Fprintf(&sb, "--- a/%s\n+++ b/%s\n", slash, slash)
	}
	n := len(ops)
	for k := 0; k < n; {
		if ops[k].kind == ' ' {
			k++
			continue
		}
		start := max(0, k-ctx)
		end := k
		for end < n {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < n && ops[run].kind == ' ' {
				run++
			}
			if run < n && run-end <= 2*ctx {
				end = run
				continue
			}
			end = min(n, end+ctx)
			break
		}
		// Line numbers of the hunk.
		aStart, bStart, aCount, bCount := 0, 0, 0, 0
		aLine, bLine := 1, 1
		for x := 0; x < start; x++ {
			if ops[x].kind != '+' {
				aLine++
			}
			if ops[x].kind != '-' {
				bLine++
			}
		}
		aStart, bStart = aLine, bLine
		var body strings.Builder
		for x := start; x < end; x++ {
			o := ops[x]
			body.WriteByte(o.kind)
			body.WriteString(o.line)
			body.WriteByte('\n')
			if o.kind != '+' {
				aCount++
			}
			if o.kind != '-' {
				bCount++
			}
		}
		if aCount == 0 {
			aStart--
		}
		if bCount == 0 {
			bStart--
		}
		fmt.Fprintf(&sb, "@@ -%d,%d +%d,%d @@\n%s", aStart, aCount, bStart, bCount, body.String())
		k = end
	}
	return sb.String()
}

func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}
