package sarif

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"
)

// IsSARIF reports whether data looks like a SARIF log.
func IsSARIF(data []byte) bool {
	head := data[:min(len(data), 512)]
	return bytes.Contains(head, []byte(`"runs"`)) || bytes.Contains(head, []byte("sarif-schema"))
}

// MergeOptions configure Merge.
type MergeOptions struct {
	// MaxResults and MaxGzipBytes bound the merged log as Write bounds a
	// single run's (GitHub's limits by default).
	MaxResults   int
	MaxGzipBytes int
	// Notice receives warnings (a shard cut to the limits, differing roots).
	Notice func(string)
}

// truncationNote starts the notification Write adds when it cuts results.
const truncationNote = " results were left out to stay within GitHub's limits"

// Merge combines psmailscan SARIF logs of shards of one tree (one run each,
// same tool version) into one log with one run: the rules of all runs
// (deduplicated, by ID), the results sorted by file then position, and the
// notifications of every run, by file. For shards of one scan the output is
// what a single scan writes, byte for byte.
func Merge(logs [][]byte, opts MergeOptions) ([]byte, error) {
	if len(logs) == 0 {
		return nil, errors.New("nothing to merge")
	}
	if opts.MaxResults <= 0 {
		opts.MaxResults = DefaultMaxResults
	}
	if opts.MaxGzipBytes <= 0 {
		opts.MaxGzipBytes = DefaultMaxGzipBytes
	}
	notice := func(s string) {
		if opts.Notice != nil {
			opts.Notice(s)
		}
	}
	var base *gosarif.Report
	var runs []*gosarif.Run
	for i, data := range logs {
		data, ok := ProtectReplacementEscapes(data)
		if !ok {
			notice(fmt.Sprintf("log %d holds U+FDD0: invalid UTF-8 in its messages may be written differently", i+1))
		}
		rep, err := gosarif.FromBytes(data)
		if err != nil {
			return nil, fmt.Errorf("log %d: %v", i+1, err)
		}
		if len(rep.Runs) != 1 {
			return nil, fmt.Errorf("log %d has %d runs, want the single run psmailscan writes", i+1, len(rep.Runs))
		}
		run := rep.Runs[0]
		d := run.Tool.Driver
		if d == nil || d.Name != "psmailscan" {
			return nil, fmt.Errorf("log %d was not written by psmailscan", i+1)
		}
		if base == nil {
			base = rep
		} else if v0, v := deref(base.Runs[0].Tool.Driver.Version), deref(d.Version); v != v0 {
			return nil, fmt.Errorf("log %d was written by psmailscan %s, log 1 by %s: merge logs of the same version", i+1, v, v0)
		}
		if t, ok := run.Properties["truncated"].(bool); ok && t {
			notice(fmt.Sprintf("log %d was cut to GitHub's limits: the results it left out are missing from the merged log too", i+1))
		}
		runs = append(runs, run)
	}
	out := runs[0]
	rootOf := func(r *gosarif.Run) string {
		if l := r.OriginalUriBaseIDs[srcRoot]; l != nil {
			return deref(l.URI)
		}
		return ""
	}
	for i, r := range runs[1:] {
		if rootOf(r) != rootOf(out) {
			notice(fmt.Sprintf("log %d has %%SRCROOT%% %s, log 1 %s: the merged log keeps log 1's", i+2, rootOf(r), rootOf(out)))
		}
	}

	// Rules: union by ID, sorted by ID; results point into the new list.
	ruleByID := map[string]*gosarif.ReportingDescriptor{}
	for _, r := range runs {
		for _, rd := range r.Tool.Driver.Rules {
			// A shard with results for the rule carries its help; keep
			// that one, as the single run over all files would.
			if old, ok := ruleByID[rd.ID]; !ok || old.Help == nil && rd.Help != nil {
				ruleByID[rd.ID] = rd
			}
		}
	}
	ids := make([]string, 0, len(ruleByID))
	for id := range ruleByID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	index := map[string]uint{}
	out.Tool.Driver.Rules = nil
	for i, id := range ids {
		out.Tool.Driver.Rules = append(out.Tool.Driver.Rules, ruleByID[id])
		index[id] = uint(i)
	}

	// Taxonomies: the union of their taxa, by numeric then textual ID.
	for ti, tax := range out.Taxonomies {
		byID := map[string]*gosarif.ReportingDescriptor{}
		for _, r := range runs {
			for _, t := range r.Taxonomies {
				if deref(t.GUID) == deref(tax.GUID) && t.Name == tax.Name {
					for _, x := range t.Taxa {
						if _, ok := byID[x.ID]; !ok {
							byID[x.ID] = x
						}
					}
				}
			}
		}
		var taxa []*gosarif.ReportingDescriptor
		for _, x := range byID {
			taxa = append(taxa, x)
		}
		sort.Slice(taxa, func(i, j int) bool { return idLess(taxa[i].ID, taxa[j].ID) })
		out.Taxonomies[ti].Taxa = taxa
	}

	// Results and notifications of every run.
	type pending struct {
		level int
		file  string
		line  int
		col   int
		res   *gosarif.Result
	}
	var all []pending
	var notes []*gosarif.Notification
	success := true
	for _, r := range runs {
		for _, res := range r.Results {
			if res.RuleID != nil {
				if i, ok := index[*res.RuleID]; ok {
					idx := i
					res.RuleIndex = &idx
				}
			}
			p := pending{level: levelRank(deref(res.Level)), res: res}
			if len(res.Locations) > 0 && res.Locations[0].PhysicalLocation != nil {
				pl := res.Locations[0].PhysicalLocation
				p.file = fileKey(pl.ArtifactLocation)
				if pl.Region != nil {
					p.line, p.col = derefInt(pl.Region.StartLine), derefInt(pl.Region.StartColumn)
				}
			}
			all = append(all, p)
		}
		for _, inv := range r.Invocations {
			if inv.ExecutionSuccessful != nil && !*inv.ExecutionSuccessful {
				success = false
			}
			for _, n := range inv.ToolExecutionNotifications {
				if n.Message != nil && strings.Contains(deref(n.Message.Text), truncationNote) {
					continue
				}
				notes = append(notes, n)
			}
		}
	}
	byFile := func(a, b pending) int {
		switch {
		case a.file != b.file:
			return strings.Compare(a.file, b.file)
		case a.line != b.line:
			return a.line - b.line
		}
		return a.col - b.col
	}
	sort.SliceStable(notes, func(i, j int) bool { return notificationKey(notes[i]) < notificationKey(notes[j]) })
	// Cut as Write does: errors first, then by file and position.
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].level != all[j].level {
			return all[i].level > all[j].level
		}
		return byFile(all[i], all[j]) < 0
	})
	keep := min(len(all), opts.MaxResults)
	var inv *gosarif.Invocation
	if len(out.Invocations) > 0 {
		inv = out.Invocations[0]
	} else {
		inv = gosarif.NewInvocation()
	}
	out.Invocations = []*gosarif.Invocation{inv}
	inv.ExecutionSuccessful = boolp(success)
	for {
		kept := append([]pending(nil), all[:keep]...)
		sort.SliceStable(kept, func(i, j int) bool { return byFile(kept[i], kept[j]) < 0 })
		out.Results = make([]*gosarif.Result, 0, len(kept))
		for _, p := range kept {
			out.Results = append(out.Results, p.res)
		}
		inv.ToolExecutionNotifications = append([]*gosarif.Notification(nil), notes...)
		delete(out.Properties, "truncated")
		delete(out.Properties, "omittedResults")
		if len(out.Properties) == 0 {
			out.Properties = nil
		}
		if keep < len(all) {
			if out.Properties == nil {
				out.Properties = gosarif.Properties{}
			}
			out.Properties["truncated"] = true
			out.Properties["omittedResults"] = len(all) - keep
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, &gosarif.Notification{
				Level:   "warning",
				Message: &gosarif.Message{Text: strp(fmt.Sprintf("%d of %d"+truncationNote+" (errors kept first, then by path)", len(all)-keep, len(all)))},
			})
		}
		merged := &gosarif.Report{Version: base.Version, Schema: base.Schema, Runs: []*gosarif.Run{out}}
		var buf bytes.Buffer
		if err := merged.PrettyWrite(&buf); err != nil {
			return nil, err
		}
		data := RestoreReplacementEscapes(buf.Bytes())
		size := gzipSize(data)
		if size <= opts.MaxGzipBytes || keep == 0 {
			if keep < len(all) {
				notice(fmt.Sprintf("merged SARIF log cut to %d of %d results to stay within GitHub's limits", keep, len(all)))
			}
			return data, nil
		}
		keep = int(float64(keep) * float64(opts.MaxGzipBytes) / float64(size) * 0.95)
	}
}

