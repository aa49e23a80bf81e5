package cli

import (
	"io"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/formats"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// report is what a scan report writer is given.
type report struct {
	results        []scan.Result
	enabled        func(*rules.Rule) bool
	verbose        bool
	showSuppressed bool
	stderr         io.Writer
	maxSame        int       // text: cap on identical findings per file (0: none)
	asOf           time.Time // text summary: "breaks" or "broken since"
}

// scanFormats are the scan's report writers, in the order help and
// messages list them: a new format is one row here and the file that
// writes it.
var scanFormats = formats.Table[*report]{
	{Name: "text", Write: func(w io.Writer, r *report) error {
		return writeText(w, r.results, r.verbose, r.showSuppressed, useColor(w), r.maxSame, r.asOf)
	}},
	{Name: "json", Write: func(w io.Writer, r *report) error { return writeJSON(w, r.results) }},
	{Name: "sarif", Write: func(w io.Writer, r *report) error { return writeSARIF(w, r.results, r.enabled, r.stderr) }},
	{Name: "csv", Write: func(w io.Writer, r *report) error { return writeCSV(w, r.results, r.showSuppressed) }},
}

// inventoryReport is what an inventory report writer is given (by
// `inventory` and by `merge` of inventory reports).
type inventoryReport struct {
	rep  *inventory.Report
	html inventory.HTMLOptions
}

// inventoryFormats are the inventory's report writers, the same pattern
// as scanFormats; the first is the default of `inventory` (merge
// defaults to json, the format shards are merged from).
var inventoryFormats = formats.Table[inventoryReport]{
	{Name: "csv", Write: func(w io.Writer, r inventoryReport) error { return inventory.WriteCSV(w, r.rep) }},
	{Name: "json", Write: func(w io.Writer, r inventoryReport) error { return inventory.WriteJSON(w, r.rep) }},
	{Name: "html", Write: func(w io.Writer, r inventoryReport) error { return inventory.WriteHTML(w, r.rep, r.html) }},
}
