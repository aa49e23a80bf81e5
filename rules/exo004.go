package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "EXO004", Name: "outbound-connector-weak-transport", Level: Warning,
			Summary:          "An outbound connector weakens transport security (TlsSettings EncryptionOnly, MTA-STS or DANE off) or reroutes all outbound mail to smart hosts.",
			SecuritySeverity: "5.3", CWE: []int{295, 319}, Precision: "high", Tags: []string{"security", "exchange-online"},
		},
		Run:      runEXO004,
		Requires: []*semantic.Analyzer{},
	})
}

// runEXO004 reports New-/Set-OutboundConnector settings that weaken
// outbound transport, one result per command (catalog 0.5).
func runEXO004(p *Pass) {
	m := p.Model
	for _, e := range exoCommands(m, cmdlets("new-outboundconnector", "set-outboundconnector")) {
		var signals []string
		var args []*semantic.Arg
		level := Level(0)
		tlsSignal := false
		add := func(l Level, msg string, a *semantic.Arg) {
			signals = append(signals, msg)
			args = append(args, a)
			if l > level {
				level = l
			}
		}
		if v, ok, a := e.enumArg(m, "TlsSettings", "EncryptionOnly", "CertificateValidation", "DomainValidation"); ok && v == "EncryptionOnly" {
			add(Warning, "TlsSettings EncryptionOnly encrypts without checking the receiving server's certificate; use CertificateValidation, or DomainValidation with TlsDomain.", a)
			tlsSignal = true
		}
		if v, ok, a := e.enumArg(m, "MtaStsMode", "Opportunistic", "None"); ok && v == "None" {
			add(Warning, "MtaStsMode None sends without MTA-STS validation, so downgrades and spoofed MX redirection go unnoticed.", a)
		}
		if v, ok, a := e.enumArg(m, "SmtpDaneMode", "Opportunistic", "Mandatory", "None"); ok && v == "None" {
			add(Warning, "SmtpDaneMode None sends without DANE validation, so downgrades and spoofed MX redirection go unnoticed.", a)
		}
		hosts, hostsKnown, ha := e.stringsArg(m, "SmartHosts")
		hostText := "the smart hosts"
		if hostsKnown && len(hosts) > 0 {
			hostText = strings.Join(hosts, ", ")
		}
		if domains, ok, da := e.stringsArg(m, "RecipientDomains"); ok && anyAll(domains) && ha != nil {
			if v, known, _ := e.boolArg(m, "UseMXRecord"); known && !v {
				add(Warning, "This connector sends all outbound mail (RecipientDomains *) to "+hostText+"; confirm that this is your own gateway — diverting all mail is also an intruder's technique.", da)
			}
		}
		if t, ok, _ := e.enumArg(m, "ConnectorType", "Partner", "OnPremises"); ok && t == "Partner" && ha != nil && !e.b.UnknownSplat {
			tls := e.b.Get("TlsSettings")
			unset := tls == nil && e.name == "new-outboundconnector"
			if tls != nil {
				if v := m.ArgValue(tls, e.c.Pos()); v.Kind == semantic.Null {
					unset = true
				}
			}
			if unset {
				add(Note, "This Partner connector sends to "+hostText+" without TlsSettings: TLS is opportunistic and the certificate is not checked; set TlsSettings DomainValidation with TlsDomain.", ha)
				tlsSignal = true
			}
		}
		if len(signals) == 0 {
			continue
		}
		what := "This command weakens an outbound connector"
		if n := e.constText(m, "Name", "Identity"); n != "" {
			what += " ('" + n + "')"
		}
		msg := what + ": " + strings.Join(signals, " ")
		if tlsSignal {
			msg += " (Outbound connectors have no RequireTls parameter: TlsSettings sets the TLS level.)"
		}
		report(p, e.c, level, msg, e.related(m, args...))
	}
}
