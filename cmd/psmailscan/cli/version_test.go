package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/version"
)

// TestVersionEverywhere: --version, the JSON report and SARIF's driver all
// carry the one version of package version.
func TestVersionEverywhere(t *testing.T) {
	want := version.String()
	out, _, code := run(t, "", "--version")
	if code != 0 || out != "psmailscan "+want+"\n" {
		t.Fatalf("--version = %q (exit %d), want %q", out, code, "psmailscan "+want)
	}
	out, _, _ = run(t, "Send-MailMessage -To a@b.c\n", "--format", "json", "--no-fail", "-")
	var j struct{ Version string }
	if err := json.Unmarshal([]byte(out), &j); err != nil || j.Version != want {
		t.Errorf("JSON version = %q (%v), want %q", j.Version, err, want)
	}
	out, _, _ = run(t, "Send-MailMessage -To a@b.c\n", "--format", "sarif", "--no-fail", "-")
	var s struct {
		Runs []struct {
			Tool struct{ Driver struct{ Version string } }
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || len(s.Runs) != 1 || s.Runs[0].Tool.Driver.Version != want {
		t.Errorf("SARIF driver.version wrong (%v): %.200s", err, strings.TrimSpace(out))
	}
}
