// Package cli implements the psmailscan command line: flag parsing,
// discovery of script files, the scan and its output formats.
package cli

import (
	"fmt"
	"io"

	"github.com/psmailscan/psmailscan/version"
)

// Exit codes, documented in README.md.
const (
	exitOK       = 0 // no findings at or above the threshold
	exitFindings = 1 // findings (for `parse`: files with syntax errors)
	exitUsage    = 2 // bad flags or arguments
	exitTrouble  = 3 // some files could not be read, or an internal error occurred
)

// Version is the psmailscan version (see package version), reported by
// --version, in SARIF, JSON and the inventory.
var Version = version.String()

// Main runs psmailscan with the given arguments (without the program name)
// and returns the process exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "scan":
			return runScan(args[1:], stdin, stdout, stderr)
		case "help":
			return runHelp(args[1:], stdin, stdout, stderr)
		case "parse":
			return runParse(args[1:], stdout, stderr)
		case "bench":
			return runBench(args[1:], stdout, stderr)
		case "inventory":
			return runInventory(args[1:], stdout, stderr)
		case "merge":
			return runMerge(args[1:], stdout, stderr)
		}
	}
	return runScan(args, stdin, stdout, stderr)
}

func usageError(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "psmailscan: "+format+"\n", a...)
	fmt.Fprintln(stderr, "run 'psmailscan --help' for usage")
	return exitUsage
}
