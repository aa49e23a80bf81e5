package index

import (
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// FuncRef names one function of the index: the file (index into the
// index's files, sorted by path) and the function (index into its Functions).
type FuncRef struct{ File, Func int }

// Index is the repository-wide index: every file's summary, the modules
// found, every call resolved, and the composed facts of every function
// that sends mail, directly or through the functions it calls. Its
// queries are not safe for concurrent use (they cache).
type Index struct {
	files   []*FileSummary
	byPath  map[string]int
	byLower map[string]int
	// modules maps a lower-case module name to its entry files (the
	// manifest when there is one), those laid out as on PSModulePath first.
	modules map[string][]int
	onPath  map[int]bool        // entries in a folder named like the module
	infos   map[int]*moduleInfo // by entry file
	// memberOf lists, for a file that is part of a module, the modules' entries.
	memberOf map[int][]int
	autoload map[string]FuncRef // exported functions of every module, first module in name order wins
	// bound[f] lists the calls of file f that bind to a function, in
	// source order: the others matter to no query, and most calls name a
	// command defined nowhere in the tree.
	bound [][]boundCall
	// relevant functions: they send mail or have findings, themselves or
	// through their callees; eff holds their composed facts.
	relevant map[FuncRef]bool
	eff      map[FuncRef]*[2]*mailfacts.Facts
	// callers[r] lists the call sites (file, call) that bind to r.
	callers map[FuncRef][]site
	related map[FuncRef][]rules.Related // see RelatedCallers
}

// site is a call that binds: bound[file][call].
type site struct{ file, call int32 }

// boundCall is a call that binds to a function, with what the queries
// read; its position stays packed in the file's summary, at off.
type boundCall struct {
	off    int32 // offset of the call in FileSummary.calls
	in     int32 // Call.In
	target ref32
	// basePos and baseLine are what the call's offsets are read against
	// (see callReader.at).
	basePos, baseLine int32
	tls               semantic.Ensured
}

// ref32 is a FuncRef in half the space (one per call that binds).
type ref32 struct{ file, fn int32 }

func (r ref32) ref() FuncRef { return FuncRef{int(r.file), int(r.fn)} }

var none = FuncRef{-1, -1}

type moduleInfo struct {
	all     map[string]FuncRef // every top-level function of the module's files
	exports map[string]FuncRef
	scripts []int // ScriptsToProcess: run in the importer's scope
	members []int
}

// Build resolves every call of the summaries as PowerShell would and
// composes the facts of functions through their calls (cycles included).
// summaries may come in any order; nil entries are ignored.
func Build(summaries []*FileSummary) *Index {
	ix := &Index{byPath: map[string]int{}, byLower: map[string]int{}, modules: map[string][]int{},
		infos: map[int]*moduleInfo{}, memberOf: map[int][]int{}, autoload: map[string]FuncRef{}, relevant: map[FuncRef]bool{},
		eff: map[FuncRef]*[2]*mailfacts.Facts{}, callers: map[FuncRef][]site{}, related: map[FuncRef][]rules.Related{}}
	for _, s := range summaries {
		if s != nil {
			ix.files = append(ix.files, s)
		}
	}
	sort.SliceStable(ix.files, func(i, j int) bool { return ix.files[i].Path < ix.files[j].Path })
	for i, f := range ix.files {
		ix.byPath[f.Path] = i
		if _, dup := ix.byLower[strings.ToLower(f.Path)]; !dup {
			ix.byLower[strings.ToLower(f.Path)] = i
		}
	}
	ix.findModules()
	names := make([]string, 0, len(ix.modules))
	for n := range ix.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, entry := range ix.modules[n] {
			info := ix.module(entry, map[int]bool{})
			for _, m := range info.members {
				ix.memberOf[m] = append(ix.memberOf[m], entry)
			}
			fnames := make([]string, 0, len(info.exports))
			for fn := range info.exports {
				fnames = append(fnames, fn)
			}
			sort.Strings(fnames)
			for _, fn := range fnames {
				if _, taken := ix.autoload[fn]; !taken && ix.onPath[entry] {
					ix.autoload[fn] = info.exports[fn]
				}
			}
		}
	}
	ix.bound = make([][]boundCall, len(ix.files))
	list := nameTable.snapshot()
	var bound []boundCall
	for fi, f := range ix.files {
		bound = bound[:0]
		// The file's scope, made at its first call that needs it and
		// dropped after its calls: one map per file at a time (kept for
		// every file, they took twice what the summaries take).
		var scope map[string]FuncRef
		for r := newCallReader(f.calls, list); r.more(); {
			c, off, basePos, baseLine := r.next()
			if t := ix.resolve(fi, &c, &scope); t != none {
				ix.callers[t] = append(ix.callers[t], site{int32(fi), int32(len(bound))})
				bound = append(bound, boundCall{off: int32(off), in: c.In, target: ref32{int32(t.File), int32(t.Func)},
					basePos: basePos, baseLine: baseLine, tls: c.TLS})
			}
		}
		if len(bound) > 0 {
			ix.bound[fi] = append([]boundCall(nil), bound...)
		}
	}
	ix.compose()
	return ix
}

