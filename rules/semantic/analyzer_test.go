package semantic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

// TestAnalyzers: names are unique, every analyzer can run, and each comes
// after the analyzers it requires (so the list is also proof there is no
// cycle).
func TestAnalyzers(t *testing.T) {
	pos := map[*Analyzer]int{}
	names := map[string]bool{}
	for i, a := range Analyzers {
		if names[a.Name] {
			t.Errorf("analyzer name %q used twice", a.Name)
		}
		names[a.Name] = true
		if a.run == nil || a.Doc == "" || a.Name != strings.ToLower(a.Name) {
			t.Errorf("analyzer %q: run set %v, doc %q", a.Name, a.run != nil, a.Doc)
		}
		for _, r := range a.Requires {
			if _, ok := pos[r]; !ok {
				t.Errorf("analyzer %q requires %q, which is not listed before it", a.Name, r.Name)
			}
		}
		pos[a] = i
	}
}

// TestRequiresChecked: under go test, a use the running rule did not
// declare panics, a declared one (and what it requires) does not, and
// results are computed once.
func TestRequiresChecked(t *testing.T) {
	m := model(t, "$c = New-Object System.Net.Mail.SmtpClient('relay', 25)\n$c.Send('a', 'b', 's', 'b')\n")
	m.Enter("rule TEST1", []*Analyzer{TLSFlowAnalyzer})
	if n := len(m.TLSFlow()); n != 0 {
		t.Errorf("TLSFlow: %d sends, want 0 (no STARTTLS)", n)
	}
	if n := len(m.Sends()); n != 1 { // required by tlsflow
		t.Errorf("Sends: %d, want 1", n)
	}
	func() {
		defer func() {
			v := recover()
			if v == nil || !strings.Contains(v.(string), `rule TEST1 uses analyzer "secrets" without requiring it`) {
				t.Errorf("undeclared use: recovered %v", v)
			}
		}()
		m.SecretOf(m.Assigns[0].Target)
	}()
	m.Leave()
	if len(m.frames) != 0 {
		t.Errorf("frames left: %d", len(m.frames))
	}
	first, again := m.Sends(), m.Sends()
	if &first[0] != &again[0] {
		t.Error("Sends recomputed: the analyzer result is not kept")
	}
}

// TestIndexInSourceOrder: the node lists are in source order (Escapes
// and others search them by position), on every rule fixture; and Resolve's
// cache finds each command at its own index.
func TestIndexInSourceOrder(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "rules", "*", "*.ps1"))
	if len(paths) < 100 {
		t.Fatalf("fixtures: %d", len(paths))
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseString(p, string(b))
		if err != nil {
			t.Fatal(err)
		}
		m := New(p, f, nil)
		for i := 1; i < len(m.Commands); i++ {
			if m.Commands[i].Pos() < m.Commands[i-1].Pos() {
				t.Errorf("%s: command %d starts before the one listed before it", p, i)
			}
		}
		for i, c := range m.Commands {
			if got := m.commandIndex(c); got != i {
				t.Errorf("%s: command %d found at %d", p, i, got)
			}
		}
		for i := len(m.Commands) - 1; i >= 0; i -= 2 { // asked out of order
			if got := m.commandIndex(m.Commands[i]); got != i {
				t.Errorf("%s: command %d asked backwards, found at %d", p, i, got)
			}
		}
		for i := 1; i < len(m.Invokes); i++ {
			if m.Invokes[i].Pos() < m.Invokes[i-1].Pos() {
				t.Errorf("%s: method call %d starts before the one listed before it", p, i)
			}
		}
	}
}
