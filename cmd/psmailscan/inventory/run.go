package inventory

import (
	"context"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// Run scans the entries on jobs goroutines (all cores when jobs <= 0) and
// returns one row per entry, in the entries' order. When ctx is cancelled
// the workers finish the file in hand and stop; the entries not scanned get
// a row saying so (pipeline.Interrupted), and notRun counts them.
func Run(ctx context.Context, entries []pipeline.Entry, jobs int, opts *scan.Options, prog *pipeline.Progress) (rows []Row, notRun int) {
	return pipeline.Map(ctx, len(entries), jobs, func(i int) Row {
		row := ScanEntry(entries[i], opts)
		if row.Status != StatusSkipped {
			prog.AddBytes(row.Size)
		}
		return row
	}, func(i int) Row {
		e := entries[i]
		return skippedRow(Row{Path: e.Path, Kind: string(e.Kind), Size: e.Size}, pipeline.Interrupted)
	}, prog)
}
