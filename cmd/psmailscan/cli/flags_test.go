package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const mailLine = "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com\n"

func TestIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"Scripts/Mail.PS1": mailLine, "archive/old.ps1": mailLine, "tools/x.psm1": mailLine})
	out, errOut, _ := run(t, "", "--no-config", "--include", "scripts/**/*.ps1", dir)
	if !strings.Contains(out, "Mail.PS1") || strings.Contains(out, "old.ps1") || strings.Contains(out, "x.psm1") {
		t.Errorf("--include: %s", out)
	}
	if !strings.Contains(errOut, "2 excluded by filters") {
		t.Errorf("summary: %s", errOut)
	}
	out, _, _ = run(t, "", "--no-config", "--exclude", "ARCHIVE/**", dir)
	if strings.Contains(out, "old.ps1") || !strings.Contains(out, "x.psm1") {
		t.Errorf("--exclude: %s", out)
	}
	if _, _, code := run(t, "", "--no-config", "--include", "[", dir); code != exitUsage {
		t.Errorf("bad glob: exit %d", code)
	}
}

func TestGitignore(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{".gitignore": "build/\n*.generated.ps1\n!keep.generated.ps1\n", "build/a.ps1": mailLine,
		"src/b.generated.ps1": mailLine, "src/keep.generated.ps1": mailLine, "src/c.ps1": mailLine})
	out, _, _ := run(t, "", "--no-config", dir)
	if !strings.Contains(out, "a.ps1") {
		t.Error(".gitignore is not read unless asked")
	}
	out, _, _ = run(t, "", "--no-config", "--gitignore", dir)
	if strings.Contains(out, "a.ps1") || strings.Contains(out, "b.generated.ps1") || !strings.Contains(out, "keep.generated.ps1") || !strings.Contains(out, "c.ps1") {
		t.Errorf("--gitignore: %s", out)
	}
}

func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "job.ps1")
	write(t, dir, map[string]string{"job.ps1": mailLine})
	bl := filepath.Join(dir, "baseline.json")
	out, errOut, code := run(t, "", "--no-config", "--write-baseline", bl, script)
	if code != exitOK || errOut != "" || out != "psmailscan: recorded 2 findings from 1 file in "+bl+" (paths relative to "+filepath.ToSlash(dir)+")\n" {
		t.Errorf("write-baseline run: exit %d\n%s%s", code, out, errOut)
	}
	// The finding moved two lines down: still matched.
	write(t, dir, map[string]string{"job.ps1": "# header\n\n" + mailLine})
	out, errOut, code = run(t, "", "--no-config", "--baseline", bl, script)
	if code != exitOK || strings.Contains(out, "[MAIL0") || !strings.Contains(errOut, "suppressed") {
		t.Errorf("baseline: exit %d\n%s%s", code, out, errOut)
	}
	// A new finding is reported.
	write(t, dir, map[string]string{"job.ps1": mailLine + "Send-MailMessage -To x@contoso.com -From y@contoso.com -Subject new -SmtpServer other.contoso.com\n"})
	out, _, code = run(t, "", "--no-config", "--baseline", bl, script)
	if code != exitFindings || !strings.Contains(out, "job.ps1:2:1") || strings.Contains(out, "job.ps1:1:1") {
		t.Errorf("new finding: exit %d\n%s", code, out)
	}
	// JSON keeps suppressed findings, marked.
	out, _, _ = run(t, "", "--no-config", "--format", "json", "--baseline", bl, script)
	if !strings.Contains(out, `"kind": "external"`) {
		t.Errorf("json: %s", out)
	}
}

func TestCSV(t *testing.T) {
	dir := tree(t)
	out, _, _ := run(t, "", "--no-config", "--format", "csv", dir)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "rule,level,path,line,column,endLine,endColumn,message,suppressed" {
		t.Errorf("header %v", rows[0])
	}
	kinds := map[string]bool{}
	for _, r := range rows[1:] {
		kinds[r[0]] = true
	}
	for _, k := range []string{"MAIL001", "parse-error", "skipped", "TLS001"} {
		if !kinds[k] {
			t.Errorf("no %s row", k)
		}
	}
}

func TestSettingsFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"PSMailScanSettings.psd1": "@{\n    ExcludeRules = @('MAIL003')\n    Rules = @{ MAIL001 = @{ Level = 'error' } }\n    ExcludePaths = @('skip/**')\n}\n",
		"a/job.ps1":               mailLine,
		"skip/old.ps1":            mailLine,
	})
	out, _, _ := run(t, "", filepath.Join(dir, "a"))
	if !strings.Contains(out, "error: Send-MailMessage to 'relay.contoso.com' is obsolete") || strings.Contains(out, "MAIL003") {
		t.Errorf("settings found by walking up: %s", out)
	}
	out, _, _ = run(t, "", dir)
	if strings.Contains(out, "old.ps1") {
		t.Errorf("ExcludePaths: %s", out)
	}
	out, _, _ = run(t, "", "--no-config", filepath.Join(dir, "a"))
	if !strings.Contains(out, "MAIL003") {
		t.Errorf("--no-config: %s", out)
	}
	bad := filepath.Join(dir, "bad.psd1")
	write(t, dir, map[string]string{"bad.psd1": "@{\n  Severty = 'error'\n}\n"})
	_, errOut, code := run(t, "", "--config", bad, dir)
	if code != exitUsage || !strings.Contains(errOut, "bad.psd1:2:3: unknown setting Severty") {
		t.Errorf("bad settings: exit %d %s", code, errOut)
	}
}

func TestDirectivesInCLI(t *testing.T) {
	src := "# psmailscan-disable-next-line MAIL001, MAIL003\n" + mailLine + "# psmailscan-disable-next-line NOPE001 -- typo\n" + mailLine
	out, _, code := run(t, src, "--no-config", "--require-justification", "-")
	if !strings.Contains(out, "stdin.ps1:1:1: warning: suppression without a justification") ||
		!strings.Contains(out, "unknown rule NOPE001") || strings.Contains(out, "stdin.ps1:2:1") || code != exitFindings {
		t.Errorf("exit %d\n%s", code, out)
	}
	out, _, _ = run(t, src, "--no-config", "--show-suppressed", "-")
	if !strings.Contains(out, "stdin.ps1:2:1: warning: Send-MailMessage to 'relay.contoso.com' is obsolete") || !strings.Contains(out, "(suppressed: )") {
		t.Errorf("--show-suppressed: %s", out)
	}
	out, _, _ = run(t, src, "--no-config", "--format", "json", "-")
	var rep jsonReport
	json.Unmarshal([]byte(out), &rep)
	n := 0
	for _, f := range rep.Findings {
		if f.Suppressed != nil && f.Suppressed.Kind == "inSource" && f.Suppressed.Line == 1 {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d suppressed findings in JSON, want 2", n)
	}
}

// A baseline written inside a folder matches when the folder is scanned
// from its parent, by an absolute path, or from inside a git work tree's
// subfolder: paths are relative to the baseline's root.
func TestBaselineFromAnotherRoot(t *testing.T) {
	parent := t.TempDir()
	proj := filepath.Join(parent, "proj")
	write(t, proj, map[string]string{"scripts/job.ps1": mailLine, "other.ps1": mailLine})
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	os.Chdir(proj)
	if out, errOut, code := run(t, "", "--no-config", "--write-baseline", "b.json", "."); code != exitOK || !strings.HasPrefix(out, "psmailscan: recorded 4 findings from 2 files in b.json") {
		t.Fatalf("write: exit %d\n%s%s", code, out, errOut)
	}
	raw, _ := os.ReadFile(filepath.Join(proj, "b.json"))
	if !strings.Contains(string(raw), `"path": "scripts/job.ps1"`) {
		t.Errorf("paths not relative to the baseline folder:\n%s", raw)
	}
	check := func(dir string, args ...string) {
		t.Helper()
		os.Chdir(dir)
		out, errOut, code := run(t, "", append([]string{"--no-config"}, args...)...)
		if code != exitOK || strings.Contains(out, "[MAIL") || !strings.Contains(errOut, "4 suppressed") {
			t.Errorf("from %s %v: exit %d\n%s%s", dir, args, code, out, errOut)
		}
	}
	check(parent, "--baseline", "proj/b.json", "proj")
	check(parent, "--baseline", filepath.Join(proj, "b.json"), filepath.Join(proj, "scripts"), filepath.Join(proj, "other.ps1"))
	check(filepath.Join(proj, "scripts"), "--baseline", "../b.json", ".", "../other.ps1")

	// In a git work tree the root is its top: a baseline in a subfolder
	// still records repository paths.
	os.Mkdir(filepath.Join(parent, ".git"), 0o755)
	os.Chdir(proj)
	if _, errOut, code := run(t, "", "--no-config", "--write-baseline", "b.json", "."); code != exitOK {
		t.Fatalf("write in git: exit %d %s", code, errOut)
	}
	raw, _ = os.ReadFile(filepath.Join(proj, "b.json"))
	if !strings.Contains(string(raw), `"path": "proj/scripts/job.ps1"`) {
		t.Errorf("paths not relative to the git top:\n%s", raw)
	}
	check(parent, "--baseline", "proj/b.json", ".")
}
