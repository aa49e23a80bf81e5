package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Resolved is what a command name binds to.
type Resolved struct {
	// Name is the canonical command name, lower case: the cmdlet's name for a
	// built-in (aliases expanded), or the function's name.
	Name string
	// Builtin is true when the call reaches the cmdlet, not a local function.
	Builtin bool
	// Func is the local function the call binds to, if any.
	Func *parser.FunctionDef
	// Module is the module qualifier as written (Microsoft.PowerShell.Utility), lower case.
	Module string
	// Known is false when the command name is computed (& $cmd).
	Known bool
}

// builtinAliases are the default aliases that matter to the rules (catalog H.1.6).
var builtinAliases = map[string]string{
	"iwr": "invoke-webrequest", "irm": "invoke-restmethod", "curl": "invoke-webrequest",
	"wget": "invoke-webrequest", "%": "foreach-object", "foreach": "foreach-object",
	"?": "where-object", "where": "where-object", "icm": "invoke-command", "sajb": "start-job",
	"ipmo": "import-module", "gcm": "get-command", "sal": "set-alias", "nal": "new-alias",
	"ni": "new-item", "sp": "set-itemproperty", "epcsv": "export-csv", "ihy": "invoke-history",
	"iex": "invoke-expression", "gc": "get-content", "sc": "set-content",
}

// CommandName returns the command's name as written when it is constant
// (a bareword, or a string after & or .), without resolving it.
func (m *Model) CommandName(c *parser.Command) string {
	return c.NameText()
}

// Resolve binds a command to a local function, an alias or the cmdlet, in
// PowerShell's order: alias, then function, then cmdlet (catalog H.1).
func (m *Model) Resolve(c *parser.Command) Resolved {
	// Every rule resolves the file's commands, many of them all of them:
	// a slot per command, found by position, costs less than a map.
	if i := m.commandIndex(c); i >= 0 {
		if m.resolvedCmd == nil {
			m.resolvedCmd = make([]resolvedSlot, len(m.Commands))
		}
		s := &m.resolvedCmd[i]
		if !s.done {
			s.r, s.done = m.resolve(c), true
		}
		return s.r
	}
	if r, ok := m.resolved[c]; ok {
		return r
	}
	r := m.resolve(c)
	m.resolved[c] = r
	return r
}

// resolvedSlot caches the resolution of one of the model's commands.
type resolvedSlot struct {
	r    Resolved
	done bool
}

// commandIndex returns c's index in m.Commands, or -1 (a command of
// another model). The rules resolve every command again and again (four
// million calls on the dev corpus): a table by node number answers in one
// step, where a map, or a binary search, cost a tenth of a second.
func (m *Model) commandIndex(c *parser.Command) int {
	if m.cmdOrd == nil {
		m.cmdOrd = make([]int32, len(m.nodes))
		for i, x := range m.Commands {
			if id := parser.NodeID(x); id > 0 && id < len(m.cmdOrd) {
				m.cmdOrd[id] = int32(i) + 1
			}
		}
	}
	id := parser.NodeID(c)
	if id <= 0 || id >= len(m.cmdOrd) {
		return -1
	}
	i := int(m.cmdOrd[id]) - 1
	if i < 0 || m.Commands[i] != c {
		return -1
	}
	return i
}

func (m *Model) resolve(c *parser.Command) Resolved {
	name := c.NameText()
	if name == "" && c.Invoke != "" {
		// & (Get-Command Send-MailMessage): a Get-Command of a literal name (catalog H.1).
		name = m.getCommandTarget(c.Name)
	}
	if name == "" {
		return Resolved{}
	}
	lc := strings.ToLower(name)
	// Module-qualified names always reach the module's command.
	if i := strings.LastIndexByte(lc, '\\'); i > 0 && !strings.ContainsAny(lc[:i], "\\/:") {
		return Resolved{Name: lc[i+1:], Builtin: true, Module: lc[:i], Known: true}
	}
	if strings.ContainsAny(lc, "\\/") {
		// A path: .\script.ps1, C:\tools\x.exe.
		return Resolved{Name: lc, Known: true}
	}
	for hops := 0; hops < 8; hops++ {
		if a := m.aliasAt(lc, c); a != "" && a != lc {
			lc = a
			continue
		}
		break
	}
	if fn := m.functionFor(lc, c); fn != nil {
		return Resolved{Name: lc, Func: fn, Known: true}
	}
	if a, ok := builtinAliases[lc]; ok {
		lc = a
	}
	return Resolved{Name: lc, Builtin: true, Known: true}
}

