package rules

import "github.com/psmailscan/psmailscan/rules/semantic"

import "strconv"

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH002", Name: "hardcoded-credential-object", Level: Error,
			Summary:          "A credential object or authenticating call is built from a secret written in the script.",
			SecuritySeverity: "8.8", CWE: []int{798}, Precision: "high", Tags: []string{"security", "credentials"},
		},
		Run:      runAUTH002,
		Requires: []*semantic.Analyzer{semantic.ObjectsAnalyzer, semantic.SecretsAnalyzer},
	})
}

// runAUTH002 reports, once each, the credential constructions
// (PSCredential, NetworkCredential, WebCredentials), NetworkCredential
// .Password writes, Authenticate(user, password) calls, literal access
// tokens and CDO sendpassword fields whose secret is literal-derived
// (catalog D2, D3, D12, AUTH002). The result is where the credential is
// built; related locations point at the literal, the way it took
// (variables, ConvertTo-SecureString) and the places that use the object.
// Passing a reported credential on is not reported again.
func runAUTH002(p *Pass) {
	m := p.Model
	sites := auth002Sites(m)
	if len(sites) == 0 {
		return
	}
	vars := m.Variables()
	for _, s := range sites {
		if s.Placeholder && m.IsTestFile() {
			continue // Pester tests use dummy values on purpose: nothing is pasted there
		}
		if s.Placeholder {
			related := originRelated(m, s.Origin, s.Node)
			if s.Construction != nil {
				related = append(related, credentialUses(m, s.Construction, vars)...)
			}
			p.Report(Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Level: Note, Related: related,
				Message: placeholderMessage(m, "The "+s.Sink+" of this credential", s.Origin)})
			continue
		}
		msg := "Credential built from a hard-coded secret (" + s.Sink + "): " + secretLabel(m, s.Origin)
		if s.Origin.Convert != nil && s.Construction != nil {
			msg += ", converted with ConvertTo-SecureString -AsPlainText"
		}
		if o := s.Origin; o.Construction != nil && o.Construction != s.Node {
			msg += ", taken from the " + o.CredType + " built on line " + strconv.Itoa(secretLine(m, o.Construction.Pos()))
		}
		msg += ". Anyone who can read the script can sign in with it. " + secretFixAdvice
		related := originRelated(m, s.Origin, s.Node)
		if s.Construction != nil {
			related = append(related, credentialUses(m, s.Construction, vars)...)
		}
		d := Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg, Related: related}
		if s.Origin.Param {
			d.Properties = map[string]any{"confidence": "medium"}
		}
		p.Report(d)
	}
}
