package index

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// buildTree summarizes every file of a fixture tree and builds the index.
func buildTree(t *testing.T, roots ...string) *Index {
	t.Helper()
	var sums []*FileSummary
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			switch strings.ToLower(filepath.Ext(p)) {
			case ".ps1", ".psm1", ".psd1":
			default:
				return nil
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			src, err := parser.Decode(p, raw)
			if err != nil {
				return err
			}
			f, err := parser.Parse(src)
			if err != nil {
				return err
			}
			m := semantic.New(p, f, nil)
			sums = append(sums, Summarize(p, m, nil, func(scope parser.Node, on bool) *mailfacts.Facts { return mailfacts.Of(m, scope, on) }, true))
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return Build(sums)
}

const tree = "../../testdata/index"

// targetsOf lists "call -> function (file)" for a file's calls.
func targetsOf(ix *Index, p string) []string {
	fi := ix.file(filepath.Clean(p))
	if fi < 0 {
		return []string{"file not indexed"}
	}
	targets := map[int]FuncRef{} // by offset of the call
	for _, b := range ix.bound[fi] {
		targets[int(b.off)] = b.target.ref()
	}
	var out []string
	f := ix.files[fi]
	list := nameTable.snapshot()
	for r := newCallReader(f.calls, list); r.more(); {
		c, off, _, _ := r.next()
		t, ok := targets[off]
		if !ok {
			if strings.HasPrefix(c.Name, "send-") { // cmdlets (Join-Path, Write-Host) are not listed
				out = append(out, c.Name+" -> nothing")
			}
			continue
		}
		rel, _ := filepath.Rel(tree, ix.files[t.File].Path)
		out = append(out, c.Name+" -> "+ix.fn(t).Name+" ("+filepath.ToSlash(rel)+")")
	}
	sort.Strings(out)
	return out
}

func TestResolution(t *testing.T) {
	ix := buildTree(t, tree)
	notify := "send-opsalert -> Send-OpsAlert (Modules/Notify/Notify.psm1)"
	cases := map[string][]string{
		"jobs/import-manifest-by-path.ps1": {notify},
		"jobs/import-psm1-join-path.ps1":   {notify},
		"jobs/import-folder.ps1":           {"send-page -> Send-Page (Modules/Notify/Notify.psm1)"},
		"jobs/import-by-name.ps1":          {notify},
		"jobs/requires-modules.ps1":        {notify},
		"jobs/using-module.ps1":            {notify},
		"jobs/autoload.ps1":                {notify},
		"jobs/tls-before-call.ps1":         {notify},
		"jobs/qualified.ps1":               {`notify\send-opsalert -> Send-OpsAlert (Modules/Notify/Notify.psm1)`},
		"jobs/dot-source.ps1":              {"send-report -> Send-Report (lib/mail.ps1)"},
		"jobs/dot-source-nested.ps1":       {"send-smtp -> Send-Smtp (lib/smtp.ps1)"},
		"jobs/shadowing.ps1":               {"send-opsalert -> Send-OpsAlert (jobs/shadowing.ps1)"},
		"jobs/not-exported.ps1":            {"get-hiddenconfig -> Get-HiddenConfig (Modules/Hidden/Hidden.psm1)", "send-hidden -> nothing"},
		"jobs/internal-not-exported.ps1":   {"send-internal -> nothing"},
		"jobs/recursion.ps1":               {"invoke-ping -> Invoke-Ping (lib/cycle-a.ps1)"},
		"jobs/reports.ps1": {"send-dailyreport -> Send-DailyReport (Modules/Reports/1.2.0/Public/Send-DailyReport.ps1)",
			"send-reportstarted -> Send-ReportStarted (Modules/Reports/1.2.0/Init.ps1)"},
		"lib/mail.ps1":               {"send-smtp -> Send-Smtp (lib/smtp.ps1)"},
		"lib/cycle-a.ps1":            {"invoke-pong -> Invoke-Pong (lib/cycle-b.ps1)"},
		"lib/cycle-b.ps1":            {"invoke-ping -> Invoke-Ping (lib/cycle-a.ps1)"},
		"Modules/Notify/Notify.psm1": {"send-opsalert -> Send-OpsAlert (Modules/Notify/Notify.psm1)"},
		"Modules/Reports/1.2.0/Public/Send-DailyReport.ps1": {"send-reportmail -> Send-ReportMail (Modules/Reports/1.2.0/Private/Mailer.psm1)"},
		"jobs/no-mail.ps1": nil,
	}
	for p, want := range cases {
		got := targetsOf(ix, filepath.Join(tree, p))
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", p, got, want)
		}
	}
}

