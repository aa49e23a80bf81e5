//go:build !linux

package cli

import "os"

// isatty reports a character device (a console on Windows and the BSDs).
func isatty(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
