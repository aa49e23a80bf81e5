package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
)

// A baseline records accepted findings so that a team adopting psmailscan
// on a big tree sees only new ones. Entries match by rule, path and a
// content fingerprint (see fingerprints), so findings whose lines moved
// still match; each entry matches once. Paths are relative to the
// baseline's root (baselineRoot), not to where psmailscan ran, so the
// baseline matches however the scanned folder was written.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message,omitempty"`
}

type baseline struct {
	path    string
	root    string         // absolute; entry paths are relative to it
	entries map[string]int // key -> how many findings the entry accepts
}

// baselineVersion 2 has paths relative to the baseline root; version 1
// had them as the scan wrote them (relative to the working folder).
const baselineVersion = 2

func baselineKey(rule, path, fp string) string {
	return rule + "\x00" + path + "\x00" + fp
}

// baselineRoot returns the folder baseline paths are relative to: the top
// of the git work tree that holds the baseline file, else its folder.
func baselineRoot(file string) string {
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		dir = filepath.Dir(file)
	}
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// rootRelative returns path relative to root, slash-separated; a path
// outside root stays absolute.
func rootRelative(root, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// fingerprints returns the baseline fingerprints of a result's findings.
func fingerprints(r scan.Result) []string {
	if len(r.Fingerprints) == len(r.Findings) {
		return r.Fingerprints
	}
	return make([]string, len(r.Findings))
}

func readBaseline(path string) (*baseline, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %v", err)
	}
	var bf baselineFile
	if err := json.Unmarshal(raw, &bf); err != nil {
		return nil, fmt.Errorf("%s: not a psmailscan baseline: %v", path, err)
	}
	if bf.Version != 1 && bf.Version != baselineVersion {
		return nil, fmt.Errorf("%s: unsupported baseline version %d", path, bf.Version)
	}
	b := &baseline{path: path, root: baselineRoot(path), entries: map[string]int{}}
	for _, e := range bf.Findings {
		p := e.Path
		if bf.Version == 1 {
			// Written relative to the working folder of that run: the best
			// guess is this one.
			p = rootRelative(b.root, filepath.FromSlash(p))
		}
		b.entries[baselineKey(e.Rule, p, e.Fingerprint)]++
	}
	return b, nil
}

// apply marks findings recorded in the baseline as suppressed (external).
// Each call starts from the baseline's full counts, so a file rescanned
// after --fix rewrote it is matched again like the first time (entries
// are keyed by path: a rescanned file consumes only its own).
func (b *baseline) apply(results []scan.Result) {
	remaining := make(map[string]int, len(b.entries))
	for k, n := range b.entries {
		remaining[k] = n
	}
	for i := range results {
		r := &results[i]
		fps := fingerprints(*r)
		rel := rootRelative(b.root, r.Path)
		for j := range r.Findings {
			d := &r.Findings[j]
			if d.Suppressed != nil {
				continue
			}
			k := baselineKey(d.Rule, rel, fps[j])
			if remaining[k] > 0 {
				remaining[k]--
				d.Suppressed = &rules.Suppression{Kind: "external", Justification: "recorded in baseline " + b.path, Pos: -1}
			}
		}
	}
}

// writeBaselineFile records the findings (all but those suppressed in the
// source) and returns how many.
func writeBaselineFile(path string, results []scan.Result) (int, error) {
	bf := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	root := baselineRoot(path)
	for _, r := range results {
		fps := fingerprints(r)
		rel := rootRelative(root, r.Path)
		for j, d := range r.Findings {
			if d.Suppressed != nil && d.Suppressed.Kind == "inSource" {
				continue
			}
			bf.Findings = append(bf.Findings, baselineEntry{Rule: d.Rule, Path: rel, Fingerprint: fps[j], Message: firstLine(d.Message)})
		}
	}
	sort.SliceStable(bf.Findings, func(i, j int) bool {
		a, c := bf.Findings[i], bf.Findings[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		if a.Rule != c.Rule {
			return a.Rule < c.Rule
		}
		return a.Fingerprint < c.Fingerprint
	})
	data, err := json.MarshalIndent(bf, "", "  ")
	if err != nil {
		return 0, err
	}
	return len(bf.Findings), os.WriteFile(path, append(data, '\n'), 0o644)
}

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	if len(s) > 200 {
		return s[:200]
	}
	return s
}
