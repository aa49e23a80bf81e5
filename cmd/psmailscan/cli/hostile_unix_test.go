//go:build unix

package cli

import (
	"path/filepath"
	"syscall"
	"testing"
)

// addSpecialFiles adds a FIFO with a script name to dir; discovery lists
// it as skipped. It returns the expected report status by file name.
func addSpecialFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.ps1"), 0o644); err != nil {
		t.Logf("no FIFO: %v", err)
		return nil
	}
	return map[string]string{"fifo.ps1": "skipped: not a regular file (named pipe)"}
}

// specialFiles are paths that are not regular files: the FIFO made by
// addSpecialFiles and a character device.
func specialFiles(dir string) []string {
	out := []string{"/dev/null"}
	if p := filepath.Join(dir, "fifo.ps1"); fileExists(p) {
		out = append(out, p)
	}
	return out
}
