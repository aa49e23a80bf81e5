package sarif_test

import (
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/psmailscan/psmailscan/sarif"
)

// TestLineHashesMatchReference: LineHashes (which stops once every line
// asked for has its hash) gives what the straightforward algorithm gives
// over the whole file, on every script under testdata and on generated
// text with repeated lines (counts above 1), CR LF, lone CR, tabs,
// characters outside the BMP and invalid UTF-8, for all lines, a few, and
// lines past the end.
func TestLineHashesMatchReference(t *testing.T) {
	var inputs [][]byte
	filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(path), ".ps1") && len(inputs) < 300 {
			if b, err := os.ReadFile(path); err == nil {
				inputs = append(inputs, b)
			}
		}
		return nil
	})
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"Send-MailMessage -To a", "\t$x = 1", "", "  ", "\r\n", "\r", "\n", "é😀", "\xff\xfe", strings.Repeat("y", 150), "# c"}
	for i := 0; i < 200; i++ {
		var b strings.Builder
		for j := rng.IntN(60); j >= 0; j-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) == 0 {
				b.WriteByte('\n')
			}
		}
		inputs = append(inputs, []byte(b.String()))
	}
	if len(inputs) < 250 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	for i, raw := range inputs {
		n := strings.Count(string(raw), "\n") + strings.Count(string(raw), "\r") + 2
		all, few := map[int]bool{}, map[int]bool{}
		for l := 1; l <= n; l++ {
			all[l] = true
			if rng.IntN(4) == 0 {
				few[l] = true
			}
		}
		for _, lines := range []map[int]bool{all, few, {1: true}, {n + 5: true}} {
			got, want := sarif.LineHashes(raw, lines), referenceLineHashes(raw, lines)
			if !maps.Equal(got, want) {
				t.Fatalf("input %d (%q…), %d lines: got %v, want %v", i, raw[:min(len(raw), 40)], len(lines), got, want)
			}
		}
	}
}

// referenceLineHashes is LineHashes as first written: every line of the
// file hashed and counted.
func referenceLineHashes(raw []byte, lines map[int]bool) map[int]string {
	const block, mod, eof = 100, 37, 65535
	out := map[int]string{}
	var firstMod uint64 = 1
	for i := 0; i < block; i++ {
		firstMod *= mod
	}
	var window [block]uint64
	var lineNumbers [block]int
	for i := range lineNumbers {
		lineNumbers[i] = -1
	}
	var hash uint64
	index, lineNumber := 0, 0
	lineStart, prevCR := true, false
	counts := map[uint64]int{}
	emit := func() {
		counts[hash]++
		if ln := lineNumbers[index]; lines[ln] {
			out[ln] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		}
		lineNumbers[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = mod*hash + c - firstMod*begin
		index = (index + 1) % block
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		if c == '\r' {
			c = '\n'
			prevCR = true
		} else {
			prevCR = false
		}
		if lineNumbers[index] != -1 {
			emit()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNumbers[index] = lineNumber
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		i += n
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			process(uint64(hi))
			process(uint64(lo))
			continue
		}
		process(uint64(r))
	}
	process(eof)
	for i := 0; i < block; i++ {
		if lineNumbers[index] != -1 {
			emit()
		}
		update(0)
	}
	return out
}

// BenchmarkLineHashes hashes lines of the benchmark scripts repeated to
// about 4 MB: lines spread over the whole file, and only in its first
// quarter (LineHashes stops after the last one); "reference" is the
// whole-file algorithm it replaced.
func BenchmarkLineHashes(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "bench", "*.ps*1"))
	var unit []byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		unit = append(append(unit, raw...), '\n')
	}
	if len(unit) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	raw := []byte(strings.Repeat(string(unit), max(1, 4<<20/len(unit))))
	n := strings.Count(string(raw), "\n")
	spread, quarter := map[int]bool{}, map[int]bool{}
	for l := 1; l < n; l += 372 {
		spread[l] = true
		if l < n/4 {
			quarter[l] = true
		}
	}
	for _, c := range []struct {
		name  string
		lines map[int]bool
	}{{"spread", spread}, {"quarter", quarter}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for i := 0; i < b.N; i++ {
				sarif.LineHashes(raw, c.lines)
			}
		})
		b.Run(c.name+"-reference", func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for i := 0; i < b.N; i++ {
				referenceLineHashes(raw, c.lines)
			}
		})
	}
}
