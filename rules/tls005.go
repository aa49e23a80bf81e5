package rules

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "TLS005", Name: "certificate-validation-disabled", Level: Error,
			Summary:          "TLS server certificate validation is disabled: a trust-all callback or certificate policy, or -SkipCertificateCheck.",
			SecuritySeverity: "7.4", CWE: []int{295}, Precision: "high", Tags: []string{"security", "tls"},
		},
		Run:      runTLS005,
		Requires: []*semantic.Analyzer{semantic.ObjectsAnalyzer},
	})
}

// Findings read "<the concrete setting>: TLS certificate validation is
// disabled <where>" followed by tls005Tail: the catalog's message with the
// setting in front of it.
const tls005Tail = ". Any server (or interceptor) is trusted, so TLS no longer protects credentials or mail. " +
	"Remove it and trust the server's real certificate (for an internal CA, install the CA certificate)."

const spmFullType = "system.net.servicepointmanager"

func runTLS005(p *Pass) {
	s := p.Model.NewCertScan()
	tls005Assignments(p, s)
	tls005Invocations(p, s)
	tls005Constructions(p, s)
	tls005Commands(p)
	tls005Defaults(p)
	tls005HelperCalls(p, s)
}

// tls005Install is code that turns certificate validation off for the
// whole process (not for one request or one object).
type tls005Install struct {
	node parser.Node
	what string // "[Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }"
}

// tls005ProcessInstalls lists the process-wide trust-all installs of a
// file: ServicePointManager's callback or CertificatePolicy assigned a
// trust-all value, and calls or constructions of Add-Type C# that set them.
func tls005ProcessInstalls(m *semantic.Model, s *semantic.CertScan) []tls005Install {
	var out []tls005Install
	text := func(n parser.Node) string {
		t := strings.Join(strings.Fields(m.Src[n.Pos():n.End()]), " ")
		if len(t) > 80 {
			t = t[:77] + "..."
		}
		return t
	}
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || !me.Static || (a.Op != "=" && a.Op != "+=") || !m.StaticMember(me, spmFullType, me.MemberName()) {
			continue
		}
		switch {
		case strings.EqualFold(me.MemberName(), "ServerCertificateValidationCallback"):
			if _, ok := s.Callback(a.Value); ok {
				out = append(out, tls005Install{a, text(me) + " = " + text(a.Value)})
			}
		case strings.EqualFold(me.MemberName(), "CertificatePolicy"):
			if _, ok := s.Policy(a.Value); ok {
				out = append(out, tls005Install{a, text(me) + " = " + text(a.Value)})
			}
		}
	}
	for _, inv := range m.Invokes {
		if _, member, ok := s.InstallCall(inv); ok {
			out = append(out, tls005Install{inv, text(inv) + " (sets " + member + ")"})
		}
	}
	for _, c := range m.AllConstructions() {
		if _, member, ok := s.ConstructorInstall(c.TypeName); ok {
			out = append(out, tls005Install{c.Node, text(c.Node) + " (sets " + member + ")"})
		}
	}
	return out
}

// tls005Installers returns the functions of a file that install a
// trust-all callback or policy, with the install each one leads to. With
// transitive set, a function that calls such a function counts too (for a
// dot-sourced library, whose inner calls the caller does not see).
func tls005Installers(m *semantic.Model, s *semantic.CertScan, transitive bool) map[*parser.FunctionDef]tls005Install {
	out := map[*parser.FunctionDef]tls005Install{}
	for _, in := range tls005ProcessInstalls(m, s) {
		if fn, ok := m.Scope(in.node).(*parser.FunctionDef); ok && fn != nil {
			if _, seen := out[fn]; !seen {
				out[fn] = in
			}
		}
	}
	for round := 0; transitive && round < 3; round++ {
		grew := false
		for _, c := range m.Commands {
			r := m.Resolve(c)
			in, ok := out[r.Func]
			if r.Func == nil || !ok {
				continue
			}
			if fn, ok := m.Scope(c).(*parser.FunctionDef); ok && fn != nil {
				if _, seen := out[fn]; !seen {
					out[fn] = in
					grew = true
				}
			}
		}
		if !grew {
			break
		}
	}
	return out
}

