// Package scan checks one script: read, decode, parse, run the rules. It
// never panics and never drops a file: every outcome is in the Result. The
// CLI, the inventory and the rule-fixture harness all scan through it.
package scan

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/sarif"
)

// Status is what became of one input file.
type Status string

// The statuses; their text is what every report format writes.
const (
	StatusOK         Status = "ok"          // parsed and checked
	StatusParseError Status = "parse-error" // checked, with syntax errors
	StatusSkipped    Status = "skipped"     // not checked; Skip says why
)

// Result is everything the scan learned about one input file.
type Result struct {
	Path   string
	Status Status
	// Skip says why the file was not checked (Status is StatusSkipped);
	// Skip.Trouble marks a file that exists but could not be read (exit code 3).
	Skip     pipeline.Skip
	Bytes    int
	Encoding parser.Encoding
	File     *parser.File
	// Model is the semantic model the rules built and read; the inventory
	// reads its facts from the same model. Reports do not need it: drop it
	// (set it to nil) as soon as the file is done.
	Model    *semantic.Model
	Findings []rules.Diagnostic
	Errors   []*parser.Error
	Internal []string // internal errors (parser or rule panics)
	// LineHashes holds GitHub's primaryLocationLineHash of each finding's
	// first line, computed from the raw bytes while they are at hand.
	LineHashes map[int]string
	// Fingerprints holds each finding's baseline fingerprint (same order as
	// Findings), computed while the syntax tree is at hand.
	Fingerprints []string
}

// Strip drops the syntax tree of a scanned file, keeping its source,
// syntax errors and findings: a scan over thousands of files holds only
// what the report needs, so memory stays flat as the number of files grows.
func (r *Result) Strip() {
	if r.File == nil {
		return
	}
	r.File = &parser.File{Span: r.File.Span, Source: r.File.Source, Errors: r.File.Errors, Requires: r.File.Requires,
		Script: &parser.ScriptBlock{}}
}

// Options are the settings shared by every file of a scan.
type Options struct {
	Config      *rules.Config
	Enabled     func(*rules.Rule) bool
	MaxFileSize int64
	// Suppress configures in-source suppression directives.
	Suppress rules.SuppressOptions
	// Levels overrides the level of a rule's findings (settings file).
	Levels map[string]rules.Level
}

// File reads, decodes, parses and checks the file at path (a file named
// on the command line, a rule fixture, a file rewritten by --fix).
func File(path string, opts *Options) Result {
	return Entry(pipeline.FileEntry(path), opts)
}

// Entry reads, decodes, parses and checks one discovered entry. It never
// panics and never drops the entry: every outcome is recorded in the
// result, a skipped entry with the same Skip whatever the command.
func Entry(e pipeline.Entry, opts *Options) (res Result) {
	res.Path = e.Path
	defer func() {
		if v := recover(); v != nil {
			res.skip(pipeline.Skip{Kind: pipeline.SkipInternalError})
			res.Internal = append(res.Internal, fmt.Sprint(v))
		}
	}()
	raw, skip := pipeline.Read(e, opts.MaxFileSize)
	if skip.Skipped() {
		res.skip(skip)
		return res
	}
	return Bytes(e.Path, raw, opts)
}

// Skipped is the result of a file that was not checked, for reason s
// (pipeline.Interrupted: the run stopped before it).
func Skipped(path string, s pipeline.Skip) Result {
	return Result{Path: path, Status: StatusSkipped, Skip: s}
}

// skip records why the file was not checked.
func (r *Result) skip(s pipeline.Skip) {
	r.Status, r.Skip = StatusSkipped, s
}

// Bytes checks a script held in memory (a file's content or stdin). The
// caller hands raw over: it must not change it afterwards, since the
// result's text may share its memory (parser.DecodeOwned).
func Bytes(path string, raw []byte, opts *Options) (res Result) {
	res.Path = path
	res.Bytes = len(raw)
	src, err := parser.DecodeOwned(path, raw)
	if err != nil {
		// Decode fails only on binary content (parser.ErrNotText).
		res.skip(pipeline.Skip{Kind: pipeline.SkipNotText})
		return res
	}
	res.Encoding = src.Encoding
	f, err := parser.Parse(src)
	if err != nil {
		var ie *parser.InternalError
		if errors.As(err, &ie) {
			res.Internal = append(res.Internal, ie.Error())
		}
		res.skip(pipeline.Skip{Kind: pipeline.SkipInternalParserError})
		return res
	}
	res.File = f
	res.Errors = f.Errors
	res.Status = StatusOK
	if len(f.Errors) > 0 {
		res.Status = StatusParseError
	}
	model, diags, rerrs := rules.Analyze(path, f, opts.Config, opts.Enabled, NewLoader())
	res.Model = model
	for i := range diags {
		if l, ok := opts.Levels[diags[i].Rule]; ok {
			diags[i].Level = l
		}
	}
	if problems := rules.ApplySuppressions(f, diags, opts.Suppress); len(problems) > 0 {
		diags = append(diags, problems...)
		sort.SliceStable(diags, func(i, j int) bool {
			if diags[i].Pos != diags[j].Pos {
				return diags[i].Pos < diags[j].Pos
			}
			return diags[i].Rule < diags[j].Rule
		})
	}
	res.Findings = diags
	if len(diags) > 0 {
		lines := map[int]bool{}
		for _, d := range diags {
			lines[src.Position(d.Pos).Line] = true
		}
		res.LineHashes = sarif.LineHashes(raw, lines)
		res.Fingerprints = Fingerprints(f, diags)
	}
	for _, e := range rerrs {
		res.Internal = append(res.Internal, e.Error())
	}
	return res
}

