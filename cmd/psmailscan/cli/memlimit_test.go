package cli

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
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

// TestFollowLive: while big files are in flight the limit stays put as
// long as the live heap is under four fifths of it, and then moves to a
// third above the live heap (a script denser than bytesPerInputByte
// allows for would otherwise make the collector run without pause).
func TestFollowLive(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct{ limit, live, want int64 }{
		{384 * mb, 0, 384 * mb},
		{384 * mb, 280 * mb, 384 * mb}, // the 16.7 MB benchmark file's peak
		{400 * mb, 320 * mb, 400 * mb},
		{400 * mb, 321 * mb, 428 * mb},
		{256 * mb, 486 * mb, 648 * mb},
	} {
		if got := followLive(c.limit, c.live); got != c.want {
			t.Errorf("followLive(%d MB, %d MB) = %d MB, want %d MB", c.limit/mb, c.live/mb, got/mb, c.want/mb)
		}
	}
}

// TestWatchLiveHeapStops: the watcher ends, and says so, once no file is
// in flight.
func TestWatchLiveHeapStops(t *testing.T) {
	// One started by another test (TestRoomForFilesInFlight) ends on its
	// own once that test's files are done.
	deadline := time.Now().Add(5 * time.Second)
	memLimit.Lock()
	for memLimit.watching {
		memLimit.Unlock()
		if time.Now().After(deadline) {
			t.Fatal("an earlier watcher still runs")
		}
		time.Sleep(time.Millisecond)
		memLimit.Lock()
	}
	savedSet, savedFlight := memLimit.set, memLimit.inFlight
	memLimit.set, memLimit.inFlight, memLimit.watching = true, 0, true
	memLimit.Unlock()
	t.Cleanup(func() {
		memLimit.Lock()
		memLimit.set, memLimit.inFlight = savedSet, savedFlight
		memLimit.Unlock()
	})
	ended := make(chan struct{})
	go func() { watchLiveHeap(time.Millisecond); close(ended) }()
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Fatal("the watcher still runs with nothing in flight")
	}
	memLimit.Lock()
	defer memLimit.Unlock()
	if memLimit.watching {
		t.Error("the watcher ended but is still marked as running")
	}
}