// tls005HelperCalls reports calls of a function that installs a trust-all
// callback or policy (defined in the file or in a dot-sourced file): the
// install itself is reported where it is written, but the scripts that call
// a shared helper, often behind a switch such as -SkipCertificateCheck,
// are where validation is turned off. One result per helper and file, at
// its first call, with the other calls as related locations: a helper
// called from twenty places is one thing to fix. Within a file only direct
// calls count (the chain to the install is already reported there).
func tls005HelperCalls(p *Pass, s *semantic.CertScan) {
	m := p.Model
	local := tls005Installers(m, s, false)
	type imported struct {
		in   tls005Install
		file string
		line int
	}
	dotted := map[string]imported{}
	// Every install tls005Installers finds names one of these members (in
	// PowerShell or in Add-Type C#): a dot-sourced file that spells none of
	// them installs nothing, and is not parsed here.
	for _, ds := range m.DotSourcedFilesSpelling("servercertificatevalidationcallback", "servercertificatecustomvalidationcallback", "certificatepolicy") {
		sub := ds.Model
		installers := tls005Installers(sub, sub.NewCertScan(), true)
		for _, fn := range sub.Functions { // source order: the first definition of a name wins, whatever the map order
			in, ok := installers[fn]
			if !ok || sub.Scope(fn) != nil {
				continue // nested functions are not visible to the caller
			}
			name := strings.ToLower(fn.Name)
			if _, seen := dotted[name]; !seen {
				file := sub.Path
				if rel, err := filepath.Rel(filepath.Dir(m.Path), sub.Path); err == nil {
					file = rel
				}
				dotted[name] = imported{in, file, sub.File.Source.Position(in.node.Pos()).Line}
			}
		}
	}
	type group struct {
		first *parser.Command
		in    tls005Install
		where string
		local bool
		more  []*parser.Command
	}
	if len(local) == 0 && len(dotted) == 0 {
		return // no helper installs anything: no call to look at (most files)
	}
	var groups []*group
	byKey := map[any]*group{}
	for _, c := range m.Commands {
		if c.Invoke == "." {
			continue
		}
		r := m.Resolve(c)
		var key any
		g := &group{first: c}
		switch {
		case r.Func != nil:
			i, ok := local[r.Func]
			if !ok {
				continue
			}
			key, g.in, g.local = r.Func, i, true
			g.where = fmt.Sprintf("line %d", m.File.Source.Position(i.node.Pos()).Line)
		case r.Builtin && r.Module == "":
			i, ok := dotted[r.Name]
			if !ok {
				continue
			}
			key, g.in = r.Name, i.in
			g.where = fmt.Sprintf("%s line %d, dot-sourced", i.file, i.line)
		default:
			continue
		}
		if prev := byKey[key]; prev != nil {
			prev.more = append(prev.more, c)
			continue
		}
		byKey[key] = g
		groups = append(groups, g)
	}
	for _, g := range groups {
		c := g.first
		var related []Related
		if g.local {
			related = append(related, Related{Pos: g.in.node.Pos(), End: g.in.node.End(), Message: "the function turns certificate validation off here"})
		}
		for _, o := range g.more {
			related = append(related, Related{Pos: o.Pos(), End: o.End(), Message: "the same function is also called here"})
		}
		d := Diagnostic{Pos: c.Pos(), End: c.End(), Related: related,
			Message: fmt.Sprintf("%s runs %s (%s): TLS certificate validation is disabled for every later connection of the process%s",
				c.NameText(), g.in.what, g.where, tls005Tail)}
		if fn := unreachableFunction(m, c); fn != nil {
			d.Properties = map[string]any{"reachable": false}
		}
		p.Report(d)
	}
}

