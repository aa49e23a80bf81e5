//go:build unix

package inventory

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory/invtest"
)

// treeReport scans the hard-case tree and renders it as HTML.
func treeReport(t *testing.T) (*Report, string) {
	t.Helper()
	tr := invtest.Make(t, 25)
	os.Remove(tr.Vanish)
	d := Discover([]string{tr.Root})
	defer d.Close()
	rows, _ := Run(context.Background(), d.Entries, 0, testOptions(), nil)
	rep := NewReport("test", "2026-11-22", 10<<20, rows)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, rep); err != nil {
		t.Fatal(err)
	}
	return rep, buf.String()
}

var (
	attrRef   = regexp.MustCompile(`(?i)<[^>]*\s(src|href|action|srcset|poster|data)\s*=\s*["']?([^"'\s>]*)`)
	outsideEl = regexp.MustCompile(`(?i)<(link|img|iframe|object|embed|base|audio|video|source)\b`)
)

// The report is one file that loads nothing: no external script, style,
// image or font, and no link that leaves the page.
func TestHTMLSelfContained(t *testing.T) {
	rep, html := treeReport(t)
	for _, m := range attrRef.FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[2], "#") {
			t.Errorf("reference to outside the page: %s", m[0])
		}
	}
	if m := outsideEl.FindString(html); m != "" {
		t.Errorf("element that loads a resource: %s", m)
	}
	for _, bad := range []string{"@import", "url(", "<script src", "fetch(", "XMLHttpRequest"} {
		if strings.Contains(html, bad) {
			t.Errorf("%q in the report", bad)
		}
	}
	// Only inside text (finding messages mention Microsoft's documentation):
	// never in a tag's attributes.
	for _, m := range regexp.MustCompile(`<[^>]*https?://[^>]*>`).FindAllString(html, -1) {
		t.Errorf("URL inside a tag: %s", m)
	}
	if n := strings.Count(html, "<svg "); n != 4 {
		t.Errorf("%d charts, want 4", n)
	}
	if n := strings.Count(html, "<tr data-verdict="); n != len(rep.Scripts) {
		t.Errorf("%d table rows for %d entries", n, len(rep.Scripts))
	}
	// A file name made of markup stays text.
	if strings.Contains(html, `<img src=x onerror=alert(1)>`) {
		t.Error("a file name was not escaped")
	}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// chromium runs headless Chromium on a local file, with networking off.
func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
		"--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000"}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// TestHTMLInChromium loads the report in a real browser: the script ran
// (the table is marked ready with every row), a filter given in the URL
// hides the other rows, and a screenshot can be taken.
func TestHTMLInChromium(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("chromium is not installed (apt-get install chromium): the HTML report is not checked in a browser")
	}
	rep, html := treeReport(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "inventory.html")
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := string(chromium(t, bin, "--dump-dom", "file://"+page))
	if !strings.Contains(dom, `data-ready="`+strconv.Itoa(len(rep.Scripts))+`"`) {
		t.Fatalf("the page script did not run to the end (no data-ready=%d):\n%.2000s", len(rep.Scripts), dom)
	}
	if n := strings.Count(dom, "<tr data-verdict="); n != len(rep.Scripts) {
		t.Errorf("rendered %d table rows, want %d", n, len(rep.Scripts))
	}
	if strings.Contains(dom, "<img") {
		t.Error("a file name turned into markup")
	}
	want := strconv.Itoa(len(rep.Scripts)) + " of " + strconv.Itoa(len(rep.Scripts)) + " shown"
	if !strings.Contains(dom, want) {
		t.Errorf("count line %q missing", want)
	}

	// A filtered view from the URL: only manual scripts stay visible.
	manual := rep.Summary.ByVerdict[VerdictManual]
	if manual == 0 {
		t.Fatal("the tree has no manual script")
	}
	dom = string(chromium(t, bin, "--dump-dom", "file://"+page+"#filter:verdict=manual"))
	rows := regexp.MustCompile(`<tr data-verdict="([^"]*)"[^>]*>`).FindAllStringSubmatch(dom, -1)
	visible := 0
	for _, r := range rows {
		hidden := strings.Contains(r[0], " hidden")
		if !hidden {
			visible++
			if r[1] != VerdictManual {
				t.Errorf("row with verdict %q visible under the manual filter", r[1])
			}
		}
	}
	if visible != manual {
		t.Errorf("%d rows visible under the manual filter, want %d", visible, manual)
	}
	if !strings.Contains(dom, strconv.Itoa(manual)+" of "+strconv.Itoa(len(rep.Scripts))+" shown") {
		t.Error("the count line does not follow the filter")
	}

	shot := filepath.Join(dir, "shot.png")
	chromium(t, bin, "--hide-scrollbars", "--window-size=1400,1800", "--screenshot="+shot, "file://"+page)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if len(png) < 20000 || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot of %d bytes is not a plausible PNG", len(png))
	}
}
