package parser

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// skipToBoundaryScan is skipToBoundary as it was: every opener met is
// pushed and scanned through. TestSkipToBoundaryJumps checks the jumps
// against it.
func (p *parser) skipToBoundaryScan(open []lexer.TokenType) bool {
	for {
		t := p.peek()
		switch t.kind {
		case tEOF:
			return len(open) == 0
		case tNewline, tSemi:
			if len(open) == 0 {
				return true
			}
		case tLParen, tLBrace, tAtParen, tAtBrace, tDollarParen, tLBracket:
			open = append(open, t.kind)
		case tRParen, tRBrace, tRBracket:
			n := len(open)
			if n == 0 {
				if t.kind != tRBracket {
					return true
				}
				break
			}
			if !closes(t.kind, open[n-1]) {
				if t.kind == tRBracket {
					break
				}
				return false
			}
			open = open[:n-1]
		}
		p.next()
	}
}

// tokenized returns a parser holding src's tokens, as parseSource fills it.
func tokenized(src string) *parser {
	p := &parser{src: src, full: src, a: newNodeArena(len(src))}
	sc := newScanner(src, 0, len(src))
	for {
		kind, pos, end := sc.next()
		if kind == tComment {
			continue
		}
		p.toks = append(p.toks, pack(tok{kind: kind, pos: pos, end: end}))
		if kind == tEOF {
			return p
		}
	}
}

// TestSkipToBoundaryJumps: from every token of random bracket soups, with
// several stacks of constructs already open, the jumping scan stops where
// the scan through every opener stops, with the same answer.
func TestSkipToBoundaryJumps(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"(", ")", "{", "}", "[", "]", "@(", "@{", "$(", "\n", ";", " a", " 1", "'x'", "]a"}
	stacks := [][]lexer.TokenType{nil, {tLParen}, {tLBrace, tLParen}, {tLBracket}, {tAtBrace, tDollarParen, tLBrace}}
	checked := 0
	for k := 0; k < 400; k++ {
		var sb strings.Builder
		for i := rng.Intn(60); i >= 0; i-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		fast, slow := tokenized(src), tokenized(src)
		for start := range fast.toks {
			for _, st := range stacks {
				fast.i, slow.i = start, start
				got := fast.skipToBoundary(append([]lexer.TokenType(nil), st...))
				want := slow.skipToBoundaryScan(append([]lexer.TokenType(nil), st...))
				if got != want || fast.i != slow.i {
					t.Fatalf("%q from token %d, open %v: jumping gives %v at token %d, scanning %v at token %d", src, start, st, got, fast.i, want, slow.i)
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d scans compared", checked)
	}
}

// BenchmarkRecoveryOpenLines parses lines that each leave 128 parentheses
// open (a fuzzer's slowest shape): every failed statement scanned to the
// end of the file before the scan jumped over closed constructs; time must
// grow linearly with the lines.
func BenchmarkRecoveryOpenLines(b *testing.B) {
	line := strings.Repeat("(", 128) + "0\n"
	for _, n := range []int{100, 400} {
		src := strings.Repeat(line, n)
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("open.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// lineColScan is lineCol as it was: counted from the start of the file.
func lineColScan(full string, off int) string {
	line, col := 1, 1
	for i := 0; i < off && i < len(full); i++ {
		if full[i] == '\n' {
			line, col = line+1, 1
		} else if full[i]&0xC0 != 0x80 {
			col++
		}
	}
	return itoa(line) + ":" + itoa(col)
}

// TestLineCol: the table and the last answer give what counting from the
// start gives, for offsets asked in order, backwards and at random, on
// text with multi-byte characters, empty lines and CRLF.
func TestLineCol(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"a", "é", "€", "😀", "\n", "\r\n", " ", "\n\n"}
	for k := 0; k < 200; k++ {
		var sb strings.Builder
		for i := rng.Intn(80); i >= 0; i-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		full := sb.String()
		p := &parser{full: full}
		var offs []int
		for o := 0; o <= len(full); o++ {
			offs = append(offs, o)
		}
		for o := len(full); o >= 0; o-- {
			offs = append(offs, o)
		}
		for i := 0; i < 50; i++ {
			offs = append(offs, rng.Intn(len(full)+1))
		}
		for _, o := range offs {
			if got, want := p.lineCol(o), lineColScan(full, o); got != want {
				t.Fatalf("%q at %d: %s, want %s", full, o, got, want)
			}
		}
	}
}

// BenchmarkRecoveryErrorPerLine parses lines that each close a ( with a }:
// every error message names where the ( was, which counted from the start
// of the file at every error (quadratic); time must grow linearly.
func BenchmarkRecoveryErrorPerLine(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		src := strings.Repeat("$x = (1 + 2}\n", n)
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				if _, err := ParseString("lines.ps1", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
