package scan

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// The whole scan (decode, parse, semantic model, every rule) of hostile and
// broken input: no panic, no internal error, every span inside the text
// (checkScan, shared with FuzzScanFile). Several cases were a stack
// overflow (the whole process lost) or took minutes before the fixes named
// in their comments; no test here measures time, but a regression would
// run into go test's timeout or the stack limit set below.

// limitStack makes runaway recursion fail fast (a stack overflow is fatal)
// instead of growing to Go's 1 GB default.
func limitStack(t *testing.T) {
	old := debug.SetMaxStack(256 << 20)
	t.Cleanup(func() { debug.SetMaxStack(old) })
}

const send = "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c\n"

// TestScanTruncatedAtEveryByte scans every prefix of a realistic mail
// script with every rule.
func TestScanTruncatedAtEveryByte(t *testing.T) {
	limitStack(t)
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "bench", "mail_report.ps1"))
	if err != nil {
		t.Fatal(err)
	}
	// The header and parameters (lines 1-50), the credential and send
	// functions (489-589) and a call: 4.8 KB with a send.
	lines := strings.SplitAfter(string(raw), "\n")
	src := strings.Join(lines[:50], "") + strings.Join(lines[488:589], "") + "Send-HealthReport -To ops@contoso.com\n"
	if r := checkScan(t, []byte(src)); len(r.Findings) == 0 {
		t.Fatal("the script has no findings: the test does not test")
	}
	step := 1
	if testing.Short() {
		step = 5
	}
	for n := 0; n <= len(src); n += step {
		checkScan(t, []byte(src[:n]))
	}
}

func findingOf(r Result, rule string) bool {
	for _, d := range r.Findings {
		if d.Rule == rule {
			return true
		}
	}
	return false
}

// TestScanHostile scans pathological files; where a send follows, it must
// still be found.
func TestScanHostile(t *testing.T) {
	limitStack(t)
	r := strings.Repeat
	var calls strings.Builder
	for i := 0; i < 10000; i++ {
		calls.WriteString("function f" + itoa(i) + " { f" + itoa(i+1) + " }\n")
	}
	calls.WriteString("function f10000 { " + strings.TrimSpace(send) + " }\nf0\n")
	cases := []struct {
		name     string
		src      string
		wantSend bool // MAIL001 on the final send
	}{
		{"empty", "", false},
		{"blanks", " \t\r\n\r\n\f\v", false},
		{"comments only", "# a\n<# b #>\n#requires -Version 5\n", false},
		// 675,000-character lines.
		{"long string line", "$x = '" + r("a", 675000) + "'; " + send, true},
		{"long array line", "$x = " + r("1,", 337500) + "1; " + send, true},
		{"long variable name", "${" + r("v", 675000) + "} = 1; " + send, true},
		{"long command line", "Write-Output " + r("a ", 337500) + "; " + send, true},
		// 100,000 statements.
		{"100,000 statements", r("$a = 1\n", 100000) + send, true},
		{"100,000 sends", r("Send-MailMessage -To a -SmtpServer relay\n", 20000), false},
		// Deep nesting: the depth error; the parser stops there (the
		// error says where), so a send after it is not analysed.
		{"10,000 parentheses", r("(", 10000) + "1" + r(")", 10000) + "\n", false},
		{"10,000 blocks", r("{", 10000) + r("}", 10000) + "\n", false},
		{"10,000 if blocks", r("if ($a) {", 10000) + send + r("}", 10000), false},
		{"10,000 hashtables", "$p = " + r("@{SmtpServer=", 10000) + "'x'" + r("}", 10000) + "\n" + send, false},
		{"10,000 subexpressions in strings", r("\"$(", 10000) + r(")\"", 10000) + "\n", false},
		{"240 subexpressions", "$s = " + r("$(", 240) + "'smtp.office365.com'" + r(")", 240) + "\nSend-MailMessage -SmtpServer $s -To a\n", true},
		{"240 script blocks", r("& {", 240) + send + r("}", 240), true},
		{"100,000 members", "$a" + r(".b", 100000) + "\n" + send, true},
		{"100,000 indexes", "$a" + r("[0]", 100000) + "\n" + send, true},
		{"100,000 pipeline elements", "a" + r(" | b", 100000) + "\n" + send, true},
		{"100,000 elseif", "if ($a) {}" + r(" elseif ($b) { $c = 1 }", 100000) + "\n" + send, true},
		{"100,000 additions", "$a = 1" + r("+1", 100000) + "\n" + send, true},
		// Generic type names nested 100,000 deep: TypeRefs walked to the
		// outermost name from every name (quadratic: minutes).
		{"100,000 generic arguments", "[a" + r("[b", 100000) + r("]", 100000) + "]\n" + send, true},
		// 20,000 SecurityProtocol writes: the flow walker asked for every
		// write at each write (quadratic: minutes).
		{"20,000 TLS writes", r("[Net.ServicePointManager]::SecurityProtocol = 'Tls'\n", 20000) + send, true},
		// 200,000 `$s += 'y'`: each += read the value before it, recursively
		// (stack overflow at a million, the process lost); the strings of
		// the chain took memory quadratic in its length.
		{"200,000 += on one variable", "$s = 'x'\n" + r("$s += 'y'\n", 200000) + "Send-MailMessage -SmtpServer $s -To a -Credential $c\n", true},
		{"20,000 definitions of one variable", r("$s = 'smtp.office365.com'\n", 20000) + "Send-MailMessage -SmtpServer $s -To a -Credential $c\n", true},
		{"variable chain", "$v0 = 'smtp.office365.com'\n" + chain(5000) + "Send-MailMessage -SmtpServer $v5000 -Credential $c -To a\n", true},
		{"10,000 nested calls", calls.String(), true},
		{"mutual recursion", "function f { g; f }\nfunction g { f; g; " + strings.TrimSpace(send) + " }\nf\n", true},
		{"dot-sources itself", ". $PSCommandPath\n. .\\fuzz.ps1\n. ./fuzz.ps1\n" + send, true},
		{"SmtpClient then unterminated call", "$c2 = [Net.Mail.SmtpClient]@{ Host = 'mail.contoso.com'; Port = 25; EnableSsl = $true }\n$c2.Send($msg)\n$mk2.Connect('smtp.office365.com'", false},
		{"unterminated here-string", send + "$b = @\"\n" + send, true},
		{"unterminated block comment", send + "<#\n" + send, true},
		{"mixed line endings", "$a = 1\r\n$b = 2\r$c = 3\n\r\n" + send, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := checkScan(t, []byte(c.src))
			if c.wantSend && !findingOf(res, "MAIL001") {
				t.Errorf("the send was not found (status %s, %d findings)", res.Status, len(res.Findings))
			}
		})
	}
}

