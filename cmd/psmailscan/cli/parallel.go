package cli

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallel runs work(i) for i in [0,n) on up to jobs goroutines (all cores
// when jobs <= 0). Callers store results by index, so output order never
// depends on scheduling: the same input gives the same bytes at any --jobs.
func parallel(n, jobs int, work func(i int)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, n)
	if jobs <= 1 {
		for i := 0; i < n; i++ {
			work(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				work(i)
			}
		}()
	}
	wg.Wait()
}
