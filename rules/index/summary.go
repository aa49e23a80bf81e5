package index

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// FileSummary is what the index keeps of one file: small, with no syntax
// tree and no model, so that a whole tree's summaries fit in memory.
type FileSummary struct {
	// Path is the file's path as given to the scan, cleaned.
	Path string
	// Functions are the functions the file defines, in source order.
	Functions []Function
	// calls are the calls of commands that are not known cmdlets (the
	// file's own functions and commands defined elsewhere), packed by
	// encodeCalls; Calls unpacks them. NumCalls is their number.
	calls    []byte
	NumCalls int
	// links is what ties the file to other files; nil for most scripts,
	// which have none of it (see Links).
	links *Links
}

// Links is what ties a file to other files: dot-sources, imports, exports
// and manifest keys.
type Links struct {
	// DotSources are the files the script dot-sources, resolved against
	// its folder and cleaned. DotSourceUnknown is set when a dot-source
	// has a path not known statically (a loop over Get-ChildItem, usually).
	DotSources       []string
	DotSourceUnknown bool
	// Imports are the modules the file imports (Import-Module,
	// #Requires -Modules, using module).
	Imports []Import
	// Exports holds the names (wildcards allowed, lower case) given to
	// Export-ModuleMember -Function; ExportCalled says it is called.
	ExportCalled bool
	Exports      []string
	// Manifest is set for a module manifest (.psd1 with module keys).
	Manifest *Manifest
}

var noLinks Links

// Rename moves the file, and every path it names (dot-sources, imports by
// path, manifest entries), by rename: psmailscan bench --copies scans each
// file where it is and indexes each copy as a file of its own tree.
func (s *FileSummary) Rename(rename func(string) string) {
	s.Path = filepath.Clean(rename(s.Path))
	l := s.links
	if l == nil {
		return
	}
	c := *l // a copy: never change what another summary may share
	move := func(list []string) []string {
		out := make([]string, len(list))
		for i, p := range list {
			out[i] = filepath.Clean(rename(p))
		}
		return out
	}
	c.DotSources = move(c.DotSources)
	c.Imports = append([]Import(nil), c.Imports...)
	for i := range c.Imports {
		if c.Imports[i].Path != "" {
			c.Imports[i].Path = filepath.Clean(rename(c.Imports[i].Path))
		}
	}
	if m := c.Manifest; m != nil {
		mc := *m
		if mc.RootModule != "" {
			mc.RootModule = filepath.Clean(rename(mc.RootModule))
		}
		mc.NestedModules, mc.ScriptsToProcess = move(mc.NestedModules), move(mc.ScriptsToProcess)
		c.Manifest = &mc
	}
	s.links = &c
}

// Links returns what ties the file to other files (not to be changed).
func (s *FileSummary) Links() *Links {
	if s.links == nil {
		return &noLinks
	}
	return s.links
}

func (l *Links) empty() bool {
	return len(l.DotSources) == 0 && !l.DotSourceUnknown && len(l.Imports) == 0 && !l.ExportCalled && len(l.Exports) == 0 && l.Manifest == nil
}

// Function is one function defined in a file. A tree's functions are all
// kept until the index is built: what only senders have is behind Sends.
type Function struct {
	Name string // as written, without a scope prefix
	// Pos and End are the definition's offsets, Line its first line.
	Pos, End, Line int32
	// TopLevel is false for a function defined inside another one (only
	// visible there).
	TopLevel bool
	// Sends is set for a function whose body sends mail (when the facts
	// were asked: see Summarize), nil otherwise.
	Sends *Sending
}

// Sending is what a function whose body sends mail does by its own body.
type Sending struct {
	// Facts is what calling the function does by its own body (calls of
	// other functions not followed): [0] when TLS 1.2 is not on when the
	// function starts, [1] when it is.
	Facts [2]*mailfacts.Facts
	// Findings are the unsuppressed findings located in the body (not in
	// nested functions), for the verdict of the scripts that call it.
	Findings []Finding
}

// facts returns the function's own facts (both nil when it sends nothing).
func (f *Function) facts() [2]*mailfacts.Facts {
	if f.Sends == nil {
		return [2]*mailfacts.Facts{}
	}
	return f.Sends.Facts
}

// findings returns the findings in the body of a function that sends mail.
func (f *Function) findings() []Finding {
	if f.Sends == nil {
		return nil
	}
	return f.Sends.Findings
}

// Finding is a finding inside a function, reduced to what verdicts read.
type Finding struct {
	Rule         string
	GraphRewrite rules.GraphRewriteKind
	Pos, End     int
}