// file returns the index of a file by path (exact, then ignoring case as
// Windows does), or -1.
func (ix *Index) file(p string) int {
	if i, ok := ix.byPath[p]; ok {
		return i
	}
	if i, ok := ix.byLower[strings.ToLower(p)]; ok {
		return i
	}
	return -1
}

var versionFolder = regexp.MustCompile(`^\d+(\.\d+){1,3}$`)

// findModules finds the modules of the tree. PowerShell finds a module on
// PSModulePath as a folder named like its .psd1 or .psm1 (or a version
// folder inside it); a repository checked out under another name (the
// module's manifest at the root of "contoso-notify") is a module too, for
// Import-Module by name and for its own files, but only the first kind is
// autoloaded. A manifest is the module's entry when there is one.
func (ix *Index) findModules() {
	ix.onPath = map[int]bool{}
	for i, f := range ix.files {
		ext := strings.ToLower(filepath.Ext(f.Path))
		if ext != ".psd1" && ext != ".psm1" {
			continue
		}
		if ext == ".psd1" && f.Links().Manifest == nil {
			continue
		}
		if ext == ".psm1" {
			if m := ix.file(strings.TrimSuffix(f.Path, filepath.Ext(f.Path)) + ".psd1"); m >= 0 && ix.files[m].Links().Manifest != nil {
				continue // the manifest is the entry
			}
		}
		base := strings.TrimSuffix(filepath.Base(f.Path), filepath.Ext(f.Path))
		dir := filepath.Dir(f.Path)
		folder := filepath.Base(dir)
		if versionFolder.MatchString(folder) {
			folder = filepath.Base(filepath.Dir(dir))
		}
		ix.onPath[i] = strings.EqualFold(folder, base)
		lc := strings.ToLower(base)
		ix.modules[lc] = append(ix.modules[lc], i)
	}
	// By name, a module laid out as on PSModulePath comes first.
	for _, l := range ix.modules {
		sort.SliceStable(l, func(a, b int) bool { return ix.onPath[l[a]] && !ix.onPath[l[b]] })
	}
}

// moduleFile finds the file a module entry names: the path itself, or with
// .psd1/.psm1/.ps1 added, or a folder's <name>.psd1/.psm1, or a module by
// name. -1 when none is in the index.
func (ix *Index) moduleFile(p string) int {
	ext := strings.ToLower(filepath.Ext(p))
	if ext == ".psd1" || ext == ".psm1" || ext == ".ps1" {
		return ix.file(p)
	}
	// A RootModule without extension is usually the .psm1 beside the manifest.
	for _, e := range []string{".psm1", ".ps1", ".psd1"} {
		if i := ix.file(p + e); i >= 0 && (e != ".psd1" || ix.files[i].Links().Manifest != nil) {
			return i
		}
	}
	base := filepath.Base(p)
	for _, e := range []string{".psd1", ".psm1"} {
		if i := ix.file(filepath.Join(p, base+e)); i >= 0 && (e != ".psd1" || ix.files[i].Links().Manifest != nil) {
			return i
		}
	}
	if l := ix.modules[strings.ToLower(base)]; len(l) > 0 {
		return l[0]
	}
	return -1
}

// module computes what a module entry (manifest, .psm1 or .ps1) defines
// and exports. visiting guards against manifests that nest each other.
func (ix *Index) module(entry int, visiting map[int]bool) *moduleInfo {
	if info, ok := ix.infos[entry]; ok {
		return info
	}
	info := &moduleInfo{all: map[string]FuncRef{}, exports: map[string]FuncRef{}}
	if visiting[entry] {
		return info
	}
	visiting[entry] = true
	defer delete(visiting, entry)
	f := ix.files[entry]
	if man := f.Links().Manifest; man != nil {
		info.members = append(info.members, entry)
		parts := man.NestedModules
		if man.RootModule != "" {
			parts = append([]string{man.RootModule}, parts...)
		}
		for _, p := range parts {
			sub := ix.moduleFile(p)
			if sub < 0 || sub == entry {
				continue
			}
			si := ix.module(sub, visiting)
			info.members = append(info.members, si.members...)
			for n, r := range si.all {
				if _, ok := info.all[n]; !ok {
					info.all[n] = r
				}
			}
			for n, r := range si.exports {
				if _, ok := info.exports[n]; !ok && (man.FunctionsToExport == nil || matchAny(man.FunctionsToExport, n)) {
					info.exports[n] = r
				}
			}
		}
		for _, p := range man.ScriptsToProcess {
			if i := ix.file(p); i >= 0 {
				info.scripts = append(info.scripts, i)
			}
		}
	} else {
		info.members = ix.dotClosure(entry, strings.EqualFold(filepath.Ext(f.Path), ".psm1"))
		exportCalled := false
		var patterns []string
		for _, mi := range info.members {
			mf := ix.files[mi]
			for fi, fn := range mf.Functions {
				lc := strings.ToLower(fn.Name)
				if _, ok := info.all[lc]; !ok && fn.TopLevel {
					info.all[lc] = FuncRef{mi, fi}
				}
			}
			if mf.Links().ExportCalled {
				exportCalled = true
				patterns = append(patterns, mf.Links().Exports...)
			}
		}
		for n, r := range info.all {
			if !exportCalled || matchAny(patterns, n) {
				info.exports[n] = r
			}
		}
	}
	ix.infos[entry] = info
	return info
}

