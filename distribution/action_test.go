package distribution

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// runnerEnv is what the runner gives this machine: RUNNER_OS and RUNNER_ARCH.
func runnerEnv(t *testing.T) (osName, arch, goos string) {
	switch runtime.GOOS {
	case "linux":
		osName = "Linux"
	case "darwin":
		osName = "macOS"
	default:
		t.Skipf("no runner OS name for %s", runtime.GOOS)
	}
	switch runtime.GOARCH {
	case "amd64":
		arch = "X64"
	case "arm64":
		arch = "ARM64"
	default:
		t.Skipf("no runner architecture name for %s", runtime.GOARCH)
	}
	return osName, arch, runtime.GOOS
}

// fakeRelease writes a release of version 9.9.9 into dir: the archive for
// goos/goarch holding this tree's binary (as psmailscan or psmailscan.exe),
// and the checksums file. It returns the archive's name.
func fakeRelease(t *testing.T, dir, goos, goarch string) string {
	t.Helper()
	bin, err := os.ReadFile(psmailscan)
	if err != nil {
		t.Fatal(err)
	}
	var name string
	f := func(n string) *os.File {
		out, err := os.Create(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if goos == "windows" {
		name = "psmailscan_9.9.9_windows_" + goarch + ".zip"
		out := f(name)
		zw := zip.NewWriter(out)
		h := &zip.FileHeader{Name: "psmailscan.exe", Method: zip.Deflate}
		h.SetMode(0o755)
		w, _ := zw.CreateHeader(h)
		w.Write(bin)
		w, _ = zw.Create("LICENSE")
		w.Write([]byte("MIT\n"))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		out.Close()
	} else {
		name = "psmailscan_9.9.9_" + goos + "_" + goarch + ".tar.gz"
		out := f(name)
		gz := gzip.NewWriter(out)
		tw := tar.NewWriter(gz)
		tw.WriteHeader(&tar.Header{Name: "psmailscan", Mode: 0o755, Size: int64(len(bin)), Typeflag: tar.TypeReg})
		tw.Write(bin)
		tw.Close()
		gz.Close()
		out.Close()
	}
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	sums := fmt.Sprintf("%s  %s\n%s  psmailscan_9.9.9_other_arch.tar.gz\n", hex.EncodeToString(sum[:]), name, strings.Repeat("0", 64))
	if err := os.WriteFile(filepath.Join(dir, "psmailscan_9.9.9_checksums.txt"), []byte(sums), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

type stepResult struct {
	out     string // stdout and stderr
	failed  bool
	outputs map[string]string // what the step wrote to GITHUB_OUTPUT
}

// runStep runs one of the action's step scripts with the environment
// action.yml and the runner give it, plus env.
func runStep(t *testing.T, script string, env ...string) stepResult {
	t.Helper()
	tmp := t.TempDir()
	ghOut := filepath.Join(tmp, "github_output")
	cmd := exec.Command(needBash(t), filepath.Join(repoRoot, ".github", "action", script))
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "GITHUB_OUTPUT="+ghOut, "RUNNER_TEMP="+filepath.Join(tmp, "runner_temp"),
		"ACTION_REF=", "ACTION_REPOSITORY=", "GITHUB_ACTION_PATH="+repoRoot, "PSMAILSCAN_RELEASE_URL=")
	cmd.Env = append(cmd.Env, env...)
	os.MkdirAll(filepath.Join(tmp, "runner_temp"), 0o755)
	out, err := cmd.CombinedOutput()
	res := stepResult{out: string(out), failed: err != nil, outputs: map[string]string{}}
	data, _ := os.ReadFile(ghOut)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			res.outputs[k] = v
		}
	}
	return res
}

// TestActionDownload runs the action's install step against a release in a
// local folder (no network): the right archive is fetched, checked and
// unpacked; a ref without a release builds from source; a checksum
// mismatch fails the step and names the file.
func TestActionDownload(t *testing.T) {
	osName, arch, goos := runnerEnv(t)
	rel := t.TempDir()
	archive := fakeRelease(t, rel, goos, runtime.GOARCH)
	runner := []string{"RUNNER_OS=" + osName, "RUNNER_ARCH=" + arch}

	check := func(name string, r stepResult) {
		t.Helper()
		if r.failed || r.outputs["build"] != "" || r.outputs["path"] == "" {
			t.Fatalf("%s: want a downloaded binary, got outputs %v\n%s", name, r.outputs, r.out)
		}
		if !strings.Contains(r.out, archive+" matches psmailscan_9.9.9_checksums.txt") {
			t.Errorf("%s: no checksum confirmation:\n%s", name, r.out)
		}
		if filepath.Base(r.outputs["path"]) != "psmailscan" && filepath.Base(r.outputs["path"]) != "psmailscan.exe" {
			t.Errorf("%s: path=%s", name, r.outputs["path"])
		}
	}
	// A file:// URL, as curl reads it, and a plain folder.
	check("file URL", runStep(t, "install.sh", append(runner, "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL=file://"+filepath.ToSlash(rel))...))
	check("folder", runStep(t, "install.sh", append(runner, "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL="+rel)...))
	// github.action_ref empty (composite actions): the ref comes from the action's checkout path.
	check("ref from action path", runStep(t, "install.sh", append(runner, "GITHUB_ACTION_PATH=/home/runner/work/_actions/psmailscan/psmailscan/v9.9.9", "PSMAILSCAN_RELEASE_URL="+rel)...))

	// The Windows archive (.zip, psmailscan.exe), unpacked here with the same script.
	winRel := t.TempDir()
	fakeRelease(t, winRel, "windows", runtime.GOARCH)
	r := runStep(t, "install.sh", "RUNNER_OS=Windows", "RUNNER_ARCH="+arch, "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL="+winRel)
	if r.failed || filepath.Base(r.outputs["path"]) != "psmailscan.exe" {
		t.Errorf("windows zip: outputs %v\n%s", r.outputs, r.out)
	}

	// No release: build from source, and say why.
	for _, tc := range []struct{ ref, why string }{
		{"main", "ref 'main' is not a release tag"},
		{"0123456789abcdef0123456789abcdef01234567", "is not a release tag"},
		{"v1", "ref 'v1' is not a release tag"},
		{"", "local checkout"},
		{"v9.9.8", "no release files at"},
	} {
		r := runStep(t, "install.sh", append(runner, "ACTION_REF="+tc.ref, "PSMAILSCAN_RELEASE_URL="+rel)...)
		if r.failed || r.outputs["build"] != "true" || r.outputs["path"] != "" || !strings.Contains(r.out, tc.why) {
			t.Errorf("ref %q: want build=true because %q; outputs %v\n%s", tc.ref, tc.why, r.outputs, r.out)
		}
	}
	r = runStep(t, "install.sh", "RUNNER_OS=Linux", "RUNNER_ARCH=X86", "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL="+rel)
	if r.failed || r.outputs["build"] != "true" || !strings.Contains(r.out, "architecture 'X86'") {
		t.Errorf("32-bit runner: outputs %v\n%s", r.outputs, r.out)
	}

	// A release whose checksums file lacks this runner's archive fails clearly.
	partial := t.TempDir()
	sums, _ := os.ReadFile(filepath.Join(rel, "psmailscan_9.9.9_checksums.txt"))
	os.WriteFile(filepath.Join(partial, "psmailscan_9.9.9_checksums.txt"), sums, 0o644)
	r = runStep(t, "install.sh", append(runner, "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL="+partial)...)
	if !r.failed || r.outputs["path"] != "" || r.outputs["build"] != "" || !strings.Contains(r.out, "::error") || !strings.Contains(r.out, "no "+archive) {
		t.Errorf("missing archive: want a failed step; outputs %v\n%s", r.outputs, r.out)
	}

	// Checksum mismatch: the archive was changed after the checksums were written.
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "psmailscan_9.9.9_checksums.txt"), sums, 0o644)
	data, _ := os.ReadFile(filepath.Join(rel, archive))
	data[len(data)/2] ^= 0xff
	os.WriteFile(filepath.Join(bad, archive), data, 0o644)
	r = runStep(t, "install.sh", append(runner, "ACTION_REF=v9.9.9", "PSMAILSCAN_RELEASE_URL=file://"+filepath.ToSlash(bad))...)
	if !r.failed || r.outputs["path"] != "" || r.outputs["build"] != "" {
		t.Errorf("checksum mismatch: want a failed step without a binary; outputs %v\n%s", r.outputs, r.out)
	}
	if !strings.Contains(r.out, "::error title=psmailscan install::checksum mismatch for "+archive) {
		t.Errorf("checksum mismatch: message does not say so:\n%s", r.out)
	}
}

