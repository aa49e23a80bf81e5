package semantic

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// ContainsFoldASCII reports whether s contains the lower-case ASCII word
// sub in any letter case, without copying s. It jumps from one occurrence
// of sub's rarest letter (either case) to the next with strings.IndexByte,
// which is vectorized: on a whole file that is several times faster than
// looking at every byte.
func ContainsFoldASCII(s, sub string) bool {
	n := len(sub)
	if n == 0 {
		return true
	}
	k := rarestByte(sub)
	lower, upper := sub[k], sub[k]
	if 'a' <= lower && lower <= 'z' {
		upper = lower - 'a' + 'A'
	}
	// lo and up are the next offsets of lower and upper at or after i
	// (-1: none left); the window of a match at j starts at j-k.
	lo, up := -2, -2
	for i := k; i+n-k <= len(s); {
		if lo != -1 && lo < i {
			if lo = strings.IndexByte(s[i:], lower); lo >= 0 {
				lo += i
			}
		}
		if up != -1 && up < i {
			if up = strings.IndexByte(s[i:], upper); up >= 0 {
				up += i
			}
		}
		j := lo
		if j < 0 || (up >= 0 && up < j) {
			j = up
		}
		if j < 0 || j-k+n > len(s) {
			return false
		}
		if strings.EqualFold(s[j-k:j-k+n], sub) {
			return true
		}
		i = j + 1
	}
	return false
}

// letterRank orders the lower-case letters from the most to the least
// frequent in English text (and, near enough, in scripts).
const letterRank = "etaoinsrhldcumfpgwybvkxjqz"

// rarestByte returns the offset in sub of its least frequent letter (a
// byte that is not a lower-case letter counts as rarest: a digit or a
// punctuation mark is rarer than any letter).
func rarestByte(sub string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(sub); i++ {
		r := strings.IndexByte(letterRank, sub[i])
		if r < 0 {
			return i
		}
		if r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// EqualLower reports whether strings.ToLower(s) == lower, for a lower-case
// lower, without making the lower-cased copy when s is ASCII (every name a
// script writes, nearly). Unlike strings.EqualFold it keeps ToLower's
// meaning for the other letters: ſ does not match s.
func EqualLower(s, lower string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) == lower
	}
	return asciiEqualFold(s, lower)
}

// GetFold returns m[strings.ToLower(key)] for a map with lower-case keys,
// without making the lower-cased copy when the key is ASCII and short:
// it is lower-cased into a buffer on the stack, and a map index by
// string(bytes) does not allocate. Rules look parameters, cmdlets and
// members up by the name as written at every command, and those copies
// were a quarter of the scan's allocations.
func GetFold[V any](m map[string]V, key string) (V, bool) {
	var buf [64]byte
	if len(key) <= len(buf) {
		b := buf[:len(key)]
		ascii := true
		for i := 0; i < len(key); i++ {
			c := key[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if ascii {
			v, ok := m[string(b)]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(key)]
	return v, ok
}

// MentionsVariable reports whether the text mentions $name or ${name}, with
// or without a script:, global:, local: or private: prefix, in any case and
// anywhere (strings and comments too), followed by a character that is not
// an ASCII letter, digit or _: what the regexp
// (?i)\$\{?(?:script:|global:|local:|private:)?NAME\b matches. The names
// are collected in one pass over the text on first use (compiling and
// running that regexp for each name, at each send a rewrite is made for,
// made scripts with many sends quadratic).
func (m *Model) MentionsVariable(name string) bool {
	if m.mentioned == nil {
		m.mentioned = mentionedVariables(m.Src)
		// Two letters outside ASCII fold to ASCII ones under (?i): the
		// long s and the Kelvin sign. A text that holds one is asked the
		// regexp itself.
		m.mentionedFolds = strings.Contains(m.Src, "\u017f") || strings.Contains(m.Src, "\u212a")
	}
	if on, _ := GetFold(m.mentioned, name); on {
		return true
	}
	if m.mentionedFolds {
		return regexp.MustCompile(`(?i)\$\{?(?:script:|global:|local:|private:)?` + regexp.QuoteMeta(name) + `\b`).MatchString(m.Src)
	}
	return false
}

// mentionedVariables lists, lower-cased, each ASCII word that follows $ or
// ${, and, after a scope prefix, the word after it ($script:x gives both
// script and x, as the regexp of MentionsVariable matches either).
func mentionedVariables(src string) map[string]bool {
	out := map[string]bool{}
	word := func(i int) int {
		for i < len(src) && (src[i] == '_' || 'a' <= src[i]|0x20 && src[i]|0x20 <= 'z' || '0' <= src[i] && src[i] <= '9') {
			i++
		}
		return i
	}
	for i := strings.IndexByte(src, '$'); i >= 0; {
		j := i + 1
		if j < len(src) && src[j] == '{' {
			j++
		}
		if e := word(j); e > j {
			out[strings.ToLower(src[j:e])] = true
		}
		for _, pre := range [...]string{"script:", "global:", "local:", "private:"} {
			if len(src)-j >= len(pre) && strings.EqualFold(src[j:j+len(pre)], pre) {
				if k, e := j+len(pre), word(j+len(pre)); e > k {
					out[strings.ToLower(src[k:e])] = true
				}
			}
		}
		next := strings.IndexByte(src[i+1:], '$')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return out
}
