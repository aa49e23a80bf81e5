package semantic

import "strings"

// ContainsFoldASCII reports whether s contains the lower-case ASCII word
// sub in any letter case, without copying s. It jumps from one occurrence
// of sub's last letter (either case) to the next with strings.IndexByte,
// which is vectorized: on a whole file that is several times faster than
// looking at every byte.
func ContainsFoldASCII(s, sub string) bool {
	n := len(sub)
	last := sub[n-1]
	other := last
	if 'a' <= last && last <= 'z' {
		other = last - 'a' + 'A'
	}
	// lo and up are the next offsets of last and other at or after i (-1: none).
	lo, up := -2, -2
	for i := n - 1; i < len(s); {
		if lo != -1 && lo < i {
			if lo = strings.IndexByte(s[i:], last); lo >= 0 {
				lo += i
			}
		}
		if up != -1 && up < i {
			if up = strings.IndexByte(s[i:], other); up >= 0 {
				up += i
			}
		}
		j := lo
		if j < 0 || (up >= 0 && up < j) {
			j = up
		}
		if j < 0 {
			return false
		}
		if strings.EqualFold(s[j-n+1:j+1], sub) {
			return true
		}
		i = j + 1
	}
	return false
}
