// Package sarif writes psmailscan results as SARIF 2.1.0 for GitHub code
// scanning, on github.com/owenrumney/go-sarif/v2: every enabled rule with
// its help, CWE as a run taxonomy, exact regions, related locations, GitHub's
// line-hash fingerprints, fixes, complete suppressions, and parse errors and
// skipped files as tool execution notifications. Output is deterministic.
package sarif

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// GitHub code scanning limits (per uploaded run).
const (
	DefaultMaxResults   = 25000
	DefaultMaxGzipBytes = 10 << 20
)

const (
	srcRoot      = "%SRCROOT%"
	cweGUID      = "1a7c8e2e-2e7b-4d41-9a43-2d0c6f3f4b10" // fixed identity of our CWE taxonomy component
	toolInfoURI  = "https://github.com/psmailscan/psmailscan"
	cweTaxonomyV = "4.14"
)

// File is what the SARIF writer needs to know about one scanned file.
type File struct {
	// Path is the file's path as scanned (an OS path).
	Path string
	// Skipped marks a file that was not checked, for the Reason given.
	Skipped bool
	Reason  string
	// Source is nil for skipped files.
	Source   *parser.Source
	Errors   []*parser.Error
	Internal []string
	Findings []rules.Diagnostic
	// LineHashes maps a 1-based line to its primaryLocationLineHash.
	LineHashes map[int]string
}

// Options configure the report.
type Options struct {
	ToolVersion string
	// Rules are the enabled rules, listed in tool.driver.rules.
	Rules []*rules.Rule
	// Root is the absolute directory that URIs are made relative to (%SRCROOT%).
	Root string
	// MaxResults and MaxGzipBytes bound the report (GitHub's limits by default).
	MaxResults   int
	MaxGzipBytes int
	// Notice receives a message when the report had to be cut.
	Notice func(string)
}

// Write builds the SARIF log and writes it as indented JSON. The log is
// made as it is written, one result at a time, and never held whole: on a
// large tree it is tens of megabytes, and as an object tree and a buffer
// it took more memory than the whole scan (see render). Its size is
// checked against GitHub's limit (10 MB gzipped) as it is made: up to
// rawLimit bytes it is kept as it is (it cannot gzip to more than the
// limit), and past that it is gzipped (see spillWriter). A log kept as it
// is, or gzipped within the limit, is written to w; else the results are
// cut and it is made again. (Every log was gzipped and unpacked before: a
// twentieth of the CPU time of a scan of the dev corpus, after the scan.)
func Write(w io.Writer, files []File, opts Options) error {
	if opts.MaxResults <= 0 {
		opts.MaxResults = DefaultMaxResults
	}
	if opts.MaxGzipBytes <= 0 {
		opts.MaxGzipBytes = DefaultMaxGzipBytes
	}
	b := newBuilder(files, opts)
	all := b.results()
	keep := len(all)
	if keep > opts.MaxResults {
		keep = opts.MaxResults
	}
	for {
		sw, err := b.made(all, keep, opts.MaxGzipBytes)
		if err != nil {
			return err
		}
		if !sw.spilled || sw.packed.n <= opts.MaxGzipBytes || keep == 0 {
			if keep < len(all) && opts.Notice != nil {
				opts.Notice(cutNotice(keep, len(all)))
			}
			switch {
			case !sw.spilled:
				_, err := sw.writeRaw(w)
				return err
			case sw.packed.n > opts.MaxGzipBytes: // no result left and still too big: write it as it is
				bw := bufio.NewWriterSize(w, 64<<10)
				if err := b.render(bw, all, keep); err != nil {
					return err
				}
				return bw.Flush()
			}
			zr, err := gzip.NewReader(bytes.NewReader(sw.packed.buf))
			if err != nil {
				return err
			}
			_, err = io.Copy(w, zr)
			return err
		}
		// Shrink in proportion to the excess, with a margin, and try again.
		keep = int(float64(keep) * float64(opts.MaxGzipBytes) / float64(sw.packed.n) * 0.95)
	}
}

