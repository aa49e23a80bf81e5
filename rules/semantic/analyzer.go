package semantic

import (
	"fmt"
	"testing"
)

// Analyzer is one domain analysis of a file, declared the way
// golang.org/x/tools/go/analysis declares its analyzers: a name after its
// domain (mail sends, TLS, secrets, EWS, Exchange Online and hybrid), a
// one-line doc, and the analyzers whose results it reads. The core of the
// model (the node index, scopes, command resolution, parameter binding and
// the value walker) is not an analyzer: everything may use it.
//
// The model runs an analyzer at most once per file, on first use, and
// keeps its result; rules and views read results through the model's
// typed methods (Sends, TLSFlow, …), so a file pays only for what the
// enabled rules and views ask for. A rule names the analyzers it uses in
// its Requires; under `go test` the model checks every use against the
// Requires of the rule or analyzer that is running and panics on an
// undeclared one, so the declarations cannot drift from the code.
type Analyzer struct {
	// Name is the analyzer's domain, lower case ("mailsends", "tlsflow").
	Name string
	// Doc says what the result holds, in one sentence.
	Doc string
	// Requires are the analyzers whose results Run reads.
	Requires []*Analyzer
	// run computes the result; it is set by the file that owns the
	// domain (see analyzerRuns), not here, because a run function refers
	// back to analyzers through the model's accessors and Go refuses such
	// cycles in package-level initialisers.
	run func(m *Model) any
}

func (a *Analyzer) String() string { return a.Name }

// Analyzers lists every domain analyzer, in dependency order (each after
// the analyzers it requires).
var Analyzers = []*Analyzer{ObjectsAnalyzer, TypeRefsAnalyzer, AssembliesAnalyzer, HTTPCallsAnalyzer,
	MailSendsAnalyzer, LegacyMailAnalyzer, TLSWritesAnalyzer, TLSFlowAnalyzer, GraphFlowAnalyzer,
	EWSAnalyzer, SecretsAnalyzer, ServicePrincipalAnalyzer, MailFactsAnalyzer}

// The domain analyzers.
var (
	// ObjectsAnalyzer: the .NET objects the script constructs.
	ObjectsAnalyzer = &Analyzer{Name: "objects", Doc: "object constructions (New-Object, [T]::new, [T]@{}) with their arguments and variables"}
	// TypeRefsAnalyzer: every type name the script writes.
	TypeRefsAnalyzer = &Analyzer{Name: "typerefs", Doc: "type names written in the script, classified by use",
		Requires: []*Analyzer{ObjectsAnalyzer}}
	// AssembliesAnalyzer: assembly loads.
	AssembliesAnalyzer = &Analyzer{Name: "assemblies", Doc: "assembly loads (Add-Type, Import-Module of a DLL, [Reflection.Assembly]::Load*, using assembly)"}
	// HTTPCallsAnalyzer: web requests.
	HTTPCallsAnalyzer = &Analyzer{Name: "httpcalls", Doc: "HTTP calls (Invoke-RestMethod, Invoke-WebRequest, New-WebServiceProxy, WebClient) with their URLs",
		Requires: []*Analyzer{ObjectsAnalyzer}}
	// MailSendsAnalyzer: SMTP sends.
	MailSendsAnalyzer = &Analyzer{Name: "mailsends", Doc: "SMTP sends (Send-MailMessage, SmtpClient, MailKit, CDO) with host, port, TLS and credentials",
		Requires: []*Analyzer{ObjectsAnalyzer}}
	// LegacyMailAnalyzer: COM objects that send mail.
	LegacyMailAnalyzer = &Analyzer{Name: "legacymail", Doc: "COM objects (CDO, Outlook) the script creates, and CDO configuration writes"}
	// TLSWritesAnalyzer: SecurityProtocol writes.
	TLSWritesAnalyzer = &Analyzer{Name: "tlswrites", Doc: "writes to [Net.ServicePointManager]::SecurityProtocol with their values"}
	// TLSFlowAnalyzer: TLS 1.2 state at each STARTTLS send.
	TLSFlowAnalyzer = &Analyzer{Name: "tlsflow", Doc: "whether TLS 1.2 is ensured, in script order, before each STARTTLS send",
		Requires: []*Analyzer{MailSendsAnalyzer, TLSWritesAnalyzer}}
	// GraphFlowAnalyzer: Connect-MgGraph state at each Graph send.
	GraphFlowAnalyzer = &Analyzer{Name: "graphflow", Doc: "whether a Connect-MgGraph ran, in script order, before each Microsoft Graph send"}
	// EWSAnalyzer: EWS endpoint writes.
	EWSAnalyzer = &Analyzer{Name: "ews", Doc: "EWS endpoint writes (.Url = …) of ExchangeService objects"}
	// SecretsAnalyzer: where values used as secrets come from.
	SecretsAnalyzer = &Analyzer{Name: "secrets", Doc: "secret origins: literals reaching passwords, keys and credentials, stored-secret reads",
		Requires: []*Analyzer{ObjectsAnalyzer}}
	// ServicePrincipalAnalyzer: the shared Exchange Online service principal.
	ServicePrincipalAnalyzer = &Analyzer{Name: "serviceprincipal", Doc: "references to the shared Office 365 Exchange Online service principal and credentials added to it",
		Requires: []*Analyzer{ObjectsAnalyzer}}
	// MailFactsAnalyzer: the inventory's view of the whole file.
	MailFactsAnalyzer = &Analyzer{Name: "mailfacts", Doc: "what the file does with mail: methods, hosts, ports, TLS, credential sources, Exchange Online, modules",
		Requires: []*Analyzer{ObjectsAnalyzer, TypeRefsAnalyzer, AssembliesAnalyzer, HTTPCallsAnalyzer, MailSendsAnalyzer,
			LegacyMailAnalyzer, TLSWritesAnalyzer, TLSFlowAnalyzer, GraphFlowAnalyzer, SecretsAnalyzer}}
)

