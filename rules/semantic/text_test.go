package semantic

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
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

// TestMayBeSecretName checks that SecretNameKind's quick test never turns
// away a name the full test calls secret: every secret word, pair and
// suffix, in every case, with prefixes, separators, digits and scopes.
func TestMayBeSecretName(t *testing.T) {
	words := []string{"password", "passwd", "passphrase", "pwd", "pw", "pass", "secret", "token",
		"api key", "access key", "client secret", "shared key", "secret key", "apikey"}
	var names []string
	for _, w := range words {
		for _, form := range []string{w, strings.ToUpper(w), title(w), strings.ReplaceAll(title(w), " ", ""),
			strings.ReplaceAll(w, " ", "_"), strings.ReplaceAll(w, " ", "-")} {
			for _, pre := range []string{"", "smtp", "Smtp", "env:", "script:SMTP_", "admin"} {
				for _, post := range []string{"", "1", "2x"} {
					names = append(names, pre+form+post)
				}
			}
		}
	}
	names = append(names, "api\u212Aey", "user", "Name", "x", "")
	secrets := 0
	for _, n := range names {
		if ok, _ := secretNameKindOfWords(n); ok {
			secrets++
			if !mayBeSecretName(n) {
				t.Errorf("mayBeSecretName(%q) = false, but the name is secret", n)
			}
		}
	}
	if secrets < 100 {
		t.Fatalf("only %d secret names generated: the test no longer covers the words", secrets)
	}
	for _, n := range []string{"user", "SmtpServer", "To", "Credential"} {
		if mayBeSecretName(n) {
			t.Errorf("mayBeSecretName(%q) = true", n)
		}
	}
}

// title upper-cases the first letter of each blank-separated word.
func title(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// TestContainsFoldASCIIRandom compares ContainsFoldASCII with a lower-cased
// strings.Contains on random strings made of the word's own letters in
// both cases (so near misses are frequent), for words whose rarest letter
// is first, in the middle and last.
func TestContainsFoldASCIIRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, word := range []string{"psmail", "token", "key", "pw", "suppressmessage", "certificatepolicy", "a", "x9"} {
		alphabet := word + strings.ToUpper(word) + "-"
		found := 0
		for k := 0; k < 5000; k++ {
			b := make([]byte, rng.Intn(3*len(word)+3))
			for i := range b {
				b[i] = alphabet[rng.Intn(len(alphabet))]
			}
			if k%2 == 0 { // plant the word in random case, one letter changed every other time
				w := []byte(word)
				for i := range w {
					if rng.Intn(2) == 0 {
						w[i] = strings.ToUpper(string(w[i]))[0]
					}
				}
				if k%4 == 0 {
					w[rng.Intn(len(w))] = alphabet[rng.Intn(len(alphabet))]
				}
				at := rng.Intn(len(b) + 1)
				b = append(b[:at], append(w, b[at:]...)...)
			}
			s := string(b)
			want := strings.Contains(strings.ToLower(s), word)
			if want {
				found++
			}
			if got := ContainsFoldASCII(s, word); got != want {
				t.Fatalf("ContainsFoldASCII(%q, %q) = %v, want %v", s, word, got, want)
			}
		}
		if found == 0 {
			t.Errorf("no random string contained %q: the test checks only misses", word)
		}
	}
}

// containsFoldBytewise is the search ContainsFoldASCII replaced: every
// byte compared with the word's first letter.
func containsFoldBytewise(s, sub string) bool {
	first, upper := sub[0], sub[0]-'a'+'A'
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; (c == first || c == upper) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// BenchmarkContainsFoldASCII looks for a word no benchmark script spells
// (the usual case: the whole text is searched), old and new search.
func BenchmarkContainsFoldASCII(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "bench", "*.ps*1"))
	var text strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(raw)
	}
	s := text.String()
	if len(s) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	for _, impl := range []struct {
		name string
		f    func(s, sub string) bool
	}{{"bytewise", containsFoldBytewise}, {"indexbyte", ContainsFoldASCII}} {
		b.Run(impl.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if impl.f(s, "suppressmessage") {
					b.Fatal("found")
				}
			}
		})
	}
}

// TestDefaultParameterSettingsQuickTest: the word test in front of
// DefaultParameterSettings keeps every way of writing the variable.
func TestDefaultParameterSettingsQuickTest(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"$PSDefaultParameterValues['Invoke-WebRequest:SkipCertificateCheck'] = $true", 1},
		{"$global:psdefaultparametervalues.Add('Invoke-RestMethod:SkipCertificateCheck', $true)", 1},
		{"${PSDefaultParameterValues}['Invoke-WebRequest:SkipCertificateCheck'] = $true", 1},
		{"$PSDefaultParameterValues = @{ 'Invoke-WebRequest:SkipCertificateCheck' = $true; '*:Verbose' = $true }", 2},
		{"$defaults = @{ 'Invoke-WebRequest:SkipCertificateCheck' = $true }", 0},
	} {
		if got := len(model(t, tc.src).DefaultParameterSettings()); got != tc.want {
			t.Errorf("%s: %d settings, want %d", tc.src, got, tc.want)
		}
	}
}

