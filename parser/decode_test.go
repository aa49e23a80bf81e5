package parser

import (
	"encoding/binary"
	"maps"
	"math/rand"
	"slices"
	"testing"
	"unicode/utf16"
	"unsafe"
)

// decodeUTF16Reference is the straightforward decoding decodeUTF16
// replaced: through []uint16 and utf16.Decode.
func decodeUTF16Reference(b []byte, order binary.ByteOrder) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(u))
}

// TestDecodeUTF16 checks the one-pass decoder against utf16.Decode on the
// edge cases (pairs, lone and reversed surrogates, a surrogate at the end,
// an odd last byte) and on random units weighted towards surrogates.
func TestDecodeUTF16(t *testing.T) {
	units := [][]uint16{
		{},
		{'a', 'b'},
		{0xD83D, 0xDE00},            // a pair: U+1F600
		{0xD83D},                    // lone high at the end
		{0xDE00, 'x'},               // lone low
		{0xDE00, 0xD83D},            // reversed pair
		{0xD83D, 0xD83D, 0xDE00},    // high, then a pair
		{0xD83D, 'x', 0xDE00},       // split pair
		{0x00E9, 0x20AC, 0xFFFD, 0}, // é € U+FFFD NUL
	}
	rng := rand.New(rand.NewSource(1))
	pick := []uint16{'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF}
	for k := 0; k < 2000; k++ {
		u := make([]uint16, rng.Intn(12))
		for i := range u {
			if rng.Intn(2) == 0 {
				u[i] = pick[rng.Intn(len(pick))]
			} else {
				u[i] = uint16(rng.Intn(0x10000))
			}
		}
		units = append(units, u)
	}
	for _, u := range units {
		for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
			b := make([]byte, 2*len(u), 2*len(u)+1)
			for i, c := range u {
				order.PutUint16(b[2*i:], c)
			}
			for _, in := range [][]byte{b, append(b, 0x41)} { // and with an odd last byte
				if got, want := decodeUTF16(in, order), decodeUTF16Reference(in, order); got != want {
					t.Fatalf("decodeUTF16(%x, %v) = %q, want %q", in, order, got, want)
				}
			}
		}
	}
}

// BenchmarkDecodeUTF16 decodes the benchmark scripts saved as UTF-16 LE
// with a byte-order mark (how Windows PowerShell ISE and Out-File save them).
func BenchmarkDecodeUTF16(b *testing.B) {
	inputs := benchInputs(b)
	names := slices.Sorted(maps.Keys(inputs))
	raw := []byte{0xFF, 0xFE}
	for _, name := range names {
		for _, c := range utf16.Encode([]rune(inputs[name])) {
			raw = binary.LittleEndian.AppendUint16(raw, c)
		}
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("bench.ps1", raw); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecodeOwned: DecodeOwned gives the same Source as Decode for every
// encoding, and shares the buffer only for UTF-8 text.
func TestDecodeOwned(t *testing.T) {
	inputs := [][]byte{
		[]byte("Get-Date\r\n"),
		[]byte("\xEF\xBB\xBFSend-MailMessage\n"),
		{0xFF, 0xFE, 'a', 0, '\n', 0},
		[]byte("caf\xe9\n"),
		{},
	}
	for _, raw := range inputs {
		want, werr := Decode("t.ps1", raw)
		got, gerr := DecodeOwned("t.ps1", append([]byte(nil), raw...))
		if (werr == nil) != (gerr == nil) || (werr == nil && (got.Text != want.Text || got.Encoding != want.Encoding || got.CRLF != want.CRLF)) {
			t.Errorf("DecodeOwned(%q) = %+v, %v; Decode: %+v, %v", raw, got, gerr, want, werr)
		}
	}
	raw := []byte("Get-Date")
	src, _ := DecodeOwned("t.ps1", raw)
	if unsafe.StringData(src.Text) != &raw[0] {
		t.Error("DecodeOwned copied UTF-8 text")
	}
}