// tls005Defaults: $PSDefaultParameterValues['Invoke-RestMethod:SkipCertificateCheck'] = $true
// and its variants turn the switch on for every later call.
func tls005Defaults(p *Pass) {
	m := p.Model
	for _, d := range m.DefaultParameterSettings() {
		var cmds []string
		for _, name := range []string{"Invoke-WebRequest", "Invoke-RestMethod"} {
			if d.Applies(name) && d.Sets(semantic.Cmdlet(strings.ToLower(name)), "SkipCertificateCheck") {
				cmds = append(cmds, name)
			}
		}
		if len(cmds) == 0 || d.Value == nil || !m.StaticallyTrue(d.Value) {
			continue
		}
		diag := Diagnostic{Pos: d.Node.Pos(), End: d.Node.End(),
			Message: fmt.Sprintf("$PSDefaultParameterValues['%s'] = %s: TLS certificate validation is disabled for every later %s call in this scope%s",
				d.Key, p.Text(d.Value), strings.Join(cmds, " and "), tls005Tail)}
		if fn := unreachableFunction(m, d.Node); fn != nil {
			diag.Properties = map[string]any{"reachable": false}
		}
		p.Report(diag)
	}
}

// tls005Report reports one finding on sink with the trust-all value's
// definition as related locations when it lies outside the sink.
func tls005Report(p *Pass, sink parser.Node, level Level, t *semantic.TrustAll, msg string) {
	d := Diagnostic{Pos: sink.Pos(), End: sink.End(), Level: level, Message: msg}
	props := map[string]any{}
	if t != nil {
		if t.Def != nil && !tls005Inside(t.Def, sink) {
			d.Related = append(d.Related, Related{Pos: t.Def.Pos(), End: t.Def.End(), Message: "the value is assigned here"})
		}
		if t.Node != nil && !tls005Inside(t.Node, sink) && (t.Def == nil || !tls005Inside(t.Node, t.Def)) {
			d.Related = append(d.Related, Related{Pos: t.Node.Pos(), End: t.Node.End(), Message: "the code that accepts every certificate"})
		}
		if !t.Literal {
			props["confidence"] = "medium"
		}
	}
	if fn := unreachableFunction(p.Model, sink); fn != nil {
		props["reachable"] = false
	}
	if len(props) > 0 {
		d.Properties = props
	}
	p.Report(d)
}

func tls005Inside(n, outer parser.Node) bool {
	return n.Pos() >= outer.Pos() && n.End() <= outer.End()
}

// tls005Assignments: certificate callbacks, CertificatePolicy and
// CheckCertificateRevocation written as properties.
func tls005Assignments(p *Pass, s *semantic.CertScan) {
	m := p.Model
	for _, a := range m.Assigns {
		me, ok := a.Target.(*parser.MemberExpr)
		if !ok || (a.Op != "=" && a.Op != "+=") {
			continue
		}
		name := me.MemberName()
		target := p.Text(me)
		spm := me.Static && m.StaticMember(me, spmFullType, name)
		switch {
		case strings.EqualFold(name, "ServerCertificateValidationCallback"):
			if me.Static && !spm {
				continue
			}
			t, ok := s.Callback(a.Value)
			if !ok {
				continue
			}
			scope := "for this object's connections"
			if spm {
				scope = "for every later connection of the process"
			}
			tls005Report(p, a, Error, &t, fmt.Sprintf("%s is set to %s: TLS certificate validation is disabled %s%s",
				target, t.What, scope, tls005Tail))
		case strings.EqualFold(name, "ServerCertificateCustomValidationCallback"):
			if me.Static {
				continue
			}
			t, ok := s.Callback(a.Value)
			if !ok {
				continue
			}
			tls005Report(p, a, Error, &t, fmt.Sprintf("%s is set to %s: TLS certificate validation is disabled for the HttpClient that uses this handler%s",
				target, t.What, tls005Tail))
		case strings.EqualFold(name, "CertificatePolicy") && spm:
			t, ok := s.Policy(a.Value)
			if !ok {
				continue
			}
			tls005Report(p, a, Error, &t, fmt.Sprintf("%s is set to %s: TLS certificate validation is disabled for every later web request of the process%s",
				target, t.What, tls005Tail))
		case strings.EqualFold(name, "CheckCertificateRevocation") && !me.Static && a.Op == "=":
			x := semantic.StmtExpr(a.Value)
			if x == nil || !m.StaticallyFalse(x) {
				continue
			}
			tls005Report(p, a, Note, nil, fmt.Sprintf("%s = %s turns off the certificate revocation check. A server certificate that its CA has revoked (stolen key, mis-issued) is still trusted. Leave CheckCertificateRevocation at $true.",
				target, p.Text(x)))
		}
	}
}

