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

// pipelineListsCase: pipelines of one, two and three elements, more of
// them than a block holds, with an error in some (the first element of
// each pipeline comes from the arena; see TestPipelineListsOwnTheirRoom).
// It also seeds FuzzParse.
var pipelineListsCase = strings.Repeat("a | b\nc\nd | e | f\n$x = g\n(1 | h\n", 120)

// TestPipelineListsOwnTheirRoom: a pipeline's element list handed out from
// the arena has no room past its element, so appending to one pipeline's
// list (as the parser does for a | b) never writes into the next
// pipeline's.
func TestPipelineListsOwnTheirRoom(t *testing.T) {
	f, err := ParseString("t.ps1", pipelineListsCase)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, f)
	var pipes []*Pipeline
	Inspect(f.Script, func(n Node) bool {
		if pl, ok := n.(*Pipeline); ok {
			pipes = append(pipes, pl)
		}
		return true
	})
	if len(pipes) < 400 {
		t.Fatalf("%d pipelines", len(pipes))
	}
	for i, pl := range pipes {
		checkOwnItems(t, "pipeline", pl, pl.Elements)
		if cap(pl.Elements) == 1 {
			before := pipes[(i+1)%len(pipes)].Elements[0]
			grown := append(pl.Elements, nil)
			if pipes[(i+1)%len(pipes)].Elements[0] != before || &grown[0] == &pl.Elements[0] {
				t.Fatalf("pipeline %d: appending to its list wrote into the block", i)
			}
		}
	}
}

// listsCase: commands of 1 to 12 elements and blocks of 1 to 10
// statements, nested, more of them than a block of the arena holds, with
// errors in some. It also seeds FuzzParse.
var listsCase = func() string {
	var sb strings.Builder
	for i := 0; i < 60; i++ {
		sb.WriteString("Send-MailMessage")
		for j := 0; j < i%12; j++ {
			sb.WriteString(" -P a")
		}
		sb.WriteString("\nif ($x) {")
		for j := 0; j <= i%10; j++ {
			sb.WriteString(" g $(h -a b c; k) ;")
		}
		if i%7 == 0 {
			sb.WriteString(" (1 +")
		}
		sb.WriteString(" }\n")
	}
	return sb.String()
}()

// TestListsOwnTheirRoom: command elements and statement lists stored in
// the arena are their own, with no room past their end (appending to one
// copies it out rather than writing over the next list).
func TestListsOwnTheirRoom(t *testing.T) {
	f, err := ParseString("t.ps1", listsCase)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, f)
	cmds, blocks := 0, 0
	Inspect(f.Script, func(n Node) bool {
		switch n := n.(type) {
		case *Command:
			cmds++
			checkNoRoom(t, "command", n, n.Elements)
			checkOwnItems(t, "command", n, n.Elements)
		case *StmtBlock:
			blocks++
			checkNoRoom(t, "block", n, n.Body)
			checkOwnItems(t, "block", n, n.Body)
		}
		return true
	})
	if cmds < 500 || blocks < 60 {
		t.Fatalf("%d commands, %d blocks", cmds, blocks)
	}
}

// checkOwnItems fails unless every item of a node's list lies inside the
// node, after the item before it.
func checkOwnItems[T Node](t *testing.T, what string, parent Node, items []T) {
	t.Helper()
	for i, it := range items {
		if it.Pos() < parent.Pos() || it.End() > parent.End() || i > 0 && it.Pos() < items[i-1].End() {
			t.Fatalf("%s at %d: item %d is not its own", what, parent.Pos(), i)
		}
	}
}

// checkNoRoom fails when a node's list has room past its end.
func checkNoRoom[T Node](t *testing.T, what string, parent Node, items []T) {
	t.Helper()
	if cap(items) != len(items) {
		t.Fatalf("%s at %d: %d items, room for %d", what, parent.Pos(), len(items), cap(items))
	}
}
