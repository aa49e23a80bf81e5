package parser

import (
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"
)

// Hostile and broken input for the decoder and the parser: every case
// parses without panic or internal error, with every span inside the text
// (checkSpans), and gets the documented message where it is broken. The
// whole scan of the same inputs (every rule) is in
// cmd/psmailscan/scan/hostile_test.go, and the CLI's handling of files
// that vanish or cannot be read in cmd/psmailscan/cli/hostile_test.go.

// limitStack makes runaway recursion fail fast (a stack overflow is fatal
// and would take the whole test binary) instead of growing to Go's 1 GB.
func limitStack(t *testing.T) {
	old := debug.SetMaxStack(256 << 20)
	t.Cleanup(func() { debug.SetMaxStack(old) })
}

func mustParseHostile(t *testing.T, name, src string) *File {
	t.Helper()
	f, err := ParseString(name, src)
	if err != nil {
		t.Fatalf("%s: internal error: %v", name, err)
	}
	checkSpans(t, f)
	for _, e := range f.Errors {
		if e.Pos < 0 || e.Pos > len(src) || e.Msg == "" {
			t.Fatalf("%s: error %q at %d of %d bytes", name, e.Msg, e.Pos, len(src))
		}
	}
	return f
}

// realisticScript is a real-world-like script of a few KB: param block,
// functions, here-strings, splatting, try/catch, pipelines, a mail send.
func realisticScript(t testing.TB) string {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "bench", "smtp_tools.ps1"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	// About 6 KB, cut at a line end: every prefix is parsed below.
	if i := strings.IndexByte(s[min(len(s), 6000):], '\n'); i >= 0 {
		s = s[:6000+i+1]
	}
	return s
}

// TestTruncatedAtEveryByte parses every prefix of a realistic script: a
// file cut by a failed copy or a full disk anywhere.
func TestTruncatedAtEveryByte(t *testing.T) {
	limitStack(t)
	src := realisticScript(t)
	step := 1
	if testing.Short() {
		step = 7
	}
	for n := 0; n <= len(src); n += step {
		f, err := ParseString("cut.ps1", src[:n])
		if err != nil {
			t.Fatalf("prefix of %d bytes: internal error: %v", n, err)
		}
		checkSpans(t, f)
		for _, e := range f.Errors {
			if e.Pos < 0 || e.Pos > n {
				t.Fatalf("prefix of %d bytes: error %q at %d", n, e.Msg, e.Pos)
			}
		}
	}
}

// TestUnterminated: strings, here-strings, block comments, subexpressions
// and blocks left open at the end of the file each get a clear error that
// names the construct, at its start.
func TestUnterminated(t *testing.T) {
	cases := []struct{ src, want string }{
		{"$a = 'abc", "string starting with `'` is missing its closing `'`"},
		{"$a = \"abc $x", "string starting with `\"` is missing its closing `\"`"},
		{"$a = \"abc $(Get-Date", "missing its closing `\"`"},
		{"$a = @'\nabc\n", "here-string starting with `@'` is missing its terminator at the start of a line"},
		{"$a = @\"\nabc $x\n", "here-string starting with `@\"` is missing its terminator at the start of a line"},
		{"$a = @'\nabc\n '@", "here-string starting with `@'` is missing its terminator"},
		{"<# comment\nSend-MailMessage -To a", "block comment starting with `<#` is missing its closing `#>`"},
		{"function f {\n  if ($a) {\n", "without matching `{` with `}`"},
		{"$a = @(1, 2", "without matching"},
		{"$h = @{ a = 1", "without matching `@{` with `}`"},
		{"Get-Item (Join-Path $a", "without matching"},
		{"$x = $a[0", "without matching"},
		{"[Net.ServicePointManager", "["},
	}
	for _, c := range cases {
		f := mustParseHostile(t, "open.ps1", c.src)
		if len(f.Errors) == 0 {
			t.Errorf("%q: no error", c.src)
			continue
		}
		found := false
		for _, e := range f.Errors {
			found = found || strings.Contains(e.Msg, c.want)
		}
		if !found {
			t.Errorf("%q: errors %v, want one containing %q", c.src, errorMsgs(f), c.want)
		}
	}
}

func errorMsgs(f *File) []string {
	var out []string
	for _, e := range f.Errors {
		out = append(out, e.Msg)
	}
	return out
}

