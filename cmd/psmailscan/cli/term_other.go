//go:build !linux && !windows

package cli

import "os"

// isatty reports a character device (a terminal on macOS and the BSDs).
func isatty(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ansiTerminal reports a terminal; Unix terminals draw ANSI sequences.
func ansiTerminal(f *os.File) bool { return isatty(f) }
