package inventory

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
)

// The HTML report is one self-contained file: the style sheet, the charts
// (inline SVG drawn here) and the small script that sorts and filters the
// table are all inside it; it loads nothing from the network.

//go:embed report.html.tmpl
var htmlTemplate string

//go:embed report.css
var htmlCSS string

//go:embed report.js
var htmlJS string

var reportTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"join":   func(l []string) string { return strings.Join(l, ", ") },
	"size":   humanSize,
	"lower":  strings.ToLower,
	"dash":   func(s string) string { return orDash(s) },
	"joinOr": func(l []string) string { return orDash(strings.Join(l, ", ")) },
	"pipe":   func(l []string) string { return strings.Join(l, "|") },
	"css":    func() template.CSS { return template.CSS(htmlCSS) },
	"js":     func() template.JS { return template.JS(htmlJS) },
	"isRewrite": func(f Finding) bool {
		return f.Rule == "MAIL001" && f.Detail != ""
	},
	"verdictClass": func(v string) string { return strings.ReplaceAll(v, " ", "-") },
	"hostPorts":    hostPorts,
}).Parse(htmlTemplate))

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func humanSize(n int64) string {
	switch {
	case n >= 10<<20:
		return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 10<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return strconv.FormatInt(n, 10) + " B"
}

func hostPorts(r Row) string {
	if len(r.SMTPHosts) == 0 {
		return "—"
	}
	s := strings.Join(r.SMTPHosts, ", ")
	if len(r.SMTPPorts) > 0 {
		s += " : " + strings.Join(r.SMTPPorts, ", ")
	}
	return s
}

// htmlData is what the template renders.
type htmlData struct {
	R        *Report
	Figures  []figure
	Charts   []template.HTML
	Rows     []htmlRow
	Details  []htmlRow
	Methods  []string
	Verdicts []string
	Statuses []string
	Hosts    []kv
	Modules  []kv
	Skips    []kv
	Rules    []kv
}

type figure struct {
	Label, Value, Note, Class string
}

type kv struct {
	Key   string
	Count int
}

type htmlRow struct {
	Row
	ID        string
	HasDetail bool
}

// WriteHTML renders the report as one self-contained HTML file.
func WriteHTML(w io.Writer, rep *Report) error {
	s := rep.Summary
	d := &htmlData{R: rep}
	pct := func(n, of int) string {
		if of == 0 {
			return ""
		}
		return fmt.Sprintf("%.0f%% of scanned", 100*float64(n)/float64(of))
	}
	d.Figures = []figure{
		{"Entries", strconv.Itoa(s.Entries), fmt.Sprintf("%d scanned + %d skipped", s.Scanned, s.Skipped), ""},
		{"Scanned", strconv.Itoa(s.Scanned), fmt.Sprintf("%s, %d with syntax errors", humanSize(s.ScannedBytes), s.ParseErrors), ""},
		{"Skipped", strconv.Itoa(s.Skipped), "see the reasons below", warnIf(s.Skipped > 0)},
		{"Send mail", strconv.Itoa(s.SendingMail), pct(s.SendingMail, s.Scanned), ""},
		{"Exchange Online", strconv.Itoa(s.EXORelevant), "scripts relevant to Exchange Online", ""},
		{"Ready", strconv.Itoa(s.ByVerdict[VerdictReady]), "send mail, nothing to migrate", "v-ready"},
		{"Rewrite available", strconv.Itoa(s.ByVerdict[VerdictRewrite]), "exact Graph rewrite in the detail", "v-rewrite-available"},
		{"Manual", strconv.Itoa(s.ByVerdict[VerdictManual]), "need a person", "v-manual"},
		{"No mail", strconv.Itoa(s.ByVerdict[VerdictNoMail]), "send no mail, nothing to migrate", "v-no-mail"},
		{"Findings", strconv.Itoa(s.Findings.Total()), fmt.Sprintf("%d errors, %d warnings, %d notes", s.Findings.Error, s.Findings.Warning, s.Findings.Note), ""},
	}
	d.Charts = []template.HTML{
		barChart("Scripts by send method", "send-method", s.BySendMethod, MethodOrder, "#2b6cb0", s.SendingMail),
		barChart("Mail-sending scripts by TLS state", "tls-state", s.ByTLSState, TLSOrder, "#805ad5", s.SendingMail),
		barChart("Mail-sending scripts by credential source", "credential", s.ByCredential, CredOrder, "#c05621", s.SendingMail),
		barChart("Scanned scripts by migration verdict", "verdict", s.ByVerdict, VerdictOrder, "#2f855a", s.Scanned),
	}
	d.Methods = ordered(s.BySendMethod, MethodOrder)
	d.Verdicts = VerdictOrder
	d.Statuses = []string{StatusOK, StatusParseError, StatusSkipped}
	d.Hosts = topN(s.SMTPHosts, 12)
	d.Modules = topN(s.Modules, 12)
	d.Skips = topN(s.SkippedByReason, 20)
	d.Rules = topN(s.ByRule, 30)
	d.Rows = make([]htmlRow, len(rep.Scripts))
	for i, r := range rep.Scripts {
		hr := htmlRow{Row: r, ID: "s" + strconv.Itoa(i+1)}
		hr.HasDetail = r.Status != StatusSkipped && (len(r.Findings) > 0 || r.SendsMail || r.EXO.Relevant || r.SyntaxErrors > 0 || len(r.InternalErrors) > 0)
		d.Rows[i] = hr
		if hr.HasDetail {
			d.Details = append(d.Details, hr)
		}
	}
	return reportTmpl.Execute(w, d)
}

func warnIf(b bool) string {
	if b {
		return "warn"
	}
	return ""
}

func topN(m map[string]int, n int) []kv {
	keys := ordered(m, nil)
	if len(keys) > n {
		keys = keys[:n]
	}
	out := make([]kv, len(keys))
	for i, k := range keys {
		out[i] = kv{k, m[k]}
	}
	return out
}

// barChart draws a horizontal bar chart as inline SVG.
func barChart(title, id string, counts map[string]int, order []string, color string, of int) template.HTML {
	keys := ordered(counts, order)
	const (
		width  = 520
		labelW = 210
		barH   = 22
		gap    = 8
		top    = 8
	)
	maxV := 0
	for _, k := range keys {
		maxV = max(maxV, counts[k])
	}
	h := top + len(keys)*(barH+gap) + 4
	if len(keys) == 0 {
		h = 40
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="chart" id="chart-%s"><figcaption>%s</figcaption>`, id, template.HTMLEscapeString(title))
	fmt.Fprintf(&b, `<svg viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		width, h, width, h, template.HTMLEscapeString(title))
	if len(keys) == 0 {
		b.WriteString(`<text x="0" y="24" class="none">no scripts</text>`)
	}
	avail := float64(width - labelW - 70)
	for i, k := range keys {
		v := counts[k]
		y := top + i*(barH+gap)
		w := 0.0
		if maxV > 0 {
			w = avail * float64(v) / float64(maxV)
		}
		w = max(w, 2)
		label := k
		if len([]rune(label)) > 30 {
			label = string([]rune(label)[:29]) + "…"
		}
		share := ""
		if of > 0 {
			share = fmt.Sprintf(" (%.0f%%)", 100*float64(v)/float64(of))
		}
		fmt.Fprintf(&b, `<g><title>%s: %d%s</title>`, template.HTMLEscapeString(k), v, share)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, labelW-8, y+barH/2+5, template.HTMLEscapeString(label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" rx="3" fill="%s"></rect>`, labelW, y, w, barH, color)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="val">%d</text></g>`, float64(labelW)+w+6, y+barH/2+5, v)
	}
	b.WriteString(`</svg></figure>`)
	return template.HTML(b.String())
}
