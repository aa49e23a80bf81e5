package rules

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH003", Name: "hardcoded-secret-variable", Level: Warning,
			Summary:          "A literal that looks like a secret is assigned to a secret-named variable, key, property or parameter.",
			SecuritySeverity: "7.0", CWE: []int{798}, Precision: "medium", Tags: []string{"security", "credentials"},
		},
		Run:      runAUTH003,
		Requires: []*semantic.Analyzer{semantic.SecretsAnalyzer},
	})
}

// secretCandidate is a literal written to a secret-named place.
type secretCandidate struct {
	Node   parser.Node // where the result is located
	Name   string      // the name as written
	Origin semantic.SecretOrigin
	// Group is the command or hashtable the place belongs to: the
	// candidates of one group make one result (catalog 0.5).
	Group parser.Node
}

// runAUTH003 reports string literals of six or more characters assigned to
// a variable, hashtable key, property, parameter default or named argument
// whose name ends in a secret word (catalog D4, AUTH003), unless AUTH001 or
// AUTH002 already reports the same literal. Several secret arguments of one
// command, or keys of one hashtable, make one result at the first of them.
func runAUTH003(p *Pass) {
	m := p.Model
	cands := auth003Candidates(m)
	if len(cands) == 0 {
		return
	}
	reported := reportedLiterals(m)
	var groups [][]secretCandidate
	index := map[parser.Node]int{}
	for _, c := range cands {
		if reported[secretKeyOf(c.Origin.Literal)] {
			continue
		}
		if c.Group != nil {
			if i, ok := index[c.Group]; ok {
				groups[i] = append(groups[i], c)
				continue
			}
			index[c.Group] = len(groups)
		}
		groups = append(groups, []secretCandidate{c})
	}
	for _, g := range groups {
		var names, masks []string
		var related []Related
		for _, c := range g {
			names = append(names, "'"+c.Name+"'")
			mask := "'" + semantic.MaskSecret(c.Origin.Text) + "'"
			masks = append(masks, mask)
			related = append(related, Related{Pos: c.Origin.Literal.Pos(), End: c.Origin.Literal.End(),
				Message: "value " + mask + " of " + c.Name + " written here"})
		}
		subject := names[0] + " holds a hard-coded value that looks"
		if len(g) > 1 {
			subject = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " hold hard-coded values that look"
		}
		msg := subject + " like a secret (" + strings.Join(masks, ", ") + "). Anyone who can read the script, its history or " +
			"copies of it has the value. Move it to a secret store (Get-Secret, Azure Key Vault, Automation assets) and rotate it; " +
			"if it is not a secret, rename it."
		p.Report(Diagnostic{Pos: g[0].Node.Pos(), End: g[0].Node.End(), Message: msg, Related: related})
	}
}

// secretPathLike matches file paths: C:\…, \\server\…, .\…, ../….
var secretPathLike = regexp.MustCompile(`^([A-Za-z]:[\\/]|\\\\|\.{1,2}[\\/])`)

// secretValue reports a value written at x that AUTH003 treats as a
// secret: literal-derived, written inside x itself (not copied from a
// variable), plain text, at least six characters, on one line, not a
// placeholder, URL or file path. Machine-generated secrets (client
// secrets, tokens, API keys) always contain a digit; a value without one
// under such a name is a description ('verylongsecurestring').
func secretValue(m *semantic.Model, x parser.Expr, password bool) (semantic.SecretOrigin, bool) {
	if x == nil {
		return semantic.SecretOrigin{}, false
	}
	o, ok := m.SecretOf(x)
	if !ok || o.Kind != semantic.SecretPlain || o.Literal == nil {
		return o, false
	}
	if o.Literal.Pos() < x.Pos() || o.Literal.End() > x.End() {
		return o, false
	}
	t := strings.TrimSpace(o.Text)
	if utf8.RuneCountInString(t) < 6 || semantic.IsPlaceholderSecret(t) {
		return o, false
	}
	lt := strings.ToLower(t)
	if strings.HasPrefix(lt, "http://") || strings.HasPrefix(lt, "https://") || secretPathLike.MatchString(t) ||
		strings.ContainsAny(t, "\r\n") {
		return o, false
	}
	if !password && !strings.ContainsAny(t, "0123456789") {
		return o, false
	}
	return o, true
}

