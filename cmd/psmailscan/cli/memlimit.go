package cli

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// defaultMemoryLimit is the soft memory limit of a scan. Go's collector
// lets the heap grow to twice what is live; on a large tree the results
// kept for the report made that slack grow with the number of files. With
// the limit the collector works harder only as the heap approaches it, so
// peak memory stays flat as files are added (README.md, "Benchmarks").
// GOMEMLIMIT in the environment overrides it.
const defaultMemoryLimit = 256 << 20

// defaultGCPercent replaces GOGC's 100 while the memory limit holds the
// heap: the scan keeps little between files, so at 100 the collector ran
// every few megabytes (a fifth of the CPU time on the dev corpus); at 400
// it runs a quarter as often and the limit still bounds the peak. GOGC in
// the environment overrides it.
const defaultGCPercent = 400

// bytesPerInputByte is the room the limit makes per byte of the files
// being scanned at once. Their syntax trees and semantic models take about
// 17 bytes per byte at most (the 16.7 MB file of the benchmark scripts
// repeated: 280 MB live at the end of its rules); 23 leaves the collector
// a third more, so it runs a few times during such a file, not without
// pause, and the whole process stays under 400 MB (issue 17: 25 bytes per
// input byte). At 64 the collector seldom ran and the peak was 520 MB.
const bytesPerInputByte = 23

var memLimit struct {
	sync.Mutex
	managed bool  // ManageMemory was called: the process is ours to tune
	set     bool  // false: GOMEMLIMIT given, leave the runtime alone
	limit   int64 // current limit
	// inFlight is the size of the files being scanned (see roomForFile).
	inFlight int64
	files    int // files started, for the periodic look at the live heap
	sample   []metrics.Sample
	watching bool // watchLiveHeap is running
}

// liveCheckEvery is how many files pass between two looks at the live
// heap (a metrics read is cheap, but not free).
const liveCheckEvery = 64

// ManageMemory lets the scan set the process's soft memory limit and GC
// percent (see setMemoryLimit). Only the psmailscan program calls it, from
// main: both settings are process-wide, and a test or another program
// that calls Main in-process keeps its own.
func ManageMemory() {
	memLimit.Lock()
	defer memLimit.Unlock()
	memLimit.managed = true
}

// setMemoryLimit sets the default soft limit unless GOMEMLIMIT is set, and
// the default GC percent with it unless GOGC is set; it does nothing
// unless ManageMemory was called.
func setMemoryLimit() {
	memLimit.Lock()
	defer memLimit.Unlock()
	if !memLimit.managed {
		return
	}
	if _, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		memLimit.set = false
		return
	}
	memLimit.set, memLimit.limit = true, defaultMemoryLimit
	debug.SetMemoryLimit(defaultMemoryLimit)
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(defaultGCPercent)
	}
}

// roomForFile raises the limit, if needed, for a file of the given size
// about to be scanned, with room for every file being scanned at the same
// time (two big files on two workers need twice the room). Call the
// returned function when the file is done. The limit is never lowered.
func roomForFile(size int64) (done func()) {
	memLimit.Lock()
	defer memLimit.Unlock()
	if !memLimit.set {
		return func() {}
	}
	memLimit.inFlight += size
	done = func() {
		memLimit.Lock()
		defer memLimit.Unlock()
		memLimit.inFlight -= size
	}
	want := memLimit.inFlight * bytesPerInputByte
	// What the run keeps between files (each file's results for the
	// report, the repository index's summaries) grows with the number of
	// files. Once the live heap passes half the limit, the collector would
	// run without pause to hold the limit (on the corpus copied 16 times it
	// spent two thirds of the CPU there, and the time grew 13 times for 4
	// times the input): keep the limit at twice the live heap instead, as
	// GOGC=100 would, so time stays linear.
	memLimit.files++
	if memLimit.files%liveCheckEvery == 0 {
		if memLimit.sample == nil {
			memLimit.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		}
		metrics.Read(memLimit.sample)
		if v := memLimit.sample[0].Value; v.Kind() == metrics.KindUint64 {
			want = max(want, 2*int64(v.Uint64()))
		}
	}
	if want > memLimit.limit {
		memLimit.limit = want
		debug.SetMemoryLimit(want)
	}
	if memLimit.limit > defaultMemoryLimit && !memLimit.watching {
		memLimit.watching = true
		go watchLiveHeap(liveWatchEvery)
	}
	return done
}

// liveWatchEvery is how often watchLiveHeap looks at the live heap.
const liveWatchEvery = 10 * time.Millisecond

// watchLiveHeap raises the limit while big files are being scanned, if
// their live heap outgrows what bytesPerInputByte allowed for: a script
// denser than the benchmark's (a long list of small numbers makes a node
// every 2 or 3 bytes) takes more than 17 bytes per byte, and under the
// limit the collector would then run without pause (a 16 MB list of
// bytes: 24 collections, a fifth more CPU than with the old 64 bytes per
// byte). It stops when no file is in flight.
func watchLiveHeap(every time.Duration) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(every)
	defer t.Stop()
	for range t.C {
		metrics.Read(sample)
		memLimit.Lock()
		if memLimit.inFlight == 0 {
			memLimit.watching = false
			memLimit.Unlock()
			return
		}
		if v := sample[0].Value; v.Kind() == metrics.KindUint64 {
			if want := followLive(memLimit.limit, int64(v.Uint64())); want > memLimit.limit {
				memLimit.limit = want
				debug.SetMemoryLimit(want)
			}
		}
		memLimit.Unlock()
	}
}

// followLive returns the limit for a live heap: unchanged while the heap
// stays under four fifths of it, else a third above the live heap, as
// GOGC=33 would give.
func followLive(limit, live int64) int64 {
	if live*5 <= limit*4 {
		return limit
	}
	return live + live/3
}
