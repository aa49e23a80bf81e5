package parser

import (
	"strings"
	"testing"
)

// TestClassChecksStopAtNestedClass: the checks of a method look at its own
// statements, not into a class defined inside it (whose methods they check
// on their own): the [int] N's `return 1` is not a [void] M's return.
func TestClassChecksStopAtNestedClass(t *testing.T) {
	src := "class A { [void] M() { class B { [int] N() { return 1 } } } }"
	f, err := ParseString("nested.ps1", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Errors {
		if e.ID == "VoidMethodHasReturn" || e.ID == "VariableNotLocal" {
			t.Errorf("%s: %s (%s)", src, f.ErrorString(e), e.ID)
		}
	}
	// The inner method is still checked.
	src = "class A { [void] M() { class B { [void] N() { return 1 } } } }"
	f, _ = ParseString("nested.ps1", src)
	if len(f.Errors) != 1 || f.Errors[0].ID != "VoidMethodHasReturn" || f.Errors[0].Pos != strings.Index(src, "return") {
		t.Errorf("%s: want one VoidMethodHasReturn at the inner return, got %v", src, f.Errors)
	}
}

// BenchmarkNestedClassRecovery parses a fuzzer's slowest shape: `class
// A{A(){$0` left open and repeated, so that each class nests in the
// method before it. Every method's checks walked all the classes below it
// (quadratic: 50 lines 2 ms, 400 lines 737 ms for the whole scan); time
// must now grow linearly with the lines.
func BenchmarkNestedClassRecovery(b *testing.B) {
	for _, n := range []int{100, 400} { // below the nesting limit, where parsing stops nesting
		src := strings.Repeat("ClAss A{A(){$0000000000\n", n)
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("nested.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
