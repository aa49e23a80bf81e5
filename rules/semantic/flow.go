package semantic

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// Ensured says whether TLS 1.2 is enabled in the process at a point of the script.
type Ensured uint8

// Ensured values, ordered from worst to best.
const (
	NotEnsured Ensured = iota
	MaybeEnsured
	IsEnsured
)

func mergeEnsured(a, b Ensured) Ensured {
	if a == b {
		return a
	}
	return MaybeEnsured
}

// TLSAtSend is what the script-order analysis learned about one send.
type TLSAtSend struct {
	Send Send
	// State is the worst state over the ways the send is reached.
	State Ensured
	// Hidden is true when code the analyzer could not see ran before the
	// send (a dot-sourced file with a computed path).
	Hidden bool
	// CoreOnly is true when the send only runs on PowerShell 7 (a Core
	// guard around it, or #Requires -PSEdition Core / -Version 6 or later
	// for the whole file), where TLS 1.2 is always on.
	CoreOnly bool
	// Reachable is false for sends in functions never called in the file.
	Reachable bool
	// FreshProcess is true for sends in Start-Job / remote script blocks.
	FreshProcess bool
	// Reset is true when, on some way to the send, a command switched the
	// state off again (Disconnect-MgGraph in the Graph flow).
	Reset bool
}

// Needs12 reports whether the send may run without TLS 1.2 enabled: it
// can run on Windows PowerShell and TLS 1.2 is not ensured on every path
// to it. TLS003 reports exactly these sends; the inventory's TLS state
// says "1.2 not ensured" or "1.2 on some paths" for exactly these.
func (r *TLSAtSend) Needs12() bool { return !r.CoreOnly && r.State != IsEnsured }

// Effective is the state as far as TLS 1.2 is concerned: IsEnsured for a
// send that runs only on PowerShell 7.
func (r *TLSAtSend) Effective() Ensured {
	if r.CoreOnly {
		return IsEnsured
	}
	return r.State
}

// RequiresCore reports #Requires -PSEdition Core, or -Version 6 or later:
// the script runs only on PowerShell 7 (catalog C.5).
func RequiresCore(f *parser.File) bool {
	for _, r := range f.Requires {
		if strings.EqualFold(r.Params["psedition"], "core") {
			return true
		}
		if v := r.Params["version"]; v != "" {
			major := v
			if i := strings.IndexByte(v, '.'); i >= 0 {
				major = v[:i]
			}
			if n, err := strconv.Atoi(major); err == nil && n >= 6 {
				return true
			}
		}
	}
	return false
}

type flowState struct {
	ensured Ensured
	hidden  bool
	reset   bool
}

func merge(a, b flowState) flowState {
	return flowState{ensured: mergeEnsured(a.ensured, b.ensured), hidden: a.hidden || b.hidden, reset: a.reset || b.reset}
}

type funcRef struct {
	m  *Model
	fn *parser.FunctionDef
}

// flowWalker runs the script in source order (catalog H.3 "dominating
// write"): SecurityProtocol writes change the state, calls of functions
// defined in the file or in dot-sourced files are followed (depth 3, no
// recursion), guards on $PSVersionTable/$IsCoreCLR are understood, and
// Start-Job / remote Invoke-Command script blocks start a fresh process.
type flowWalker struct {
	root     *Model
	sends    map[parser.Node]Send
	results  map[parser.Node]*TLSAtSend
	stack    map[*parser.FunctionDef]bool
	walked   map[*parser.FunctionDef]bool
	imported map[string]funcRef // functions from dot-sourced files, by lower-case name
	depth    int
	fresh    bool
	coreOnly bool
	unreach  bool
	// effect, when set, is what a command does to the state (the Graph
	// flow: Connect-MgGraph and Disconnect-MgGraph); SecurityProtocol
	// writes then count for nothing.
	effect func(m *Model, c *parser.Command, r Resolved, st flowState) flowState
}

// TLSFlow returns, for each STARTTLS send through Send-MailMessage or
// System.Net.Mail.SmtpClient, whether TLS 1.2 is ensured before it.
func (m *Model) TLSFlow() []*TLSAtSend {
	return result[[]*TLSAtSend](m, TLSFlowAnalyzer)
}

