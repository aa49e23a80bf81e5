package scan

import (
	"fmt"
	"sort"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/index"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// Summary reduces a scanned file to its summary for the repository index
// (phase 1), while its model is alive: call it before the model is
// dropped. For the inventory (facts), the TLS state at each call is
// recorded and each function that sends mail gets its own mail facts;
// fileSends says whether the whole file's facts send mail (when not, no
// function does, and the search is skipped). The scan's calling sites need
// only the calls. nil for a file that was not parsed.
func Summary(res *Result, cfg *rules.Config, facts, fileSends bool) (s *index.FileSummary) {
	if res.Model == nil {
		return nil
	}
	defer func() {
		if v := recover(); v != nil {
			res.Internal = append(res.Internal, fmt.Sprintf("repository index: %v", v))
			s = nil
		}
	}()
	return index.Summarize(res.Path, res.Model, res.Findings, factsFunc(res.Model, cfg, facts && fileSends), facts)
}

func factsFunc(m *semantic.Model, cfg *rules.Config, facts bool) index.FactsFunc {
	if !facts {
		return nil
	}
	assume := cfg.OrDefault().AssumeTls12Configured
	return func(scope parser.Node, tls12On bool) *mailfacts.Facts {
		return mailfacts.Of(m, scope, tls12On || assume)
	}
}

// IndexOnly summarizes a file that is indexed but not reported: a file of
// another shard, or of --module-path. It parses and models the file; the
// rules run only when facts are wanted and a function of the file sends
// mail (their findings decide the verdict of the scripts that call it), so
// that a shard's index of the whole tree costs much less than scanning it.
// The summary is the one Summary makes of the same file. nil when the file
// is not a script that parses. raw is handed over, as to Bytes.
func IndexOnly(path string, raw []byte, opts *Options, facts bool) (s *index.FileSummary) {
	defer func() {
		if recover() != nil {
			s = nil // the file's own shard reports the failure
		}
	}()
	src, err := parser.DecodeOwned(path, raw)
	if err != nil {
		return nil
	}
	f, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	// The same loader as the scan's: the TLS state at a call may come from
	// a dot-sourced file, and a shard must see what the whole run sees.
	m := semantic.New(path, f, NewLoader())
	s = index.Summarize(path, m, nil, factsFunc(m, opts.Config, facts), facts)
	if !facts || !s.Sends() {
		return s
	}
	m, diags, _ := rules.Analyze(path, f, opts.Config, opts.Enabled, NewLoader())
	if problems := rules.ApplySuppressions(f, diags, opts.Suppress); len(problems) > 0 {
		diags = append(diags, problems...) // in Bytes' order: the verdict's reasons follow it
		sort.SliceStable(diags, func(i, j int) bool {
			if diags[i].Pos != diags[j].Pos {
				return diags[i].Pos < diags[j].Pos
			}
			return diags[i].Rule < diags[j].Rule
		})
	}
	return index.Summarize(path, m, diags, factsFunc(m, opts.Config, true), true)
}
