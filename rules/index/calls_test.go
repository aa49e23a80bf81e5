package index

import (
	"reflect"
	"testing"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

// TestCallsRoundTrip: packed calls unpack to what was packed, from the
// start or from any call's offset, with values of every varint width.
func TestCallsRoundTrip(t *testing.T) {
	in := []Call{
		{Name: "send-report", In: -1, Local: 2, TLS: semantic.IsEnsured, Pos: 0, End: 11, Line: 1, Column: 1, EndLine: 1, EndColumn: 12},
		{Name: `notify\send-opsalert`, In: 0, Local: -1, TLS: semantic.MaybeEnsured, Pos: 200, End: 70000, Line: 9, Column: 130, EndLine: 2100, EndColumn: 3},
		{Name: "send-report", In: 300, Local: -1, Pos: 1 << 30, End: 1<<30 + 5, Line: 1 << 24, Column: 1, EndLine: 1 << 24, EndColumn: 6},
	}
	b := encodeCalls(in)
	if len(b) == 0 || len(b) > 16*len(in) {
		t.Fatalf("packed into %d bytes", len(b))
	}
	s := &FileSummary{calls: b, NumCalls: len(in)}
	if got := s.Calls(); !reflect.DeepEqual(got, in) {
		t.Fatalf("got %+v\nwant %+v", got, in)
	}
	list := nameTable.snapshot()
	for i, off := 0, 0; off < len(b); i++ {
		c, next := decodeCall(b, off, list)
		if c != in[i] {
			t.Errorf("call %d at %d: got %+v, want %+v", i, off, c, in[i])
		}
		off = next
	}
	if encodeCalls(nil) != nil {
		t.Error("no calls: want nil")
	}
	// Names are interned: the same name is one string in the table.
	if a, b := nameTable.intern("send-report"), nameTable.intern(string([]byte("send-report"))); a != b || nameTable.id(a) != nameTable.id(b) {
		t.Error("the same name interned twice")
	}
}
