package cli

import (
	"os"
	"runtime/debug"
	"sync"
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

// bytesPerInputByte is about what the syntax tree and semantic model of a
// script take per byte of the file while it is scanned (a 16 MB file peaks
// at 670 MB). The limit is raised to make room for the largest file seen,
// so that one big file does not make the collector run without pause.
const bytesPerInputByte = 64

var memLimit struct {
	sync.Mutex
	managed bool  // ManageMemory was called: the process is ours to tune
	set     bool  // false: GOMEMLIMIT given, leave the runtime alone
	limit   int64 // current limit
}

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
// about to be scanned.
func roomForFile(size int64) {
	memLimit.Lock()
	defer memLimit.Unlock()
	if want := size * bytesPerInputByte; memLimit.set && want > memLimit.limit {
		memLimit.limit = want
		debug.SetMemoryLimit(want)
	}
}
