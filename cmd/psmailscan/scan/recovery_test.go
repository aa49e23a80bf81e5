package scan

import (
	"strings"
	"testing"
)

// TestRecoveryKeepsFindings: a syntax error early in the file and a
// function left unclosed at the end of it do not hide the sends inside the
// function. Before the parser kept unclosed blocks, the whole function was
// one bad statement and both sends went unreported.
func TestRecoveryKeepsFindings(t *testing.T) {
	src := "$broken = (1 +\n" +
		"function Send-Report {\n" +
		"  param($To)\n" +
		"  Send-MailMessage -To $To -From b@contoso.com -Subject s -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $c\n" +
		"  $h = @{ a = }\n" +
		"  if ($To) {\n" +
		"    Send-MailMessage -To x@contoso.com -From b@contoso.com -Subject t -SmtpServer smtp.office365.com -UseSsl\n"
	res := checkScan(t, []byte(src))
	if res.Status != StatusParseError || len(res.Errors) == 0 {
		t.Fatalf("status %q, %d errors: want parse-error with errors", res.Status, len(res.Errors))
	}
	lines := map[int]bool{}
	for _, d := range res.Findings {
		if d.Rule == "TLS003" || d.Rule == "MAIL001" {
			lines[res.File.Source.Position(d.Pos).Line] = true
		}
	}
	for _, line := range []int{4, 7} {
		if !lines[line] {
			t.Errorf("no TLS003/MAIL001 finding on line %d (the sends inside the unclosed function); findings: %v", line, res.Findings)
		}
	}
	if !strings.Contains(res.Errors[len(res.Errors)-1].Msg, "end of file") {
		t.Errorf("last error %q, want the unclosed block at the end of the file", res.Errors[len(res.Errors)-1].Msg)
	}
}
