package pipeline

import (
	"errors"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
)

// Kind is what a discovered entry is.
type Kind string

// The kinds of entries; their text is what the inventory writes.
const (
	KindFile   Kind = "file"   // a script (or a script-named entry that is not a regular file)
	KindFolder Kind = "folder" // a folder that could not be listed
	KindLink   Kind = "link"   // a folder link that is not followed, or a link loop
)

// Entry is one thing discovery found: a script to read, or an entry that
// is listed with the reason it will not be.
type Entry struct {
	// Path is the argument, or the argument joined with the path below it.
	Path string
	Kind Kind
	// Size is the size discovery saw (the file may change before Read).
	Size int64
	Skip Skip
	// root and rel open the file below the folder argument through an
	// os.Root: one openat per path component, so paths longer than the
	// system's PATH_MAX still open. root is nil for files opened by Path.
	root *os.Root
	rel  string
}

// FileEntry is the entry of a file opened by its path (a file named on
// the command line, or one rescanned after --fix).
func FileEntry(path string) Entry { return Entry{Path: path, Kind: KindFile} }

// IsScript reports the PowerShell file extensions, in any letter case
// (.PS1 and .Psm1 are common on Windows shares).
func IsScript(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ps1", ".psm1", ".psd1":
		return true
	}
	return false
}

// Discovery is the result of Discover. Call Close when the entries have
// been read.
type Discovery struct {
	Entries []Entry
	// Excluded counts the script files the Filter left out.
	Excluded int
	roots    []*os.Root
	seen     map[string]bool
}

// testHookOpenDir, when set, may fail the listing of a folder (tests
// simulate permission errors with it where chmod does not bite, as root).
var testHookOpenDir func(path string) error

// Discover expands the arguments into entries: each argument's entries
// sorted by path, the arguments in the order given, each file once (the
// first spelling wins: a.ps1, ./a.ps1, /abs/a.ps1 and a folder holding it
// are one file). A file named as an argument is kept whatever its
// extension; an argument that is a link is followed, like find -H.
// Folders are walked recursively: folder links are listed, not followed
// (a link to an enclosing folder is reported as a loop), script-named
// links to files are followed. Unreadable folders, broken links, link
// loops and script-named entries that are not regular files are entries
// with a Skip, never dropped. filter (may be nil) applies inside folders.
func Discover(args []string, filter *Filter) *Discovery {
	d := &Discovery{seen: map[string]bool{}}
	for _, arg := range args {
		start := len(d.Entries)
		d.arg(arg, filter)
		found := d.Entries[start:]
		sort.SliceStable(found, func(i, j int) bool { return found[i].Path < found[j].Path })
	}
	d.seen = nil
	return d
}

// Close releases the folder handles the entries are read through.
func (d *Discovery) Close() {
	for _, r := range d.roots {
		r.Close()
	}
	d.roots = nil
}

// add lists e unless the file is listed already; key is its absolute
// path ("" to compute it from e.Path).
func (d *Discovery) add(e Entry, key string) {
	if key == "" {
		key = e.Path
		if abs, err := filepath.Abs(e.Path); err == nil {
			key = abs
		}
	}
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	d.Entries = append(d.Entries, e)
}

func (d *Discovery) arg(arg string, filter *Filter) {
	st, err := os.Stat(arg)
	if err != nil {
		kind := KindFile
		if lst, lerr := os.Lstat(arg); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 && !IsScript(arg) {
			kind = KindLink
		}
		d.add(Entry{Path: arg, Kind: kind, Skip: statSkip(err)}, "")
		return
	}
	if !st.IsDir() {
		e := Entry{Path: arg, Kind: KindFile, Size: st.Size()}
		if !st.Mode().IsRegular() {
			e.Skip = notRegular(st.Mode())
		}
		d.add(e, "")
		return
	}
	if err := hookOpenDir(arg); err != nil {
		d.add(Entry{Path: arg, Kind: KindFolder, Skip: folderSkip(err)}, "")
		return
	}
	root, err := os.OpenRoot(arg)
	if err != nil {
		d.add(Entry{Path: arg, Kind: KindFolder, Skip: folderSkip(err)}, "")
		return
	}
	d.roots = append(d.roots, root)
	abs, err := filepath.Abs(arg)
	if err != nil {
		abs = arg
	}
	w := walker{root: root, abs: abs, filter: filter}
	if filter != nil && filter.gitignore {
		w.ignore = &gitIgnore{}
	}
	w.walk(root, ".", arg, nil)
	for _, f := range w.found {
		d.add(f.e, f.key)
	}
	d.Excluded += w.excluded
}