// dotClosure is the file and every file it dot-sources, transitively, in
// order. In a .psm1 a dot-source of a path not known statically (a loop
// over Get-ChildItem $PSScriptRoot\Public\*.ps1) is taken as every .ps1
// under the module's folder, which is what such loops load.
func (ix *Index) dotClosure(start int, moduleLoop bool) []int {
	seen := map[int]bool{start: true}
	out := []int{start}
	for k := 0; k < len(out); k++ {
		f := ix.files[out[k]]
		for _, p := range f.Links().DotSources {
			if i := ix.file(p); i >= 0 && !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
		if k == 0 && moduleLoop && f.Links().DotSourceUnknown {
			dir := filepath.Dir(f.Path) + string(filepath.Separator)
			lo := sort.Search(len(ix.files), func(i int) bool { return ix.files[i].Path >= dir })
			for i := lo; i < len(ix.files) && strings.HasPrefix(ix.files[i].Path, dir); i++ {
				p := strings.ToLower(ix.files[i].Path)
				if strings.HasSuffix(p, ".ps1") && !strings.HasSuffix(p, ".tests.ps1") && !seen[i] {
					seen[i] = true
					out = append(out, i)
				}
			}
		}
	}
	return out
}

// matchAny matches a lower-case name against PowerShell wildcards.
func matchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		if p == name {
			return true
		}
		if ok, err := path.Match(p, name); err == nil && ok {
			return true
		}
	}
	return false
}

// importTarget is the module entry an Import names, or -1.
func (ix *Index) importTarget(im Import) int {
	if im.Path != "" {
		return ix.moduleFile(im.Path)
	}
	if l := ix.modules[im.Name]; len(l) > 0 {
		return l[0]
	}
	return -1
}

// scope is what a call in file fi can reach besides the file's own
// functions: its module's functions (for a module's files), the exports
// of the modules it (or a file it dot-sources) imports, and the functions
// of the files it dot-sources, transitively (highest precedence).
func (ix *Index) scope(fi int) map[string]FuncRef {
	s := map[string]FuncRef{}
	for _, entry := range ix.memberOf[fi] {
		for n, r := range ix.module(entry, map[int]bool{}).all {
			s[n] = r
		}
	}
	closure := ix.dotClosure(fi, false)
	for _, di := range closure {
		for _, im := range ix.files[di].Links().Imports {
			entry := ix.importTarget(im)
			if entry < 0 {
				continue
			}
			info := ix.module(entry, map[int]bool{})
			for n, r := range info.exports {
				s[n] = r
			}
			for _, sc := range info.scripts {
				for _, si := range ix.dotClosure(sc, false) {
					ix.addTopLevel(s, si)
				}
			}
		}
	}
	for k := len(closure) - 1; k >= 1; k-- {
		ix.addTopLevel(s, closure[k])
	}
	return s
}

func (ix *Index) addTopLevel(s map[string]FuncRef, fi int) {
	for i, fn := range ix.files[fi].Functions {
		if fn.TopLevel {
			s[strings.ToLower(fn.Name)] = FuncRef{fi, i}
		}
	}
}

// resolve binds a call: the file's own function, a module-qualified name,
// the file's scope, then module autoloading (a module on PSModulePath is
// imported on first use of a command it exports).
//
// scope is the file's scope (see Index.scope), made when first needed.
func (ix *Index) resolve(fi int, c *Call, scope *map[string]FuncRef) FuncRef {
	if c.Local >= 0 {
		return FuncRef{fi, int(c.Local)}
	}
	module, name := c.Module()
	if module != "" {
		if l := ix.modules[module]; len(l) > 0 {
			if r, ok := ix.module(l[0], map[int]bool{}).exports[name]; ok {
				return r
			}
		}
		return none
	}
	if *scope == nil {
		*scope = ix.scope(fi)
	}
	if r, ok := (*scope)[name]; ok {
		return r
	}
	if r, ok := ix.autoload[name]; ok {
		return r
	}
	return none
}