func TestRelatedCallers(t *testing.T) {
	ix := buildTree(t, tree)
	notify := filepath.Join(tree, "Modules/Notify/Notify.psm1")
	raw, err := os.ReadFile(notify)
	if err != nil {
		t.Fatal(err)
	}
	fnAt := func(p string, pos int) int { return ix.files[ix.file(filepath.Clean(p))].FunctionAt(pos) }
	pos := strings.Index(string(raw), "Send-MailMessage")
	var got []string
	for _, r := range ix.RelatedCallers(notify, fnAt(notify, pos)) {
		rel, _ := filepath.Rel(tree, r.Path)
		got = append(got, filepath.ToSlash(rel)+":"+itoa(r.Line)+":"+itoa(r.Column)+" "+r.Message)
	}
	want := []string{
		"jobs/autoload.ps1:2:1 Send-OpsAlert is called here",
		"jobs/import-by-name.ps1:2:1 Send-OpsAlert is called here",
		"jobs/import-folder.ps1:3:1 Send-OpsAlert is called from here, through Send-Page",
		"jobs/import-manifest-by-path.ps1:2:1 Send-OpsAlert is called here",
		"jobs/import-psm1-join-path.ps1:2:1 Send-OpsAlert is called here",
		"jobs/qualified.ps1:1:1 Send-OpsAlert is called here",
		"jobs/requires-modules.ps1:2:1 Send-OpsAlert is called here",
		"jobs/tls-before-call.ps1:3:1 Send-OpsAlert is called here",
		"jobs/using-module.ps1:2:1 Send-OpsAlert is called here",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Outside any function: no calling sites.
	if r := ix.RelatedCallers(notify, fnAt(notify, 0)); r != nil {
		t.Errorf("script level: %v", r)
	}
	// The not-exported sender is called by nobody it can be reached from.
	hidden := filepath.Join(tree, "Modules/Hidden/Hidden.psm1")
	raw, _ = os.ReadFile(hidden)
	if r := ix.RelatedCallers(hidden, fnAt(hidden, strings.Index(string(raw), "Send-MailMessage"))); r != nil {
		t.Errorf("Send-Hidden: %v", r)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// reachedOf renders what a file reaches: methods, hosts, TLS, credentials and the ways.
func reachedOf(ix *Index, p string) string {
	r := ix.Reached(filepath.Clean(p))
	if r == nil {
		return "nothing"
	}
	var b strings.Builder
	if f := r.Facts; f != nil {
		b.WriteString(strings.Join(f.Methods, ",") + " | " + strings.Join(f.Hosts, ",") + " | " + f.TLSState + " | " + f.TLS12 +
			" | " + strings.Join(f.Credentials, ","))
	}
	for _, way := range r.Via {
		b.WriteString(" | via")
		for _, h := range way {
			rel, _ := filepath.Rel(tree, h.Path)
			b.WriteString(" " + h.Name + "@" + filepath.ToSlash(rel) + ":" + itoa(h.Line))
		}
	}
	return b.String()
}

func TestReached(t *testing.T) {
	ix := buildTree(t, tree)
	alert := "Send-MailMessage | smtp.office365.com | TLS, 1.2 not ensured | not ensured | Import-Clixml | via Send-OpsAlert@Modules/Notify/Notify.psm1:3"
	cases := map[string]string{
		"jobs/import-manifest-by-path.ps1": alert,
		"jobs/import-psm1-join-path.ps1":   alert,
		"jobs/import-by-name.ps1":          alert,
		"jobs/requires-modules.ps1":        alert,
		"jobs/using-module.ps1":            alert,
		"jobs/autoload.ps1":                alert,
		"jobs/qualified.ps1":               alert,
		// The caller enables TLS 1.2 before the call: the send it reaches is TLS 1.2.
		"jobs/tls-before-call.ps1": "Send-MailMessage | smtp.office365.com | TLS | ensured | Import-Clixml | via Send-OpsAlert@Modules/Notify/Notify.psm1:3",
		// A wrapper of the wrapper: the way goes to the function that sends.
		"jobs/import-folder.ps1":     "Send-MailMessage | smtp.office365.com | TLS, 1.2 not ensured | not ensured | Import-Clixml | via Send-Page@Modules/Notify/Notify.psm1:18 Send-OpsAlert@Modules/Notify/Notify.psm1:3",
		"jobs/dot-source.ps1":        "SmtpClient | smtp.contoso.example | TLS, 1.2 not ensured | not ensured | none | via Send-Report@lib/mail.ps1:4 Send-Smtp@lib/smtp.ps1:1",
		"jobs/dot-source-nested.ps1": "SmtpClient | smtp.contoso.example | TLS, 1.2 not ensured | not ensured | none | via Send-Smtp@lib/smtp.ps1:1",
		"jobs/recursion.ps1":         "Send-MailMessage | smtp.loop.example | clear text |  | none | via Invoke-Ping@lib/cycle-a.ps1:3 Invoke-Pong@lib/cycle-b.ps1:3",
		// Facts lists are sorted here; the inventory puts them in display order.
		"jobs/reports.ps1":               "Send-MailMessage,SmtpClient | smtp.contoso.example | clear text | not ensured | none,stored literal | via Send-ReportStarted@Modules/Reports/1.2.0/Init.ps1:2 | via Send-DailyReport@Modules/Reports/1.2.0/Public/Send-DailyReport.ps1:1 Send-ReportMail@Modules/Reports/1.2.0/Private/Mailer.psm1:1",
		"jobs/shadowing.ps1":             "nothing",
		"jobs/not-exported.ps1":          "nothing",
		"jobs/internal-not-exported.ps1": "nothing",
		"jobs/no-mail.ps1":               "nothing",
	}
	for p, want := range cases {
		if got := reachedOf(ix, filepath.Join(tree, p)); got != want {
			t.Errorf("%s:\n got %s\nwant %s", p, got, want)
		}
	}
	calledBy := map[string]int{
		"Modules/Notify/Notify.psm1": 9, "lib/smtp.ps1": 3, "lib/mail.ps1": 1, "lib/cycle-b.ps1": 2,
		"Modules/Hidden/Hidden.psm1": 0, "jobs/shadowing.ps1": 0,
	}
	for p, want := range calledBy {
		if got := ix.CalledBy(filepath.Join(tree, p)); got != want {
			t.Errorf("CalledBy(%s) = %d, want %d", p, got, want)
		}
	}
}

func TestModulePath(t *testing.T) {
	ix := buildTree(t, tree, "../../testdata/index-modules")
	p := filepath.Join(tree, "jobs/module-path.ps1")
	if got, want := targetsOf(ix, p), []string{"send-pagermail -> Send-PagerMail (../index-modules/PagerDuty/PagerDuty.psm1)"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := reachedOf(ix, p), "Send-MailMessage | smtp.office365.com | TLS, 1.2 not ensured | not ensured | Get-Credential | via Send-PagerMail@../index-modules/PagerDuty/PagerDuty.psm1:2"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// TestRename: a tree summarized twice, the second time renamed under a
// folder (bench --copies), binds the calls of each copy as the original's:
// within the copy through dot-sources and imports by path; a module
// imported by name (or autoloaded) is the first one of that name, the
// original's, as PowerShell would take it.
func TestRename(t *testing.T) {
	orig := buildTree(t, tree)
	copyOf := func(p string) string { // as bench's copyPath: ".." cannot eat the folder
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return filepath.Join(string(filepath.Separator)+"copy", abs)
	}
	var sums []*FileSummary
	for _, f := range orig.files {
		sums = append(sums, f)
		c := *f
		c.Rename(copyOf)
		sums = append(sums, &c)
	}
	ix := Build(sums)
	byPath := map[string]bool{"jobs/dot-source.ps1": true, "jobs/dot-source-nested.ps1": true, "jobs/import-manifest-by-path.ps1": true,
		"jobs/import-psm1-join-path.ps1": true, "lib/mail.ps1": true, "lib/cycle-a.ps1": true, "lib/cycle-b.ps1": true}
	checked := 0
	for fi, f := range orig.files {
		rel, _ := filepath.Rel(tree, f.Path)
		cj := ix.file(copyOf(f.Path))
		oj := ix.file(f.Path)
		if cj < 0 || oj < 0 {
			t.Fatalf("%s: not indexed", f.Path)
		}
		ob, cb := ix.bound[oj], ix.bound[cj]
		if len(ob) != len(orig.bound[fi]) || len(cb) != len(ob) {
			t.Errorf("%s: %d calls bound, %d in the copy, %d alone", f.Path, len(ob), len(cb), len(orig.bound[fi]))
			continue
		}
		for k := range ob {
			target := ix.files[ob[k].target.file].Path
			want := copyOf(target)
			got := ix.files[cb[k].target.file].Path
			if !byPath[filepath.ToSlash(rel)] && got == target {
				want = target
			}
			if got != want || cb[k].target.fn != ob[k].target.fn {
				t.Errorf("%s: call %d binds to %s in the copy, want %s", f.Path, k, got, want)
			}
			checked++
		}
	}
	if checked < 20 {
		t.Errorf("only %d calls checked", checked)
	}
}
