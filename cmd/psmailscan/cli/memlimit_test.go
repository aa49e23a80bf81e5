package cli

import (
	"math"
	"os"
	"runtime"
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

// TestLimitFollowsLiveHeap: what a run keeps between files (results,
// index summaries) can outgrow the default limit; the limit then follows
// twice the live heap, so the collector does not run without pause.
func TestLimitFollowsLiveHeap(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	memLimit.Lock()
	saved := memLimit.set
	memLimit.set, memLimit.limit, memLimit.files = true, 1<<20, 0
	memLimit.Unlock()
	t.Cleanup(func() {
		debug.SetMemoryLimit(old)
		memLimit.Lock()
		memLimit.set, memLimit.limit, memLimit.files = saved, 0, 0
		memLimit.Unlock()
	})
	kept := make([]byte, 32<<20)
	for i := range kept {
		kept[i] = byte(i)
	}
	runtime.GC()
	for i := 0; i < liveCheckEvery; i++ {
		roomForFile(0)
	}
	runtime.KeepAlive(kept)
	memLimit.Lock()
	got := memLimit.limit
	memLimit.Unlock()
	if got < 64<<20 {
		t.Errorf("limit %d MB with 32 MB live, want at least 64 MB", got>>20)
	}
	if rt := debug.SetMemoryLimit(-1); rt != got {
		t.Errorf("runtime limit %d, want %d", rt, got)
	}
}

// TestRoomForFilesInFlight: the limit makes room for every file being
// scanned at once (two big files on two workers need twice the room), a
// finished file gives its room back to the next ones, and the limit is
// never lowered.
func TestRoomForFilesInFlight(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	memLimit.Lock()
	saved := memLimit.set
	memLimit.set, memLimit.limit, memLimit.files, memLimit.inFlight = true, 1<<20, 1, 0
	memLimit.Unlock()
	t.Cleanup(func() {
		debug.SetMemoryLimit(old)
		memLimit.Lock()
		memLimit.set, memLimit.limit, memLimit.files, memLimit.inFlight = saved, 0, 0, 0
		memLimit.Unlock()
	})
	limit := func() int64 {
		memLimit.Lock()
		defer memLimit.Unlock()
		if rt := debug.SetMemoryLimit(-1); rt != memLimit.limit {
			t.Errorf("runtime limit %d, want %d", rt, memLimit.limit)
		}
		return memLimit.limit
	}
	const mb = 1 << 20
	doneA := roomForFile(10 * mb)
	if got := limit(); got != 10*mb*bytesPerInputByte {
		t.Errorf("one 10 MB file: limit %d MB, want %d", got/mb, 10*bytesPerInputByte)
	}
	doneB := roomForFile(10 * mb)
	if got := limit(); got != 20*mb*bytesPerInputByte {
		t.Errorf("two 10 MB files at once: limit %d MB, want %d", got/mb, 20*bytesPerInputByte)
	}
	doneA()
	doneB()
	doneC := roomForFile(5 * mb)
	defer doneC()
	if got := limit(); got != 20*mb*bytesPerInputByte {
		t.Errorf("after them, a 5 MB file: limit %d MB, want it kept at %d", got/mb, 20*bytesPerInputByte)
	}
	memLimit.Lock()
	inFlight := memLimit.inFlight
	memLimit.Unlock()
	if inFlight != 5*mb {
		t.Errorf("%d bytes in flight, want the 5 MB file's", inFlight)
	}
}
