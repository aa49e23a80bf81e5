package cli

import (
	"strings"
	"testing"
)

// TestScanFormats: every format of the table writes a report, and an
// unknown one is refused with the table's names.
func TestScanFormats(t *testing.T) {
	dir := tree(t)
	for _, f := range scanFormats {
		name := f.name
		out, errOut, code := run(t, "", "--no-config", "--no-fail", "--format", name, dir)
		if code != exitOK || !strings.Contains(out, "send.ps1") {
			t.Errorf("--format %s: exit %d\n%s%s", name, code, out, errOut)
		}
	}
	if got := scanFormatNames(); got != "text, json, sarif or csv" {
		t.Errorf("format names %q", got)
	}
	_, errOut, code := run(t, "", "--no-config", "--format", "xml", dir)
	if code != exitUsage || !strings.Contains(errOut, "text, json, sarif or csv") {
		t.Errorf("--format xml: exit %d %s", code, errOut)
	}
}
