package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// A run in three phases, as a repository-wide pass needs: phase 1 reduces
// every file to a small summary in parallel (nothing else of the file is
// kept), phase 2 is one global step over all the summaries, phase 3
// finishes each file's output with the global result.
func ExampleMap() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "lib.psm1"), []byte("function Send-Report {}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "job.ps1"), []byte("Send-Report\n"), 0o644)

	d := pipeline.Discover([]string{dir}, nil)
	defer d.Close()

	// Phase 1: per file, in parallel, a summary.
	type summary struct {
		defines, calls string
	}
	sums, _ := pipeline.Map(context.Background(), len(d.Entries), 0, func(i int) summary {
		raw, skip := pipeline.Read(d.Entries[i], 10<<20)
		if skip.Skipped() {
			return summary{}
		}
		text := strings.TrimSpace(string(raw))
		if name, ok := strings.CutPrefix(text, "function "); ok {
			return summary{defines: strings.Fields(name)[0]}
		}
		return summary{calls: text}
	}, nil, nil)

	// Phase 2: one global step.
	definedIn := map[string]string{}
	for i, s := range sums {
		if s.defines != "" {
			definedIn[s.defines] = filepath.Base(d.Entries[i].Path)
		}
	}

	// Phase 3: each file's output, with the global result.
	for i, s := range sums {
		if s.calls != "" {
			fmt.Printf("%s calls %s from %s\n", filepath.Base(d.Entries[i].Path), s.calls, definedIn[s.calls])
		}
	}
	// Output: job.ps1 calls Send-Report from lib.psm1
}
