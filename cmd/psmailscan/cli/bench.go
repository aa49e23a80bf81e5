package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// runBench implements `psmailscan bench [--jobs N] [--copies K] DIR...`: the
// full scan (discovery, every rule including the off-by-default ones, SARIF
// report written to io.Discard) through the same code as the scan command,
// then a report of files, MB, wall time, MB/s, files/s and peak memory.
// --copies K lists every file K times, the copies under virtual folders
// copy1, copy2, … in front of their absolute paths, as a tree K times as
// large, to show that memory stays flat and time linear as the number of
// files grows.
func runBench(args []string, stdout, stderr io.Writer) int {
	c := newCommand("bench", "usage: psmailscan bench [--jobs N] [--copies K] [--max-file-size B] [--cpuprofile F] [--memprofile F] DIR...\n\nThe full scan (every rule, SARIF to nowhere) with files, MB/s and peak memory.", "")
	fs := c.fs
	jobs := fs.IntP("jobs", "j", 0, "files scanned in parallel (default: all cores)")
	copies := fs.IntP("copies", "k", 1, "scan every file this many times, under as many virtual folders")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile at the end of the run to this file")
	maxFileSize := fs.Int64("max-file-size", 10<<20, "files larger than this many bytes are listed as skipped")
	if code, done := c.parse(args, stdout, stderr); done {
		return code
	}
	if code, done := c.atLeast(stderr, "jobs", int64(*jobs), 1); done {
		return code
	}
	if code, done := c.atLeast(stderr, "max-file-size", *maxFileSize, 1); done {
		return code
	}
	if code, done := c.atLeast(stderr, "copies", int64(*copies), 1); done {
		return code
	}
	paths := fs.Args()
	if len(paths) == 0 {
		return usageError(stderr, "bench: name the folder (or files) to scan")
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return usageError(stderr, "bench: %s: %s", p, pipeline.ErrText(err))
		}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: %v\n", err)
			return exitTrouble
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "psmailscan: %v\n", err)
			return exitTrouble
		}
		defer pprof.StopCPUProfile()
	}

	setMemoryLimit()
	peak := startPeakSampler()
	cpu0 := cpuTime()
	start := time.Now()
	disc := pipeline.Discover(paths, nil)
	defer disc.Close()
	found := disc.Entries
	inputs := make([]pipeline.Entry, 0, len(found)**copies)
	for k := 0; k < *copies; k++ {
		inputs = append(inputs, found...)
	}
	// Each copy is a file of its own in the index and the report, as in a
	// tree that holds the copies (the same path K times made the index K
	// times as wide at every path); it is read and analyzed where it is.
	rename := func(i int, path string) string {
		if k := i / len(found); k > 0 {
			return copyPath(path, k)
		}
		return path
	}
	all := func(*rules.Rule) bool { return true }
	opts := &scan.Options{Config: &rules.Config{AsOf: time.Now().UTC()}, Enabled: all, MaxFileSize: *maxFileSize}
	results, _ := scanEntries(context.Background(), inputs, nil, opts, *jobs, keepPositions, nil, rename)
	scanned := time.Since(start)
	scanPeak, scanHWM := peak.now(), vmHWM()
	if err := writeSARIF(io.Discard, results, all, io.Discard); err != nil {
		fmt.Fprintf(stderr, "psmailscan: writing the SARIF report: %v\n", err)
		return exitTrouble
	}
	wall := time.Since(start)
	cpu := cpuTime() - cpu0
	heapPeak := peak.stop()
	if *memProfile != "" {
		if f, err := os.Create(*memProfile); err == nil {
			runtime.GC()
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}

	var bytes, findings, parseErr, skipped, internal int
	for _, r := range results {
		bytes += r.Bytes
		findings += len(r.Findings)
		internal += len(r.Internal)
		switch r.Status {
		case scan.StatusParseError:
			parseErr++
		case scan.StatusSkipped:
			skipped++
		}
	}
	mb := float64(bytes) / 1e6
	secs := max(wall.Seconds(), 1e-9)
	hwm := vmHWM()
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "psmailscan bench: %s, %d cop%s, %d jobs on %d cores, all %d rules, SARIF to io.Discard\n",
		strings.Join(paths, " "), *copies, plural(*copies, "y", "ies"), effectiveJobs(*jobs, len(inputs)), runtime.NumCPU(), len(rules.All()))
	fmt.Fprintf(w, "files        %d (%d with syntax errors, %d skipped, %d internal errors), %d findings\n",
		len(results), parseErr, skipped, internal, findings)
	fmt.Fprintf(w, "input        %.2f MB\n", mb)
	fmt.Fprintf(w, "wall time    %.3f s (scan %.3f s, SARIF %.3f s); CPU time %.3f s\n", wall.Seconds(), scanned.Seconds(), (wall - scanned).Seconds(), cpu.Seconds())
	fmt.Fprintf(w, "throughput   %.1f MB/s, %.0f files/s\n", mb/secs, float64(len(results))/secs)
	if hwm > 0 {
		fmt.Fprintf(w, "peak memory  %.0f MB resident (VmHWM), %.0f MB Go runtime (sampled); during the scan, before SARIF: %.0f MB and %.0f MB\n",
			float64(hwm)/1e6, float64(heapPeak)/1e6, float64(scanHWM)/1e6, float64(scanPeak)/1e6)
	} else {
		fmt.Fprintf(w, "peak memory  %.0f MB Go runtime (sampled); during the scan, before SARIF: %.0f MB\n", float64(heapPeak)/1e6, float64(scanPeak)/1e6)
	}
	fmt.Fprintf(w, "#BENCH\tfiles=%d\tMB=%.3f\twall_s=%.3f\tcpu_s=%.3f\tMB/s=%.2f\tfiles/s=%.0f\tpeak_rss_MB=%.0f\tpeak_go_MB=%.0f\tscan_peak_rss_MB=%.0f\tfindings=%d\n",
		len(results), mb, wall.Seconds(), cpu.Seconds(), mb/secs, float64(len(results))/secs, float64(hwm)/1e6, float64(heapPeak)/1e6, float64(scanHWM)/1e6, findings)
	if err := w.Flush(); err != nil {
		return exitTrouble
	}
	if internal > 0 {
		return exitTrouble
	}
	return exitOK
}

