package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// GraphSendKind says how a script sends mail through Microsoft Graph.
type GraphSendKind uint8

// Graph send kinds.
const (
	// GraphSendMail is Send-MgUserMail (or the beta module's Send-MgBetaUserMail).
	GraphSendMail GraphSendKind = iota + 1
	// GraphSendMessage is Send-MgUserMessage: a draft from New-MgUserMessage sent.
	GraphSendMessage
	// GraphRequest is Invoke-MgGraphRequest POST to …/sendMail or …/messages/{id}/send.
	GraphRequest
)

// graphSendCmdlets are the Microsoft Graph PowerShell SDK commands that send mail.
var graphSendCmdlets = map[string]GraphSendKind{
	"send-mgusermail": GraphSendMail, "send-mgbetausermail": GraphSendMail,
	"send-mgusermessage": GraphSendMessage, "send-mgbetausermessage": GraphSendMessage,
}

// GraphSendKindOf reports whether c sends mail through the Microsoft Graph
// PowerShell SDK, which needs a Connect-MgGraph session in the process.
func (m *Model) GraphSendKindOf(c *parser.Command) (GraphSendKind, bool) {
	r := m.Resolve(c)
	if !r.Builtin {
		return 0, false
	}
	if k, ok := graphSendCmdlets[r.Name]; ok {
		return k, true
	}
	if r.Name != "invoke-mggraphrequest" {
		return 0, false
	}
	req, ok := m.RestRequest(c)
	if !ok || req.Method != "POST" {
		return 0, false
	}
	uri := strings.TrimRight(strings.SplitN(req.URI, "?", 2)[0], "/'\"")
	if strings.HasSuffix(uri, "/sendmail") || strings.Contains(uri, "/messages/") && strings.HasSuffix(uri, "/send") {
		return GraphRequest, true
	}
	return 0, false
}

// notGraphConnects are Connect-* commands of other products: they give the
// Graph SDK no session.
var notGraphConnects = map[string]bool{
	"connect-exchangeonline": true, "connect-ippssession": true, "connect-azaccount": true, "connect-azuread": true,
	"connect-msolservice": true, "connect-pnponline": true, "connect-microsoftteams": true, "connect-sposervice": true,
	"connect-viserver": true, "connect-azureaduser": true, "connect-exopssession": true, "connect-aipservice": true,
}

// GraphFlow returns, for each Microsoft Graph mail send of the file,
// whether a Connect-MgGraph ran before it in script order (catalog H.3
// style): Connect-MgGraph connects, Disconnect-MgGraph disconnects, calls of
// functions in the file and in dot-sourced files are followed, and a
// Connect-* command from elsewhere (a tenant's own wrapper) may connect.
// State IsEnsured means connected on every way to the send.
func (m *Model) GraphFlow() []*TLSAtSend {
	return result[[]*TLSAtSend](m, GraphFlowAnalyzer)
}

func (m *Model) graphFlow() []*TLSAtSend {
	w := &flowWalker{root: m, sends: map[parser.Node]Send{}, results: map[parser.Node]*TLSAtSend{},
		stack: map[*parser.FunctionDef]bool{}, walked: map[*parser.FunctionDef]bool{}, imported: map[string]funcRef{},
		effect: graphEffect}
	for _, c := range m.Commands {
		if _, ok := m.GraphSendKindOf(c); ok {
			w.sends[c] = Send{Node: c}
		}
	}
	return w.run(m)
}

// graphEffect is what a command does to the Graph session.
func graphEffect(_ *Model, _ *parser.Command, r Resolved, st flowState) flowState {
	switch {
	case r.Func != nil:
		// A local function: its body is followed instead.
	case r.Name == "connect-mggraph":
		st.ensured, st.reset = IsEnsured, false
	case r.Name == "disconnect-mggraph":
		st.ensured, st.reset = NotEnsured, true
	case strings.HasPrefix(r.Name, "connect-") && !notGraphConnects[r.Name]:
		st.ensured = mergeEnsured(st.ensured, IsEnsured)
	}
	return st
}
