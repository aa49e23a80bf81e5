package inventory

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// TestInventoryAgreesWithRules: over every rule fixture, the inventory's
// TLS 1.2 column and credential sources say what the TLS and AUTH rules
// concluded on the same model. They disagreed: with #Requires -PSEdition
// Core and a -UseSsl send TLS003 was rightly quiet while the inventory said
// "1.2 not ensured".
func TestInventoryAgreesWithRules(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "rules", "*", "*.ps1"))
	if err != nil || len(paths) < 100 {
		t.Fatalf("fixtures: %d, %v", len(paths), err)
	}
	literalSends := 0
	opts := testOptions()
	opts.Enabled = func(*rules.Rule) bool { return true }
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res := scan.Bytes(path, raw, opts)
		row := reduce(Row{Path: path}, &res, opts.Config)
		fired := map[string]bool{}
		for _, d := range res.Findings {
			fired[d.Rule] = true
		}
		rel, _ := filepath.Rel(filepath.Join("..", "..", ".."), path)
		not12 := row.TLS.TLS12 == "not ensured" || row.TLS.TLS12 == "ensured on some paths"
		if not12 != fired["TLS003"] {
			t.Errorf("%s: inventory TLS 1.2 %q, TLS003 reported: %v", rel, row.TLS.TLS12, fired["TLS003"])
		}
		// The other direction: a send whose credential the AUTH rules'
		// secret tracer follows to a literal is listed as a stored literal,
		// and an AUTH rule reported it.
		for _, snd := range res.Model.Sends() {
			x := sendCredential(snd)
			if _, userName := x.(*parser.StringLit); x == nil || userName {
				continue // -Credential 'user' prompts for the password
			}
			if _, ok := res.Model.SecretOf(x); !ok {
				continue
			}
			literalSends++
			if !slices.Contains(row.Credentials, mailfacts.CredLiteral) {
				t.Errorf("%s: a send's credential is a literal, but the inventory lists %q", rel, row.Credentials)
			}
			if !fired["AUTH001"] && !fired["AUTH002"] && !fired["AUTH003"] {
				t.Errorf("%s: a send's credential is a literal, but no AUTH001/AUTH002/AUTH003 finding", rel)
			}
		}
		for _, c := range row.Credentials {
			// A secret written in the script: the AUTH rules report it.
			// (Import-Clixml is listed wherever a credential comes from a
			// Clixml file, AUTH009 only where one is used for a sign-in.)
			if c == mailfacts.CredLiteral && !fired["AUTH001"] && !fired["AUTH002"] && !fired["AUTH003"] {
				t.Errorf("%s: inventory credential %q, but no AUTH001/AUTH002/AUTH003 finding", rel, c)
			}
		}
	}
	if literalSends < 3 {
		t.Errorf("only %d fixture sends have a literal credential: the reverse check proves little", literalSends)
	}
}

// sendCredential returns the credential expression of a Send-MailMessage
// (-Credential) or SmtpClient (.Credentials = …) send, or nil.
func sendCredential(s semantic.Send) parser.Expr {
	switch s.Kind {
	case semantic.SendMailMessage:
		if s.Binding != nil {
			if a := s.Binding.Get("Credential"); a != nil {
				return a.Expr
			}
		}
	case semantic.SmtpClient:
		if a, ok := s.CredentialsAt.(*parser.AssignStmt); ok {
			return semantic.StmtExpr(a.Value)
		}
	}
	return nil
}
