package cli

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// writeText prints one line per finding, `file:line:col: level: message [ID]`,
// in input order; syntax errors are `error: syntax error: … [parse-error]`
// and skipped files `file: skipped: reason`.
//
// maxSame > 0 caps the findings with the same rule and message in one file:
// past maxSame, one line `file: N more like this [ID]` stands for the rest.
// The report ends with a summary per rule and per level (writeSummary).
func writeText(w io.Writer, results []scan.Result, verbose, showSuppressed, color bool, maxSame int, asOf time.Time) error {
	bw := bufio.NewWriter(w)
	for _, r := range results {
		if r.Status == scan.StatusSkipped {
			fmt.Fprintf(bw, "%s: skipped: %s\n", r.Path, r.Skip)
			continue
		}
		type line struct {
			pos  int
			text string
		}
		var lines []line
		for _, e := range r.Errors {
			p := r.File.Source.Position(e.Pos)
			lines = append(lines, line{e.Pos, fmt.Sprintf("%s:%d:%d: %s: syntax error: %s [parse-error]", r.Path, p.Line, p.Column, paint("error", color), e.Msg)})
		}
		same := map[string]int{}
		var order []string
		for _, d := range r.Findings {
			if d.Suppressed != nil && !showSuppressed {
				continue
			}
			if maxSame > 0 && d.Suppressed == nil {
				key := d.Rule + "\x00" + d.Message
				same[key]++
				if same[key] == maxSame+1 {
					order = append(order, key)
				}
				if same[key] > maxSame {
					continue
				}
			}
			p := r.File.Source.Position(d.Pos)
			text := fmt.Sprintf("%s:%d:%d: %s: %s [%s]", r.Path, p.Line, p.Column, paint(d.Level.String(), color), d.Message, d.Rule)
			if d.Suppressed != nil {
				text += " (suppressed: " + d.Suppressed.Justification + ")"
			}
			if verbose && d.Detail != "" {
				text += "\n" + indentForPaste(d.Detail, "    ")
			}
			lines = append(lines, line{d.Pos, text})
		}
		// Parse errors and findings form one stream, in position order.
		for i := 1; i < len(lines); i++ {
			for j := i; j > 0 && lines[j].pos < lines[j-1].pos; j-- {
				lines[j], lines[j-1] = lines[j-1], lines[j]
			}
		}
		for _, l := range lines {
			fmt.Fprintln(bw, l.text)
		}
		for _, key := range order {
			rule, msg, _ := strings.Cut(key, "\x00")
			fmt.Fprintf(bw, "%s: %d more like \"%s\" [%s]\n", r.Path, same[key]-maxSame, msg, rule)
		}
	}
	writeSummary(bw, results, asOf)
	return bw.Flush()
}

// writeSummary ends the text report: per rule its ID, name, level and
// count, then the count per level. Rules are ordered so that what breaks
// first comes first: errors before warnings before notes, then by the date
// what the rule finds stops working (rules.BreaksOn; the rules without one
// after), then by count. The lines never read as file:line:col, so problem
// matchers skip them.
func writeSummary(w io.Writer, results []scan.Result, asOf time.Time) {
	type row struct {
		id, name string
		level    rules.Level
		count    int
	}
	rows := map[string]*row{}
	levels := map[rules.Level]int{}
	for _, r := range results {
		for _, d := range r.Findings {
			if d.Suppressed != nil {
				continue
			}
			k := d.Rule + "\x00" + d.Level.String()
			x := rows[k]
			if x == nil {
				x = &row{id: d.Rule, level: d.Level}
				if rule := rules.Lookup(d.Rule); rule != nil {
					x.name = rule.Name
				}
				rows[k] = x
			}
			x.count++
			levels[d.Level]++
		}
	}
	if len(rows) == 0 {
		return
	}
	var list []*row
	for _, x := range rows {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.level != b.level {
			return a.level > b.level
		}
		da, oka := rules.BreaksOn(a.id)
		db, okb := rules.BreaksOn(b.id)
		switch {
		case oka != okb:
			return oka
		case oka && !da.Equal(db):
			return da.Before(db)
		case a.count != b.count:
			return a.count > b.count
		}
		return a.id < b.id
	})
	fmt.Fprintln(w, "\nsummary by rule (what breaks first comes first):")
	for _, x := range list {
		when := ""
		if t, ok := rules.BreaksOn(x.id); ok {
			if asOf.Before(t) {
				when = "breaks " + t.Format("2006-01-02")
			} else {
				when = "broken since " + t.Format("2006-01-02")
			}
		}
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  %-7s  %-8s %-36s %5d  %s", x.level, x.id, x.name, x.count, when), " "))
	}
	var parts []string
	for _, l := range []rules.Level{rules.Error, rules.Warning, rules.Note} {
		if levels[l] > 0 {
			parts = append(parts, counted(levels[l], l.String()))
		}
	}
	fmt.Fprintf(w, "by level: %s\n", strings.Join(parts, ", "))
}

