// Package inventory implements `psmailscan inventory`: one row per script
// of a share (how it sends mail, through which server, with which TLS
// settings and credentials, how much of it is about Exchange Online, and
// what it takes to migrate it), the CSV, JSON and HTML reports, sharding by
// path hash and the merge of shard reports.
//
// Memory stays bounded whatever the number of files: every file is reduced
// to its Row as soon as it is scanned; syntax trees and semantic models are
// dropped before the next file is taken.
package inventory

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// Kinds of rows.
const (
	KindFile   = "file"   // a script (or a script-named entry that is not a regular file)
	KindFolder = "folder" // a folder that could not be listed, or a folder link not followed
)

// Statuses of rows: the scan's (one typed status for scan and inventory).
const (
	StatusOK         = scan.StatusOK
	StatusParseError = scan.StatusParseError
	StatusSkipped    = scan.StatusSkipped
)

// Verdicts: every scanned script gets exactly one.
const (
	// VerdictReady: the script sends mail, and only through Microsoft Graph
	// or another path that is not retiring.
	VerdictReady = "ready"
	// VerdictRewrite: its only problems are Send-MailMessage calls with an
	// exact Microsoft Graph rewrite.
	VerdictRewrite = "rewrite available"
	// VerdictManual: something needs a person.
	VerdictManual = "manual"
	// VerdictNoMail: the script sends no mail and nothing in it depends on a
	// retiring path; kept apart from ready so that "ready" counts senders.
	VerdictNoMail = "no mail"
)

// VerdictOrder is the display order of verdicts, most work first.
var VerdictOrder = []string{VerdictManual, VerdictRewrite, VerdictReady, VerdictNoMail}

// Report is a whole inventory: what `--format json` writes and `merge` reads.
type Report struct {
	// Tool is always "psmailscan inventory": merge recognises reports by it.
	Tool    string `json:"tool"`
	Version string `json:"version"`
	// AsOf is the date that date-dependent finding levels used.
	AsOf string `json:"asOf"`
	// MaxFileSize is the --max-file-size the report was made with.
	MaxFileSize int64 `json:"maxFileSize"`
	// Root is the folder the PATH arguments share (see CommonRoot): the
	// HTML report shows paths relative to it and --link-base stands for it.
	// Empty when the arguments share none.
	Root string `json:"root,omitempty"`
	// Shard is set in the output of a --shard run, and nowhere else.
	Shard *Shard `json:"shard,omitempty"`
	// Interrupted is set when Ctrl-C stopped the scan: the rows of the
	// files not scanned say so.
	Interrupted bool    `json:"interrupted,omitempty"`
	Summary     Summary `json:"summary"`
	Scripts     []Row   `json:"scripts"`
}

// ToolName identifies inventory reports.
const ToolName = "psmailscan inventory"

// Shard says which part of the files a report covers.
type Shard struct {
	Index int `json:"index"` // 1-based
	Count int `json:"count"`
	// Entries is the number of entries discovered before sharding (all shards).
	Entries int `json:"entries"`
}

// Row is one script, or one entry that could not be scanned.
type Row struct {
	Path string `json:"path"`
	Kind string `json:"kind"`
	// Size in bytes (0 when unknown).
	Size     int64       `json:"size"`
	Encoding string      `json:"encoding,omitempty"`
	Status   scan.Status `json:"status"`
	Reason   string      `json:"reason,omitempty"`
	// SyntaxErrors counts parse errors; FirstSyntaxError is the first, as line:col: message.
	SyntaxErrors     int    `json:"syntaxErrors,omitempty"`
	FirstSyntaxError string `json:"firstSyntaxError,omitempty"`
	// InternalErrors are analyzer failures on this file (the row is still filled as far as possible).
	InternalErrors []string `json:"internalErrors,omitempty"`

	SendsMail   bool     `json:"sendsMail"`
	SendMethods []string `json:"sendMethods,omitempty"`
	SMTPHosts   []string `json:"smtpHosts,omitempty"`
	SMTPPorts   []string `json:"smtpPorts,omitempty"`
	TLS         TLSFacts `json:"tls"`
	Credentials []string `json:"credentials,omitempty"`
	EXO         EXOFacts `json:"exchangeOnline"`
	Counts      Counts   `json:"findingCounts"`
	Verdict     string   `json:"verdict,omitempty"`
	// VerdictReason says why, in one line.
	VerdictReason string    `json:"verdictReason,omitempty"`
	Modules       []string  `json:"modules,omitempty"`
	Findings      []Finding `json:"findings,omitempty"`
	// Via lists the functions of other files through which the script
	// sends mail, each as the way of calls to the function that sends:
	// "Send-OpsAlert (Modules/Notify/Notify.psm1:3)" (see ApplyIndex).
	Via []string `json:"via,omitempty"`
	// CalledBy is the number of other scripts that call a function of this
	// one that sends mail (directly or through other functions).
	CalledBy int `json:"calledBy,omitempty"`
}

