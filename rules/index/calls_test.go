package index

import (
	"reflect"
	"testing"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

// TestCallsRoundTrip: packed calls unpack to what was packed, in order and
// from any call's offset, with values of every varint width, offsets that
// go back (a call nested in an earlier one's arguments), with and without
// the TLS state recorded.
func TestCallsRoundTrip(t *testing.T) {
	in := []Call{
		{Name: "send-report", In: -1, Local: 2, TLS: semantic.IsEnsured, Pos: 0, End: 11, Line: 1, Column: 1, EndLine: 1, EndColumn: 12},
		{Name: `notify\send-opsalert`, In: 0, Local: -1, TLS: semantic.MaybeEnsured, Pos: 70000, End: 90000, Line: 2100, Column: 130, EndLine: 2300, EndColumn: 3},
		{Name: "get-thing", In: 0, Local: -1, Pos: 200, End: 240, Line: 9, Column: 4, EndLine: 9, EndColumn: 44},
		{Name: "send-report", In: 300, Local: -1, Pos: 1 << 30, End: 1<<30 + 5, Line: 1 << 24, Column: 1, EndLine: 1 << 24, EndColumn: 6},
	}
	for _, tls := range []bool{true, false} {
		want := append([]Call(nil), in...)
		if !tls {
			for i := range want {
				want[i].TLS = semantic.NotEnsured
			}
		}
		b := encodeCalls(in, tls)
		if len(b) == 0 || len(b) > 1+16*len(in) {
			t.Fatalf("packed into %d bytes", len(b))
		}
		s := &FileSummary{calls: b, NumCalls: len(in)}
		if got := s.Calls(); !reflect.DeepEqual(got, want) {
			t.Fatalf("TLS %v: got %+v\nwant %+v", tls, got, want)
		}
		list := nameTable.snapshot()
		type at struct {
			off             int
			basePos, baseLn int32
		}
		var ats []at
		for r := newCallReader(b, list); r.more(); {
			_, off, p, l := r.next()
			ats = append(ats, at{off, p, l})
		}
		for i := len(ats) - 1; i >= 0; i-- { // any order
			if c := newCallReader(b, list).at(ats[i].off, ats[i].basePos, ats[i].baseLn); c != want[i] {
				t.Errorf("TLS %v: call %d at %d: got %+v, want %+v", tls, i, ats[i].off, c, want[i])
			}
		}
	}
	if encodeCalls(nil, true) != nil {
		t.Error("no calls: want nil")
	}
	// Names are interned: the same name is one string in the table.
	if a, b := nameTable.intern("send-report"), nameTable.intern(string([]byte("send-report"))); a != b || nameTable.id(a) != nameTable.id(b) {
		t.Error("the same name interned twice")
	}
}
