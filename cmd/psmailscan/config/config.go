// Package config reads PSMailScanSettings.psd1, psmailscan's settings file:
// a PowerShell data file, parsed with psmailscan's own parser, in the
// spirit of PSScriptAnalyzer's settings files.
//
//	@{
//	    IncludePaths          = @('scripts/**')
//	    ExcludePaths          = @('**/archive/**')
//	    IncludeRules          = @('TLS004')            # enable (IDs, names or families)
//	    ExcludeRules          = @('AUTH007')           # disable
//	    Severity              = 'warning'             # minimum level reported
//	    Rules                 = @{ MAIL003 = @{ Level = 'error' } }
//	    TrustedRelays         = @('relay.contoso.local')
//	    AssumeTls12Configured = $true
//	    RequireJustification  = $true
//	    LinkBase              = 'https://github.com/contoso/scripts/blob/main/'
//	    ModulePath            = @('\\fs01\PSModules')   # modules kept outside the scanned tree
//	}
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// FileName is the settings file looked for from the scanned path upwards.
const FileName = "PSMailScanSettings.psd1"

// Settings are the values of a settings file.
type Settings struct {
	Path                  string
	IncludePaths          []string
	ExcludePaths          []string
	IncludeRules          []string
	ExcludeRules          []string
	Severity              string
	RuleLevels            map[string]string // rule ID or name -> level
	TrustedRelays         []string
	AssumeTls12Configured bool
	RequireJustification  bool
	// LinkBase is where the inventory's HTML report links each script: the
	// URL or folder of the scanned root (--link-base).
	LinkBase string
	// ModulePath lists folders of modules kept outside the scanned tree
	// (--module-path): their files are indexed so that calls of their
	// functions resolve, and are not reported. A relative folder is taken
	// from the settings file's folder.
	ModulePath []string
}

// Find walks up from start (a file or directory) to the filesystem root and
// returns the first settings file found, or "".
func Find(start string) string {
	abs, err := filepath.Abs(start)
	if err != nil {
		return ""
	}
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		abs = filepath.Dir(abs)
	}
	for dir := abs; ; {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Error is a problem in a settings file, with its position.
type Error struct {
	Path         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Load reads and checks a settings file. Unknown keys and values of the
// wrong type are errors: a typo must not silently turn a rule back on.
func Load(path string) (*Settings, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	return Parse(path, raw)
}

// Parse reads settings from the bytes of a settings file.
func Parse(path string, raw []byte) (*Settings, error) {
	src, err := parser.Decode(path, raw)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	f, err := parser.Parse(src)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	if len(f.Errors) > 0 {
		p := src.Position(f.Errors[0].Pos)
		return nil, &Error{Path: path, Line: p.Line, Column: p.Column, Msg: f.Errors[0].Msg}
	}
	at := func(n parser.Node, format string, args ...any) error {
		p := src.Position(n.Pos())
		return &Error{Path: path, Line: p.Line, Column: p.Column, Msg: fmt.Sprintf(format, args...)}
	}
	body := f.Script.Statements()
	if len(body) != 1 {
		return nil, &Error{Path: path, Line: 1, Column: 1, Msg: "a settings file holds exactly one hashtable @{ … }"}
	}
	x := semantic.StmtExpr(body[0])
	hash, ok := x.(*parser.HashLit)
	if !ok {
		return nil, at(body[0], "a settings file holds exactly one hashtable @{ … }")
	}
	m := semantic.New(path, f, nil)
	s := &Settings{Path: path, RuleLevels: map[string]string{}}
	for _, e := range hash.Entries {
		key, ok := keyName(e.Key)
		if !ok {
			return nil, at(e.Key, "settings keys must be plain names")
		}
		val := semantic.StmtExpr(e.Value)
		if val == nil {
			return nil, at(e.Value, "the value of %s must be a constant", key)
		}
		v := m.Eval(val, val.Pos())
		strs := func() ([]string, error) {
			list, ok := v.Strings()
			if !ok {
				return nil, at(val, "%s must be a string or a list of strings", key)
			}
			return list, nil
		}
		boolean := func() (bool, error) {
			if v.Kind != semantic.Bool {
				return false, at(val, "%s must be $true or $false", key)
			}
			return v.Bool, nil
		}
		var err error
		switch strings.ToLower(key) {
		case "includepaths":
			s.IncludePaths, err = strs()
		case "excludepaths":
			s.ExcludePaths, err = strs()
		case "includerules":
			s.IncludeRules, err = strs()
		case "excluderules":
			s.ExcludeRules, err = strs()
		case "trustedrelays":
			s.TrustedRelays, err = strs()
		case "severity":
			var list []string
			list, err = strs()
			if err == nil && len(list) != 1 {
				err = at(val, "Severity is one level: note, warning or error")
			}
			if err == nil {
				s.Severity = list[0]
			}
		case "assumetls12configured":
			s.AssumeTls12Configured, err = boolean()
		case "requirejustification":
			s.RequireJustification, err = boolean()
		case "linkbase":
			var list []string
			list, err = strs()
			if err == nil && len(list) != 1 {
				err = at(val, "LinkBase is one URL or folder")
			}
			if err == nil {
				s.LinkBase = list[0]
			}
		case "modulepath":
			s.ModulePath, err = strs()
			for i, d := range s.ModulePath {
				if !filepath.IsAbs(d) && !strings.HasPrefix(d, `\\`) && !(len(d) > 1 && d[1] == ':') {
					s.ModulePath[i] = filepath.Join(filepath.Dir(path), d)
				}
			}
		case "rules":
			if v.Kind != semantic.Hash {
				return nil, at(val, "Rules must be a hashtable such as @{ MAIL003 = @{ Level = 'error' } }")
			}
			for _, rk := range v.Hash.Keys {
				re, _ := v.Hash.Get(rk)
				if re.Value.Kind != semantic.Hash {
					return nil, at(re.KeyNode, "Rules.%s must be a hashtable such as @{ Level = 'error' }", rk)
				}
				for _, ok := range re.Value.Hash.Keys {
					oe, _ := re.Value.Hash.Get(ok)
					if !strings.EqualFold(ok, "Level") || oe.Value.Kind != semantic.String {
						return nil, at(oe.KeyNode, "Rules.%s.%s: only Level = 'note'|'warning'|'error' is supported", rk, ok)
					}
					s.RuleLevels[rk] = oe.Value.Str
				}
			}
		default:
			return nil, at(e.Key, "unknown setting %s (known: %s)", key, strings.Join(knownKeys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Keys returns the top-level settings keys psmailscan reads, in their
// documented spelling.
func Keys() []string { return append([]string(nil), knownKeys...) }

var knownKeys = func() []string {
	k := []string{"IncludePaths", "ExcludePaths", "IncludeRules", "ExcludeRules", "Severity", "Rules",
		"TrustedRelays", "AssumeTls12Configured", "RequireJustification", "LinkBase", "ModulePath"}
	sort.Strings(k)
	return k
}()

func keyName(k parser.Expr) (string, bool) {
	switch k := k.(type) {
	case *parser.Bareword:
		return k.Text, true
	case *parser.StringLit:
		if k.Constant() {
			return k.Value, true
		}
	}
	return "", false
}

// ErrNotFound is returned when --config names a file that does not exist.
var ErrNotFound = errors.New("settings file not found")
