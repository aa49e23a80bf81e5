package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every subcommand says what is wrong with its flags on stderr, with the
// hint to its own help, and exits 2; nothing goes to stdout.
func TestFlagErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		args []string
		want string // in stderr
		help string // the hint's command
	}{
		{[]string{"--bogus"}, "unknown flag: --bogus", "psmailscan --help"},
		{[]string{"scan", "--bogus"}, "unknown flag: --bogus", "psmailscan --help"},
		{[]string{"--format"}, "flag needs an argument: --format", "psmailscan --help"},
		{[]string{"-x"}, "unknown shorthand flag: 'x'", "psmailscan --help"},
		{[]string{"--jobs", "0", dir}, "--jobs wants a whole number of at least 1, not 0", "psmailscan --help"},
		{[]string{"--jobs", "-1", dir}, "--jobs wants a whole number of at least 1, not -1", "psmailscan --help"},
		{[]string{"--jobs", "two", dir}, `invalid argument "two" for "-j, --jobs"`, "psmailscan --help"},
		{[]string{"--max-file-size", "-5", dir}, "--max-file-size wants a whole number of at least 1, not -5", "psmailscan --help"},
		{[]string{"--as-of", "soon", dir}, `--as-of wants a date like 2026-12-31, not "soon"`, "psmailscan --help"},
		{[]string{"parse", "--bogus"}, "psmailscan: parse: unknown flag: --bogus", "psmailscan parse --help"},
		{[]string{"parse", "--jobs", "0", dir}, "parse: --jobs wants a whole number of at least 1, not 0", "psmailscan parse --help"},
		{[]string{"inventory", "--bogus"}, "psmailscan: inventory: unknown flag: --bogus", "psmailscan inventory --help"},
		{[]string{"inventory", "--format"}, "inventory: flag needs an argument: --format", "psmailscan inventory --help"},
		{[]string{"inventory", "--jobs", "-1", dir}, "inventory: --jobs wants a whole number of at least 1, not -1", "psmailscan inventory --help"},
		{[]string{"inventory", "--max-file-size", "0", dir}, "inventory: --max-file-size wants a whole number of at least 1, not 0", "psmailscan inventory --help"},
		{[]string{"merge", "--bogus"}, "psmailscan: merge: unknown flag: --bogus", "psmailscan merge --help"},
		{[]string{"merge", "-o"}, "merge: flag needs an argument: 'o' in -o", "psmailscan merge --help"},
		{[]string{"bench", "--bogus"}, "psmailscan: bench: unknown flag: --bogus", "psmailscan bench --help"},
		{[]string{"bench", "--copies", "0", dir}, "bench: --copies wants a whole number of at least 1, not 0", "psmailscan bench --help"},
		{[]string{"bench", "--jobs", "0", dir}, "bench: --jobs wants a whole number of at least 1, not 0", "psmailscan bench --help"},
		{[]string{"help", "nosuch"}, `help: unknown command "nosuch"`, "psmailscan --help"},
	}
	for _, c := range cases {
		out, errOut, code := run(t, "", c.args...)
		if code != exitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want exit 2 and nothing on stdout", c.args, code, out)
		}
		if !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "run '"+c.help+"' for usage") {
			t.Errorf("%v: stderr\n%s\nwant %q and the hint to %q", c.args, errOut, c.want, c.help)
		}
	}
}

// -h, --help and `help [command]` print the command's own usage on stdout
// and exit 0.
func TestHelp(t *testing.T) {
	cases := []struct {
		args []string
		want string // the usage line that only this command's help has
	}{
		{[]string{"--help"}, "usage: psmailscan [scan] [flags] [PATH...]"},
		{[]string{"-h"}, "usage: psmailscan [scan] [flags] [PATH...]"},
		{[]string{"help"}, "usage: psmailscan [scan] [flags] [PATH...]"},
		{[]string{"help", "scan"}, "usage: psmailscan [scan] [flags] [PATH...]"},
		{[]string{"scan", "--help"}, "usage: psmailscan [scan] [flags] [PATH...]"},
		{[]string{"parse", "--help"}, "usage: psmailscan parse "},
		{[]string{"help", "parse"}, "usage: psmailscan parse "},
		{[]string{"inventory", "-h"}, "usage: psmailscan inventory "},
		{[]string{"help", "inventory"}, "usage: psmailscan inventory "},
		{[]string{"merge", "--help"}, "usage: psmailscan merge "},
		{[]string{"help", "merge"}, "usage: psmailscan merge "},
		{[]string{"bench", "--help"}, "usage: psmailscan bench "},
		{[]string{"help", "bench"}, "usage: psmailscan bench "},
	}
	for _, c := range cases {
		out, errOut, code := run(t, "", c.args...)
		if code != exitOK || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
		if !strings.HasPrefix(out, c.want) || !strings.Contains(out, "\nflags:\n") || !strings.Contains(out, "--help") {
			t.Errorf("%v: stdout\n%s\nwant it to start with %q and list the flags", c.args, out, c.want)
		}
	}
}