// cutNotice is the message of a report cut to keep of all results.
func cutNotice(keep, all int) string {
	return fmt.Sprintf("SARIF report cut to %d of %d results to stay within GitHub's limits (25,000 results, 10 MB gzipped); errors are kept first, then warnings and notes, by path", keep, all)
}

// rawLimit is a size of log that gzips to at most max bytes whatever its
// content: deflate falls back to stored blocks, which add 5 bytes each
// (Go's are 16 KB or more: 0.03 %), and gzip adds a header and trailer of
// 18 bytes. A hundredth and a kilobyte leave room for any compressor.
func rawLimit(max int) int {
	return max - max/100 - 1024
}

// made makes the log with the first keep results into a spillWriter for
// the gzipped limit max.
func (b *builder) made(all []pendingResult, keep, max int) (*spillWriter, error) {
	sw := &spillWriter{rawMax: rawLimit(max), packed: boundedBuffer{max: max}}
	if err := b.render(sw, all, keep); err != nil {
		return nil, err
	}
	if sw.spilled {
		if err := sw.zw.Close(); err != nil {
			return nil, err
		}
	}
	return sw, nil
}

// spillWriter keeps what is written to it as it is up to rawMax bytes;
// past that it gzips all of it into packed, which keeps at most its max
// bytes and counts the rest. The log kept as it is is held in chunks of
// 64 KB, not one slice grown by append (which copied it twice over).
type spillWriter struct {
	raw     [][]byte
	rawLen  int
	rawMax  int
	spilled bool
	zw      *gzip.Writer
	packed  boundedBuffer
}

const spillChunk = 64 << 10

func (s *spillWriter) Write(p []byte) (int, error) {
	if !s.spilled {
		if s.rawLen+len(p) <= s.rawMax {
			s.rawLen += len(p)
			for rest := p; len(rest) > 0; {
				if len(s.raw) == 0 || len(s.raw[len(s.raw)-1]) == spillChunk {
					s.raw = append(s.raw, make([]byte, 0, spillChunk))
				}
				last := &s.raw[len(s.raw)-1]
				n := min(len(rest), spillChunk-len(*last))
				*last = append(*last, rest[:n]...)
				rest = rest[n:]
			}
			return len(p), nil
		}
		s.spilled = true
		s.zw = gzip.NewWriter(&s.packed)
		if _, err := s.writeRaw(s.zw); err != nil {
			return 0, err
		}
		s.raw = nil
	}
	return s.zw.Write(p)
}

// writeRaw writes the log kept as it is to w.
func (s *spillWriter) writeRaw(w io.Writer) (int64, error) {
	var n int64
	for _, c := range s.raw {
		k, err := w.Write(c)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// boundedBuffer keeps what is written to it up to max bytes, and only
// counts the rest.
type boundedBuffer struct {
	buf []byte
	n   int
	max int
}

func (b *boundedBuffer) Write(p []byte) (int, error) {
	b.n += len(p)
	if b.n <= b.max {
		b.buf = append(b.buf, p...)
	} else {
		b.buf = nil
	}
	return len(p), nil
}

func gzipSize(data []byte) int {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	return buf.Len()
}

type builder struct {
	files     []File
	opts      Options
	ruleIndex map[string]int
	absDirs   map[string]string // see abs
}

func newBuilder(files []File, opts Options) *builder {
	b := &builder{files: files, opts: opts, ruleIndex: map[string]int{}}
	sort.Slice(b.opts.Rules, func(i, j int) bool { return b.opts.Rules[i].ID < b.opts.Rules[j].ID })
	for i, r := range b.opts.Rules {
		b.ruleIndex[r.ID] = i
	}
	return b
}

// pendingResult is a finding to report, with the keys used to cut
// predictably; its SARIF result is made when it is written.
type pendingResult struct {
	level         rules.Level
	path          string
	pos           int
	rule          string
	file, finding int // b.files[file].Findings[finding]
}

func (b *builder) results() []pendingResult {
	var out []pendingResult
	for fi, f := range b.files {
		if f.Source == nil {
			continue
		}
		for di, d := range f.Findings {
			out = append(out, pendingResult{d.Level, f.Path, d.Pos, d.Rule, fi, di})
		}
	}
	// Cut order: level (errors first), then path, then position.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].level != out[j].level {
			return out[i].level > out[j].level
		}
		if out[i].path != out[j].path {
			return out[i].path < out[j].path
		}
		return out[i].pos < out[j].pos
	})
	return out
}