// Loader reads the files a script dot-sources, relative to the script,
// for the semantic layer. It bounds the depth and caches what it loaded.
// It is a semantic.TextLoader: a rule may look at a file's text first and
// have it parsed only when it needs it.
type Loader struct {
	depth int
	seen  map[string]*semantic.Model
	// sources caches what read decoded (nil: could not be read), so that a
	// file whose text was looked at is read once if it is loaded too.
	sources map[string]*parser.Source
}

// NewLoader returns a Loader for one file's scan.
func NewLoader() *Loader {
	return &Loader{seen: map[string]*semantic.Model{}, sources: map[string]*parser.Source{}}
}

// loadPath resolves a dot-sourced path against the folder of the script
// that dot-sources it.
func loadPath(fromPath, path string) string {
	path = strings.ReplaceAll(path, "\\", string(filepath.Separator))
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(fromPath), path)
	}
	return filepath.Clean(path)
}

// read reads and decodes the file at the resolved path, once.
func (l *Loader) read(path string) *parser.Source {
	if src, ok := l.sources[path]; ok {
		return src
	}
	l.sources[path] = nil
	// The pipeline's reader: a dot-sourced FIFO or device is refused,
	// never read (reading it could block the scan forever).
	raw, skip := pipeline.Read(pipeline.FileEntry(path), 10<<20)
	if skip.Skipped() {
		return nil
	}
	src, err := parser.DecodeOwned(path, raw)
	if err != nil {
		return nil
	}
	l.sources[path] = src
	return src
}

// Text implements semantic.TextLoader.
func (l *Loader) Text(fromPath, path string) (string, bool) {
	src := l.read(loadPath(fromPath, path))
	if src == nil {
		return "", false
	}
	return src.Text, true
}

// Load implements semantic.Loader.
func (l *Loader) Load(fromPath, path string) *semantic.Model {
	path = loadPath(fromPath, path)
	if m, ok := l.seen[path]; ok {
		return m
	}
	l.seen[path] = nil // a cycle resolves to nothing
	if l.depth >= 4 {
		return nil
	}
	src := l.read(path)
	if src == nil {
		return nil
	}
	f, err := parser.Parse(src)
	if err != nil {
		return nil
	}
	l.depth++
	m := semantic.New(path, f, l)
	l.depth--
	l.seen[path] = m
	return m
}

// Fingerprints computes the baseline fingerprint of each finding (catalog
// H.8): a hash of the rule, the finding's source text with blanks
// collapsed, and the name of the enclosing function, numbered when the same
// fingerprint occurs more than once. Line shifts, and edits elsewhere in
// the file, leave it unchanged.
func Fingerprints(f *parser.File, ds []rules.Diagnostic) []string {
	out := make([]string, len(ds))
	var funcs []*parser.FunctionDef
	parser.Inspect(f.Script, func(n parser.Node) bool {
		if fn, ok := n.(*parser.FunctionDef); ok {
			funcs = append(funcs, fn)
		}
		return true
	})
	seen := map[string]int{}
	text := f.Source.Text
	for i, d := range ds {
		fn := ""
		for _, def := range funcs {
			if def.Pos() <= d.Pos && d.Pos < def.End() {
				fn = strings.ToLower(def.Name) // later definitions nest deeper: innermost wins
			}
		}
		end := d.End
		if end > len(text) || end < d.Pos {
			end = d.Pos
		}
		norm := strings.Join(strings.Fields(text[d.Pos:end]), " ")
		h := sha256.Sum256([]byte(d.Rule + "\x00" + fn + "\x00" + norm))
		key := hex.EncodeToString(h[:12])
		seen[key]++
		out[i] = key + ":" + strconv.Itoa(seen[key])
	}
	return out
}
