package distribution

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// TestReleaseBuild runs .github/release/build.sh for the host and for
// windows/amd64 (the .zip path) so that the script cannot rot: archive
// names and contents, the checksums file, and the stamped version that the
// host binary prints. The release workflow builds all six targets.
func TestReleaseBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds psmailscan twice")
	}
	bash := needBash(t)
	out := t.TempDir()
	host := runtime.GOOS + "/" + runtime.GOARCH
	cmd := exec.Command(bash, filepath.Join(repoRoot, ".github", "release", "build.sh"), "v9.9.9", out, host, "windows/amd64")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build.sh: %v\n%s", err, msg)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"psmailscan_9.9.9_checksums.txt", "psmailscan_9.9.9_" + runtime.GOOS + "_" + runtime.GOARCH + ".tar.gz", "psmailscan_9.9.9_windows_amd64.zip"}
	sort.Strings(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("OUTDIR holds %v, want %v", names, want)
	}

	// The checksums file lists both archives with their SHA-256, as sha256sum -c reads it.
	sums, err := os.ReadFile(filepath.Join(out, want[0]))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(sums)))
	listed := 0
	for sc.Scan() {
		hash, name, ok := strings.Cut(sc.Text(), "  ")
		data, err := os.ReadFile(filepath.Join(out, name))
		if !ok || err != nil {
			t.Fatalf("checksums line %q: %v", sc.Text(), err)
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != hash {
			t.Errorf("%s: checksum does not match", name)
		}
		listed++
	}
	if listed != 2 {
		t.Errorf("checksums file lists %d archives, want 2:\n%s", listed, sums)
	}

	zr, err := zip.OpenReader(filepath.Join(out, "psmailscan_9.9.9_windows_amd64.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var inZip []string
	for _, f := range zr.File {
		inZip = append(inZip, f.Name)
	}
	if got := strings.Join(inZip, " "); got != "psmailscan.exe LICENSE README.md" {
		t.Errorf("zip holds %s", got)
	}

	// Unpack the host archive and ask the binary its version.
	f, err := os.Open(filepath.Join(out, want[1]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	bin := filepath.Join(t.TempDir(), "psmailscan")
	var inTar []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		inTar = append(inTar, h.Name)
		if h.Name == "psmailscan" {
			if h.Mode&0o111 == 0 {
				t.Errorf("psmailscan is not executable in the archive (mode %o)", h.Mode)
			}
			data, _ := io.ReadAll(tr)
			if err := os.WriteFile(bin, data, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got := strings.Join(inTar, " "); got != "psmailscan LICENSE README.md" {
		t.Errorf("tar.gz holds %s", got)
	}
	got, err := exec.Command(bin, "--version").Output()
	if err != nil || string(got) != "psmailscan 9.9.9\n" {
		t.Errorf("--version = %q (%v), want psmailscan 9.9.9", got, err)
	}
}
