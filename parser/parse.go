package parser

import (
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// MaxDepth bounds nesting (parentheses, blocks, expressions). Deeper input
// gets an error instead of exhausting the stack.
const MaxDepth = 1000

// maxScript is the largest script Parse takes: token offsets are kept in
// 32 bits (packedTok). A variable for the test of the refusal.
var maxScript = 1<<31 - 1

// MaxStringNesting bounds $( ) subexpressions nested inside strings inside
// subexpressions ("a $("b $("c")")"); real scripts nest two or three.
const MaxStringNesting = 16

// Error is a syntax error at a byte offset of the program text.
type Error struct {
	Pos int
	// ID is PowerShell's own error ID for the problem (its ParserStrings
	// resource name, such as MissingEndCurlyBrace), so a user can look it
	// up; Msg is our wording.
	ID  string
	Msg string
}

// Error formats the error without a file position; use File.ErrorString for file:line:col.
func (e *Error) Error() string { return e.Msg }

// ErrorString formats err as file:line:col: message.
func (f *File) ErrorString(err *Error) string {
	p := f.Source.Position(err.Pos)
	return fmt.Sprintf("%s:%d:%d: %s", f.Source.Path, p.Line, p.Column, err.Msg)
}

// InternalError is returned by Parse when the parser itself failed (a bug);
// the scan reports it for this file and goes on with the others.
type InternalError struct {
	Path  string
	Value any
	Stack string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("%s: internal error while parsing: %v", e.Path, e.Value)
}

// Parse parses a decoded script. Syntax errors do not stop the parse: they
// are collected in File.Errors and parsing resumes at the next statement.
// The returned error is non-nil only for an internal failure (a parser bug),
// which is recovered here so that one file never stops a scan.
func Parse(src *Source) (f *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f = nil
			err = &InternalError{Path: src.Path, Value: r, Stack: string(debug.Stack())}
		}
	}()
	if len(src.Text) > maxScript {
		return nil, &InternalError{Path: src.Path, Value: fmt.Sprintf("a script of %d bytes is too large: the parser takes scripts under 2 GiB", len(src.Text))}
	}
	g, perr := grammar.ParseString(src.Path, src.Text)
	if perr != nil {
		return nil, &InternalError{Path: src.Path, Value: perr}
	}
	if g.Body == nil || g.Body.text != src.Text {
		return nil, &InternalError{Path: src.Path, Value: "the grammar did not take the script"}
	}
	return parseSource(src), nil
}

// ParseString is a convenience for tests: it parses UTF-8 text.
func ParseString(path, text string) (*File, error) {
	return Parse(NewSource(path, text))
}

type tok struct {
	kind     lexer.TokenType
	pos, end int
}

// packedTok is how the parser keeps its tokens: 12 bytes instead of
// tok's 24 (a 16 MB script has 2.3 million tokens: 56 MB as toks, the
// largest allocation of its parse). Offsets fit: Parse refuses scripts of
// 2 GiB or more.
type packedTok struct {
	kind     int32
	pos, end int32
}

func pack(t tok) packedTok { return packedTok{int32(t.kind), int32(t.pos), int32(t.end)} }

// tokAt returns the token at index i.
func (p *parser) tokAt(i int) tok {
	t := p.toks[i]
	return tok{lexer.TokenType(t.kind), int(t.pos), int(t.end)}
}

type parser struct {
	// src holds the text from byte offset base on: the whole script for
	// the top-level parser, only its own string window for a sub-parser of
	// a $( … ) inside a string (copying the whole script per subexpression
	// made many of them quadratic). Token and node offsets stay absolute.
	src   string
	base  int
	full  string // the whole script, for line:column in messages
	toks  []packedTok
	fates []int32 // see boundaryFates; nil until recovery needs it
	// lineStarts are the offsets in full where lines start, built by
	// lineCol for the first error message that names a position.
	lineStarts  []int32
	lastLineCol lineColMark
	i           int
	errs        []*Error
	comments    []*Comment
	depth       int
	strDepth    int // strings nested in subexpressions (subParse)
	fatal       bool
	dsc         int     // configuration bodies open around the current statement
	usingOK     bool    // a using statement is allowed here (start of a script)
	match       []int32 // closing token of each opener, built on first use
	a           *nodeArena
}

// bailout is panicked to abandon the current statement after an error.
type bailout struct{}

// parseSource scans the whole script with our scanner straight into the
// parser's token slice (no participle Token per token: building and
// copying those took more time than parsing) and parses it.
func parseSource(src *Source) *File {
	// About one token per 6 bytes in real scripts: one allocation for most.
	p := &parser{src: src.Text, full: src.Text, toks: make([]packedTok, 0, len(src.Text)/6+16), a: newNodeArena(len(src.Text))}
	sc := newScanner(src.Text, 0, len(src.Text))
	for {
		kind, pos, end := sc.next()
		k := tok{kind: kind, pos: pos, end: end}
		switch kind {
		case tComment:
			p.addComment(k)
			continue
		case tHereString, tExpHere:
			p.checkHereHeader(k)
		}
		p.toks = append(p.toks, pack(k))
		if kind == tEOF {
			break
		}
	}
	p.checkUnterminated()
	return p.file(src)
}

func (p *parser) addComment(k tok) {
	text := p.sl(k.pos, k.end)
	p.comments = append(p.comments, &Comment{Span: Span{Start: k.pos, Stop: k.end}, Text: text, Block: strings.HasPrefix(text, "<#")})
}

// checkHereHeader reports text after a here-string's opening @' or @" on
// the same line (the participle lexer interface carries no errors, so the
// scanner's own report of it is lost; here-strings are few).
func (p *parser) checkHereHeader(t tok) {
	_, n := firstRune(p.sl(t.pos+1, t.end))
	body := t.pos + 1 + n
	i := body
	for i < t.end && (p.at(i) == ' ' || p.at(i) == '\t') {
		i++
	}
	if i < t.end && p.at(i) != '\n' && p.at(i) != '\r' {
		p.errAt(t.pos, "UnexpectedCharactersAfterHereStringHeader", "no characters are allowed after the here-string header `%s` on the same line", p.sl(t.pos, body))
	}
}

// checkUnterminated re-scans a token that runs to the end of input to learn
// whether it was closed (the participle lexer interface carries no errors).
func (p *parser) checkUnterminated() {
	check := func(t tok) {
		if t.end != len(p.src) {
			return
		}
		switch t.kind {
		case tString, tExpString, tHereString, tExpHere, tComment, tVariable:
			sc := newScanner(p.src, t.pos, len(p.src))
			sc.next()
			for _, se := range sc.errs {
				p.errs = append(p.errs, &Error{Pos: se.pos, ID: se.id, Msg: se.msg})
			}
		}
	}
	if n := len(p.toks); n >= 2 {
		check(p.tokAt(n - 2))
	}
	if n := len(p.comments); n > 0 {
		c := p.comments[n-1]
		check(tok{tComment, c.Start, c.Stop})
	}
}

func (p *parser) file(src *Source) (f *File) {
	f = &File{Span: Span{Start: 0, Stop: len(src.Text)}, Source: src, Comments: p.comments}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
			}
		}()
		f.Script = p.scriptBlockBody(tEOF, 0)
	}()
	if f.Script == nil {
		f.Script = &ScriptBlock{Span: Span{Start: 0, Stop: len(src.Text)}}
	}
	f.Script.Start, f.Script.Stop = 0, len(src.Text)
	f.nodes = p.checkTree(f.Script)
	f.Requires = parseRequires(p.comments)
	sort.SliceStable(p.errs, func(i, j int) bool { return p.errs[i].Pos < p.errs[j].Pos })
	errs := p.errs[:0]
	for i, e := range p.errs {
		if i > 0 && e.Pos == p.errs[i-1].Pos && e.Msg == p.errs[i-1].Msg {
			continue // the same problem found twice (a here-string header at end of file)
		}
		errs = append(errs, e)
	}
	f.Errors = errs
	return f
}

// --- token helpers ---------------------------------------------------------

func (p *parser) peek() tok { return p.tokAt(p.i) }

func (p *parser) peekAt(n int) tok {
	if p.i+n < len(p.toks) {
		return p.tokAt(p.i + n)
	}
	return p.tokAt(len(p.toks) - 1)
}

func (p *parser) next() tok {
	t := p.tokAt(p.i)
	if t.kind != tEOF {
		p.i++
	}
	return t
}

// sl returns the script text between absolute offsets a and b.
func (p *parser) sl(a, b int) string { return p.src[a-p.base : b-p.base] }

// at returns the script byte at absolute offset i.
func (p *parser) at(i int) byte { return p.src[i-p.base] }

func (p *parser) text(t tok) string { return p.sl(t.pos, t.end) }

func (p *parser) is(t tok, kind lexer.TokenType, text string) bool {
	return t.kind == kind && strings.EqualFold(p.sl(t.pos, t.end), text)
}

func (p *parser) isOp(t tok, op string) bool { return t.kind == tOp && p.opText(t) == op }

// opText returns an operator's text with a typographic dash (en dash, em
// dash, horizontal bar) read as '-', as PowerShell reads it.
func (p *parser) opText(t tok) string {
	s := p.sl(t.pos, t.end)
	if s != "" && s[0] >= 0x80 {
		if d := dashName(s); len(d) < len(s) {
			return "-" + d
		}
	}
	return s
}

func (p *parser) isKeyword(t tok, kw string) bool { return p.is(t, tIdent, kw) }

// adjacent reports whether b starts exactly where a ends (no blank between).
func adjacent(a, b tok) bool { return a.end == b.pos }

func (p *parser) prevEnd() int {
	if p.i == 0 {
		return 0
	}
	return p.tokAt(p.i - 1).end
}

func (p *parser) skipNewlines() {
	for p.tokAt(p.i).kind == tNewline {
		p.i++
	}
}

func (p *parser) skipTerminators() {
	for k := p.tokAt(p.i).kind; k == tNewline || k == tSemi; k = p.tokAt(p.i).kind {
		p.i++
	}
}

// peekPastNewlines returns the first token that is not a line break, without consuming.
func (p *parser) peekPastNewlines() (tok, int) {
	j := p.i
	for p.tokAt(j).kind == tNewline {
		j++
	}
	return p.tokAt(j), j
}

func (p *parser) describe(t tok) string {
	switch t.kind {
	case tEOF:
		return "end of file"
	case tNewline:
		return "end of line"
	}
	s := p.text(t)
	if len(s) > 20 {
		s = s[:20] + "…"
	}
	return "`" + s + "`"
}

// errAt records an error; id is PowerShell's error ID for it.
func (p *parser) errAt(pos int, id, format string, args ...any) {
	p.errs = append(p.errs, &Error{Pos: pos, ID: id, Msg: fmt.Sprintf(format, args...)})
}

// fail records an error and abandons the current statement.
func (p *parser) fail(pos int, id, format string, args ...any) {
	p.errAt(pos, id, format, args...)
	panic(bailout{})
}

func (p *parser) failUnexpected(t tok, id, expected string) {
	pos := t.pos
	if t.kind == tEOF || t.kind == tNewline || id != "UnexpectedToken" && id != "UnexpectedAttribute" {
		// Something is missing: like PowerShell (its ReportIncompleteInput
		// at After(the last token)), report it right after the last token
		// (not after blanks or comments) rather than at the token found.
		pos = p.lastEnd(t)
	}
	p.fail(pos, id, "unexpected %s, expected %s", p.describe(t), expected)
}

// lastEnd is the end of the last token before t that is not a line break.
func (p *parser) lastEnd(t tok) int {
	j := p.i
	for j > 0 && (p.tokAt(j).pos >= t.pos || p.tokAt(j).kind == tNewline || p.tokAt(j).kind == tEOF) {
		j--
	}
	if j >= 0 && p.tokAt(j).pos < t.pos && p.tokAt(j).kind != tNewline && p.tokAt(j).kind != tEOF {
		return p.tokAt(j).end
	}
	return t.pos
}

// expectClose consumes the closing token of a construct opened at open.
func (p *parser) expectClose(kind lexer.TokenType, open tok, closeText string) tok {
	return p.expectCloseID(kind, open, closeText, p.closeID(open, closeText))
}

// closeID is PowerShell's error ID for a construct left unclosed.
func (p *parser) closeID(open tok, closeText string) string {
	switch closeText {
	case "}":
		return "MissingEndCurlyBrace"
	case "]":
		return "MissingEndSquareBracket"
	}
	if open.kind == tDollarParen || open.kind == tAtParen {
		return "MissingEndParenthesisInSubexpression"
	}
	return "MissingEndParenthesisInExpression"
}

// expectCloseID is expectClose with the error ID given by the caller.
// Like PowerShell, a script or statement block left open at the end of
// the file is reported at its `{`, anything else right after its opener.
func (p *parser) expectCloseID(kind lexer.TokenType, open tok, closeText, id string) tok {
	at := open.end
	if open.kind == tLBrace {
		at = open.pos
	}
	return p.expectCloseAt(kind, open, closeText, id, at)
}

// expectTypeBodyClose closes a class or enum body, which PowerShell
// reports left open right after its `{`.
func (p *parser) expectTypeBodyClose(open tok) tok {
	return p.expectCloseAt(tRBrace, open, "}", "MissingEndCurlyBrace", open.end)
}

