package parser

import (
	"io"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// scriptGrammar is the participle grammar root. Its only production is
// written by hand (participle.Parseable): PowerShell's command/expression
// modes, statement-level error recovery and speed need it (design.md:
// participle's reflective core ran 1–2 MB/s; a Parseable statement
// production ran ~10x faster).
//
// participle is the front end: grammar.ParseString runs the Parseable
// production. What it lexes is the script as a single token (see
// scriptSource); the production scans that text with our own scanner
// straight into the parser's tokens. Handing participle every token
// instead (Lexer, which stays the participle lexer of the language for
// tools and tests) cost more than the parse itself: lexer.Upgrade
// appends 64-byte Tokens one by one and parseTokens copied them again
// (18 % of a whole corpus scan's CPU).
type scriptGrammar struct {
	Body *scriptBody `parser:"@@"`
}

// scriptBody is the Parseable production: the script text it was given.
type scriptBody struct {
	text string
}

var grammar = participle.MustBuild[scriptGrammar](participle.Lexer(scriptSource{}))

// tSource is the one token scriptSource produces: the whole script.
const tSource = tEOF - 1

// Parse implements participle.Parseable: it takes the script token; Parse
// (the package function) then scans and parses its text.
func (b *scriptBody) Parse(pl *lexer.PeekingLexer) error {
	t := pl.Next()
	if t.Type != tSource {
		return participle.NextMatch
	}
	b.text = t.Value
	return nil
}

// scriptSource is the participle lexer definition of the grammar: the
// script as one token, without copying it.
type scriptSource struct{}

// Symbols implements lexer.Definition.
func (scriptSource) Symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{"EOF": tEOF, "Source": tSource}
}

// Lex implements lexer.Definition.
func (d scriptSource) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

// LexString implements lexer.StringDefinition.
func (scriptSource) LexString(filename, s string) (lexer.Lexer, error) {
	return &sourceToken{text: s}, nil
}

type sourceToken struct {
	text string
	done bool
}

func (t *sourceToken) Next() (lexer.Token, error) {
	if t.done {
		return lexer.EOFToken(lexer.Position{Offset: len(t.text)}), nil
	}
	t.done = true
	return lexer.Token{Type: tSource, Value: t.text}, nil
}
