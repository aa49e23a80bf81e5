package cli

import (
	"os"
	"syscall"
	"unsafe"
)

// isatty asks the terminal driver (TCGETS): /dev/null, also a character
// device, is not a terminal.
func isatty(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}

// ansiTerminal reports a terminal; Unix terminals draw ANSI sequences.
func ansiTerminal(f *os.File) bool { return isatty(f) }