// copyPath puts the k-th copy of a path under a virtual folder copyK at
// the root of the file system, in front of its absolute path: every copy
// is a distinct file, and the copies keep the tree's layout (relative
// dot-sources, module folders) among their own.
func copyPath(path string, k int) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	vol := filepath.VolumeName(abs)
	return filepath.Join(vol+string(filepath.Separator), "copy"+strconv.Itoa(k), abs[len(vol):])
}

func effectiveJobs(jobs, n int) int {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	return max(1, min(jobs, n))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// vmHWM returns the process's peak resident set size in bytes from
// /proc/self/status (Linux), or 0 where it is not available.
func vmHWM() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb * 1024
			}
		}
	}
	return 0
}

// peakSampler samples the memory the Go runtime has mapped
// (/memory/classes/total:bytes less what it released to the OS) every 5 ms
// and keeps the highest value: a portable peak where VmHWM is not available.
type peakSampler struct {
	done chan struct{}
	wg   sync.WaitGroup
	peak atomic.Uint64
}

func startPeakSampler() *peakSampler {
	p := &peakSampler{done: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		samples := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			if v := samples[0].Value.Uint64() - samples[1].Value.Uint64(); v > p.peak.Load() {
				p.peak.Store(v)
			}
			select {
			case <-p.done:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// now returns the peak so far.
func (p *peakSampler) now() uint64 { return p.peak.Load() }

func (p *peakSampler) stop() uint64 {
	close(p.done)
	p.wg.Wait()
	return p.peak.Load()
}
