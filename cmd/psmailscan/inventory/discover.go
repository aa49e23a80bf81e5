package inventory

import (
	"errors"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// Entry is one thing discovery found: a script to scan, or an entry that
// is listed as skipped with its reason.
type Entry struct {
	Path   string
	Kind   string
	Size   int64
	Reason string // non-empty: skipped
	// root and rel open the file below the folder argument through an
	// os.Root: one openat per path component, so paths longer than the
	// system's PATH_MAX still open. root is nil for files opened by Path.
	root *os.Root
	rel  string
}

// Skipped reports an entry that will not be scanned.
func (e Entry) Skipped() bool { return e.Reason != "" }

// isScript reports the PowerShell file extensions, in any letter case.
func isScript(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ps1", ".psm1", ".psd1":
		return true
	}
	return false
}

// testHookOpenDir, when set, may fail the listing of a folder (tests
// simulate permission errors with it where chmod does not bite, as root).
var testHookOpenDir func(path string) error

// Discover expands the arguments into the entries of an inventory, sorted
// by path, without duplicates. Folders are walked recursively; folder
// symbolic links are listed, not followed (a link to an enclosing folder
// is reported as a loop); script-named links to files are followed.
// Unreadable folders, broken links, link loops and script-named entries
// that are not regular files are entries with a reason, never dropped.
// Call Close on the result when the scan is done.
func Discover(args []string) *Discovery {
	d := &Discovery{seen: map[string]bool{}}
	for _, arg := range args {
		d.arg(arg)
	}
	sort.SliceStable(d.Entries, func(i, j int) bool { return d.Entries[i].Path < d.Entries[j].Path })
	return d
}

// Discovery is the result of Discover.
type Discovery struct {
	Entries []Entry
	roots   []*os.Root
	seen    map[string]bool
}

// Close releases the folder handles the entries open files through.
func (d *Discovery) Close() {
	for _, r := range d.roots {
		r.Close()
	}
	d.roots = nil
}

func (d *Discovery) add(e Entry) {
	if d.seen[e.Path] {
		return
	}
	d.seen[e.Path] = true
	d.Entries = append(d.Entries, e)
}

func (d *Discovery) arg(arg string) {
	st, err := os.Stat(arg) // an argument that is a link is followed, like find -H
	if err != nil {
		kind := KindFile
		if lst, lerr := os.Lstat(arg); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			kind = kindOfLink(arg)
		}
		d.add(Entry{Path: arg, Kind: kind, Reason: linkReason(err)})
		return
	}
	if !st.IsDir() {
		e := Entry{Path: arg, Kind: KindFile, Size: st.Size()}
		if !st.Mode().IsRegular() {
			e.Reason = notRegular(st.Mode())
		}
		d.add(e)
		return
	}
	if err := hookOpenDir(arg); err != nil {
		d.add(Entry{Path: arg, Kind: KindFolder, Reason: folderReason(err)})
		return
	}
	root, err := os.OpenRoot(arg)
	if err != nil {
		d.add(Entry{Path: arg, Kind: KindFolder, Reason: folderReason(err)})
		return
	}
	d.roots = append(d.roots, root)
	d.walk(root, ".", arg, nil)
}

func hookOpenDir(path string) error {
	if testHookOpenDir != nil {
		return testHookOpenDir(path)
	}
	return nil
}

// walk lists the folder rel (shown as disp) below root. ancestors are the
// folders on the way, to recognise links that point back to one of them.
func (d *Discovery) walk(root *os.Root, rel, disp string, ancestors []os.FileInfo) {
	if rel != "." {
		if err := hookOpenDir(disp); err != nil {
			d.add(Entry{Path: disp, Kind: KindFolder, Reason: folderReason(err)})
			return
		}
	}
	f, err := root.Open(rel)
	if err != nil {
		d.add(Entry{Path: disp, Kind: KindFolder, Reason: folderReason(err)})
		return
	}
	self, statErr := f.Stat()
	list, err := f.ReadDir(-1)
	f.Close()
	if err != nil {
		// Entries read before the error are still walked.
		d.add(Entry{Path: disp, Kind: KindFolder, Reason: "could not list the whole folder (" + scan.ReadReason(err) + ")"})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	if statErr == nil {
		ancestors = append(ancestors, self)
	}
	for _, de := range list {
		name := de.Name()
		childRel := filepath.Join(rel, name)
		childDisp := filepath.Join(disp, name)
		switch t := de.Type(); {
		case t.IsDir():
			d.walk(root, childRel, childDisp, ancestors)
		case t&fs.ModeSymlink != 0:
			d.link(root, childRel, childDisp, name, ancestors)
		case !isScript(name):
		case t.IsRegular():
			var size int64
			if info, err := de.Info(); err == nil {
				size = info.Size()
			}
			d.add(Entry{Path: childDisp, Kind: KindFile, Size: size, root: root, rel: childRel})
		default:
			d.add(Entry{Path: childDisp, Kind: KindFile, Reason: notRegular(t)})
		}
	}
}

// link classifies a symbolic link found in a folder.
func (d *Discovery) link(root *os.Root, rel, disp, name string, ancestors []os.FileInfo) {
	inRoot := true
	st, err := root.Stat(rel)
	if err != nil && strings.Contains(err.Error(), "escapes") {
		// The link points outside the folder argument: follow it by path.
		inRoot = false
		st, err = os.Stat(disp)
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		d.add(Entry{Path: disp, Kind: KindLink, Reason: "symbolic link loop (too many levels of symbolic links)"})
	case errors.Is(err, fs.ErrNotExist):
		if isScript(name) {
			d.add(Entry{Path: disp, Kind: KindFile, Reason: "broken symbolic link"})
		}
	case err != nil:
		if isScript(name) {
			d.add(Entry{Path: disp, Kind: KindFile, Reason: linkReason(err)})
		}
	case st.IsDir():
		for _, a := range ancestors {
			if os.SameFile(a, st) {
				d.add(Entry{Path: disp, Kind: KindLink, Reason: "symbolic link loop (points to an enclosing folder; not followed)"})
				return
			}
		}
		d.add(Entry{Path: disp, Kind: KindLink, Reason: "symbolic link to a folder (not followed)"})
	case !isScript(name):
	case !st.Mode().IsRegular():
		d.add(Entry{Path: disp, Kind: KindFile, Reason: notRegular(st.Mode())})
	case inRoot:
		d.add(Entry{Path: disp, Kind: KindFile, Size: st.Size(), root: root, rel: rel})
	default:
		d.add(Entry{Path: disp, Kind: KindFile, Size: st.Size()})
	}
}

func kindOfLink(path string) string {
	if isScript(path) {
		return KindFile
	}
	return KindLink
}

// KindLink is a symbolic link that is not followed (to a folder, or a loop).
const KindLink = "link"

func notRegular(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "not a regular file (named pipe)"
	case m&fs.ModeSocket != 0:
		return "not a regular file (socket)"
	case m&fs.ModeDevice != 0:
		return "not a regular file (device)"
	}
	return "not a regular file"
}

func linkReason(err error) string {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (too many levels of symbolic links)"
	case errors.Is(err, fs.ErrNotExist):
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			if _, lerr := os.Lstat(pe.Path); lerr == nil {
				return "broken symbolic link"
			}
		}
	}
	return scan.ReadReason(err)
}

func folderReason(err error) string {
	r := scan.ReadReason(err)
	if errors.Is(err, fs.ErrPermission) {
		return "unreadable folder (permission denied)"
	}
	return "unreadable folder (" + r + ")"
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
