package formats

import (
	"io"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	w := func(s string) func(io.Writer, int) error {
		return func(out io.Writer, n int) error { _, err := io.WriteString(out, strings.Repeat(s, n)); return err }
	}
	tab := Table[int]{{"text", w("t")}, {"json", w("j")}, {"csv", w("c")}}
	if got := tab.Names(); got != "text, json or csv" {
		t.Errorf("Names = %q", got)
	}
	if got := tab.Default(); got != "text" {
		t.Errorf("Default = %q", got)
	}
	var b strings.Builder
	if err := tab.Lookup("json")(&b, 2); err != nil || b.String() != "jj" {
		t.Errorf("json wrote %q, %v", b.String(), err)
	}
	if tab.Lookup("xml") != nil || tab.Lookup("JSON") != nil {
		t.Error("unknown names must give nil")
	}
	if got := (Table[int]{{"csv", w("c")}}).Names(); got != "csv" {
		t.Errorf("one format: %q", got)
	}
}
