package pipeline

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Filter decides which discovered files are scanned: --include and
// --exclude globs (doublestar syntax, matched case-insensitively on
// slash-separated paths relative to the scanned argument, so Windows-style
// names such as Scripts\Mail.PS1 match scripts/**/*.ps1), and optionally
// .gitignore files. It applies inside the folders given; a file named as
// an argument is always scanned. A nil *Filter keeps everything.
type Filter struct {
	include   []string
	exclude   []string
	gitignore bool
}

func normGlob(p string) string {
	return strings.ToLower(strings.ReplaceAll(p, "\\", "/"))
}

// NewFilter checks the globs and returns the filter; gitignore also
// applies the .gitignore files of the walked folders.
func NewFilter(include, exclude []string, gitignore bool) (*Filter, error) {
	f := &Filter{gitignore: gitignore}
	for _, p := range include {
		if !doublestar.ValidatePattern(normGlob(p)) {
			return nil, &globError{p}
		}
		f.include = append(f.include, normGlob(p))
	}
	for _, p := range exclude {
		if !doublestar.ValidatePattern(normGlob(p)) {
			return nil, &globError{p}
		}
		f.exclude = append(f.exclude, normGlob(p))
	}
	return f, nil
}

type globError struct{ pattern string }

func (e *globError) Error() string { return "invalid glob pattern " + e.pattern }

// excluded reports whether a file (rel: relative to the scanned argument) is left out.
func (f *Filter) excluded(rel string, isDir bool) bool {
	if f == nil {
		return false
	}
	rel = normGlob(rel)
	for _, p := range f.exclude {
		if ok, _ := doublestar.Match(p, rel); ok {
			return true
		}
		if isDir {
			if ok, _ := doublestar.Match(p, rel+"/x"); ok && strings.HasSuffix(p, "/**") {
				return true
			}
		}
	}
	if isDir || len(f.include) == 0 {
		return false
	}
	for _, p := range f.include {
		if ok, _ := doublestar.Match(p, rel); ok {
			return false
		}
	}
	return true
}

// ignoreRule is one .gitignore line.
type ignoreRule struct {
	base    string // directory of the .gitignore, relative to the scan root, slash-separated
	pattern string
	negate  bool
	dirOnly bool
}

// gitIgnore holds the rules of the .gitignore files met while walking.
type gitIgnore struct {
	rules []ignoreRule
}

// load reads dir/.gitignore below root (dir: relative to the scan root).
func (g *gitIgnore) load(root *os.Root, dir string) {
	dirRel := filepath.ToSlash(dir)
	fh, err := root.Open(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{base: normGlob(dirRel)}
		if strings.HasPrefix(line, "!") {
			r.negate, line = true, line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly, line = true, strings.TrimSuffix(line, "/")
		}
		anchored := strings.Contains(strings.TrimPrefix(line, "/"), "/") || strings.HasPrefix(line, "/")
		line = strings.TrimPrefix(line, "/")
		if !anchored {
			line = "**/" + line
		}
		r.pattern = normGlob(line)
		g.rules = append(g.rules, r)
	}
}

// ignored applies the rules in order; the last match wins (negation re-includes).
func (g *gitIgnore) ignored(rel string, isDir bool) bool {
	rel = normGlob(rel)
	ignored := false
	for _, r := range g.rules {
		p := rel
		if r.base != "" && r.base != "." {
			if !strings.HasPrefix(rel, r.base+"/") {
				continue
			}
			p = strings.TrimPrefix(rel, r.base+"/")
		}
		if r.dirOnly && !isDir {
			continue
		}
		if ok, _ := doublestar.Match(r.pattern, p); ok {
			ignored = !r.negate
		}
	}
	return ignored
}