func hookOpenDir(path string) error {
	if testHookOpenDir != nil {
		return testHookOpenDir(path)
	}
	return nil
}

// walker walks one folder argument, or one folder of its top level.
type walker struct {
	root   *os.Root
	abs    string // the folder's absolute path, for Discovery.add
	filter *Filter
	ignore *gitIgnore // nil without --gitignore
	// found are the entries in the order found, with their keys for
	// Discovery.add; excluded counts the scripts the filter left out.
	found    []foundEntry
	excluded int
}

// foundEntry is an entry and its key for Discovery.add.
type foundEntry struct {
	e   Entry
	key string
}

// skipped reports whether the filter or .gitignore leaves rel out.
func (w *walker) skipped(rel string, isDir bool) bool {
	slash := filepath.ToSlash(rel)
	return w.filter.excluded(slash, isDir) || w.ignore != nil && w.ignore.ignored(slash, isDir)
}

// add lists an entry found at rel below the folder.
func (w *walker) add(e Entry, rel string) {
	w.found = append(w.found, foundEntry{e, filepath.Join(w.abs, rel)})
}

// walk lists the folder rel (shown as disp) below the root; dir is that
// folder, opened as a root of its own from its parent's (one openat per
// folder: through the top root, opening a/b/c took one per component, and
// the system calls of discovery, which the scan waits for, were mostly
// those). ancestors are the folders on the way, to recognise links that
// point back to one of them.
func (w *walker) walk(dir *os.Root, rel, disp string, ancestors []os.FileInfo) {
	f, err := dir.Open(".")
	if err != nil {
		w.add(Entry{Path: disp, Kind: KindFolder, Skip: folderSkip(err)}, rel)
		return
	}
	self, statErr := f.Stat()
	list, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		// Entries read before the error are still walked.
		w.add(Entry{Path: disp, Kind: KindFolder, Skip: Skip{SkipPartialFolder, ErrText(err)}}, rel)
	}
	if w.ignore != nil {
		w.ignore.load(w.root, rel)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	if statErr == nil {
		ancestors = append(ancestors, self)
	}
	if rel == "." && w.ignore == nil && runtime.GOMAXPROCS(0) > 1 {
		w.walkTop(dir, rel, disp, list, slices.Clip(ancestors))
		return
	}
	for _, de := range list {
		w.entry(dir, de, rel, disp, ancestors)
	}
}

// walkTop walks the folders of the top level side by side, on as many
// goroutines as there are cores: discovery runs before the scan starts,
// with every core idle but one. Each folder's entries are kept apart and
// joined in the order of the listing, as one goroutine would have found
// them. (Not with --gitignore: its patterns are loaded as the walk goes.
// Walking the second level side by side too did not help: the goroutines
// cost what they saved.)
func (w *walker) walkTop(dir *os.Root, rel, disp string, list []fs.DirEntry, ancestors []os.FileInfo) {
	parts := make([]walker, len(list))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, de := range list {
		part := &parts[i]
		part.root, part.abs, part.filter = w.root, w.abs, w.filter
		if !de.IsDir() {
			part.entry(dir, de, rel, disp, ancestors)
			continue
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			part.entry(dir, de, rel, disp, ancestors)
		})
	}
	wg.Wait()
	for i := range parts {
		w.found = append(w.found, parts[i].found...)
		w.excluded += parts[i].excluded
	}
}