// indentForPaste indents a finding's detail under it, except the lines
// inside a here-string and its closing "@ or '@: PowerShell wants the
// closing marker at column 1 and keeps the content's spaces, so those
// lines are printed exactly as they are pasted.
func indentForPaste(s, prefix string) string {
	var b strings.Builder
	inHere := ""
	for i, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if inHere != "" {
			b.WriteString(line)
			if strings.HasPrefix(line, inHere) {
				inHere = ""
			}
			continue
		}
		if line != "" {
			b.WriteString(prefix)
		}
		b.WriteString(line)
		switch t := strings.TrimRight(line, " \t"); {
		case strings.HasSuffix(t, "@\""):
			inHere = "\"@"
		case strings.HasSuffix(t, "@'"):
			inHere = "'@"
		}
	}
	return b.String()
}

func paint(level string, color bool) string {
	if !color {
		return level
	}
	switch level {
	case "error":
		return "\x1b[31m" + level + "\x1b[0m"
	case "warning":
		return "\x1b[33m" + level + "\x1b[0m"
	}
	return "\x1b[36m" + level + "\x1b[0m"
}

// useColor: only on a terminal that draws ANSI colours (on Windows, once
// virtual-terminal processing is on), never with NO_COLOR set.
func useColor(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := w.(*os.File)
	return ok && ansiTerminal(f)
}

// writeCSV writes one row per finding: rule, level, path, line, column,
// endLine, endColumn, message, suppressed.
func writeCSV(w io.Writer, results []scan.Result, showSuppressed bool) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"rule", "level", "path", "line", "column", "endLine", "endColumn", "message", "suppressed"})
	for _, r := range results {
		if r.Status == scan.StatusSkipped {
			cw.Write([]string{string(scan.StatusSkipped), "", r.Path, "", "", "", "", r.Skip.String(), ""})
			continue
		}
		for _, e := range r.Errors {
			p := r.File.Source.Position(e.Pos)
			cw.Write([]string{string(scan.StatusParseError), "error", r.Path, strconv.Itoa(p.Line), strconv.Itoa(p.Column), strconv.Itoa(p.Line), strconv.Itoa(p.Column), e.Msg, ""})
		}
		for _, d := range r.Findings {
			if d.Suppressed != nil && !showSuppressed {
				continue
			}
			a, b := r.File.Source.Position(d.Pos), r.File.Source.Position(d.End)
			supp := ""
			if d.Suppressed != nil {
				supp = d.Suppressed.Kind + ": " + d.Suppressed.Justification
			}
			cw.Write([]string{d.Rule, d.Level.String(), r.Path, strconv.Itoa(a.Line), strconv.Itoa(a.Column), strconv.Itoa(b.Line), strconv.Itoa(b.Column), d.Message, supp})
		}
	}
	cw.Flush()
	return cw.Error()
}

// createFile opens a report file for writing; tests replace it to see
// that an error from Close reaches the exit code.
var createFile = func(path string) (io.WriteCloser, error) { return os.Create(path) }