// resultsKey is where the results go in the log rendered without them:
// the only place the text can be, as quotes inside strings are escaped.
var resultsKey = []byte(`"results": []`)

// render writes the log with the first keep results of all. It is the
// document go-sarif's PrettyWrite makes (json.MarshalIndent, two spaces),
// byte for byte, but the results array is written one result at a time,
// each made and marshalled at its turn: the log is marshalled without
// results and the array is spliced in at its key, indented as MarshalIndent
// indents it.
func (b *builder) render(w io.Writer, all []pendingResult, keep int) error {
	report, kept, err := b.log(all, keep)
	if err != nil {
		return err
	}
	doc, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		return err
	}
	at := bytes.Index(doc, resultsKey)
	if at < 0 || bytes.Count(doc, resultsKey) != 1 {
		return fmt.Errorf("SARIF: no single place for the results in the log")
	}
	if len(kept) == 0 {
		_, err := w.Write(doc)
		return err
	}
	indent := string(doc[bytes.LastIndexByte(doc[:at], '\n')+1 : at])
	if _, err := w.Write(doc[:at+len(resultsKey)-1]); err != nil { // up to and with the [
		return err
	}
	inner := indent + "  "
	for i, p := range kept {
		data, err := json.MarshalIndent(b.make(p), inner, "  ")
		if err != nil {
			return err
		}
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		if _, err := io.WriteString(w, sep+inner); err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, "\n"+indent+"]"); err != nil {
		return err
	}
	_, err = w.Write(doc[at+len(resultsKey):])
	return err
}

// make is the SARIF result of a pending one.
func (b *builder) make(p pendingResult) *gosarif.Result {
	f := b.files[p.file]
	return b.result(f, f.Findings[p.finding])
}

// log is the log with the first keep results of all, without them: its
// results array is empty. kept are those results, in the order they are
// written.
func (b *builder) log(all []pendingResult, keep int) (*gosarif.Report, []pendingResult, error) {
	report, err := gosarif.New(gosarif.Version210)
	if err != nil {
		return nil, nil, err
	}
	driver := gosarif.NewVersionedDriver("psmailscan", b.opts.ToolVersion)
	driver.InformationURI = strp(toolInfoURI)
	driver.SemanticVersion = strp(b.opts.ToolVersion)
	// Results first: the rules' full help goes only to rules with results.
	kept := append([]pendingResult(nil), all[:keep]...)
	used := map[string]bool{}
	for _, p := range kept {
		used[p.rule] = true
	}
	driver.Rules = b.ruleDescriptors(used)
	driver.SupportedTaxonomies = []*gosarif.ToolComponentReference{cweRef()}
	run := gosarif.NewRun(*gosarif.NewTool(driver))
	run.ColumnKind = "unicodeCodePoints"
	rootURI := FileURI(b.opts.Root, onWindows)
	if !strings.HasSuffix(rootURI, "/") {
		rootURI += "/"
	}
	run.OriginalUriBaseIDs = map[string]*gosarif.ArtifactLocation{srcRoot: {URI: strp(rootURI)}}
	run.Taxonomies = []*gosarif.ToolComponent{b.cweTaxonomy()}
	// Results in file order for reading, after the cut by level.
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].path != kept[j].path {
			return kept[i].path < kept[j].path
		}
		return kept[i].pos < kept[j].pos
	})
	run.Results = []*gosarif.Result{} // render writes them
	inv := gosarif.NewInvocation()
	inv.ExecutionSuccessful = boolp(true)
	inv.ToolExecutionNotifications = b.notifications()
	if keep < len(all) {
		run.Properties = gosarif.Properties{"truncated": true, "omittedResults": len(all) - keep}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, &gosarif.Notification{
			Level:   "warning",
			Message: &gosarif.Message{Text: strp(fmt.Sprintf("%d of %d results were left out to stay within GitHub's limits (errors kept first, then by path)", len(all)-keep, len(all)))},
		})
	}
	run.Invocations = []*gosarif.Invocation{inv}
	report.AddRun(run)
	return report, kept, nil
}