// TestActionScanStep runs the action's scan step (.github/action/scan.sh)
// with a built binary, GITHUB_OUTPUT and RUNNER_TEMP as on a runner.
func TestActionScanStep(t *testing.T) {
	input := filepath.Join(repoRoot, "testdata", "sarif", "input")
	base := []string{"PSMAILSCAN=" + psmailscan, "INPUT_SEVERITY=note", "INPUT_CONFIG="}

	// Defaults: category from the path, report named after it.
	r := runStep(t, "scan.sh", append(base, "INPUT_PATH="+input, "INPUT_FORMAT=sarif", "INPUT_FAIL=false")...)
	wantCat := "psmailscan/" + strings.TrimPrefix(filepath.ToSlash(input), "/")
	if r.failed || r.outputs["exit-code"] != "0" || r.outputs["category"] != wantCat {
		t.Fatalf("scan step: outputs %v\n%s", r.outputs, r.out)
	}
	if want := strings.ReplaceAll(strings.ReplaceAll(wantCat, "/", "-"), " ", "-") + ".sarif"; r.outputs["report"] != want {
		t.Errorf("report = %q, want %q", r.outputs["report"], want)
	}

	// Relative paths as a workflow gives them, and an explicit category.
	for _, tc := range []struct{ path, category, wantCat, wantReport string }{
		{".", "", "psmailscan", "psmailscan.sarif"},
		{"./scripts/mail/", "", "psmailscan/scripts/mail", "psmailscan-scripts-mail.sarif"},
		// A Windows path: the category is the same (the folder exists only on Windows).
		{`scripts\mail`, "", "psmailscan/scripts/mail", "psmailscan-scripts-mail.sarif"},
		{"scripts", "nightly jobs", "nightly jobs", "nightly-jobs.sarif"},
	} {
		tmp := t.TempDir()
		os.MkdirAll(filepath.Join(tmp, "scripts", "mail"), 0o755)
		os.WriteFile(filepath.Join(tmp, "scripts", "mail", "send.ps1"), []byte("Send-MailMessage -To a@b.c -SmtpServer smtp.office365.com\n"), 0o644)
		cmd := exec.Command(needBash(t), filepath.Join(repoRoot, ".github", "action", "scan.sh"))
		cmd.Dir = tmp
		ghOut := filepath.Join(tmp, "out.txt")
		cmd.Env = append(os.Environ(), append(base, "GITHUB_OUTPUT="+ghOut, "RUNNER_TEMP="+tmp, "INPUT_PATH="+tc.path,
			"INPUT_CATEGORY="+tc.category, "INPUT_FORMAT=sarif", "INPUT_OUTPUT=", "INPUT_FAIL=false", "INPUT_ARGS=")...)
		out, _ := cmd.CombinedOutput()
		got, _ := os.ReadFile(ghOut)
		if !strings.Contains(string(got), "category="+tc.wantCat+"\n") || !strings.Contains(string(got), "report="+tc.wantReport+"\n") {
			t.Errorf("path %q category %q: GITHUB_OUTPUT\n%s\n%s", tc.path, tc.category, got, out)
			continue
		}
		if strings.Contains(tc.path, `\`) && runtime.GOOS != "windows" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(tmp, tc.wantReport))
		if err != nil || !strings.Contains(string(data), "scripts/mail/send.ps1") {
			t.Errorf("path %q: no SARIF with send.ps1 at %s (%v)\n%s", tc.path, tc.wantReport, err, out)
		}
	}

	// args: extra flags reach psmailscan, quotes group words.
	report := filepath.Join(t.TempDir(), "with args.sarif")
	r = runStep(t, "scan.sh", append(base, "INPUT_PATH="+input, "INPUT_FORMAT=sarif", "INPUT_OUTPUT="+report,
		`INPUT_ARGS=--disable "MAIL001" --disable 'AUTH'`)...)
	if r.failed || r.outputs["report"] != report {
		t.Fatalf("args: outputs %v\n%s", r.outputs, r.out)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			}
		}
	}
	data, err := os.ReadFile(report)
	if err != nil || json.Unmarshal(data, &log) != nil || len(log.Runs) != 1 {
		t.Fatalf("args: no SARIF report (%v)", err)
	}
	for _, res := range log.Runs[0].Results {
		if res.RuleID == "MAIL001" || strings.HasPrefix(res.RuleID, "AUTH") {
			t.Errorf("args --disable MAIL001 --disable AUTH ignored: %s reported", res.RuleID)
		}
	}
	// Unbalanced quotes are a usage error, said out loud.
	r = runStep(t, "scan.sh", append(base, "INPUT_PATH="+input, "INPUT_ARGS=--baseline 'x")...)
	if !r.failed || r.outputs["exit-code"] != "2" || !strings.Contains(r.out, "cannot split the args input") {
		t.Errorf("unbalanced quotes: outputs %v\n%s", r.outputs, r.out)
	}

	// fail-on-findings: the step fails with exit code 1.
	r = runStep(t, "scan.sh", append(base, "INPUT_PATH="+input, "INPUT_FORMAT=sarif", "INPUT_OUTPUT="+report, "INPUT_FAIL=true")...)
	if !r.failed || r.outputs["exit-code"] != "1" {
		t.Errorf("fail-on-findings: outputs %v\n%s", r.outputs, r.out)
	}
	// Text format registers the problem matcher and prints annotation-ready lines.
	r = runStep(t, "scan.sh", append(base, "INPUT_PATH="+input, "INPUT_FORMAT=text", "INPUT_FAIL=false",
		"MATCHER="+filepath.Join(repoRoot, ".github", "psmailscan-matcher.json"))...)
	if !strings.Contains(r.out, "::add-matcher::") || !strings.Contains(r.out, "[MAIL001]") || r.outputs["report"] != "" {
		t.Errorf("text step: outputs %v\n%s", r.outputs, r.out)
	}
}