func (m *Model) tlsFlow() []*TLSAtSend {
	w := &flowWalker{root: m, sends: map[parser.Node]Send{}, results: map[parser.Node]*TLSAtSend{},
		stack: map[*parser.FunctionDef]bool{}, walked: map[*parser.FunctionDef]bool{}, imported: map[string]funcRef{}}
	for _, s := range m.Sends() {
		starttls := s.TLS == TLSStartTLS || s.Kind == SendMailMessage && s.UseSslUnknownValue
		if starttls && (s.Kind == SendMailMessage || s.Kind == SmtpClient) && !s.Unbindable {
			w.sends[s.Node] = s
		}
	}
	return w.run(m)
}

// run walks the script, then the functions it never calls, and returns a
// result for each of the walker's sends, in source order.
func (w *flowWalker) run(m *Model) []*TLSAtSend {
	if len(w.sends) == 0 {
		return nil
	}
	end := w.stmts(m, m.File.Script.Statements(), flowState{})
	// Functions never called in the file (or only from other files): their
	// callers run after the script body, so they start from its end state.
	w.unreach = true
	for _, fn := range m.Functions {
		if !w.walked[fn] && fn.Body != nil {
			w.stmts(m, fn.Body.Statements(), end)
		}
	}
	var nodes []parser.Node
	for n := range w.sends {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].Pos() != nodes[j].Pos() {
			return nodes[i].Pos() < nodes[j].Pos()
		}
		return nodes[i].End() < nodes[j].End()
	})
	var out []*TLSAtSend
	for _, n := range nodes {
		if r, ok := w.results[n]; ok {
			out = append(out, r)
		} else {
			// Inside a script block never run (stored in a variable): judge it
			// from the end state, like an uncalled function.
			out = append(out, &TLSAtSend{Send: w.sends[n], State: end.ensured, Hidden: end.hidden, Reachable: false, Reset: end.reset})
		}
	}
	if RequiresCore(m.File) {
		for _, r := range out {
			r.CoreOnly = true
		}
	}
	return out
}

func (w *flowWalker) record(n parser.Node, st flowState) {
	s, ok := w.sends[n]
	if !ok {
		return
	}
	r, seen := w.results[n]
	if !seen {
		w.results[n] = &TLSAtSend{Send: s, State: st.ensured, Hidden: st.hidden, CoreOnly: w.coreOnly,
			Reachable: !w.unreach, FreshProcess: w.fresh, Reset: st.reset}
		return
	}
	r.Reset = r.Reset || st.reset
	if st.ensured < r.State {
		r.State = st.ensured
	}
	r.Hidden = r.Hidden || st.hidden
	r.CoreOnly = r.CoreOnly && w.coreOnly
	r.FreshProcess = r.FreshProcess || w.fresh
	r.Reachable = r.Reachable || !w.unreach
}

func (w *flowWalker) stmts(m *Model, list []parser.Stmt, st flowState) flowState {
	for _, s := range list {
		st = w.stmt(m, s, st)
	}
	return st
}

func (w *flowWalker) block(m *Model, b *parser.StmtBlock, st flowState) flowState {
	if b == nil {
		return st
	}
	return w.stmts(m, b.Body, st)
}

