package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

func write(t *testing.T, dir, rel, text string) string {
	t.Helper()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func paths(d *pipeline.Discovery, dir string) []string {
	var out []string
	for _, e := range d.Entries {
		if rel, err := filepath.Rel(dir, e.Path); err == nil && !strings.HasPrefix(rel, "..") {
			out = append(out, filepath.ToSlash(rel))
		} else {
			out = append(out, e.Path)
		}
	}
	return out
}

// TestDiscoverKinds: PowerShell files in any letter case, hidden folders
// included, other files left out, each argument sorted, arguments in the
// order given, each file once whatever its spelling.
func TestDiscoverKinds(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"b/x.ps1", "a.PS1", "m.Psm1", "d.psd1", "notes.txt", "readme.ps1.bak", ".hidden/h.ps1", "a-b/y.ps1", "a/z.ps1"} {
		write(t, dir, rel, "Get-Date\n")
	}
	other := write(t, t.TempDir(), "named.txt", "Get-Date\n")
	d := pipeline.Discover([]string{filepath.Join(dir, "b"), other, dir, filepath.Join(dir, "a.PS1"), dir + string(filepath.Separator) + "." + string(filepath.Separator) + "m.Psm1"}, nil)
	defer d.Close()
	got := paths(d, dir)
	want := []string{"b/x.ps1", other, ".hidden/h.ps1", "a-b/y.ps1", "a.PS1", "a/z.ps1", "d.psd1", "m.Psm1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries\n%q\nwant\n%q", got, want)
	}
	for _, e := range d.Entries {
		if e.Skip.Skipped() || e.Kind != pipeline.KindFile {
			t.Errorf("%s: %s %s", e.Path, e.Kind, e.Skip)
		}
	}
}

// TestDiscoverFilter: --include, --exclude and .gitignore apply inside
// folders (counted as excluded), never to a file named as an argument.
func TestDiscoverFilter(t *testing.T) {
	dir := t.TempDir()
	for _, rel := range []string{"Scripts/Mail.PS1", "scripts/sub/b.ps1", "archive/old.ps1", "tests/t.ps1", "gen/out.ps1", "gen/keep.ps1", ".git/hook.ps1"} {
		write(t, dir, rel, "Get-Date\n")
	}
	write(t, dir, ".gitignore", "gen/*\n!gen/keep.ps1\n")
	f, err := pipeline.NewFilter([]string{"**/*.ps1"}, []string{"archive/**", "TESTS\\*.ps1"}, true)
	if err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(dir, "archive", "old.ps1")
	d := pipeline.Discover([]string{dir, named}, f)
	defer d.Close()
	got := paths(d, dir)
	want := []string{"Scripts/Mail.PS1", "gen/keep.ps1", "scripts/sub/b.ps1", "archive/old.ps1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	if d.Excluded != 2 { // tests/t.ps1, gen/out.ps1 (archive/ is a folder left out whole)
		t.Errorf("excluded %d, want 2", d.Excluded)
	}
	if _, err := pipeline.NewFilter(nil, []string{"a/[b"}, false); err == nil {
		t.Error("invalid glob accepted")
	}
}

// TestReadLimits: the size limit (and none), a file that vanished.
func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.ps1", "0123456789")
	e := pipeline.FileEntry(p)
	if raw, s := pipeline.Read(e, 10); s.Skipped() || string(raw) != "0123456789" {
		t.Errorf("at the limit: %q %v", raw, s)
	}
	if _, s := pipeline.Read(e, 9); s.Kind != pipeline.SkipTooLarge {
		t.Errorf("over the limit: %v", s)
	}
	if raw, s := pipeline.Read(e, 0); s.Skipped() || len(raw) != 10 {
		t.Errorf("no limit: %q %v", raw, s)
	}
	os.Remove(p)
	if _, s := pipeline.Read(e, 10); s.Kind != pipeline.SkipVanished || !s.Trouble() {
		t.Errorf("vanished: %v", s)
	}
	skipped := pipeline.Entry{Path: "x", Skip: pipeline.Skip{Kind: pipeline.SkipBrokenLink}}
	if _, s := pipeline.Read(skipped, 0); s != skipped.Skip {
		t.Errorf("a skipped entry was read: %v", s)
	}
}

// TestSkipText: every kind has its own text, and only the zero Skip is
// not a skip.
func TestSkipText(t *testing.T) {
	seen := map[string]pipeline.SkipKind{}
	for k := pipeline.NotSkipped + 1; k <= pipeline.SkipInterrupted; k++ {
		s := pipeline.Skip{Kind: k, Detail: "d"}
		text := s.String()
		if text == "" || strings.HasPrefix(text, "skipped") || !s.Skipped() {
			t.Errorf("kind %d: %q", k, text)
		}
		if other, dup := seen[text]; dup {
			t.Errorf("kinds %d and %d both read %q", other, k, text)
		}
		seen[text] = k
	}
	if (pipeline.Skip{}).Skipped() || (pipeline.Skip{}).String() != "" {
		t.Error("the zero Skip is a skip")
	}
}

