//go:build unix

package scan

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestLoaderSkipsSpecialFiles: a script that dot-sources a named pipe (or
// a device) is scanned without reading it: reading would block forever.
func TestLoaderSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.ps1"), 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "lib.ps1"), []byte("function Send-It { Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com }\n"), 0o644)
	main := filepath.Join(dir, "main.ps1")
	os.WriteFile(main, []byte(". ./pipe.ps1\n. /dev/zero\n. ./lib.ps1\nSend-It\n"), 0o644)
	done := make(chan Result, 1)
	go func() { done <- File(main, fuzzOptions()) }()
	select {
	case r := <-done:
		if r.Status != StatusOK || len(r.Internal) > 0 {
			t.Errorf("status %s, internal %v", r.Status, r.Internal)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the scan blocked on a dot-sourced FIFO")
	}
}