// expectCloseAt is expectCloseID reporting a closer missing at the end of
// the file at offset at.
func (p *parser) expectCloseAt(kind lexer.TokenType, open tok, closeText, id string, at int) tok {
	t := p.peek()
	if t.kind == kind {
		return p.next()
	}
	if t.kind == tEOF {
		if kind == tRBrace || kind == tRParen {
			// Like PowerShell, pretend the closer is at the end of the
			// file: the block keeps its statements (and their findings).
			p.errAt(at, id, "reached end of file without matching `%s` with `%s`", p.text(open), closeText)
			// The construct ends with its last token (not after trailing
			// blanks, which would stick out of an enclosing node's span).
			end := max(p.prevEnd(), open.end)
			return tok{kind: kind, pos: end, end: end}
		}
		p.fail(at, id, "reached end of file without matching `%s` with `%s`", p.text(open), closeText)
	}
	p.fail(t.pos, id, "unexpected %s, expected `%s` to close `%s` at %s", p.describe(t), closeText, p.text(open), p.lineCol(open.pos))
	return t
}

// expectCloseAfter is expectCloseID for the closers PowerShell reports
// missing right after the last token inside (a statement's `(`…`)`, a
// parameter list), not at the opener.
func (p *parser) expectCloseAfter(kind lexer.TokenType, open tok, closeText, id string) tok {
	t := p.peek()
	if t.kind == kind {
		return p.next()
	}
	pos := max(p.lastEnd(t), open.end)
	if t.kind == tEOF {
		p.errAt(pos, id, "reached end of file without `%s` to close `%s` at %s", closeText, p.text(open), p.lineCol(open.pos))
		end := max(p.prevEnd(), open.end)
		return tok{kind: kind, pos: end, end: end}
	}
	p.fail(pos, id, "unexpected %s, expected `%s` to close `%s` at %s", p.describe(t), closeText, p.text(open), p.lineCol(open.pos))
	return t
}

// lineCol gives an offset as "line:column" (column in code points) for
// an error message. It counted from the start of the file at every call,
// which made a file with an error on every line quadratic (400 lines of a
// fuzzer's unclosed blocks: lineCol was two thirds of 0.77 s); the line is
// now found in a table of line starts built on first use, and the column
// counted from the line's start.
func (p *parser) lineCol(off int) string {
	off = min(max(off, 0), len(p.full))
	if p.lineStarts == nil {
		p.lineStarts = []int32{0}
		for i := 0; i < len(p.full); i++ {
			if p.full[i] == '\n' {
				p.lineStarts = append(p.lineStarts, int32(i+1))
			}
		}
	}
	// The last line start at or before off.
	line := sort.Search(len(p.lineStarts), func(i int) bool { return int(p.lineStarts[i]) > off }) - 1
	// Errors come mostly in order: on the line of the last answer, count
	// on from there (one long line full of errors stays linear).
	from, col := int(p.lineStarts[line]), 1
	if lc := p.lastLineCol; lc.col > 0 && lc.line == line && lc.off >= from && lc.off <= off {
		from, col = lc.off, lc.col
	}
	for i := from; i < off; i++ {
		if p.full[i]&0xC0 != 0x80 {
			col++
		}
	}
	p.lastLineCol = lineColMark{off: off, line: line, col: col}
	return fmt.Sprintf("%d:%d", line+1, col)
}

// lineColMark is lineCol's last answer.
type lineColMark struct{ off, line, col int }

func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		p.fatal = true
		p.fail(p.peek().pos, "ScriptTooComplicated", "nesting is deeper than %d levels", MaxDepth)
	}
}

func (p *parser) leave() { p.depth-- }

// --- script blocks and statement lists --------------------------------------

// isBlockEnd reports a token that ends a statement list closed by end.
func (p *parser) atListEnd(end lexer.TokenType) bool {
	k := p.peek().kind
	return k == end || k == tEOF || (k == tRBrace || k == tRParen) && end != tEOF
}

func (p *parser) scriptBlockBody(end lexer.TokenType, start int) *ScriptBlock {
	sb := &ScriptBlock{Span: Span{Start: start, Stop: start}}
	p.skipTerminators()
	// using statements come first.
	for p.isKeyword(p.peek(), "using") {
		p.usingOK = true
		s := p.statementRecover(end)
		p.usingOK = false
		if u, ok := s.(*UsingStmt); ok {
			sb.Using = append(sb.Using, u)
		}
		sb.Body = append(sb.Body, s)
		p.skipTerminators()
	}
	// [CmdletBinding()] param( … ): decided by a linear look-ahead, never by
	// a parse that is undone (nested script blocks made that exponential).
	if j := p.afterAttributes(p.i); p.isKeyword(p.tokAt(j), "param") {
		if nt, _ := p.peekPastNewlines2(j + 1 - p.i); nt.kind == tLParen {
			attrs := p.attributes()
			sb.Attributes = attrs
			sb.Param = p.paramBlock(attrs)
			p.skipTerminators()
		}
	}
	// Named blocks.
	if p.namedBlockAhead() {
		for {
			p.skipTerminators()
			if !p.namedBlockAhead() {
				break
			}
			nameTok := p.next()
			p.skipNewlines()
			open := p.peek()
			if open.kind != tLBrace {
				if p.isBlockName(open) || open.kind == tEOF || open.kind == tRBrace {
					// `begin process {}`: keep going, a block may follow.
					p.errAt(nameTok.end, "MissingNamedStatementBlock", "`%s` needs a `{` block after it", strings.ToLower(p.text(nameTok)))
					continue
				}
				p.failUnexpected(open, "MissingNamedStatementBlock", "`{` after "+p.text(nameTok))
			}
			p.next()
			nb := &NamedBlock{Span: Span{Start: nameTok.pos}, Name: strings.ToLower(p.text(nameTok))}
			nb.Body = p.statementList(tRBrace)
			nb.Stop = p.expectClose(tRBrace, open, "}").end
			sb.Named = append(sb.Named, nb)
		}
		p.skipTerminators()
		if !p.atListEnd(end) {
			t := p.peek()
			p.errAt(t.pos, "UnexpectedToken", "unexpected %s after named blocks, expected begin, process, end, clean or dynamicparam", p.describe(t))
			sb.Body = appendStmts(sb.Body, p.statementList(end))
		}
	} else {
		sb.Body = appendStmts(sb.Body, p.statementList(end))
	}
	sb.Stop = p.prevEnd()
	return sb
}

// peekPastNewlines2 looks at the n-th token after the current one, skipping line breaks.
func (p *parser) peekPastNewlines2(n int) (tok, int) {
	j := p.i + n
	for j < len(p.toks)-1 && p.tokAt(j).kind == tNewline {
		j++
	}
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	return p.tokAt(j), j
}

// namedBlockAhead reports a named block (begin, process, end, clean,
// dynamicparam) at the current token: followed by `{`, or, for all but
// clean (a plain command name before PowerShell 7.3), by nothing or by
// another block name (PowerShell's MissingNamedStatementBlock).
func (p *parser) namedBlockAhead() bool {
	t := p.peek()
	if !p.isBlockName(t) {
		return false
	}
	nt, _ := p.peekPastNewlines2(1)
	if nt.kind == tLBrace {
		return true
	}
	if strings.EqualFold(p.text(t), "clean") {
		return false
	}
	return nt.kind == tEOF || nt.kind == tRBrace || p.isBlockName(nt)
}

// isBlockName reports a named-block keyword.
func (p *parser) isBlockName(t tok) bool {
	if t.kind != tIdent {
		return false
	}
	switch strings.ToLower(p.text(t)) {
	case "begin", "process", "end", "clean", "dynamicparam":
		return true
	}
	return false
}

// appendStmts appends list to body, taking list itself when body is empty.
func appendStmts(body, list []Stmt) []Stmt {
	if len(body) == 0 {
		return list
	}
	return append(body, list...)
}

// statementList parses statements until end (not consumed).
func (p *parser) statementList(end lexer.TokenType) []Stmt {
	var buf [8]Stmt
	list := buf[:0]
	for {
		p.skipTerminators()
		k := p.peek().kind
		if k == tEOF || k == end {
			return p.a.stmts.copyOf(list)
		}
		if k == tRBrace || k == tRParen {
			if end != tEOF {
				return p.a.stmts.copyOf(list) // closes an enclosing construct
			}
			t := p.next()
			p.errAt(t.pos, "UnexpectedToken", "unexpected %s: no construct is open here", p.describe(t))
			continue
		}
		before := p.i
		s := p.statementRecover(end)
		if s != nil {
			list = append(list, s)
		}
		if p.i == before {
			// Never loop without progress.
			t := p.next()
			p.errAt(t.pos, "UnexpectedToken", "unexpected %s", p.describe(t))
		}
	}
}

// statementRecover parses one statement; on a syntax error it records the
// error and skips to the next statement boundary at this nesting level.
func (p *parser) statementRecover(end lexer.TokenType) (s Stmt) {
	start := p.i
	depth, dsc := p.depth, p.dsc
	func() {
		defer func() {
			if p.fatal {
				// The nesting limit abandons the whole file: let the one panic
				// unwind to the top (recovering and re-panicking at every level
				// made deep input quadratic).
				return
			}
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
				p.depth = depth
				p.dsc = dsc
				p.sync(start, end)
				bad := &BadStmt{Span: Span{Start: p.tokAt(start).pos, Stop: p.prevEnd()}}
				if bad.Stop < bad.Start {
					bad.Stop = bad.Start
				}
				s = bad
			}
		}()
		s = p.statement()
		p.endOfStatement(s)
	}()
	return s
}

// endOfStatement checks that a statement is followed by a terminator.
func (p *parser) endOfStatement(s Stmt) {
	t := p.peek()
	switch t.kind {
	case tNewline, tSemi, tEOF, tRBrace, tRParen:
		return
	}
	// Compound statements that end with a block may be followed directly by
	// another statement on the same line in practice; accept it.
	if s != nil && s.End() > 0 && p.at(s.End()-1) == '}' && p.i > 0 && p.tokAt(p.i-1).kind == tRBrace {
		return
	}
	// PowerShell 7's background operator ends its statement: `a & b`.
	if pl, ok := s.(*Pipeline); ok && pl.Background && p.i > 0 && p.isOp(p.tokAt(p.i-1), "&") {
		return
	}
	p.failUnexpected(t, "UnexpectedToken", "end of statement (a line break or `;`)")
}

// sync skips tokens to the next statement boundary: a line break or `;` at
// the nesting level where the failed statement started, or a closer that
// belongs to an enclosing construct. When the statement left a construct
// open that is never closed (an unclosed `(` before the `}` of the
// function around it, or the end of the file), skipping to that level
// would swallow the rest of the block or file, so it resumes at the line
// after the failure instead.
func (p *parser) sync(start int, end lexer.TokenType) {
	if p.i <= start {
		p.i = start
	}
	failAt := p.i
	// The openers the failed statement consumed and left open.
	var open []lexer.TokenType
	for j := start; j < p.i; j++ {
		switch k := p.tokAt(j).kind; k {
		case tLParen, tLBrace, tAtParen, tAtBrace, tDollarParen, tLBracket:
			open = append(open, k)
		case tRParen, tRBrace, tRBracket:
			if n := len(open); n > 0 && closes(k, open[n-1]) {
				open = open[:n-1]
			}
		}
	}
	if p.skipToBoundary(open) {
		return
	}
	p.i = failAt
	if failAt > 0 && p.tokAt(failAt-1).kind == tNewline {
		return // the failure point starts a line: resume right there
	}
	p.skipToBoundary(nil)
}

// closes reports whether closer k closes opener o.
func closes(k, o lexer.TokenType) bool {
	switch k {
	case tRParen:
		return o == tLParen || o == tAtParen || o == tDollarParen
	case tRBrace:
		return o == tLBrace || o == tAtBrace
	case tRBracket:
		return o == tLBracket
	}
	return false
}

// skipToBoundary advances to a statement boundary once the open
// constructs are closed, and reports whether it found one. It gives up
// (false) at the end of the file with constructs still open, and at a
// closer that does not match the innermost open construct (that one was
// never closed; the closer belongs to an enclosing construct).
//
// An opener met on the way is not pushed and scanned through: its fate
// (boundaryFates) says where the scan would close it, or give up, and the
// scan jumps there. Scanning through made recovery quadratic when a file
// leaves constructs open line after line (each failed statement scanned
// to the end of the file: 400 lines of 128 open parentheses took 0.8 s).
func (p *parser) skipToBoundary(open []lexer.TokenType) bool {
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
			if p.fates == nil {
				p.boundaryFates()
			}
			f := p.fates[p.i]
			if f < 0 {
				p.i = int(-f) - 1 // where the scan would give up, with this opener still open
				return false
			}
			p.i = int(f) - 1 // its closer; p.next() passes it
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
					break // a stray ] (in a bareword) closes nothing
				}
				return false
			}
			open = open[:n-1]
		}
		p.next()
	}
}

// boundaryFates computes, in one pass over the tokens, what skipToBoundary
// meets after each opener it pushes: fates[j] is c+1 when the opener at j
// is closed by the closer at c, -(g+1) when the scan gives up at g with it
// still open (a ) or } that closes something else, or the end of the
// file). What happens to an opener depends only on the tokens after it,
// so one pass with a stack gives every opener's fate; it is computed only
// for a file that needs recovery.
func (p *parser) boundaryFates() {
	p.fates = make([]int32, len(p.toks))
	var stack []int32
	giveUp := func(g int) {
		for _, j := range stack {
			p.fates[j] = -(int32(g) + 1)
		}
		stack = stack[:0]
	}
	for k := range p.toks {
		switch kind := p.tokAt(k).kind; kind {
		case tLParen, tLBrace, tAtParen, tAtBrace, tDollarParen, tLBracket:
			stack = append(stack, int32(k))
		case tRParen, tRBrace, tRBracket:
			n := len(stack)
			switch {
			case n == 0:
			case closes(kind, p.tokAt(int(stack[n-1])).kind):
				p.fates[stack[n-1]] = int32(k) + 1
				stack = stack[:n-1]
			case kind == tRBracket: // a stray ]: skipped
			default:
				giveUp(k)
			}
		case tEOF:
			giveUp(k)
		}
	}
}

