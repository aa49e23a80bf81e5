package inventory

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/index"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// ApplyIndex completes the rows with what each script does through
// functions defined in other files (the repository-wide index): a script
// that calls a wrapper that sends mail sends mail, with the methods, hosts,
// credentials and TLS state of the sends it reaches (TLS as the script
// leaves it at the call), a Via entry per wrapper, and the wrapper's
// verdict when it is worse than its own (the fix is made once, in the
// wrapper). The wrapper's row gets the number of scripts that call it.
// Paths in Via are relative to root (the report's Root).
func ApplyIndex(rows []Row, ix *index.Index, root string) {
	if ix == nil {
		return
	}
	for i := range rows {
		r := &rows[i]
		if r.Status == StatusSkipped || r.Kind != KindFile {
			continue
		}
		r.CalledBy = ix.CalledBy(filepath.Clean(r.Path))
		reached := ix.Reached(filepath.Clean(r.Path))
		if reached == nil {
			continue
		}
		if f := reached.Facts; f != nil && f.SendsMail() {
			addFacts(r, f)
			for _, way := range reached.Via {
				r.Via = append(r.Via, viaText(way, root))
			}
		}
		v, why := reachedVerdict(reached, root)
		if verdictRank(v) < verdictRank(r.Verdict) {
			r.Verdict, r.VerdictReason = v, why
		}
	}
}

// viaText renders a way of calls: "Send-Report (lib/mail.ps1:4) → Send-Smtp (lib/smtp.ps1:1)".
func viaText(way []index.Hop, root string) string {
	parts := make([]string, len(way))
	for i, h := range way {
		parts[i] = fmt.Sprintf("%s (%s:%d)", h.Name, filepath.ToSlash(RelPath(root, h.Path)), h.Line)
	}
	return strings.Join(parts, " → ")
}

// addFacts merges the facts of the sends a script reaches into its row.
func addFacts(r *Row, f *mailfacts.Facts) {
	wasSending := r.SendsMail
	r.SendsMail = true
	r.SendMethods = union(r.SendMethods, f.Methods, mailfacts.MethodOrder)
	r.SMTPHosts = union(r.SMTPHosts, f.Hosts, nil)
	r.SMTPPorts = unionPorts(r.SMTPPorts, f.Ports)
	r.TLS.Modes = union(r.TLS.Modes, f.TLSModes, nil)
	r.TLS.WeakProtocols = union(r.TLS.WeakProtocols, f.WeakProtocols, nil)
	if !wasSending || r.TLS.State == mailfacts.TLSStateNoSMTP || r.TLS.State == "" {
		r.TLS.State = f.TLSState
	} else {
		r.TLS.State = index.WorseTLSState(r.TLS.State, f.TLSState)
	}
	if r.TLS.State == "" {
		r.TLS.State = mailfacts.TLSStateNoSMTP
	}
	r.TLS.TLS12 = index.WorseTLS12(r.TLS.TLS12, f.TLS12)
	creds := r.Credentials
	if !wasSending {
		creds = nil
	}
	// As in the script's own facts, "none" stays beside other sources: some
	// send goes without credentials.
	r.Credentials = union(creds, f.Credentials, mailfacts.CredOrder)
	r.EXO.Hosts = union(r.EXO.Hosts, f.EXOHosts, nil)
	r.EXO.Cmdlets = union(r.EXO.Cmdlets, f.EXOCmdlets, nil)
	r.EXO.Connectors = union(r.EXO.Connectors, f.Connectors, nil)
	r.EXO.Hybrid = union(r.EXO.Hybrid, f.Hybrid, nil)
	r.EXO.Relevant = r.EXO.Relevant || f.EXOOnly
	r.Modules = unionFold(r.Modules, f.Modules)
}

// union merges two lists without duplicates: in order when given, else sorted.
func union(a, b []string, order []string) []string {
	var out []string
	for _, l := range [][]string{a, b} {
		for _, v := range l {
			if v != "" && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	rank := func(v string) int {
		if i := slices.Index(order, v); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(out, func(x, y string) int {
		if rx, ry := rank(x), rank(y); rx != ry {
			return rx - ry
		}
		return strings.Compare(x, y)
	})
	return out
}

// unionPorts merges port lists, numbers first in numeric order.
func unionPorts(a, b []string) []string {
	out := union(a, b, nil)
	slices.SortStableFunc(out, func(x, y string) int {
		nx, ex := strconv.Atoi(x)
		ny, ey := strconv.Atoi(y)
		switch {
		case ex == nil && ey == nil:
			return nx - ny
		case ex == nil:
			return -1
		case ey == nil:
			return 1
		}
		return 0
	})
	return out
}

// unionFold merges module names without regard to case, sorted the same way.
func unionFold(a, b []string) []string {
	var out []string
	for _, l := range [][]string{a, b} {
		for _, v := range l {
			if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, v) }) {
				out = append(out, v)
			}
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return strings.Compare(strings.ToLower(x), strings.ToLower(y)) })
	return out
}

// verdictRank orders verdicts, most work first.
func verdictRank(v string) int {
	if i := slices.Index(VerdictOrder, v); i >= 0 {
		return i
	}
	return len(VerdictOrder)
}

// reachedVerdict is the worst verdict of the functions a script reaches in
// other files, each judged as a script is (verdict), from its own findings
// and facts.
func reachedVerdict(r *index.Reached, root string) (string, string) {
	worst, why := VerdictNoMail, ""
	for _, fn := range r.Functions {
		f := fn.Facts
		if f == nil {
			f = &mailfacts.Facts{}
		}
		seen := make([]rules.Diagnostic, len(fn.Findings))
		for i, d := range fn.Findings {
			seen[i] = rules.Diagnostic{Rule: d.Rule, GraphRewrite: d.GraphRewrite, Pos: d.Pos, End: d.End}
		}
		v, reason := verdict(&Row{Status: StatusOK, SendsMail: f.SendsMail()}, f, seen)
		if verdictRank(v) < verdictRank(worst) {
			worst = v
			path := filepath.ToSlash(RelPath(root, fn.Path))
			if v == VerdictRewrite {
				// The rewrite is among the wrapper's findings, not the caller's.
				reason = "every Send-MailMessage call there has an exact Microsoft Graph rewrite (in the findings of " + path + ")"
			}
			why = fmt.Sprintf("through %s (%s:%d): %s", fn.Name, path, fn.Line, reason)
		}
	}
	return worst, why
}
