//go:build unix

package inventory

import (
	"bytes"
	"context"
	"html/template"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory/invtest"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/rules"
)

// treeReport scans the hard-case tree and renders it as HTML.
func treeReport(t *testing.T, opts HTMLOptions) (*Report, string) {
	t.Helper()
	tr := invtest.Make(t, 25)
	os.Remove(tr.Vanish)
	d := pipeline.Discover([]string{tr.Root}, nil)
	defer d.Close()
	rows, _ := Run(context.Background(), d.Entries, 0, testOptions(), nil, nil)
	rep := NewReport("test", "2026-11-22", 10<<20, rows)
	rep.Root = CommonRoot([]string{tr.Root})
	var buf bytes.Buffer
	if err := WriteHTML(&buf, rep, opts); err != nil {
		t.Fatal(err)
	}
	return rep, buf.String()
}

var (
	attrRef   = regexp.MustCompile(`(?i)<[^>]*\s(src|href|action|srcset|poster|data)\s*=\s*["']?([^"'\s>]*)`)
	outsideEl = regexp.MustCompile(`(?i)<(link|img|iframe|object|embed|base|audio|video|source)\b`)
)

// The report is one file that loads nothing: no external script, style,
// image or font; its only links that leave the page go to the rule pages
// (and, with --link-base, to the scripts: TestHTMLStructure).
func TestHTMLSelfContained(t *testing.T) {
	rep, html := treeReport(t, HTMLOptions{})
	for _, m := range attrRef.FindAllStringSubmatch(html, -1) {
		if !strings.HasPrefix(m[2], "#") && !(m[1] == "href" && strings.HasPrefix(m[2], rules.DocsBase)) {
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
		if !strings.HasPrefix(m, `<a href="`+rules.DocsBase) {
			t.Errorf("URL inside a tag: %s", m)
		}
	}
	if n := strings.Count(html, `<figure class="chart"`); n != 4 {
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
	rep, html := treeReport(t, HTMLOptions{})
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

	// At phone width (390 px, in an iframe: headless windows are at least
	// 500 px wide) the page itself does not scroll sideways: the charts wrap
	// and the table scrolls inside its own box.
	probe := filepath.Join(dir, "probe.html")
	measured := strings.Replace(html, "</body>", `<script>parent.postMessage(document.documentElement.scrollWidth + "x" + document.documentElement.clientWidth, "*")</script></body>`, 1)
	if err := os.WriteFile(probe, []byte(measured), 0o644); err != nil {
		t.Fatal(err)
	}
	wrap := filepath.Join(dir, "phone.html")
	if err := os.WriteFile(wrap, []byte(`<!doctype html><html><body style="margin:0"><iframe src="probe.html" style="width:390px;height:1500px;border:0"></iframe>`+
		`<script>addEventListener("message", function (e) { document.body.setAttribute("data-width", e.data) })</script></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	dom = string(chromium(t, bin, "--dump-dom", "file://"+wrap))
	m := regexp.MustCompile(`data-width="([0-9]+)x([0-9]+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("the 390 px probe did not report:\n%.500s", dom)
	}
	scrollW, clientW := atoi(t, m[1]), atoi(t, m[2])
	if clientW > 390 || clientW < 300 {
		t.Fatalf("the probe frame is %d px wide, want 390 minus a scroll bar", clientW)
	}
	if scrollW > clientW {
		t.Errorf("at 390 px the page scrolls sideways: %d px of content in %d", scrollW, clientW)
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

// TestHTMLStructure: paths relative to the scanned root, each linked below
// --link-base; rules shown with their names and linked to their pages; a
// card per verdict and the verdict filter in VerdictOrder.
func TestHTMLStructure(t *testing.T) {
	const base = "https://git.contoso.com/ops/scripts/blob/main/"
	rep, html := treeReport(t, HTMLOptions{LinkBase: base})
	if rep.Root == "" || !strings.Contains(html, `Paths relative to <code>`+template.HTMLEscapeString(rep.Root)+`</code>, linked to <code>`+base+`</code>`) {
		t.Errorf("the header does not name the root %q and the link base", rep.Root)
	}
	cells := regexp.MustCompile(`<td class="path">(?:<a class="src" href="([^"]*)">([^<]*)</a>)?`).FindAllStringSubmatch(html, -1)
	if len(cells) != len(rep.Scripts) {
		t.Fatalf("%d path cells for %d rows", len(cells), len(rep.Scripts))
	}
	for i, r := range rep.Scripts {
		rel := RelPath(rep.Root, r.Path)
		if rel == r.Path {
			t.Errorf("%s is not below the root %s", r.Path, rep.Root)
		}
		want := template.HTMLEscapeString(linkTo(base, rel))
		if cells[i][1] != want || cells[i][2] != template.HTMLEscapeString(rel) {
			t.Errorf("row %d: link %q text %q, want %q %q", i, cells[i][1], cells[i][2], want, rel)
		}
	}
	if strings.Contains(html, ">"+template.HTMLEscapeString(rep.Root)+"/") {
		t.Error("a path is shown with the root in front")
	}

	ruleRows := regexp.MustCompile(`<tr><td><a href="([^"]*)" title="([^"]*)">([A-Z]+[0-9]+)</a> <span class="rname">([^<]*)</span></td><td class="num">([0-9]+)</td></tr>`).FindAllStringSubmatch(html, -1)
	if len(ruleRows) == 0 || len(ruleRows) != len(rep.Summary.ByRule) {
		t.Fatalf("%d rule rows, want %d", len(ruleRows), len(rep.Summary.ByRule))
	}
	for _, m := range ruleRows {
		r := rules.Lookup(m[3])
		if r == nil || m[1] != rules.DocURL(r.ID) || m[4] != r.Name || m[5] != strconv.Itoa(rep.Summary.ByRule[r.ID]) {
			t.Errorf("rule row %q", m[0])
		}
	}
	findingRows := regexp.MustCompile(`<tr class="lv-[a-z]+[^"]*"><td>[a-z]+</td><td>(.*?)</td>`).FindAllStringSubmatch(html, -1)
	if len(findingRows) == 0 {
		t.Error("no finding rows in the per-script detail")
	}
	for _, f := range findingRows {
		if !strings.HasPrefix(f[1], `<a href="`+rules.DocsBase) {
			t.Errorf("finding rule cell without its doc link: %s", f[1])
		}
	}

	for _, v := range VerdictOrder {
		if !strings.Contains(html, `<div class="figure v-`+strings.ReplaceAll(v, " ", "-")+`">`) {
			t.Errorf("no card for verdict %q", v)
		}
	}
	opts := regexp.MustCompile(`<select id="f-verdict">(.*?)</select>`).FindStringSubmatch(html)
	if opts == nil || opts[1] != `<option value="">all</option><option>manual</option><option>rewrite available</option><option>ready</option><option>no mail</option>` {
		t.Errorf("verdict filter: %q", opts)
	}
	if n := strings.Count(html, `<div class="bar-row"`); n == 0 {
		t.Error("no chart bars")
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