func (w *flowWalker) stmt(m *Model, s parser.Stmt, st flowState) flowState {
	switch s := s.(type) {
	case *parser.IfStmt:
		return w.ifStmt(m, s, st)
	case *parser.SwitchStmt:
		st = w.leaf(m, s.Cond, st)
		out := st
		for i, c := range s.Clauses {
			b := w.block(m, c.Body, st)
			if i == 0 {
				out = merge(st, b)
			} else {
				out = merge(out, b)
			}
		}
		return out
	case *parser.ForeachStmt:
		st = w.leaf(m, s.In, st)
		return merge(st, w.block(m, s.Body, st))
	case *parser.ForStmt:
		st = w.leafStmt(m, s.Init, st)
		return merge(st, w.block(m, s.Body, st))
	case *parser.WhileStmt:
		return merge(st, w.block(m, s.Body, st))
	case *parser.DoStmt:
		return w.block(m, s.Body, st)
	case *parser.TryStmt:
		// A write in the try block counts (catalog H.3): the catch only runs
		// when the block failed, typically on a runtime without the enum member.
		after := w.block(m, s.Body, st)
		for _, c := range s.Catches {
			w.block(m, c.Body, st)
		}
		if s.Finally != nil {
			after = w.block(m, s.Finally, after)
		}
		return after
	case *parser.TrapStmt, *parser.FunctionDef, *parser.ClassDef, *parser.EnumDef, *parser.UsingStmt:
		return st
	case *parser.DataStmt:
		return st
	case *parser.FlowStmt:
		if s.Value != nil {
			return w.leafStmt(m, s.Value, st)
		}
		return st
	case *parser.BlockStmt:
		return w.block(m, s.Body, st)
	case *parser.ConfigurationDef:
		return st
	case *parser.AssignStmt:
		if w.effect == nil && m.StaticMember(s.Target, spmType, "SecurityProtocol") {
			return w.tlsWrite(m, s, st)
		}
		return w.leafStmt(m, s.Value, st)
	case *parser.Pipeline:
		return w.leaf(m, s, st)
	}
	// *parser.BadStmt (a syntax error) runs nothing. Handing it back to
	// leafStmt recursed without end (stack overflow, found by FuzzScanFile).
	return st
}

func (w *flowWalker) tlsWrite(m *Model, a *parser.AssignStmt, st flowState) flowState {
	for _, tw := range m.tlsWritesOf(a) {
		v := tw.Value
		switch {
		case v.Ensures12():
			st.ensured = IsEnsured
		case v.Removes12():
			st.ensured = NotEnsured
		case v.Known && !v.Additive:
			st.ensured = NotEnsured
		case !v.Known && !v.Additive:
			// An unknown overwrite may or may not include TLS 1.2.
			st.ensured = mergeEnsured(st.ensured, IsEnsured)
		}
	}
	return st
}

func (w *flowWalker) leafStmt(m *Model, s parser.Stmt, st flowState) flowState {
	if s == nil {
		return st
	}
	if pl, ok := s.(*parser.Pipeline); ok {
		return w.leaf(m, pl, st)
	}
	return w.stmt(m, s, st)
}

// leaf runs a pipeline: commands in order, following calls, recording
// sends, and running script-block arguments where they run.
func (w *flowWalker) leaf(m *Model, pl *parser.Pipeline, st flowState) flowState {
	for ; pl != nil; pl = pl.Next {
		for _, el := range pl.Elements {
			st = w.visit(m, el, st)
		}
	}
	return st
}

// visit walks a node's subtree in source order: sends are recorded,
// commands are followed, nested statements run; script blocks run only
// when a command runs them.
func (w *flowWalker) visit(m *Model, n parser.Node, st flowState) flowState {
	switch n := n.(type) {
	case *parser.ScriptBlockExpr:
		return st // stored, not run (commands run theirs below)
	case *parser.SubExpr:
		return w.stmts(m, n.Body, st)
	case *parser.ArrayExpr:
		return w.stmts(m, n.Body, st)
	case *parser.ParenExpr:
		if n.X != nil {
			return w.stmt(m, n.X, st)
		}
		return st
	case *parser.Command:
		parser.EachChild(n, func(c parser.Node) { st = w.visit(m, c, st) })
		if m == w.root {
			w.record(n, st)
		}
		return w.command(m, n, st)
	case *parser.InvokeExpr:
		parser.EachChild(n, func(c parser.Node) { st = w.visit(m, c, st) })
		if m == w.root {
			w.record(n, st)
		}
		return st
	}
	parser.EachChild(n, func(c parser.Node) { st = w.visit(m, c, st) })
	return st
}

var (
	freshProcessCmds = map[string]bool{"start-job": true, "register-scheduledjob": true, "start-process": true}
	remoteParams     = []string{"ComputerName", "Session", "ConnectionUri", "VMId", "VMName", "ContainerId", "HostName", "SSHConnection"}
)

