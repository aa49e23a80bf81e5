package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/parser"
)

// mail005Run runs one rule on a script at a date.
func mail005Run(t *testing.T, id, src string, asOf time.Time) []Diagnostic {
	t.Helper()
	f, err := parser.ParseString("t.ps1", src)
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("input does not parse: %v %v", err, f.Errors)
	}
	ds, errs := Run("t.ps1", f, &Config{AsOf: asOf}, func(r *Rule) bool { return r.ID == id }, nil)
	if len(errs) > 0 {
		t.Fatalf("rule errors: %v", errs)
	}
	return ds
}

// TestMAIL005Levels checks the date table (warning, error from 2026-10-01,
// shutdown text from 2027-04-01) and the on-premises note.
func TestMAIL005Levels(t *testing.T) {
	exo := "Add-Type -Path 'C:\\ews\\Microsoft.Exchange.WebServices.dll'\n" +
		"$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n" +
		"$svc.Url = 'https://outlook.office365.com/EWS/Exchange.asmx'\n"
	onPrem := "Add-Type -Path 'C:\\ews\\Microsoft.Exchange.WebServices.dll'\n" +
		"$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n" +
		"$svc.Url = 'https://mail.contoso.com/EWS/Exchange.asmx'\n" +
		"$m = New-Object Microsoft.Exchange.WebServices.Data.EmailMessage($svc)\n"
	auto := "$svc = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService\n" +
		"$svc.AutodiscoverUrl('ops@contoso.com')\n"
	http := "Invoke-RestMethod -Uri 'https://outlook.office365.com/EWS/Exchange.asmx' -Method Post -Body $soap\n"
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		name      string
		src       string
		asOf      time.Time
		count     int
		level     Level
		contains  []string
		forbidden []string
	}{
		{"before-disablement", exo, day(2026, 9, 30), 1, Warning,
			[]string{"tenant-by-tenant disablement from 1 October 2026", "(endpoint outlook.office365.com)", "and 1 more EWS use here"}, []string{"shut down"}},
		{"disablement", exo, day(2026, 10, 1), 1, Error,
			[]string{"since 1 October 2026", "1 April 2027"}, []string{"shut down since"}},
		{"shutdown", exo, day(2027, 4, 1), 1, Error,
			[]string{"EWS in Exchange Online is shut down"}, []string{"being retired", "tenant by tenant"}},
		{"on-premises", onPrem, day(2026, 11, 1), 1, Note,
			[]string{"mail.contoso.com", "on-premises"}, nil},
		{"autodiscover", auto, day(2026, 11, 1), 1, Error,
			[]string{"Autodiscover", "if this targets Exchange Server on-premises, ignore this finding"}, nil},
		{"http", http, day(2026, 6, 1), 1, Warning,
			[]string{"Invoke-RestMethod calls the Exchange Online EWS endpoint https://outlook.office365.com/EWS/Exchange.asmx"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ds := mail005Run(t, "MAIL005", c.src, c.asOf)
			if len(ds) != c.count {
				t.Fatalf("got %d findings, want %d: %+v", len(ds), c.count, ds)
			}
			for _, d := range ds {
				if d.Level != c.level {
					t.Errorf("level %v, want %v: %s", d.Level, c.level, d.Message)
				}
				for _, w := range c.contains {
					if !strings.Contains(d.Message+"\n"+d.Detail, w) {
						t.Errorf("message lacks %q: %s", w, d.Message)
					}
				}
				for _, w := range c.forbidden {
					if strings.Contains(d.Message, w) {
						t.Errorf("message has %q: %s", w, d.Message)
					}
				}
			}
		})
	}
}
