package parser

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token kinds. The lexer emits neutral tokens: whether `-Name` is a
// parameter or an operator, or whether `foo` is a command name, a bareword
// argument or a member name, is decided by the parser, which knows the mode
// (command or expression). Adjacent tokens with no space between them are
// glued into one bareword by the parser in command mode, so a path such as
// C:\logs\*.log needs no lexer mode at all.
const (
	tEOF          = lexer.EOF
	tNewline      = lexer.TokenType(iota + 1)
	tSemi         // ;
	tComment      // # … or <# … #>
	tVariable     // $x ${x} $script:x $_ $$ $? $^
	tSplat        // @x
	tIdent        // a run of letters, digits, _ and inner dashes
	tNumber       // 12 0x1F 1.5e3 10MB 5L
	tString       // '…'
	tExpString    // "…"
	tHereString   // @'…'@
	tExpHere      // @"…"@
	tDash         // -Name or -Name: (parameter or dash operator)
	tOp           // operators: = += -= *= /= %= ??= + - * / % ++ -- ! .. ? ?? ?. ?[ && || & < >
	tLParen       // (
	tRParen       // )
	tLBrace       // {
	tRBrace       // }
	tLBracket     // [
	tRBracket     // ]
	tAtParen      // @(
	tAtBrace      // @{
	tDollarParen  // $(
	tComma        // ,
	tDot          // .
	tColonColon   // ::
	tPipe         // |
	tRedirect     // > >> 2> 2>&1 *> …
	tStopParse    // --% and the rest of the line
	tGeneric      // any other character, or a backtick escape
	tokenKindsEnd // not a token
)

var tokenNames = map[string]lexer.TokenType{
	"EOF": tEOF, "Newline": tNewline, "Semi": tSemi, "Comment": tComment, "Variable": tVariable,
	"Splat": tSplat, "Ident": tIdent, "Number": tNumber, "String": tString, "ExpString": tExpString,
	"HereString": tHereString, "ExpHere": tExpHere, "Dash": tDash, "Op": tOp, "LParen": tLParen,
	"RParen": tRParen, "LBrace": tLBrace, "RBrace": tRBrace, "LBracket": tLBracket, "RBracket": tRBracket,
	"AtParen": tAtParen, "AtBrace": tAtBrace, "DollarParen": tDollarParen, "Comma": tComma, "Dot": tDot,
	"ColonColon": tColonColon, "Pipe": tPipe, "Redirect": tRedirect, "StopParse": tStopParse, "Generic": tGeneric,
}

// kindName returns a readable name of a token kind for error messages.
func kindName(k lexer.TokenType) string {
	for n, v := range tokenNames {
		if v == k {
			return n
		}
	}
	return "token"
}

// scanError is a lexical error: an unterminated string or comment.
type scanError struct {
	pos int
	id  string // PowerShell's error ID
	msg string
}

// scanner tokenizes src[start:end]; token offsets are absolute in src.
type scanner struct {
	src      string
	i, end   int
	prevKind lexer.TokenType
	prevEnd  int
	errs     []scanError
}

func newScanner(src string, start, end int) *scanner {
	return &scanner{src: src, i: start, end: end, prevKind: tNewline, prevEnd: -1}
}

// next returns the next token's kind and byte span.
func (s *scanner) next() (lexer.TokenType, int, int) {
	k, p, e := s.scan()
	s.prevKind, s.prevEnd = k, e
	return k, p, e
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0
}