// auth003Candidates lists every literal written to a secret-named place, in source order.
func auth003Candidates(m *semantic.Model) []secretCandidate {
	var out []secretCandidate
	var group parser.Node
	add := func(n parser.Node, name string, x parser.Expr) {
		secret, password := semantic.SecretNameKind(name)
		if !secret {
			return
		}
		if o, ok := secretValue(m, x, password); ok {
			out = append(out, secretCandidate{Node: n, Name: name, Origin: o, Group: group})
		}
	}
	// Variables, properties and indexed keys.
	for _, a := range m.Assigns {
		if a.Op != "=" {
			continue
		}
		x := semantic.StmtExpr(a.Value)
		switch t := a.Target.(type) {
		case *parser.Variable:
			if secret, _ := semantic.SecretNameKind(t.Name); secret { // before building "$name"
				add(a, "$"+t.Name, x)
			}
		case *parser.ConvertExpr:
			if v, ok := t.X.(*parser.Variable); ok && !secureStringType(m, t.Type) {
				add(a, "$"+v.Name, x)
			}
		case *parser.MemberExpr:
			if name := t.MemberName(); name != "" {
				add(a, name, x)
			}
		case *parser.IndexExpr:
			if v := m.Eval(t.Index, a.Pos()); v.Kind == semantic.String {
				add(a, v.Str, x)
			}
		}
	}
	// $h.Add('Password', 'literal').
	for _, inv := range m.Invokes {
		if inv.Member.Static || !strings.EqualFold(inv.Member.MemberName(), "add") || len(inv.Args) != 2 {
			continue
		}
		if v := m.Eval(inv.Args[0], inv.Pos()); v.Kind == semantic.String {
			add(inv, v.Str, inv.Args[1])
		}
	}
	// Hashtable keys, wherever the hashtable is.
	for _, h := range m.HashLits {
		group = h
		for _, e := range h.Entries {
			var key string
			switch k := e.Key.(type) {
			case *parser.Bareword:
				key = k.Text
			default:
				if v := m.Eval(e.Key, e.Pos()); v.Kind == semantic.String {
					key = v.Str
				}
			}
			if key != "" {
				add(e, key, semantic.StmtExpr(e.Value))
			}
		}
		group = nil
	}
	// Named arguments: -Password 'x', -ClientSecret:'x'.
	for _, c := range m.Commands {
		group = c
		for i, el := range c.Elements {
			prm, ok := el.(*parser.Parameter)
			if !ok {
				continue
			}
			x := prm.Arg
			end := parser.Node(prm)
			if x == nil && i+1 < len(c.Elements) {
				if a, ok := c.Elements[i+1].(*parser.Argument); ok {
					x, end = a.X, a
				}
			}
			// The name test first: most parameters are not secret, and
			// building the span and the name allocates.
			if secret, _ := semantic.SecretNameKind(prm.Name); secret && x != nil {
				add(secretSpan{prm.Pos(), end.End()}, "-"+prm.Name, x)
			}
		}
	}
	group = nil
	// Parameter defaults (not [SecureString]-typed ones).
	for _, prm := range m.Params {
		if prm.Default == nil || prm.Name == nil {
			continue
		}
		secure := false
		for _, at := range prm.Attributes {
			if at.IsTypeConstraint && secureStringType(m, at.Type) {
				secure = true
			}
		}
		if !secure {
			add(secretSpan{prm.Name.Pos(), prm.Default.End()}, "$"+prm.Name.Name, prm.Default)
		}
	}
	semantic.SortByNode(out, func(x *secretCandidate) parser.Node { return x.Node })
	return out
}

// secretSpan is a located region that is not a single node.
type secretSpan struct{ pos, end int }

func (s secretSpan) Pos() int { return s.pos }
func (s secretSpan) End() int { return s.end }

func secureStringType(m *semantic.Model, t *parser.TypeName) bool {
	return t != nil && (m.TypeIs(t.Name, "system.security.securestring") || strings.EqualFold(t.Name, "securestring"))
}
