package cli

import (
	"io"
	"strings"
	"time"

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
// messages list them: a new format is one entry here and the file that
// writes it.
var scanFormats = []struct {
	name  string
	write func(w io.Writer, r *report) error
}{
	{"text", func(w io.Writer, r *report) error {
		return writeText(w, r.results, r.verbose, r.showSuppressed, useColor(w), r.maxSame, r.asOf)
	}},
	{"json", func(w io.Writer, r *report) error { return writeJSON(w, r.results) }},
	{"sarif", func(w io.Writer, r *report) error { return writeSARIF(w, r.results, r.enabled, r.stderr) }},
	{"csv", func(w io.Writer, r *report) error { return writeCSV(w, r.results, r.showSuppressed) }},
}

// scanFormat returns the writer of a format, nil for an unknown one.
func scanFormat(name string) func(w io.Writer, r *report) error {
	for _, f := range scanFormats {
		if f.name == name {
			return f.write
		}
	}
	return nil
}

// scanFormatNames lists the formats for messages: "text, json, sarif or csv".
func scanFormatNames() string {
	var names []string
	for _, f := range scanFormats {
		names = append(names, f.name)
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
