package cli

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBenchCommand runs the bench command on the rule fixtures, twice over
// with --copies 2: the report names every figure and counts every copy.
// (Speed and memory targets are measured with the command itself, see
// README.md, never asserted in a unit test.)
func TestBenchCommand(t *testing.T) {
	root := filepath.Join("..", "..", "..", "testdata", "rules")
	out1, errOut, code := run(t, "", "bench", "--jobs", "2", root)
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, out1, errOut)
	}
	out2, _, code := run(t, "", "bench", "--copies", "2", root)
	if code != exitOK {
		t.Fatalf("--copies 2: exit %d\n%s", code, out2)
	}
	for _, want := range []string{"files ", "input ", "wall time ", "MB/s", "files/s", "peak memory ", "#BENCH\tfiles="} {
		if !strings.Contains(out2, want) {
			t.Errorf("bench output lacks %q:\n%s", want, out2)
		}
	}
	files := regexp.MustCompile(`#BENCH\tfiles=(\d+)\t.*findings=(\d+)`)
	m1, m2 := files.FindStringSubmatch(out1), files.FindStringSubmatch(out2)
	if m1 == nil || m2 == nil {
		t.Fatalf("no #BENCH line:\n%s\n%s", out1, out2)
	}
	n1, _ := strconv.Atoi(m1[1])
	n2, _ := strconv.Atoi(m2[1])
	f1, _ := strconv.Atoi(m1[2])
	f2, _ := strconv.Atoi(m2[2])
	if n1 < 50 || n2 != 2*n1 || f1 == 0 || f2 != 2*f1 {
		t.Errorf("files %d -> %d, findings %d -> %d with --copies 2", n1, n2, f1, f2)
	}
	if _, _, code := run(t, "", "bench"); code != exitUsage {
		t.Errorf("bench without a folder: exit %d", code)
	}
	if _, errOut, code := run(t, "", "bench", filepath.Join(root, "nope")); code != exitUsage || !strings.Contains(errOut, "no such file") {
		t.Errorf("bench on a missing folder: exit %d %s", code, errOut)
	}
	if _, _, code := run(t, "", "bench", "--copies", "0", root); code != exitUsage {
		t.Errorf("--copies 0: exit %d", code)
	}
}