// TLSFacts is the TLS side of a script's SMTP sends.
type TLSFacts struct {
	// State is the worst over the sends (mailfacts.TLSStateOrder).
	State string `json:"state"`
	// Modes lists how each send protects the session (UseSsl, EnableSsl, …).
	Modes []string `json:"modes,omitempty"`
	// TLS12 is "ensured", "not ensured", "ensured on some paths" or "" when
	// no STARTTLS send depends on the process's SecurityProtocol.
	TLS12 string `json:"tls12,omitempty"`
	// WeakProtocols are weak protocols the script enables (Ssl3, Tls, Tls11),
	// and "Tls12 removed" when it takes TLS 1.2 away.
	WeakProtocols []string `json:"weakProtocols,omitempty"`
}

// EXOFacts is the Exchange Online relevance of a script.
type EXOFacts struct {
	Relevant   bool     `json:"relevant"`
	Hosts      []string `json:"hosts,omitempty"`
	Cmdlets    []string `json:"cmdlets,omitempty"`
	Connectors []string `json:"connectors,omitempty"`
	Hybrid     []string `json:"hybrid,omitempty"`
}

// Counts are findings per level.
type Counts struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Note    int `json:"note"`
}

// Total is the number of findings.
func (c Counts) Total() int { return c.Error + c.Warning + c.Note }

func (c *Counts) add(o Counts) {
	c.Error += o.Error
	c.Warning += o.Warning
	c.Note += o.Note
}

