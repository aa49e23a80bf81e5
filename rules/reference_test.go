package rules

import (
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite rules/README.md")

// TestReference: rules/README.md matches the registry and the doc pages.
func TestReference(t *testing.T) {
	want := ReferenceMarkdown()
	if *update {
		if err := os.WriteFile("README.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Error("rules/README.md is out of date: run go test ./rules -run TestReference -update")
	}
}