// ruleDescriptors lists every rule run. Only the rules in used (those
// with results) carry their full description and help page: the others
// keep name, short description, help URI and configuration, which is all
// GitHub shows for a rule without alerts, so the log's size follows the
// results (a log of 4 findings no longer embeds 33 help pages).
func (b *builder) ruleDescriptors(used map[string]bool) []*gosarif.ReportingDescriptor {
	out := []*gosarif.ReportingDescriptor{} // never null, even with every rule disabled
	for _, r := range b.opts.Rules {
		doc := rules.Doc(r.ID)
		full := rules.FullDescription(r.ID)
		if full == "" {
			full = r.Summary
		}
		rd := gosarif.NewRule(r.ID)
		rd.Name = strp(r.Name)
		rd.ShortDescription = &gosarif.MultiformatMessageString{Text: strp(r.Summary)}
		rd.HelpURI = strp(rules.DocURL(r.ID))
		if used[r.ID] {
			rd.FullDescription = &gosarif.MultiformatMessageString{Text: strp(full)}
			rd.Help = &gosarif.MultiformatMessageString{Text: strp(doc), Markdown: strp(doc)}
		}
		rd.DefaultConfiguration = &gosarif.ReportingConfiguration{Level: r.Level.String(), Enabled: boolp(!r.DefaultOff)}
		props := gosarif.Properties{"tags": ruleTags(r), "precision": r.Precision}
		if r.SecuritySeverity != "" {
			props["security-severity"] = r.SecuritySeverity
		}
		rd.Properties = props
		out = append(out, rd)
	}
	return out
}

// ruleTags: security (only for security rules), the family, CWE tags and the rule's own tags.
func ruleTags(r *rules.Rule) []string {
	seen := map[string]bool{}
	var tags []string
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			tags = append(tags, t)
		}
	}
	for _, t := range r.Tags {
		add(t)
	}
	add(strings.ToLower(r.Family()))
	for _, c := range r.CWE {
		add("external/cwe/cwe-" + strconv.Itoa(c))
	}
	return tags
}

func cweRef() *gosarif.ToolComponentReference {
	idx := uint(0)
	return &gosarif.ToolComponentReference{Name: strp("CWE"), Index: &idx, Guid: strp(cweGUID)}
}

func (b *builder) cweTaxonomy() *gosarif.ToolComponent {
	used := map[int]bool{}
	for _, r := range b.opts.Rules {
		for _, c := range r.CWE {
			used[c] = true
		}
	}
	var ids []int
	for c := range used {
		ids = append(ids, c)
	}
	sort.Ints(ids)
	tc := &gosarif.ToolComponent{
		Name:           "CWE",
		GUID:           strp(cweGUID),
		Version:        strp(cweTaxonomyV),
		Organization:   strp("MITRE"),
		InformationURI: strp("https://cwe.mitre.org/data/published/cwe_v" + cweTaxonomyV + ".pdf"),
		ShortDescription: &gosarif.MultiformatMessageString{
			Text: strp("The MITRE Common Weakness Enumeration"),
		},
		IsComprehensive: boolp(false),
		Rules:           []*gosarif.ReportingDescriptor{},
	}
	for _, id := range ids {
		name := cweNames[id]
		if name == "" {
			name = "CWE-" + strconv.Itoa(id)
		}
		t := gosarif.NewRule(strconv.Itoa(id))
		t.Name = strp(name)
		t.ShortDescription = &gosarif.MultiformatMessageString{Text: strp(name)}
		t.HelpURI = strp("https://cwe.mitre.org/data/definitions/" + strconv.Itoa(id) + ".html")
		tc.Taxa = append(tc.Taxa, t)
	}
	return tc
}

