package inventory

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// CommonRoot returns the folder the PATH arguments of a run share: a folder
// argument stands for itself, a file for the folder that holds it. With
// several arguments it is their deepest common folder, "" when there is none
// (C:\a and D:\b).
func CommonRoot(args []string) string {
	dirs := make([]string, 0, len(args))
	for _, a := range args {
		a = filepath.Clean(a)
		if st, err := os.Stat(a); err != nil || !st.IsDir() {
			a = filepath.Dir(a)
		}
		dirs = append(dirs, a)
	}
	return commonDir(dirs)
}

// isSep reports a path separator of either system: reports made on Windows
// are merged and rendered on Linux, and the other way round.
func isSep(c byte) bool { return c == '/' || c == '\\' }

// commonDir is the deepest folder that every dir is in or is, comparing
// whole path elements.
func commonDir(dirs []string) string {
	if len(dirs) == 0 {
		return ""
	}
	common := dirs[0]
	for _, d := range dirs[1:] {
		n := 0 // length of the common prefix that ends at an element boundary
		for i := 0; ; i++ {
			endA, endB := i == len(common), i == len(d)
			if (endA || isSep(common[i])) && (endB || isSep(d[i])) {
				n = i
			}
			if endA || endB || common[i] != d[i] {
				break
			}
		}
		if n == 0 && len(common) > 0 && len(d) > 0 && isSep(common[0]) && isSep(d[0]) {
			n = 1 // both absolute: the root itself
		}
		common = common[:n]
	}
	return common
}

// RelPath returns path relative to root when it lies below it, else path
// as it is.
func RelPath(root, path string) string {
	if root == "" || root == "." {
		return path
	}
	if !strings.HasPrefix(path, root) || len(path) == len(root) {
		return path
	}
	if isSep(root[len(root)-1]) {
		return path[len(root):]
	}
	if isSep(path[len(root)]) {
		return path[len(root)+1:]
	}
	return path
}

// isAbs reports a path that is absolute on either system (/x, \\server\x,
// C:\x, C:/x).
func isAbs(p string) bool {
	return p != "" && isSep(p[0]) || len(p) >= 3 && p[1] == ':' && isSep(p[2])
}

// CheckLinkBase says what is wrong with a --link-base value, or returns nil:
// an http(s) or file URL, a UNC path (\\server\share\scripts) or a drive
// path (C:\scripts).
func CheckLinkBase(base string) error {
	if base == "" || strings.HasPrefix(base, `\\`) || len(base) >= 3 && base[1] == ':' && isSep(base[2]) {
		return nil
	}
	u, err := url.Parse(base)
	if err != nil {
		return fmt.Errorf("--link-base %q: %v", base, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "file":
		return nil
	}
	return fmt.Errorf("--link-base %q: want an http(s):// or file:// URL, a \\\\server\\share path or a C:\\ folder", base)
}

// linkTo returns the address of a script whose path relative to the scanned
// root is rel, below base (see CheckLinkBase): a repository's blob URL or a
// file share. Paths that are not relative get no link ("").
func linkTo(base, rel string) string {
	if base == "" || rel == "" || isAbs(rel) {
		return ""
	}
	switch {
	case strings.HasPrefix(base, `\\`): // \\server\share\scripts -> file://server/share/scripts/
		base = "file://" + strings.ReplaceAll(base[2:], `\`, "/")
	case len(base) >= 3 && base[1] == ':' && isSep(base[2]): // C:\scripts -> file:///C:/scripts/
		base = "file:///" + strings.ReplaceAll(base, `\`, "/")
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	segs := strings.FieldsFunc(rel, func(r rune) bool { return r == '/' || r == '\\' })
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return base + strings.Join(segs, "/")
}
