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