// --- statements ---------------------------------------------------------------

func (p *parser) statement() Stmt {
	p.enter()
	defer p.leave()
	t := p.peek()
	label := ""
	// :label before a loop.
	if t.kind == tGeneric && p.text(t) == ":" {
		if nt := p.peekAt(1); nt.kind == tIdent && adjacent(t, nt) {
			label = p.text(nt)
			p.i += 2
			p.skipNewlines()
			t = p.peek()
		}
	}
	// In a configuration, a resource body is a hashtable: a keyword before
	// `=` is a property name (File F { Filter = "*.log" }), read as the
	// other property names are, as a command.
	if t.kind == tIdent && !(p.dsc > 0 && p.isOp(p.peekAt(1), "=")) {
		switch strings.ToLower(p.text(t)) {
		case "if":
			return p.ifStmt()
		case "switch":
			return p.switchStmt(label)
		case "foreach":
			if nt := p.peekAt(1); nt.kind == tLParen || nt.kind == tDash {
				return p.foreachStmt(label)
			}
			p.keywordAlone(t, "MissingOpenParenthesisAfterKeyword", "`(`")
		case "for":
			if nt, _ := p.peekPastNewlines2(1); nt.kind == tLParen {
				return p.forStmt(label)
			}
			p.keywordAlone(t, "MissingOpenParenthesisAfterKeyword", "`(`")
		case "while":
			if nt, _ := p.peekPastNewlines2(1); nt.kind == tLParen {
				return p.whileStmt(label)
			}
			p.keywordAlone(t, "MissingOpenParenthesisAfterKeyword", "`(`")
		case "do":
			if nt, _ := p.peekPastNewlines2(1); nt.kind == tLBrace {
				return p.doStmt(label)
			}
			p.keywordAlone(t, "MissingLoopStatement", "`{`")
		case "try":
			if nt, _ := p.peekPastNewlines2(1); nt.kind == tLBrace {
				return p.tryStmt()
			}
			p.keywordAlone(t, "MissingTryStatementBlock", "`{`")
		case "trap":
			return p.trapStmt()
		case "function", "filter", "workflow":
			// The name may be on the next line (Function⏎ Apply-X { }).
			if nt, _ := p.peekPastNewlines2(1); nt.kind != tEOF && nt.kind != tSemi && nt.kind != tRBrace && nt.kind != tRParen {
				return p.functionDef()
			}
			if label == "" {
				p.keywordAlone(t, "MissingNameAfterKeyword", "a name")
			}
		case "class":
			if nt := p.peekAt(1); nt.kind == tIdent {
				return p.classDef(nil)
			}
			p.keywordAlone(t, "MissingNameAfterKeyword", "a name")
		case "enum":
			if nt := p.peekAt(1); nt.kind == tIdent {
				return p.enumDef(nil)
			}
			p.keywordAlone(t, "MissingNameAfterKeyword", "a name")
		case "using":
			return p.usingStmt()
		case "data":
			return p.dataStmt()
		case "configuration":
			if nt := p.peekAt(1); nt.kind != tNewline && nt.kind != tEOF && nt.kind != tDash {
				return p.configurationDef()
			}
		case "break", "continue", "return", "throw", "exit":
			return p.flowStmt()
		}
		// A stray else, catch, finally or until is not a syntax error in
		// PowerShell: it is parsed as a command of that name (and fails at
		// run time), so it falls through to the pipeline below.
	}
	if t.kind == tLBracket {
		// [Flags()] enum / [DscResource()] class / [DscLocalConfigurationManager()] configuration
		if j := p.afterAttributes(p.i); j > p.i {
			switch nt := p.tokAt(j); {
			case p.isKeyword(nt, "class"):
				return p.classDef(p.attributes())
			case p.isKeyword(nt, "enum"):
				return p.enumDef(p.attributes())
			case p.isKeyword(nt, "configuration"):
				attrs := p.attributes()
				c := p.configurationDef().(*ConfigurationDef)
				c.Start = attrs[0].Start
				return c
			}
		}
	}
	return p.pipelineOrAssignment()
}

// stmtBlock parses a { } statement block; id is PowerShell's error ID for
// a missing block at this place.
// splatOr is PowerShell's error ID where a variable is expected: a
// splatted @name gets SplattingNotPermitted, anything else id.
func splatOr(t tok, id string) string {
	if t.kind == tSplat {
		return "SplattingNotPermitted"
	}
	return id
}

// keywordAlone reports a statement keyword with nothing after it (the end
// of the file, `;` or a closer follow): PowerShell rejects `for`, `do`,
// `try`, `function`, `class` … alone. A keyword followed by anything else
// falls through to be read as a command, as before.
func (p *parser) keywordAlone(kw tok, id, expected string) {
	nt, _ := p.peekPastNewlines2(1)
	switch nt.kind {
	case tEOF, tSemi, tRBrace, tRParen:
		p.next()
		p.fail(kw.end, id, "`%s` needs %s after it", strings.ToLower(p.text(kw)), expected)
	}
}

func (p *parser) stmtBlock(id string) *StmtBlock {
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLBrace {
		if open.kind == tEOF {
			p.fail(p.lastEnd(open), id, "reached end of file, expected `{`")
		}
		p.failUnexpected(open, id, "`{`")
	}
	p.next()
	p.enter()
	body := p.statementList(tRBrace)
	p.leave()
	cl := p.expectClose(tRBrace, open, "}")
	return p.a.blocks.put(StmtBlock{Span: Span{Start: open.pos, Stop: cl.end}, Body: body})
}

// parenPipeline parses ( pipeline ) for conditions.
func (p *parser) parenPipeline(what string) (*Pipeline, tok, tok) {
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLParen {
		id := "MissingOpenParenthesisAfterKeyword"
		if what == "`if`" || what == "`elseif`" {
			id = "MissingOpenParenthesisInIfStatement"
		}
		p.failUnexpected(open, id, "`(` after "+what)
	}
	p.next()
	p.skipNewlines()
	var pl *Pipeline
	switch p.peek().kind {
	case tRParen, tEOF, tRBrace, tSemi:
		// PowerShell needs a condition: `if ()` and `while ()` are errors.
		p.errAt(open.end, missingConditionID(what), "%s needs a condition inside `( )`", what)
		if p.peek().kind != tRParen {
			panic(bailout{}) // reported once, as PowerShell does
		}
	default:
		pl = p.asPipeline(p.pipelineOrAssignment())
	}
	p.skipNewlines()
	if t := p.peek(); t.kind != tRParen && (what == "`if`" || what == "`elseif`") && t.kind != tEOF {
		// After an if condition PowerShell reports the token found.
		p.fail(t.pos, "MissingEndParenthesisAfterStatement", "unexpected %s, expected `)` to close `(` at %s", p.describe(t), p.lineCol(open.pos))
	}
	cl := p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisAfterStatement")
	return pl, open, cl
}

// isSwitchFlag reports a switch flag PowerShell knows (a prefix of one
// is enough, as for a parameter name).
func isSwitchFlag(flag string) bool {
	for _, f := range []string{"regex", "wildcard", "exact", "casesensitive", "parallel", "file"} {
		if strings.HasPrefix(f, flag) {
			return true
		}
	}
	return false
}

// missingConditionID is PowerShell's error ID for an empty condition
// after the keyword in what.
func missingConditionID(what string) string {
	switch what {
	case "`if`", "`elseif`":
		return "IfStatementMissingCondition"
	case "`switch`":
		return "PipelineValueRequired"
	}
	return "MissingExpressionAfterKeyword"
}

// asPipeline wraps an assignment used as a condition in a pipeline of one expression.
func (p *parser) asPipeline(s Stmt) *Pipeline {
	switch s := s.(type) {
	case *Pipeline:
		return s
	case *AssignStmt:
		return p.a.pipes.put(Pipeline{Span: s.Span, Elements: []PipelineElement{&CommandExpr{Span: s.Span, X: &ParenExpr{Span: s.Span, X: s}}}})
	}
	return p.a.pipes.put(Pipeline{Span: Span{Start: s.Pos(), Stop: s.End()}})
}

func (p *parser) ifStmt() Stmt {
	kw := p.next()
	st := &IfStmt{Span: Span{Start: kw.pos}}
	cond, _, _ := p.parenPipeline("`if`")
	body := p.stmtBlock("MissingStatementBlock")
	st.Clauses = append(st.Clauses, &IfClause{Span: Span{Start: kw.pos, Stop: body.Stop}, Cond: cond, Body: body})
	st.Stop = body.Stop
	for {
		nt, j := p.peekPastNewlines()
		if p.isKeyword(nt, "elseif") {
			p.i = j + 1
			c, _, _ := p.parenPipeline("`elseif`")
			b := p.stmtBlock("MissingStatementBlock")
			st.Clauses = append(st.Clauses, &IfClause{Span: Span{Start: nt.pos, Stop: b.Stop}, Cond: c, Body: b})
			st.Stop = b.Stop
			continue
		}
		if p.isKeyword(nt, "else") {
			p.i = j + 1
			st.Else = p.stmtBlock("MissingStatementBlockAfterElse")
			st.Stop = st.Else.Stop
		}
		return st
	}
}

func (p *parser) switchStmt(label string) Stmt {
	kw := p.next()
	st := &SwitchStmt{Span: Span{Start: kw.pos}, Label: label}
	for {
		p.skipNewlines()
		t := p.peek()
		if t.kind != tDash {
			break
		}
		p.next()
		flag := strings.ToLower(strings.TrimSuffix(dashName(p.text(t)), ":"))
		st.Flags = append(st.Flags, flag)
		switch {
		case flag == "":
			// `switch - (…)`: PowerShell's verbatim-argument marker.
		case strings.HasPrefix("file", flag):
			p.skipNewlines()
			switch nt := p.peek(); nt.kind {
			case tEOF, tNewline, tSemi, tRParen, tRBrace, tLBrace, tLParen:
				p.fail(t.end, "MissingFilenameOption", "`switch -file` needs a file name")
			}
			st.File = p.commandArgument()
		case !isSwitchFlag(flag):
			p.errAt(t.pos, "InvalidSwitchFlag", "`switch` has no flag `-%s` (valid: -Regex, -Wildcard, -Exact, -CaseSensitive, -Parallel, -File)", flag)
		}
	}
	p.skipNewlines()
	switch t := p.peek(); {
	case t.kind == tLParen:
		if st.File != nil {
			p.errAt(t.pos, "PipelineValueRequired", "`switch -file` takes a file name, not a `( )` condition")
		}
		cond, _, _ := p.parenPipeline("`switch`")
		st.Cond = cond
	case st.File == nil:
		p.fail(p.lastEnd(t), "PipelineValueRequired", "`switch` needs a `( )` condition or -File")
	}
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLBrace {
		p.failUnexpected(open, "MissingCurlyBraceInSwitchStatement", "`{` to start the switch body")
	}
	p.next()
	for {
		p.skipTerminators()
		t := p.peek()
		if t.kind == tEOF {
			// PowerShell looks for one more clause and reports that one
			// missing; the clauses read so far stay in the tree.
			p.errAt(p.lastEnd(t), "MissingSwitchConditionExpression", "reached end of file inside the `switch` body, expected a clause or `}`")
			st.Stop = max(p.prevEnd(), open.end)
			return st
		}
		if t.kind == tRBrace {
			break
		}
		cl := &SwitchClause{Span: Span{Start: t.pos}}
		if p.isKeyword(t, "default") {
			if nt, _ := p.peekPastNewlines2(1); nt.kind == tLBrace {
				p.next()
				cl.Default = true
			}
		}
		if !cl.Default {
			cl.Pattern = p.commandArgumentPrimary()
		}
		cl.Body = p.stmtBlock("MissingSwitchStatementClause")
		cl.Stop = cl.Body.Stop
		st.Clauses = append(st.Clauses, cl)
	}
	st.Stop = p.expectClose(tRBrace, open, "}").end
	return st
}

func (p *parser) foreachStmt(label string) Stmt {
	kw := p.next()
	st := &ForeachStmt{Span: Span{Start: kw.pos}, Label: label}
	for p.peek().kind == tDash {
		t := p.next()
		name := strings.ToLower(dashName(p.text(t)))
		if name == "parallel" {
			st.Parallel = true
		} else if name == "throttlelimit" {
			p.commandArgument()
		}
	}
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLParen {
		p.failUnexpected(open, "MissingOpenParenthesisAfterKeyword", "`(` after `foreach`")
	}
	p.next()
	p.skipNewlines()
	vt := p.peek()
	if vt.kind != tVariable {
		p.failUnexpected(vt, splatOr(vt, "MissingVariableNameAfterForeach"), "a variable name in `foreach (`")
	}
	st.Var = p.primary().(*Variable)
	p.skipNewlines()
	if in := p.peek(); !p.isKeyword(in, "in") {
		p.failUnexpected(in, "MissingInInForeach", "`in` in `foreach`")
	}
	p.next()
	p.skipNewlines()
	switch t := p.peek(); t.kind {
	case tEOF, tRParen, tRBrace, tSemi:
		p.failUnexpected(t, "MissingForeachExpression", "the collection after `in`")
	}
	st.In = p.asPipeline(p.pipelineOrAssignment())
	p.skipNewlines()
	p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisAfterForeach")
	st.Body = p.stmtBlock("MissingForeachStatement")
	st.Stop = st.Body.Stop
	return st
}