// artifact returns the artifact location of a scanned path: relative to the
// root with %SRCROOT% when inside it, else an absolute file URI.
func (b *builder) artifact(path string) *gosarif.ArtifactLocation {
	abs, err := b.abs(path)
	if err == nil && b.opts.Root != "" {
		rel, err := filepath.Rel(b.opts.Root, abs)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return &gosarif.ArtifactLocation{URI: strp(RelativeURI(rel, onWindows)), URIBaseId: strp(srcRoot)}
		}
	}
	if err != nil {
		abs = path
	}
	return &gosarif.ArtifactLocation{URI: strp(FileURI(abs, onWindows))}
}

// abs is filepath.Abs(path) with the folder's absolute path computed once
// per folder: filepath.Abs asks the system for the working directory at
// every call (two stats), and every result and related location names its
// file (a third of the SARIF time on the dev corpus).
func (b *builder) abs(path string) (string, error) {
	dir := filepath.Dir(path)
	if filepath.Base(path) == "." || filepath.Base(path) == ".." || dir == path {
		return filepath.Abs(path)
	}
	absDir, ok := b.absDirs[dir]
	if !ok {
		var err error
		if absDir, err = filepath.Abs(dir); err != nil {
			return filepath.Abs(path)
		}
		if b.absDirs == nil {
			b.absDirs = map[string]string{}
		}
		b.absDirs[dir] = absDir
	}
	return filepath.Join(absDir, filepath.Base(path)), nil
}

// onWindows: how the host spells paths (see FileURI).
const onWindows = runtime.GOOS == "windows"

func region(src *parser.Source, pos, end int) *gosarif.Region {
	s, e := src.Position(pos), src.Position(end)
	if e.Line < s.Line || e.Line == s.Line && e.Column < s.Column {
		e = s
	}
	return &gosarif.Region{StartLine: intp(s.Line), StartColumn: intp(s.Column), EndLine: intp(e.Line), EndColumn: intp(e.Column)}
}

func (b *builder) result(f File, d rules.Diagnostic) *gosarif.Result {
	res := gosarif.NewRuleResult(d.Rule)
	if i, ok := b.ruleIndex[d.Rule]; ok {
		idx := uint(i)
		res.RuleIndex = &idx
	}
	res.Level = strp(d.Level.String())
	text := d.Message
	if d.Detail != "" {
		text += "\n\n" + d.Detail
	}
	res.Message = gosarif.Message{Text: strp(text)}
	art := b.artifact(f.Path)
	res.Locations = []*gosarif.Location{{PhysicalLocation: &gosarif.PhysicalLocation{ArtifactLocation: art, Region: region(f.Source, d.Pos, d.End)}}}
	for i, rel := range d.Related {
		id := uint(i + 1)
		loc := &gosarif.PhysicalLocation{ArtifactLocation: b.artifact(f.Path), Region: region(f.Source, rel.Pos, rel.End)}
		if rel.Path != "" {
			// A calling site in another file: its position was computed
			// when that file was read.
			loc = &gosarif.PhysicalLocation{ArtifactLocation: b.artifact(rel.Path), Region: &gosarif.Region{
				StartLine: intp(rel.Line), StartColumn: intp(rel.Column), EndLine: intp(rel.EndLine), EndColumn: intp(rel.EndColumn)}}
		}
		res.RelatedLocations = append(res.RelatedLocations, &gosarif.Location{
			Id:               &id,
			PhysicalLocation: loc,
			Message:          &gosarif.Message{Text: strp(rel.Message)},
		})
	}
	line := f.Source.Position(d.Pos).Line
	if h, ok := f.LineHashes[line]; ok {
		res.PartialFingerprints = map[string]interface{}{"primaryLocationLineHash": h}
	}
	if r := b.ruleFor(d.Rule); r != nil {
		for _, c := range r.CWE {
			ref := &gosarif.ReportingDescriptorReference{Id: strp(strconv.Itoa(c)), ToolComponent: cweRef()}
			res.Taxa = append(res.Taxa, ref)
		}
	}
	for _, fx := range d.Fixes {
		change := &gosarif.ArtifactChange{ArtifactLocation: *b.artifact(f.Path)}
		for _, e := range fx.Edits {
			change.Replacements = append(change.Replacements, &gosarif.Replacement{
				DeletedRegion:   *region(f.Source, e.Pos, e.End),
				InsertedContent: &gosarif.ArtifactContent{Text: strp(e.NewText)},
			})
		}
		res.Fixes = append(res.Fixes, &gosarif.Fix{Description: &gosarif.Message{Text: strp(fx.Description)}, ArtifactChanges: []*gosarif.ArtifactChange{change}})
	}
	if len(d.Properties) > 0 {
		res.Properties = gosarif.Properties{}
		for k, v := range d.Properties {
			res.Properties[k] = v
		}
	}
	if s := d.Suppressed; s != nil {
		loc := res.Locations[0]
		if s.Pos >= 0 {
			loc = &gosarif.Location{PhysicalLocation: &gosarif.PhysicalLocation{ArtifactLocation: b.artifact(f.Path), Region: region(f.Source, s.Pos, s.End)}}
		}
		just := s.Justification
		res.Suppressions = []*gosarif.Suppression{{
			Kind:          s.Kind,
			Status:        strp("accepted"),
			Location:      loc,
			Guid:          strp(stableGUID(f.Path, d.Rule, strconv.Itoa(d.Pos), s.Kind)),
			Justification: &just,
		}}
	}
	return res
}

