package cli

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
)

// parseResult is what `psmailscan parse` learns about one file.
// statusInternalError: the parser failed on the file (parse only; the
// scan reports such a file as skipped with an internal error).
const statusInternalError scan.Status = "internal-error"

type parseResult struct {
	path   string
	bytes  int
	status scan.Status
	reason string
	lines  []string // file:line:col: message for each error
	tree   string
}

// runParse implements `psmailscan parse [--tree] PATH…`: it parses every
// file and prints, per file, ok / its parse errors / skipped-with-reason,
// then a summary line with files, bytes, error files and MB/s.
func runParse(args []string, stdout, stderr io.Writer) int {
	c := newCommand("parse", "usage: psmailscan parse [--tree] [--quiet] [--jobs N] PATH...\n\nParses only: per file ok, its syntax errors, or why it was skipped; then a summary.", "")
	fs := c.fs
	tree := fs.Bool("tree", false, "print each file's syntax tree as an S-expression")
	quiet := fs.BoolP("quiet", "q", false, "print only files with errors and the summary")
	jobs := fs.IntP("jobs", "j", 0, "number of files parsed in parallel (default: all cores)")
	if code, done := c.parse(args, stdout, stderr); done {
		return code
	}
	if code, done := c.atLeast(stderr, "jobs", int64(*jobs), 1); done {
		return code
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	disc := pipeline.Discover(paths, nil)
	defer disc.Close()
	start := time.Now()
	results, _ := pipeline.Map(context.Background(), len(disc.Entries), *jobs, func(i int) parseResult {
		return parseOne(disc.Entries[i], *tree)
	}, nil, nil)
	elapsed := time.Since(start)
	var files, totalBytes, errFiles, skipped, internal int
	for _, r := range results {
		files++
		totalBytes += r.bytes
		switch r.status {
		case scan.StatusOK:
			if !*quiet {
				fmt.Fprintf(stdout, "%s: ok\n", r.path)
			}
		case scan.StatusParseError:
			errFiles++
			fmt.Fprintf(stdout, "%s: %d parse error(s)\n", r.path, len(r.lines))
			for _, l := range r.lines {
				fmt.Fprintf(stdout, "  %s\n", l)
			}
		case scan.StatusSkipped:
			skipped++
			fmt.Fprintf(stdout, "%s: skipped: %s\n", r.path, r.reason)
		case statusInternalError:
			internal++
			fmt.Fprintf(stdout, "%s: internal error: %s\n", r.path, r.reason)
		}
		if r.tree != "" {
			fmt.Fprintln(stdout, r.tree)
		}
	}
	mb := float64(totalBytes) / 1e6
	fmt.Fprintf(stdout, "%d files, %.2f MB, %d with parse errors, %d skipped, %d internal errors, %.2f s, %.1f MB/s\n",
		files, mb, errFiles, skipped, internal, elapsed.Seconds(), mb/max(elapsed.Seconds(), 1e-9))
	switch {
	case internal > 0:
		return exitTrouble
	case errFiles > 0:
		return exitFindings
	}
	return exitOK
}

// parseOne reads (without a size limit: parse measures the parser) and parses one entry.
func parseOne(e pipeline.Entry, tree bool) parseResult {
	r := parseResult{path: e.Path}
	raw, skip := pipeline.Read(e, 0)
	if skip.Skipped() {
		r.status, r.reason = scan.StatusSkipped, skip.String()
		return r
	}
	r.bytes = len(raw)
	src, err := parser.DecodeOwned(e.Path, raw)
	if err != nil {
		r.status, r.reason = scan.StatusSkipped, pipeline.Skip{Kind: pipeline.SkipNotText}.String()
		return r
	}
	f, err := parser.Parse(src)
	if err != nil {
		r.status, r.reason = statusInternalError, err.Error()
		return r
	}
	r.status = scan.StatusOK
	if len(f.Errors) > 0 {
		r.status = scan.StatusParseError
		for _, e := range f.Errors {
			r.lines = append(r.lines, f.ErrorString(e))
		}
	}
	if tree {
		r.tree = parser.Dump(f.Script)
	}
	return r
}
