package rules_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/ruletest"
)

// TestFixtures runs testdata/rules/ID/ for every rule. A folder whose rule
// is not implemented yet is reported as skipped, by name, never silently.
func TestFixtures(t *testing.T) {
	root := filepath.Join("..", "testdata", "rules")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		id := e.Name()
		t.Run(id, func(t *testing.T) {
			if rules.Lookup(id) == nil {
				t.Skipf("rule %s is not implemented yet; its fixtures wait in %s", id, filepath.Join(root, id))
			}
			ruletest.Run(t, filepath.Join(root, id), id)
		})
	}
}

// TestEveryRuleHasDocsAndFixtures: one rule, one doc page, one fixture folder.
func TestEveryRuleHasDocsAndFixtures(t *testing.T) {
	if len(rules.All()) == 0 {
		t.Fatal("no rules registered")
	}
	for _, r := range rules.All() {
		if rules.Doc(r.ID) == "" {
			t.Errorf("%s has no rules/docs/%s.md", r.ID, r.ID)
		}
		if rules.FullDescription(r.ID) == "" {
			t.Errorf("%s: the doc page has no description paragraph", r.ID)
		}
		files, err := ruletest.Fixtures(filepath.Join("..", "testdata", "rules", r.ID))
		if err != nil || len(files) == 0 {
			t.Errorf("%s has no fixtures in testdata/rules/%s", r.ID, r.ID)
		}
	}
}
