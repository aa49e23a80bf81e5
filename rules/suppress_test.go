package rules

import (
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
)

func suppressRun(t *testing.T, src string, opts SuppressOptions) ([]Diagnostic, []Diagnostic, *parser.File) {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("parse: %v %v", err, f.Errors)
	}
	ds, _ := Run("t.ps1", f, &Config{}, func(r *Rule) bool { return r.ID == "MAIL001" }, nil)
	problems := ApplySuppressions(f, ds, opts)
	return ds, problems, f
}

const send = "Send-MailMessage -To a -From b -Subject c -SmtpServer relay"

func TestSuppressNextLine(t *testing.T) {
	ds, problems, _ := suppressRun(t, "# psmailscan-disable-next-line MAIL001 -- relay is on-prem\n"+send+"\n"+send+"\n", SuppressOptions{})
	if len(ds) != 2 || len(problems) != 0 {
		t.Fatalf("%d findings, %v", len(ds), problems)
	}
	if ds[0].Suppressed == nil || ds[0].Suppressed.Justification != "relay is on-prem" || ds[0].Suppressed.Kind != "inSource" {
		t.Errorf("first finding: %+v", ds[0].Suppressed)
	}
	if ds[1].Suppressed != nil {
		t.Error("the directive covers only the next line")
	}
}

func TestSuppressFile(t *testing.T) {
	for _, dir := range []string{"# psmailscan-disable MAIL001 -- legacy host", "# psmail-disable-file send-mailmessage-obsolete"} {
		ds, problems, _ := suppressRun(t, "#Requires -Version 5.1\n"+dir+"\n"+send+"\nfunction f { "+send+" }\n", SuppressOptions{})
		for _, d := range ds {
			if d.Suppressed == nil {
				t.Errorf("%q: finding at %d not suppressed", dir, d.Pos)
			}
		}
		if len(problems) != 0 {
			t.Errorf("%q: %v", dir, problems)
		}
	}
	// After the first statement, a file directive is misplaced.
	ds, problems, _ := suppressRun(t, send+"\n# psmailscan-disable MAIL001 -- late\n"+send+"\n", SuppressOptions{})
	if ds[0].Suppressed != nil || ds[1].Suppressed != nil || len(problems) != 1 {
		t.Errorf("misplaced directive: %v", problems)
	}
}

func TestSuppressAttribute(t *testing.T) {
	src := "function Send-Report {\n" +
		"    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('MAIL001', '', Justification = 'TICKET-1')]\n" +
		"    param()\n    " + send + "\n}\n" + send + "\n"
	ds, _, _ := suppressRun(t, src, SuppressOptions{})
	if len(ds) != 2 || ds[0].Suppressed == nil || ds[0].Suppressed.Justification != "TICKET-1" || ds[1].Suppressed != nil {
		t.Fatalf("attribute scope: %+v", ds)
	}
	script := "[Diagnostics.CodeAnalysis.SuppressMessage('MAIL001', '')]\nparam()\n" + send + "\n"
	ds, problems, _ := suppressRun(t, script, SuppressOptions{RequireJustification: true})
	if ds[0].Suppressed == nil || len(problems) != 1 || !strings.Contains(problems[0].Message, "Justification") {
		t.Errorf("script param block: %+v %v", ds[0].Suppressed, problems)
	}
}

func TestSuppressProblems(t *testing.T) {
	_, problems, _ := suppressRun(t, "# psmailscan-disable-next-line MAIL999\n"+send+"\n", SuppressOptions{})
	if len(problems) != 2 || !strings.Contains(problems[0].Message, "unknown rule MAIL999") {
		t.Errorf("unknown rule: %v", problems)
	}
	_, problems, _ = suppressRun(t, "# psmailscan-disable-next-line MAIL001\n"+send+"\n", SuppressOptions{RequireJustification: true})
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "without a justification") {
		t.Errorf("missing reason: %v", problems)
	}
	// A directive inside a string is not a directive.
	ds, _, _ := suppressRun(t, "$x = '# psmailscan-disable-next-line MAIL001'\n"+send+"\n", SuppressOptions{})
	if ds[0].Suppressed != nil {
		t.Error("a string suppressed a finding")
	}
}
