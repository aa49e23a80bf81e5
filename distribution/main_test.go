package distribution

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// repoRoot is the repository, seen from this package's directory.
var repoRoot, _ = filepath.Abs("..")

// psmailscan is a binary built from this tree once for all tests.
var psmailscan string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "psmailscan-dist")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	psmailscan = filepath.Join(dir, "psmailscan")
	if runtime.GOOS == "windows" {
		psmailscan += ".exe"
	}
	build := exec.Command("go", "build", "-o", psmailscan, "./cmd/psmailscan")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	trackSources()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// trackSources stats every file of the repository so that go test's cache
// (which records the files a test opens or stats) reruns these tests when
// a script, a workflow or any source of the binary changes.
func trackSources() {
	filepath.WalkDir(repoRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() && (d.Name() == ".git" || d.Name() == "dist") {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			os.Stat(path)
		}
		return nil
	})
}

// needBash returns bash, or skips: the action's steps are bash scripts, and
// on Windows exec finds WSL's bash.exe before Git Bash, so the Windows CI
// job runs them through the action itself instead.
func needBash(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("bash from Go on Windows may be WSL's; the windows CI job runs the action instead")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	return bash
}
