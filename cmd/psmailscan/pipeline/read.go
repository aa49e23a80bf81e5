package pipeline

import (
	"errors"
	"io"
	"os"
	"syscall"
)

// testHookBeforeOpen, when set, runs before a file is opened (tests make
// files vanish or become unreadable between discovery and reading with it).
var testHookBeforeOpen func(path string) error

// Read reads an entry that discovery did not skip. It opens the file
// without blocking (a file replaced by a named pipe after discovery cannot
// hang the run), checks that what it opened is a regular file within max
// bytes (max <= 0: no limit) and reads it, stopping past the limit if the
// file grew. A file it cannot read gives a Skip, never an error to handle.
// Decoding (BOMs, UTF-16, binary content) is the parser's Decode.
func Read(e Entry, max int64) ([]byte, Skip) {
	if e.Skip.Skipped() {
		return nil, e.Skip
	}
	if testHookBeforeOpen != nil {
		if err := testHookBeforeOpen(e.Path); err != nil {
			return nil, openSkip(err)
		}
	}
	// By path first: the kernel resolves it in one call. Through the
	// folder's os.Root (one openat per component) only when the path is
	// longer than the system takes (PATH_MAX).
	if raw, skip, ok := readDirect(e.Path, max); ok {
		return raw, skip
	}
	return readOS(e, max)
}

// readOS is Read through the os package (and the folder's os.Root for a
// path longer than PATH_MAX).
func readOS(e Entry, max int64) ([]byte, Skip) {
	f, err := os.OpenFile(e.Path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil && e.root != nil && errors.Is(err, syscall.ENAMETOOLONG) {
		f, err = e.root.OpenFile(e.rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	}
	if err != nil {
		return nil, openSkip(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, Skip{SkipUnreadableFile, ErrText(err)}
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if max > 0 && st.Size() > max {
		return nil, TooLarge(max)
	}
	var r io.Reader = f
	if max > 0 {
		r = io.LimitReader(f, max+1)
	}
	raw := make([]byte, 0, st.Size()+512)
	for {
		n, err := r.Read(raw[len(raw):cap(raw)])
		raw = raw[:len(raw)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, Skip{SkipUnreadableFile, ErrText(err)}
		}
		if len(raw) == cap(raw) {
			raw = append(raw, 0)[:len(raw)]
		}
	}
	if max > 0 && int64(len(raw)) > max {
		return nil, TooLarge(max) // it grew while we read it
	}
	return raw, Skip{}
}