// TestMapSameAtAnyJobs: results by index, whatever the number of workers.
func TestMapSameAtAnyJobs(t *testing.T) {
	const n = 500
	work := func(i int) string { return fmt.Sprintf("%d:%d", i, i*i%97) }
	want, _ := pipeline.Map(context.Background(), n, 1, work, nil, nil)
	for _, jobs := range []int{0, 2, 3, 8, 64, 1000} {
		prog := &pipeline.Progress{Total: n}
		got, notRun := pipeline.Map(context.Background(), n, jobs, work, nil, prog)
		if notRun != 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("jobs %d: different results (%d not run)", jobs, notRun)
		}
		if done, _ := prog.Done(); done != n {
			t.Errorf("jobs %d: progress %d, want %d", jobs, done, n)
		}
	}
	if got, _ := pipeline.Map(context.Background(), 0, 4, work, nil, nil); len(got) != 0 {
		t.Errorf("no items: %v", got)
	}
}

// TestMapCancel: after cancellation the workers stop; every item is
// either done or handed to notRun, and the count says how many.
func TestMapCancel(t *testing.T) {
	const n = 200
	for _, jobs := range []int{1, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		prog := &pipeline.Progress{Total: n, AfterEach: func(done int) {
			if done == 20 {
				cancel()
			}
		}}
		got, notRun := pipeline.Map(ctx, n, jobs, func(i int) string { return "done" },
			func(i int) string { return pipeline.Interrupted.String() }, prog)
		cancel()
		done, _ := prog.Done()
		counted := 0
		for _, s := range got {
			if s == "not scanned: interrupted" {
				counted++
			}
		}
		if notRun == 0 || counted != notRun || done+notRun != n || done < 20 || done > 20+jobs {
			t.Errorf("jobs %d: %d done, %d not run (%d marked)", jobs, done, notRun, counted)
		}
	}
}

// ShardOf must never change: shard runs of different versions on
// different machines have to agree on the split (FNV-1a 64 of the path
// with forward slashes, modulo N, plus one).
func TestShardOfIsStable(t *testing.T) {
	got := []int{pipeline.ShardOf("scripts/a.ps1", 3), pipeline.ShardOf("scripts/b.ps1", 3), pipeline.ShardOf("scripts/sub/c.ps1", 7),
		pipeline.ShardOf("share/Reports/Send-Daily.ps1", 16), pipeline.ShardOf("anything", 1)}
	want := []int{3, 2, 4, 10, 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ShardOf = %v, want %v", got, want)
	}
	entries := []pipeline.Entry{{Path: "scripts/a.ps1"}, {Path: "scripts/b.ps1"}}
	if s := pipeline.Shard(entries, 2, 3); len(s) != 1 || s[0].Path != "scripts/b.ps1" {
		t.Errorf("Shard 2/3 = %v", s)
	}
}

func TestProgressLine(t *testing.T) {
	p := &pipeline.Progress{Total: 200, TotalBytes: 4e6}
	pipeline.SetProgress(p, 50, 1e6)
	got := pipeline.ProgressLine(p, 2*time.Second)
	want := "[#######.......................] 50/200 files  0.5 MB/s  ETA 0:06"
	if got != want {
		t.Errorf("progressLine = %q, want %q", got, want)
	}
	pipeline.SetProgress(p, 200, 4e6)
	if got := pipeline.ProgressLine(p, 8*time.Second); !strings.HasSuffix(got, "200/200 files  0.5 MB/s  ETA 0:00") {
		t.Errorf("finished: %q", got)
	}
}

// TestMapInOrder: the items are taken in the order given (one worker
// shows it), the results stay by item whatever the order and the number
// of workers, and items not run are reported by item too.
func TestMapInOrder(t *testing.T) {
	entries := []pipeline.Entry{{Path: "a", Size: 10}, {Path: "b", Size: 300}, {Path: "c", Size: 20}, {Path: "d", Size: 300}, {Path: "e", Size: 0}}
	order := pipeline.LargestFirst(entries)
	if fmt.Sprint(order) != "[1 3 2 0 4]" {
		t.Fatalf("LargestFirst = %v, want [1 3 2 0 4] (ties in their order)", order)
	}
	for _, jobs := range []int{1, 2, 4} {
		var taken []int
		var mu sync.Mutex
		out, skipped := pipeline.MapInOrder(context.Background(), order, jobs, func(i int) string {
			mu.Lock()
			taken = append(taken, i)
			mu.Unlock()
			return entries[i].Path
		}, nil, nil)
		if fmt.Sprint(out) != "[a b c d e]" || skipped != 0 {
			t.Errorf("jobs %d: out %v, skipped %d", jobs, out, skipped)
		}
		if jobs == 1 && fmt.Sprint(taken) != "[1 3 2 0 4]" {
			t.Errorf("one worker took %v, want the order [1 3 2 0 4]", taken)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	out, skipped := pipeline.MapInOrder(ctx, order, 1, func(i int) string {
		cancel() // stop after the first item, entry 1 (the largest)
		return entries[i].Path
	}, func(i int) string { return "not run " + entries[i].Path }, nil)
	if fmt.Sprint(out) != "[not run a b not run c not run d not run e]" || skipped != 4 {
		t.Errorf("cancelled: out %q, skipped %d", out, skipped)
	}
}
