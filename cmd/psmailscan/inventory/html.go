package inventory

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
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

// reportTmpl is parsed on first use, not at start-up: every run of the
// program (a one-file pre-commit scan too) paid for it (1 ms, 2,279
// allocations in GODEBUG=inittrace).
var reportTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{
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
		"rule":         ruleOf,
		"viaNames":     viaNames,
	}).Parse(htmlTemplate))
})

// viaNames keeps the function names of a Via entry for the table, where
// the paths would wrap into a tall cell: "Send-Page → Send-OpsAlert". The
// detail (and the cell's tooltip) show the whole entry.
func viaNames(via string) string {
	parts := strings.Split(via, " → ")
	for i, p := range parts {
		if j := strings.LastIndex(p, " ("); j > 0 && strings.HasSuffix(p, ")") {
			parts[i] = p[:j]
		}
	}
	return strings.Join(parts, " → ")
}

// ruleLink is a rule as the report shows it: ID, name and documentation.
type ruleLink struct {
	ID, Name, Summary string
	URL               template.URL
	Count             int
}

// ruleOf returns what the report shows of a rule (an unknown ID keeps only its ID).
func ruleOf(id string) ruleLink {
	r := rules.Lookup(id)
	if r == nil || r.ID != id {
		return ruleLink{ID: id}
	}
	return ruleLink{ID: id, Name: r.Name, Summary: r.Summary, URL: template.URL(rules.DocURL(id))}
}

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

// HTMLOptions are choices of the HTML rendering that are not part of the
// report (the same JSON reports can be merged into HTML with other ones).
type HTMLOptions struct {
	// LinkBase, when set, links each path to its source: the URL or folder
	// (checked by CheckLinkBase) that stands for the report's Root.
	LinkBase string
}

// htmlData is what the template renders.
type htmlData struct {
	R        *Report
	Root     string
	LinkBase string
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
	Rules    []ruleLink
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
	// Rel is the path relative to the report's root; Link its source's address.
	Rel  string
	Link template.URL
}

// WriteHTML renders the report as one self-contained HTML file: it loads
// nothing; its only outward links are to the rule pages and, with
// opts.LinkBase, to the scripts.
func WriteHTML(w io.Writer, rep *Report, opts HTMLOptions) error {
	if err := CheckLinkBase(opts.LinkBase); err != nil {
		return err
	}
	s := rep.Summary
	d := &htmlData{R: rep, Root: rep.Root, LinkBase: opts.LinkBase}
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
		barChart("Scripts by send method", "send-method", s.BySendMethod, mailfacts.MethodOrder, "#2b6cb0", s.SendingMail),
		barChart("Mail-sending scripts by TLS state", "tls-state", s.ByTLSState, mailfacts.TLSStateOrder, "#805ad5", s.SendingMail),
		barChart("Mail-sending scripts by credential source", "credential", s.ByCredential, mailfacts.CredOrder, "#c05621", s.SendingMail),
		barChart("Scanned scripts by migration verdict", "verdict", s.ByVerdict, VerdictOrder, "#2f855a", s.Scanned),
	}
	d.Methods = ordered(s.BySendMethod, mailfacts.MethodOrder)
	d.Verdicts = VerdictOrder
	d.Statuses = []string{string(StatusOK), string(StatusParseError), string(StatusSkipped)}
	d.Hosts = topN(s.SMTPHosts, 12)
	d.Modules = topN(s.Modules, 12)
	d.Skips = topN(s.SkippedByReason, 20)
	for _, r := range topN(s.ByRule, 40) {
		rl := ruleOf(r.Key)
		rl.Count = r.Count
		d.Rules = append(d.Rules, rl)
	}
	d.Rows = make([]htmlRow, len(rep.Scripts))
	for i, r := range rep.Scripts {
		hr := htmlRow{Row: r, ID: "s" + strconv.Itoa(i+1), Rel: RelPath(rep.Root, r.Path)}
		// The address is built from checked parts (an http(s) or file base,
		// escaped path segments); file: URLs would otherwise be blanked.
		hr.Link = template.URL(linkTo(opts.LinkBase, hr.Rel))
		hr.HasDetail = r.Status != StatusSkipped && (len(r.Findings) > 0 || r.SendsMail || r.EXO.Relevant || r.SyntaxErrors > 0 || len(r.InternalErrors) > 0)
		d.Rows[i] = hr
		if hr.HasDetail {
			d.Details = append(d.Details, hr)
		}
	}
	return reportTmpl().Execute(w, d)
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

// barChart draws a horizontal bar chart in HTML and CSS: each bar is a
// row whose label wraps on narrow screens, its length a share of the
// longest (--f, 0 to 1).
func barChart(title, id string, counts map[string]int, order []string, color string, of int) template.HTML {
	keys := ordered(counts, order)
	maxV := 0
	for _, k := range keys {
		maxV = max(maxV, counts[k])
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="chart" id="chart-%s" style="--c:%s"><figcaption>%s</figcaption>`,
		id, color, template.HTMLEscapeString(title))
	if len(keys) == 0 {
		b.WriteString(`<p class="none">no scripts</p>`)
	}
	b.WriteString(`<div class="bars">`)
	for _, k := range keys {
		v := counts[k]
		f := 0.0
		if maxV > 0 {
			f = float64(v) / float64(maxV)
		}
		share := ""
		if of > 0 {
			share = fmt.Sprintf(" (%.0f%%)", 100*float64(v)/float64(of))
		}
		fmt.Fprintf(&b, `<div class="bar-row" title="%s: %d%s"><span class="lbl">%s</span><span class="track"><span class="bar" style="--f:%.3f"></span><span class="val">%d</span></span></div>`,
			template.HTMLEscapeString(k), v, share, template.HTMLEscapeString(k), f, v)
	}
	b.WriteString(`</div></figure>`)
	return template.HTML(b.String())
}
