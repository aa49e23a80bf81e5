package semantic

import (
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// legacyTLSHosts are Exchange Online's opt-in SMTP AUTH endpoints that
// still accept TLS 1.0/1.1 (catalog C.6): worldwide and 21Vianet.
var legacyTLSHosts = []string{"smtp-legacy.office365.com", "smtp-legacy.partner.outlook.cn"}

// IsLegacyTLSHost reports one of Exchange Online's legacy TLS endpoints,
// case-insensitively, ignoring surrounding blanks and a trailing dot.
func IsLegacyTLSHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(host)), ".")
	for _, l := range legacyTLSHosts {
		if h == l {
			return true
		}
	}
	return false
}

// SMTPHostValue is a host name an SMTP sink is given, when it is known.
type SMTPHostValue struct {
	Host string
	// Node is the literal the name is written in; Def the assignment it came through.
	Node, Def parser.Node
	// ParamDefault is true when the name is a script or function
	// parameter's default: what the script uses unless the caller passes another.
	ParamDefault bool
}

// SMTPHostOf reads a value as a host name: a constant string, or the default
// of the parameter the value comes from.
func SMTPHostOf(v Value) (SMTPHostValue, bool) {
	switch {
	case v.Kind == String:
		return SMTPHostValue{Host: v.Str, Node: v.Node, Def: v.Def}, true
	case v.Kind == Unknown && v.Param && v.Str != "":
		return SMTPHostValue{Host: v.Str, Node: v.Node, ParamDefault: true}, true
	}
	return SMTPHostValue{}, false
}

// SMTPHostAt evaluates an expression as a host name at a position.
func (m *Model) SMTPHostAt(x parser.Expr, at int) (SMTPHostValue, bool) {
	if x == nil {
		return SMTPHostValue{}, false
	}
	return SMTPHostOf(m.Eval(x, at))
}

// VarRebound returns the offset of the next assignment to the variable
// (lower-case short name) in scope after from, or -1: object state read
// from a construction ends there.
func (m *Model) VarRebound(name string, scope parser.Node, from int) int {
	sd := m.defsIn(name, scope)
	if sd == nil {
		return -1
	}
	if i := sort.SearchInts(sd.all, from+1); i < len(sd.all) {
		return sd.all[i]
	}
	return -1
}