// Finding is one finding of a script, for the per-script detail.
type Finding struct {
	Rule    string `json:"rule"`
	Level   string `json:"level"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
	// Detail is the longer text: for MAIL001, the Microsoft Graph rewrite.
	Detail     string `json:"detail,omitempty"`
	Suppressed bool   `json:"suppressed,omitempty"`
}

// Summary holds the report's figures; every one is computed from the rows.
type Summary struct {
	// Entries = Scanned + Skipped.
	Entries int `json:"entries"`
	Scanned int `json:"scanned"`
	Skipped int `json:"skipped"`
	// ParseErrors counts scanned scripts with syntax errors (a subset of Scanned).
	ParseErrors int `json:"parseErrors"`
	// ScannedBytes is the size of the scanned scripts.
	ScannedBytes    int64          `json:"scannedBytes"`
	SkippedByReason map[string]int `json:"skippedByReason"`
	SendingMail     int            `json:"sendingMail"`
	// BySendMethod counts scripts per method (a script may use several).
	BySendMethod map[string]int `json:"bySendMethod"`
	// ByTLSState counts scripts that send mail by the worst TLS state.
	ByTLSState map[string]int `json:"byTlsState"`
	// ByCredential counts scripts that send mail per credential source (a script may have several).
	ByCredential map[string]int `json:"byCredentialSource"`
	EXORelevant  int            `json:"exchangeOnlineRelevant"`
	// ByVerdict counts the scanned scripts; its values add up to Scanned.
	ByVerdict map[string]int `json:"byVerdict"`
	Findings  Counts         `json:"findings"`
	ByRule    map[string]int `json:"byRule"`
	SMTPHosts map[string]int `json:"smtpHosts"`
	Modules   map[string]int `json:"modules"`
}

// Summarize computes the summary of rows.
func Summarize(rows []Row) Summary {
	s := Summary{SkippedByReason: map[string]int{}, BySendMethod: map[string]int{}, ByTLSState: map[string]int{},
		ByCredential: map[string]int{}, ByVerdict: map[string]int{}, ByRule: map[string]int{},
		SMTPHosts: map[string]int{}, Modules: map[string]int{}}
	modules := foldCounter{}
	for i := range rows {
		r := &rows[i]
		s.Entries++
		if r.Status == StatusSkipped {
			s.Skipped++
			s.SkippedByReason[reasonClass(r.Reason)]++
			continue
		}
		s.Scanned++
		s.ScannedBytes += r.Size
		if r.Status == StatusParseError {
			s.ParseErrors++
		}
		if r.SendsMail {
			s.SendingMail++
			for _, m := range r.SendMethods {
				s.BySendMethod[m]++
			}
			s.ByTLSState[r.TLS.State]++
			for _, c := range r.Credentials {
				s.ByCredential[c]++
			}
		}
		for _, h := range r.SMTPHosts {
			s.SMTPHosts[h]++
		}
		for _, m := range r.Modules {
			modules.add(m)
		}
		if r.EXO.Relevant {
			s.EXORelevant++
		}
		s.ByVerdict[r.Verdict]++
		s.Findings.add(r.Counts)
		for _, f := range r.Findings {
			if !f.Suppressed {
				s.ByRule[f.Rule]++
			}
		}
	}
	s.Modules = modules.counts()
	return s
}

// foldCounter counts names case-insensitively (PSReadLine, PSReadline);
// each is reported under its most frequent spelling.
type foldCounter map[string]map[string]int

func (f foldCounter) add(name string) {
	lk := strings.ToLower(name)
	if f[lk] == nil {
		f[lk] = map[string]int{}
	}
	f[lk][name]++
}

func (f foldCounter) counts() map[string]int {
	out := map[string]int{}
	for _, spellings := range f {
		best, total := "", 0
		for sp, n := range spellings {
			total += n
			if best == "" || n > spellings[best] || n == spellings[best] && sp < best {
				best = sp
			}
		}
		out[best] = total
	}
	return out
}

// reasonClass groups skip reasons for the summary: the text before the
// first " (" ("symbolic link loop (…)" counts as "symbolic link loop").
func reasonClass(reason string) string {
	for i := 0; i+1 < len(reason); i++ {
		if reason[i] == ' ' && reason[i+1] == '(' {
			return reason[:i]
		}
	}
	return reason
}

// SortRows orders rows by path (byte order), the order of every report.
func SortRows(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Path < rows[j].Path })
}

// NewReport assembles a report from rows (sorted here) and computes its summary.
func NewReport(version, asOf string, maxFileSize int64, rows []Row) *Report {
	for i := range rows {
		sanitizeRow(&rows[i])
	}
	SortRows(rows)
	if rows == nil {
		rows = []Row{}
	}
	return &Report{Tool: ToolName, Version: version, AsOf: asOf, MaxFileSize: maxFileSize, Summary: Summarize(rows), Scripts: rows}
}

// ordered returns the keys of counts: first those in order (when present),
// then the others by decreasing count and name.
func ordered(counts map[string]int, order []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range order {
		if counts[k] > 0 {
			out = append(out, k)
			seen[k] = true
		}
	}
	var rest []string
	for k, n := range counts {
		if !seen[k] && n > 0 {
			rest = append(rest, k)
		}
	}
	sort.Slice(rest, func(i, j int) bool {
		if counts[rest[i]] != counts[rest[j]] {
			return counts[rest[i]] > counts[rest[j]]
		}
		return rest[i] < rest[j]
	})
	return append(out, rest...)
}

// sanitizeRow makes every text of the row valid UTF-8, so that the JSON,
// CSV and HTML reports hold what the row holds (encoding/json would write
// invalid bytes as \ufffd, which does not read back as the same string).
// Bytes of a path that are not UTF-8 are written as \xNN, which keeps
// different paths different; in messages they become U+FFFD.
func sanitizeRow(r *Row) {
	if !utf8.ValidString(r.Path) {
		var b strings.Builder
		for i := 0; i < len(r.Path); {
			c, size := utf8.DecodeRuneInString(r.Path[i:])
			if c == utf8.RuneError && size <= 1 {
				fmt.Fprintf(&b, "\\x%02X", r.Path[i])
				i++
				continue
			}
			b.WriteString(r.Path[i : i+size])
			i += size
		}
		r.Path = b.String()
	}
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
	fixAll := func(l []string) {
		for i := range l {
			fix(&l[i])
		}
	}
	fix(&r.Reason)
	fix(&r.FirstSyntaxError)
	fix(&r.VerdictReason)
	fixAll(r.InternalErrors)
	fixAll(r.SendMethods)
	fixAll(r.SMTPHosts)
	fixAll(r.SMTPPorts)
	fixAll(r.TLS.Modes)
	fixAll(r.Credentials)
	fixAll(r.EXO.Hosts)
	fixAll(r.EXO.Cmdlets)
	fixAll(r.EXO.Connectors)
	fixAll(r.EXO.Hybrid)
	fixAll(r.Modules)
	fixAll(r.Via)
	for i := range r.Findings {
		fix(&r.Findings[i].Message)
		fix(&r.Findings[i].Detail)
	}
}
