package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

const hostileSend = "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c\n"

// hostileFiles are broken and pathological scripts; every one of them ends
// up in the report with a status, and none stops the others.
func hostileFiles() map[string][]byte {
	r := strings.Repeat
	utf16le := func(s string, extra ...uint16) []byte {
		out := []byte{0xFF, 0xFE}
		for _, u := range append(utf16.Encode([]rune(s)), extra...) {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	return map[string][]byte{
		"good.ps1":                []byte(hostileSend),
		"empty.ps1":               nil,
		"unterminated-string.ps1": []byte(hostileSend + "$a = 'abc\n"),
		"unterminated-here.ps1":   []byte(hostileSend + "$a = @\"\nabc\n"),
		"unterminated-block.ps1":  []byte(hostileSend + "<# abc\n"),
		"lone-surrogate.ps1":      utf16le(hostileSend+"# x", 0xD800),
		"odd-utf16.ps1":           append(utf16le(hostileSend), 'x'),
		"nul.ps1":                 append([]byte(hostileSend), make([]byte, 100)...),
		"long-line.ps1":           []byte("$x = '" + r("a", 675000) + "'; " + hostileSend),
		"statements.ps1":          []byte(r("$a = 1\n", 100000) + hostileSend),
		"deep-parens.ps1":         []byte(r("(", 10000) + "1" + r(")", 10000) + "\n" + hostileSend),
		"deep-blocks.ps1":         []byte(r("{", 10000) + r("}", 10000) + "\n" + hostileSend),
		"mixed-eol.ps1":           []byte("$a = 1\r\n$b = 2\r$c = 3\n" + hostileSend),
		"flow-badstmt.ps1":        []byte("$c2 = [Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 25; EnableSsl = $true }\n$c2.Send($msg)\n$mk2.Connect('smtp.office365.com'"),
		"vanishes.ps1":            []byte(hostileSend),
		"becomes-folder.ps1":      []byte(hostileSend),
		"changes.ps1":             []byte("Get-Date\n"),
	}
}

func writeTree(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHostileTree scans a folder of broken files, some of which vanish,
// turn into folders or change between discovery and reading: every file is
// in the JSON report with a status (and a reason when skipped), the good
// files' findings are all there, and unreadable files give exit code 3.
func TestHostileTree(t *testing.T) {
	files := hostileFiles()
	dir := writeTree(t, files)
	os.Symlink(filepath.Join(dir, "nowhere.ps1"), filepath.Join(dir, "broken-link.ps1"))
	os.Symlink(filepath.Join(dir, "loop-b.ps1"), filepath.Join(dir, "loop-a.ps1"))
	os.Symlink(filepath.Join(dir, "loop-a.ps1"), filepath.Join(dir, "loop-b.ps1"))
	extra := addSpecialFiles(t, dir) // FIFO where the platform has them

	d := pipeline.Discover([]string{dir}, nil)
	defer d.Close()
	// Between discovery and reading: one file is deleted, one becomes a
	// folder, one changes its content.
	os.Remove(filepath.Join(dir, "vanishes.ps1"))
	os.Remove(filepath.Join(dir, "becomes-folder.ps1"))
	os.Mkdir(filepath.Join(dir, "becomes-folder.ps1"), 0o755)
	os.WriteFile(filepath.Join(dir, "changes.ps1"), []byte(hostileSend), 0o644)

	opts := &scan.Options{Config: &rules.Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)},
		Enabled: func(*rules.Rule) bool { return true }, MaxFileSize: 10 << 20}
	results, _ := scanEntries(context.Background(), d.Entries, nil, opts, 4, keepPositions, nil, nil)
	var out bytes.Buffer
	if err := writeJSON(&out, results); err != nil {
		t.Fatal(err)
	}
	var rep jsonReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	got := map[string]jsonFile{}
	for _, f := range rep.Files {
		got[filepath.Base(f.Path)] = f
	}
	want := map[string]string{ // file -> status[: reason]
		"good.ps1": "ok", "empty.ps1": "ok", "mixed-eol.ps1": "ok", "long-line.ps1": "ok", "statements.ps1": "ok",
		"lone-surrogate.ps1": "ok", "odd-utf16.ps1": "ok", "changes.ps1": "ok",
		"unterminated-string.ps1": "parse-error", "unterminated-here.ps1": "parse-error", "unterminated-block.ps1": "parse-error",
		"deep-parens.ps1": "parse-error", "deep-blocks.ps1": "parse-error", "flow-badstmt.ps1": "parse-error",
		"nul.ps1":            "skipped: not a text script (binary content)",
		"vanishes.ps1":       "skipped: vanished before it could be read (no such file or directory)",
		"becomes-folder.ps1": "skipped: not a regular file",
		"broken-link.ps1":    "skipped: broken symbolic link",
		"loop-a.ps1":         "skipped: symbolic link loop (too many levels of symbolic links)",
		"loop-b.ps1":         "skipped: symbolic link loop (too many levels of symbolic links)",
	}
	for name, status := range extra {
		want[name] = status
	}
	for name, w := range want {
		f, ok := got[name]
		if !ok {
			t.Errorf("%s is missing from the report", name)
			continue
		}
		status := f.Status
		if f.Reason != "" {
			status += ": " + f.Reason
		}
		if status != w {
			t.Errorf("%s: %q, want %q", name, status, w)
		}
	}
	if len(rep.Files) != len(want) {
		t.Errorf("%d files in the report, want %d", len(rep.Files), len(want))
	}
	// Every readable file with the send still gets its MAIL001, whatever
	// broke around it; after a nesting-depth error the parser stops (the
	// error names the place), so deep-*.ps1 are not in this list.
	sent := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Rule == "MAIL001" {
			sent[filepath.Base(f.Path)] = true
		}
	}
	for _, name := range []string{"good.ps1", "unterminated-string.ps1", "unterminated-here.ps1", "unterminated-block.ps1",
		"lone-surrogate.ps1", "odd-utf16.ps1", "long-line.ps1", "statements.ps1", "mixed-eol.ps1", "changes.ps1"} {
		if !sent[name] {
			t.Errorf("%s: no MAIL001 finding", name)
		}
	}
	var stderr bytes.Buffer
	if code := exitCode(results, 0, false, &stderr); code != exitTrouble {
		t.Errorf("exit code %d with unreadable files, want %d", code, exitTrouble)
	}
	for _, r := range results {
		if len(r.Internal) > 0 {
			t.Errorf("%s: internal error %v", r.Path, r.Internal)
		}
	}
}

