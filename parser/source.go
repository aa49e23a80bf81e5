package parser

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Encoding names the byte encoding a script file was stored in.
type Encoding string

// The encodings Decode recognises. Real admin scripts use all of them:
// Windows PowerShell ISE saved UTF-16 LE with a BOM for years, and old
// editors saved Windows-1252.
const (
	UTF8       Encoding = "utf-8"
	UTF8BOM    Encoding = "utf-8-bom"
	UTF16LEBOM Encoding = "utf-16le-bom"
	UTF16BEBOM Encoding = "utf-16be-bom"
	UTF16LE    Encoding = "utf-16le"
	UTF16BE    Encoding = "utf-16be"
	UTF32LEBOM Encoding = "utf-32le-bom"
	UTF32BEBOM Encoding = "utf-32be-bom"
	CP1252     Encoding = "windows-1252"
)

// ErrNotText is returned by Decode for files that are not text scripts
// (binary content, such as compiled modules saved with a .psm1 name).
var ErrNotText = errors.New("not a text script")

// Source is a decoded script: its text as UTF-8 plus what is needed to turn
// byte offsets back into the original file's lines and columns.
type Source struct {
	// Path is the file name used in messages.
	Path string
	// Text is the decoded program text. Every position in the AST is a byte
	// offset into Text.
	Text string
	// Encoding is the encoding the original bytes were stored in.
	Encoding Encoding
	// CRLF reports whether the file's first line break is CR LF.
	CRLF bool

	lineStarts []int
}

// Position is a human position: 1-based line, and 1-based column counted in
// Unicode code points (SARIF columnKind "unicodeCodePoints"). Lines are the
// same in the decoded text and in the original file, whatever the encoding.
type Position struct {
	Line   int
	Column int
}

// Decode turns raw file bytes into a Source. It detects BOMs, BOM-less
// UTF-16, and reads invalid UTF-8 as Windows-1252. It returns ErrNotText for
// binary data.
func Decode(path string, raw []byte) (*Source, error) {
	return decode(path, raw, false)
}

// DecodeOwned is Decode for a buffer the caller hands over and never
// changes afterwards (a file just read): text in UTF-8, nearly every
// script, then becomes the Source's text without a copy of the file.
func DecodeOwned(path string, raw []byte) (*Source, error) {
	return decode(path, raw, true)
}

func decode(path string, raw []byte, owned bool) (*Source, error) {
	text, enc, err := decodeBytes(raw, owned)
	if err != nil {
		return nil, err
	}
	s := &Source{Path: path, Text: text, Encoding: enc}
	if i := strings.IndexByte(text[:min(len(text), 1<<16)], '\n'); i > 0 && text[i-1] == '\r' {
		s.CRLF = true
	}
	return s, nil
}

// NewSource wraps already-decoded UTF-8 text (tests, stdin that is known to be UTF-8).
func NewSource(path, text string) *Source {
	return &Source{Path: path, Text: text, Encoding: UTF8}
}

// decodeBytes decodes raw; with owned set, UTF-8 text is returned as a
// string that shares raw's memory (see DecodeOwned).
func decodeBytes(raw []byte, owned bool) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0, 0}) && len(raw)%4 == 0:
		return decodeUTF32(raw[4:], binary.LittleEndian), UTF32LEBOM, nil
	case bytes.HasPrefix(raw, []byte{0, 0, 0xFE, 0xFF}):
		return decodeUTF32(raw[4:], binary.BigEndian), UTF32BEBOM, nil
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return toUTF8(raw[3:], owned), UTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw[2:], binary.LittleEndian), UTF16LEBOM, nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw[2:], binary.BigEndian), UTF16BEBOM, nil
	}
	if enc, ok := sniffUTF16(raw); ok {
		if enc == UTF16LE {
			return decodeUTF16(raw, binary.LittleEndian), enc, nil
		}
		return decodeUTF16(raw, binary.BigEndian), enc, nil
	}
	if looksBinary(raw) {
		return "", "", ErrNotText
	}
	if utf8.Valid(raw) {
		return bytesString(raw, owned), UTF8, nil
	}
	if mostlyHighBytes(raw) || mostlyHighBytes(beforeSignature(raw)) {
		return "", "", ErrNotText
	}
	return decodeCP1252(raw), CP1252, nil
}

