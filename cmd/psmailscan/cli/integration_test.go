package cli

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

var repoRoot = filepath.Join("..", "..", "..")

// hooks reads the id/entry/language/types fields of .pre-commit-hooks.yaml
// (a flat list; no YAML library needed for it).
func hooks(t *testing.T) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "- ") {
			out = append(out, map[string]string{})
			line = "  " + line[2:]
		}
		if len(out) == 0 || !strings.HasPrefix(line, "  ") {
			continue
		}
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok {
			out[len(out)-1][k] = strings.TrimSpace(v)
		}
	}
	return out
}

// TestPreCommitHook runs the hook's entry the way pre-commit does: the
// entry with the staged PowerShell files appended.
func TestPreCommitHook(t *testing.T) {
	hs := hooks(t)
	if len(hs) != 2 || hs[0]["language"] != "golang" || hs[1]["language"] != "system" {
		t.Fatalf("hooks: %v", hs)
	}
	for _, h := range hs {
		if h["entry"] != "psmailscan" || h["types"] != "[powershell]" {
			t.Errorf("hook %s: %v", h["id"], h)
		}
	}
	bad := filepath.Join(repoRoot, "testdata", "rules", "MAIL001", "bad_catalog.ps1")
	good := filepath.Join(repoRoot, "testdata", "bench", "dsc_misc.ps1")
	for _, h := range hs {
		entry := strings.Fields(strings.TrimPrefix(h["entry"], "psmailscan"))
		out, errOut, code := run(t, "", append(entry, bad, good)...)
		if code != exitFindings || !strings.Contains(out, "bad_catalog.ps1:2:1: warning: Send-MailMessage to 'relay.contoso.local' is obsolete") {
			t.Errorf("hook %s on a bad file: exit %d\n%s%s", h["id"], code, out, errOut)
		}
		clean := filepath.Join(repoRoot, "testdata", "rules", "MAIL001", "good_traps.ps1")
		if out, errOut, code := run(t, "", append(entry, "--no-config", "--disable", "AUTH,TLS", clean)...); code != exitOK {
			t.Errorf("hook %s on a clean file: exit %d\n%s%s", h["id"], code, out, errOut)
		}
	}
}

// TestActionScanStep builds psmailscan and runs the action's scan step
// (.github/action/scan.sh) with the environment action.yml gives it.
func TestActionScanStep(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the action's scan step is a bash script")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "psmailscan")
	build := exec.Command("go", "build", "-o", bin, "./cmd/psmailscan")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ghOut := filepath.Join(dir, "github_output")
	report := filepath.Join(dir, "psmailscan.sarif")
	step := func(env ...string) (string, error) {
		cmd := exec.Command(bash, filepath.Join(repoRoot, ".github", "action", "scan.sh"))
		cmd.Env = append(os.Environ(), append([]string{"PSMAILSCAN=" + bin, "GITHUB_OUTPUT=" + ghOut,
			"INPUT_PATH=" + filepath.Join(repoRoot, "testdata", "sarif", "input"), "INPUT_SEVERITY=note", "INPUT_CONFIG="}, env...)...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := step("INPUT_FORMAT=sarif", "INPUT_OUTPUT="+report, "INPUT_FAIL=false")
	if err != nil {
		t.Fatalf("scan step failed: %v\n%s", err, out)
	}
	data, err := os.ReadFile(report)
	if err != nil || !strings.Contains(string(data), `"version": "2.1.0"`) || !strings.Contains(string(data), "MAIL001") {
		t.Fatalf("no SARIF report: %v", err)
	}
	got, _ := os.ReadFile(ghOut)
	if !strings.Contains(string(got), "exit-code=0") {
		t.Errorf("GITHUB_OUTPUT: %q", got)
	}
	// fail-on-findings: the step fails with exit code 1.
	os.Remove(ghOut)
	if _, err := step("INPUT_FORMAT=sarif", "INPUT_OUTPUT="+report, "INPUT_FAIL=true"); err == nil {
		t.Error("fail-on-findings did not fail the step")
	}
	got, _ = os.ReadFile(ghOut)
	if !strings.Contains(string(got), "exit-code=1") {
		t.Errorf("GITHUB_OUTPUT with findings: %q", got)
	}
	// Text format registers the problem matcher and prints annotations-ready lines.
	out, _ = step("INPUT_FORMAT=text", "INPUT_FAIL=false", "MATCHER="+filepath.Join(repoRoot, ".github", "psmailscan-matcher.json"))
	if !strings.Contains(out, "::add-matcher::") || !strings.Contains(out, "[MAIL001]") {
		t.Errorf("text step: %s", out)
	}
}