// Call is a call of a command that is not a known cmdlet. A summary keeps
// its calls packed (see encodeCalls).
type Call struct {
	// Name is the command name, lower case, with its module qualifier when
	// written so (notify\send-opsalert).
	Name string
	// In is the index of the enclosing function in Functions, -1 at script level.
	In int32
	// Local is the index of the function of this file the call binds to
	// (PowerShell's own rules: a local definition shadows an imported
	// one), -1 when it binds to nothing in the file.
	Local int32
	// TLS is the script's TLS 1.2 state at the call (recorded when asked:
	// see Summarize).
	TLS                              semantic.Ensured
	Pos, End                         int32
	Line, Column, EndLine, EndColumn int32
}

// Module splits a module-qualified name: ("notify", "send-opsalert").
func (c *Call) Module() (module, name string) {
	if i := strings.IndexByte(c.Name, '\\'); i >= 0 {
		return c.Name[:i], c.Name[i+1:]
	}
	return "", c.Name
}

// Import is one module a file imports.
type Import struct {
	// Name is the module name (lower case) when imported by name.
	Name string
	// Path is the resolved, cleaned path when imported by path.
	Path string
}

// Manifest holds the keys of a module manifest that say what the module is.
type Manifest struct {
	// RootModule, NestedModules and ScriptsToProcess are resolved against
	// the manifest's folder; an entry without extension may also be a
	// module name (Build tries the file first).
	RootModule       string
	NestedModules    []string
	ScriptsToProcess []string
	// FunctionsToExport is nil when absent or '*' (everything is exported).
	FunctionsToExport []string
}

// FactsFunc computes the mail facts of a function's body (the inventory's
// facts restricted to it; scope nil: the whole file) with TLS 1.2 assumed
// on or off at its start: mailfacts.Of.
type FactsFunc func(scope parser.Node, assumeTLS12 bool) *mailfacts.Facts

// Summarize reduces one file's model to its summary. findings are the
// file's findings (may be nil); facts computes a function's own mail facts
// (nil: none are computed, for a file that sends no mail or a run that
// composes no facts); callTLS records the TLS 1.2 state at each call (what
// composing facts needs). It never reads the file system: paths are
// resolved as text.
func Summarize(path string, m *semantic.Model, findings []rules.Diagnostic, facts FactsFunc, callTLS bool) *FileSummary {
	s := &FileSummary{Path: filepath.Clean(path)}
	l := &Links{}
	dir := filepath.Dir(s.Path)
	// m.Functions is in source order: a function's index is found by its start.
	fnIndex := func(fn *parser.FunctionDef) int {
		return sort.Search(len(m.Functions), func(i int) bool { return m.Functions[i].Pos() >= fn.Pos() })
	}
	if len(m.Functions) > 0 {
		s.Functions = make([]Function, 0, len(m.Functions)) // exact size: it is kept
	}
	for _, fn := range m.Functions {
		p := m.File.Source.Position(fn.Pos())
		s.Functions = append(s.Functions, Function{Name: nameTable.intern(shortName(fn.Name)), TopLevel: m.Scope(fn) == nil,
			Pos: int32(fn.Pos()), End: int32(fn.End()), Line: int32(p.Line)})
	}
	enclosing := func(n parser.Node) int {
		if fn, ok := m.Scope(n).(*parser.FunctionDef); ok {
			return fnIndex(fn)
		}
		return -1
	}
	var calls []Call
	var callCmds []*parser.Command
	for _, c := range m.Commands {
		if c.Invoke == "." && isDotSourceOfFile(c) {
			if p, ok := m.PathOf(c.Name, c.Pos()); ok && p != "" {
				l.DotSources = append(l.DotSources, strings.Clone(resolvePath(dir, p)))
			} else {
				l.DotSourceUnknown = true
			}
			continue
		}
		r := m.Resolve(c)
		switch {
		case r.Func != nil:
			calls = append(calls, newCall(m, c, r.Name, "", enclosing(c), fnIndex(r.Func)))
			callCmds = append(callCmds, c)
		case r.Builtin && r.Name == "import-module":
			l.importModule(m, c, dir)
		case r.Builtin && r.Name == "export-modulemember":
			l.exportModuleMember(m, c)
		case r.Builtin && candidateName(r.Name) && semantic.Cmdlet(r.Name) == nil:
			calls = append(calls, newCall(m, c, r.Name, r.Module, enclosing(c), -1))
			callCmds = append(callCmds, c)
		}
	}
	if callTLS {
		// Only the composition of facts reads the state at a call; the
		// scan's calling sites do not.
		for i, st := range m.ExternalCallTLS(callCmds) {
			calls[i].TLS = st
		}
	}
	s.calls, s.NumCalls = encodeCalls(calls, callTLS), len(calls)
	for _, r := range m.File.Requires {
		for _, name := range requiredModules(r.Params["modules"]) {
			l.Imports = append(l.Imports, moduleRef(dir, name))
		}
	}
	for _, u := range m.File.Script.Using {
		if u.Kind == "module" {
			l.Imports = append(l.Imports, moduleRef(dir, u.Name))
		}
	}
	if strings.EqualFold(filepath.Ext(s.Path), ".psd1") {
		l.Manifest = readManifest(m, dir)
	}
	if !l.empty() {
		s.links = l
	}
	s.functionFacts(m, findings, facts)
	return s
}

