package semantic

import (
	"strings"
	"testing"
)

// TestContainsFoldASCII checks the fast search against a lower-cased
// strings.Contains on words placed at every offset, in every case mix.
func TestContainsFoldASCII(t *testing.T) {
	const word = "suppressmessage"
	variants := []string{word, "SuppressMessage", "SUPPRESSMESSAGE", "sUpPrEsSmEsSaGe"}
	fillers := []string{"", "x", "gG", "suppressmessag", "uppressmessage", "ggggg", "é€", "suppressmessagE"[:14] + "x"}
	for _, pre := range fillers {
		for _, post := range fillers {
			for _, v := range variants {
				s := pre + v + post
				if !ContainsFoldASCII(s, word) {
					t.Errorf("ContainsFoldASCII(%q) = false", s)
				}
			}
			s := pre + post
			if got, want := ContainsFoldASCII(s, word), strings.Contains(strings.ToLower(s), word); got != want {
				t.Errorf("ContainsFoldASCII(%q) = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "g", "G", "suppressmessag", "xuppressmessage"} {
		if ContainsFoldASCII(s, word) {
			t.Errorf("ContainsFoldASCII(%q) = true", s)
		}
	}
}