// command follows a call: local or dot-sourced functions, dot-sourcing,
// and commands that run script blocks (here, in a thread, or in a new process).
func (w *flowWalker) command(m *Model, c *parser.Command, st flowState) flowState {
	if c.Invoke == "." {
		if sb, ok := c.Name.(*parser.ScriptBlockExpr); ok {
			return w.stmts(m, sb.Body.Statements(), st)
		}
		if name := c.NameText(); name != "" && !strings.ContainsAny(name, `\/`) && !strings.HasSuffix(strings.ToLower(name), ".ps1") {
			// `. Send-MailMessage`: dot-invoking a command, not a file.
		} else {
			return w.dotSource(m, c, st)
		}
	}
	if c.Invoke == "&" {
		if sb, ok := c.Name.(*parser.ScriptBlockExpr); ok {
			return w.stmts(m, sb.Body.Statements(), st)
		}
	}
	r := m.Resolve(c)
	if w.effect != nil {
		st = w.effect(m, c, r, st)
	}
	if r.Func != nil {
		return w.call(m, r.Func, st)
	}
	if r.Builtin {
		if ref, ok := w.imported[r.Name]; ok {
			return w.call(ref.m, ref.fn, st)
		}
	}
	// Script blocks passed to the command.
	fresh := freshProcessCmds[r.Name]
	if r.Name == "invoke-command" {
		b := m.Bind(c, Cmdlet("invoke-command"))
		for _, p := range remoteParams {
			if b.Has(p) {
				fresh = true
			}
		}
	}
	for _, x := range c.ArgumentExprs() {
		sb, ok := x.(*parser.ScriptBlockExpr)
		if !ok {
			continue
		}
		if fresh {
			saved := w.fresh
			w.fresh = true
			w.stmts(m, sb.Body.Statements(), flowState{})
			w.fresh = saved
			continue
		}
		// ForEach-Object, Where-Object, Start-ThreadJob, local Invoke-Command,
		// -Parallel: same process; writes inside count only inside.
		w.stmts(m, sb.Body.Statements(), st)
	}
	return st
}

func (w *flowWalker) call(m *Model, fn *parser.FunctionDef, st flowState) flowState {
	if fn.Body == nil || w.stack[fn] || w.depth >= 3 {
		if m == w.root {
			w.walked[fn] = true
		}
		return st
	}
	if m == w.root {
		w.walked[fn] = true
	}
	w.stack[fn] = true
	w.depth++
	st = w.stmts(m, fn.Body.Statements(), st)
	w.depth--
	delete(w.stack, fn)
	return st
}

// dotSource runs a dot-sourced file whose path is literal or relative to
// $PSScriptRoot; a computed path hides code from the analysis.
func (w *flowWalker) dotSource(m *Model, c *parser.Command, st flowState) flowState {
	path, ok := m.scriptPath(c.Name)
	if !ok || m.loader == nil {
		st.hidden = true
		return st
	}
	sub := m.loader.Load(m.Path, path)
	if sub == nil {
		st.hidden = true
		return st
	}
	for _, fn := range sub.Functions {
		if sub.Scope(fn) == nil {
			w.imported[strings.ToLower(functionShortName(fn.Name))] = funcRef{sub, fn}
		}
	}
	if w.depth >= 3 {
		return st
	}
	w.depth++
	st = w.stmts(sub, sub.File.Script.Statements(), st)
	w.depth--
	return st
}

// scriptPath resolves the path of a dot-sourced script: a constant, or an
// expandable string whose only variable is $PSScriptRoot (or $PSCommandPath's folder).
func (m *Model) scriptPath(x parser.Expr) (string, bool) {
	switch x := x.(type) {
	case *parser.Bareword:
		return x.Text, true
	case *parser.StringLit:
		if x.Constant() {
			return x.Value, true
		}
		out := x.Value
		for _, part := range x.Parts {
			v, ok := part.(*parser.Variable)
			if !ok || !strings.EqualFold(v.ShortName(), "psscriptroot") {
				return "", false
			}
			out = strings.Replace(out, m.Src[v.Pos():v.End()], ".", 1)
		}
		return out, true
	}
	return "", false
}