// tls005Invocations: EWS AutodiscoverUrl with a callback that accepts every
// redirection, and calls to Add-Type helpers that install a trust-all callback.
func tls005Invocations(p *Pass, s *semantic.CertScan) {
	for _, inv := range p.Model.Invokes {
		me := inv.Member
		if !me.Static && strings.EqualFold(me.MemberName(), "AutodiscoverUrl") && len(inv.Args) == 2 {
			t, ok := s.Callback(inv.Args[1])
			if !ok {
				continue
			}
			tls005Report(p, inv, Note, &t, fmt.Sprintf("%s is given %s as its redirection callback: Autodiscover follows a redirection to any URL, and the credentials follow it. This is not a certificate check, but it lets credentials go to a server the script never meant to reach. Accept only HTTPS redirections to the hosts you expect.",
				p.Text(me), t.What))
			continue
		}
		if t, member, ok := s.InstallCall(inv); ok {
			tls005Report(p, inv, Error, &t, fmt.Sprintf("%s runs Add-Type C# that sets %s to accept every certificate: TLS certificate validation is disabled for every later connection of the process%s",
				t.What, member, tls005Tail))
		}
	}
}

// tls005Constructions: callbacks given when an object is built: SslStream's
// constructor argument, or a property hashtable (MailKit clients).
func tls005Constructions(p *Pass, s *semantic.CertScan) {
	m := p.Model
	for _, c := range m.AllConstructions() {
		if t, member, ok := s.ConstructorInstall(c.TypeName); ok {
			tls005Report(p, c.Node, Error, &t, fmt.Sprintf("This new %s runs %s, C# (Add-Type) that sets %s to accept every certificate: TLS certificate validation is disabled for every later connection of the process%s",
				c.TypeName, t.What, member, tls005Tail))
			continue
		}
		if m.TypeIs(c.TypeName, "system.net.security.sslstream") && len(c.Args) >= 3 {
			// A stream used only to fetch the server's certificate for
			// inspection carries no data: not a finding.
			if c.Var != nil && m.CertificateGrabber(c.Var.ShortName(), m.Scope(c.Node), c.Node.End()) {
				continue
			}
			if t, ok := s.Callback(c.Args[2]); ok {
				tls005Report(p, c.Node, Error, &t, fmt.Sprintf("This SslStream is given %s as its certificate validation callback: TLS certificate validation is disabled for this stream%s",
					t.What, tls005Tail))
				continue
			}
		}
		h, ok := c.Props.(*parser.HashLit)
		if !ok {
			continue
		}
		for _, e := range h.Entries {
			key, ok := tls005Key(e.Key)
			if !ok || !(strings.EqualFold(key, "ServerCertificateValidationCallback") || strings.EqualFold(key, "ServerCertificateCustomValidationCallback")) {
				continue
			}
			if t, ok := s.Callback(e.Value); ok {
				tls005Report(p, c.Node, Error, &t, fmt.Sprintf("The new %s gets %s = %s: TLS certificate validation is disabled for this object's connections%s",
					c.TypeName, key, t.What, tls005Tail))
				break
			}
		}
	}
}

