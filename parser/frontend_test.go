package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// frontEndCases are inputs at the edges of the front end: nothing, only a
// comment, tokens that run to the end of input, a here-string header.
var frontEndCases = []string{
	"",
	"# only a comment",
	"<# block comment to the end",
	"'unterminated",
	"@'\nbody\n'@",
	"@' x\n'@\n",
	"Get-Date\r\n",
	"$x = 1 # trailing comment\n",
}

// TestFrontEndMatchesLexer: the parser's tokens and comments (scanned
// straight from the grammar's source token) are exactly the tokens the
// participle Lexer of the language produces for every script under
// testdata and for the edge cases, and every input goes through the
// participle grammar.
func TestFrontEndMatchesLexer(t *testing.T) {
	inputs := map[string]string{}
	for i, c := range frontEndCases {
		inputs["case"+string(rune('0'+i))] = c
	}
	err := filepath.WalkDir("../testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(strings.ToLower(path), ".ps1") {
			return err
		}
		b, err := os.ReadFile(path)
		if err == nil && len(b) < 1<<20 {
			inputs[path] = string(b)
		}
		return err
	})
	if err != nil || len(inputs) < 100 {
		t.Fatalf("inputs: %d, %v", len(inputs), err)
	}
	for name, text := range inputs {
		g, err := grammar.ParseString(name, text)
		if err != nil || g.Body == nil || g.Body.text != text {
			t.Fatalf("%s: the grammar did not take the script: %v", name, err)
		}
		lx, _ := Lexer{}.LexString(name, text)
		var want []tok
		for {
			tk, _ := lx.Next()
			want = append(want, tok{kind: tk.Type, pos: tk.Pos.Offset, end: tk.Pos.Offset + len(tk.Value)})
			if tk.Type == lexer.EOF {
				break
			}
		}
		f, err := Parse(NewSource(name, text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []tok
		sc := newScanner(text, 0, len(text))
		for {
			kind, pos, end := sc.next()
			got = append(got, tok{kind: kind, pos: pos, end: end})
			if kind == tEOF {
				break
			}
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d tokens, the participle lexer gives %d", name, len(got), len(want))
		}
		comments := 0
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: token %d is %+v, the participle lexer gives %+v", name, i, got[i], want[i])
			}
			if got[i].kind == tComment {
				if comments >= len(f.Comments) || f.Comments[comments].Start != got[i].pos || f.Comments[comments].Stop != got[i].end {
					t.Fatalf("%s: comment %d not kept as scanned", name, comments)
				}
				comments++
			}
		}
		if comments != len(f.Comments) {
			t.Errorf("%s: %d comments scanned, %d kept", name, comments, len(f.Comments))
		}
	}
}
