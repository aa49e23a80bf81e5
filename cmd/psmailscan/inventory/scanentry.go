package inventory

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// testHookBeforeOpen, when set, runs before a file is opened (tests make
// files vanish or become unreadable between discovery and scan with it).
var testHookBeforeOpen func(path string) error

// ScanEntry reads, scans and reduces one entry to its row. Nothing of the
// file (bytes, syntax tree, semantic model) outlives the call.
func ScanEntry(e Entry, opts *scan.Options) (row Row) {
	row = Row{Path: e.Path, Kind: e.Kind, Size: e.Size}
	if e.Skipped() {
		return skippedRow(row, e.Reason)
	}
	defer func() {
		if v := recover(); v != nil {
			row = skippedRow(Row{Path: e.Path, Kind: e.Kind, Size: e.Size}, "internal error")
			row.InternalErrors = append(row.InternalErrors, fmt.Sprint(v))
		}
	}()
	raw, reason := readEntry(e, opts.MaxFileSize)
	if reason != "" {
		return skippedRow(row, reason)
	}
	res := scan.Bytes(e.Path, raw, opts)
	raw = nil
	return reduce(row, &res, opts.Config)
}

func skippedRow(row Row, reason string) Row {
	row.Status, row.Reason = StatusSkipped, reason
	row.TLS.State = semantic.TLSStateNoSMTP
	return row
}

// readEntry opens the entry (non-blocking, so a file replaced by a named
// pipe cannot hang the scan), checks it is a regular file within the size
// limit and reads it.
func readEntry(e Entry, maxSize int64) ([]byte, string) {
	if testHookBeforeOpen != nil {
		if err := testHookBeforeOpen(e.Path); err != nil {
			return nil, openReason(err)
		}
	}
	var f *os.File
	var err error
	if e.root != nil {
		f, err = e.root.OpenFile(e.rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	} else {
		f, err = os.OpenFile(e.Path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	}
	if err != nil {
		return nil, openReason(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, scan.ReadReason(err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if maxSize > 0 && st.Size() > maxSize {
		return nil, tooLarge(maxSize)
	}
	var r io.Reader = f
	if maxSize > 0 {
		r = io.LimitReader(f, maxSize+1)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, scan.ReadReason(err)
	}
	if maxSize > 0 && int64(len(raw)) > maxSize {
		return nil, tooLarge(maxSize) // it grew while we read it
	}
	return raw, ""
}

func tooLarge(max int64) string {
	return fmt.Sprintf("larger than --max-file-size (%d bytes)", max)
}

func openReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "vanished before it could be read (no such file or directory)"
	case errors.Is(err, fs.ErrPermission):
		return "unreadable file (permission denied)"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (too many levels of symbolic links)"
	}
	return "unreadable file (" + scan.ReadReason(err) + ")"
}

// reduce turns a scan result into a row: status, findings and the facts
// read from the semantic model the rules built and read.
func reduce(row Row, res *scan.Result, cfg *rules.Config) Row {
	row.Size = int64(res.Bytes)
	row.Encoding = string(res.Encoding)
	row.Status, row.Reason = string(res.Status), res.Reason
	row.InternalErrors = append(row.InternalErrors, res.Internal...)
	if row.Reason == parser.ErrNotText.Error() {
		row.Reason += " (binary content)"
	}
	if res.File == nil || row.Status == StatusSkipped {
		row.Status = StatusSkipped
		row.TLS.State = semantic.TLSStateNoSMTP
		return row
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
		row.TLS.State = semantic.TLSStateNoSMTP
	}
	if row.Verdict == "" {
		row.Verdict, row.VerdictReason = VerdictManual, "the analysis of this script failed; check it by hand"
	}
	return row
}
