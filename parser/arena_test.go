package parser

import (
	"strings"
	"testing"
)

// TestArenaNodesDistinct: nodes handed out from the arena's blocks are
// distinct, keep their own fields past a block boundary, and those of a
// string's $( ) sub-parser come from the same arena. The script repeats
// every kind the arena serves more often than a block holds.
func TestArenaNodesDistinct(t *testing.T) {
	unit := "[int]$a = (Get-Item -Path x $b.C).D(1, 'e') + @{k = \"v $($f[0] ?? 2)\"}.k; if ($g) { h }\n"
	src := strings.Repeat(unit, 300)
	f, err := ParseString("t.ps1", src)
	if err != nil || len(f.Errors) > 0 {
		t.Fatal(err, f.Errors)
	}
	checkSpans(t, f)
	seen := map[Node]bool{}
	Inspect(f.Script, func(n Node) bool {
		if seen[n] {
			t.Fatalf("%T at %d appears twice in the tree", n, n.Pos())
		}
		seen[n] = true
		return true
	})
	if len(seen) != f.NodeCount() {
		t.Errorf("%d distinct nodes, NodeCount %d", len(seen), f.NodeCount())
	}
	// Every statement is the same: its dump must not depend on where in
	// a block its nodes landed.
	want := Dump(f.Script.Body[0])
	for i, s := range f.Script.Body {
		if i%2 == 0 && Dump(s) != want {
			t.Fatalf("statement %d differs from the first:\n%s\n%s", i, Dump(s), want)
		}
	}
}
