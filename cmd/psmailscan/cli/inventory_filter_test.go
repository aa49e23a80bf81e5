package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInventoryFilters: the inventory discovers as the scan does:
// --include, --exclude, --gitignore and the settings file's IncludePaths
// and ExcludePaths leave files out, and the summary line counts them.
func TestInventoryFilters(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"scripts/a.ps1", "scripts/b.ps1", "archive/old.ps1", "gen/out.ps1", "tools/t.ps1"} {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("Get-Date\n"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("gen/\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "PSMailScanSettings.psd1"), []byte("@{ ExcludePaths = @('tools/**', '*.psd1') }\n"), 0o644)
	out, errOut, code := run(t, "", "inventory", "--no-progress", "--gitignore", "--exclude", "archive/**", "--exclude", "scripts/b.ps1", dir)
	if code != exitOK {
		t.Fatalf("exit %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "a.ps1") {
		t.Errorf("rows:\n%s", out)
	}
	if !strings.Contains(errOut, "(2 files left out by --include, --exclude or .gitignore)") {
		t.Errorf("summary: %s", errOut)
	}
	if _, errOut, code := run(t, "", "inventory", "--exclude", "a/[b", dir); code != exitUsage || !strings.Contains(errOut, "invalid glob") {
		t.Errorf("bad glob: exit %d %s", code, errOut)
	}
}