// writeOutput writes a report with write to the file at path, or to stdout
// when path is "". A file is closed before the function returns, and the
// first error of writing or closing is returned: a report that a full or
// failing disk cut short is an error, not a silent truncation.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	f, err := createFile(path)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// JSON report, documented in README.md.
type jsonReport struct {
	Version  string        `json:"version"`
	Files    []jsonFile    `json:"files"`
	Findings []jsonFinding `json:"findings"`
}

type jsonFile struct {
	Path     string      `json:"path"`
	Status   string      `json:"status"`
	Reason   string      `json:"reason,omitempty"`
	Encoding string      `json:"encoding,omitempty"`
	Errors   []jsonError `json:"errors,omitempty"`
}

type jsonError struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	// ErrorID is PowerShell's own error ID (MissingEndCurlyBrace, …).
	ErrorID string `json:"errorId,omitempty"`
	Message string `json:"message"`
}

type jsonFinding struct {
	Rule       string         `json:"rule"`
	Level      string         `json:"level"`
	Path       string         `json:"path"`
	Line       int            `json:"line"`
	Column     int            `json:"column"`
	EndLine    int            `json:"endLine"`
	EndColumn  int            `json:"endColumn"`
	Message    string         `json:"message"`
	Detail     string         `json:"detail,omitempty"`
	Related    []jsonRelated  `json:"related,omitempty"`
	Properties map[string]any `json:"properties,omitempty"`
	Fix        *jsonFix       `json:"fix,omitempty"`
	Suppressed *jsonSuppress  `json:"suppressed,omitempty"`
}

type jsonFix struct {
	Description string     `json:"description"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	NewText   string `json:"newText"`
}

type jsonSuppress struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
	Line          int    `json:"line,omitempty"`
}

type jsonRelated struct {
	// Path is set when the location is in another file (a calling site of
	// the function the finding is in).
	Path    string `json:"path,omitempty"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func writeJSON(w io.Writer, results []scan.Result) error {
	rep := jsonReport{Version: Version, Files: []jsonFile{}, Findings: []jsonFinding{}}
	for _, r := range results {
		jf := jsonFile{Path: r.Path, Status: string(r.Status), Reason: r.Skip.String(), Encoding: string(r.Encoding)}
		for _, e := range r.Errors {
			p := r.File.Source.Position(e.Pos)
			jf.Errors = append(jf.Errors, jsonError{p.Line, p.Column, e.ID, e.Msg})
		}
		rep.Files = append(rep.Files, jf)
		for _, d := range r.Findings {
			rep.Findings = append(rep.Findings, toJSONFinding(r.Path, r.File.Source, d))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

func toJSONFinding(path string, src *parser.Source, d rules.Diagnostic) jsonFinding {
	start, end := src.Position(d.Pos), src.Position(d.End)
	jf := jsonFinding{Rule: d.Rule, Level: d.Level.String(), Path: path, Line: start.Line, Column: start.Column,
		EndLine: end.Line, EndColumn: end.Column, Message: d.Message, Detail: d.Detail, Properties: d.Properties}
	for _, rel := range d.Related {
		if rel.Path != "" {
			jf.Related = append(jf.Related, jsonRelated{rel.Path, rel.Line, rel.Column, rel.Message})
			continue
		}
		p := src.Position(rel.Pos)
		jf.Related = append(jf.Related, jsonRelated{"", p.Line, p.Column, rel.Message})
	}
	if len(d.Fixes) > 0 {
		fx := &jsonFix{Description: d.Fixes[0].Description}
		for _, e := range d.Fixes[0].Edits {
			a, b := src.Position(e.Pos), src.Position(e.End)
			fx.Edits = append(fx.Edits, jsonEdit{a.Line, a.Column, b.Line, b.Column, e.NewText})
		}
		jf.Fix = fx
	}
	if s := d.Suppressed; s != nil {
		js := &jsonSuppress{Kind: s.Kind, Justification: s.Justification}
		if s.Pos >= 0 {
			js.Line = src.Position(s.Pos).Line
		}
		jf.Suppressed = js
	}
	return jf
}