// functionFacts gives each function whose body sends mail its own facts
// and findings. Only those: the index composes what calling a function
// does about mail, and a summary must not depend on whether the rules ran
// (a shard summarizes the other shards' files without them when no
// function there sends mail, see scan.IndexOnly).
func (s *FileSummary) functionFacts(m *semantic.Model, findings []rules.Diagnostic, facts FactsFunc) {
	if facts == nil || len(m.Functions) == 0 {
		return
	}
	s.sendingFunctions(m.Functions, facts)
	for _, d := range findings {
		if d.Suppressed != nil {
			continue
		}
		if i := s.FunctionAt(d.Pos); i >= 0 && s.Functions[i].Sends != nil {
			s.Functions[i].Sends.Findings = append(s.Functions[i].Sends.Findings, Finding{Rule: strings.Clone(d.Rule), GraphRewrite: d.GraphRewrite, Pos: d.Pos, End: d.End})
		}
	}
}

// Sends reports whether a function of the file sends mail by its own body.
func (s *FileSummary) Sends() bool {
	for i := range s.Functions {
		if s.Functions[i].Sends != nil {
			return true
		}
	}
	return false
}

// sendingFunctions gives each function whose body sends mail its own
// facts. Asking the facts of every function of a big script is one pass
// over the file per function (minutes on a 10,000-line report generator),
// so the functions are taken in groups: the facts of the span that covers
// a group are asked once, and a group that sends nothing is dropped
// whole; one that sends is halved until single functions remain. Few
// functions send mail, so this asks O(senders × log functions) times.
func (s *FileSummary) sendingFunctions(fns []*parser.FunctionDef, facts FactsFunc) {
	if len(fns) == 0 {
		return
	}
	if len(fns) > 1 {
		span := parser.Span{Start: fns[0].Pos(), Stop: fns[0].End()}
		for _, fn := range fns[1:] {
			span.Stop = max(span.Stop, fn.End())
		}
		if f := facts(span, false); f == nil || !f.SendsMail() {
			return
		}
		half := len(fns) / 2
		s.sendingFunctions(fns[:half], facts)
		s.sendingFunctions(fns[half:], facts)
		return
	}
	fn := fns[0]
	f0 := facts(fn, false)
	if f0 == nil || !f0.SendsMail() {
		return
	}
	i := s.FunctionAt(fn.Pos())
	for i >= 0 && int(s.Functions[i].Pos) != fn.Pos() {
		i-- // FunctionAt finds the innermost at fn's start: fn itself
	}
	if i < 0 {
		return
	}
	s.Functions[i].Sends = &Sending{Facts: [2]*mailfacts.Facts{f0, facts(fn, true)}}
}

// newCall is the call c, its name still a slice of the file's text
// (encodeCalls interns it).
func newCall(m *semantic.Model, c *parser.Command, name, module string, in, local int) Call {
	p, e := m.File.Source.Position(c.Pos()), m.File.Source.Position(c.End())
	if module != "" {
		name = module + "\\" + name
	}
	return Call{Name: name, In: int32(in), Local: int32(local), Pos: int32(c.Pos()), End: int32(c.End()),
		Line: int32(p.Line), Column: int32(p.Column), EndLine: int32(e.Line), EndColumn: int32(e.Column)}
}

// isDotSourceOfFile tells `. .\lib.ps1` from `. Get-Thing` (dot-invoking a
// command in the current scope).
func isDotSourceOfFile(c *parser.Command) bool {
	name := c.NameText()
	if name == "" {
		_, isBlock := c.Name.(*parser.ScriptBlockExpr)
		return !isBlock
	}
	return strings.ContainsAny(name, `\/`) || strings.HasSuffix(strings.ToLower(name), ".ps1")
}

