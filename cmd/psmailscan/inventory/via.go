package inventory

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/index"
	"github.com/psmailscan/psmailscan/rules/semantic"
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
func addFacts(r *Row, f *semantic.MailFacts) {
	wasSending := r.SendsMail
	r.SendsMail = true
	r.SendMethods = unionOrdered(r.SendMethods, f.Methods, MethodOrder)
	r.SMTPHosts = unionOrdered(r.SMTPHosts, f.Hosts, nil)
	r.SMTPPorts = sortedPorts(toSet(append(append([]string(nil), r.SMTPPorts...), f.Ports...)))
	r.TLS.Modes = unionOrdered(r.TLS.Modes, f.TLSModes, nil)
	r.TLS.WeakProtocols = unionOrdered(r.TLS.WeakProtocols, f.WeakProtocols, nil)
	if !wasSending || r.TLS.State == TLSNoSMTP || r.TLS.State == "" {
		r.TLS.State = f.TLSState
	} else {
		r.TLS.State = index.WorseTLSState(r.TLS.State, f.TLSState)
	}
	if r.TLS.State == "" {
		r.TLS.State = TLSNoSMTP
	}
	if r.TLS.TLS12 == "" || rankTLS12(f.TLS12) < rankTLS12(r.TLS.TLS12) {
		r.TLS.TLS12 = f.TLS12
	}
	creds := r.Credentials
	if !wasSending {
		creds = nil // "none" stood for "no send"
	}
	r.Credentials = unionOrdered(creds, f.Credentials, CredOrder)
	if len(r.Credentials) == 0 {
		r.Credentials = []string{CredNone}
	} else if len(r.Credentials) > 1 {
		r.Credentials = without(r.Credentials, CredNone)
	}
	r.EXO.Hosts = unionOrdered(r.EXO.Hosts, f.EXOHosts, nil)
	r.EXO.Relevant = r.EXO.Relevant || len(f.EXOHosts) > 0 || f.EXOOnly
	r.Modules = unionFold(r.Modules, f.Modules)
}

func rankTLS12(s string) int {
	switch s {
	case "not ensured":
		return 0
	case "ensured on some paths":
		return 1
	case "ensured":
		return 2
	case "":
		return 4
	}
	return 3 // assumed (…)
}

func toSet(l []string) set {
	s := set{}
	for _, v := range l {
		s.add(v)
	}
	return s
}

func unionOrdered(a, b []string, order []string) []string {
	s := toSet(a)
	for _, v := range b {
		s.add(v)
	}
	if len(s) == 0 {
		return nil
	}
	if order != nil {
		return sortedBy(s, order)
	}
	return s.sorted()
}

func unionFold(a, b []string) []string {
	s := toSet(a)
	for _, v := range b {
		s.add(v)
	}
	if len(s) == 0 {
		return nil
	}
	return s.sortedFold()
}

func without(l []string, v string) []string {
	var out []string
	for _, x := range l {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// verdictRank orders verdicts, most work first.
func verdictRank(v string) int {
	for i, o := range VerdictOrder {
		if o == v {
			return i
		}
	}
	return len(VerdictOrder)
}

// reachedVerdict is the verdict of the functions a script reaches in other
// files, by the rules the script's own verdict follows (manual when a
// finding needs a person, rewrite when every Send-MailMessage has an exact
// Graph rewrite, ready when the sends are on a path that is not retiring).
func reachedVerdict(r *index.Reached, root string) (string, string) {
	worst, why := VerdictNoMail, ""
	for _, fn := range r.Functions {
		v, reason := functionVerdict(fn)
		if verdictRank(v) < verdictRank(worst) {
			worst = v
			where := fmt.Sprintf("%s (%s:%d)", fn.Name, filepath.ToSlash(RelPath(root, fn.Path)), fn.Line)
			why = "sends mail through " + where + ", to fix there: " + reason
			if v == VerdictReady {
				why = "sends mail through " + where + ", which " + reason
			}
		}
	}
	return worst, why
}

func functionVerdict(fn index.Reach) (string, string) {
	var reasons []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			reasons = append(reasons, s)
		}
	}
	type span struct{ pos, end int }
	var exact []span
	template := false
	for _, f := range fn.Findings {
		if f.Rule != "MAIL001" {
			continue
		}
		if f.GraphRewrite == rules.GraphRewriteTemplate {
			template = true
		} else {
			exact = append(exact, span{f.Pos, f.End})
		}
	}
	if template {
		add("Send-MailMessage with arguments not known statically: the Graph rewrite is a template to complete")
	}
	for _, f := range fn.Findings {
		r := rules.Lookup(f.Rule)
		if r == nil || r.ManualPort == "" {
			continue
		}
		covered := false
		if r.CoveredByRewrite {
			for _, s := range exact {
				if f.Pos >= s.pos && f.Pos < s.end {
					covered = true
				}
			}
		}
		if !covered {
			add(r.ManualPort)
		}
	}
	if fn.Facts != nil && fn.Facts.Uses(MethodSmtpClient) {
		add(rules.Lookup("MAIL004").ManualPort)
	}
	switch {
	case len(reasons) > 0:
		return VerdictManual, strings.Join(reasons, "; ")
	case len(exact) > 0:
		return VerdictRewrite, "every Send-MailMessage call has an exact Microsoft Graph rewrite (in the wrapper's findings)"
	case fn.Facts != nil && fn.Facts.Uses(MethodGraph):
		return VerdictReady, "already sends through Microsoft Graph"
	case fn.Facts != nil && fn.Facts.SendsMail():
		return VerdictReady, "depends on no retiring mail or authentication path"
	}
	return VerdictNoMail, ""
}
