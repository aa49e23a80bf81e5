package cli

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the soft memory limit of a scan. Go's collector
// lets the heap grow to twice what is live; on a large tree the results
// kept for the report made that slack grow with the number of files. With
// the limit the collector works harder only as the heap approaches it, so
// peak memory stays flat (README.md, "Benchmarks"); a file whose own syntax
// tree needs more still gets it. GOMEMLIMIT in the environment overrides it.
const defaultMemoryLimit = 256 << 20

func setMemoryLimit() {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		return
	}
	debug.SetMemoryLimit(defaultMemoryLimit)
}
