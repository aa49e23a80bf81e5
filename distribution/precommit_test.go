package distribution

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hooks reads the fields of .pre-commit-hooks.yaml (a flat list of flat
// maps; no YAML library needed for it).
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
		if k, v, ok := strings.Cut(strings.TrimSpace(line), ":"); ok {
			out[len(out)-1][k] = strings.Trim(strings.TrimSpace(v), "'")
		}
	}
	return out
}

var scriptNames = []string{"a.psm1", "b.psd1", "c.PS1", "Deploy.Ps1", "x.PSM1", "dir/y.ps1"}

// TestPreCommitHooksFile: both hooks take every PowerShell file kind in any
// letter case and run once per commit (one summary).
func TestPreCommitHooksFile(t *testing.T) {
	hs := hooks(t)
	if len(hs) != 2 || hs[0]["id"] != "psmailscan" || hs[0]["language"] != "golang" || hs[1]["language"] != "system" {
		t.Fatalf("hooks: %v", hs)
	}
	for _, h := range hs {
		if h["entry"] != "psmailscan" || h["require_serial"] != "true" || h["types"] != "[file]" {
			t.Errorf("hook %s: %v", h["id"], h)
		}
		// pre-commit matches files with Python's re.search; this pattern means the same in RE2.
		re, err := regexp.Compile(h["files"])
		if err != nil {
			t.Fatalf("hook %s: files %q: %v", h["id"], h["files"], err)
		}
		for _, name := range scriptNames {
			if !re.MatchString(name) {
				t.Errorf("hook %s does not take %s", h["id"], name)
			}
		}
		for _, name := range []string{"a.ps1xml", "types.ps1xml", "a.psc1", "a.ps1.bak", "notes.txt", "ps1"} {
			if re.MatchString(name) {
				t.Errorf("hook %s takes %s", h["id"], name)
			}
		}
	}
}

// TestPreCommitHookEntry runs each hook's entry the way pre-commit does:
// the entry with the staged files appended.
func TestPreCommitHookEntry(t *testing.T) {
	bad := filepath.Join(repoRoot, "testdata", "rules", "MAIL001", "bad_catalog.ps1")
	good := filepath.Join(repoRoot, "testdata", "bench", "dsc_misc.ps1")
	clean := filepath.Join(repoRoot, "testdata", "rules", "MAIL001", "good_traps.ps1")
	for _, h := range hooks(t) {
		entry := append([]string{}, strings.Fields(h["entry"])[1:]...)
		out, err := exec.Command(psmailscan, append(entry, bad, good)...).CombinedOutput()
		if code := exitCode(err); code != 1 || !strings.Contains(string(out), "bad_catalog.ps1:2:1: warning: ") || !strings.Contains(string(out), "[MAIL001]") {
			t.Errorf("hook %s on a bad file: exit %d\n%s", h["id"], code, out)
		}
		out, err = exec.Command(psmailscan, append(entry, "--no-config", "--disable", "AUTH,TLS", clean)...).CombinedOutput()
		if code := exitCode(err); code != 0 {
			t.Errorf("hook %s on a clean file: exit %d\n%s", h["id"], code, out)
		}
	}
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// hookTree makes a git repository with a module, a data file and a script
// in upper case, each with a finding.
func hookTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	const send = "Send-MailMessage -To ops@example.com -SmtpServer smtp.office365.com\n"
	os.WriteFile(filepath.Join(dir, "a.psm1"), []byte("function Send-Report { "+send+"}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.psd1"), []byte("@{ Notify = { "+send+"} }\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.PS1"), []byte(send), 0o644)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Skipf("git %v: %v\n%s", args, err, out)
		}
	}
	return dir
}

// TestPreCommitTryRepo runs both hooks through the real pre-commit client
// (pre-commit try-repo) where it is installed. The golang hook builds
// psmailscan from this repository; GOMODCACHE and GOPROXY point at the local
// module cache so that no network is needed when the cache is warm.
func TestPreCommitTryRepo(t *testing.T) {
	pc, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit is not installed (apt-get install pre-commit, or pipx install pre-commit)")
	}
	if testing.Short() {
		t.Skip("pre-commit builds psmailscan")
	}
	needBash(t) // pre-commit's golang support and our tree layout: not on Windows
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	// pre-commit gives the hook its own GOPATH; GOMODCACHE keeps the
	// modules we already have, and the proxy falls back to the network.
	modcache := strings.TrimSpace(string(out))
	proxy := "file://" + filepath.ToSlash(filepath.Join(modcache, "cache", "download")) + ",https://proxy.golang.org"
	for _, hook := range []string{"psmailscan", "psmailscan-system"} {
		t.Run(hook, func(t *testing.T) {
			dir := hookTree(t)
			cmd := exec.Command(pc, "try-repo", repoRoot, hook, "--verbose", "--files", "a.psm1", "b.psd1", "c.PS1")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+t.TempDir(), "GOPROXY="+proxy, "GOMODCACHE="+modcache,
				"PATH="+filepath.Dir(psmailscan)+string(os.PathListSeparator)+os.Getenv("PATH"))
			out, err := cmd.CombinedOutput()
			t.Logf("pre-commit try-repo %s:\n%s", hook, out)
			if err == nil {
				t.Fatalf("%s passed on three files with findings", hook)
			}
			s := string(out)
			if strings.Contains(s, "no files to check") || !strings.Contains(s, "Failed") {
				t.Fatalf("%s did not run psmailscan", hook)
			}
			for _, name := range []string{"a.psm1", "b.psd1", "c.PS1"} {
				if !strings.Contains(s, name+":1:") {
					t.Errorf("%s did not check %s", hook, name)
				}
			}
		})
	}
}