// toUTF8 returns raw as a string, reading it as Windows-1252 if it is not valid UTF-8.
func toUTF8(raw []byte, owned bool) string {
	if utf8.Valid(raw) {
		return bytesString(raw, owned)
	}
	return decodeCP1252(raw)
}

// bytesString returns b as a string: a copy, or with owned set the same
// memory (the caller never changes b again, so the string stays immutable;
// it saves copying every file once, a tenth of a second on the dev corpus).
func bytesString(b []byte, owned bool) string {
	if !owned {
		return string(b)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// sniffUTF16 detects BOM-less UTF-16: ASCII-heavy text in UTF-16 has a NUL
// in every other byte.
func sniffUTF16(raw []byte) (Encoding, bool) {
	n := min(len(raw), 4096) &^ 1
	if n < 4 {
		return "", false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			evenZero++
		}
		if raw[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*6 && evenZero*10 < pairs:
		return UTF16LE, true
	case evenZero*10 >= pairs*6 && oddZero*10 < pairs:
		return UTF16BE, true
	}
	return "", false
}

// looksBinary reports data that is not a text script: NUL bytes or many
// control characters in the first 8 KiB.
func looksBinary(raw []byte) bool {
	n := min(len(raw), 8192)
	var nul, ctl int
	for _, b := range raw[:n] {
		switch {
		case b == 0:
			nul++
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1A && b != 0x1B:
			ctl++
		}
	}
	return nul > 0 && nul*100 > n || ctl*10 > n || nul > 16
}

// beforeSignature returns the bytes before an Authenticode signature block: a
// corrupted file can be a few bytes of binary data followed by a long,
// ASCII signature block, which must not make it look like text.
func beforeSignature(raw []byte) []byte {
	if i := bytes.Index(raw, []byte("# SIG # Begin signature block")); i >= 0 {
		return raw[:i]
	}
	return raw
}

// mostlyHighBytes reports data that is not UTF-8 and whose head is binary:
// a fifth or more of the first KiB are bytes above 0x7F or control
// characters. Windows-1252 scripts are mostly ASCII; corrupted files (binary
// data followed by an Authenticode block) and compressed content are not.
func mostlyHighBytes(raw []byte) bool {
	n := min(len(raw), 1024)
	odd := 0
	for _, b := range raw[:n] {
		if b >= 0x80 || b < 0x20 && b != '\t' && b != '\n' && b != '\r' {
			odd++
		}
	}
	return odd*5 >= n
}

// decodeUTF16 turns UTF-16 into UTF-8 in one pass and one buffer (going
// through []uint16 and utf16.Decode's []rune took four times the memory of
// the file, and a tenth of a whole scan's decoding time on the dev corpus).
// Like utf16.Decode, it maps a lone surrogate to U+FFFD, so the result is
// valid UTF-8; an odd last byte is dropped.
func decodeUTF16(b []byte, order binary.ByteOrder) string {
	n := len(b) / 2
	var sb strings.Builder
	sb.Grow(n + n/8) // scripts are mostly ASCII
	for i := 0; i < n; i++ {
		c := rune(order.Uint16(b[2*i:]))
		switch {
		case c < utf8.RuneSelf:
			sb.WriteByte(byte(c))
		case utf16.IsSurrogate(c):
			r := utf8.RuneError
			if i+1 < n {
				if pair := utf16.DecodeRune(c, rune(order.Uint16(b[2*i+2:]))); pair != utf8.RuneError {
					r = pair
					i++
				}
			}
			sb.WriteRune(r)
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func decodeUTF32(b []byte, order binary.ByteOrder) string {
	var sb []byte
	for i := 0; i+4 <= len(b); i += 4 {
		r := rune(order.Uint32(b[i:]))
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		sb = utf8.AppendRune(sb, r)
	}
	return string(sb)
}

// cp1252 maps bytes 0x80–0x9F; the rest of Windows-1252 equals Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

func decodeCP1252(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			out = append(out, c)
		case c < 0xA0:
			out = utf8.AppendRune(out, cp1252[c-0x80])
		default:
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return string(out)
}

// Position converts a byte offset in Text to a line and column.
func (s *Source) Position(off int) Position {
	if s.lineStarts == nil {
		s.lineStarts = lineStarts(s.Text)
	}
	if off < 0 {
		off = 0
	}
	if off > len(s.Text) {
		off = len(s.Text)
	}
	line := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	col := utf8.RuneCountInString(s.Text[s.lineStarts[line]:off]) + 1
	return Position{Line: line + 1, Column: col}
}

// LineText returns the text of the 1-based line without its line break.
func (s *Source) LineText(line int) string {
	if s.lineStarts == nil {
		s.lineStarts = lineStarts(s.Text)
	}
	if line < 1 || line > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[line-1]
	end := len(s.Text)
	if line < len(s.lineStarts) {
		end = s.lineStarts[line]
	}
	t := s.Text[start:end]
	for len(t) > 0 && (t[len(t)-1] == '\n' || t[len(t)-1] == '\r') {
		t = t[:len(t)-1]
	}
	return t
}

// LineStart returns the byte offset at which the 1-based line begins.
func (s *Source) LineStart(line int) int {
	if s.lineStarts == nil {
		s.lineStarts = lineStarts(s.Text)
	}
	if line < 1 {
		return 0
	}
	if line > len(s.lineStarts) {
		return len(s.Text)
	}
	return s.lineStarts[line-1]
}

// lineStarts treats CR LF, LF and a lone CR as line breaks, as PowerShell does.
// The breaks are counted first so that the table is one allocation of its
// exact size: grown by append, a 16 MB script's table cost ten times its
// size in copies. When every CR is part of a CR LF (nearly every script,
// Windows or not), the lines start after each LF, found with IndexByte
// rather than a look at every byte (every file is tabled: the repository
// index gives line numbers): BenchmarkLineStarts, 2.7 times faster with
// CR LF, 4 times with LF, a tenth slower with a lone CR.
func lineStarts(text string) []int {
	lf, cr := strings.Count(text, "\n"), strings.Count(text, "\r")
	crlf := 0
	if cr > 0 {
		crlf = strings.Count(text, "\r\n")
	}
	starts := make([]int, 1, 1+lf+cr-crlf)
	if cr == crlf {
		for i := 0; ; {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return starts
			}
			i += j + 1
			starts = append(starts, i)
		}
	}
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

// Encode turns text back into the bytes of the given encoding, with its
// BOM, so that a tool that rewrites a script keeps how it was stored. It
// fails for characters Windows-1252 cannot represent.
func Encode(text string, enc Encoding) ([]byte, error) {
	switch enc {
	case UTF8, "":
		return []byte(text), nil
	case UTF8BOM:
		return append([]byte{0xEF, 0xBB, 0xBF}, text...), nil
	case UTF16LE, UTF16LEBOM, UTF16BE, UTF16BEBOM:
		var order binary.AppendByteOrder = binary.LittleEndian
		if enc == UTF16BE || enc == UTF16BEBOM {
			order = binary.BigEndian
		}
		u := utf16.Encode([]rune(text))
		out := make([]byte, 0, 2+2*len(u))
		if enc == UTF16LEBOM || enc == UTF16BEBOM {
			out = order.AppendUint16(out, 0xFEFF)
		}
		for _, c := range u {
			out = order.AppendUint16(out, c)
		}
		return out, nil
	case UTF32LEBOM, UTF32BEBOM:
		var order binary.AppendByteOrder = binary.LittleEndian
		if enc == UTF32BEBOM {
			order = binary.BigEndian
		}
		out := order.AppendUint32(nil, 0xFEFF)
		for _, r := range text {
			out = order.AppendUint32(out, uint32(r))
		}
		return out, nil
	case CP1252:
		out := make([]byte, 0, len(text))
		for _, r := range text {
			switch {
			case r < 0x80 || r >= 0xA0 && r <= 0xFF:
				out = append(out, byte(r))
			default:
				b, ok := cp1252Byte(r)
				if !ok {
					return nil, fmt.Errorf("character %q cannot be written in Windows-1252", r)
				}
				out = append(out, b)
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown encoding %s", enc)
}

func cp1252Byte(r rune) (byte, bool) {
	for i, c := range cp1252 {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}
