package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchInputs reads the scripts under testdata/bench (written by us).
func benchInputs(b *testing.B) map[string]string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "bench", "*.ps*1"))
	if len(files) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	out := map[string]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out[filepath.Base(f)] = string(raw)
	}
	return out
}

// BenchmarkParse parses each benchmark script; -benchmem adds allocations.
func BenchmarkParse(b *testing.B) {
	for name, src := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseString(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseScaling parses one file made of all benchmark scripts
// repeated to about 1, 4 and 16 MB: MB/s must stay flat (linear time).
func BenchmarkParseScaling(b *testing.B) {
	var all strings.Builder
	for _, src := range benchInputs(b) {
		all.WriteString(src)
		all.WriteString("\n")
	}
	unit := all.String()
	for _, mb := range []int{1, 4, 16} {
		src := strings.Repeat(unit, max(1, mb<<20/len(unit)))
		b.Run(strings.Repeat("", 0)+itoa(mb)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("big.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNesting parses pathological nesting (script blocks that start
// like attributes, 10,000 parentheses): time must grow linearly with depth.
func BenchmarkNesting(b *testing.B) {
	for _, depth := range []int{50, 150} {
		src := strings.Repeat("{[a({", depth) + strings.Repeat("})]}", depth)
		b.Run("blocks"+itoa(depth), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ParseString("nest.ps1", src)
			}
		})
	}
	parens := strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000)
	b.Run("parens10000", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			ParseString("parens.ps1", parens)
		}
	})
}

// BenchmarkLex measures the lexer alone.
func BenchmarkLex(b *testing.B) {
	for name, src := range benchInputs(b) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				sc := newScanner(src, 0, len(src))
				for {
					k, _, _ := sc.next()
					if k == tEOF {
						break
					}
				}
			}
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	return string(d)
}

// BenchmarkStringSubexpr parses many subexpressions inside double-quoted
// strings: lines of "$(""x"")" (doubled quotes make the sub-parser read a
// rewritten copy of the text) and one long string of $(1) parts. ns/op per
// line must stay flat as the line count grows (linear time).
func BenchmarkStringSubexpr(b *testing.B) {
	for _, lines := range []int{2500, 5000, 10000, 20000} {
		src := strings.Repeat("\"$(\"\"x\"\")\"\n", lines)
		b.Run("doubled"+itoa(lines), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("q.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, parts := range []int{2500, 10000} {
		src := "\"" + strings.Repeat("$(1)", parts) + "\""
		b.Run("onestring"+itoa(parts), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("q.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