// TestHostileCommandLine runs the whole command on the hostile folder, in
// every format: exit code 3, every file named in the JSON report, and the
// same reports at --jobs 1 and --jobs 8.
func TestHostileCommandLine(t *testing.T) {
	files := hostileFiles()
	delete(files, "vanishes.ps1")
	delete(files, "becomes-folder.ps1")
	dir := writeTree(t, files)
	addSpecialFiles(t, dir)
	for _, format := range []string{"json", "sarif", "text", "csv"} {
		args := []string{"--format", format, "--as-of", "2026-11-22", "--no-config", dir}
		a, errA, codeA := run(t, "", append([]string{"--jobs", "1"}, args...)...)
		b, _, codeB := run(t, "", append([]string{"--jobs", "8"}, args...)...)
		if a != b {
			t.Errorf("%s: --jobs 1 and --jobs 8 differ", format)
		}
		if codeA != exitTrouble || codeB != exitTrouble {
			t.Errorf("%s: exit codes %d, %d, want %d\n%s", format, codeA, codeB, exitTrouble, errA)
		}
		if format == "json" {
			for name := range files {
				if !strings.Contains(a, filepath.Join(dir, name)) {
					t.Errorf("json report does not name %s", name)
				}
			}
		}
	}
	// A file named on the command line that is not a regular file is
	// skipped, never read (a FIFO would block forever).
	for _, special := range specialFiles(dir) {
		out, _, code := run(t, "", "--format", "json", "--no-config", special)
		if code != exitTrouble || !strings.Contains(out, `"reason": "not a regular file (`) {
			t.Errorf("%s named on the command line: exit %d\n%s", special, code, out)
		}
	}
}

// TestUnreadableFile: a file without read permission is skipped with
// "permission denied". Root reads any file whatever its mode, so as root
// the test is skipped; the folder, FIFO and vanishing cases above cover
// the other ways a file cannot be read.
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: chmod does not stop root from reading")
	}
	if runtime.GOOS == "windows" {
		t.Skip("chmod does not remove read permission on Windows")
	}
	dir := writeTree(t, map[string][]byte{"secret.ps1": []byte(hostileSend), "good.ps1": []byte(hostileSend)})
	os.Chmod(filepath.Join(dir, "secret.ps1"), 0)
	out, _, code := run(t, "", "--format", "json", "--no-config", dir)
	if code != exitTrouble || !strings.Contains(out, `"reason": "unreadable file (permission denied)"`) || !strings.Contains(out, "MAIL001") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
