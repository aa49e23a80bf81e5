package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// input is one file to scan, or a path that could not be scanned and must
// still appear in the output with its reason.
type input struct {
	path   string // as given or found, slash-separated relative to the argument
	reason string // non-empty: skipped, with this reason
}

// isScript reports the PowerShell file extensions, in any letter case
// (.PS1 and .Psm1 are common on Windows shares).
func isScript(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ps1", ".psm1", ".psd1":
		return true
	}
	return false
}

// discovery is the outcome of expanding the arguments.
type discovery struct {
	inputs []input
	// excluded counts script files left out by --include/--exclude/.gitignore.
	excluded int
}

// discover expands the arguments into a sorted list of inputs. Directories
// are walked recursively; directory symlinks are not followed, so a
// symlink loop cannot trap the walk. A file named explicitly is scanned
// whatever its extension. Errors become skipped inputs, never silent drops.
func discover(args []string, filter *pathFilter) discovery {
	var out discovery
	if filter == nil {
		filter = &pathFilter{}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			out.inputs = append(out.inputs, input{path: arg, reason: scan.ReadReason(err)})
			continue
		}
		if !info.IsDir() {
			out.inputs = append(out.inputs, input{path: arg})
			continue
		}
		var gi *gitIgnore
		if filter.gitignore {
			gi = &gitIgnore{}
		}
		var found []input
		filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(arg, path)
			rel = filepath.ToSlash(rel)
			if err != nil {
				if path != arg || d == nil {
					found = append(found, input{path: path, reason: scan.ReadReason(err)})
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != arg && (filter.excluded(rel, true) || gi != nil && (d.Name() == ".git" || gi.ignored(rel, true))) {
					return fs.SkipDir
				}
				if gi != nil {
					gi.load(path, rel)
				}
				return nil
			}
			if !isScript(d.Name()) {
				return nil
			}
			if filter.excluded(rel, false) || gi != nil && gi.ignored(rel, false) {
				out.excluded++
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				switch {
				case err != nil:
					found = append(found, input{path: path, reason: "broken symbolic link"})
					return nil
				case st.IsDir():
					found = append(found, input{path: path, reason: "symbolic link to a directory (not followed)"})
					return nil
				}
			} else if !d.Type().IsRegular() {
				found = append(found, input{path: path, reason: "not a regular file"})
				return nil
			}
			found = append(found, input{path: path})
			return nil
		})
		sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
		out.inputs = append(out.inputs, found...)
	}
	return out
}

// dedupeInputs drops the inputs that name a file already listed under
// another spelling (a.ps1, ./a.ps1, /abs/a.ps1, or a file inside a folder
// also given): each file is scanned once and reported under the first name.
func dedupeInputs(inputs []input) []input {
	seen := make(map[string]bool, len(inputs))
	out := inputs[:0]
	for _, in := range inputs {
		key := in.path
		if abs, err := filepath.Abs(in.path); err == nil {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, in)
	}
	return out
}
