//go:build unix

package inventory

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory/invtest"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// runTree discovers and scans the tree as the CLI does (after deleting the
// vanishing file between the two) and checks that the report lists exactly
// the expected paths with the expected outcome, and that the counts add up.
func runTree(t *testing.T, tr *invtest.Tree, jobs int) *Report {
	t.Helper()
	d := pipeline.Discover([]string{tr.Root}, nil)
	defer d.Close()
	if err := os.Remove(tr.Vanish); err != nil {
		t.Fatal(err)
	}
	rows, notRun := Run(context.Background(), d.Entries, jobs, testOptions(), nil, nil)
	if notRun > 0 {
		t.Fatal("interrupted")
	}
	rep := NewReport("test", "2026-11-22", 10<<20, rows)
	checkReport(t, rep, tr.Want)
	return rep
}

func checkReport(t *testing.T, rep *Report, want map[string]invtest.Expect) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range rep.Scripts {
		if seen[r.Path] {
			t.Errorf("%s listed twice", r.Path)
		}
		seen[r.Path] = true
		w, ok := want[r.Path]
		if !ok {
			t.Errorf("unexpected entry %s (%s %s)", r.Path, r.Status, r.Reason)
			continue
		}
		if r.Status != w.Status || !strings.Contains(r.Reason, w.Reason) || r.Kind != string(w.Kind) {
			t.Errorf("%s: %s %s %q, want %s %s %q", r.Path, r.Kind, r.Status, r.Reason, w.Kind, w.Status, w.Reason)
		}
		if len(r.InternalErrors) > 0 {
			t.Errorf("%s: internal errors %v", r.Path, r.InternalErrors)
		}
		if r.Status != StatusSkipped && r.Verdict == "" {
			t.Errorf("%s: scanned without a verdict", r.Path)
		}
	}
	for p := range want {
		if !seen[p] {
			t.Errorf("lost: %s", p)
		}
	}
	s := rep.Summary
	if s.Entries != len(rep.Scripts) || s.Scanned+s.Skipped != s.Entries {
		t.Errorf("counts do not add up: %d entries, %d rows, %d scanned + %d skipped", s.Entries, len(rep.Scripts), s.Scanned, s.Skipped)
	}
	sum := 0
	for _, n := range s.ByVerdict {
		sum += n
	}
	if sum != s.Scanned {
		t.Errorf("verdicts add up to %d, scanned %d", sum, s.Scanned)
	}
	sum = 0
	for _, n := range s.SkippedByReason {
		sum += n
	}
	if sum != s.Skipped {
		t.Errorf("skip reasons add up to %d, skipped %d", sum, s.Skipped)
	}
}

func TestTreeHardCases(t *testing.T) {
	tr := invtest.Make(t, 20)
	rep := runTree(t, tr, 4)
	byPath := map[string]Row{}
	for _, r := range rep.Scripts {
		byPath[r.Path] = r
	}
	for _, c := range []struct{ rel, enc string }{
		{"utf16/le-bom.ps1", "utf-16le-bom"}, {"utf16/be-bom.ps1", "utf-16be-bom"}, {"utf16/le-nobom.ps1", "utf-16le"},
		{"encodings/utf8-bom.ps1", "utf-8-bom"}, {"encodings/cp1252.ps1", "windows-1252"},
	} {
		r := byPath[filepath.Join(tr.Root, c.rel)]
		if r.Encoding != c.enc {
			t.Errorf("%s: encoding %q, want %q", c.rel, r.Encoding, c.enc)
		}
		if strings.HasPrefix(c.rel, "utf16/") && (!r.SendsMail || len(r.SMTPHosts) != 1 || r.SMTPHosts[0] != "relay.contoso.local") {
			t.Errorf("%s: not read as a mail script: %+v", c.rel, r)
		}
	}
	long := byPath[tr.Long]
	if !long.SendsMail || long.Verdict != VerdictRewrite {
		t.Errorf("the script at a path of %d bytes was not scanned: %+v", len(tr.Long), long)
	}
	if r := byPath[filepath.Join(tr.Root, "links/good.ps1")]; !r.SendsMail {
		t.Errorf("file link not followed: %+v", r)
	}
}

func TestSameReportAtAnyJobs(t *testing.T) {
	tr := invtest.Make(t, 30)
	d := pipeline.Discover([]string{tr.Root}, nil)
	defer d.Close()
	a, _ := Run(context.Background(), d.Entries, 1, testOptions(), nil, nil)
	b, _ := Run(context.Background(), d.Entries, 8, testOptions(), nil, nil)
	var ja, jb strings.Builder
	WriteJSON(&ja, NewReport("t", "2026-11-22", 10<<20, a))
	WriteJSON(&jb, NewReport("t", "2026-11-22", 10<<20, b))
	if ja.String() != jb.String() {
		t.Error("--jobs 1 and --jobs 8 give different reports")
	}
}

func TestInterruptedRunListsEverything(t *testing.T) {
	tr := invtest.Make(t, 40)
	d := pipeline.Discover([]string{tr.Root}, nil)
	defer d.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	prog := &pipeline.Progress{Total: len(d.Entries), AfterEach: func(done int) {
		if done == 10 {
			cancel()
		}
	}}
	rows, notRun := Run(ctx, d.Entries, 2, testOptions(), prog, nil)
	if len(rows) != len(d.Entries) {
		t.Fatalf("%d rows for %d entries", len(rows), len(d.Entries))
	}
	notDone := 0
	for i, r := range rows {
		if r.Path != d.Entries[i].Path {
			t.Errorf("row %d is %s, entry %s", i, r.Path, d.Entries[i].Path)
		}
		if r.Reason == pipeline.Interrupted.String() {
			notDone++
		}
	}
	done, _ := prog.Done()
	if notDone == 0 || notDone != notRun || done+notDone != len(rows) || done < 10 {
		t.Errorf("%d done + %d not done != %d rows", done, notDone, len(rows))
	}
}

func TestMergeRefusesIncompleteShards(t *testing.T) {
	mk := func(i, n, entries int, asOf string) *Report {
		r := NewReport("v", asOf, 1, []Row{{Path: "p" + string(rune('0'+i)), Kind: KindFile, Status: StatusOK, Verdict: VerdictReady}})
		r.Shard = &Shard{Index: i, Count: n, Entries: entries}
		return r
	}
	if _, err := Merge([]*Report{mk(1, 3, 3, "2026-01-01"), mk(3, 3, 3, "2026-01-01")}); err == nil || !strings.Contains(err.Error(), "missing shard report(s) 2/3") {
		t.Errorf("missing shard: %v", err)
	}
	if _, err := Merge([]*Report{mk(1, 2, 2, "2026-01-01"), mk(2, 2, 2, "2026-01-02")}); err == nil || !strings.Contains(err.Error(), "as-of") {
		t.Errorf("different --as-of: %v", err)
	}
	if _, err := Merge([]*Report{mk(1, 2, 2, "2026-01-01"), mk(1, 2, 2, "2026-01-01")}); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("shard twice: %v", err)
	}
	if _, err := Merge([]*Report{mk(1, 2, 5, "2026-01-01"), mk(2, 2, 5, "2026-01-01")}); err == nil || !strings.Contains(err.Error(), "discovery found 5") {
		t.Errorf("entries lost: %v", err)
	}
	if _, err := Merge([]*Report{mk(1, 2, 2, "2026-01-01"), mk(2, 2, 2, "2026-01-01")}); err != nil {
		t.Errorf("complete set: %v", err)
	}
}