func (b *builder) ruleFor(id string) *rules.Rule {
	if i, ok := b.ruleIndex[id]; ok {
		return b.opts.Rules[i]
	}
	return rules.Lookup(id)
}

// notifications: parse errors (with their location), skipped files and
// internal errors, in file order.
func (b *builder) notifications() []*gosarif.Notification {
	var out []*gosarif.Notification
	for _, f := range b.files {
		art := b.artifact(f.Path)
		for _, e := range f.Errors {
			n := &gosarif.Notification{
				Level:      "error",
				Message:    &gosarif.Message{Text: strp("syntax error: " + e.Msg)},
				Locations:  []*gosarif.Location{{PhysicalLocation: &gosarif.PhysicalLocation{ArtifactLocation: art, Region: region(f.Source, e.Pos, e.Pos)}}},
				Descriptor: &gosarif.ReportingDescriptorReference{Id: strp("parse-error")},
			}
			if e.ID != "" {
				// PowerShell's own error ID, for looking the error up.
				n.Properties = gosarif.Properties{"powershellErrorId": e.ID}
			}
			out = append(out, n)
		}
		if f.Skipped {
			out = append(out, &gosarif.Notification{
				Level:      "warning",
				Message:    &gosarif.Message{Text: strp("file skipped: " + f.Reason)},
				Locations:  []*gosarif.Location{{PhysicalLocation: &gosarif.PhysicalLocation{ArtifactLocation: art}}},
				Descriptor: &gosarif.ReportingDescriptorReference{Id: strp("skipped")},
			})
		}
		for _, ie := range f.Internal {
			out = append(out, &gosarif.Notification{
				Level:      "error",
				Message:    &gosarif.Message{Text: strp("internal error: " + ie)},
				Locations:  []*gosarif.Location{{PhysicalLocation: &gosarif.PhysicalLocation{ArtifactLocation: art}}},
				Descriptor: &gosarif.ReportingDescriptorReference{Id: strp("internal-error")},
			})
		}
	}
	return out
}

// stableGUID derives a GUID-shaped identifier from its parts, so the same
// input always gives the same report.
func stableGUID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	x := hex.EncodeToString(h[:16])
	// Version 5 / variant bits, as in a name-based UUID.
	b := []byte(x)
	b[12] = '5'
	b[16] = "89ab"[h[8]&3]
	x = string(b)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

func strp(s string) *string { return &s }
func intp(i int) *int       { return &i }
func boolp(b bool) *bool    { return &b }