func tls005Key(k parser.Expr) (string, bool) {
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

// tls005Commands: -SkipCertificateCheck on the web cmdlets and
// New-PSSessionOption -SkipCACheck/-SkipCNCheck/-SkipRevocationCheck.
func tls005Commands(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		r := m.Resolve(c)
		if !r.Builtin {
			continue
		}
		switch r.Name {
		case "invoke-webrequest", "invoke-restmethod":
			b := m.Bind(c, semantic.Cmdlet(r.Name))
			a := b.Get("SkipCertificateCheck")
			if a == nil {
				continue
			}
			cmd := tls005CmdName(r.Name)
			state, level, how := tls005Switch(p, a, "-SkipCertificateCheck")
			if state == tls005Off {
				continue
			}
			msg := fmt.Sprintf("%s %s: TLS certificate validation is disabled for this request%s", cmd, how, tls005Tail)
			if state == tls005Maybe {
				msg = fmt.Sprintf("%s %s: TLS certificate validation is disabled for this request whenever that value is true%s", cmd, how, tls005Tail)
			}
			d := Diagnostic{Pos: c.Pos(), End: c.End(), Level: level, Message: msg, Related: splatRelated(m, b)}
			tls005Props(p, &d, c, state)
			p.Report(d)
		case "set-powercliconfiguration":
			b := m.Bind(c, semantic.Cmdlet(r.Name))
			a := b.Get("InvalidCertificateAction")
			if a == nil {
				continue
			}
			v := m.ArgValue(a, c.Pos())
			if v.Kind != semantic.String {
				continue
			}
			level := Error
			switch strings.ToLower(strings.TrimSpace(v.Str)) {
			case "ignore":
			case "warn":
				level = Warning
			default:
				continue
			}
			d := Diagnostic{Pos: c.Pos(), End: c.End(), Level: level, Related: splatRelated(m, b),
				Message: fmt.Sprintf("Set-PowerCLIConfiguration -InvalidCertificateAction %s: TLS certificate validation is disabled for Connect-VIServer (vCenter/ESXi) connections%s", v.Str, tls005Tail)}
			tls005Props(p, &d, c, tls005On)
			p.Report(d)
		case "new-pssessionoption":
			b := m.Bind(c, semantic.Cmdlet(r.Name))
			var on, maybe []string
			onlyRevocation := true
			for _, name := range []string{"SkipCACheck", "SkipCNCheck", "SkipRevocationCheck"} {
				a := b.Get(name)
				if a == nil {
					continue
				}
				state, _, how := tls005Switch(p, a, "-"+name)
				switch state {
				case tls005On:
					on = append(on, how)
				case tls005Maybe:
					maybe = append(maybe, how)
				default:
					continue
				}
				if name != "SkipRevocationCheck" {
					onlyRevocation = false
				}
			}
			if len(on)+len(maybe) == 0 {
				continue
			}
			level := Error
			state := tls005On
			if len(on) == 0 || onlyRevocation {
				level = Note
			}
			if len(on) == 0 {
				state = tls005Maybe
			}
			opts := strings.Join(append(on, maybe...), " ")
			uses, restOnly := tls005SessionOptionUses(m, c)
			msg := fmt.Sprintf("New-PSSessionOption %s: TLS certificate validation (issuer or host name) is disabled for the WinRM HTTPS sessions that use these options%s", opts, tls005Tail)
			switch {
			case onlyRevocation:
				msg = fmt.Sprintf("New-PSSessionOption %s: the revocation of the WinRM HTTPS server certificate is not checked for the sessions that use these options, so a certificate its CA has revoked is still trusted. Drop -SkipRevocationCheck.", opts)
			case restOnly:
				// ExchangeOnlineManagement 3.x connects over REST and uses
				// -PSSessionOption only with -UseRPSSession: today the option
				// changes nothing, but it is one switch away from doing so.
				level = Note
				msg = fmt.Sprintf("New-PSSessionOption %s is passed only to Connect-ExchangeOnline or Connect-IPPSSession without -UseRPSSession, which ignore -PSSessionOption (the module connects over REST): no certificate check is skipped today, but adding -UseRPSSession would turn the WinRM certificate checks off. Remove the option.", opts)
			case tls005PreferenceVariable(m, c):
				msg = fmt.Sprintf("$PSSessionOption = New-PSSessionOption %s: TLS certificate validation (issuer or host name) is disabled for every later remote session of the script that does not pass its own -SessionOption%s", opts, tls005Tail)
			}
			related := splatRelated(m, b)
			for _, u := range uses {
				related = append(related, Related{Pos: u.Pos(), End: u.End(), Message: "the options are used here"})
			}
			d := Diagnostic{Pos: c.Pos(), End: c.End(), Level: level, Message: msg, Related: related}
			tls005Props(p, &d, c, state)
			p.Report(d)
		}
	}
}

