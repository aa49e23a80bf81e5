package semantic

import (
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

func exoModel(t *testing.T, src string) *Model {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil {
		t.Fatal(err)
	}
	return New("t.ps1", f, nil)
}

// lastVar returns the last use of a variable named name.
func lastVar(m *Model, name string) *parser.Variable {
	var out *parser.Variable
	parser.Inspect(m.File.Script, func(n parser.Node) bool {
		if v, ok := n.(*parser.Variable); ok && v.ShortName() == name {
			out = v
		}
		return true
	})
	return out
}

// TestVarDefSkipsSelfReference: the $a read on the right of its own
// assignment is the one bound before it (PowerShell evaluates the right
// side first); also with a foreach over its own loop variable.
func TestVarDefSkipsSelfReference(t *testing.T) {
	m := exoModel(t, "$a = 'x'\n$a = $a + 'y'\n")
	use := lastVar(m, "a") // the $a on the right of the second assignment
	if got := m.VarDef(use); got != parser.Node(m.Assigns[0]) {
		t.Fatalf("VarDef = %v, want the first assignment", got)
	}
	m = exoModel(t, "$x = Get-Item a\nforeach ($x in $x.Items) { $x }\n")
	var inCollection *parser.Variable
	for _, v := range m.Variables() {
		if v.ShortName() == "x" && inCollection == nil && v.Pos() > m.Assigns[0].End() {
			if _, ok := m.Parent(v).(*parser.MemberExpr); ok {
				inCollection = v
			}
		}
	}
	if inCollection == nil {
		t.Fatal("no $x in the foreach collection")
	}
	if got := m.VarDef(inCollection); got != parser.Node(m.Assigns[0]) {
		t.Fatalf("foreach collection: VarDef = %v, want the assignment before the loop", got)
	}
}

func TestExoServicePrincipal(t *testing.T) {
	cases := []struct {
		src  string
		want SPKind
	}{
		{"$x = '00000002-0000-0FF1-CE00-000000000000'\n$x", SPID},
		{"$sp = Get-MgServicePrincipal -Filter \"appId eq '00000002-0000-0ff1-ce00-000000000000'\"\n$sp.Id", SPID},
		{"$sp = Get-MgServicePrincipal -Filter \"appId eq '00000002-0000-0ff1-ce00-000000000000'\"\n$sp", SPObject},
		{"$sp = Get-MgServicePrincipal -All | Where-Object AppId -ne '00000002-0000-0ff1-ce00-000000000000'\n$sp.Id", SPNone},
		{"$sp = Get-MgServicePrincipal -Filter \"appId eq '00000003-0000-0ff1-ce00-000000000000'\"\n$sp.Id", SPNone},
		{"$sp = Get-AzureADServicePrincipal -SearchString 'Office 365 Exchange Online'\n$sp.ObjectId", SPID},
	}
	for _, c := range cases {
		m := exoModel(t, c.src)
		st := m.File.Script.Statements()
		x := StmtExpr(st[len(st)-1])
		if got := m.ExoServicePrincipal(x).Kind; got != c.want {
			t.Errorf("%q: kind %v, want %v", c.src, got, c.want)
		}
	}
}

func TestCredentialsAdded(t *testing.T) {
	cases := []struct {
		src  string
		want Adds
	}{
		{"@()", AddsNo},
		{"$null", AddsNo},
		{"$sp.KeyCredentials | Where-Object { $_.EndDateTime -gt (Get-Date) }", AddsNo},
		{"@($sp.KeyCredentials) + @{ Type = 'AsymmetricX509Cert'; Key = $c.RawData }", AddsYes},
		{"$l = [System.Collections.Generic.List[object]]::new()\nforeach ($k in $sp.KeyCredentials) { $l.Add([pscustomobject]@{ key = $k.key }) }\n$l", AddsNo},
		{"$l = [System.Collections.Generic.List[object]]::new()\n$l.Add(@{ key = $b64 })\n$l", AddsYes},
		{"$unknown", AddsUnknown},
	}
	for _, c := range cases {
		m := exoModel(t, c.src)
		st := m.File.Script.Statements()
		x := StmtExpr(st[len(st)-1])
		if x == nil {
			x = &parser.ParenExpr{Span: parser.Span{Start: st[len(st)-1].Pos(), Stop: st[len(st)-1].End()}, X: st[len(st)-1]}
		}
		if got, _ := m.CredentialsAdded(x); got != c.want {
			t.Errorf("%q: %v, want %v", c.src, got, c.want)
		}
	}
}
