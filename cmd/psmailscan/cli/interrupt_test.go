package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// interruptAfter makes the next run stop as Ctrl-C would once n files are
// done; the returned function restores the real signal handling.
func interruptAfter(n int) func() {
	runContext = func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }
	runHook = func(p *pipeline.Progress, cancel context.CancelFunc) {
		p.AfterEach = func(done int) {
			if done == n {
				cancel()
			}
		}
	}
	return func() { runContext, runHook = nil, nil }
}

// TestScanInterruptWritesWhatWasDone: after Ctrl-C the scan writes the
// report of the files done, lists every other file as not scanned, and
// exits 130; a baseline, --diff or --fix is not half done.
func TestScanInterruptWritesWhatWasDone(t *testing.T) {
	dir := t.TempDir()
	const n = 60
	for i := range n {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d.ps1", i)), []byte(hostileSend), 0o644)
	}
	defer interruptAfter(5)()
	var out, errb bytes.Buffer
	code := Main([]string{"--no-config", "-f", "json", "-j", "2", "--as-of", "2026-11-22", dir}, nil, &out, &errb)
	if code != exitInterrupted {
		t.Fatalf("exit %d, want %d\n%s", code, exitInterrupted, errb.String())
	}
	var rep jsonReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	notDone, done := 0, 0
	for _, f := range rep.Files {
		switch {
		case f.Reason == pipeline.Interrupted.String():
			notDone++
		case f.Reason == "":
			done++
		}
	}
	if len(rep.Files) != n || notDone == 0 || done < 5 || done+notDone != n {
		t.Errorf("%d files in the report: %d scanned, %d not scanned", len(rep.Files), done, notDone)
	}
	if !strings.Contains(errb.String(), "psmailscan: interrupted: ") {
		t.Errorf("stderr: %s", errb.String())
	}

	base := filepath.Join(t.TempDir(), "baseline.json")
	for _, args := range [][]string{{"--write-baseline", base}, {"--fix"}, {"--diff"}} {
		defer interruptAfter(5)()
		out.Reset()
		errb.Reset()
		code := Main(append([]string{"--no-config", "-j", "2", dir}, args...), nil, &out, &errb)
		if code != exitInterrupted || out.Len() != 0 || !strings.Contains(errb.String(), "nothing written or changed") {
			t.Errorf("%s: exit %d, stdout %q, stderr %s", args[0], code, out.String(), errb.String())
		}
	}
	if _, err := os.Stat(base); err == nil {
		t.Error("a baseline was written by an interrupted run")
	}
	data, _ := os.ReadFile(filepath.Join(dir, "s00.ps1"))
	if string(data) != hostileSend {
		t.Error("an interrupted --fix changed a file")
	}
}
