package inventory

import (
	"fmt"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/index"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// ScanEntry reads, scans and reduces one entry to its row (without what
// the repository index adds). Nothing of the file (bytes, syntax tree,
// semantic model) outlives the call.
func ScanEntry(e pipeline.Entry, opts *scan.Options) Row {
	row, _ := scanEntry(e, opts)
	return row
}

// scanEntry reduces one entry to its row and its summary for the
// repository index (nil when the file was not parsed).
func scanEntry(e pipeline.Entry, opts *scan.Options) (row Row, sum *index.FileSummary) {
	row = Row{Path: e.Path, Kind: string(e.Kind), Size: e.Size}
	if e.Skip.Skipped() {
		return skippedRow(row, e.Skip), nil
	}
	defer func() {
		if v := recover(); v != nil {
			row = skippedRow(Row{Path: e.Path, Kind: string(e.Kind), Size: e.Size}, pipeline.Skip{Kind: pipeline.SkipInternalError})
			row.InternalErrors = append(row.InternalErrors, fmt.Sprint(v))
			sum = nil
		}
	}()
	res := scan.Entry(e, opts)
	row = reduce(row, &res, opts.Config)
	// The row's facts are the whole file's: when it sends nothing, none of
	// its functions does, and their search is skipped.
	return row, scan.Summary(&res, opts.Config, true, row.SendsMail)
}

func skippedRow(row Row, skip pipeline.Skip) Row {
	row.Status, row.Reason = StatusSkipped, skip.String()
	row.TLS.State = mailfacts.TLSStateNoSMTP
	return row
}

// reduce turns a scan result into a row: status, findings and the facts
// read from the semantic model the rules built and read.
func reduce(row Row, res *scan.Result, cfg *rules.Config) Row {
	if res.Bytes > 0 {
		row.Size = int64(res.Bytes) // what was read, if it changed since discovery
	}
	row.Encoding = string(res.Encoding)
	row.Status = res.Status
	row.InternalErrors = append(row.InternalErrors, res.Internal...)
	if res.File == nil || res.Status == scan.StatusSkipped {
		return skippedRow(row, res.Skip)
	}
	src := res.File.Source
	row.SyntaxErrors = len(res.Errors)
	if len(res.Errors) > 0 {
		p := src.Position(res.Errors[0].Pos)
		row.FirstSyntaxError = fmt.Sprintf("%d:%d: %s", p.Line, p.Column, res.Errors[0].Msg)
	}
	for _, d := range res.Findings {
		p := src.Position(d.Pos)
		row.Findings = append(row.Findings, Finding{Rule: d.Rule, Level: d.Level.String(), Line: p.Line, Column: p.Column,
			Message: d.Message, Detail: d.Detail, Suppressed: d.Suppressed != nil})
		if d.Suppressed != nil {
			continue
		}
		switch d.Level {
		case rules.Error:
			row.Counts.Error++
		case rules.Warning:
			row.Counts.Warning++
		default:
			row.Counts.Note++
		}
	}
	func() {
		defer func() {
			if v := recover(); v != nil {
				row.InternalErrors = append(row.InternalErrors, fmt.Sprintf("inventory facts: %v", v))
			}
		}()
		fillFacts(&row, res.Model, res.Findings, cfg)
	}()
	if row.TLS.State == "" {
		row.TLS.State = mailfacts.TLSStateNoSMTP
	}
	if row.Verdict == "" {
		row.Verdict, row.VerdictReason = VerdictManual, "the analysis of this script failed; check it by hand"
	}
	return row
}
