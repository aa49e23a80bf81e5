//go:build unix

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory/invtest"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// TestMain lets a test run this binary as psmailscan itself (to send it
// Ctrl-C, or to run it as another user): PSMAILSCAN_AS_MAIN=1.
func TestMain(m *testing.M) {
	if os.Getenv("PSMAILSCAN_AS_MAIN") == "1" {
		os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

const asOf = "2026-11-22"

// mainOut runs Main and returns stdout, failing on an unexpected exit code.
func mainOut(t *testing.T, wantCode int, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Main(args, strings.NewReader(""), &out, &errb); code != wantCode {
		t.Fatalf("psmailscan %s: exit %d, want %d\n%s", strings.Join(args, " "), code, wantCode, errb.String())
	}
	return out.String()
}

// mergeTree is the hard-case tree without the vanishing file (it could
// only vanish for one of the runs compared here).
func mergeTree(t *testing.T, extra int) *invtest.Tree {
	tr := invtest.Make(t, extra)
	os.Remove(tr.Vanish)
	delete(tr.Want, tr.Vanish)
	return tr
}

func checkInventoryJSON(t *testing.T, data string, want map[string]invtest.Expect) *inventory.Report {
	t.Helper()
	rep, err := inventory.ReadJSON(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rep.Scripts {
		if seen[r.Path] {
			t.Errorf("%s listed twice", r.Path)
		}
		seen[r.Path] = true
		if w, ok := want[r.Path]; !ok {
			t.Errorf("unexpected entry %s", r.Path)
		} else if r.Status != w.Status || !strings.Contains(r.Reason, w.Reason) {
			t.Errorf("%s: %s %q, want %s %q", r.Path, r.Status, r.Reason, w.Status, w.Reason)
		}
	}
	for p := range want {
		if !seen[p] {
			t.Errorf("lost: %s", p)
		}
	}
	s := rep.Summary
	if s.Entries != len(want) || s.Scanned+s.Skipped != s.Entries {
		t.Errorf("counts: %d entries (want %d) = %d scanned + %d skipped?", s.Entries, len(want), s.Scanned, s.Skipped)
	}
	return rep
}

func TestInventoryShardsMergeByteIdentical(t *testing.T) {
	tr := mergeTree(t, 60)
	dir := t.TempDir()
	full := mainOut(t, exitOK, "inventory", "-f", "json", "--as-of", asOf, tr.Root)
	checkInventoryJSON(t, full, tr.Want)
	var shards []string
	total := 0
	for i := 1; i <= 3; i++ {
		p := filepath.Join(dir, fmt.Sprintf("shard%d.json", i))
		mainOut(t, exitOK, "inventory", "-f", "json", "--as-of", asOf, "--shard", fmt.Sprintf("%d/3", i), "-o", p, tr.Root)
		data, _ := os.ReadFile(p)
		rep, err := inventory.ReadJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if rep.Shard == nil || rep.Shard.Index != i || rep.Shard.Count != 3 || rep.Shard.Entries != len(tr.Want) {
			t.Errorf("shard %d: %+v", i, rep.Shard)
		}
		if len(rep.Scripts) == 0 {
			t.Errorf("shard %d is empty", i)
		}
		total += len(rep.Scripts)
		shards = append(shards, p)
	}
	if total != len(tr.Want) {
		t.Errorf("shards hold %d entries, want %d", total, len(tr.Want))
	}
	// The order of the files given to merge does not matter.
	merged := mainOut(t, exitOK, append([]string{"merge"}, shards[2], shards[0], shards[1])...)
	if merged != full {
		t.Errorf("merged shards differ from the unsharded run:\n%s", firstDiff(merged, full))
	}
	for _, f := range []string{"csv", "html"} {
		direct := mainOut(t, exitOK, "inventory", "-f", f, "--as-of", asOf, tr.Root)
		viaMerge := mainOut(t, exitOK, append([]string{"merge", "-f", f}, shards...)...)
		if direct != viaMerge {
			t.Errorf("%s from merged shards differs from the unsharded %s:\n%s", f, f, firstDiff(viaMerge, direct))
		}
	}
	// --link-base is a rendering choice: given to merge, the same links.
	const base = "https://git.contoso.com/ops/scripts/blob/main/"
	direct := mainOut(t, exitOK, "inventory", "-f", "html", "--link-base", base, "--as-of", asOf, tr.Root)
	viaMerge := mainOut(t, exitOK, append([]string{"merge", "-f", "html", "--link-base", base}, shards...)...)
	if direct != viaMerge || !strings.Contains(direct, `<a class="src" href="`+base) {
		t.Errorf("--link-base: merged html differs or has no link:\n%s", firstDiff(viaMerge, direct))
	}
	// A missing shard is an error, not a smaller report.
	var errb bytes.Buffer
	if code := Main([]string{"merge", shards[0], shards[2]}, nil, io.Discard, &errb); code != exitTrouble || !strings.Contains(errb.String(), "missing shard report(s) 2/3") {
		t.Errorf("merge of 2 of 3 shards: exit %d, %s", code, errb.String())
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < min(len(la), len(lb)); i++ {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}

func TestScanShardsMergeSARIFAndJSON(t *testing.T) {
	tr := mergeTree(t, 40)
	dir := t.TempDir()
	for _, format := range []string{"sarif", "json"} {
		var fullOut bytes.Buffer
		Main([]string{"--format", format, "--as-of", asOf, tr.Root}, nil, &fullOut, io.Discard)
		var files []string
		for i := 1; i <= 3; i++ {
			p := filepath.Join(dir, fmt.Sprintf("scan%d.%s", i, format))
			Main([]string{"--format", format, "--as-of", asOf, "--shard", fmt.Sprintf("%d/3", i), "-o", p, tr.Root}, nil, io.Discard, io.Discard)
			files = append(files, p)
		}
		merged := mainOut(t, exitOK, append([]string{"merge"}, files[1], files[2], files[0])...)
		if merged != fullOut.String() {
			t.Errorf("%s: merged shards differ from the unsharded scan:\n%s", format, firstDiff(merged, fullOut.String()))
		}
	}
	// The merged SARIF is one run with every rule once.
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	files := []string{filepath.Join(dir, "scan1.sarif"), filepath.Join(dir, "scan2.sarif"), filepath.Join(dir, "scan3.sarif")}
	if err := json.Unmarshal([]byte(mainOut(t, exitOK, append([]string{"merge"}, files...)...)), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Fatalf("merged SARIF: %d runs", len(log.Runs))
	}
	ids := map[string]bool{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if ids[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		ids[r.ID] = true
	}
}

func TestInventoryInterruptWritesWhatWasDone(t *testing.T) {
	tr := mergeTree(t, 80)
	runContext = func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }
	runHook = func(p *pipeline.Progress, cancel context.CancelFunc) {
		p.AfterEach = func(done int) {
			if done == 5 {
				cancel() // what Ctrl-C does
			}
		}
	}
	defer func() { runContext, runHook = nil, nil }()
	var out, errb bytes.Buffer
	code := Main([]string{"inventory", "-f", "json", "-j", "2", "--as-of", asOf, tr.Root}, nil, &out, &errb)
	if code != exitInterrupted {
		t.Fatalf("exit %d, want %d\n%s", code, exitInterrupted, errb.String())
	}
	rep, err := inventory.ReadJSON(&out)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Interrupted {
		t.Error("report not marked interrupted")
	}
	notDone := 0
	for _, r := range rep.Scripts {
		if r.Reason == pipeline.Interrupted.String() {
			notDone++
		}
	}
	if notDone == 0 || len(rep.Scripts) != len(tr.Want) || rep.Summary.Scanned+rep.Summary.Skipped != len(tr.Want) {
		t.Errorf("%d rows (%d not scanned) for %d entries", len(rep.Scripts), notDone, len(tr.Want))
	}
	if !strings.Contains(errb.String(), "interrupted:") {
		t.Errorf("stderr: %s", errb.String())
	}
}

// selfCommand runs this test binary as psmailscan.
func selfCommand(t *testing.T, exe string, args ...string) *exec.Cmd {
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			t.Skip("cannot find the test binary:", err)
		}
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "PSMAILSCAN_AS_MAIN=1")
	return cmd
}

func TestInventoryCtrlC(t *testing.T) {
	tr := mergeTree(t, 0)
	// Enough work to still be scanning when the signal comes.
	body := strings.Repeat("$x = Get-ChildItem C:\\data | Where-Object { $_.Length -gt 10 } | Sort-Object Name\n", 400)
	for i := 0; i < 600; i++ {
		p := filepath.Join(tr.Root, "slow", fmt.Sprintf("s%03d.ps1", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body+"Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay\n"), 0o644)
		tr.Want[p] = invtest.Expect{Status: scan.StatusOK}
	}
	cmd := selfCommand(t, "", "inventory", "-f", "json", "-j", "1", "--as-of", asOf, tr.Root)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	err := cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	rep, rerr := inventory.ReadJSON(&out)
	if rerr != nil {
		t.Fatalf("exit %d, no report: %v\n%s", code, rerr, errb.String())
	}
	if code != exitInterrupted {
		t.Skipf("the run finished (exit %d) before Ctrl-C arrived; nothing to check", code)
	}
	if !rep.Interrupted || !strings.Contains(errb.String(), "interrupted:") {
		t.Errorf("report interrupted=%v, stderr %s", rep.Interrupted, errb.String())
	}
	s := rep.Summary
	if s.Entries != len(tr.Want) || s.Scanned+s.Skipped != s.Entries {
		t.Errorf("counts: %d entries (want %d), %d scanned + %d skipped", s.Entries, len(tr.Want), s.Scanned, s.Skipped)
	}
	if s.SkippedByReason[pipeline.Interrupted.String()] == 0 {
		t.Errorf("no entry marked %q: %v", pipeline.Interrupted, s.SkippedByReason)
	}
}

// As root, chmod 000 does not bite; run psmailscan as nobody to get real
// permission errors from the kernel.
func TestInventoryPermissionDeniedFolder(t *testing.T) {
	tr := mergeTree(t, 0)
	args := []string{"inventory", "-f", "json", "--as-of", asOf, tr.Root}
	var out []byte
	if !invtest.Root() {
		out = []byte(mainOut(t, exitOK, args...))
	} else {
		// The test binary and the tree must be reachable by nobody.
		exe, err := os.Executable()
		if err != nil {
			t.Skip(err)
		}
		bin := filepath.Join(t.TempDir(), "psmailscan.test")
		data, err := os.ReadFile(exe)
		if err != nil {
			t.Skip(err)
		}
		if err := os.WriteFile(bin, data, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), tr.Root, filepath.Dir(tr.Root)} {
			os.Chmod(d, 0o755)
		}
		cmd := selfCommand(t, bin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		cmd.Dir = "/"
		var errb bytes.Buffer
		cmd.Stderr = &errb
		out, err = cmd.Output()
		if err != nil {
			if _, ok := err.(*exec.ExitError); !ok {
				t.Skipf("running as uid 65534 is not possible here (%v): the permission-denied folder is covered by TestPermissionErrorsInjected", err)
			}
			t.Fatalf("as nobody: %v\n%s", err, errb.String())
		}
		// As nobody the locked folder really is unreadable.
		delete(tr.Want, filepath.Join(tr.Locked, "secret.ps1"))
		tr.Want[tr.Locked] = invtest.Expect{Status: scan.StatusSkipped, Reason: "unreadable folder (permission denied)", Kind: pipeline.KindFolder}
	}
	checkInventoryJSON(t, string(out), tr.Want)
}

func TestInventoryUsage(t *testing.T) {
	for _, args := range [][]string{
		{"inventory"}, {"inventory", "-f", "xml", "."}, {"inventory", "--shard", "4/3", "."}, {"inventory", "--shard", "0/2", "."},
		{"inventory", "--as-of", "tomorrow", "."}, {"merge"},
	} {
		if code := Main(args, nil, io.Discard, io.Discard); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestInventoryCSV(t *testing.T) {
	tr := mergeTree(t, 0)
	out := mainOut(t, exitOK, "inventory", "--as-of", asOf, tr.Root)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != strings.Join(inventory.CSVHeader, ",") {
		t.Errorf("header: %s", lines[0])
	}
	if !strings.Contains(out, "send-exo.ps1,file,") || !strings.Contains(out, "smtp.office365.com,587,") {
		t.Errorf("csv lacks the send-exo row:\n%s", out)
	}
}

// The HTML links each script below --link-base, or below the settings
// file's LinkBase; the flag wins; a value that is not a URL or folder is a
// usage error.
func TestInventoryLinkBase(t *testing.T) {
	dir := t.TempDir()
	jobs := filepath.Join(dir, "Jobs")
	if err := os.Mkdir(jobs, 0o755); err != nil {
		t.Fatal(err)
	}
	script := "Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay.contoso.com\n"
	if err := os.WriteFile(filepath.Join(jobs, "Send Report.ps1"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	html := mainOut(t, exitOK, "inventory", "-f", "html", "--no-progress", "--link-base", `\\fs01\scripts`, dir)
	if !strings.Contains(html, `<a class="src" href="file://fs01/scripts/Jobs/Send%20Report.ps1">Jobs/Send Report.ps1</a>`) {
		t.Errorf("no link below the UNC link base:\n%.3000s", html)
	}
	settings := "@{ LinkBase = 'https://git.contoso.com/ops/blob/main' }\n"
	if err := os.WriteFile(filepath.Join(dir, "PSMailScanSettings.psd1"), []byte(settings), 0o644); err != nil {
		t.Fatal(err)
	}
	html = mainOut(t, exitOK, "inventory", "-f", "html", "--no-progress", dir)
	if !strings.Contains(html, `href="https://git.contoso.com/ops/blob/main/Jobs/Send%20Report.ps1"`) {
		t.Error("the settings file's LinkBase is not used")
	}
	html = mainOut(t, exitOK, "inventory", "-f", "html", "--no-progress", "--link-base", "https://other.example/x/", dir)
	if !strings.Contains(html, `href="https://other.example/x/Jobs/Send%20Report.ps1"`) {
		t.Error("--link-base does not win over the settings file")
	}
	html = mainOut(t, exitOK, "inventory", "-f", "html", "--no-progress", "--no-config", dir)
	if strings.Contains(html, `class="src"`) {
		t.Error("--no-config still links")
	}
	for _, args := range [][]string{
		{"inventory", "-f", "html", "--link-base", "javascript:alert(1)", dir},
		{"merge", "-f", "html", "--link-base", "scripts/", filepath.Join(dir, "none.json")},
	} {
		var errb bytes.Buffer
		if code := Main(args, nil, io.Discard, &errb); code != exitUsage || !strings.Contains(errb.String(), "--link-base") {
			t.Errorf("%v: exit %d, %s", args, code, errb.String())
		}
	}
}
