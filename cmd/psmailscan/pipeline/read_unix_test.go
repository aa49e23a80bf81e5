//go:build unix

package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadDirectMatchesOS: the plain-system-call read gives what the os
// path gives, bytes or skip, on every kind of entry Read can meet.
func TestReadDirectMatchesOS(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fifo := filepath.Join(dir, "pipe.ps1")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "folder.ps1")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.ps1")
	if err := os.Symlink(write("target.ps1", "Get-Date"), link); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path string
		max  int64
	}{
		{write("small.ps1", "Send-MailMessage -To a@b.c"), 0},
		{write("empty.ps1", ""), 0},
		{write("big.ps1", strings.Repeat("# line\n", 5000)), 0},
		{write("limit.ps1", "1234567890"), 10},
		{write("over.ps1", "12345678901"), 10},
		{fifo, 0},
		{sub, 0},
		{link, 0},
		{filepath.Join(dir, "missing.ps1"), 0},
		{"/dev/null", 0},
	}
	for _, c := range cases {
		raw, skip, ok := readDirect(c.path, c.max)
		if !ok {
			t.Fatalf("%s: readDirect fell back to the os path", c.path)
		}
		want, wantSkip := readOS(FileEntry(c.path), c.max)
		if !bytes.Equal(raw, want) || skip != wantSkip {
			t.Errorf("%s (max %d): readDirect = %d bytes, %+v; os path = %d bytes, %+v", c.path, c.max, len(raw), skip, len(want), wantSkip)
		}
	}
	if _, _, ok := readDirect(strings.Repeat("a/", 3000)+"x.ps1", 0); ok {
		t.Error("a path longer than PATH_MAX must take the os path (os.Root)")
	}
}

// BenchmarkRead reads the benchmark scripts (testdata/bench) with the
// plain system calls and through the os package.
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "bench", "*.ps*1"))
	if len(files) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	b.Run("direct", func(b *testing.B) {
		for b.Loop() {
			for _, f := range files {
				if _, skip, _ := readDirect(f, 10<<20); skip.Skipped() {
					b.Fatal(skip)
				}
			}
		}
	})
	b.Run("os", func(b *testing.B) {
		for b.Loop() {
			for _, f := range files {
				if _, skip := readOS(FileEntry(f), 10<<20); skip.Skipped() {
					b.Fatal(skip)
				}
			}
		}
	})
}
