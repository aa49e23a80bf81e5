package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "EXO002", Name: "inbound-connector-weakened", Level: Warning,
			Summary:          "An inbound connector is weakened: TLS not required, mail treated as internal, hybrid header promotion set by hand, domain restrictions removed or IP-only identification.",
			SecuritySeverity: "6.5", CWE: []int{319, 940}, Precision: "high", Tags: []string{"security", "exchange-online"},
		},
		Run:      runEXO002,
		Requires: []*semantic.Analyzer{},
	})
}

// runEXO002 reports New-/Set-InboundConnector settings that weaken an
// inbound connector, one result per command listing every signal at the
// highest of their levels (catalog 0.5).
func runEXO002(p *Pass) {
	m := p.Model
	for _, e := range exoCommands(m, cmdlets("new-inboundconnector", "set-inboundconnector")) {
		var signals []string
		var args []*semantic.Arg
		level := Level(0)
		add := func(l Level, msg string, a *semantic.Arg) {
			signals = append(signals, msg)
			args = append(args, a)
			if l > level {
				level = l
			}
		}
		ctype, typeKnown, ta := e.enumArg(m, "ConnectorType", "Partner", "OnPremises")
		onPrem := typeKnown && ctype == "OnPremises"
		partner := typeKnown && ctype == "Partner"

		if v, known, a := e.boolArg(m, "RequireTls"); known && !v {
			if onPrem {
				add(Error, "RequireTls $false lets this OnPremises connector, the type used to relay mail through the tenant, accept mail without TLS.", a)
			} else {
				add(Warning, "RequireTls $false lets this connector accept mail without TLS.", a)
			}
		}
		if v, known, a := e.boolArg(m, "TreatMessagesAsInternal"); known && v {
			add(Warning, "TreatMessagesAsInternal $true makes mail from this connector look internal so that protections are skipped; Microsoft limits it to non-Exchange on-premises systems.", a)
		}
		if v, known, a := e.boolArg(m, "CloudServicesMailEnabled"); known && v {
			add(Warning, "CloudServicesMailEnabled $true (cross-premises header promotion) should only be set by the Hybrid Configuration Wizard.", a)
		}
		if partner {
			if domains, ok, _ := e.stringsArg(m, "SenderDomains"); ok && len(domains) > 0 && !anyAll(domains) {
				if v, known, a := e.boolArg(m, "RestrictDomainsToIPAddresses"); known && !v {
					add(Warning, "RestrictDomainsToIPAddresses $false on a Partner connector for specific sender domains accepts mail that claims those domains from any IP address.", a)
				}
				if v, known, a := e.boolArg(m, "RestrictDomainsToCertificate"); known && !v {
					add(Warning, "RestrictDomainsToCertificate $false on a Partner connector for specific sender domains accepts mail that claims those domains without checking the sender's certificate.", a)
				}
			}
		}
		if ips := e.b.Get("SenderIPAddresses"); ips != nil && onPrem && !e.b.UnknownSplat {
			cert := e.b.Get("TlsSenderCertificateName")
			noCert := cert == nil && e.name == "new-inboundconnector"
			if cert != nil {
				if v := m.ArgValue(cert, e.c.Pos()); v.Kind == semantic.Null || v.Kind == semantic.String && strings.TrimSpace(v.Str) == "" {
					noCert = true
				}
			}
			if noCert {
				add(Note, "The OnPremises connector identifies the sending server by IP address only; IP addresses shared with other tenants or relays mis-attribute mail (Microsoft MC1226222). Prefer a certificate whose subject or SAN is an accepted domain (TlsSenderCertificateName).", ips)
			}
		}
		if ips, ok, a := e.stringsArg(m, "SenderIPAddresses"); ok {
			var wide []string
			for _, ip := range ips {
				if strings.HasSuffix(strings.TrimSpace(ip), "/24") {
					wide = append(wide, strings.TrimSpace(ip))
				}
			}
			if len(wide) > 0 {
				add(Note, "SenderIPAddresses includes "+strings.Join(wide, ", ")+", the widest range the parameter accepts; list single hosts or narrower ranges.", a)
			}
		}
		if len(signals) == 0 {
			continue
		}
		what := "This command weakens an inbound connector"
		if n := e.constText(m, "Name", "Identity"); n != "" {
			what += " ('" + n + "')"
		}
		msg := what + ": " + strings.Join(signals, " ") +
			" Keep RequireTls $true, leave TreatMessagesAsInternal and CloudServicesMailEnabled to the Hybrid Configuration Wizard, and identify senders by certificate (TlsSenderCertificateName naming an accepted domain) and/or restrict by IP where the sender domains are specific."
		report(p, e.c, level, msg, e.related(m, append(args, ta)...))
	}
}

// anyAll reports a list with an entry that stands for every domain.
func anyAll(ds []string) bool {
	for _, d := range ds {
		if addressIsAll(d) {
			return true
		}
	}
	return false
}