// entry lists one entry of the folder rel, walking it if it is a folder.
func (w *walker) entry(dir *os.Root, de fs.DirEntry, rel, disp string, ancestors []os.FileInfo) {
	name := de.Name()
	childRel := filepath.Join(rel, name)
	childDisp := filepath.Join(disp, name)
	switch t := de.Type(); {
	case t.IsDir():
		if w.skipped(childRel, true) || w.ignore != nil && name == ".git" {
			return
		}
		w.walkChild(dir, name, childRel, childDisp, ancestors)
	case t&fs.ModeSymlink != 0:
		w.link(childRel, childDisp, name, ancestors)
	case !IsScript(name):
	case w.skipped(childRel, false):
		w.excluded++
	case t.IsRegular():
		var size int64
		if info, err := de.Info(); err == nil {
			size = info.Size()
		}
		w.add(Entry{Path: childDisp, Kind: KindFile, Size: size, root: w.root, rel: childRel}, childRel)
	default:
		w.add(Entry{Path: childDisp, Kind: KindFile, Skip: notRegular(t)}, childRel)
	}
}

// walkChild walks the folder name found in dir.
func (w *walker) walkChild(dir *os.Root, name, rel, disp string, ancestors []os.FileInfo) {
	if err := hookOpenDir(disp); err != nil {
		w.add(Entry{Path: disp, Kind: KindFolder, Skip: folderSkip(err)}, rel)
		return
	}
	sub, err := dir.OpenRoot(name)
	if err != nil {
		w.add(Entry{Path: disp, Kind: KindFolder, Skip: folderSkip(err)}, rel)
		return
	}
	defer sub.Close()
	w.walk(sub, rel, disp, ancestors)
}

// link classifies a symbolic link found in a folder.
func (w *walker) link(rel, disp, name string, ancestors []os.FileInfo) {
	inRoot := true
	st, err := w.root.Stat(rel)
	if err != nil && strings.Contains(err.Error(), "escapes") {
		// The link points outside the folder argument: follow it by path.
		inRoot = false
		st, err = os.Stat(disp)
	}
	script := IsScript(name)
	if script && w.skipped(rel, false) {
		w.excluded++
		return
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		if script || !w.skipped(rel, true) {
			w.add(Entry{Path: disp, Kind: KindLink, Skip: Skip{Kind: SkipLinkLoop}}, rel)
		}
	case !script && (err != nil || !st.IsDir()):
		// Not a script, not a folder: nothing to say about it.
	case err != nil && errors.Is(err, fs.ErrNotExist):
		w.add(Entry{Path: disp, Kind: KindFile, Skip: Skip{Kind: SkipBrokenLink}}, rel)
	case err != nil:
		w.add(Entry{Path: disp, Kind: KindFile, Skip: statSkip(err)}, rel)
	case st.IsDir():
		if !script && w.skipped(rel, true) {
			return
		}
		for _, a := range ancestors {
			if os.SameFile(a, st) {
				w.add(Entry{Path: disp, Kind: KindLink, Skip: Skip{Kind: SkipLinkToEnclosingFolder}}, rel)
				return
			}
		}
		w.add(Entry{Path: disp, Kind: KindLink, Skip: Skip{Kind: SkipLinkToFolder}}, rel)
	case !st.Mode().IsRegular():
		w.add(Entry{Path: disp, Kind: KindFile, Skip: notRegular(st.Mode())}, rel)
	case inRoot:
		w.add(Entry{Path: disp, Kind: KindFile, Size: st.Size(), root: w.root, rel: rel}, rel)
	default:
		w.add(Entry{Path: disp, Kind: KindFile, Size: st.Size()}, rel)
	}
}

// ShardOf returns the 1-based shard of a path among n: a hash of the path
// with forward slashes, so the same tree gives the same split on every machine.
func ShardOf(path string, n int) int {
	if n <= 1 {
		return 1
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(path)))
	return int(h.Sum64()%uint64(n)) + 1
}

// Shard keeps the entries of shard i of n (1 <= i <= n).
func Shard(entries []Entry, i, n int) []Entry {
	var out []Entry
	for _, e := range entries {
		if ShardOf(e.Path, n) == i {
			out = append(out, e)
		}
	}
	return out
}
