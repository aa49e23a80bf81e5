package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH001", Name: "securestring-from-literal", Level: Error,
			Summary:          "ConvertTo-SecureString -AsPlainText turns a password written in the script into a SecureString.",
			SecuritySeverity: "7.5", CWE: []int{798, 259}, Precision: "very-high", Tags: []string{"security", "credentials"},
		},
		Run:      runAUTH001,
		Requires: []*semantic.Analyzer{semantic.SecretsAnalyzer},
	})
}

// runAUTH001 reports ConvertTo-SecureString -AsPlainText calls whose string
// (named, positional, splatted or piped) is literal-derived (catalog D1,
// D13). Empty strings and 'anonymous' are not secrets; a template
// placeholder ('<password>', 'yourPassword') gives a note (catalog AUTH001). The note for
// non-literal strings (reportNonLiteralPlainText) is off by default and
// Config has no such setting yet, so it is never emitted.
func runAUTH001(p *Pass) {
	m := p.Model
	for _, s := range auth001Sites(m) {
		if s.Placeholder && m.IsTestFile() {
			continue // Pester tests use dummy values on purpose: nothing is pasted there
		}
		if s.Placeholder {
			p.Report(Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Level: Note, Related: originRelated(m, s.Origin, s.Node),
				Message: placeholderMessage(m, "The "+s.Sink+" converted with -AsPlainText", s.Origin)})
			continue
		}
		msg := "A " + s.Sink + " is hard-coded here and converted with -AsPlainText: " + secretLabel(m, s.Origin) +
			". It is readable by anyone with the script, its history or logs. " + secretFixAdvice
		if s.Sink == "certificate password" {
			msg += " Import the certificate into the certificate store and use -CertificateThumbprint instead of a .pfx password."
		}
		d := Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg, Related: originRelated(m, s.Origin, s.Node)}
		if s.Origin.Param {
			d.Properties = map[string]any{"confidence": "medium"}
		}
		p.Report(d)
	}
}
