package cli

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// failingClose is a report file whose writes succeed and whose Close
// fails, like a file on a network share that was full when the kernel
// flushed it.
type failingClose struct{ bytes.Buffer }

func (*failingClose) Close() error { return errors.New("disk quota exceeded") }

// TestOutputCloseError: an error from closing the --output file is an
// error of the run (exit 3, with a message), for the scan and the
// inventory alike; it used to be dropped and the run ended 0.
func TestOutputCloseError(t *testing.T) {
	old := createFile
	t.Cleanup(func() { createFile = old })
	createFile = func(string) (io.WriteCloser, error) { return &failingClose{}, nil }
	dir := tree(t)
	out := filepath.Join(t.TempDir(), "report")
	for _, args := range [][]string{
		{"--no-config", "--no-fail", "-o", out, dir},
		{"--no-config", "--no-fail", "--format", "sarif", "-o", out, dir},
		{"inventory", "--no-progress", "-o", out, dir},
	} {
		_, errOut, code := run(t, "", args...)
		if code != exitTrouble || !strings.Contains(errOut, "disk quota exceeded") {
			t.Errorf("%v: exit %d, want %d with the Close error\n%s", args, code, exitTrouble, errOut)
		}
	}
}
