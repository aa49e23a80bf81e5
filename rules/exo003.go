package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "EXO003", Name: "inbound-connector-enabled", Level: Note,
			Summary:          "An inbound connector is enabled explicitly, which changes who can inject mail into the tenant.",
			SecuritySeverity: "4.0", CWE: []int{284}, Precision: "medium", Tags: []string{"security", "exchange-online"},
		},
		Run:      runEXO003,
		Requires: []*semantic.Analyzer{},
	})
}

const exo003Message = "Enabling an inbound connector changes who can inject mail into the tenant. For OnPremises connectors some service offerings block this step and require Microsoft Support; " +
	"make it a reviewed change (one connector, by name) and verify the result with (Get-InboundConnector <name>).Enabled and the warning stream."

// runEXO003 reports Set-InboundConnector -Enabled $true and
// New-InboundConnector -ConnectorType OnPremises -Enabled $true.
func runEXO003(p *Pass) {
	m := p.Model
	for _, e := range exoCommands(m, cmdlets("new-inboundconnector", "set-inboundconnector")) {
		on, known, a := e.boolArg(m, "Enabled")
		if !known || !on {
			continue
		}
		msg := exo003Message
		if e.name == "new-inboundconnector" {
			t, ok, _ := e.enumArg(m, "ConnectorType", "Partner", "OnPremises")
			if !ok || t != "OnPremises" {
				continue
			}
			msg = "Creates an OnPremises inbound connector with -Enabled $true. " + msg
		}
		if inLoop(m, e.c) || e.b.Piped {
			msg += " This command enables connectors in bulk."
		}
		report(p, e.c, Note, msg, e.related(m, a))
	}
}
