package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"
	"github.com/psmailscan/psmailscan/sarif"
)

// runMerge implements `psmailscan merge FILE…`: it combines the reports of
// shards (--shard I/N) into the report of a single run. The inputs are all
// inventory JSON reports, all SARIF logs (psmailscan --format sarif), or
// all scan JSON reports (psmailscan --format json).
func runMerge(args []string, stdout, stderr io.Writer) int {
	c := newCommand("merge", "usage: psmailscan merge [--format json|csv|html] [-o FILE] FILE...\n\nCombines the JSON reports of `psmailscan inventory --shard I/N --format json`, the SARIF logs of\n`psmailscan --shard I/N --format sarif` or the JSON of `psmailscan --shard I/N --format json`\ninto the report a single run over all the files writes.", "")
	fs := c.fs
	format := fs.StringP("format", "f", "", "inventory reports: json (default), csv or html; SARIF and scan JSON merge to their own format")
	output := fs.StringP("output", "o", "", "write the merged report to this file instead of standard output")
	linkBase := fs.String("link-base", "", "inventory html: link each path to its source below this URL or folder")
	if code, done := c.parse(args, stdout, stderr); done {
		return code
	}
	files := fs.Args()
	if len(files) == 0 {
		return usageError(stderr, "merge: give the reports to merge")
	}
	if err := inventory.CheckLinkBase(*linkBase); err != nil {
		return usageError(stderr, "merge: %v", err)
	}
	var datas [][]byte
	kind := ""
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: merge: %v\n", err)
			return exitTrouble
		}
		k := "scan-json"
		switch {
		case inventory.IsInventoryJSON(data):
			k = "inventory"
		case sarif.IsSARIF(data):
			k = "sarif"
		}
		if kind != "" && k != kind {
			return usageError(stderr, "merge: %s is a %s report, %s a %s report: merge reports of one kind", f, k, files[0], kind)
		}
		kind = k
		datas = append(datas, data)
	}
	var out bytes.Buffer
	switch kind {
	case "inventory":
		var reps []*inventory.Report
		for i, data := range datas {
			rep, err := inventory.ReadJSON(bytes.NewReader(data))
			if err != nil {
				fmt.Fprintf(stderr, "psmailscan: merge: %s: %v\n", files[i], err)
				return exitTrouble
			}
			reps = append(reps, rep)
		}
		merged, err := inventory.Merge(reps)
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: merge: %v\n", err)
			return exitTrouble
		}
		f := *format
		if f == "" {
			f = "json"
		}
		writeReport := inventoryFormats.Lookup(f)
		if writeReport == nil {
			return usageError(stderr, "merge: unknown --format %q for inventory reports (want %s)", f, inventoryFormats.Names())
		}
		err = writeReport(&out, inventoryReport{merged, inventory.HTMLOptions{LinkBase: *linkBase}})
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: merge: %v\n", err)
			return exitTrouble
		}
		s := merged.Summary
		fmt.Fprintf(stderr, "psmailscan merge: %d reports, %d entries: %d scanned, %d skipped\n", len(reps), s.Entries, s.Scanned, s.Skipped)
	case "sarif":
		if *format != "" && *format != "sarif" {
			return usageError(stderr, "merge: SARIF logs merge to SARIF, not %q", *format)
		}
		data, err := sarif.Merge(datas, sarif.MergeOptions{Notice: func(s string) { fmt.Fprintln(stderr, "psmailscan: merge: "+s) }})
		if err != nil {
			fmt.Fprintf(stderr, "psmailscan: merge: %v\n", err)
			return exitTrouble
		}
		out.Write(data)
	default:
		if *format != "" && *format != "json" {
			return usageError(stderr, "merge: scan JSON reports merge to JSON, not %q", *format)
		}
		if err := mergeScanJSON(datas, files, &out); err != nil {
			fmt.Fprintf(stderr, "psmailscan: merge: %v\n", err)
			return exitTrouble
		}
	}
	if *output != "" {
		if err := os.WriteFile(*output, out.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "psmailscan: %v\n", err)
			return exitTrouble
		}
		return exitOK
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return exitTrouble
	}
	return exitOK
}

// mergeScanJSON merges `psmailscan --format json` reports: files and
// findings of every report, by path (each file's findings keep their order).
func mergeScanJSON(datas [][]byte, names []string, w io.Writer) error {
	var merged jsonReport
	merged.Files, merged.Findings = []jsonFile{}, []jsonFinding{}
	seen := map[string]bool{}
	for i, data := range datas {
		data, _ = sarif.ProtectReplacementEscapes(data)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		var rep jsonReport
		if err := dec.Decode(&rep); err != nil {
			return fmt.Errorf("%s: not a psmailscan report: %v", names[i], err)
		}
		if i == 0 {
			merged.Version = rep.Version
		} else if rep.Version != merged.Version {
			return fmt.Errorf("%s was written by psmailscan %s, %s by %s", names[i], rep.Version, names[0], merged.Version)
		}
		for _, f := range rep.Files {
			if seen[f.Path] {
				return fmt.Errorf("%s is in more than one report", f.Path)
			}
			seen[f.Path] = true
		}
		merged.Files = append(merged.Files, rep.Files...)
		merged.Findings = append(merged.Findings, rep.Findings...)
	}
	sort.SliceStable(merged.Files, func(i, j int) bool { return merged.Files[i].Path < merged.Files[j].Path })
	sort.SliceStable(merged.Findings, func(i, j int) bool { return merged.Findings[i].Path < merged.Findings[j].Path })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(merged); err != nil {
		return err
	}
	_, err := w.Write(sarif.RestoreReplacementEscapes(buf.Bytes()))
	return err
}
