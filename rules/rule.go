// Package rules holds psmailscan's checks: the Rule and Pass types, the
// registry of every rule, the runner that applies them to a parsed file, and
// one file per rule. Rules report through the Pass; they never print, read
// files or exit.
package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// Level is a finding's severity, as in SARIF.
type Level int

// The levels, lowest first.
const (
	Note Level = iota + 1
	Warning
	Error
)

// String returns the SARIF name of the level.
func (l Level) String() string {
	switch l {
	case Note:
		return "note"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "none"
}

// ParseLevel reads note, warning or error.
func ParseLevel(s string) (Level, error) {
	switch strings.ToLower(s) {
	case "note", "info":
		return Note, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown level %q (want note, warning or error)", s)
}

// Meta describes a rule: what SARIF's reportingDescriptor and --list-rules show.
type Meta struct {
	ID   string // MAIL001
	Name string // send-mailmessage-obsolete
	// Summary is one sentence: SARIF shortDescription.
	Summary string
	Level   Level
	// SecuritySeverity is GitHub's security-severity score as text ("8.1"),
	// empty for reliability rules.
	SecuritySeverity string
	CWE              []int
	Precision        string // very-high, high, medium, low
	// Tags are extra tags besides the family and CWE tags (security, reliability, …).
	Tags []string
	// DefaultOff rules run only when enabled explicitly.
	DefaultOff bool
	// ManualPort, when set, is why a finding of the rule makes its script
	// a port by hand: no automatic rewrite removes it (the inventory's
	// verdict and its reason).
	ManualPort string
	// CoveredByRewrite: a finding of the rule on a Send-MailMessage call
	// goes away with the call's exact Microsoft Graph rewrite.
	CoveredByRewrite bool
	// ExchangeOnline: a finding of the rule is about Exchange Online
	// itself (its SMTP AUTH, sign-in or TLS endpoints), so the inventory
	// counts its script as relevant to Exchange Online.
	ExchangeOnline bool
}

// Family returns the ID's letter prefix (MAIL, TLS, AUTH, EXO, HYB).
func (m *Meta) Family() string { return strings.TrimRight(m.ID, "0123456789") }

// Rule is one check: its metadata and the function that runs it on a file.
type Rule struct {
	Meta
	// Run inspects the file in the pass and reports findings. A Rule value
	// holds no state: each call starts fresh, so files run in parallel.
	Run func(p *Pass)
	// Requires are the domain analyzers Run reads (semantic.Analyzer);
	// the model's core is always there. Under go test an undeclared use
	// panics, so the list stays true.
	Requires []*semantic.Analyzer
}

// Related is a contributing location: the splat definition, the literal
// secret, the earlier weak TLS write.
type Related struct {
	Pos, End int
	Message  string
	// Path is set for a location in another file: a site that calls the
	// function the finding is in, found by the repository-wide index
	// (package rules/index). Pos and End are then offsets in that file,
	// and Line, Column, EndLine, EndColumn its 1-based position, computed
	// when that file was read (its text is not at hand when reporting).
	Path                             string
	Line, Column, EndLine, EndColumn int
}

// TextEdit replaces the text in [Pos, End) with NewText.
type TextEdit struct {
	Pos, End int
	NewText  string
}

// Fix is a suggested change, such as the Microsoft Graph rewrite of a call.
type Fix struct {
	Description string
	Edits       []TextEdit
}

// Diagnostic is one finding. Positions are byte offsets into the program
// text; they become lines and columns only at the output edge.
type Diagnostic struct {
	Rule     string
	Level    Level
	Pos, End int
	// Message says what and where, in one sentence (Report keeps the
	// first sentence and moves the rest to Detail: see splitMessage).
	Message string
	// Detail is optional longer text that follows the message: the Microsoft
	// Graph rewrite of a Send-MailMessage call, for example.
	Detail string
	// GraphRewrite says whether Detail holds an exact Microsoft Graph
	// rewrite of the call or a template to complete (MAIL001).
	GraphRewrite GraphRewriteKind
	Related      []Related
	Fixes        []Fix
	// Properties carries SARIF result properties (reachable, inTestFile, confidence).
	Properties map[string]any
	// Suppressed is set when a directive or the baseline suppresses the
	// finding; suppressed findings still appear in SARIF, marked as such.
	Suppressed *Suppression
}

// GraphRewriteKind is what a finding offers as a Microsoft Graph rewrite.
type GraphRewriteKind uint8

// The kinds of rewrite.
const (
	NoGraphRewrite       GraphRewriteKind = iota
	ExactGraphRewrite                     // the call's exact equivalent
	GraphRewriteTemplate                  // placeholders to fill in
)

// Suppression records why a finding is suppressed.
type Suppression struct {
	// Kind is "inSource" (a comment directive or attribute) or "external" (baseline, config).
	Kind          string
	Justification string
	// Pos and End locate the directive in the file; Pos < 0 when there is none.
	Pos, End int
}

// Config is what rules may read besides the file.
type Config struct {
	// AsOf is the date that date-dependent levels and messages read.
	AsOf time.Time
	// AssumeTls12Configured says the machines running the scripts enable
	// TLS 1.2 outside the script (registry, profile): TLS003 stays quiet.
	AssumeTls12Configured bool
	// TrustedRelays are SMTP hosts where clear-text submission is accepted (MAIL003).
	TrustedRelays []string
}

// OrDefault returns the configuration the rules read: c itself, or for a
// nil c the defaults (no trusted relay, TLS 1.2 not assumed); an unset
// AsOf is today, so that no rule has a date of its own to invent.
func (c *Config) OrDefault() *Config {
	if c == nil {
		c = &Config{}
	} else if !c.AsOf.IsZero() {
		return c
	}
	d := *c
	d.AsOf = time.Now().UTC()
	return &d
}

// Pass is one rule's view of one file.
type Pass struct {
	File   *parser.File
	Model  *semantic.Model
	Config *Config
	rule   *Rule
	out    *[]Diagnostic
}

// Report records a finding of the running rule at the level of the rule's
// default unless d.Level is set.
func (p *Pass) Report(d Diagnostic) {
	d.Rule = p.rule.ID
	if d.Level == 0 {
		d.Level = p.rule.Level
	}
	shortenMessage(&d)
	*p.out = append(*p.out, d)
}

// Reportf reports a finding spanning node n.
func (p *Pass) Reportf(n parser.Node, format string, args ...any) {
	p.Report(Diagnostic{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf(format, args...)})
}

// Text returns the source text of a node.
func (p *Pass) Text(n parser.Node) string { return p.File.Source.Text[n.Pos():n.End()] }