func tls005Props(p *Pass, d *Diagnostic, c *parser.Command, state tls005State) {
	props := map[string]any{}
	if state == tls005Maybe {
		props["confidence"] = "medium"
	}
	if fn := unreachableFunction(p.Model, c); fn != nil {
		props["reachable"] = false
	}
	if len(props) > 0 {
		d.Properties = props
	}
}

type tls005State int

const (
	tls005Off tls005State = iota
	tls005On
	tls005Maybe // the switch is given a value we cannot know
)

// tls005Switch classifies a bound switch: on (present, :$true, splat key
// with a true value), off (:$false) or maybe (a value we cannot know, such
// as the script's own switch parameter passed on), and describes it.
func tls005Switch(p *Pass, a *semantic.Arg, written string) (tls005State, Level, string) {
	how := written
	if a.FromSplat != nil {
		how = fmt.Sprintf("%s (from the splatted @%s)", written, a.FromSplat.Name)
	} else if a.Expr != nil {
		how = written + ":" + p.Text(a.Expr)
	}
	switch {
	case a.OnKnown && a.On:
		return tls005On, Error, how
	case a.OnKnown:
		return tls005Off, 0, how
	}
	return tls005Maybe, Note, how
}

func tls005CmdName(lc string) string {
	switch lc {
	case "invoke-webrequest":
		return "Invoke-WebRequest"
	case "invoke-restmethod":
		return "Invoke-RestMethod"
	}
	return lc
}

// tls005SessionOptionUses finds the commands that receive the options a
// New-PSSessionOption command builds: through a -SessionOption or
// -PSSessionOption argument that is the command itself (in parentheses) or
// the variable it is assigned to. restOnly is true when there is at least
// one use and every use is Connect-ExchangeOnline or Connect-IPPSSession
// without -UseRPSSession.
func tls005SessionOptionUses(m *semantic.Model, opt *parser.Command) (uses []*parser.Command, restOnly bool) {
	var assign *parser.AssignStmt
	if pl, ok := m.Parent(opt).(*parser.Pipeline); ok && len(pl.Elements) == 1 {
		if a, ok := m.Parent(pl).(*parser.AssignStmt); ok && a.Value == parser.Stmt(pl) {
			assign = a
		}
	}
	var varName string
	if assign != nil {
		if v, ok := assign.Target.(*parser.Variable); ok {
			varName = v.ShortName()
		}
	}
	restOnly = true
	for _, c := range m.Commands {
		if c == opt {
			continue
		}
		used := false
		for i, el := range c.Elements {
			prm, ok := el.(*parser.Parameter)
			if !ok {
				continue
			}
			n := strings.ToLower(prm.Name)
			if n != "sessionoption" && n != "pssessionoption" {
				continue
			}
			x := prm.Arg
			if x == nil && i+1 < len(c.Elements) {
				if a, ok := c.Elements[i+1].(*parser.Argument); ok {
					x = a.X
				}
			}
			switch {
			case x == nil:
			case opt.Pos() >= x.Pos() && opt.End() <= x.End():
				used = true
			case varName != "":
				if v, ok := x.(*parser.Variable); ok && strings.EqualFold(v.ShortName(), varName) && m.VarDef(v) == parser.Node(assign) {
					used = true
				}
			}
		}
		if !used {
			continue
		}
		uses = append(uses, c)
		r := m.Resolve(c)
		if !r.Builtin || (r.Name != "connect-exchangeonline" && r.Name != "connect-ippssession") {
			restOnly = false
			continue
		}
		b := m.Bind(c, semantic.Cmdlet(r.Name))
		if a := b.Get("UseRPSSession"); a != nil && !(a.OnKnown && !a.On) {
			restOnly = false
		}
	}
	return uses, restOnly && len(uses) > 0
}

// tls005PreferenceVariable reports New-PSSessionOption assigned to
// $PSSessionOption, the default options of every later session.
func tls005PreferenceVariable(m *semantic.Model, opt *parser.Command) bool {
	pl, ok := m.Parent(opt).(*parser.Pipeline)
	if !ok {
		return false
	}
	a, ok := m.Parent(pl).(*parser.AssignStmt)
	if !ok {
		return false
	}
	v, ok := a.Target.(*parser.Variable)
	return ok && strings.EqualFold(v.ShortName(), "PSSessionOption")
}
