package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanFormats: every format of the table writes a report, and an
// unknown one is refused with the table's names.
func TestScanFormats(t *testing.T) {
	dir := tree(t)
	for _, f := range scanFormats {
		name := f.Name
		out, errOut, code := run(t, "", "--no-config", "--no-fail", "--format", name, dir)
		if code != exitOK || !strings.Contains(out, "send.ps1") {
			t.Errorf("--format %s: exit %d\n%s%s", name, code, out, errOut)
		}
	}
	if got := scanFormats.Names(); got != "text, json, sarif or csv" {
		t.Errorf("format names %q", got)
	}
	_, errOut, code := run(t, "", "--no-config", "--format", "xml", dir)
	if code != exitUsage || !strings.Contains(errOut, "text, json, sarif or csv") {
		t.Errorf("--format xml: exit %d %s", code, errOut)
	}
}

// TestInventoryFormats: every format of the inventory table writes a
// report, from `inventory` and from `merge`, and an unknown one is refused
// with the table's names by both.
func TestInventoryFormats(t *testing.T) {
	dir := tree(t)
	jsonOut, errOut, code := run(t, "", "inventory", "--no-config", "--no-progress", "-f", "json", dir)
	if code != exitOK {
		t.Fatalf("inventory -f json: exit %d %s", code, errOut)
	}
	saved := filepath.Join(t.TempDir(), "inv.json")
	if err := os.WriteFile(saved, []byte(jsonOut), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range inventoryFormats {
		out, errOut, code := run(t, "", "inventory", "--no-config", "--no-progress", "-f", f.Name, dir)
		if code != exitOK || !strings.Contains(out, "send.ps1") {
			t.Errorf("inventory -f %s: exit %d\n%s%s", f.Name, code, out, errOut)
		}
		merged, errOut, code := run(t, "", "merge", "-f", f.Name, saved)
		if code != exitOK || merged != out {
			t.Errorf("merge -f %s: exit %d, same as inventory: %v\n%s", f.Name, code, merged == out, errOut)
		}
	}
	for _, args := range [][]string{{"inventory", "--no-config", "-f", "xml", dir}, {"merge", "-f", "xml", saved}} {
		_, errOut, code := run(t, "", args...)
		if code != exitUsage || !strings.Contains(errOut, "csv, json or html") {
			t.Errorf("%s -f xml: exit %d %s", args[0], code, errOut)
		}
	}
}