func (p *parser) forStmt(label string) Stmt {
	kw := p.next()
	st := &ForStmt{Span: Span{Start: kw.pos}, Label: label}
	p.skipNewlines()
	open := p.next()
	part := func(last bool) Stmt {
		p.skipNewlines()
		t := p.peek()
		if t.kind == tEOF {
			p.failUnexpected(t, "MissingEndParenthesisAfterStatement", "`)` to close `for (`")
		}
		if t.kind == tSemi || t.kind == tRParen {
			if t.kind == tSemi && !last {
				p.next()
			}
			return nil
		}
		s := p.pipelineOrAssignment()
		// PowerShell takes a `;` after each part when there is one and
		// skips line breaks: parts on their own lines need no `;`.
		newline := p.peek().kind == tNewline
		p.skipNewlines()
		if !last {
			if t := p.peek(); t.kind == tSemi {
				p.next()
			} else if t.kind != tRParen && !newline {
				p.failUnexpected(t, "MissingEndParenthesisAfterStatement", "`;` in `for (`")
			}
		}
		return s
	}
	st.Init = part(false)
	st.Cond = part(false)
	st.Iter = part(true)
	p.skipNewlines()
	p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisAfterStatement")
	st.Body = p.stmtBlock("MissingLoopStatement")
	st.Stop = st.Body.Stop
	return st
}

func (p *parser) whileStmt(label string) Stmt {
	kw := p.next()
	st := &WhileStmt{Span: Span{Start: kw.pos}, Label: label}
	cond, _, _ := p.parenPipeline("`while`")
	if cond != nil {
		st.Cond = cond
	}
	st.Body = p.stmtBlock("MissingLoopStatement")
	st.Stop = st.Body.Stop
	return st
}

func (p *parser) doStmt(label string) Stmt {
	kw := p.next()
	st := &DoStmt{Span: Span{Start: kw.pos}, Label: label}
	st.Body = p.stmtBlock("MissingLoopStatement")
	nt, j := p.peekPastNewlines()
	switch {
	case p.isKeyword(nt, "while"):
	case p.isKeyword(nt, "until"):
		st.Until = true
	default:
		p.failUnexpected(nt, "MissingWhileOrUntilInDoWhile", "`while` or `until` after the `do` block")
	}
	p.i = j + 1
	cond, _, cl := p.parenPipeline("`" + p.text(nt) + "`")
	if cond != nil {
		st.Cond = cond
	}
	st.Stop = cl.end
	return st
}

func (p *parser) tryStmt() Stmt {
	kw := p.next()
	st := &TryStmt{Span: Span{Start: kw.pos}}
	st.Body = p.stmtBlock("MissingTryStatementBlock")
	st.Stop = st.Body.Stop
	for {
		nt, j := p.peekPastNewlines()
		if p.isKeyword(nt, "catch") {
			p.i = j + 1
			cc := &CatchClause{Span: Span{Start: nt.pos}}
			for {
				p.skipNewlines()
				if p.peek().kind != tLBracket {
					break
				}
				tn := p.typeLiteral()
				cc.Types = append(cc.Types, tn)
				p.skipNewlines()
				if p.peek().kind == tComma {
					comma := p.next()
					if nt, _ := p.peekPastNewlines(); nt.kind != tLBracket {
						p.fail(comma.end, "MissingTypeLiteralToken", "expected an exception type such as `[System.IO.IOException]` after `,`")
					}
					continue
				}
				break
			}
			cc.Body = p.stmtBlock("MissingCatchHandlerBlock")
			cc.Stop = cc.Body.Stop
			st.Catches = append(st.Catches, cc)
			st.Stop = cc.Stop
			continue
		}
		if p.isKeyword(nt, "finally") {
			p.i = j + 1
			st.Finally = p.stmtBlock("MissingFinallyStatementBlock")
			st.Stop = st.Finally.Stop
		}
		break
	}
	if len(st.Catches) == 0 && st.Finally == nil {
		p.errAt(st.Body.Stop, "MissingCatchOrFinally", "`try` block is missing its `catch` or `finally` block")
	}
	return st
}

func (p *parser) trapStmt() Stmt {
	kw := p.next()
	st := &TrapStmt{Span: Span{Start: kw.pos}}
	p.skipNewlines()
	if p.peek().kind == tLBracket {
		st.Type = p.typeLiteral()
	}
	st.Body = p.stmtBlock("MissingTrapStatement")
	st.Stop = st.Body.Stop
	return st
}

func (p *parser) flowStmt() Stmt {
	kw := p.next()
	st := &FlowStmt{Span: Span{Start: kw.pos, Stop: kw.end}, Keyword: strings.ToLower(p.text(kw))}
	t := p.peek()
	switch t.kind {
	case tNewline, tSemi, tEOF, tRBrace, tRParen, tPipe:
		return st
	}
	if p.isOp(t, "&&") || p.isOp(t, "||") {
		return st
	}
	switch st.Keyword {
	case "break", "continue":
		st.Label = p.commandArgumentPrimary()
		st.Stop = st.Label.End()
	default:
		st.Value = p.pipelineOrAssignment()
		st.Stop = st.Value.End()
	}
	return st
}

func (p *parser) functionDef() Stmt {
	kw := p.next()
	st := &FunctionDef{Span: Span{Start: kw.pos}, Kind: strings.ToLower(p.text(kw))}
	p.skipNewlines()
	nameStart := p.peek()
	// The name is every glued token up to a blank, ( or {.
	j := p.i
	for {
		t := p.tokAt(j)
		if t.kind == tLParen || t.kind == tLBrace || t.kind == tNewline || t.kind == tEOF || t.kind == tSemi {
			break
		}
		if j > p.i && !adjacent(p.tokAt(j-1), t) {
			break
		}
		j++
	}
	if j == p.i {
		p.failUnexpected(nameStart, "MissingNameAfterKeyword", "a function name")
	}
	st.Name = p.sl(nameStart.pos, p.tokAt(j-1).end)
	st.NamePos = nameStart.pos
	p.i = j
	p.skipNewlines()
	if p.peek().kind == tLParen {
		open := p.next()
		st.Params = p.paramList(tRParen)
		p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisInFunctionParameterList")
		p.skipNewlines()
	}
	open := p.peek()
	if open.kind != tLBrace {
		p.failUnexpected(open, "MissingFunctionBody", "`{` to start the body of "+st.Kind+" "+st.Name)
	}
	p.next()
	p.enter()
	st.Body = p.scriptBlockBody(tRBrace, open.pos)
	p.leave()
	cl := p.expectClose(tRBrace, open, "}")
	st.Body.Start, st.Body.Stop = open.pos, cl.end
	st.Stop = cl.end
	return st
}

func (p *parser) paramBlock(attrs []*Attribute) *ParamBlock {
	kw := p.next()
	start := kw.pos
	if len(attrs) > 0 {
		start = attrs[0].Start
	}
	p.skipNewlines()
	open := p.next()
	pb := &ParamBlock{Span: Span{Start: start}, Attributes: attrs}
	pb.Params = p.paramList(tRParen)
	pb.Stop = p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisInFunctionParameterList").end
	return pb
}

// paramList parses comma-separated parameter declarations up to end.
func (p *parser) paramList(end lexer.TokenType) []*Param {
	var params []*Param
	for {
		p.skipNewlines()
		t := p.peek()
		if t.kind == end || t.kind == tEOF {
			return params
		}
		prm := &Param{Span: Span{Start: t.pos}}
		for p.peek().kind == tLBracket {
			prm.Attributes = append(prm.Attributes, p.attribute())
			p.skipNewlines()
		}
		vt := p.peek()
		if len(prm.Attributes) == 0 && (vt.kind == tRBrace || vt.kind == tRParen) {
			return params // the caller reports the missing `)`
		}
		if vt.kind != tVariable {
			p.failUnexpected(vt, splatOr(vt, "InvalidFunctionParameter"), "a parameter variable such as `$Name`")
		}
		p.next()
		prm.Name = p.variable(vt)
		prm.Stop = vt.end
		p.skipNewlines()
		if p.isOp(p.peek(), "=") {
			p.next()
			p.skipNewlines()
			prm.Default = p.expression(false)
			prm.Stop = prm.Default.End()
		}
		params = append(params, prm)
		p.skipNewlines()
		if p.peek().kind == tComma {
			p.next()
			continue
		}
		if k := p.peek().kind; k != end {
			p.failUnexpected(p.peek(), "MissingEndParenthesisInFunctionParameterList", "`,` or `)` in the parameter list")
		}
	}
}

// afterAttributes looks ahead from token i over a run of bracketed groups
// ([Attr(…)] [type] …, line breaks allowed between them) and returns the
// index of the first token after them (i itself when there is none). It
// only counts brackets, so deciding costs linear time.
func (p *parser) afterAttributes(i int) int {
	j := i
	for {
		k := j
		for p.tokAt(k).kind == tNewline {
			k++
		}
		if p.tokAt(k).kind != tLBracket {
			if j == i {
				return i
			}
			return k
		}
		m := p.matching(k)
		if m < 0 {
			return i
		}
		j = m + 1
	}
}

// matching returns the index of the token that closes the opener at index
// i, or -1. The table is built once per parse, in one pass with a stack,
// so look-aheads over bracketed groups stay linear however deep the nesting.
func (p *parser) matching(i int) int {
	if p.match == nil {
		p.match = make([]int32, len(p.toks))
		var stack []int32
		for j, t := range p.toks {
			p.match[j] = -1
			switch lexer.TokenType(t.kind) {
			case tLBracket, tLParen, tAtParen, tDollarParen, tLBrace, tAtBrace:
				stack = append(stack, int32(j))
			case tRBracket, tRParen, tRBrace:
				if n := len(stack); n > 0 {
					p.match[stack[n-1]] = int32(j)
					stack = stack[:n-1]
				}
			}
		}
	}
	return int(p.match[i])
}

// attributes parses the attributes at the cursor (the caller has checked
// with afterAttributes that they are there).
func (p *parser) attributes() []*Attribute {
	var attrs []*Attribute
	for {
		p.skipNewlines()
		if p.peek().kind != tLBracket {
			return attrs
		}
		attrs = append(attrs, p.attribute())
	}
}

// attribute parses [Name(args)] or [type].
func (p *parser) attribute() *Attribute {
	open := p.next()
	a := p.a.attrs.put(Attribute{Span: Span{Start: open.pos}})
	a.Type = p.typeName()
	if p.peek().kind == tLParen {
		lp := p.next()
		for {
			p.skipNewlines()
			t := p.peek()
			if t.kind == tRParen {
				break
			}
			if t.kind == tIdent {
				nt, _ := p.peekPastNewlines2(1)
				if p.isOp(nt, "=") || nt.kind == tComma || nt.kind == tRParen {
					p.next()
					na := &NamedAttributeArg{Span: Span{Start: t.pos, Stop: t.end}, Name: p.text(t)}
					p.skipNewlines()
					if p.isOp(p.peek(), "=") {
						p.next()
						p.skipNewlines()
						na.Value = p.expression(false)
						na.Stop = na.Value.End()
					}
					a.Named = append(a.Named, na)
					goto sep
				}
			}
			a.Positional = append(a.Positional, p.expression(false))
		sep:
			p.skipNewlines()
			if p.peek().kind == tComma {
				p.next()
				continue
			}
			if p.peek().kind != tRParen {
				p.failUnexpected(p.peek(), "MissingEndParenthesisInMethodCall", "`,` or `)` in attribute arguments")
			}
		}
		p.expectClose(tRParen, lp, ")")
		p.skipNewlines()
	} else {
		a.IsTypeConstraint = true
		// [Type, Assembly, Version=…]: an assembly-qualified name.
		if p.peek().kind == tComma {
			for k := p.peek().kind; k != tRBracket && k != tEOF && k != tNewline; k = p.peek().kind {
				p.next()
			}
		}
	}
	a.Stop = p.expectClose(tRBracket, open, "]").end
	return a
}

// typeLiteral parses [TypeName] and returns the name.
func (p *parser) typeLiteral() *TypeName {
	open := p.next()
	tn := p.typeName()
	p.expectClose(tRBracket, open, "]")
	return tn
}

// typeName parses a dotted name with generic arguments and array ranks; the
// opening [ has been consumed.
func (p *parser) typeName() *TypeName {
	p.skipNewlines()
	t := p.peek()
	tn := p.a.types.put(TypeName{Span: Span{Start: t.pos}})
	if t.kind == tNumber {
		// [1] is no type: PowerShell says the type name is missing.
		p.failUnexpected(t, "MissingTypename", "a type name")
	}
	var sb strings.Builder
	for {
		t = p.peek()
		switch t.kind {
		case tIdent, tDot, tNumber, tGeneric:
			if t.kind == tGeneric && p.text(t) != "`" && !strings.HasPrefix(p.text(t), "`") && p.text(t) != "+" {
				goto done
			}
			sb.WriteString(p.text(t))
			p.next()
			continue
		case tOp:
			if p.text(t) == "+" { // nested types: Outer+Inner
				sb.WriteString("+")
				p.next()
				continue
			}
		}
		break
	}
done:
	tn.Name = sb.String()
	if tn.Name == "" {
		p.failUnexpected(p.peek(), "MissingTypename", "a type name")
	}
	tn.Stop = p.prevEnd()
	// Generic arguments or array rank.
	for p.peek().kind == tLBracket {
		save := p.i
		p.next()
		switch p.peek().kind {
		case tRBracket:
			tn.Array = true
			tn.Stop = p.next().end
			continue
		case tComma:
			// multi-dimensional array [,]
			for p.peek().kind == tComma {
				p.next()
			}
			tn.Array = true
			tn.Stop = p.expectClose(tRBracket, p.tokAt(save), "]").end
			continue
		}
		if tn.Array {
			p.i = save
			return tn
		}
		for {
			p.skipNewlines()
			inner := p.peek()
			if inner.kind == tLBracket { // [Dictionary[[string],[int]]]
				p.next()
				tn.GenericArgs = append(tn.GenericArgs, p.typeName())
				p.expectClose(tRBracket, inner, "]")
			} else {
				tn.GenericArgs = append(tn.GenericArgs, p.typeName())
			}
			p.skipNewlines()
			if p.peek().kind == tComma {
				p.next()
				continue
			}
			break
		}
		tn.Stop = p.expectClose(tRBracket, p.tokAt(save), "]").end
	}
	return tn
}

