package rules

import (
	"regexp"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// DirectiveRule is the rule ID of findings about suppression directives
// themselves (an unknown rule, a missing reason). It is not a registered
// rule: it cannot be disabled or suppressed.
const DirectiveRule = "suppression"

// Suppression directives (catalog H.7, ShellCheck and gosec style):
//
//	# psmailscan-disable-next-line MAIL001[, TLS003] -- reason
//	# psmailscan-disable MAIL001 -- reason     (before the first statement: the whole file)
//
// The catalog's spellings psmail-disable-next-line and psmail-disable-file
// are accepted too. PSScriptAnalyzer's
// [Diagnostics.CodeAnalysis.SuppressMessageAttribute('MAIL001', ”, Justification = '…')]
// on a param block, function or class suppresses findings inside it.
var directiveRe = regexp.MustCompile(`(?i)^#\s*(psmailscan|psmail)-disable(-next-line|-file)?\b\s*(.*)$`)

type directive struct {
	pos, end int
	ids      []string // upper case; rule IDs or names resolved to IDs
	reason   string
	file     bool
	line     int // the line a next-line directive covers
	// scope: findings inside [from, to) (attributes)
	from, to int
	kind     string
}

// SuppressOptions control suppression handling.
type SuppressOptions struct {
	// RequireJustification reports directives without a reason.
	RequireJustification bool
}

// ApplySuppressions marks the findings covered by directives in the file
// and returns findings about the directives themselves (unknown rules,
// missing reasons when required).
func ApplySuppressions(f *parser.File, ds []Diagnostic, opts SuppressOptions) []Diagnostic {
	dirs, problems := collectDirectives(f, opts)
	if len(dirs) == 0 {
		return problems
	}
	src := f.Source
	for i := range ds {
		d := &ds[i]
		line := src.Position(d.Pos).Line
		for _, dir := range dirs {
			if !dir.covers(d.Rule) {
				continue
			}
			hit := false
			switch {
			case dir.file:
				hit = true
			case dir.line > 0:
				hit = line == dir.line
			default:
				hit = d.Pos >= dir.from && d.Pos < dir.to
			}
			if hit {
				d.Suppressed = &Suppression{Kind: "inSource", Justification: dir.reason, Pos: dir.pos, End: dir.end}
				break
			}
		}
	}
	return problems
}

func (d directive) covers(rule string) bool {
	for _, id := range d.ids {
		if id == rule || id == "ALL" {
			return true
		}
	}
	return false
}

// firstStatementPos is where the file's code begins (after #Requires and
// leading comments); a file-level directive must come before it.
func firstStatementPos(f *parser.File) int {
	s := f.Script
	switch {
	case len(s.Attributes) > 0:
		return s.Attributes[0].Pos()
	case s.Param != nil:
		return s.Param.Pos()
	case len(s.Named) > 0:
		return s.Named[0].Pos()
	case len(s.Body) > 0:
		return s.Body[0].Pos()
	}
	return len(f.Source.Text)
}

func collectDirectives(f *parser.File, opts SuppressOptions) ([]directive, []Diagnostic) {
	var dirs []directive
	var problems []Diagnostic
	first := firstStatementPos(f)
	for _, c := range f.Comments {
		if c.Block {
			continue
		}
		// Every directive spells psmail: a comment that does not is not
		// matched against the pattern (nearly all of them).
		if !semantic.ContainsFoldASCII(c.Text, "psmail") {
			continue
		}
		m := directiveRe.FindStringSubmatch(c.Text)
		if m == nil {
			continue
		}
		rest, reason, _ := strings.Cut(m[3], "--")
		d := directive{pos: c.Pos(), end: c.End(), reason: strings.TrimSpace(reason), kind: "inSource"}
		switch strings.ToLower(m[2]) {
		case "-next-line":
			d.line = f.Source.Position(c.Pos()).Line + 1
		case "-file":
			d.file = true
		default:
			if c.Pos() > first {
				problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: c.Pos(), End: c.End(),
					Message: "a file-level `psmailscan-disable` directive must come before the first statement; use `psmailscan-disable-next-line` here"})
				continue
			}
			d.file = true
		}
		d.ids, problems = directiveIDs(rest, c, problems)
		if len(d.ids) == 0 {
			problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: c.Pos(), End: c.End(),
				Message: "suppression directive names no rule; name the rule IDs it is meant for (e.g. MAIL001)"})
			continue
		}
		if opts.RequireJustification && d.reason == "" {
			problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: c.Pos(), End: c.End(),
				Message: "suppression without a justification: add `-- reason` after the rule IDs"})
		}
		dirs = append(dirs, d)
	}
	adirs, aproblems := attributeDirectives(f, opts)
	return append(dirs, adirs...), append(problems, aproblems...)
}

