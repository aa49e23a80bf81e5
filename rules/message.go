package rules

import (
	"strings"
	"unicode"
)

// splitMessage cuts a finding's text after its first sentence. The first
// sentence is the finding (what, where, when it breaks), read on one line
// by an admin and by editors' problem matchers; the rest (why, dates, how
// to fix) goes to Detail, which -v, JSON and the rule's help carry, as
// ShellCheck and ESLint keep the rationale on the rule's page. A sentence
// ends at ". " followed by a capital letter, outside parentheses, brackets,
// braces and backquotes; "e.g. " and "i.e. " do not end one.
func splitMessage(msg string) (head, tail string) {
	depth, code := 0, false
	for i := 0; i < len(msg); i++ {
		switch c := msg[i]; c {
		case '`':
			code = !code
		case '(', '[', '{':
			if !code {
				depth++
			}
		case ')', ']', '}':
			if !code && depth > 0 {
				depth--
			}
		case '.', '!', '?':
			if code || depth > 0 || i+2 >= len(msg) || msg[i+1] != ' ' {
				continue
			}
			next := rune(msg[i+2])
			if !unicode.IsUpper(next) && next != '$' && next != '`' {
				continue
			}
			if abbrev(msg[:i]) {
				continue
			}
			return msg[:i+1], strings.TrimSpace(msg[i+2:])
		}
	}
	return msg, ""
}

// abbrev reports text ending in an abbreviation whose period does not end
// the sentence.
func abbrev(before string) bool {
	for _, a := range []string{"e.g", "i.e", "etc", "vs", "No", "approx"} {
		if strings.HasSuffix(before, a) && (len(before) == len(a) || !isWordByte(before[len(before)-len(a)-1])) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// shortenMessage applies splitMessage to a diagnostic: the message keeps
// the first sentence, and the rest leads the detail.
func shortenMessage(d *Diagnostic) {
	head, tail := splitMessage(d.Message)
	if tail == "" {
		return
	}
	d.Message = head
	if d.Detail == "" {
		d.Detail = tail
	} else {
		d.Detail = tail + "\n" + d.Detail
	}
}