func (p *parser) classDef(attrs []*Attribute) Stmt {
	kw := p.next()
	start := kw.pos
	if len(attrs) > 0 {
		start = attrs[0].Start
	}
	nameTok := p.next()
	st := &ClassDef{Span: Span{Start: start}, Attributes: attrs, Name: p.text(nameTok)}
	p.skipNewlines()
	if t := p.peek(); t.kind == tGeneric && p.text(t) == ":" {
		p.next()
		for {
			p.skipNewlines()
			bt := p.peek()
			tn := p.a.types.put(TypeName{Span: Span{Start: bt.pos}})
			var sb strings.Builder
			for k := p.peek().kind; k == tIdent || k == tDot; k = p.peek().kind {
				sb.WriteString(p.text(p.next()))
			}
			tn.Name = sb.String()
			if tn.Name == "" {
				p.failUnexpected(p.peek(), "TypeNameExpected", "a base class or interface name")
			}
			tn.Stop = p.prevEnd()
			if p.peek().kind == tLBracket && adjacent(p.tokAt(p.i-1), p.peek()) {
				open := p.next()
				for {
					tn.GenericArgs = append(tn.GenericArgs, p.typeName())
					if p.peek().kind == tComma {
						p.next()
						continue
					}
					break
				}
				tn.Stop = p.expectClose(tRBracket, open, "]").end
			}
			st.Bases = append(st.Bases, tn)
			p.skipNewlines()
			if p.peek().kind == tComma {
				p.next()
				continue
			}
			break
		}
	}
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLBrace {
		p.failUnexpected(open, "MissingTypeBody", "`{` to start class "+st.Name)
	}
	p.next()
	p.enter()
	for {
		p.skipTerminators()
		t := p.peek()
		if t.kind == tRBrace || t.kind == tEOF {
			break
		}
		st.Members = append(st.Members, p.classMember(st.Name))
	}
	p.leave()
	st.Stop = p.expectTypeBodyClose(open).end
	return st
}

func (p *parser) classMember(className string) ClassMember {
	start := p.peek().pos
	var attrs []*Attribute
	var mods []string
	for {
		p.skipNewlines()
		t := p.peek()
		if t.kind == tLBracket {
			attrs = append(attrs, p.attribute())
			continue
		}
		if t.kind == tIdent {
			switch strings.ToLower(p.text(t)) {
			case "static", "hidden":
				nt := p.peekAt(1)
				if nt.kind != tLParen {
					mod := strings.ToLower(p.text(t))
					for _, m := range mods {
						if m == mod {
							p.errAt(t.pos, "DuplicateQualifier", "`%s` is given twice", mod)
						}
					}
					mods = append(mods, mod)
					p.next()
					continue
				}
			}
		}
		break
	}
	t := p.peek()
	switch t.kind {
	case tVariable:
		p.next()
		types := 0
		for _, a := range attrs {
			if a.IsTypeConstraint {
				if types++; types == 2 {
					p.errAt(a.Pos(), "TooManyTypes", "a property takes one type, not two")
				}
			}
		}
		m := &PropertyMember{Span: Span{Start: start, Stop: t.end}, Attributes: attrs, Modifiers: mods, Name: p.variable(t).Name}
		if p.isOp(p.peek(), "=") {
			p.next()
			p.skipNewlines()
			m.Default = p.expression(true)
			m.Stop = m.Default.End()
		}
		return m
	case tIdent:
		p.next()
		m := &MethodMember{Span: Span{Start: start}, Attributes: attrs, Modifiers: mods, Name: p.text(t), NamePos: t.pos}
		p.skipNewlines()
		open := p.peek()
		if open.kind != tLParen {
			p.failUnexpected(open, "MissingMethodParameterList", "`(` after method name "+m.Name)
		}
		p.next()
		m.Params = p.paramList(tRParen)
		rp := p.expectClose(tRParen, open, ")")
		p.skipNewlines()
		if c := p.peek(); c.kind == tGeneric && p.text(c) == ":" {
			if !strings.EqualFold(m.Name, className) || slices.Contains(mods, "static") {
				// Only an instance constructor may call base( ) or this( ).
				p.fail(rp.end, "MissingFunctionBody", "only a constructor of %s may call base() or this(); expected `{` to start method %s", className, m.Name)
			}
			p.next()
			p.skipNewlines()
			if b := p.peek(); p.isKeyword(b, "base") || p.isKeyword(b, "this") {
				p.next()
				p.skipNewlines()
				lp := p.peek()
				if lp.kind != tLParen {
					p.failUnexpected(lp, "MissingMethodParameterList", "`(` after "+p.text(b))
				}
				p.next()
				m.BaseArgs = p.callArgs(lp)
			} else {
				p.failUnexpected(b, "MissingBaseCtorCall", "`base(` in constructor")
			}
			p.skipNewlines()
		}
		ob := p.peek()
		if ob.kind != tLBrace {
			p.failUnexpected(ob, "MissingFunctionBody", "`{` to start method "+m.Name)
		}
		p.next()
		m.Body = p.scriptBlockBody(tRBrace, ob.pos)
		cl := p.expectClose(tRBrace, ob, "}")
		m.Body.Start, m.Body.Stop = ob.pos, cl.end
		m.Stop = cl.end
		return m
	}
	p.failUnexpected(t, "IncompleteMemberDefinition", "a property (`$Name`) or method declaration in class "+className)
	return nil
}

func (p *parser) enumDef(attrs []*Attribute) Stmt {
	kw := p.next()
	start := kw.pos
	if len(attrs) > 0 {
		start = attrs[0].Start
	}
	nameTok := p.next()
	st := &EnumDef{Span: Span{Start: start}, Attributes: attrs, Name: p.text(nameTok)}
	p.skipNewlines()
	if t := p.peek(); t.kind == tGeneric && p.text(t) == ":" {
		p.next()
		p.skipNewlines()
		for k := p.peek().kind; k == tIdent || k == tDot; k = p.peek().kind {
			p.next()
		}
	}
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLBrace {
		p.failUnexpected(open, "MissingTypeBody", "`{` to start enum "+st.Name)
	}
	p.next()
	for {
		p.skipTerminators()
		t := p.peek()
		if t.kind == tRBrace || t.kind == tEOF {
			break
		}
		for t.kind == tLBracket {
			p.attribute()
			p.skipNewlines()
			t = p.peek()
		}
		if t.kind != tIdent {
			p.failUnexpected(t, "UnexpectedToken", "an enum member name")
		}
		p.next()
		em := &EnumMember{Span: Span{Start: t.pos, Stop: t.end}, Name: p.text(t)}
		if p.isOp(p.peek(), "=") {
			p.next()
			p.skipNewlines()
			em.Value = p.expression(false)
			em.Stop = em.Value.End()
		}
		st.Members = append(st.Members, em)
	}
	st.Stop = p.expectTypeBodyClose(open).end
	return st
}

func (p *parser) usingStmt() Stmt {
	kw := p.next()
	if !p.usingOK {
		p.errAt(kw.pos, "UsingMustBeAtStartOfScript", "`using` statements must come before any other statement")
	}
	st := &UsingStmt{Span: Span{Start: kw.pos, Stop: kw.end}}
	t := p.peek()
	if t.kind == tIdent {
		st.Kind = strings.ToLower(p.text(t))
		p.next()
	}
	// The rest of the statement is the name (a dotted name, path, string or hashtable).
	start := -1
	alias := false
	for {
		t := p.peek()
		if t.kind == tNewline || t.kind == tSemi || t.kind == tEOF || t.kind == tRBrace {
			break
		}
		if start < 0 {
			start = t.pos
		}
		if t.kind == tAtBrace {
			p.primary()
			continue
		}
		alias = alias || p.isOp(t, "=")
		p.next()
	}
	if start >= 0 {
		st.Stop = p.prevEnd()
		name := strings.TrimSpace(p.sl(start, st.Stop))
		if len(name) >= 2 && (name[0] == '\'' || name[0] == '"') {
			name = name[1 : len(name)-1]
		}
		st.Name = name
	}
	switch st.Kind {
	case "namespace", "module", "assembly", "type":
	default:
		p.fail(kw.pos, "MissingUsingStatementDirective", "`using` must be followed by namespace, module, assembly or type")
	}
	// Checks PowerShell makes right after parsing (SemanticChecks).
	switch {
	case alias || st.Kind == "type":
		p.errAt(kw.pos, "UsingStatementNotSupported", "PowerShell does not support `using %s` in this form (no `Alias = Name`, no `using type`)", st.Kind)
	case st.Kind == "namespace" && start >= 0 && !validNamespace(st.Name):
		p.errAt(start, "InvalidNamespaceValue", "`%s` is not a namespace name (such as System.Net.Mail)", st.Name)
	}
	return st
}

// validNamespace reports a C# namespace name, identifier(.identifier)*,
// the pattern PowerShell checks `using namespace` against.
func validNamespace(name string) bool {
	for _, part := range strings.Split(name, ".") {
		for i, r := range part {
			first := unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || r == '_'
			if !first && (i == 0 || !unicode.In(r, unicode.Nd, unicode.Pc, unicode.Mn, unicode.Mc, unicode.Cf)) {
				return false
			}
		}
		if part == "" {
			return false
		}
	}
	return true
}

func (p *parser) dataStmt() Stmt {
	kw := p.next()
	st := &DataStmt{Span: Span{Start: kw.pos}}
	if t := p.peek(); t.kind == tIdent {
		st.Name = p.text(t)
		p.next()
	}
	for p.peek().kind == tDash {
		d := p.next()
		// PowerShell knows one parameter here; anything else (-A, -Foo) is
		// a syntax error, not a command list.
		name := strings.TrimSuffix(strings.ToLower(p.text(d)), ":")
		if len(name) < 2 || !strings.HasPrefix("-supportedcommand", name) {
			p.fail(d.pos, "InvalidParameterForDataSectionStatement", "the data section accepts only -SupportedCommand, not `%s`", p.text(d))
		}
		st.Commands = append(st.Commands, p.dataCommands())
	}
	st.Body = p.stmtBlock("MissingStatementBlockForDataSection")
	st.Stop = st.Body.Stop
	return st
}

// dataCommands reads the command names after -SupportedCommand (a,
// b); PowerShell reports a missing one right after the parameter or comma.
func (p *parser) dataCommands() Expr {
	var list *ArrayLit
	for {
		p.skipNewlines()
		switch t := p.peek(); {
		case t.kind == tEOF, t.kind == tSemi, t.kind == tRParen, t.kind == tRBrace, t.kind == tLBrace, t.kind == tPipe, p.isOp(t, "&"):
			p.fail(p.lastEnd(t), "MissingValueForSupportedCommandInDataSectionStatement", "-SupportedCommand needs command names, unexpected %s", p.describe(t))
		}
		x := p.commandArgumentPrimary()
		if list != nil {
			list.Elems = append(list.Elems, x)
			list.Stop = x.End()
		}
		if p.peek().kind != tComma {
			if list != nil {
				return list
			}
			return x
		}
		p.next()
		if list == nil {
			list = &ArrayLit{Span: Span{Start: x.Pos(), Stop: x.End()}, Elems: []Expr{x}}
		}
	}
}

func (p *parser) configurationDef() Stmt {
	kw := p.next()
	st := &ConfigurationDef{Span: Span{Start: kw.pos}}
	st.Name = p.commandArgumentPrimary()
	p.skipNewlines()
	open := p.peek()
	if open.kind != tLBrace {
		p.failUnexpected(open, "MissingCurlyInConfigurationStatement", "`{` to start the configuration body")
	}
	p.next()
	p.dsc++
	st.Body = p.scriptBlockBody(tRBrace, open.pos)
	p.dsc--
	cl := p.expectClose(tRBrace, open, "}")
	st.Body.Start, st.Body.Stop = open.pos, cl.end
	st.Stop = cl.end
	return st
}

// --- pipelines and commands --------------------------------------------------

var assignOps = map[string]bool{"=": true, "+=": true, "-=": true, "*=": true, "/=": true, "%=": true, "??=": true}

// startsExpression reports whether t begins an expression rather than a command.
func (p *parser) startsExpression(t tok) bool {
	switch t.kind {
	case tVariable, tString, tExpString, tHereString, tExpHere, tNumber, tLParen, tDollarParen,
		tAtParen, tAtBrace, tLBrace, tLBracket, tComma:
		return true
	case tOp:
		switch p.opText(t) {
		case "-", "+", "!", "++", "--":
			return true
		}
	case tDash:
		return isUnaryDashOp(strings.ToLower(p.text(t)))
	}
	return false
}

func isUnaryDashOp(s string) bool {
	switch s {
	case "-not", "-bnot", "-split", "-join", "-csplit", "-isplit", "-cjoin", "-ijoin":
		return true
	}
	return false
}

