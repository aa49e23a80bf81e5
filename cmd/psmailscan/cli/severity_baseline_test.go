package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaselineWithSeverity: --severity drops findings below the threshold
// and their fingerprints with them, so a baseline written with --severity
// records real fingerprints (it recorded "" for every finding of a file
// that also had a note) and a moved line still matches.
func TestBaselineWithSeverity(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "send.ps1")
	send := "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer mail.contoso.com -Port 587 -UseSsl\n"
	os.WriteFile(script, []byte(send), 0o644)
	base := filepath.Join(dir, "baseline.json")
	args := []string{"--no-config", "--as-of", "2026-11-22", "--severity", "warning"}
	if _, errOut, code := run(t, "", append(args, "--write-baseline", base, script)...); code == exitUsage || code == exitTrouble {
		t.Fatalf("write baseline: exit %d %s", code, errOut)
	}
	raw, _ := os.ReadFile(base)
	if !strings.Contains(string(raw), `"rule": "MAIL001"`) || strings.Contains(string(raw), `"fingerprint": ""`) {
		t.Fatalf("baseline without fingerprints:\n%s", raw)
	}
	// The same send two lines lower still matches its entry.
	os.WriteFile(script, []byte("# moved\n\n"+send), 0o644)
	out, errOut, code := run(t, "", append(args, "--baseline", base, script)...)
	if code != exitOK || strings.Contains(out, "MAIL001") {
		t.Errorf("baseline did not match: exit %d\n%s%s", code, out, errOut)
	}
}

// TestFixKeepsBaseline: --fix rescans the files it rewrote; the findings
// the baseline accepts in them stay suppressed (the rescan brought them
// back because the baseline had been applied before it).
func TestFixKeepsBaseline(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "send.ps1")
	old := "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Ssl3\n"
	os.WriteFile(script, []byte(old), 0o644)
	base := filepath.Join(dir, "baseline.json")
	args := []string{"--no-config", "--as-of", "2026-12-07"}
	if _, errOut, code := run(t, "", append(args, "--write-baseline", base, script)...); code == exitUsage || code == exitTrouble {
		t.Fatalf("write baseline: exit %d %s", code, errOut)
	}
	// A new send, which --fix rewrites to Microsoft Graph.
	send := "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -Body x -SmtpServer smtp.office365.com -Port 587 -UseSsl\n"
	os.WriteFile(script, []byte(old+send), 0o644)
	out, errOut, _ := run(t, "", append(args, "--baseline", base, "--fix", script)...)
	if !strings.Contains(errOut, "applied 1 fix") {
		t.Fatalf("no fix applied:\n%s%s", out, errOut)
	}
	if strings.Contains(out, "TLS001") {
		t.Errorf("the baselined TLS001 is reported again after --fix:\n%s", out)
	}
	fixed, _ := os.ReadFile(script)
	if !strings.Contains(string(fixed), "Send-MgUserMail") || !strings.Contains(string(fixed), "Ssl3") {
		t.Errorf("unexpected rewrite:\n%s", fixed)
	}
}
