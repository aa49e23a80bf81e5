//go:build unix

package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"
)

// The fixture tree of the repository index (testdata/index): scheduled
// jobs that send mail only through a shared module, a dot-sourced library
// or a wrapper of a wrapper.
var (
	indexTree    = filepath.Join("..", "..", "..", "testdata", "index")
	indexModules = filepath.Join("..", "..", "..", "testdata", "index-modules")
)

func inventoryRows(t *testing.T, args ...string) map[string]inventory.Row {
	t.Helper()
	out := mainOut(t, exitOK, append([]string{"inventory", "-f", "json", "--no-config", "--as-of", asOf}, args...)...)
	rep, err := inventory.ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]inventory.Row{}
	for _, r := range rep.Scripts {
		rows[filepath.ToSlash(inventory.RelPath(rep.Root, r.Path))] = r
	}
	return rows
}

func TestInventoryThroughWrappers(t *testing.T) {
	rows := inventoryRows(t, indexTree)
	type want struct {
		sends    bool
		verdict  string
		via      string
		tls      string
		creds    string
		calledBy int
	}
	alert := want{true, inventory.VerdictRewrite, "Send-OpsAlert (Modules/Notify/Notify.psm1:3)", "TLS, 1.2 not ensured", "Import-Clixml", 0}
	smtp := want{true, inventory.VerdictManual, "Send-Smtp (lib/smtp.ps1:1)", "TLS, 1.2 not ensured", "none", 0}
	noMail := want{false, inventory.VerdictNoMail, "", "no SMTP send", "", 0}
	cases := map[string]want{
		"jobs/import-manifest-by-path.ps1": alert,
		"jobs/import-psm1-join-path.ps1":   alert,
		"jobs/import-by-name.ps1":          alert,
		"jobs/requires-modules.ps1":        alert,
		"jobs/using-module.ps1":            alert,
		"jobs/autoload.ps1":                alert,
		"jobs/qualified.ps1":               alert,
		// Enabling TLS 1.2 before the call makes the wrapper's send TLS 1.2.
		"jobs/tls-before-call.ps1": {true, inventory.VerdictRewrite, alert.via, "TLS", "Import-Clixml", 0},
		"jobs/import-folder.ps1": {true, inventory.VerdictRewrite,
			"Send-Page (Modules/Notify/Notify.psm1:18) → Send-OpsAlert (Modules/Notify/Notify.psm1:3)", "TLS, 1.2 not ensured", "Import-Clixml", 0},
		"jobs/dot-source.ps1":        {true, inventory.VerdictManual, "Send-Report (lib/mail.ps1:4) → Send-Smtp (lib/smtp.ps1:1)", smtp.tls, smtp.creds, 0},
		"jobs/dot-source-nested.ps1": smtp,
		"jobs/recursion.ps1": {true, inventory.VerdictRewrite, "Invoke-Ping (lib/cycle-a.ps1:3) → Invoke-Pong (lib/cycle-b.ps1:3)",
			"clear text", "none", 0},
		"jobs/reports.ps1": {true, inventory.VerdictManual,
			"Send-ReportStarted (Modules/Reports/1.2.0/Init.ps1:2); Send-DailyReport (Modules/Reports/1.2.0/Public/Send-DailyReport.ps1:1) → Send-ReportMail (Modules/Reports/1.2.0/Private/Mailer.psm1:1)",
			"clear text", "stored literal; none", 0},
		"jobs/shadowing.ps1":             noMail,
		"jobs/not-exported.ps1":          noMail,
		"jobs/internal-not-exported.ps1": noMail,
		"jobs/module-path.ps1":           noMail, // PagerDuty is only in --module-path
		"jobs/no-mail.ps1":               noMail,
		"jobs/autoload-checkout.ps1":     noMail,
		"jobs/import-checkout.ps1": {true, inventory.VerdictManual,
			"Send-TeamAlert (contoso-alerts/Public/Send-TeamAlert.ps1:1) → Invoke-AlertSmtp (contoso-alerts/Private/Invoke-AlertSmtp.ps1:1)",
			"TLS, 1.2 not ensured", "environment variable", 0},
		// The wrappers' own rows: how many scripts call them.
		"Modules/Notify/Notify.psm1": {true, inventory.VerdictManual, "", "clear text", "Import-Clixml; none", 9},
		"lib/smtp.ps1":               {true, inventory.VerdictManual, "", "TLS, 1.2 not ensured", "none", 3},
	}
	for p, w := range cases {
		r, ok := rows[p]
		if !ok {
			t.Errorf("%s: no row", p)
			continue
		}
		got := want{r.SendsMail, r.Verdict, strings.Join(r.Via, "; "), r.TLS.State, strings.Join(r.Credentials, "; "), r.CalledBy}
		if got != w {
			t.Errorf("%s:\n got %+v\nwant %+v", p, got, w)
		}
	}
	// The caller's verdict says where to fix it.
	if r := rows["jobs/dot-source.ps1"]; !strings.HasPrefix(r.VerdictReason, "through Send-Smtp (lib/smtp.ps1:1): System.Net.Mail.SmtpClient") {
		t.Errorf("verdict reason: %q", r.VerdictReason)
	}

	// The HTML shows the way in the table (names) and in the detail (with paths),
	// and the wrapper's callers.
	html := mainOut(t, exitOK, "inventory", "-f", "html", "--no-config", "--as-of", asOf, indexTree)
	for _, want := range []string{
		`<div class="reason via" title="Send-Page (Modules/Notify/Notify.psm1:18) → Send-OpsAlert (Modules/Notify/Notify.psm1:3)">through Send-Page → Send-OpsAlert</div>`,
		`<dt>Through</dt><dd>Send-Report (lib/mail.ps1:4) → Send-Smtp (lib/smtp.ps1:1)</dd>`,
		`<div class="reason">called by 9 scripts</div>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML report lacks %s", want)
		}
	}

	// --module-path: the module kept elsewhere is indexed, not reported.
	rows = inventoryRows(t, "--module-path", indexModules, indexTree)
	if r := rows["jobs/module-path.ps1"]; !r.SendsMail || len(r.Via) != 1 || !strings.HasPrefix(r.Via[0], "Send-PagerMail (") || r.Verdict != inventory.VerdictRewrite {
		t.Errorf("with --module-path: %+v", r)
	}
	for p := range rows {
		if strings.Contains(p, "PagerDuty") {
			t.Errorf("a --module-path file is reported: %s", p)
		}
	}
	var errb bytes.Buffer
	if code := Main([]string{"inventory", "--module-path", filepath.Join(indexTree, "nosuch"), indexTree}, nil, io.Discard, &errb); code != exitUsage || !strings.Contains(errb.String(), "--module-path") {
		t.Errorf("missing --module-path folder: exit %d, %s", code, errb.String())
	}
}

// Each shard indexes the whole tree: merged, the shards equal the
// unsharded run byte for byte, cross-file facts included.
func TestIndexShardsMergeByteIdentical(t *testing.T) {
	dir := t.TempDir()
	full := mainOut(t, exitOK, "inventory", "-f", "json", "--no-config", "--as-of", asOf, indexTree)
	if !strings.Contains(full, `"via"`) {
		t.Fatal("the unsharded inventory has no via")
	}
	var shards []string
	for i := 1; i <= 3; i++ {
		p := filepath.Join(dir, fmt.Sprintf("inv%d.json", i))
		mainOut(t, exitOK, "inventory", "-f", "json", "--no-config", "--as-of", asOf, "--shard", fmt.Sprintf("%d/3", i), "-o", p, indexTree)
		shards = append(shards, p)
	}
	if merged := mainOut(t, exitOK, append([]string{"merge"}, shards...)...); merged != full {
		t.Errorf("inventory: merged shards differ:\n%s", firstDiff(merged, full))
	}
	for _, format := range []string{"sarif", "json"} {
		var fullOut bytes.Buffer
		Main([]string{"--format", format, "--no-config", "--as-of", asOf, indexTree}, nil, &fullOut, io.Discard)
		var files []string
		for i := 1; i <= 3; i++ {
			p := filepath.Join(dir, fmt.Sprintf("scan%d.%s", i, format))
			Main([]string{"--format", format, "--no-config", "--as-of", asOf, "--shard", fmt.Sprintf("%d/3", i), "-o", p, indexTree}, nil, io.Discard, io.Discard)
			files = append(files, p)
		}
		if merged := mainOut(t, exitOK, append([]string{"merge"}, files...)...); merged != fullOut.String() {
			t.Errorf("scan %s: merged shards differ:\n%s", format, firstDiff(merged, fullOut.String()))
		}
	}
}

// The wrapper's findings list the calling sites in other files as related
// locations (JSON related with a path, SARIF relatedLocations), and the
// call sites get no findings of their own.
func TestWrapperFindingsListCallers(t *testing.T) {
	var out bytes.Buffer
	Main([]string{"--format", "json", "--no-config", "--no-fail", "--as-of", asOf, indexTree}, nil, &out, io.Discard)
	var rep struct {
		Findings []struct {
			Rule, Path string
			Line       int
			Related    []struct {
				Path    string
				Line    int
				Message string
			}
		}
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range rep.Findings {
		if strings.Contains(filepath.ToSlash(f.Path), "/jobs/") {
			t.Errorf("a finding at a call site: %s %s:%d", f.Rule, f.Path, f.Line)
		}
		for _, r := range f.Related {
			if r.Path != "" {
				rel, _ := filepath.Rel(indexTree, r.Path)
				got[f.Rule+" "+filepath.ToSlash(f.Path[len(indexTree)+1:])] = append(got[f.Rule+" "+filepath.ToSlash(f.Path[len(indexTree)+1:])],
					fmt.Sprintf("%s:%d %s", filepath.ToSlash(rel), r.Line, r.Message))
			}
		}
	}
	want := map[string]string{
		"MAIL004 lib/smtp.ps1":                   "jobs/dot-source-nested.ps1:3 Send-Smtp is called here | jobs/dot-source.ps1:2 Send-Smtp is called from here, through Send-Report | lib/mail.ps1:6 Send-Smtp is called here",
		"MAIL001 lib/cycle-b.ps1":                "jobs/recursion.ps1:2 Invoke-Pong is called from here, through Invoke-Ping | lib/cycle-a.ps1:5 Invoke-Pong is called here",
		"MAIL001 Modules/Reports/1.2.0/Init.ps1": "jobs/reports.ps1:2 Send-ReportStarted is called here",
	}
	for k, w := range want {
		if g := strings.Join(got[k], " | "); g != w {
			t.Errorf("%s:\n got %s\nwant %s", k, g, w)
		}
	}
	if n := len(got["TLS003 Modules/Notify/Notify.psm1"]); n != 9 {
		t.Errorf("TLS003 in Send-OpsAlert lists %d callers, want 9", n)
	}
	sarif := mainOut(t, exitOK, "--format", "sarif", "--no-config", "--no-fail", "--as-of", asOf, indexTree)
	if !strings.Contains(sarif, `"text": "Send-Smtp is called from here, through Send-Report"`) {
		t.Error("SARIF relatedLocations miss the calling site in another file")
	}
}