func (p *parser) pipelineOrAssignment() Stmt {
	t := p.peek()
	if p.startsExpression(t) {
		x := p.expression(true)
		if op := p.peek(); op.kind == tOp && assignOps[p.text(op)] {
			p.next()
			p.skipNewlines()
			var val Stmt
			if k := p.peek().kind; k == tEOF || k == tNewline || k == tSemi {
				p.failUnexpected(p.peek(), "ExpectedValueExpression", "a value after `"+p.text(op)+"`")
			}
			val = p.statement()
			return p.a.assigns.put(AssignStmt{Span: Span{Start: x.Pos(), Stop: val.End()}, Target: x, Op: p.text(op), OpPos: op.pos, Value: val})
		}
		first := p.a.cmdExprs.put(CommandExpr{Span: Span{Start: x.Pos(), Stop: x.End()}, X: x})
		return p.pipelineRest(first)
	}
	return p.pipelineRest(nil)
}

// pipelineRest parses a pipeline whose first element may already be parsed.
func (p *parser) pipelineRest(first PipelineElement) *Pipeline {
	pl := p.a.pipes.put(Pipeline{})
	if first == nil {
		first = p.pipelineElement()
	} else if ce, ok := first.(*CommandExpr); ok {
		p.redirections(ce)
	}
	pl.Elements = p.a.firsts.one(first)
	pl.Start = first.Pos()
	for {
		t := p.peek()
		if t.kind == tPipe {
			p.next()
			p.skipNewlines()
			el := p.pipelineElement()
			if ce, ok := el.(*CommandExpr); ok {
				// 1 | 1: only the first element may be an expression.
				p.errAt(ce.Pos(), "ExpressionsMustBeFirstInPipeline", "an expression is allowed only as the first element of a pipeline")
			}
			pl.Elements = append(pl.Elements, el)
			continue
		}
		// PowerShell 7: a line that starts with | continues the pipeline.
		if t.kind == tNewline {
			if nt, j := p.peekPastNewlines(); nt.kind == tPipe {
				p.i = j
				continue
			}
		}
		break
	}
	pl.Stop = pl.Elements[len(pl.Elements)-1].End()
	t := p.peek()
	if t.kind == tOp {
		switch p.text(t) {
		case "&&", "||":
			p.next()
			p.skipNewlines()
			pl.ChainOp = p.text(t)
			nx := p.pipelineOrAssignment()
			if np, ok := nx.(*Pipeline); ok {
				pl.Next = np
			} else {
				pl.Next = p.asPipeline(nx)
			}
			pl.Stop = nx.End()
		case "&":
			p.next()
			pl.Background = true
			pl.Stop = t.end
		}
	}
	return pl
}

func (p *parser) redirections(ce *CommandExpr) {
	for p.peek().kind == tRedirect {
		r := p.redirection()
		ce.Stop = r.End()
	}
}

func (p *parser) pipelineElement() PipelineElement {
	t := p.peek()
	if p.startsExpression(t) {
		x := p.expression(true)
		ce := p.a.cmdExprs.put(CommandExpr{Span: Span{Start: x.Pos(), Stop: x.End()}, X: x})
		p.redirections(ce)
		return ce
	}
	return p.command()
}

func (p *parser) command() *Command {
	t := p.peek()
	cmd := p.a.cmds.put(Command{Span: Span{Start: t.pos}})
	switch {
	case p.isOp(t, "&"):
		p.next()
		cmd.Invoke = "&"
		p.skipNewlines()
		cmd.Name = p.commandArgumentPrimary()
	case t.kind == tDot && !adjacent(t, p.peekAt(1)):
		p.next()
		cmd.Invoke = "."
		cmd.Name = p.commandArgumentPrimary()
	default:
		switch t.kind {
		case tEOF, tNewline, tSemi, tRParen, tRBrace, tPipe:
			p.failUnexpected(t, "EmptyPipeElement", "a command")
		case tRedirect:
			p.failUnexpected(t, "EmptyPipeElement", "a command before the redirection")
		}
		cmd.Name = p.bareword(true)
	}
	cmd.Stop = cmd.Name.End()
	p.commandElements(cmd)
	return cmd
}

// commandElements parses parameters, arguments and redirections up to the end of the command.
func (p *parser) commandElements(cmd *Command) {
	var buf [8]CommandElement
	els := buf[:0]
	defer func() { cmd.Elements = p.a.elems.copyOf(els) }()
	for {
		t := p.peek()
		switch t.kind {
		case tNewline, tSemi, tEOF, tPipe, tRParen, tRBrace:
			return
		case tOp:
			switch p.text(t) {
			case "&&", "||", "&":
				return
			}
		case tDash:
			text := p.text(t)
			colon := strings.HasSuffix(text, ":")
			nt := p.peekAt(1)
			if !colon && adjacent(t, nt) && !p.isArgumentSeparator(nt) {
				// -foo.bar and the like: a bareword argument.
				x := p.bareword(false)
				els = append(els, p.a.args.put(Argument{Span: Span{Start: x.Pos(), Stop: x.End()}, X: x}))
				cmd.Stop = x.End()
				continue
			}
			p.next()
			prm := p.a.params.put(Parameter{Span: Span{Start: t.pos, Stop: t.end}, Name: strings.TrimSuffix(dashName(text), ":"), Colon: colon})
			if colon {
				if k := p.peek().kind; k != tNewline && k != tEOF && k != tSemi && k != tPipe && k != tRParen && k != tRBrace {
					prm.Arg = p.commandArgument()
					prm.Stop = prm.Arg.End()
				}
			}
			els = append(els, prm)
			cmd.Stop = prm.Stop
			continue
		case tRedirect:
			r := p.redirection()
			els = append(els, r)
			cmd.Stop = r.Stop
			continue
		case tStopParse:
			p.next()
			b := p.a.words.put(Bareword{Span: Span{Start: t.pos, Stop: t.end}, Text: p.text(t)})
			els = append(els, p.a.args.put(Argument{Span: b.Span, X: b}))
			cmd.Stop = t.end
			continue
		}
		x := p.commandArgument()
		els = append(els, p.a.args.put(Argument{Span: Span{Start: x.Pos(), Stop: x.End()}, X: x}))
		cmd.Stop = x.End()
	}
}

func (p *parser) isArgumentSeparator(t tok) bool {
	switch t.kind {
	case tNewline, tSemi, tEOF, tPipe, tRParen, tRBrace, tComma, tLParen, tLBrace, tRedirect:
		return true
	}
	return false
}

// dashName strips the leading dash (ASCII or typographic) of a -Name token.
func dashName(s string) string {
	if strings.HasPrefix(s, "-") {
		return s[1:]
	}
	for _, d := range []string{"\u2013", "\u2014", "\u2015"} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	return s
}

func (p *parser) redirection() *Redirection {
	t := p.next()
	r := &Redirection{Span: Span{Start: t.pos, Stop: t.end}, Op: p.text(t)}
	if !strings.Contains(r.Op, "&") {
		nt := p.peek()
		switch nt.kind {
		case tNewline, tSemi, tEOF, tPipe, tRParen, tRBrace:
			p.failUnexpected(nt, "MissingFileSpecification", "a file name after the redirection `"+r.Op+"`")
		}
		r.Target = p.commandArgumentPrimary()
		r.Stop = r.Target.End()
	}
	return r
}

// commandArgument parses one argument in command mode, including a
// comma-separated array (Select-Object Name, Id).
func (p *parser) commandArgument() Expr {
	x := p.commandArgumentPrimary()
	if p.peek().kind != tComma {
		return x
	}
	return p.commaList(x, func() Expr {
		if t := p.peek(); p.isArgumentEnd(t) {
			// PowerShell: MissingExpression right after the comma.
			p.fail(p.lastEnd(t), "MissingExpression", "expected another argument after `,`, found %s", p.describe(t))
		}
		return p.commandArgumentPrimary()
	})
}

// isArgumentEnd reports a token that ends a command's arguments.
func (p *parser) isArgumentEnd(t tok) bool {
	switch t.kind {
	case tEOF, tNewline, tSemi, tPipe, tRParen, tRBrace:
		return true
	}
	return false
}

// commaList continues a comma-separated list after its first element x;
// a line break may follow each comma.
func (p *parser) commaList(x Expr, elem func() Expr) *ArrayLit {
	arr := &ArrayLit{Span: Span{Start: x.Pos(), Stop: x.End()}, Elems: []Expr{x}}
	for p.peek().kind == tComma {
		p.next()
		p.skipNewlines()
		e := elem()
		arr.Elems = append(arr.Elems, e)
		arr.Stop = e.End()
	}
	return arr
}

// commandArgumentPrimary parses a single argument value in command mode.
func (p *parser) commandArgumentPrimary() Expr {
	p.enter()
	defer p.leave()
	t := p.peek()
	var x Expr
	switch t.kind {
	case tVariable, tString, tExpString, tHereString, tExpHere, tLParen, tDollarParen, tAtParen, tAtBrace, tLBrace:
		x = p.primary()
		x = p.postfix(x, true)
	case tSplat:
		p.next()
		x = p.a.vars.put(Variable{Span: Span{Start: t.pos, Stop: t.end}, Name: p.text(t)[1:], Splat: true})
	case tNumber:
		if nt := p.peekAt(1); adjacent(t, nt) && !p.isArgumentSeparator(nt) {
			return p.bareword(false)
		}
		p.next()
		return p.a.numbers.put(NumberLit{Span: Span{Start: t.pos, Stop: t.end}, Text: p.text(t)})
	case tOp:
		if p.text(t) == "-" {
			if nt := p.peekAt(1); nt.kind == tNumber && adjacent(t, nt) {
				if nnt := p.peekAt(2); !adjacent(nt, nnt) || p.isArgumentSeparator(nnt) {
					p.i += 2
					return p.a.numbers.put(NumberLit{Span: Span{Start: t.pos, Stop: nt.end}, Text: p.sl(t.pos, nt.end)})
				}
			}
		}
		return p.bareword(false)
	case tComma:
		// A comma with no argument before it: PowerShell reports it
		// (MissingArgument, at the comma) and goes on with the next
		// argument; the tree keeps it as a one-element array.
		p.errAt(t.pos, "MissingArgument", "a comma needs an argument before it (write `(,$x)` for a one-element array)")
		p.next()
		p.skipNewlines()
		x := p.commandArgumentPrimary()
		return &ArrayLit{Span: Span{Start: t.pos, Stop: x.End()}, Elems: []Expr{x}}
	case tEOF, tNewline, tSemi, tPipe, tRParen, tRBrace:
		p.failUnexpected(t, "MissingArgument", "an argument")
	default:
		return p.bareword(false)
	}
	// A value glued to more text is an expandable word: $dir\file.txt.
	if nt := p.peek(); adjacent(p.tokAt(p.i-1), nt) && !p.isArgumentSeparator(nt) && nt.kind != tDash {
		return p.glue(x.Pos(), []Expr{x})
	}
	return x
}

// bareword parses a run of glued tokens in command mode as one word.
func (p *parser) bareword(commandName bool) Expr {
	start := p.peek().pos
	return p.glue(start, nil)
}

// glue continues a command-mode word from the current token while tokens
// are adjacent. Variables, strings and subexpressions inside make it an
// expandable string.
func (p *parser) glue(start int, parts []Expr) Expr {
	var sb strings.Builder
	expandable := false
	if len(parts) > 0 {
		expandable = true
		sb.WriteString(p.sl(start, parts[0].End()))
		if s, ok := parts[0].(*StringLit); ok {
			sb.Reset()
			sb.WriteString(s.Value)
			parts = append(parts[:0], s.Parts...)
		}
	}
	first := true
	for {
		t := p.peek()
		if !first || len(parts) > 0 || expandable {
			if p.i == 0 || !adjacent(p.tokAt(p.i-1), t) {
				break
			}
		}
		if t.kind == tNewline || t.kind == tSemi || t.kind == tEOF || t.kind == tPipe || t.kind == tRParen ||
			t.kind == tRBrace || t.kind == tComma || t.kind == tRedirect || (!first && (t.kind == tLParen || t.kind == tLBrace)) {
			break
		}
		if t.kind == tOp && (p.text(t) == "&" || p.text(t) == "&&" || p.text(t) == "||") {
			break
		}
		if p.isOp(t, "<") {
			p.fail(t.pos, "RedirectionNotSupported", "the `<` operator is reserved for future use (quote the text if `<` is meant literally)")
		}
		if first && (t.kind == tLParen || t.kind == tLBrace) {
			break
		}
		first = false
		switch t.kind {
		case tVariable:
			p.next()
			v := p.variable(t)
			parts = append(parts, v)
			expandable = true
			sb.WriteString(p.text(t))
		case tDollarParen, tAtParen:
			x := p.primary()
			parts = append(parts, x)
			expandable = true
			sb.WriteString(p.sl(x.Pos(), x.End()))
		case tString, tExpString, tHereString, tExpHere:
			p.next()
			s := p.stringLit(t)
			sb.WriteString(s.Value)
			if len(s.Parts) > 0 {
				parts = append(parts, s.Parts...)
				expandable = true
			}
		case tGeneric:
			p.next()
			text := p.text(t)
			if text[0] == '`' && len(text) > 1 {
				sb.WriteString(unescapeBacktick(text[1:]))
			} else {
				sb.WriteString(text)
			}
		case tLBracket:
			// In command mode [ is literal text.
			p.next()
			sb.WriteString("[")
		default:
			p.next()
			sb.WriteString(p.text(t))
		}
	}
	end := p.prevEnd()
	if end < start {
		p.failUnexpected(p.peek(), "MissingExpressionAfterToken", "an argument")
	}
	if expandable {
		return p.a.strs.put(StringLit{Span: Span{Start: start, Stop: end}, Value: sb.String(), Expandable: true, Parts: parts})
	}
	return p.a.words.put(Bareword{Span: Span{Start: start, Stop: end}, Text: sb.String()})
}