// analyzerRuns wires each analyzer to the function that computes it.
func init() {
	ObjectsAnalyzer.run = func(m *Model) any { return m.allConstructions() }
	TypeRefsAnalyzer.run = func(m *Model) any { return m.typeRefsUncached() }
	AssembliesAnalyzer.run = func(m *Model) any { return m.assemblyLoads() }
	HTTPCallsAnalyzer.run = func(m *Model) any { return m.httpCalls() }
	MailSendsAnalyzer.run = func(m *Model) any { return m.sends() }
	LegacyMailAnalyzer.run = func(m *Model) any { return m.comCreations() }
	TLSWritesAnalyzer.run = func(m *Model) any { return m.tlsWritesIndexed() }
	TLSFlowAnalyzer.run = func(m *Model) any { return m.tlsFlow() }
	GraphFlowAnalyzer.run = func(m *Model) any { return m.graphFlow() }
	EWSAnalyzer.run = func(m *Model) any { return m.endpointWrites() }
	// Query analyzers: their answers depend on the question (SecretOf(x),
	// mailfacts.Of(m, scope)); the model checks their use (EnterQuery) and the
	// values they follow are cached by the core.
	for _, a := range []*Analyzer{SecretsAnalyzer, ServicePrincipalAnalyzer, MailFactsAnalyzer} {
		a.run = func(*Model) any { return struct{}{} }
	}
}

// checkRequires is on in test binaries: an undeclared use panics there,
// never in a user's scan.
var checkRequires = testing.Testing()

// requireFrame is the rule or analyzer running and what it may use.
type requireFrame struct {
	owner   string
	allowed map[*Analyzer]bool
}

// closure returns the analyzers in reqs and everything they require.
func closure(reqs []*Analyzer) map[*Analyzer]bool {
	out := map[*Analyzer]bool{}
	var add func(a *Analyzer)
	add = func(a *Analyzer) {
		if out[a] {
			return
		}
		out[a] = true
		for _, r := range a.Requires {
			add(r)
		}
	}
	for _, a := range reqs {
		add(a)
	}
	return out
}

// Enter marks the start of a rule's (or a view's) use of the model: until
// the matching Leave, the model checks under `go test` that only the
// analyzers in requires (and what they require) are used.
func (m *Model) Enter(owner string, requires []*Analyzer) {
	if checkRequires {
		m.frames = append(m.frames, requireFrame{owner: owner, allowed: closure(requires)})
	}
}

// Leave ends the use Enter started.
func (m *Model) Leave() {
	if checkRequires && len(m.frames) > 0 {
		m.frames = m.frames[:len(m.frames)-1]
	}
}

// result returns a's result for the file, running it (and, through its
// accessors, what it requires) on first use.
func result[T any](m *Model, a *Analyzer) T {
	if checkRequires {
		m.checkUse(a)
	}
	if v, ok := m.results[a]; ok {
		return v.(T)
	}
	if m.results == nil {
		m.results = map[*Analyzer]any{}
	}
	if checkRequires {
		m.frames = append(m.frames, requireFrame{owner: "analyzer " + a.Name, allowed: closure(a.Requires)})
		defer func() { m.frames = m.frames[:len(m.frames)-1] }()
	}
	v := a.run(m)
	m.results[a] = v
	return v.(T)
}

// EnterQuery starts a query of an analyzer that answers questions rather
// than holding one result: it checks that the running rule or analyzer
// may use a and, under go test, lets the query use what a requires. When
// it returns true the caller must call Leave when the query is done.
func (m *Model) EnterQuery(a *Analyzer) bool {
	if !checkRequires {
		return false
	}
	m.checkUse(a)
	allowed := closure(a.Requires)
	allowed[a] = true
	m.frames = append(m.frames, requireFrame{owner: "analyzer " + a.Name, allowed: allowed})
	return true
}

// checkUse panics when the running rule or analyzer did not require a
// (nothing is running: any use is allowed).
func (m *Model) checkUse(a *Analyzer) {
	if len(m.frames) == 0 {
		return
	}
	if top := m.frames[len(m.frames)-1]; !top.allowed[a] {
		panic(fmt.Sprintf("semantic: %s uses analyzer %q without requiring it", top.owner, a.Name))
	}
}
