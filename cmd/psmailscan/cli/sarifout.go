package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/sarif"
)

// writeSARIF writes the report as SARIF 2.1.0; URIs are relative to the
// current directory (%SRCROOT%), as GitHub's upload expects for a checkout.
func writeSARIF(w io.Writer, results []scan.Result, enabled func(*rules.Rule) bool, stderr io.Writer) error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	var enabledRules []*rules.Rule
	for _, r := range rules.All() {
		if enabled(r) {
			enabledRules = append(enabledRules, r)
		}
	}
	var files []sarif.File
	for _, r := range results {
		skipped := r.Status == scan.StatusSkipped
		if len(r.Findings) == 0 && len(r.Errors) == 0 && len(r.Internal) == 0 && !skipped {
			continue // nothing of it goes into the log (most files of a tree)
		}
		f := sarif.File{Path: r.Path, Skipped: skipped, Reason: r.Skip.String(), Errors: r.Errors, Internal: r.Internal,
			Findings: r.Findings, LineHashes: r.LineHashes}
		if r.File != nil {
			f.Source = r.File.Source
		} else {
			f.Source = parser.NewSource(r.Path, "")
		}
		files = append(files, f)
	}
	return sarif.Write(w, files, sarif.Options{
		ToolVersion: Version,
		Rules:       enabledRules,
		Root:        root,
		Notice:      func(msg string) { fmt.Fprintln(stderr, "psmailscan: "+msg) },
	})
}
