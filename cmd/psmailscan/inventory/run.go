package inventory

import (
	"context"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules/index"
)

// IndexOptions say what the repository index covers besides the entries
// scanned.
type IndexOptions struct {
	// Others are entries indexed but not reported: the files of the other
	// shards and of --module-path. Their calls and functions count; they
	// get no row.
	Others []pipeline.Entry
	// Root is the report's Root: Via paths are relative to it.
	Root string
}

// Run scans the entries on jobs goroutines (all cores when jobs <= 0) and
// returns one row per entry, in the entries' order. When ctx is cancelled
// the workers finish the file in hand and stop; the entries not scanned get
// a row saying so (pipeline.Interrupted), and notRun counts them.
//
// It runs in three phases: each file is scanned and reduced to its row and
// its summary for the repository index (phase 1, in parallel, the model
// dropped as soon as both are made), the files of ix.Others are summarized
// (also phase 1), the index is built once (phase 2), and each row is
// completed with what the script does through functions of other files
// (phase 3, ApplyIndex). ix may be nil: the index then covers the entries.
func Run(ctx context.Context, entries []pipeline.Entry, jobs int, opts *scan.Options, prog *pipeline.Progress, ix *IndexOptions) (rows []Row, notRun int) {
	if ix == nil {
		ix = &IndexOptions{}
	}
	type scanned struct {
		row Row
		sum *index.FileSummary
	}
	out, notRun := pipeline.MapInOrder(ctx, pipeline.LargestFirst(entries), jobs, func(i int) scanned {
		row, sum := scanEntry(entries[i], opts)
		if row.Status != StatusSkipped {
			prog.AddBytes(row.Size)
		}
		return scanned{row, sum}
	}, func(i int) scanned {
		e := entries[i]
		return scanned{row: skippedRow(Row{Path: e.Path, Kind: string(e.Kind), Size: e.Size}, pipeline.Interrupted)}
	}, prog)
	rows = make([]Row, len(out))
	sums := make([]*index.FileSummary, 0, len(out)+len(ix.Others))
	for i, s := range out {
		rows[i] = s.row
		sums = append(sums, s.sum)
	}
	if notRun > 0 {
		return rows, notRun // an interrupted run reports what it has, without the index
	}
	others, _ := pipeline.Map(ctx, len(ix.Others), jobs, func(i int) *index.FileSummary {
		raw, skip := pipeline.Read(ix.Others[i], opts.MaxFileSize)
		if skip.Skipped() {
			return nil
		}
		return scan.IndexOnly(ix.Others[i].Path, raw, opts, true)
	}, func(int) *index.FileSummary { return nil }, nil)
	ApplyIndex(rows, index.Build(append(sums, others...)), ix.Root)
	return rows, notRun
}
