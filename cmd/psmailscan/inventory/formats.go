package inventory

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteJSON writes the report as indented JSON. The encoding is a pure
// function of the report, so a merged report is byte-identical to a
// single-machine run over the same files.
func WriteJSON(w io.Writer, rep *Report) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	return bw.Flush()
}

// ReadJSON reads a report written by WriteJSON. Unknown fields are an
// error: a report from another psmailscan version cannot be merged exactly.
func ReadJSON(r io.Reader) (*Report, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var rep Report
	if err := dec.Decode(&rep); err != nil {
		return nil, err
	}
	if rep.Tool != ToolName {
		return nil, fmt.Errorf("not a psmailscan inventory report (tool %q)", rep.Tool)
	}
	if rep.Scripts == nil {
		rep.Scripts = []Row{}
	}
	return &rep, nil
}

// IsInventoryJSON reports whether data looks like an inventory report.
func IsInventoryJSON(data []byte) bool {
	head := data[:min(len(data), 256)]
	return bytes.Contains(head, []byte(`"tool": "`+ToolName+`"`)) || bytes.Contains(head, []byte(`"tool":"`+ToolName+`"`))
}

// CSVHeader is the first line of the CSV report.
var CSVHeader = []string{"path", "kind", "size", "encoding", "status", "reason", "syntax_errors", "sends_mail",
	"send_methods", "smtp_hosts", "smtp_ports", "tls_state", "tls_modes", "tls12", "weak_protocols",
	"credential_sources", "exo_relevant", "exo_hosts", "exo_cmdlets", "exo_connectors", "exo_hybrid",
	"errors", "warnings", "notes", "verdict", "verdict_reason", "modules", "via", "called_by"}

// WriteCSV writes one line per row; lists are joined with "; ". Cells that
// a spreadsheet would take for a formula are prefixed with a quote.
func WriteCSV(w io.Writer, rep *Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, r := range rep.Scripts {
		rec := []string{r.Path, r.Kind, strconv.FormatInt(r.Size, 10), r.Encoding, string(r.Status), r.Reason,
			strconv.Itoa(r.SyntaxErrors), yesNo(r.SendsMail), join(r.SendMethods), join(r.SMTPHosts), join(r.SMTPPorts),
			r.TLS.State, join(r.TLS.Modes), r.TLS.TLS12, join(r.TLS.WeakProtocols), join(r.Credentials),
			yesNo(r.EXO.Relevant), join(r.EXO.Hosts), join(r.EXO.Cmdlets), join(r.EXO.Connectors), join(r.EXO.Hybrid),
			strconv.Itoa(r.Counts.Error), strconv.Itoa(r.Counts.Warning), strconv.Itoa(r.Counts.Note),
			r.Verdict, r.VerdictReason, join(r.Modules), join(r.Via), strconv.Itoa(r.CalledBy)}
		for i, c := range rec {
			rec[i] = csvSafe(c)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func join(list []string) string { return strings.Join(list, "; ") }

// csvSafe defuses cells starting with a formula character (CSV injection).
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Merge combines inventory reports into one. Shard reports must form a
// complete set (1/N … N/N of the same discovery); the result is the report
// a single run over all the files writes, byte for byte.
func Merge(reps []*Report) (*Report, error) {
	if len(reps) == 0 {
		return nil, errors.New("nothing to merge")
	}
	first := reps[0]
	sharded := first.Shard != nil
	seenShard := map[int]bool{}
	var rows []Row
	var roots []string
	interrupted := false
	for i, r := range reps {
		switch {
		case r.Version != first.Version:
			return nil, fmt.Errorf("report %d was written by psmailscan %s, report 1 by %s", i+1, r.Version, first.Version)
		case r.AsOf != first.AsOf:
			return nil, fmt.Errorf("report %d used --as-of %s, report 1 %s: run every shard with the same --as-of", i+1, r.AsOf, first.AsOf)
		case r.MaxFileSize != first.MaxFileSize:
			return nil, fmt.Errorf("report %d used --max-file-size %d, report 1 %d", i+1, r.MaxFileSize, first.MaxFileSize)
		case (r.Shard != nil) != sharded:
			return nil, fmt.Errorf("report %d: cannot merge shard reports with unsharded ones", i+1)
		}
		if sharded {
			s := r.Shard
			if s.Count != first.Shard.Count || s.Entries != first.Shard.Entries {
				return nil, fmt.Errorf("report %d is shard %d/%d of %d entries, report 1 is shard %d/%d of %d entries: not the same run",
					i+1, s.Index, s.Count, s.Entries, first.Shard.Index, first.Shard.Count, first.Shard.Entries)
			}
			if seenShard[s.Index] {
				return nil, fmt.Errorf("shard %d/%d given twice", s.Index, s.Count)
			}
			seenShard[s.Index] = true
		}
		interrupted = interrupted || r.Interrupted
		rows = append(rows, r.Scripts...)
		roots = append(roots, r.Root)
	}
	if sharded {
		var missing []string
		for i := 1; i <= first.Shard.Count; i++ {
			if !seenShard[i] {
				missing = append(missing, fmt.Sprintf("%d/%d", i, first.Shard.Count))
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("missing shard report(s) %s", strings.Join(missing, ", "))
		}
		if len(rows) != first.Shard.Entries {
			return nil, fmt.Errorf("the shards hold %d entries, discovery found %d: were they run over the same tree?", len(rows), first.Shard.Entries)
		}
	}
	SortRows(rows)
	for i := 1; i < len(rows); i++ {
		if rows[i].Path == rows[i-1].Path {
			return nil, fmt.Errorf("%s is in more than one report", rows[i].Path)
		}
	}
	rep := NewReport(first.Version, first.AsOf, first.MaxFileSize, rows)
	rep.Interrupted = interrupted
	// Shards of one run share their root; reports of different trees are
	// shown relative to the folder their roots share.
	rep.Root = commonDir(roots)
	return rep, nil
}