// isSpaceRune reports the non-ASCII characters PowerShell treats as blanks.
func isSpaceRune(r rune) bool {
	switch r {
	case 0xA0, 0x85, 0x2007, 0x202F, 0xFEFF, 0x3000, 0x200B:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isDashRune reports the dashes PowerShell accepts where it expects '-'.
func isDashRune(r rune) bool { return r == '\u2013' || r == '\u2014' || r == '\u2015' }

func isSingleQuote(r rune) bool {
	return r == '\'' || r == '\u2018' || r == '\u2019' || r == '\u201A' || r == '\u201B'
}

func isDoubleQuote(r rune) bool { return r == '"' || r == '\u201C' || r == '\u201D' || r == '\u201E' }

func isIdentStart(r rune) bool {
	return r == '_' || r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x80 && unicode.IsLetter(r)
}

func isIdentRune(r rune) bool {
	return isIdentStart(r) || r >= '0' && r <= '9' || r >= 0x80 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func (s *scanner) peekRune(i int) (rune, int) {
	if i >= s.end {
		return -1, 0
	}
	c := s.src[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s.src[i:s.end])
	return r, n
}

func (s *scanner) byteAt(i int) byte {
	if i < s.end {
		return s.src[i]
	}
	return 0
}

// commentMayStart reports whether '#' at i starts a comment: only at the
// start of a token, never inside a bareword such as a#b. A number ends at
// '#' (PowerShell's CharTraits.ForceStartNewTokenAfterNumber), so 1#x is
// the number 1 and a comment.
func (s *scanner) commentMayStart(i int) bool {
	if i == 0 || s.prevEnd != i {
		return true
	}
	switch s.prevKind {
	case tIdent, tGeneric, tDash:
		return false
	}
	return true
}

func (s *scanner) scan() (lexer.TokenType, int, int) {
	for s.i < s.end {
		c := s.src[s.i]
		switch {
		case isSpaceByte(c):
			s.i++
			continue
		case c == '`':
			// At the start of a token, a backtick before a blank is itself
			// white space (PowerShell's tokenizer skips both); inside a
			// bareword it escapes the blank (C:\Program` Files).
			if b := s.byteAt(s.i + 1); (b == ' ' || b == '\t') && !s.inWord(s.i) {
				s.i += 2
				continue
			}
			// Line continuation: backtick then a line break is white space.
			if s.byteAt(s.i+1) == '\n' {
				s.i += 2
				continue
			}
			if s.byteAt(s.i+1) == '\r' {
				s.i += 2
				if s.byteAt(s.i) == '\n' {
					s.i++
				}
				continue
			}
		case c >= utf8.RuneSelf:
			r, n := s.peekRune(s.i)
			if isSpaceRune(r) {
				s.i += n
				continue
			}
		}
		break
	}
	start := s.i
	if start >= s.end {
		return tEOF, s.end, s.end
	}
	c := s.src[start]
	switch c {
	case '\n':
		s.i++
		return tNewline, start, s.i
	case '\r':
		s.i++
		if s.byteAt(s.i) == '\n' {
			s.i++
		}
		return tNewline, start, s.i
	case ';':
		s.i++
		return tSemi, start, s.i
	case '#':
		if s.commentMayStart(start) {
			s.i = s.lineEnd(start)
			return tComment, start, s.i
		}
	case '<':
		if s.byteAt(start+1) == '#' {
			return s.blockComment(start)
		}
		s.i++
		return tOp, start, s.i
	case '(':
		s.i++
		return tLParen, start, s.i
	case ')':
		s.i++
		return tRParen, start, s.i
	case '{':
		s.i++
		return tLBrace, start, s.i
	case '}':
		s.i++
		return tRBrace, start, s.i
	case '[':
		s.i++
		return tLBracket, start, s.i
	case ']':
		s.i++
		return tRBracket, start, s.i
	case ',':
		s.i++
		return tComma, start, s.i
	case '$':
		return s.dollar(start)
	case '@':
		return s.at(start)
	case '\'':
		return s.singleQuoted(start, 1)
	case '"':
		return s.doubleQuoted(start, 1)
	case '.':
		if s.byteAt(start+1) == '.' {
			s.i += 2
			return tOp, start, s.i
		}
		if d := s.byteAt(start + 1); d >= '0' && d <= '9' && !s.afterValue(start) {
			return s.number(start)
		}
		s.i++
		return tDot, start, s.i
	case ':':
		if s.byteAt(start+1) == ':' {
			s.i += 2
			return tColonColon, start, s.i
		}
		s.i++
		return tGeneric, start, s.i
	case '|':
		if s.byteAt(start+1) == '|' {
			s.i += 2
			return tOp, start, s.i
		}
		s.i++
		return tPipe, start, s.i
	case '&':
		if s.byteAt(start+1) == '&' {
			s.i += 2
			return tOp, start, s.i
		}
		s.i++
		return tOp, start, s.i
	case '>':
		return s.redirect(start, start)
	case '*':
		if s.byteAt(start+1) == '>' && !s.glued(start) {
			return s.redirect(start, start+1)
		}
		if s.byteAt(start+1) == '=' {
			s.i += 2
			return tOp, start, s.i
		}
		s.i++
		return tOp, start, s.i
	case '+':
		if d := s.byteAt(start + 1); d == '+' || d == '=' {
			s.i += 2
			return tOp, start, s.i
		}
		s.i++
		return tOp, start, s.i
	case '/', '%', '=', '!':
		if s.byteAt(start+1) == '=' && c != '=' && c != '!' {
			s.i += 2
			return tOp, start, s.i
		}
		s.i++
		return tOp, start, s.i
	case '?':
		switch s.byteAt(start + 1) {
		case '?':
			if s.byteAt(start+2) == '=' {
				s.i += 3
				return tOp, start, s.i
			}
			s.i += 2
			return tOp, start, s.i
		case '.', '[':
			// ?. and ?[ are null-conditional when glued to what they apply
			// to: ${name}, a member name, ) or ]. ($name?.x cannot occur:
			// ? is part of a plain variable name.)
			if s.prevEnd == start && (s.prevKind == tVariable && s.src[start-1] == '}' ||
				s.prevKind == tIdent || s.prevKind == tRParen || s.prevKind == tRBracket) {
				s.i += 2
				return tOp, start, s.i
			}
		}
		s.i++
		return tOp, start, s.i
	case '-':
		return s.dash(start, 1)
	case '`':
		// An escaped character (the line-continuation case was handled above).
		s.i++
		if s.byteAt(s.i) == 'u' && s.byteAt(s.i+1) == '{' {
			// `u{2195}: a Unicode escape, one token.
			if j := strings.IndexByte(s.src[s.i:min(s.end, s.i+12)], '}'); j > 0 {
				s.i += j + 1
				return tGeneric, start, s.i
			}
		}
		if s.i < s.end {
			_, n := s.peekRune(s.i)
			s.i += n
		}
		return tGeneric, start, s.i
	}
	if c >= '0' && c <= '9' {
		if c >= '1' && c <= '6' && s.byteAt(start+1) == '>' && !s.glued(start) {
			return s.redirect(start, start+1)
		}
		return s.number(start)
	}
	r, n := s.peekRune(start)
	switch {
	case isIdentStart(r):
		return s.ident(start)
	case isDashRune(r):
		return s.dash(start, n)
	case isSingleQuote(r):
		return s.singleQuoted(start, n)
	case isDoubleQuote(r):
		return s.doubleQuoted(start, n)
	case r == '#' && c == '#':
		// '#' glued to a bareword: part of it.
	}
	s.i += max(n, 1)
	return tGeneric, start, s.i
}

// inWord reports whether offset i continues a bareword (the previous token
// is a word glued to i).
func (s *scanner) inWord(i int) bool {
	if s.prevEnd != i {
		return false
	}
	switch s.prevKind {
	case tIdent, tGeneric, tNumber, tDash:
		return true
	}
	return false
}

// afterValue reports whether offset i directly follows something a member
// access can apply to ($x.5 is a member; 1,.5 and (.5) are numbers).
func (s *scanner) afterValue(i int) bool {
	if s.prevEnd != i {
		return false
	}
	switch s.prevKind {
	case tIdent, tVariable, tNumber, tString, tExpString, tHereString, tExpHere, tRParen, tRBracket, tRBrace, tGeneric:
		return true
	}
	return false
}

// glued reports whether the character at i directly follows the previous token.
func (s *scanner) glued(i int) bool { return s.prevEnd == i && s.prevKind != tNewline }

func (s *scanner) lineEnd(i int) int {
	for i < s.end && s.src[i] != '\n' && s.src[i] != '\r' {
		i++
	}
	return i
}

func (s *scanner) blockComment(start int) (lexer.TokenType, int, int) {
	if j := strings.Index(s.src[start+2:s.end], "#>"); j >= 0 {
		s.i = start + 2 + j + 2
		return tComment, start, s.i
	}
	s.errs = append(s.errs, scanError{start, "MissingTerminatorMultiLineComment", "block comment starting with `<#` is missing its closing `#>`"})
	s.i = s.end
	return tComment, start, s.i
}

func (s *scanner) redirect(start, i int) (lexer.TokenType, int, int) {
	// i points at the first '>'.
	i++
	if s.byteAt(i) == '>' {
		i++
	} else if s.byteAt(i) == '&' && s.byteAt(i+1) >= '1' && s.byteAt(i+1) <= '6' {
		i += 2
	}
	s.i = i
	return tRedirect, start, i
}

func (s *scanner) dash(start, n int) (lexer.TokenType, int, int) {
	i := start + n
	c := s.byteAt(i)
	switch {
	case c == '-':
		if s.byteAt(i+1) == '%' && (start == 0 || !s.glued(start)) {
			s.i = s.lineEnd(i + 2)
			return tStopParse, start, s.i
		}
		s.i = i + 1
		return tOp, start, s.i
	case c == '=':
		s.i = i + 1
		return tOp, start, s.i
	}
	r, m := s.peekRune(i)
	if isIdentStart(r) || r == '?' {
		i += m
		for {
			r, m = s.peekRune(i)
			if !isIdentRune(r) && r != '?' && r != '-' {
				break
			}
			i += m
		}
		// -Name:value binds value to Name; keep the colon on the token.
		if s.byteAt(i) == ':' && s.byteAt(i+1) != ':' {
			i++
		}
		s.i = i
		return tDash, start, s.i
	}
	s.i = i
	return tOp, start, s.i
}

func (s *scanner) ident(start int) (lexer.TokenType, int, int) {
	i := start
	member := (s.prevKind == tDot || s.prevKind == tColonColon) && s.prevEnd == start
	for {
		r, n := s.peekRune(i)
		if isIdentRune(r) {
			i += n
			continue
		}
		// Dashes inside names: Get-ChildItem. Not in member names ($s.Length-1).
		if !member && (r == '-' || isDashRune(r)) {
			r2, _ := s.peekRune(i + n)
			if isIdentRune(r2) || r2 == '-' {
				i += n
				continue
			}
		}
		break
	}
	s.i = i
	return tIdent, start, i
}

// number scans a numeric literal; a literal running into letters (7zip,
// 2012R2) is a bareword instead.
func (s *scanner) number(start int) (lexer.TokenType, int, int) {
	i := start
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	isHex := func(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
	if s.byteAt(i) == '0' && s.byteAt(i+1)|0x20 == 'x' && isHex(s.byteAt(i+2)) {
		i += 2
		for isHex(s.byteAt(i)) {
			i++
		}
	} else if s.byteAt(i) == '0' && s.byteAt(i+1)|0x20 == 'b' && (s.byteAt(i+2) == '0' || s.byteAt(i+2) == '1') {
		i += 2
		for s.byteAt(i) == '0' || s.byteAt(i) == '1' {
			i++
		}
	} else {
		for isDigit(s.byteAt(i)) {
			i++
		}
		if s.byteAt(i) == '.' && isDigit(s.byteAt(i+1)) {
			i++
			for isDigit(s.byteAt(i)) {
				i++
			}
		} else if s.byteAt(i) == '.' && s.byteAt(i+1) != '.' && i > start && !isIdentByte(s.byteAt(i+1)) {
			i++ // "1." is a number
		}
		if s.byteAt(i)|0x20 == 'e' {
			j := i + 1
			if s.byteAt(j) == '+' || s.byteAt(j) == '-' {
				j++
			}
			if isDigit(s.byteAt(j)) {
				for isDigit(s.byteAt(j)) {
					j++
				}
				i = j
			}
		}
	}
	// Type suffix then multiplier: 5L, 1d, 10u, 3ul, 7uy, 2y, 4s, 9n, 10KB.
	lower := func(j int) byte { return s.byteAt(j) | 0x20 }
	switch lower(i) {
	case 'u':
		i++
		switch lower(i) {
		case 'l', 'y', 's':
			i++
		}
	case 'l', 'd', 'y', 's', 'n':
		if !isIdentByte(s.byteAt(i+1)) || lower(i+1) == 'k' || lower(i+1) == 'm' || lower(i+1) == 'g' || lower(i+1) == 't' || lower(i+1) == 'p' {
			i++
		}
	}
	switch lower(i) {
	case 'k', 'm', 'g', 't', 'p':
		if lower(i+1) == 'b' {
			i += 2
		}
	}
	r, _ := s.peekRune(i)
	if isIdentRune(r) {
		if s.src[start] == '.' {
			// .5abc: a dot, then the bareword 5abc (ident cannot start at
			// the dot: it returned an empty token, found by FuzzLex).
			s.i = start + 1
			return tDot, start, s.i
		}
		return s.ident(start)
	}
	s.i = i
	return tNumber, start, i
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func (s *scanner) dollar(start int) (lexer.TokenType, int, int) {
	i := start + 1
	c := s.byteAt(i)
	switch c {
	case '(':
		s.i = i + 1
		return tDollarParen, start, s.i
	case '{':
		// ${any name}, with backtick escapes.
		j := i + 1
		for j < s.end && s.src[j] != '}' {
			if s.src[j] == '`' {
				j++
				// `u{2195}: a Unicode escape inside the name (PowerShell 7).
				if s.byteAt(j) == 'u' && s.byteAt(j+1) == '{' {
					if k := strings.IndexByte(s.src[j:min(s.end, j+12)], '}'); k > 0 {
						j += k
					}
				}
			}
			j++
		}
		if j >= s.end {
			s.errs = append(s.errs, scanError{start, "IncompleteDollarVariableReference", "variable name starting with `${` is missing its closing `}`"})
			s.i = s.end
			return tVariable, start, s.i
		}
		s.i = j + 1
		return tVariable, start, s.i
	case '$', '^', '?':
		s.i = i + 1
		return tVariable, start, s.i
	}
	j := s.varName(i)
	if j == i {
		s.i = i
		return tGeneric, start, i
	}
	if s.byteAt(j) == ':' && s.byteAt(j+1) != ':' && (j+1 >= s.end || forcesNewToken(s.byteAt(j+1))) {
		// $script: or $env: with no name after the colon, followed by a
		// blank, a closer or the end: one token, which the parser reports
		// (PowerShell's tokenizer rejects it).
		j++
	}
	s.i = j
	return tVariable, start, j
}

// forcesNewToken reports a character that always ends a token
// (PowerShell's CharTraits.ForceStartNewToken).
func forcesNewToken(c byte) bool {
	switch c {
	case '{', '}', '(', ')', ';', ',', '|', '&', ' ', '\t', '\r', '\n', 0:
		return true
	}
	return false
}

// varName scans a variable name with an optional scope or drive prefix
// ($script:x, $env:PATH) and returns the end offset.
func (s *scanner) varName(i int) int {
	j := i
	for {
		r, n := s.peekRune(j)
		if !isIdentRune(r) && r != '?' {
			break
		}
		j += n
	}
	if j > i && s.byteAt(j) == ':' && s.byteAt(j+1) != ':' {
		k := j + 1
		for {
			r, n := s.peekRune(k)
			if !isIdentRune(r) && r != '?' {
				break
			}
			k += n
		}
		if k > j+1 {
			j = k
		}
	}
	return j
}

func (s *scanner) at(start int) (lexer.TokenType, int, int) {
	i := start + 1
	switch c := s.byteAt(i); c {
	case '(':
		s.i = i + 1
		return tAtParen, start, s.i
	case '{':
		s.i = i + 1
		return tAtBrace, start, s.i
	}
	r, n := s.peekRune(i)
	if isSingleQuote(r) || isDoubleQuote(r) {
		if k, ok := s.hereString(start, i+n, isDoubleQuote(r)); ok {
			return k, start, s.i
		}
	}
	j := s.varName(i)
	if j > i {
		s.i = j
		return tSplat, start, j
	}
	s.i = i
	return tGeneric, start, i
}

// hereString scans @'…'@ or @"…"@; body points after the opening quote.
func (s *scanner) hereString(start, body int, expandable bool) (lexer.TokenType, bool) {
	i := body
	for i < s.end && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	if i < s.end && s.src[i] != '\n' && s.src[i] != '\r' {
		// @' followed by text on the same line: PowerShell refuses it, so it
		// is an error here too; the body still starts on the next line.
		s.errs = append(s.errs, scanError{start, "UnexpectedCharactersAfterHereStringHeader", "no characters are allowed after the here-string header `" + s.src[start:body] + "` on the same line"})
		i = s.lineEnd(i)
	}
	kind := tHereString
	if expandable {
		kind = tExpHere
	}
	// The closing quote and '@' must start a line. In @"…"@ a $( … ) may
	// itself hold here-strings, so subexpressions are skipped as a whole.
	for i < s.end {
		var nl int
		if expandable {
			nl = s.expandableLineEnd(i)
		} else {
			nl = strings.IndexAny(s.src[i:s.end], "\r\n")
		}
		if nl < 0 {
			break
		}
		i += nl + 1
		if s.src[i-1] == '\r' && s.byteAt(i) == '\n' {
			i++
		}
		r, n := s.peekRune(i)
		if (expandable && isDoubleQuote(r) || !expandable && isSingleQuote(r)) && s.byteAt(i+n) == '@' {
			s.i = i + n + 1
			return kind, true
		}
	}
	s.errs = append(s.errs, scanError{start, "TerminatorExpectedAtEndOfString", "here-string starting with `" + s.src[start:body] + "` is missing its terminator at the start of a line"})
	s.i = s.end
	return kind, true
}

// expandableLineEnd returns the distance from i to the next line break that
// is not inside a $( … ) subexpression, or -1.
func (s *scanner) expandableLineEnd(i int) int {
	start := i
	for i < s.end {
		c := s.src[i]
		switch {
		case c == '\n' || c == '\r':
			return i - start
		case c == '`':
			i += 2
			continue
		case c == '$' && s.byteAt(i+1) == '(':
			end, ok := s.skipSubExpr(i + 2)
			if !ok {
				return -1
			}
			i = end
			continue
		}
		i++
	}
	return -1
}

func (s *scanner) singleQuoted(start, n int) (lexer.TokenType, int, int) {
	i := start + n
	for i < s.end {
		r, m := s.peekRune(i)
		i += m
		if isSingleQuote(r) {
			if r2, m2 := s.peekRune(i); isSingleQuote(r2) {
				i += m2
				continue
			}
			s.i = i
			return tString, start, i
		}
	}
	s.errs = append(s.errs, scanError{start, "TerminatorExpectedAtEndOfString", "string starting with `'` is missing its closing `'`"})
	s.i = s.end
	return tString, start, s.end
}

func (s *scanner) doubleQuoted(start, n int) (lexer.TokenType, int, int) {
	if end, ok := s.skipDoubleQuoted(start + n); ok {
		s.i = end
		return tExpString, start, end
	}
	s.errs = append(s.errs, scanError{start, "TerminatorExpectedAtEndOfString", "string starting with `\"` is missing its closing `\"`"})
	s.i = s.end
	return tExpString, start, s.end
}

// skipDoubleQuoted returns the end of a "…" string whose body starts at i,
// stepping over backtick escapes and nested $( … ) subexpressions.
func (s *scanner) skipDoubleQuoted(i int) (int, bool) {
	for i < s.end {
		c := s.src[i]
		switch {
		case c == '`':
			i++
			if i < s.end {
				_, m := s.peekRune(i)
				i += m
			}
			continue
		case c == '$' && s.byteAt(i+1) == '(':
			end, ok := s.skipSubExpr(i + 2)
			if !ok {
				return s.end, false
			}
			i = end
			continue
		case c < utf8.RuneSelf && c != '"':
			i++
			continue
		}
		r, m := s.peekRune(i)
		i += m
		if isDoubleQuote(r) {
			if r2, m2 := s.peekRune(i); isDoubleQuote(r2) {
				i += m2
				continue
			}
			return i, true
		}
	}
	return s.end, false
}

// skipSubExpr returns the offset after the ')' that closes a $( opened just before i.
func (s *scanner) skipSubExpr(i int) (int, bool) {
	sub := &scanner{src: s.src, i: i, end: s.end, prevKind: tLParen, prevEnd: i}
	depth := 1
	for {
		k, _, e := sub.next()
		switch k {
		case tEOF:
			return s.end, false
		case tLParen, tDollarParen, tAtParen:
			depth++
		case tRParen:
			depth--
			if depth == 0 {
				return e, true
			}
		}
		if len(sub.errs) > 0 {
			return s.end, false
		}
	}
}

// Lexer is psmailscan's PowerShell lexer as a participle lexer.Definition.
// It is stateless; each Lex call scans one input.
type Lexer struct{}

var _ lexer.StringDefinition = Lexer{}

// Symbols returns the token kinds by name, as participle requires.
func (Lexer) Symbols() map[string]lexer.TokenType { return tokenNames }

// Lex reads the whole input and scans it.
func (l Lexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return l.LexString(filename, string(b))
}

// LexString scans a string without copying it.
func (Lexer) LexString(filename string, s string) (lexer.Lexer, error) {
	return &participleLexer{sc: newScanner(s, 0, len(s))}, nil
}

type participleLexer struct {
	sc *scanner
}

// Next returns the next token. Token values are slices of the input, so the
// end offset of a token is Pos.Offset+len(Value). Line and column are not
// computed here: positions are converted once, at the output edge.
func (l *participleLexer) Next() (lexer.Token, error) {
	k, p, e := l.sc.next()
	return lexer.Token{Type: k, Value: l.sc.src[p:e], Pos: lexer.Position{Offset: p}}, nil
}