func unescapeBacktick(s string) string {
	switch s {
	case "n":
		return "\n"
	case "t":
		return "\t"
	case "r":
		return "\r"
	case "0":
		return "\x00"
	case "a":
		return "\a"
	case "b":
		return "\b"
	case "e":
		return "\x1b"
	case "f":
		return "\f"
	case "v":
		return "\v"
	}
	return s
}

// --- expressions ------------------------------------------------------------

// Binary operator precedence, low to high (about_Operator_Precedence).
const (
	precNone = iota
	precLogical
	precComparison
	precBitwise
	precAdditive
	precMultiplicative
	precFormat
	precRange
)

func (p *parser) binaryPrec(t tok) (int, string) {
	switch t.kind {
	case tOp:
		switch s := p.opText(t); s {
		case "+", "-":
			return precAdditive, s
		case "*", "/", "%":
			return precMultiplicative, s
		case "..":
			return precRange, s
		}
	case tDash:
		s := strings.ToLower(p.text(t))
		if s[0] != '-' {
			s = "-" + dashName(s)
		}
		s = strings.TrimSuffix(s, ":")
		switch s {
		case "-and", "-or", "-xor":
			return precLogical, s
		case "-band", "-bor", "-bxor", "-shl", "-shr":
			return precBitwise, s
		case "-f":
			return precFormat, s
		case "-is", "-isnot", "-as":
			return precComparison, s
		}
		base := s[1:]
		if len(base) > 2 && (base[0] == 'c' || base[0] == 'i') {
			switch base[1:] {
			case "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
				"contains", "notcontains", "in", "notin", "split", "join":
				base = base[1:]
			}
		}
		switch base {
		case "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
			"contains", "notcontains", "in", "notin", "split", "join":
			return precComparison, s
		}
	}
	return precNone, ""
}

// expression parses a full expression; allowComma permits a top-level
// comma list (false inside method arguments and parameter defaults).
func (p *parser) expression(allowComma bool) Expr {
	p.enter()
	defer p.leave()
	x := p.binary(precLogical, allowComma)
	// Ternary (PowerShell 7) and null coalescing.
	for {
		t := p.peek()
		if p.isOp(t, "??") {
			p.next()
			p.skipNewlines()
			y := p.binary(precLogical, allowComma)
			x = p.a.binaries.put(BinaryExpr{Span: Span{Start: x.Pos(), Stop: y.End()}, Op: "??", OpPos: t.pos, X: x, Y: y})
			continue
		}
		if p.isOp(t, "?") {
			p.next()
			p.skipNewlines()
			then := p.expression(allowComma)
			p.skipNewlines()
			c := p.peek()
			if c.kind != tGeneric || p.text(c) != ":" {
				p.failUnexpected(c, "MissingColonInTernaryExpression", "`:` in the ternary expression")
			}
			p.next()
			p.skipNewlines()
			els := p.expression(allowComma)
			x = &TernaryExpr{Span: Span{Start: x.Pos(), Stop: els.End()}, Cond: x, Then: then, Else: els}
			continue
		}
		return x
	}
}

func (p *parser) binary(minPrec int, allowComma bool) Expr {
	x := p.arrayLevel(allowComma)
	for {
		t := p.peek()
		prec, op := p.binaryPrec(t)
		if prec < minPrec || prec == precNone {
			return x
		}
		p.next()
		p.skipNewlines()
		y := p.binary(prec+1, allowComma)
		x = p.a.binaries.put(BinaryExpr{Span: Span{Start: x.Pos(), Stop: y.End()}, Op: op, OpPos: t.pos, X: x, Y: y})
	}
}

// arrayLevel parses a comma list, which binds tighter than every binary operator.
func (p *parser) arrayLevel(allowComma bool) Expr {
	x := p.unary()
	if !allowComma || p.peek().kind != tComma {
		return x
	}
	return p.commaList(x, p.unary)
}

func (p *parser) unary() Expr {
	p.enter()
	defer p.leave()
	t := p.peek()
	switch t.kind {
	case tOp:
		switch op := p.opText(t); op {
		case "-", "+", "!", "++", "--":
			p.next()
			p.skipNewlines()
			p.operandAfter(t)
			x := p.unary()
			return &UnaryExpr{Span: Span{Start: t.pos, Stop: x.End()}, Op: op, X: x}
		}
	case tDash:
		if op := strings.ToLower(p.text(t)); isUnaryDashOp(op) {
			p.next()
			p.skipNewlines()
			p.operandAfter(t)
			x := p.unary()
			return &UnaryExpr{Span: Span{Start: t.pos, Stop: x.End()}, Op: op, X: x}
		}
	case tComma:
		p.next()
		p.skipNewlines()
		x := p.unary()
		return &ArrayLit{Span: Span{Start: t.pos, Stop: x.End()}, Elems: []Expr{x}}
	case tLBracket:
		return p.castOrType()
	}
	x := p.primary()
	return p.postfix(x, false)
}

// operandAfter reports a unary operator op with nothing after it (a
// closer or the end of the file follows), as PowerShell does: right after
// the operator.
func (p *parser) operandAfter(op tok) {
	switch p.peek().kind {
	case tEOF, tRBracket, tRParen, tRBrace, tSemi:
		p.fail(op.end, "MissingExpressionAfterOperator", "expected an expression after `%s`", p.text(op))
	}
}

// castOrType parses [type], [type]expr (a cast) or [Attribute()]expr.
func (p *parser) castOrType() Expr {
	open := p.peek()
	attr := p.attribute()
	nt := p.peek()
	if attr.IsTypeConstraint {
		if nt.kind == tColonColon || nt.kind == tDot && adjacent(p.tokAt(p.i-1), nt) {
			return p.postfix(&TypeLit{Span: Span{Start: open.pos, Stop: attr.Stop}, Type: attr.Type}, false)
		}
		if p.castOperandFollows(nt) {
			x := p.unary()
			return &ConvertExpr{Span: Span{Start: open.pos, Stop: x.End()}, Type: attr.Type, X: x}
		}
		return p.postfix(&TypeLit{Span: Span{Start: open.pos, Stop: attr.Stop}, Type: attr.Type}, false)
	}
	// [Attr()] $x in parameter lists and default values.
	p.skipNewlines()
	if p.castOperandFollows(p.peek()) {
		x := p.unary()
		return &AttributedExpr{Span: Span{Start: open.pos, Stop: x.End()}, Attribute: attr, X: x}
	}
	p.failUnexpected(p.peek(), "UnexpectedAttribute", "an expression after the attribute")
	return nil
}

func (p *parser) castOperandFollows(t tok) bool {
	switch t.kind {
	case tVariable, tString, tExpString, tHereString, tExpHere, tNumber, tLParen, tDollarParen,
		tAtParen, tAtBrace, tLBracket, tLBrace:
		return true
	case tOp:
		switch p.opText(t) {
		case "-", "+", "!", "++", "--":
			return true
		}
	case tDash:
		return isUnaryDashOp(strings.ToLower(p.text(t)))
	}
	return false
}

func (p *parser) primary() Expr {
	t := p.peek()
	switch t.kind {
	case tVariable:
		p.next()
		return p.variable(t)
	case tSplat:
		p.next()
		return p.a.vars.put(Variable{Span: Span{Start: t.pos, Stop: t.end}, Name: p.text(t)[1:], Splat: true})
	case tNumber:
		p.next()
		return p.a.numbers.put(NumberLit{Span: Span{Start: t.pos, Stop: t.end}, Text: p.text(t)})
	case tString, tExpString, tHereString, tExpHere:
		p.next()
		return p.stringLit(t)
	case tLParen:
		p.next()
		p.enter()
		p.skipNewlines()
		var inner Stmt
		if p.peek().kind != tRParen {
			inner = p.statement()
			p.skipNewlines()
		} else {
			// `()` is an error in PowerShell (Get-Thing() calls
			// Get-Thing with an empty argument); the parse goes on.
			p.errAt(t.end, "ExpectedExpression", "expected an expression inside `( )` (to call a command, write `Get-Thing`, not `Get-Thing()`)")
		}
		p.leave()
		cl := p.expectClose(tRParen, t, ")")
		return p.a.parens.put(ParenExpr{Span: Span{Start: t.pos, Stop: cl.end}, X: inner})
	case tDollarParen, tAtParen:
		p.next()
		p.enter()
		body := p.statementList(tRParen)
		p.leave()
		cl := p.expectClose(tRParen, t, ")")
		if t.kind == tDollarParen {
			return &SubExpr{Span: Span{Start: t.pos, Stop: cl.end}, Body: body}
		}
		return &ArrayExpr{Span: Span{Start: t.pos, Stop: cl.end}, Body: body}
	case tAtBrace:
		return p.hashLit()
	case tLBrace:
		p.next()
		p.enter()
		body := p.scriptBlockBody(tRBrace, t.pos)
		p.leave()
		cl := p.expectClose(tRBrace, t, "}")
		body.Start, body.Stop = t.pos, cl.end
		return &ScriptBlockExpr{Span: Span{Start: t.pos, Stop: cl.end}, Body: body}
	case tLBracket:
		return p.castOrType()
	case tEOF:
		p.fail(p.lastEnd(t), "ExpectedValueExpression", "reached end of file, expected an expression")
	case tIdent:
		// A bare word in expression mode: PowerShell treats it as an error,
		// but common in hashtable keys and switch patterns, handled by callers.
		p.failUnexpected(t, p.missingValueID(), "an expression (a bare word is only valid in command mode; quote it)")
	}
	p.failUnexpected(t, p.missingValueID(), "an expression")
	return nil
}

// missingValueID is PowerShell's error ID for a missing expression: after
// an operator it names the missing operand.
func (p *parser) missingValueID() string {
	j := p.i - 1
	for j >= 0 && p.tokAt(j).kind == tNewline {
		j--
	}
	if j >= 0 && (p.tokAt(j).kind == tOp || p.tokAt(j).kind == tDash) {
		return "ExpectedValueExpression"
	}
	return "UnexpectedToken"
}

func (p *parser) variable(t tok) *Variable {
	text := p.text(t)
	name := text[1:]
	if strings.HasPrefix(name, "{") && strings.HasSuffix(name, "}") {
		name = name[1 : len(name)-1]
	} else if scope, ok := strings.CutSuffix(name, ":"); ok {
		// $script: or $env: with nothing after the colon (the lexer ends
		// such a token at the colon only before a blank or a closer).
		id := "InvalidVariableReferenceWithDrive"
		switch strings.ToLower(scope) {
		case "global", "local", "private", "script", "using", "workflow":
			id = "InvalidVariableReference"
		}
		p.errAt(t.pos, id, "`%s` names no variable after the colon (write `${%s}` if the colon belongs to the name)", text, name)
	}
	return p.a.vars.put(Variable{Span: Span{Start: t.pos, Stop: t.end}, Name: name})
}

// postfix parses member access, method calls and indexing after x. In
// command mode (argument) only glued postfixes apply.
func (p *parser) postfix(x Expr, argMode bool) Expr {
	for {
		t := p.peek()
		glued := adjacent(p.tokAt(p.i-1), t)
		switch {
		case (t.kind == tDot || t.kind == tColonColon || p.isOp(t, "?.")) && glued:
			// A member name may follow on the next line: $ps.AddCommand('x').
			//     AddParameter('y') and [Parser]::
			//     ParseFile(…) both occur in real scripts.
			_, j := p.peekPastNewlines2(1)
			nt := p.tokAt(j)
			if nt.kind == tEOF {
				if !argMode {
					p.fail(t.end, "MissingPropertyName", "reached end of file, expected a member name after `%s`", p.text(t))
				}
				return x
			}
			p.next()
			p.i = j
			m := p.a.members.put(MemberExpr{X: x, Static: t.kind == tColonColon, NullCond: p.isOp(t, "?.")})
			switch nt.kind {
			case tIdent, tNumber:
				p.next()
				m.Member = p.a.words.put(Bareword{Span: Span{Start: nt.pos, Stop: nt.end}, Text: p.text(nt)})
			case tVariable, tString, tExpString, tHereString, tExpHere, tDollarParen, tLParen, tLBrace, tAtParen:
				m.Member = p.primary()
			default:
				p.failUnexpected(nt, "MissingPropertyName", "a member name after `"+p.text(t)+"`")
			}
			m.Span = Span{Start: x.Pos(), Stop: m.Member.End()}
			// Generic method call (PowerShell 7.3): name[T1,T2]( … ).
			if lb := p.peek(); lb.kind == tLBracket && adjacent(p.tokAt(p.i-1), lb) && p.genericCallAhead() {
				p.next()
				for {
					p.typeName()
					if p.peek().kind == tComma {
						p.next()
						continue
					}
					break
				}
				p.expectClose(tRBracket, lb, "]")
			}
			// Method call: name( … ) or name{ … } glued to the name.
			if lp := p.peek(); adjacent(p.tokAt(p.i-1), lp) && lp.kind == tLParen {
				p.next()
				args := p.callArgs(lp)
				x = p.a.invokes.put(InvokeExpr{Span: Span{Start: x.Pos(), Stop: p.prevEnd()}, Member: m, Args: args})
				continue
			} else if lp.kind == tLBrace && adjacent(p.tokAt(p.i-1), lp) {
				sb := p.primary()
				x = p.a.invokes.put(InvokeExpr{Span: Span{Start: x.Pos(), Stop: sb.End()}, Member: m, Args: []Expr{sb}})
				continue
			}
			x = m
		case p.isOp(t, "?[") && glued && isTypeLit(x):
			// After a type PowerShell reads `?` as the ternary operator
			// and `[` as the start of a type name ([datetime]?[0]).
			if nt := p.peekAt(1); nt.kind != tIdent {
				p.fail(t.end, "MissingTypename", "expected a type name after `[`, found %s (`?[` does not index a type)", p.describe(nt))
			}
			p.fail(t.pos, "UnexpectedToken", "`?[` cannot index a type")
		case (t.kind == tLBracket || p.isOp(t, "?[")) && glued:
			p.next()
			p.skipNewlines()
			if p.peek().kind == tRBracket {
				p.fail(t.end, "MissingArrayIndexExpression", "expected an index inside `%s]`", p.text(t))
			}
			idx := p.expression(true)
			p.skipNewlines()
			cl := p.expectClose(tRBracket, t, "]")
			x = &IndexExpr{Span: Span{Start: x.Pos(), Stop: cl.end}, X: x, Index: idx, NullCond: p.isOp(t, "?[")}
		case !argMode && (p.isOp(t, "++") || p.isOp(t, "--")):
			p.next()
			x = &UnaryExpr{Span: Span{Start: x.Pos(), Stop: t.end}, Op: p.text(t), Postfix: true, X: x}
		default:
			return x
		}
	}
}