func chain(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString("$v" + itoa(i) + " = $v" + itoa(i-1) + "\n")
	}
	return b.String()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// TestScanBrokenBytes: files whose bytes are broken are scanned or skipped
// with a reason, never dropped; positions of findings after the broken
// bytes are right.
func TestScanBrokenBytes(t *testing.T) {
	le := func(s string, extra ...uint16) []byte {
		out := []byte{0xFF, 0xFE}
		u := append(utf16.Encode([]rune(s)), extra...)
		for _, x := range u {
			out = append(out, byte(x), byte(x>>8))
		}
		return out
	}
	cases := []struct {
		name   string
		raw    []byte
		status Status
		line   int // line of the MAIL001 finding, 0 for none
	}{
		{"UTF-16 with a lone surrogate", append(le("# \n"), append(le("")[2:], append([]byte{0x00, 0xD8}, le("x\n" + send)[2:]...)...)...), StatusOK, 3},
		{"UTF-16 odd length", append(le("# a\n"+send), 'x'), StatusOK, 2},
		{"invalid UTF-8 (read as Windows-1252)", []byte("# caf\xe9\n" + send), StatusOK, 2},
		{"NUL bytes (binary)", append([]byte(send), make([]byte, 200)...), StatusSkipped, 0},
		{"a NUL inside a script", []byte(strings.Repeat("# line\n", 300) + "$a = 1\x00\n" + send), StatusOK, 302},
		{"control characters", []byte("# \x01\x02\x03\n" + send), StatusOK, 2},
		{"binary data", []byte(strings.Repeat(string(allBytes()), 8)), StatusSkipped, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := checkScan(t, c.raw)
			if res.Status != c.status {
				t.Fatalf("status %s (%s), want %s", res.Status, res.Skip, c.status)
			}
			if c.status == StatusSkipped && res.Skip.Kind != pipeline.SkipNotText {
				t.Errorf("reason %q", res.Skip)
			}
			if c.line == 0 {
				return
			}
			for _, d := range res.Findings {
				if d.Rule == "MAIL001" {
					if p := res.File.Source.Position(d.Pos); p.Line != c.line || p.Column != 1 {
						t.Errorf("MAIL001 at %+v, want line %d column 1", p, c.line)
					}
					return
				}
			}
			t.Errorf("no MAIL001 finding")
		})
	}
}

// TestFileNotRegular: a FIFO or a folder where a file was expected is
// skipped with a reason, never read (a FIFO would block the scan forever).
func TestFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "folder.ps1")
	os.Mkdir(sub, 0o755)
	r := File(sub, fuzzOptions())
	if r.Status != StatusSkipped || r.Skip.String() != "not a regular file" || !r.Skip.Trouble() {
		t.Errorf("folder: %+v", r)
	}
	r = File(filepath.Join(dir, "gone.ps1"), fuzzOptions())
	if r.Status != StatusSkipped || r.Skip.String() != "vanished before it could be read (no such file or directory)" || !r.Skip.Trouble() {
		t.Errorf("missing file: %+v", r)
	}
	if dev := "/dev/zero"; fileExists(dev) {
		r = File(dev, fuzzOptions())
		if r.Status != StatusSkipped || r.Skip.String() != "not a regular file (device)" {
			t.Errorf("%s: %+v", dev, r)
		}
	}
}

func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
