package inventory

import (
	"strings"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// fillFacts fills a scanned script's row from the mail facts of the model
// the rules read (mailfacts.Of) and from the rules' findings:
// Exchange Online relevance counts the EXO rules that fired, and the
// verdict follows the rules' metadata.
func fillFacts(row *Row, m *semantic.Model, findings []rules.Diagnostic, cfg *rules.Config) {
	cfg = cfg.OrDefault()
	f := mailfacts.Of(m, nil, cfg.AssumeTls12Configured)
	var seen []rules.Diagnostic
	for _, d := range findings {
		if d.Suppressed == nil {
			seen = append(seen, d)
		}
	}
	row.SendMethods = f.Methods
	row.SendsMail = f.SendsMail()
	row.SMTPHosts = f.Hosts
	row.SMTPPorts = f.Ports
	row.TLS = TLSFacts{State: f.TLSState, Modes: f.TLSModes, TLS12: f.TLS12, WeakProtocols: f.WeakProtocols}
	row.Credentials = f.Credentials
	exoRule := false
	for _, d := range seen {
		if r := rules.Lookup(d.Rule); r != nil && r.ExchangeOnline {
			exoRule = true
		}
	}
	row.EXO = EXOFacts{Hosts: f.EXOHosts, Cmdlets: f.EXOCmdlets, Connectors: f.Connectors, Hybrid: f.Hybrid,
		// Exchange cmdlets that also exist on premises (Get-Mailbox) and
		// Send/Receive connectors are listed but alone do not make a script
		// relevant to Exchange Online.
		Relevant: f.EXOOnly || exoRule}
	row.Modules = f.Modules
	row.Verdict, row.VerdictReason = verdict(row, f, seen)
}

// verdict decides what a script needs, from the rules' findings (their
// ManualPort and CoveredByRewrite metadata) and its mail facts.
func verdict(row *Row, f *mailfacts.Facts, seen []rules.Diagnostic) (string, string) {
	// Spans of Send-MailMessage calls whose rewrite is exact.
	type span struct{ pos, end int }
	var exact, template []span
	for _, d := range seen {
		if d.Rule != "MAIL001" {
			continue
		}
		if d.GraphRewrite == rules.GraphRewriteTemplate {
			template = append(template, span{d.Pos, d.End})
		} else {
			exact = append(exact, span{d.Pos, d.End})
		}
	}
	covered := func(d rules.Diagnostic, r *rules.Rule) bool {
		if !r.CoveredByRewrite {
			return false
		}
		for _, s := range exact {
			if d.Pos >= s.pos && d.Pos < s.end {
				return true
			}
		}
		return false
	}
	var reasons []string
	seenReason := map[string]bool{}
	addReason := func(r string) {
		if !seenReason[r] {
			seenReason[r] = true
			reasons = append(reasons, r)
		}
	}
	if row.Status == StatusParseError && (row.SendsMail || row.EXO.Relevant) {
		addReason("syntax errors: the analysis may be incomplete")
	}
	if len(template) > 0 {
		addReason("Send-MailMessage with arguments not known statically: the Graph rewrite is a template to complete")
	}
	for _, d := range seen {
		if r := rules.Lookup(d.Rule); r != nil && r.ManualPort != "" && !covered(d, r) {
			addReason(r.ManualPort)
		}
	}
	if smtpClient := rules.Lookup("MAIL004").ManualPort; f.Uses(mailfacts.MethodSmtpClient) && !seenReason[smtpClient] {
		addReason(smtpClient)
	}
	switch {
	case len(reasons) > 0:
		return VerdictManual, strings.Join(reasons, "; ")
	case len(exact) > 0:
		return VerdictRewrite, "every Send-MailMessage call has an exact Microsoft Graph rewrite (in the findings)"
	case f.Uses(mailfacts.MethodGraph):
		return VerdictReady, "already sends through Microsoft Graph"
	case row.SendsMail:
		return VerdictReady, "nothing in the script depends on retiring mail or authentication paths"
	}
	return VerdictNoMail, "sends no mail; nothing in it depends on a retiring authentication path"
}
