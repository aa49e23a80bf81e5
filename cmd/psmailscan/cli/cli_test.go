package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

var updateGoldens = flag.Bool("update", false, "rewrite golden files")

func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// tree writes a small folder of scripts: a finding, a clean file, a syntax
// error, a binary .ps1, an upper-case extension and a non-script.
func tree(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"send.ps1":        "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c\n",
		"clean.ps1":       "Get-Date\n",
		"broken.ps1":      "if ($a) {\n",
		"sub/UPPER.PS1":   "[Net.ServicePointManager]::SecurityProtocol = 'Tls'\n",
		"notes.txt":       "Send-MailMessage -To x\n",
		"sub/module.psm1": "function f { 'x' }\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "binary.ps1"), append([]byte("MZ"), make([]byte, 300)...), 0o644)
	return dir
}

var lineRe = regexp.MustCompile(`^[^:]+:\d+:\d+: (note|warning|error): .+ \[[A-Za-z0-9-]+\]$`)

func TestScanText(t *testing.T) {
	dir := tree(t)
	out, errOut, code := run(t, "", "--as-of", "2026-11-22", dir)
	if code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"send.ps1:1:1: warning: Send-MailMessage to 'smtp.office365.com' is obsolete", "[MAIL001]", "[TLS003]",
		"broken.ps1:1:9: error: syntax error: reached end of file without matching `{` with `}` [parse-error]",
		"UPPER.PS1:1:1: error: SecurityProtocol is set to Tls only", "binary.ps1: skipped: not a text script (binary content)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "notes.txt") {
		t.Error("a .txt file was scanned")
	}
	report, summary, _ := strings.Cut(out, "\n\nsummary by rule")
	for _, l := range strings.Split(strings.TrimSpace(report), "\n") {
		if !strings.Contains(l, ": skipped: ") && !lineRe.MatchString(l) {
			t.Errorf("bad line format: %q", l)
		}
	}
	for _, l := range strings.Split(summary, "\n") {
		if lineRe.MatchString(l) {
			t.Errorf("summary line reads as a finding: %q", l)
		}
	}
	if !strings.Contains(summary, "  error    AUTH008  exo-basic-auth-protocol                  1  breaks 2027-01-01\n") ||
		!strings.HasSuffix(out, "\nby level: 2 errors, 2 warnings\n") {
		t.Errorf("summary:\n%s", summary)
	}
	if !strings.Contains(errOut, "6 files") {
		t.Errorf("summary: %s", errOut)
	}
}

func TestExitCodes(t *testing.T) {
	dir := tree(t)
	if _, _, code := run(t, "", filepath.Join(dir, "clean.ps1")); code != exitOK {
		t.Errorf("clean file: exit %d", code)
	}
	if _, _, code := run(t, "", "--no-fail", dir); code != exitOK {
		t.Errorf("--no-fail: exit %d", code)
	}
	// send.ps1 has warnings (MAIL001, TLS003) and an AUTH008 error (Basic
	// credentials to smtp.office365.com): the threshold decides the exit code.
	if _, _, code := run(t, "", "--severity", "error", "--disable", "AUTH008", filepath.Join(dir, "send.ps1")); code != exitOK {
		t.Errorf("--severity error with only warnings: exit %d", code)
	}
	if _, _, code := run(t, "", "--severity", "error", filepath.Join(dir, "send.ps1")); code != exitFindings {
		t.Errorf("--severity error with an error finding: exit %d", code)
	}
	if _, _, code := run(t, "", filepath.Join(dir, "missing.ps1")); code != exitTrouble {
		t.Errorf("missing file: exit %d", code)
	}
	if _, _, code := run(t, "", "--bogus"); code != exitUsage {
		t.Errorf("bad flag: exit %d", code)
	}
	if _, _, code := run(t, "", "--enable", "NOPE001", dir); code != exitUsage {
		t.Errorf("unknown rule: exit %d", code)
	}
	if _, _, code := run(t, "", "--as-of", "tomorrow", dir); code != exitUsage {
		t.Errorf("bad date: exit %d", code)
	}
}

