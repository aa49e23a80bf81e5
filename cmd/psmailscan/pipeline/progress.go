package pipeline

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

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