// Guard classifies an if condition by the PowerShell edition it selects.
type Guard uint8

// Guards.
const (
	GuardUnknown Guard = iota
	GuardDesktop       // true only on Windows PowerShell 5.1
	GuardCore          // true only on PowerShell 7
)

var (
	desktopGuard = regexp.MustCompile(`psedition-eq['"]desktop['"]|psedition-ne['"]core['"]|^-not\$iscoreclr$|^!\$iscoreclr$|^-not\(\$iscoreclr\)$|psversion\.major-(lt['"]?[67]|le['"]?5|eq['"]?5)|psversion-lt\[version\]['"]?[67]|psversion\.major-lt['"]?[67]`)
	coreGuard    = regexp.MustCompile(`psedition-eq['"]core['"]|psedition-ne['"]desktop['"]|^\$iscoreclr$|^\$iscoreclr-eq\$true$|psversion\.major-(ge['"]?[67]|gt['"]?5|eq['"]?7)|psversion-ge\[version\]['"]?[67]`)
)

// ClassifyGuard reads conditions such as $PSVersionTable.PSVersion.Major -lt 6,
// $PSVersionTable.PSEdition -eq 'Desktop' and $IsCoreCLR.
func (m *Model) ClassifyGuard(cond *parser.Pipeline) Guard {
	if cond == nil {
		return GuardUnknown
	}
	text := m.Text(cond)
	// Both patterns name $PSVersionTable's PSEdition or PSVersion, or
	// $IsCoreCLR: a condition that spells none of them (nearly every one)
	// is not a guard, and is not lowered and matched.
	if !guardWords(text) {
		return GuardUnknown
	}
	text = strings.ToLower(text)
	text = strings.Join(strings.Fields(text), "")
	text = strings.TrimPrefix(strings.TrimSuffix(text, ")"), "(")
	text = strings.ReplaceAll(text, "$psversiontable.", "")
	switch {
	case desktopGuard.MatchString(text):
		return GuardDesktop
	case coreGuard.MatchString(text):
		return GuardCore
	}
	return GuardUnknown
}

// guardWords reports whether s contains "psedition", "psversion" or
// "iscoreclr" in any case: the words every guard pattern needs.
func guardWords(s string) bool {
	return ContainsFoldASCII(s, "psedition") || ContainsFoldASCII(s, "psversion") || ContainsFoldASCII(s, "iscoreclr")
}

func (w *flowWalker) ifStmt(m *Model, s *parser.IfStmt, st flowState) flowState {
	var outs []flowState
	prevGuard := GuardUnknown
	for _, c := range s.Clauses {
		st = w.leaf(m, c.Cond, st)
		g := m.ClassifyGuard(c.Cond)
		switch g {
		case GuardDesktop:
			// On Windows PowerShell this branch runs: its writes count.
			after := w.block(m, c.Body, st)
			outs = append(outs, after)
			prevGuard = g
			continue
		case GuardCore:
			saved := w.coreOnly
			w.coreOnly = true
			w.block(m, c.Body, st)
			w.coreOnly = saved
			prevGuard = g
			continue
		}
		outs = append(outs, w.block(m, c.Body, st))
		prevGuard = GuardUnknown
	}
	switch {
	case s.Else != nil && prevGuard == GuardCore && len(s.Clauses) == 1:
		// else of a Core guard: Windows PowerShell.
		return w.block(m, s.Else, st)
	case s.Else != nil:
		outs = append(outs, w.block(m, s.Else, st))
	case prevGuard == GuardDesktop && len(s.Clauses) == 1:
		// if (desktop) { … } with no else: on 5.1 the branch ran; on 7 the
		// sends need no TLS line. Either way the branch's state holds.
		return outs[0]
	default:
		outs = append(outs, st)
	}
	if len(outs) == 0 {
		return st
	}
	out := outs[0]
	for _, o := range outs[1:] {
		out = merge(out, o)
	}
	return out
}
