package inventory

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// InterruptedReason is the reason of the rows of files that Ctrl-C kept from being scanned.
const InterruptedReason = "not scanned: interrupted"

// Progress is shared between the workers and the progress bar.
type Progress struct {
	Total      int
	TotalBytes int64
	done       atomic.Int64
	bytes      atomic.Int64
	// AfterEach, when set, is called by a worker after each entry (tests
	// cancel the scan from it).
	AfterEach func(done int)
}

// Done returns the entries finished so far and their bytes.
func (p *Progress) Done() (int, int64) { return int(p.done.Load()), p.bytes.Load() }

// Run scans the entries on jobs goroutines (all cores when jobs <= 0) and
// returns one row per entry, in the entries' order. When ctx is cancelled
// the workers finish the file in hand and stop; the entries not scanned get
// a row with InterruptedReason, and interrupted is true.
func Run(ctx context.Context, entries []Entry, jobs int, opts *scan.Options, prog *Progress) (rows []Row, interrupted bool) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = max(1, min(jobs, len(entries)))
	if prog == nil {
		prog = &Progress{}
	}
	rows = make([]Row, len(entries))
	done := make([]bool, len(entries))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(entries) {
					return
				}
				rows[i] = ScanEntry(entries[i], opts)
				done[i] = true
				if rows[i].Status != StatusSkipped {
					prog.bytes.Add(rows[i].Size)
				}
				n := prog.done.Add(1)
				if prog.AfterEach != nil {
					prog.AfterEach(int(n))
				}
			}
		}()
	}
	wg.Wait()
	for i := range rows {
		if !done[i] {
			interrupted = true
			e := entries[i]
			rows[i] = skippedRow(Row{Path: e.Path, Kind: e.Kind, Size: e.Size}, InterruptedReason)
		}
	}
	return rows, interrupted
}

// ProgressBar draws the progress on w (a terminal) every interval until
// the returned stop function is called, which erases the bar.
func ProgressBar(w io.Writer, p *Progress, interval time.Duration) (stop func()) {
	start := time.Now()
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-quit:
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-t.C:
				fmt.Fprint(w, "\r"+progressLine(p, time.Since(start))+"\x1b[K")
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(quit)
			wg.Wait()
		})
	}
}

// progressLine renders "[#####.....] 1234/5501 files  12.3 MB/s  ETA 0:42".
func progressLine(p *Progress, elapsed time.Duration) string {
	done, bytes := p.Done()
	frac := 0.0
	switch {
	case p.TotalBytes > 0:
		frac = float64(bytes) / float64(p.TotalBytes)
	case p.Total > 0:
		frac = float64(done) / float64(p.Total)
	}
	frac = min(max(frac, 0), 1)
	const width = 30
	filled := int(frac * width)
	bar := strings.Repeat("#", filled) + strings.Repeat(".", width-filled)
	secs := max(elapsed.Seconds(), 1e-3)
	rate := float64(bytes) / 1e6 / secs
	eta := "--:--"
	if frac > 0 && done < p.Total {
		remain := time.Duration(float64(elapsed) * (1 - frac) / frac)
		eta = fmtDuration(remain)
	} else if done >= p.Total {
		eta = "0:00"
	}
	return fmt.Sprintf("[%s] %d/%d files  %.1f MB/s  ETA %s", bar, done, p.Total, rate, eta)
}

func fmtDuration(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