// isTypeLit reports a type literal such as [datetime].
func isTypeLit(x Expr) bool {
	_, ok := x.(*TypeLit)
	return ok
}

// genericCallAhead reports whether the [ at the cursor opens generic type
// arguments of a method call: type-name tokens, then ] glued to (.
func (p *parser) genericCallAhead() bool {
	depth := 0
	for j := p.i; j < len(p.toks); j++ {
		t := p.tokAt(j)
		switch t.kind {
		case tLBracket:
			depth++
		case tRBracket:
			depth--
			if depth == 0 {
				return j+1 < len(p.toks) && p.tokAt(j+1).kind == tLParen && adjacent(t, p.tokAt(j+1))
			}
		case tIdent, tDot, tComma, tGeneric:
		default:
			return false
		}
	}
	return false
}

// callArgs parses method arguments after an opening parenthesis.
func (p *parser) callArgs(open tok) []Expr {
	var args []Expr
	p.enter()
	defer p.leave()
	for {
		p.skipNewlines()
		if t := p.peek(); t.kind == tRParen {
			if len(args) > 0 {
				// f(1,): PowerShell reports the missing argument.
				p.fail(p.lastEnd(t), "MissingExpressionAfterToken", "expected an argument after `,`")
			}
			p.next()
			return args
		}
		args = append(args, p.expression(false))
		p.skipNewlines()
		switch t := p.peek(); t.kind {
		case tComma:
			p.next()
		case tRParen:
			p.next()
			return args
		default:
			p.expectCloseAfter(tRParen, open, ")", "MissingEndParenthesisInMethodCall")
			return args
		}
	}
}

func (p *parser) hashLit() Expr {
	open := p.next()
	h := &HashLit{Span: Span{Start: open.pos}}
	p.enter()
	defer p.leave()
	for {
		p.skipTerminators()
		t := p.peek()
		if t.kind == tRBrace || t.kind == tEOF {
			break
		}
		var key Expr
		switch t.kind {
		case tIdent, tGeneric:
			key = p.hashKeyWord()
		case tNumber:
			p.next()
			key = p.a.numbers.put(NumberLit{Span: Span{Start: t.pos, Stop: t.end}, Text: p.text(t)})
		default:
			key = p.unary()
		}
		p.skipNewlines()
		eq := p.peek()
		if !p.isOp(eq, "=") {
			p.failUnexpected(eq, "MissingEqualsInHashLiteral", "`=` after the hashtable key")
		}
		p.next()
		p.skipNewlines()
		if k := p.peek().kind; k == tRBrace || k == tSemi || k == tEOF {
			p.failUnexpected(p.peek(), "MissingStatementInHashLiteral", "a value after `=` in the hashtable")
		}
		val := p.statement()
		h.Entries = append(h.Entries, p.a.entries.put(HashEntry{Span: Span{Start: key.Pos(), Stop: val.End()}, Key: key, Value: val}))
		switch nt := p.peek(); nt.kind {
		case tNewline, tSemi, tRBrace, tEOF:
		default:
			p.failUnexpected(nt, "MissingEndCurlyBrace", "a line break, `;` or `}` after the hashtable value")
		}
	}
	h.Stop = p.expectClose(tRBrace, open, "}").end
	return h
}

// hashKeyWord parses an unquoted hashtable key: glued tokens up to `=`.
func (p *parser) hashKeyWord() Expr {
	first := p.next()
	last := first
	for {
		t := p.peek()
		if !adjacent(last, t) || p.isOp(t, "=") || t.kind == tNewline || t.kind == tSemi || t.kind == tEOF ||
			t.kind == tRBrace || t.kind == tLBrace || t.kind == tLParen {
			break
		}
		last = p.next()
	}
	return p.a.words.put(Bareword{Span: Span{Start: first.pos, Stop: last.end}, Text: p.sl(first.pos, last.end)})
}

// --- strings -----------------------------------------------------------------

// stringLit decodes a string token and parses the variables and
// subexpressions of an expandable string.
func (p *parser) stringLit(t tok) *StringLit {
	raw := p.text(t)
	s := p.a.strs.put(StringLit{Span: Span{Start: t.pos, Stop: t.end}})
	switch t.kind {
	case tString:
		s.Value = decodeSingle(raw)
	case tHereString:
		s.Here = true
		s.Value = hereBody(raw)
	case tExpString, tExpHere:
		s.Expandable = true
		s.Here = t.kind == tExpHere
		bodyStart, bodyEnd := quoteBody(raw, s.Here)
		s.Value, s.Parts = p.expandable(t.pos+bodyStart, t.pos+bodyEnd, s.Here)
	}
	return s
}

func decodeSingle(raw string) string {
	_, n := firstRune(raw)
	body := raw[n:]
	if r, m := lastRune(body); m > 0 && isSingleQuote(r) && len(body) >= m {
		body = body[:len(body)-m]
	}
	if !strings.ContainsAny(body, "'\u2018\u2019\u201A\u201B") {
		return body
	}
	var sb strings.Builder
	prevQuote := false
	for _, r := range body {
		if isSingleQuote(r) {
			if prevQuote {
				prevQuote = false
				continue
			}
			prevQuote = true
			sb.WriteRune(r)
			continue
		}
		prevQuote = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// hereBody returns the text between a here-string's header line and its terminator line.
func hereBody(raw string) string {
	start, end := quoteBody(raw, true)
	return raw[start:end]
}

// quoteBody returns the offsets of a string's content inside its token text.
func quoteBody(raw string, here bool) (int, int) {
	if !here {
		_, n := firstRune(raw)
		end := len(raw)
		if r, m := lastRune(raw); len(raw) > n && (isDoubleQuote(r) || isSingleQuote(r)) {
			end -= m
		}
		return n, end
	}
	nl := strings.IndexByte(raw, '\n')
	if nl < 0 {
		return len(raw), len(raw)
	}
	start := nl + 1
	end := len(raw)
	// Drop the terminator: quote + @ and the line break before it.
	if strings.HasSuffix(raw, "@") && end-start >= 2 {
		_, m := lastRune(raw[:len(raw)-1])
		end = len(raw) - 1 - m
		if end > start && raw[end-1] == '\n' {
			end--
			if end > start && raw[end-1] == '\r' {
				end--
			}
		} else if end == start-1 || end < start {
			end = start
		}
	}
	if end < start {
		end = start
	}
	return start, end
}

// firstRune decodes the first rune of s and its length in bytes (1 for an
// invalid byte, which decodes as U+FFFD).
func firstRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s)
}

// lastRune decodes the last rune of s and its length in bytes.
func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(s)
}

// expandable decodes the body src[start:end] of an expandable string and
// returns its parts: $name, ${name} and $( … ), parsed with exact spans.
func (p *parser) expandable(start, end int, here bool) (string, []Expr) {
	var sb strings.Builder
	var parts []Expr
	i := start
	for i < end {
		c := p.at(i)
		switch {
		case c == '`' && i+1 < end:
			r, n := firstRune(p.sl(i+1, end))
			if r == 'u' && i+2 < end && p.at(i+2) == '{' {
				if j := strings.IndexByte(p.sl(i+2, end), '}'); j > 0 {
					sb.WriteString(p.sl(i, i+3+j))
					i += 3 + j
					continue
				}
			}
			sb.WriteString(unescapeBacktick(string(r)))
			i += 1 + n
			continue
		case c == '$' && i+1 < end:
			nc := p.at(i + 1)
			if nc == '(' {
				sub := p.subParse(i, end, !here)
				parts = append(parts, sub)
				sb.WriteString(p.sl(i, sub.End()))
				i = sub.End()
				continue
			}
			sc := newScanner(p.src, i-p.base, end-p.base)
			k, s, e := sc.next()
			s, e = s+p.base, e+p.base
			if k == tVariable && s == i && e > i+1 {
				v := p.variable(tok{k, s, e})
				parts = append(parts, v)
				sb.WriteString(p.sl(s, e))
				i = e
				continue
			}
		case !here && (c == '"' || c >= 0x80):
			r, n := firstRune(p.sl(i, end))
			if isDoubleQuote(r) {
				// "" inside "…" is one quote.
				sb.WriteRune(r)
				i += n
				if r2, n2 := firstRune(p.sl(i, end)); isDoubleQuote(r2) {
					i += n2
				}
				continue
			}
			sb.WriteString(p.sl(i, i+n))
			i += n
			continue
		}
		sb.WriteByte(c)
		i++
	}
	return sb.String(), parts
}

// subParse parses the $( … ) that starts at pos inside a string ending at
// end. Inside "…", PowerShell reads "" and `" in the subexpression as a
// quote before parsing it ("a $(""x"") b"); the sub-parser sees a copy of
// the text where one character of each such pair is a blank, so every
// offset stays the same.
func (p *parser) subParse(pos, end int, inDoubleQuoted bool) Expr {
	// Each level lexes its subexpression again (nested strings are one
	// token to the level above): the bound keeps "$("$("… linear.
	if p.strDepth >= MaxStringNesting {
		p.fatal = true
		p.fail(pos, "ScriptTooComplicated", "subexpressions in strings are nested deeper than %d levels", MaxStringNesting)
	}
	// The window grows by doubling until its tokens close the $( : work
	// stays proportional to the subexpression, not to the rest of the string.
	var sub *parser
	for w := 256; ; w *= 2 {
		stop := min(end, pos+w)
		var closed bool
		sub, closed = p.lexSub(pos, stop, inDoubleQuoted)
		if closed || stop == end {
			break
		}
	}
	var x Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
				if sub.fatal {
					p.fatal = true
				}
				x = &BadExpr{Span: Span{Start: pos, Stop: end}}
			}
		}()
		x = sub.primary()
	}()
	p.errs = append(p.errs, sub.errs...)
	if p.fatal {
		panic(bailout{})
	}
	return x
}

// lexSub makes the sub-parser of the $( … ) at pos, lexing the window
// src[pos:stop] up to the `)` that closes it, and reports whether it found
// that `)`. Inside "…", PowerShell reads "" and `" as one quote: the window
// is a copy where one character of each pair is a blank, so offsets stay.
func (p *parser) lexSub(pos, stop int, inDoubleQuoted bool) (*parser, bool) {
	text := p.sl(pos, stop)
	if inDoubleQuoted && (strings.Contains(text, `""`) || strings.Contains(text, "`\"")) {
		// Pairs alternate between opening and closing a string: the blank
		// goes outside the string, so its value is exact.
		b := []byte(text)
		open := true
		for i := 0; i+1 < len(b); i++ {
			if (b[i] == '"' || b[i] == '`') && b[i+1] == '"' {
				if open {
					b[i] = ' '
				} else {
					b[i], b[i+1] = '"', ' '
				}
				open = !open
				i++
			}
		}
		text = string(b)
	}
	sub := &parser{src: text, base: pos, full: p.full, depth: p.depth, strDepth: p.strDepth + 1, a: p.a}
	sc := newScanner(text, 0, len(text))
	open := 0
	for {
		k, s, e := sc.next()
		if k == tComment {
			continue
		}
		sub.toks = append(sub.toks, pack(tok{k, s + pos, e + pos}))
		if k == tEOF {
			return sub, false
		}
		switch k {
		case tLParen, tAtParen, tDollarParen:
			open++
		case tRParen:
			open--
		}
		if open <= 0 {
			sub.toks = append(sub.toks, pack(tok{tEOF, e + pos, e + pos}))
			return sub, true
		}
	}
}

// --- #Requires ------------------------------------------------------------

func parseRequires(comments []*Comment) []*Requires {
	var out []*Requires
	for _, c := range comments {
		if c.Block || len(c.Text) < 9 || !strings.EqualFold(c.Text[:9], "#requires") {
			continue
		}
		r := &Requires{Span: c.Span, Params: map[string]string{}}
		fields := strings.Fields(c.Text[9:])
		for i := 0; i < len(fields); i++ {
			f := fields[i]
			if !strings.HasPrefix(f, "-") {
				continue
			}
			name := strings.ToLower(strings.TrimPrefix(f, "-"))
			var vals []string
			for i+1 < len(fields) && !strings.HasPrefix(fields[i+1], "-") {
				i++
				vals = append(vals, fields[i])
			}
			r.Params[name] = strings.Join(vals, " ")
		}
		out = append(out, r)
	}
	return out
}