// TestBrokenEncodings: lone surrogates and invalid UTF-16 and UTF-32 decode
// to U+FFFD (valid UTF-8), NUL bytes either mark binary data (skipped with
// a reason) or are blanks, and every decoded text parses.
func TestBrokenEncodings(t *testing.T) {
	le := func(units ...uint16) []byte {
		out := []byte{0xFF, 0xFE}
		for _, u := range units {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	ascii := func(s string) []uint16 {
		var u []uint16
		for _, r := range s {
			u = append(u, uint16(r))
		}
		return u
	}
	script := ascii("Send-MailMessage -To a -SmtpServer smtp.office365.com # ")
	cases := map[string][]byte{
		"lone high surrogate":        le(append(script, 0xD800, 'x')...),
		"lone low surrogate":         le(append(script, 0xDC00)...),
		"reversed pair":              le(append(script, 0xDC00, 0xD800)...),
		"surrogate at the end":       le(append(script, 0xD83D)...),
		"odd byte count":             append(le(script...), 'x'),
		"BOM only":                   {0xFF, 0xFE},
		"big endian lone surrogate":  {0xFE, 0xFF, 0, 'a', 0xD8, 0x00, 0, 'b'},
		"BOM-less UTF-16 surrogates": append([]byte("a\x00b\x00c\x00d\x00e\x00f\x00"), 0x00, 0xD8, 'x', 0),
		"UTF-32 beyond U+10FFFF":     {0xFF, 0xFE, 0, 0, 'a', 0, 0, 0, 0xFF, 0xFF, 0x11, 0, 'b', 0, 0, 0},
		"UTF-32 surrogate":           {0xFF, 0xFE, 0, 0, 0x00, 0xD8, 0, 0},
		"invalid UTF-8":              []byte("$a = 'caf\xe9 \xff\xfe'\nSend-MailMessage -To a\n"),
		"UTF-8 BOM then invalid":     []byte("\xEF\xBB\xBF$a = '\xc3'\n"),
		"truncated UTF-8 sequence":   []byte("$a = '\xe2\x82'"),
		"one NUL in a script":        []byte(strings.Repeat("Get-Date\n", 200) + "$a = 1\x00\n"),
		"NUL bytes only":             make([]byte, 100),
		"NULs between statements":    []byte("Get-Date\x00\x00\x00Send-MailMessage -To a\n"),
	}
	for name, raw := range cases {
		src, err := Decode("enc.ps1", raw)
		if err != nil {
			if err != ErrNotText {
				t.Errorf("%s: error %v, want ErrNotText or a text", name, err)
			}
			continue
		}
		if !utf8.ValidString(src.Text) && src.Encoding != UTF8 {
			t.Errorf("%s: decoded %s text is not valid UTF-8: %q", name, src.Encoding, src.Text)
		}
		f := mustParseHostile(t, name, src.Text)
		f.Source = src
		src.Position(len(src.Text))
	}
	// A lone surrogate decodes to U+FFFD.
	src, err := Decode("s.ps1", le(append(ascii("$a = '"), 0xD800, '\'')...))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src.Text, "\uFFFD") {
		t.Errorf("lone surrogate: %q", src.Text)
	}
	// NUL bytes in parsed text are blanks.
	mustParseHostile(t, "nul.ps1", "Get-Date\x00|\x00Out-Null\x00\n\x00")
}

// TestLongLine: a 675,000-character line parses in one piece, and the
// column of a statement at its end counts characters.
func TestLongLine(t *testing.T) {
	limitStack(t)
	for name, line := range map[string]string{
		"string":  "$x = '" + strings.Repeat("é", 337500) + "'; ",
		"array":   "$x = " + strings.Repeat("1,", 337500) + "1; ",
		"command": "Write-Output " + strings.Repeat("a ", 337500) + "; ",
		"sum":     "$x = 1" + strings.Repeat("+1", 337500) + "; ",
	} {
		src := line + "Send-MailMessage -To a"
		f := mustParseHostile(t, name, src)
		if len(f.Errors) > 0 {
			t.Errorf("%s: %v", name, errorMsgs(f)[0])
		}
		p := f.Source.Position(strings.LastIndex(src, "Send-MailMessage"))
		if want := utf8.RuneCountInString(line) + 1; p.Line != 1 || p.Column != want {
			t.Errorf("%s: position %+v, want 1:%d", name, p, want)
		}
	}
}

// TestManyStatements: 100,000 statements, one per line and all on one line.
func TestManyStatements(t *testing.T) {
	limitStack(t)
	for name, src := range map[string]string{
		"lines": strings.Repeat("$a = 1\n", 100000),
		"semis": strings.Repeat("$a = 1;", 100000),
		"calls": strings.Repeat("Get-Date\r\n", 100000),
	} {
		f := mustParseHostile(t, name, src)
		if len(f.Errors) > 0 || len(f.Script.Body) != 100000 {
			t.Errorf("%s: %d statements, errors %v", name, len(f.Script.Body), f.Errors)
		}
	}
}

// TestDeepNesting: 10,000 levels of every nesting construct give the depth
// error, never a stack overflow; chains that do not nest in the grammar
// (members, indexes, generic type arguments, elseif) parse in full.
func TestDeepNesting(t *testing.T) {
	limitStack(t)
	const n = 10000
	r := strings.Repeat
	deep := map[string]string{
		"parentheses":       r("(", n) + "1" + r(")", n),
		"blocks":            r("{", n) + r("}", n),
		"script blocks":     r("& {", n) + r("}", n),
		"array expressions": r("@(", n) + r(")", n),
		"subexpressions":    r("$(", n) + r(")", n),
		"hashtables":        "$h = " + r("@{a=", n) + "1" + r("}", n),
		"if blocks":         r("if ($a) {", n) + r("}", n),
		"functions":         r("function f {", n) + r("}", n),
		"foreach":           r("foreach ($a in $b) {", n) + r("}", n),
		"switch":            r("switch ($a) { 1 {", n) + r("} }", n),
		"try":               r("try {", n) + r("} finally {}", n),
		"while":             r("while ($a) {", n) + r("}", n),
		"casts":             r("[int]", n) + "$x",
		"-not":              r("-not ", n) + "$x",
		"!":                 r("!", n) + "$x",
		"unary minus":       r("-", n) + "1",
		"assignments":       r("$a = ", n) + "1",
		"ternaries":         "$a = " + r("$b ? 1 : ", n) + "2",
		"strings":           r("\"$(", n) + r(")\"", n),
		"parameter default": "param($a = " + r("(", n) + "1" + r(")", n) + ")",
		"unclosed":          r("(", n),
		"mixed":             r("@{a=@(${b}[{$(", n/5),
	}
	for name, src := range deep {
		f := mustParseHostile(t, name, src)
		found := false
		for _, e := range f.Errors {
			found = found || strings.Contains(e.Msg, "nested deeper than") || strings.Contains(e.Msg, "nesting is deeper than")
		}
		if !found {
			t.Errorf("%s: no depth error, errors %v", name, errorMsgs(f))
		}
	}
	flat := map[string]string{
		"members":       "$a" + r(".b", 100000),
		"method calls":  "$a" + r(".b()", 100000),
		"indexes":       "$a" + r("[0]", 100000),
		"generic types": "[a" + r("[b", 100000) + r("]", 100000) + "]",
		"elseif":        "if ($a) {}" + r(" elseif ($b) { $c = 1 }", 100000),
		"pipeline":      "a" + r(" | b", 100000),
		"ranges":        "$a = 1" + r("..1", 100000),
		"redirections":  "a" + r(" >x", 100000),
	}
	for name, src := range flat {
		f := mustParseHostile(t, name, src)
		if len(f.Errors) > 0 {
			t.Errorf("%s: %v", name, errorMsgs(f)[0])
		}
	}
}

// TestMixedLineEndings: CR LF, LF and lone CR in one file are each one line
// break; positions count lines as PowerShell does.
func TestMixedLineEndings(t *testing.T) {
	breaks := []string{"\r\n", "\n", "\r", "\r\n", "\r", "\n", "\n\r"}
	var b strings.Builder
	var starts []int
	line := 1
	var lines []int
	for i, br := range breaks {
		starts = append(starts, b.Len())
		lines = append(lines, line)
		b.WriteString("$v" + string(rune('a'+i)) + " = 'é'")
		b.WriteString(br)
		line++
		if br == "\n\r" {
			line++ // LF then CR: two breaks
		}
	}
	src := b.String()
	f := mustParseHostile(t, "eol.ps1", src)
	if len(f.Errors) > 0 {
		t.Fatalf("errors: %v", errorMsgs(f))
	}
	for i, off := range starts {
		if p := f.Source.Position(off); p.Line != lines[i] || p.Column != 1 {
			t.Errorf("statement %d: %+v, want line %d column 1", i, p, lines[i])
		}
	}
	if got := len(f.Script.Body); got != len(breaks) {
		t.Errorf("%d statements, want %d", got, len(breaks))
	}
}

// TestScriptSizeLimit: a script too large for the parser's 32-bit token
// offsets is refused with an error naming the file, never parsed with
// offsets that wrap (the limit is lowered here: the real one is 2 GiB).
func TestScriptSizeLimit(t *testing.T) {
	saved := maxScript
	maxScript = 16
	t.Cleanup(func() { maxScript = saved })
	if _, err := ParseString("ok.ps1", "Get-Date"); err != nil {
		t.Fatalf("a small script: %v", err)
	}
	f, err := ParseString("big.ps1", "Send-MailMessage -To a@example.com")
	var ie *InternalError
	if f != nil || !errors.As(err, &ie) || !strings.Contains(err.Error(), "big.ps1") || !strings.Contains(err.Error(), "too large") {
		t.Errorf("got %v, %v; want a too-large error naming big.ps1", f, err)
	}
}
