package cli

import (
	"os"

	"golang.org/x/sys/windows"
)

// isatty reports a Windows console: GetConsoleMode fails on files, pipes
// and NUL.
func isatty(f *os.File) bool {
	var mode uint32
	return windows.GetConsoleMode(windows.Handle(f.Fd()), &mode) == nil
}

// ansiTerminal reports a console that draws ANSI escape sequences. Windows
// consoles do so only with virtual-terminal processing on, which we turn
// on here (Windows 10 1511 and later); where the console refuses it
// (older Windows, some hosts) the caller writes plain text instead.
func ansiTerminal(f *os.File) bool {
	h := windows.Handle(f.Fd())
	var mode uint32
	if windows.GetConsoleMode(h, &mode) != nil {
		return false
	}
	if mode&windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0 {
		return true
	}
	return windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING) == nil
}
