package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// fixtureScripts returns the text of every script under testdata/ (rule
// fixtures, benchmark scripts, SARIF inputs): the seeds of the fuzzers.
func fixtureScripts(tb testing.TB) []string {
	tb.Helper()
	var out []string
	filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch filepath.Ext(path) {
		case ".ps1", ".psm1", ".psd1":
			if raw, err := os.ReadFile(path); err == nil {
				out = append(out, string(raw))
			}
		}
		return nil
	})
	if len(out) == 0 {
		tb.Fatal("no scripts under testdata")
	}
	return out
}

// FuzzLex drives the lexer alone, directly and through the participle
// interface: every token lies inside the input, tokens never overlap or go
// backwards, each call makes progress and the stream ends with EOF.
func FuzzLex(f *testing.F) {
	for _, s := range fixtureScripts(f) {
		f.Add(s)
	}
	for _, c := range constructCases {
		f.Add(c.src)
	}
	for _, c := range errorCases {
		f.Add(c.src)
	}
	f.Add("\"unterminated $(x")
	f.Add("@'\nhere")
	f.Add("<# block")
	f.Add("$(\"$(\"$(")
	f.Fuzz(func(t *testing.T, src string) {
		checkLex(t, src)
	})
}

// checkLex asserts the lexer's invariants on src.
func checkLex(t testing.TB, src string) {
	t.Helper()
	sc := newScanner(src, 0, len(src))
	prevEnd := 0
	for n := 0; ; n++ {
		if n > len(src)+2 {
			t.Fatalf("lexer does not make progress: %d tokens for %d bytes", n, len(src))
		}
		k, p, e := sc.next()
		if p < prevEnd || p > e || e > len(src) {
			t.Fatalf("token %d (%s) has span [%d,%d) after %d in %d bytes", n, kindName(k), p, e, prevEnd, len(src))
		}
		if k == tEOF {
			if p != len(src) {
				t.Fatalf("EOF at %d, want %d", p, len(src))
			}
			break
		}
		if p == e {
			t.Fatalf("empty %s token at %d", kindName(k), p)
		}
		prevEnd = e
	}
	for _, err := range sc.errs {
		if err.pos < 0 || err.pos > len(src) || err.msg == "" {
			t.Fatalf("lexical error %q at %d of %d bytes", err.msg, err.pos, len(src))
		}
	}
	// The participle view of the same stream: values are slices of the input.
	lx, err := Lexer{}.LexString("fuzz.ps1", src)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; ; n++ {
		if n > len(src)+2 {
			t.Fatalf("participle lexer does not make progress")
		}
		tk, err := lx.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tk.Pos.Offset < 0 || tk.Pos.Offset+len(tk.Value) > len(src) || src[tk.Pos.Offset:tk.Pos.Offset+len(tk.Value)] != tk.Value {
			t.Fatalf("participle token %q at %d is not a slice of the input", tk.Value, tk.Pos.Offset)
		}
		if tk.EOF() {
			break
		}
	}
}
