package parser

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTreeSitterCorpus parses every example of tree-sitter-powershell's
// test corpus (test/corpus/*.txt in a checkout named by the environment
// variable PSMAILSCAN_TS_CORPUS; skipped when it is not set, so nothing of
// it is part of this repository or of CI). Each example is a header line
// between === lines, the PowerShell input, a --- line and the expected
// tree; the inputs are valid PowerShell, so each must parse without error.
//
//	PSMAILSCAN_TS_CORPUS=/path/to/tree-sitter-powershell/test/corpus go test ./parser -run TestTreeSitterCorpus -v
func TestTreeSitterCorpus(t *testing.T) {
	dir := os.Getenv("PSMAILSCAN_TS_CORPUS")
	if dir == "" {
		t.Skip("PSMAILSCAN_TS_CORPUS is not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no *.txt under %s", dir)
	}
	total, failed := 0, 0
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range treeSitterExamples(string(raw)) {
			total++
			f, err := ParseString(ex.name, ex.src)
			if err != nil {
				t.Errorf("%s: %s: %v", filepath.Base(path), ex.name, err)
				failed++
				continue
			}
			if len(f.Errors) > 0 {
				failed++
				t.Errorf("%s: %q: %s\n%s", filepath.Base(path), ex.name, f.ErrorString(f.Errors[0]), ex.src)
			}
		}
	}
	t.Logf("tree-sitter corpus: %d of %d examples accepted", total-failed, total)
	if total == 0 {
		t.Fatal("no examples found")
	}
}

type treeSitterExample struct{ name, src string }

var (
	tsHeader = regexp.MustCompile(`(?m)^={3,}[ \t]*\r?\n(.*)\r?\n={3,}[ \t]*\r?\n`)
	tsDashes = regexp.MustCompile(`(?m)^-{3,}[ \t]*\r?$`)
)

// treeSitterExamples splits a tree-sitter corpus file into its examples.
func treeSitterExamples(text string) []treeSitterExample {
	var out []treeSitterExample
	heads := tsHeader.FindAllStringSubmatchIndex(text, -1)
	for i, h := range heads {
		end := len(text)
		if i+1 < len(heads) {
			end = heads[i+1][0]
		}
		body := text[h[1]:end]
		if d := tsDashes.FindStringIndex(body); d != nil {
			body = body[:d[0]]
		}
		out = append(out, treeSitterExample{name: strings.TrimSpace(text[h[2]:h[3]]), src: body})
	}
	return out
}
