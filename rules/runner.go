package rules

import (
	"fmt"
	"runtime/debug"
	"sort"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// RuleError is a rule that panicked on a file: reported as an internal
// error for that file while the other rules' findings are kept.
type RuleError struct {
	Rule  string
	Value any
	Stack string
}

func (e *RuleError) Error() string { return fmt.Sprintf("rule %s failed: %v", e.Rule, e.Value) }

// Analyze builds the semantic model of a parsed file once, applies every
// rule for which enabled returns true, and hands back the model with the
// findings, so that other views of the file (the inventory) read what the
// rules read instead of analysing the file again. Findings come back
// sorted by position, rule and message, without duplicates. A nil cfg
// means the defaults (Config.OrDefault).
func Analyze(path string, f *parser.File, cfg *Config, enabled func(*Rule) bool, loader semantic.Loader) (*semantic.Model, []Diagnostic, []error) {
	model := semantic.New(path, f, loader)
	cfg = cfg.OrDefault()
	var out []Diagnostic
	var errs []error
	for _, r := range registry {
		if enabled != nil && !enabled(r) {
			continue
		}
		if err := runOne(r, f, model, cfg, &out); err != nil {
			errs = append(errs, err)
		}
	}
	if model.IsTestFile() {
		for i := range out {
			if out[i].Properties == nil {
				out[i].Properties = map[string]any{}
			}
			out[i].Properties["inTestFile"] = true
		}
	}
	return model, normalize(out), errs
}

// Run is Analyze for callers that need only the findings.
func Run(path string, f *parser.File, cfg *Config, enabled func(*Rule) bool, loader semantic.Loader) ([]Diagnostic, []error) {
	_, ds, errs := Analyze(path, f, cfg, enabled, loader)
	return ds, errs
}

func runOne(r *Rule, f *parser.File, model *semantic.Model, cfg *Config, out *[]Diagnostic) (err error) {
	mark := len(*out)
	defer func() {
		if v := recover(); v != nil {
			*out = (*out)[:mark]
			err = &RuleError{Rule: r.ID, Value: v, Stack: string(debug.Stack())}
		}
	}()
	model.Enter("rule "+r.ID, r.Requires)
	defer model.Leave()
	r.Run(&Pass{File: f, Model: model, Config: cfg, rule: r, out: out})
	return nil
}

// normalize sorts findings deterministically and drops exact duplicates.
func normalize(ds []Diagnostic) []Diagnostic {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Message < b.Message
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 {
			p := ds[i-1]
			if p.Rule == d.Rule && p.Pos == d.Pos && p.End == d.End && p.Message == d.Message {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// EnabledByDefault is the default rule selection: every rule not marked DefaultOff.
func EnabledByDefault(r *Rule) bool { return !r.DefaultOff }
