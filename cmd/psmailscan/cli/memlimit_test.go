package cli

import (
	"math"
	"os"
	"runtime/debug"
	"testing"
)

// TestMainLeavesRuntimeAlone: Main called in-process (as the tests do)
// leaves the process's GC percent and memory limit as they were; only the
// psmailscan program, through ManageMemory, tunes them.
func TestMainLeavesRuntimeAlone(t *testing.T) {
	gc := debug.SetGCPercent(100)
	limit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) })
	// setMemoryLimit asks only whether they are set: t.Setenv records the
	// values to restore, unsetenv removes them for the test.
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	unsetenv(t, "GOGC")
	unsetenv(t, "GOMEMLIMIT")
	dir := tree(t)
	for _, args := range [][]string{{"--no-config", "--no-fail", dir}, {"bench", dir}} {
		run(t, "", args...)
		if got := debug.SetGCPercent(100); got != 100 {
			t.Errorf("%v: GC percent changed to %d", args, got)
		}
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("%v: memory limit changed to %d", args, got)
		}
	}
}

func unsetenv(t *testing.T, key string) {
	t.Helper()
	if err := os.Unsetenv(key); err != nil {
		t.Fatal(err)
	}
}