// functionFor returns the local function a call named lc binds to. A call at
// script scope sees only functions defined before it (a .ps1 runs top to
// bottom); a call inside a function body sees every script-level function,
// since bodies run after the whole script has been read.
func (m *Model) functionFor(lc string, c *parser.Command) *parser.FunctionDef {
	fns := m.funcsByLC[lc]
	if len(fns) == 0 {
		return nil
	}
	inFunction := m.Scope(c) != nil
	var best *parser.FunctionDef
	for _, fn := range fns {
		if fn.Body != nil && fn.Body.Pos() <= c.Pos() && c.Pos() < fn.Body.End() {
			// Recursion: the call inside its own function binds to it.
			best = fn
			continue
		}
		if inFunction || fn.Pos() < c.Pos() {
			if best == nil || fn.Pos() > best.Pos() && fn.Pos() < c.Pos() {
				best = fn
			}
		}
	}
	return best
}

// aliasAt returns the target of an alias named lc defined before c, or "".
func (m *Model) aliasAt(lc string, c *parser.Command) string {
	inFunction := m.Scope(c) != nil
	target := ""
	for _, a := range m.aliases {
		if a.name == lc && (a.pos < c.Pos() || inFunction) {
			target = a.target
		}
	}
	return target
}

// collectAliases finds Set-Alias / New-Alias with literal names.
func (m *Model) collectAliases() {
	for _, c := range m.Commands {
		switch name := c.NameText(); {
		case EqualLower(name, "set-alias"), EqualLower(name, "new-alias"), EqualLower(name, "sal"), EqualLower(name, "nal"):
		default:
			continue
		}
		b := m.bindGeneric(c, []string{"name", "value"}, map[string]string{})
		name, ok1 := m.constString(b["name"], c.Pos())
		target, ok2 := m.constString(b["value"], c.Pos())
		if ok1 && ok2 {
			m.aliases = append(m.aliases, alias{strings.ToLower(name), strings.ToLower(target), c.Pos(), m.Scope(c)})
		}
	}
}

// constString evaluates x to a constant string.
func (m *Model) constString(x parser.Expr, at int) (string, bool) {
	if x == nil {
		return "", false
	}
	v := m.Eval(x, at)
	if v.Kind == String {
		return v.Str, true
	}
	return "", false
}

// bindGeneric binds a command's arguments by exact parameter name and by
// position against the given positional names; used before full metadata
// is consulted (alias discovery).
func (m *Model) bindGeneric(c *parser.Command, positional []string, _ map[string]string) map[string]parser.Expr {
	out := map[string]parser.Expr{}
	pos := 0
	els := c.Elements
	for i := 0; i < len(els); i++ {
		switch e := els[i].(type) {
		case *parser.Parameter:
			name := strings.ToLower(e.Name)
			if e.Arg != nil {
				out[name] = e.Arg
			} else if i+1 < len(els) {
				if a, ok := els[i+1].(*parser.Argument); ok {
					out[name] = a.X
					i++
				}
			}
		case *parser.Argument:
			if pos < len(positional) {
				if _, taken := out[positional[pos]]; !taken {
					out[positional[pos]] = e.X
				}
				pos++
			}
		}
	}
	return out
}

// InvocationTarget returns the command a wrapper such as & or . invokes by a
// string: `& 'Send-MailMessage'` resolves like the plain name.
func (m *Model) IsCall(c *parser.Command, canonical string) bool {
	r := m.Resolve(c)
	return r.Builtin && r.Name == canonical
}

// getCommandTarget returns the literal command name of (Get-Command Name …),
// or "".
func (m *Model) getCommandTarget(x parser.Expr) string {
	p, ok := x.(*parser.ParenExpr)
	if !ok || p.X == nil {
		return ""
	}
	pl, ok := p.X.(*parser.Pipeline)
	if !ok || len(pl.Elements) != 1 {
		return ""
	}
	gc, ok := pl.Elements[0].(*parser.Command)
	if !ok || !strings.EqualFold(gc.NameText(), "Get-Command") && !strings.EqualFold(gc.NameText(), "gcm") {
		return ""
	}
	b := m.bindGeneric(gc, []string{"name"}, nil)
	if s, ok := m.constString(b["name"], gc.Pos()); ok && !strings.ContainsAny(s, "*?[") {
		return s
	}
	return ""
}

// CommandBases returns, aligned with Commands, each command's name as
// written, lower case, without a module qualifier (Microsoft.PowerShell.Utility\Send-MailMessage
// gives send-mailmessage): what a quick name filter compares before
// resolving. Computed once; the slice is the model's.
func (m *Model) CommandBases() []string {
	if m.commandBases == nil {
		m.commandBases = make([]string, len(m.Commands))
		for i, c := range m.Commands {
			name := strings.ToLower(c.NameText())
			if j := strings.LastIndexByte(name, '\\'); j >= 0 {
				name = name[j+1:]
			}
			m.commandBases[i] = name
		}
	}
	return m.commandBases
}
