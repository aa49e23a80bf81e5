package parser

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// lineStartsScan is lineStarts as it was, a look at every byte: the
// reference for the IndexByte path.
func lineStartsScan(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineStartsCases: each way a line can end, alone and mixed, at either end
// of the text. Each also seeds FuzzDecode.
var lineStartsCases = []string{
	"", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n", "\n\n", "a\nb", "a\r\nb\r\n",
	"a\rb", "a\r\nb\rc\nd", "\r\n\r\n\r", "é\r\n😀\n", "line\r\nlast",
}

func TestLineStarts(t *testing.T) {
	check := func(text string) {
		t.Helper()
		got, want := lineStarts(text), lineStartsScan(text)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("lineStarts(%q) = %v, want %v", text, got, want)
		}
		if cap(got) != len(got) {
			t.Fatalf("lineStarts(%q): capacity %d for %d lines", text, cap(got), len(got))
		}
	}
	for _, c := range lineStartsCases {
		check(c)
	}
	rng := rand.New(rand.NewSource(5))
	pieces := []string{"a", "é", "\n", "\r\n", "\r", " ", "\n\n"}
	for k := 0; k < 500; k++ {
		var sb strings.Builder
		for i := rng.Intn(60); i >= 0; i-- {
			p := pieces[rng.Intn(len(pieces))]
			if k%2 == 0 && p == "\r" {
				p = "\r\n" // half the texts take the IndexByte path
			}
			sb.WriteString(p)
		}
		check(sb.String())
	}
}

// BenchmarkLineStarts tables the benchmark scripts with CR LF and with LF
// line ends, and with a lone CR (the byte-by-byte path).
func BenchmarkLineStarts(b *testing.B) {
	text := strings.Repeat("Send-MailMessage -To $to -From $from -Subject 'report' -SmtpServer $relay\r\n", 2000)
	for _, c := range []struct{ name, text string }{
		{"crlf", text},
		{"lf", strings.ReplaceAll(text, "\r\n", "\n")},
		{"lone-cr", "\r" + text},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for i := 0; i < b.N; i++ {
				lineStarts(c.text)
			}
		})
	}
}