// BenchmarkSecretNameKind runs the AUTH003 name test on names as scripts
// write them, most of them not secret.
func BenchmarkSecretNameKind(b *testing.B) {
	names := []string{"i", "Path", "SmtpServer", "ComputerName", "outputFile", "env:TEMP", "users", "report",
		"SmtpPassword", "apiKey", "Credential", "ErrorActionPreference", "x", "MailMessage", "body", "result"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			SecretNameKind(n)
		}
	}
}

// TestEqualLower: EqualLower(s, l) is strings.ToLower(s) == l.
func TestEqualLower(t *testing.T) {
	for _, s := range []string{"", "a", "A", "PSCredential", "pscredential", "PSCREDENTIALS", "pſcredential",
		"\u212Aey", "key", "İd", "id", "x\u00e9", "X\u00c9"} {
		for _, l := range []string{"", "a", "pscredential", "key", "id", "x\u00e9"} {
			if got, want := EqualLower(s, l), strings.ToLower(s) == l; got != want {
				t.Errorf("EqualLower(%q, %q) = %v, want %v", s, l, got, want)
			}
		}
	}
}

// mentionsByRegexp is the test MentionsVariable replaced: one regexp per
// name, run over the whole text.
func mentionsByRegexp(src, name string) bool {
	return regexp.MustCompile(`(?i)\$\{?(?:script:|global:|local:|private:)?` + regexp.QuoteMeta(name) + `\b`).MatchString(src)
}

// TestMentionsVariable: the one-pass set answers as the regexp does, on
// texts built from pieces that mix prefixes, braces, cases, word and
// non-word characters, and the two letters that fold to ASCII.
func TestMentionsVariable(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	pieces := []string{"$", "${", "}", "message", "Message", "MESSAGE", "graphMessage", "graphMessage2", "script:", "Global:",
		"local:", "private:", "env:", "using:", "x", "_", "2", " ", "\n", "é", "ſ", "\u212a", "'", "\"", "#", ":", "-"}
	names := []string{"message", "graphMessage", "graphMessage2", "graphMessage3", "script", "x", "env", "k", "messagé"}
	for k := 0; k < 3000; k++ {
		var sb strings.Builder
		for i := rng.Intn(14); i >= 0; i-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		src := sb.String()
		m := model(t, "# "+strings.ReplaceAll(src, "\n", " ")) // any text: the model only holds it
		m.Src = src
		for _, name := range names {
			if got, want := m.MentionsVariable(name), mentionsByRegexp(src, name); got != want {
				t.Fatalf("%q mentions %q: %v, the regexp says %v", src, name, got, want)
			}
		}
	}
}

// TestSortByNode: the index sort gives what a stable sort by offset gives,
// ties in their first order, on random lists with many equal offsets.
func TestSortByNode(t *testing.T) {
	type item struct {
		n   parser.Node
		tag int
	}
	rng := rand.New(rand.NewSource(9))
	for k := 0; k < 500; k++ {
		items := make([]item, rng.Intn(40))
		for i := range items {
			p := rng.Intn(12)
			items[i] = item{&parser.Variable{Span: parser.Span{Start: p, Stop: p + 1}}, i}
		}
		want := append([]item(nil), items...)
		slices.SortStableFunc(want, func(a, b item) int { return a.n.Pos() - b.n.Pos() })
		SortByNode(items, func(x *item) parser.Node { return x.n })
		for i := range items {
			if items[i].tag != want[i].tag {
				t.Fatalf("list %d: position %d holds item %d, want %d", k, i, items[i].tag, want[i].tag)
			}
		}
	}
}

// TestGetFold: the lookup finds what strings.ToLower's would, ASCII or
// not, short or long, and allocates nothing for a short ASCII key.
func TestGetFold(t *testing.T) {
	m := map[string]int{"smtpserver": 1, "straße": 2, strings.Repeat("a", 70): 3, "ǆ": 4}
	for key, want := range map[string]int{"SmtpServer": 1, "SMTPSERVER": 1, "smtpserver": 1, "STRASSE": 0, "Straße": 2,
		strings.Repeat("A", 70): 3, "ǅ": 4, "Ǆ": 4, "nope": 0, "": 0} {
		got, ok := GetFold(m, key)
		if got != want || ok != (want != 0) {
			t.Errorf("GetFold(%q) = %d, %v; want %d", key, got, ok, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { GetFold(m, "SmtpServer") }); n != 0 {
		t.Errorf("GetFold of a short ASCII key: %v allocations", n)
	}
}