func TestEnableDisable(t *testing.T) {
	src := "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\n"
	out, _, _ := run(t, src, "-")
	if strings.Contains(out, "TLS004") {
		t.Error("TLS004 is off by default")
	}
	out, _, _ = run(t, src, "--enable", "TLS004", "-")
	if !strings.Contains(out, "[TLS004]") {
		t.Errorf("--enable TLS004: %s", out)
	}
	out, _, code := run(t, "Send-MailMessage -To a -From b -Subject c -SmtpServer relay\n", "--disable", "MAIL", "-")
	if strings.Contains(out, "MAIL0") || code != exitOK {
		t.Errorf("--disable MAIL: %d %s", code, out)
	}
}

func TestStdinFilename(t *testing.T) {
	out, _, _ := run(t, "Send-MailMessage -To a -From b -Subject c -SmtpServer relay\n", "--stdin-filename", "job.ps1", "-")
	if !strings.HasPrefix(out, "job.ps1:1:1: ") {
		t.Errorf("got %q", out)
	}
}

func TestJSON(t *testing.T) {
	dir := tree(t)
	out, _, _ := run(t, "", "--format", "json", "--as-of", "2026-11-22", dir)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	if len(rep.Files) != 6 {
		t.Errorf("%d files, want 6", len(rep.Files))
	}
	statuses := map[string]scan.Status{}
	for _, f := range rep.Files {
		statuses[filepath.Base(f.Path)] = scan.Status(f.Status)
	}
	if statuses["broken.ps1"] != scan.StatusParseError || statuses["binary.ps1"] != scan.StatusSkipped || statuses["clean.ps1"] != scan.StatusOK {
		t.Errorf("statuses: %v", statuses)
	}
	found := false
	for _, f := range rep.Findings {
		if f.Rule == "MAIL001" && f.Line == 1 && f.Column == 1 && f.EndLine == 1 && f.EndColumn > 100 && strings.Contains(f.Detail, "Send-MgUserMail") {
			found = true
		}
	}
	if !found {
		t.Errorf("no complete MAIL001 finding in %s", out)
	}
}

// TestDeterministic: the same input gives byte-identical output at any
// --jobs, in every format, on a tree of all testdata scripts (rule
// fixtures, benchmark scripts, SARIF inputs) with every rule enabled.
func TestDeterministic(t *testing.T) {
	root := filepath.Join("..", "..", "..", "testdata")
	for _, format := range []string{"json", "sarif", "text", "csv"} {
		args := []string{"--format", format, "--as-of", "2026-11-22", "--enable", "TLS004", "--no-config", root}
		a, _, _ := run(t, "", append([]string{"--jobs", "1"}, args...)...)
		b, _, _ := run(t, "", append([]string{"--jobs", "8"}, args...)...)
		if a != b || len(a) < 1000 {
			t.Errorf("%s: output differs between --jobs 1 and --jobs 8 (%d vs %d bytes)", format, len(a), len(b))
		}
	}
}

func TestParseCommand(t *testing.T) {
	dir := tree(t)
	out, _, code := run(t, "", "parse", dir)
	if code != exitFindings {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"clean.ps1: ok", "broken.ps1: 1 parse error(s)", "broken.ps1:1:9: reached end of file", "binary.ps1: skipped: not a text script (binary content)",
		"6 files,", "1 with parse errors, 1 skipped, 0 internal errors"} {
		if !strings.Contains(out, want) {
			t.Errorf("parse output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = run(t, "", "parse", "--tree", filepath.Join(dir, "clean.ps1"))
	if !strings.Contains(out, "(ScriptBlock (Pipeline (Command (Bareword Get-Date))))") {
		t.Errorf("--tree: %s", out)
	}
}

func TestInformation(t *testing.T) {
	out, _, code := run(t, "", "--explain", "MAIL001")
	if code != exitOK || !strings.HasPrefix(out, "# MAIL001 send-mailmessage-obsolete") {
		t.Errorf("--explain: %d %.80s", code, out)
	}
	if _, _, code := run(t, "", "--explain", "NOPE"); code != exitUsage {
		t.Errorf("--explain NOPE: exit %d", code)
	}
	out, _, _ = run(t, "", "--list-rules")
	if !strings.Contains(out, "MAIL001") || !strings.Contains(out, "TLS004") || !strings.Contains(out, "off by default") {
		t.Errorf("--list-rules: %s", out)
	}
	out, _, _ = run(t, "", "--version")
	if !strings.HasPrefix(out, "psmailscan ") {
		t.Errorf("--version: %s", out)
	}
}
