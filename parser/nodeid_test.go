package parser

import "testing"

// TestNodeID: a parsed tree starts unnumbered; SetNodeID numbers every
// kind of node (all embed Span) and NodeID reads it back; a synthetic
// Span value, which is not a node of a tree, has no number.
func TestNodeID(t *testing.T) {
	f, err := ParseString("t.ps1", "function f($a) { Send-MailMessage -To $a @p }\n$x = [int]'1' + @{k = 1}.k\nclass C { [int] M() { return 1 } }\n")
	if err != nil || len(f.Errors) > 0 {
		t.Fatal(err, f.Errors)
	}
	n := 0
	Inspect(f.Script, func(x Node) bool {
		if NodeID(x) != 0 {
			t.Errorf("%T numbered before any walk", x)
		}
		n++
		SetNodeID(x, n)
		return true
	})
	if n < 30 {
		t.Fatalf("only %d nodes", n)
	}
	i := 0
	Inspect(f.Script, func(x Node) bool {
		i++
		if NodeID(x) != i {
			t.Errorf("%T: NodeID %d, want %d", x, NodeID(x), i)
		}
		return true
	})
	s := Span{Start: 1, Stop: 2}
	SetNodeID(s, 5)
	if NodeID(s) != 0 || NodeID(nil) != 0 {
		t.Error("a Span value or nil has a number")
	}
}

// TestNodeCount: NodeCount equals the nodes a walk finds, also where the
// parser's checks skip a subtree (a splatted argument, an attribute on an
// expression that is not a variable, a [ref] target combined with a type).
func TestNodeCount(t *testing.T) {
	for _, src := range []string{
		"",
		"Send-MailMessage @p -To $a",
		"$y = [ValidateNotNull()][int](1 + $a.B)",
		"[ref][int]$x = $a + 1",
		"[int][ref]$x.Y = 1; [ref][ref]$z",
		"function f { param([int]$a) try { 1 } finally { return } }",
	} {
		f, err := ParseString("t.ps1", src)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		Inspect(f.Script, func(Node) bool { n++; return true })
		if f.NodeCount() != n || n == 0 || countNodes(f.Script) != n {
			t.Errorf("%q: NodeCount() = %d, a walk finds %d nodes", src, f.NodeCount(), n)
		}
	}
}
