package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// command is one subcommand's flag set and the text of its help.
type command struct {
	name  string // "" for the default scan command
	fs    *pflag.FlagSet
	usage string // lines printed before the flag list
	notes string // lines printed after it (may be empty)
	help  bool   // -h or --help given
}

// newCommand makes a flag set that never prints by itself: pflag with
// ContinueOnError returns its error silently, so parse below says it.
func newCommand(name, usage, notes string) *command {
	fsName := "psmailscan"
	if name != "" {
		fsName += " " + name
	}
	fs := pflag.NewFlagSet(fsName, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c := &command{name: name, fs: fs, usage: usage, notes: notes}
	// Declared so that the flag list shows it; pflag then sets it instead
	// of returning ErrHelp, and parse checks it.
	fs.BoolVarP(&c.help, "help", "h", false, "print this help and exit")
	return c
}

// writeHelp prints the command's usage and flags.
func (c *command) writeHelp(w io.Writer) {
	fmt.Fprint(w, strings.TrimRight(c.usage, "\n")+"\n")
	fmt.Fprintln(w, "\nflags:")
	fmt.Fprint(w, c.fs.FlagUsages())
	if c.notes != "" {
		fmt.Fprint(w, "\n"+strings.TrimRight(c.notes, "\n")+"\n")
	}
}

// parse parses args. When the command must stop here it returns done and
// the exit code: help asked (-h, --help) goes to stdout with exit 0, so
// `psmailscan --help | less` works; a flag error is said on stderr with a
// hint, exit 2.
func (c *command) parse(args []string, stdout, stderr io.Writer) (code int, done bool) {
	err := c.fs.Parse(args)
	switch {
	case err == nil && !c.help:
		return exitOK, false
	case err == nil || err == pflag.ErrHelp:
		c.writeHelp(stdout)
		return exitOK, true
	}
	return c.usageError(stderr, "%v", err), true
}

// usageError says what is wrong with the command line and how to get help.
func (c *command) usageError(stderr io.Writer, format string, a ...any) int {
	prefix := "psmailscan: "
	if c.name != "" {
		prefix += c.name + ": "
	}
	fmt.Fprintf(stderr, prefix+format+"\n", a...)
	help := "psmailscan --help"
	if c.name != "" {
		help = "psmailscan " + c.name + " --help"
	}
	fmt.Fprintf(stderr, "run '%s' for usage\n", help)
	return exitUsage
}

// atLeast refuses a number flag the user set below min (the defaults,
// such as --jobs 0 meaning all cores, are not the user's).
func (c *command) atLeast(stderr io.Writer, flag string, value int64, min int64) (int, bool) {
	if c.fs.Changed(flag) && value < min {
		return c.usageError(stderr, "--%s wants a whole number of at least %d, not %d", flag, min, value), true
	}
	return exitOK, false
}

// subcommands lists the commands `psmailscan help NAME` knows, each run
// with --help.
var subcommands = []string{"parse", "inventory", "merge", "bench"}

// runHelp implements `psmailscan help [command]`.
func runHelp(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runScan([]string{"--help"}, stdin, stdout, stderr)
	}
	if len(args) > 1 {
		return usageError(stderr, "help: name one command (%s)", strings.Join(subcommands, ", "))
	}
	for _, s := range subcommands {
		if args[0] == s {
			return Main([]string{s, "--help"}, stdin, stdout, stderr)
		}
	}
	if args[0] == "scan" {
		return runScan([]string{"--help"}, stdin, stdout, stderr)
	}
	return usageError(stderr, "help: unknown command %q (commands: scan, %s)", args[0], strings.Join(subcommands, ", "))
}

// counted writes n and the noun, with an s unless n is 1 (nouns whose
// plural is not noun+"s" are not used).
func counted(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