func TestNoScriptFound(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"readme.txt": "x", "skip/a.ps1": mailLine})
	out, errOut, code := run(t, "", "--no-config", dir, "--exclude", "**/a.ps1")
	if code != exitOK || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if want := "psmailscan: no PowerShell file (.ps1, .psm1, .psd1) found; 1 file left out by --include, --exclude or .gitignore\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	empty := t.TempDir()
	_, errOut, code = run(t, "", "--no-config", empty)
	if code != exitOK || errOut != "psmailscan: no PowerShell file (.ps1, .psm1, .psd1) found\n" {
		t.Errorf("empty folder: exit %d, stderr %q", code, errOut)
	}
}

func TestSummaryPlural(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"one.ps1": "$c = New-Object Net.Mail.SmtpClient 'relay.contoso.com'\n"})
	_, errOut, _ := run(t, "", "--no-config", dir)
	if !strings.Contains(errOut, "psmailscan: 1 file, 1 finding,") {
		t.Errorf("summary: %q", errOut)
	}
	write(t, dir, map[string]string{"two.ps1": "Get-Date\n"})
	_, errOut, _ = run(t, "", "--no-config", "--disable", "MAIL,TLS,AUTH,EXO,HYB", dir)
	if !strings.Contains(errOut, "psmailscan: 2 files, 0 findings,") {
		t.Errorf("summary: %q", errOut)
	}
}

// One file named three ways is scanned once, reported under the first name.
func TestDuplicatePaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.ps1": mailLine})
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	out, errOut, _ := run(t, "", "--no-config", "a.ps1", "./a.ps1", filepath.Join(dir, "a.ps1"), ".")
	single, _, _ := run(t, "", "--no-config", "a.ps1")
	if out != single {
		t.Errorf("named four ways:\n%s\nnamed once:\n%s", out, single)
	}
	if !strings.Contains(errOut, "psmailscan: 1 file,") {
		t.Errorf("summary: %s", errOut)
	}
	report, _, _ := strings.Cut(out, "\n\nsummary by rule")
	for _, line := range strings.Split(strings.TrimSpace(report), "\n") {
		if !strings.HasPrefix(line, "a.ps1:") {
			t.Errorf("reported under another name: %s", line)
		}
	}
}

// --list-rules shows the level in force on --as-of next to the default.
func TestListRulesAsOf(t *testing.T) {
	row := func(out, id string) []string {
		m := regexp.MustCompile(`(?m)^` + id + `\s+(\S+)\s+(\S+)\s`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("%s missing from\n%s", id, out)
		}
		return m[1:]
	}
	before, _, _ := run(t, "", "--list-rules", "--as-of", "2026-06-30")
	after, _, _ := run(t, "", "--list-rules", "--as-of", "2026-12-07")
	for _, c := range []struct {
		id, before, after string
	}{
		{"MAIL005", "warning", "error"}, {"AUTH006", "warning", "error"}, {"MAIL001", "warning", "warning"},
	} {
		if got := row(before, c.id); got[0] != c.before || got[1] != "warning" {
			t.Errorf("%s on 2026-06-30: level %s default %s, want %s / warning", c.id, got[0], got[1], c.before)
		}
		if got := row(after, c.id); got[0] != c.after || got[1] != "warning" {
			t.Errorf("%s on 2026-12-07: level %s default %s, want %s / warning", c.id, got[0], got[1], c.after)
		}
	}
	if !strings.Contains(after, "in force on 2026-12-07") {
		t.Errorf("header does not name the date:\n%s", after)
	}
}

// --max-same caps identical findings per file with one "N more like" line.
func TestMaxSame(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"many.ps1": strings.Repeat("[Net.ServicePointManager]::SecurityProtocol = 'Tls'\n", 5)})
	out, _, _ := run(t, "", "--no-config", "--max-same", "2", dir)
	if n := strings.Count(out, ": error: SecurityProtocol is set to Tls only. [TLS001]\n"); n != 2 {
		t.Errorf("%d TLS001 lines, want 2:\n%s", n, out)
	}
	if !strings.Contains(out, "many.ps1: 3 more like \"SecurityProtocol is set to Tls only.\" [TLS001]\n") {
		t.Errorf("no 'more' line:\n%s", out)
	}
	if !strings.Contains(out, "  error    TLS001   ") || !strings.Contains(out, "     5\n") {
		t.Errorf("the summary counts every finding:\n%s", out)
	}
	if _, errOut, code := run(t, "", "--max-same", "0", dir); code != exitUsage || !strings.Contains(errOut, "--max-same wants a whole number of at least 1") {
		t.Errorf("--max-same 0: exit %d %s", code, errOut)
	}
}

// -v prints a detail's here-string lines at column 1, so the rewrite can be
// pasted as it is.
func TestIndentForPaste(t *testing.T) {
	in := "$body = @\"\n  line one\n\"@\n$x = @'\nraw\n'@\nSend-MgUserMail -UserId $u\n"
	want := "    $body = @\"\n  line one\n\"@\n    $x = @'\nraw\n'@\n    Send-MgUserMail -UserId $u"
	if got := indentForPaste(in, "    "); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
