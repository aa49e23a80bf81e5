package rules

import (
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

// TestDocExamplesParse: every ```powershell block of every rule page is
// valid PowerShell for our parser, and every page has the sections users rely on.
func TestDocExamplesParse(t *testing.T) {
	entries, err := docsFS.ReadDir("docs")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), ".md")
		doc := Doc(id)
		for _, section := range []string{"# " + id + " ", "## Why it matters", "## Wrong", "## Right", "## How to fix", "## Not reported"} {
			if !strings.Contains(doc, section) {
				t.Errorf("%s: missing %q", e.Name(), section)
			}
		}
		blocks := strings.Split(doc, "```powershell\n")
		for i, b := range blocks[1:] {
			code, _, ok := strings.Cut(b, "```")
			if !ok {
				t.Errorf("%s: unterminated code block %d", e.Name(), i+1)
				continue
			}
			f, err := parser.ParseString(e.Name(), code)
			if err != nil {
				t.Fatalf("%s: %v", e.Name(), err)
			}
			for _, pe := range f.Errors {
				t.Errorf("%s block %d: %s", e.Name(), i+1, f.ErrorString(pe))
			}
		}
	}
}