// directiveIDs reads the rule list of a directive; unknown rules are reported.
func directiveIDs(list string, c *parser.Comment, problems []Diagnostic) ([]string, []Diagnostic) {
	var ids []string
	for _, field := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if strings.EqualFold(field, "all") {
			ids = append(ids, "ALL")
			continue
		}
		r := Lookup(field)
		if r == nil {
			problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: c.Pos(), End: c.End(),
				Message: "suppression directive names unknown rule " + field + " (see psmailscan --list-rules)"})
			continue
		}
		ids = append(ids, r.ID)
	}
	return ids, problems
}

// attributeDirectives reads SuppressMessageAttribute on param blocks,
// functions and classes (PSScriptAnalyzer's form).
func attributeDirectives(f *parser.File, opts SuppressOptions) ([]directive, []Diagnostic) {
	var dirs []directive
	var problems []Diagnostic
	src := f.Source.Text
	// The attribute's type name is written in the script: a file that
	// never spells it needs no walk of its tree (most files).
	if !semantic.ContainsFoldASCII(src, "suppressmessage") {
		return nil, nil
	}
	add := func(attrs []*parser.Attribute, from, to int) {
		for _, a := range attrs {
			name := strings.ToLower(a.Type.Name)
			name = strings.TrimPrefix(name, "system.")
			name = strings.TrimPrefix(name, "diagnostics.codeanalysis.")
			if name != "suppressmessageattribute" && name != "suppressmessage" {
				continue
			}
			if len(a.Positional) == 0 {
				continue
			}
			s, ok := a.Positional[0].(*parser.StringLit)
			if !ok || !s.Constant() {
				continue
			}
			r := Lookup(strings.TrimSpace(s.Value))
			if r == nil {
				// A PSScriptAnalyzer rule name: not ours, not a problem.
				if looksLikeOurID(s.Value) {
					problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: a.Pos(), End: a.End(),
						Message: "SuppressMessageAttribute names unknown rule " + s.Value + " (see psmailscan --list-rules)"})
				}
				continue
			}
			just := ""
			for _, na := range a.Named {
				if strings.EqualFold(na.Name, "Justification") {
					if js, ok := na.Value.(*parser.StringLit); ok && js.Constant() {
						just = js.Value
					}
				}
			}
			if opts.RequireJustification && strings.TrimSpace(just) == "" {
				problems = append(problems, Diagnostic{Rule: DirectiveRule, Level: Warning, Pos: a.Pos(), End: a.End(),
					Message: "SuppressMessageAttribute without a Justification"})
			}
			dirs = append(dirs, directive{pos: a.Pos(), end: a.End(), ids: []string{r.ID}, reason: just, from: from, to: to, kind: "inSource"})
		}
		_ = src
	}
	parser.Inspect(f.Script, func(n parser.Node) bool {
		switch n := n.(type) {
		case *parser.ScriptBlock:
			if n.Param != nil {
				// On the script's own param block: the whole file.
				from, to := n.Pos(), n.End()
				if n == f.Script {
					from, to = 0, len(f.Source.Text)
				}
				add(n.Param.Attributes, from, to)
			}
		case *parser.ClassDef:
			add(n.Attributes, n.Pos(), n.End())
			for _, mem := range n.Members {
				switch mm := mem.(type) {
				case *parser.MethodMember:
					add(mm.Attributes, mm.Pos(), mm.End())
				}
			}
		}
		return true
	})
	return dirs, problems
}

var ourIDRe = regexp.MustCompile(`(?i)^(MAIL|TLS|AUTH|EXO|HYB)\d{3}$`)

func looksLikeOurID(s string) bool { return ourIDRe.MatchString(strings.TrimSpace(s)) }