// fileKey is the sort key of an artifact: its path, URI-decoded, so that
// files sort as the scan sorts their paths.
func fileKey(a *gosarif.ArtifactLocation) string {
	if a == nil || a.URI == nil {
		return ""
	}
	u := *a.URI
	if dec, err := url.PathUnescape(u); err == nil {
		u = dec
	}
	return strings.TrimPrefix(u, "file://")
}

func notificationKey(n *gosarif.Notification) string {
	if len(n.Locations) > 0 && n.Locations[0].PhysicalLocation != nil {
		return fileKey(n.Locations[0].PhysicalLocation.ArtifactLocation)
	}
	return "\xff\xff"
}

func levelRank(l string) int {
	switch l {
	case "error":
		return 3
	case "warning":
		return 2
	case "note":
		return 1
	}
	return 0
}

func idLess(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func derefInt(i *int) int {
	if i == nil {
		return 0
	}
	return *i
}

// Invalid UTF-8 in a message (a parse error quoting a stray byte) is written
// by encoding/json as the escape \ufffd; decoding turns it into U+FFFD,
// which encoding/json then writes as a plain character. To merge logs byte
// for byte, the escape is swapped for the noncharacter U+FDD0 before
// decoding and back after encoding.
const (
	replacementEscape = `\ufffd`
	placeholderEscape = `\ufdd0`
	placeholderUTF8   = "\uFDD0"
)

// ProtectReplacementEscapes swaps the JSON escape \ufffd for \ufdd0 in
// data. It reports false (and changes nothing) when data already holds
// U+FDD0.
func ProtectReplacementEscapes(data []byte) ([]byte, bool) {
	if bytes.Contains(data, []byte(placeholderUTF8)) || bytes.Contains(data, []byte(placeholderEscape)) {
		return data, false
	}
	if !bytes.Contains(data, []byte(replacementEscape)) {
		return data, true
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' || i+1 >= len(data) {
			out = append(out, data[i])
			continue
		}
		if bytes.HasPrefix(data[i:], []byte(replacementEscape)) {
			out = append(out, placeholderEscape...)
			i += len(replacementEscape) - 1
			continue
		}
		out = append(out, data[i], data[i+1]) // any other escape, \\ included
		i++
	}
	return out, true
}

// RestoreReplacementEscapes turns U+FDD0 written by encoding/json back into
// the escape \ufffd.
func RestoreReplacementEscapes(data []byte) []byte {
	if !bytes.Contains(data, []byte(placeholderUTF8)) {
		return data
	}
	return bytes.ReplaceAll(data, []byte(placeholderUTF8), []byte(replacementEscape))
}