// candidateName keeps names a function could have; native programs
// (robocopy.exe, git) and paths are left out.
func candidateName(lc string) bool {
	return lc != "" && !strings.ContainsAny(lc, `.\/:$`)
}

func shortName(name string) string {
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// importModule records Import-Module NAME or PATH.
func (l *Links) importModule(m *semantic.Model, c *parser.Command, dir string) {
	b := m.Bind(c, semantic.Cmdlet("import-module"))
	a := b.Get("Name")
	if a == nil || a.Expr == nil {
		return
	}
	for _, x := range listElems(a.Expr) {
		if p, ok := m.PathOf(x, c.Pos()); ok && p != "" {
			l.Imports = append(l.Imports, moduleRef(dir, p))
		}
	}
}

// exportModuleMember records Export-ModuleMember -Function names.
func (l *Links) exportModuleMember(m *semantic.Model, c *parser.Command) {
	l.ExportCalled = true
	var fn parser.Expr
	pos := 0
	for i := 0; i < len(c.Elements); i++ {
		switch e := c.Elements[i].(type) {
		case *parser.Parameter:
			name := strings.ToLower(e.Name)
			val := e.Arg
			if val == nil && i+1 < len(c.Elements) {
				if a, ok := c.Elements[i+1].(*parser.Argument); ok {
					val = a.X
					i++
				}
			}
			if strings.HasPrefix("function", name) && name != "" {
				fn = val
			}
		case *parser.Argument:
			if pos == 0 {
				fn = e.X
			}
			pos++
		}
	}
	if fn == nil {
		return
	}
	for _, x := range listElems(fn) {
		v := m.Eval(x, c.Pos())
		if v.Kind != semantic.String {
			l.Exports = append(l.Exports, "*") // not known: anything may be exported
			continue
		}
		l.Exports = append(l.Exports, strings.Clone(strings.ToLower(v.Str)))
	}
}

// listElems returns the elements of a, b, c or @(a, b) or the value itself.
func listElems(x parser.Expr) []parser.Expr {
	switch x := x.(type) {
	case *parser.ArrayLit:
		return x.Elems
	case *parser.ArrayExpr:
		if len(x.Body) == 1 {
			if e := semantic.StmtExpr(x.Body[0]); e != nil {
				return listElems(e)
			}
		}
		return nil
	case *parser.ParenExpr:
		if e := semantic.StmtExpr(x.X); e != nil {
			return listElems(e)
		}
	}
	return []parser.Expr{x}
}

// moduleRef is a module named by name or by path.
func moduleRef(dir, text string) Import {
	text = strings.TrimSpace(text)
	if looksLikePath(text) {
		return Import{Path: strings.Clone(resolvePath(dir, text))}
	}
	return Import{Name: strings.Clone(strings.ToLower(text))}
}

func looksLikePath(s string) bool {
	ls := strings.ToLower(s)
	return strings.ContainsAny(s, `\/`) || strings.HasSuffix(ls, ".psd1") || strings.HasSuffix(ls, ".psm1") ||
		strings.HasSuffix(ls, ".ps1") || strings.HasSuffix(ls, ".dll")
}

// resolvePath joins a path written in a script with the script's folder.
// Windows separators become the host's; a drive path stays as written.
func resolvePath(dir, p string) string {
	p = strings.ReplaceAll(p, `\`, "/")
	if strings.HasPrefix(p, "./<script>") { // $MyInvocation.MyCommand.Path itself
		return filepath.Clean(filepath.Join(dir, filepath.Base(p)))
	}
	if filepath.IsAbs(p) || len(p) > 1 && p[1] == ':' {
		return filepath.Clean(filepath.FromSlash(p))
	}
	return filepath.Clean(filepath.Join(dir, filepath.FromSlash(p)))
}

// requiredModules reads the value of #Requires -Modules: names separated
// by commas, or @{ModuleName = 'x'; …} hashtables.
func requiredModules(v string) []string {
	var out []string
	for _, part := range splitTopLevel(v) {
		part = strings.TrimSpace(part)
		if strings.HasPrefix(part, "@{") {
			lp := strings.ToLower(part)
			i := strings.Index(lp, "modulename")
			if i < 0 {
				continue
			}
			rest := part[i+len("modulename"):]
			rest = strings.TrimLeft(rest, " \t=")
			end := strings.IndexAny(rest, ";}")
			if end >= 0 {
				rest = rest[:end]
			}
			part = rest
		}
		part = strings.Trim(strings.TrimSpace(part), `'"`)
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// splitTopLevel splits at commas outside @{ }.
func splitTopLevel(v string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, v[start:i])
				start = i + 1
			}
		}
	}
	return append(out, v[start:])
}
