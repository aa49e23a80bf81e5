package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "EXO001", Name: "onprem-inbound-connector", Level: Warning,
			Summary:          "An inbound connector of type OnPremises, the connector type attackers add to relay spam through a compromised tenant, is created or converted.",
			SecuritySeverity: "5.0", CWE: []int{940}, Precision: "high", Tags: []string{"security", "exchange-online"},
		},
		Run:      runEXO001,
		Requires: []*semantic.Analyzer{},
	})
}

const exo001Tail = "Make sure it is needed (hybrid mail flow or device relay), identify the sender by a certificate whose name is an accepted domain (TlsSenderCertificateName with RestrictDomainsToCertificate), require TLS, and review it regularly. " +
	"For some service offerings Exchange Online now creates such connectors disabled (contact Microsoft Support to enable them): check (Get-InboundConnector <name>).Enabled and the warning stream (-WarningVariable) instead of assuming mail flow works."

// runEXO001 reports New-/Set-InboundConnector with -ConnectorType
// OnPremises (any case, unique prefix, variable or splat).
func runEXO001(p *Pass) {
	m := p.Model
	for _, e := range exoCommands(m, cmdlets("new-inboundconnector", "set-inboundconnector")) {
		t, ok, a := e.enumArg(m, "ConnectorType", "Partner", "OnPremises")
		if !ok || t != "OnPremises" {
			continue
		}
		verb := "Creates an OnPremises inbound connector"
		if e.name == "set-inboundconnector" {
			verb = "Sets an inbound connector's type to OnPremises"
		}
		if n := e.constText(m, "Name", "Identity"); n != "" {
			verb += " ('" + n + "')"
		}
		msg := verb + ". It is the connector type attackers add to relay spam and malware through a compromised tenant. " + exo001Tail
		level := Warning
		enabled, known, _ := e.boolArg(m, "Enabled")
		switch {
		case e.whatIf():
			level = Note
			msg += " (-WhatIf: dry run.)"
		case e.name == "new-inboundconnector" && known && !enabled:
			level = Note
			msg += " (Created with -Enabled $false: enabling it later is the step to review.)"
		}
		report(p, e.c, level, msg, e.related(m, a))
	}
}
