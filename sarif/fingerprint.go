package sarif

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The constants of GitHub's primaryLocationLineHash (the algorithm of the
// codeql-action upload step): a rolling hash over the first 100
// non-blank UTF-16 code units from the start of each line.
const (
	hashBlock = 100
	hashMod   = 37
	hashEOF   = 65535
)

// LineHashes computes GitHub's primaryLocationLineHash for the given
// 1-based lines of a file's raw bytes, so results uploaded through the API
// match those the upload action would fingerprint. The action reads the
// file as UTF-8 (invalid bytes become U+FFFD), skips spaces and tabs,
// treats CR, LF and CR LF as one line break, and numbers repeated hashes
// (`hash:count`).
func LineHashes(raw []byte, lines map[int]bool) map[int]string {
	out := make(map[int]string, len(lines))
	if len(lines) == 0 {
		return out
	}
	var firstMod uint64 = 1
	for i := 0; i < hashBlock; i++ {
		firstMod *= hashMod
	}
	var window [hashBlock]uint64
	var lineNumbers [hashBlock]int
	for i := range lineNumbers {
		lineNumbers[i] = -1
	}
	var hash uint64
	index, lineNumber := 0, 0
	lineStart, prevCR := true, false
	counts := map[uint64]int{}
	// Once every line asked for has its hash, the rest of the file cannot
	// change them (a count numbers a hash's earlier lines only).
	remaining := len(lines)
	emit := func() {
		counts[hash]++
		if ln := lineNumbers[index]; lines[ln] {
			out[ln] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
			remaining--
		}
		lineNumbers[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = hashMod*hash + c - firstMod*begin
		if index++; index == hashBlock {
			index = 0
		}
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		if c == '\r' {
			c = '\n'
			prevCR = true
		} else {
			prevCR = false
		}
		if lineNumbers[index] != -1 {
			emit()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNumbers[index] = lineNumber
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	for i := 0; i < len(raw) && remaining > 0; {
		r, n := rune(raw[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(raw[i:])
		}
		i += n
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			process(uint64(hi))
			process(uint64(lo))
			continue
		}
		process(uint64(r))
	}
	if remaining == 0 {
		return out
	}
	process(hashEOF)
	for i := 0; i < hashBlock; i++ {
		if lineNumbers[index] != -1 {
			emit()
		}
		update(0)
	}
	return out
}
