package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// allScripts lists every script under testdata/ (rule fixtures, benchmark
// scripts, SARIF inputs), sorted.
func allScripts(t *testing.T) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(filepath.Join("..", "..", "..", "testdata"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && pipeline.IsScript(p) {
			out = append(out, p)
		}
		return nil
	})
	if len(out) < 100 {
		t.Fatalf("only %d scripts under testdata", len(out))
	}
	return out
}

// reports renders results in every format (text, -v text with suppressed
// findings, JSON, CSV, SARIF).
func reports(t *testing.T, results []scan.Result) map[string]string {
	t.Helper()
	out := map[string]string{}
	all := func(*rules.Rule) bool { return true }
	var b bytes.Buffer
	for name, write := range map[string]func(io.Writer) error{
		"text":  func(w io.Writer) error { return writeText(w, results, false, false, false, 0, time.Time{}) },
		"-v":    func(w io.Writer) error { return writeText(w, results, true, true, false, 0, time.Time{}) },
		"json":  func(w io.Writer) error { return writeJSON(w, results) },
		"csv":   func(w io.Writer) error { return writeCSV(w, results, true) },
		"sarif": func(w io.Writer) error { return writeSARIF(w, results, all, io.Discard) },
	} {
		b.Reset()
		if err := write(&b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = b.String()
	}
	return out
}

// TestPositionsOnlySameReports: the small Source that forReport keeps
// gives every report byte for byte what the whole file gives, on every
// testdata script and on files with CR LF, lone CR, mixed line endings,
// non-ASCII text, syntax errors and findings on the last byte.
func TestPositionsOnlySameReports(t *testing.T) {
	dir := t.TempDir()
	extra := map[string]string{
		"crlf.ps1":    "# x\r\n$c = Get-Credential\r\nSend-MailMessage -To a@contoso.com -From b@contoso.com -Subject 'é€😀' -SmtpServer smtp.office365.com -Credential $c\r\nif ($a) {\r\n",
		"cr.ps1":      "# x\r$p = 'pä55'\r[Net.ServicePointManager]::SecurityProtocol = 'Tls'\rSend-MailMessage -To a -From b -Subject c -SmtpServer smtp.office365.com\r",
		"mixed.ps1":   "$a = 1\r\n$b = 2\n\r[Net.ServicePointManager]::SecurityProtocol = 'Ssl3'\r\r\nSend-MailMessage -To a -SmtpServer smtp.office365.com -UseSsl) (",
		"eof.ps1":     "Send-MailMessage -To a -From b -Subject c -SmtpServer relay -Credential (Get-Credential)",
		"unicode.ps1": "# ünïcödé ✓ 😀😀\n$s = \"😀 $(\n[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls\n$x = @'\nSend-MailMessage\n'@\nSend-MailMessage -To 'ü@contoso.com' -SmtpServer 'smtp.office365.com' -Port 25 -Body \"😀\" -UseSsl:$false",
	}
	paths := allScripts(t)
	for name, text := range extra {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		paths = append(paths, p)
	}
	opts := &scan.Options{Config: &rules.Config{AsOf: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}, Enabled: func(*rules.Rule) bool { return true }}
	entries := make([]pipeline.Entry, len(paths))
	for i, p := range paths {
		entries[i] = pipeline.FileEntry(p)
	}
	whole, _ := scanEntries(context.Background(), entries, nil, opts, 2, keepText, nil, nil)
	small, _ := scanEntries(context.Background(), entries, nil, opts, 2, keepPositions, nil, nil)
	findings, smaller := 0, 0
	for i := range whole {
		findings += len(whole[i].Findings)
		if whole[i].File != nil && len(small[i].File.Source.Text) < len(whole[i].File.Source.Text) {
			smaller++
		}
	}
	if findings < 500 || smaller < 100 {
		t.Fatalf("%d findings, %d smaller sources: the test does not test", findings, smaller)
	}
	a, b := reports(t, whole), reports(t, small)
	for name := range a {
		if a[name] != b[name] {
			al, bl := strings.Split(a[name], "\n"), strings.Split(b[name], "\n")
			for i := range min(len(al), len(bl)) {
				if al[i] != bl[i] {
					t.Errorf("%s report differs at line %d:\nwhole: %s\nsmall: %s", name, i+1, al[i], bl[i])
					break
				}
			}
			if len(al) != len(bl) {
				t.Errorf("%s report: %d lines vs %d", name, len(al), len(bl))
			}
		}
	}
}
