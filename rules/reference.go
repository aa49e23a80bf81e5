package rules

import (
	"fmt"
	"strconv"
	"strings"
)

// ReferenceMarkdown renders rules/README.md: every rule with its level,
// security severity, CWE, precision and one-line summary, linked to its
// page. A test keeps the checked-in file equal to this output.
func ReferenceMarkdown() string {
	var sb strings.Builder
	sb.WriteString("# psmailscan rules\n\n")
	sb.WriteString("Generated from the rule registry and `rules/docs/` by `go test ./rules -run TestReference -update`;\n")
	sb.WriteString("CI fails when this file and the binary disagree. `psmailscan --explain ID` prints a page.\n\n")
	for _, fam := range Families() {
		sb.WriteString("## " + familyTitle(fam) + "\n\n")
		sb.WriteString("| ID | Name | Level | Security severity | CWE | Precision | What it finds |\n|---|---|---|---|---|---|---|\n")
		for _, r := range All() {
			if r.Family() != fam {
				continue
			}
			level := r.Level.String()
			if r.DefaultOff {
				level += " (off by default)"
			}
			sev := r.SecuritySeverity
			if sev == "" {
				sev = "—"
			}
			var cwes []string
			for _, c := range r.CWE {
				cwes = append(cwes, "CWE-"+strconv.Itoa(c))
			}
			cwe := strings.Join(cwes, ", ")
			if cwe == "" {
				cwe = "—"
			}
			fmt.Fprintf(&sb, "| [%s](docs/%s.md) | `%s` | %s | %s | %s | %s | %s |\n", r.ID, r.ID, r.Name, level, sev, cwe, r.Precision,
				strings.ReplaceAll(r.Summary, "|", "\\|"))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func familyTitle(f string) string {
	switch f {
	case "MAIL":
		return "MAIL — APIs that send mail"
	case "TLS":
		return "TLS — transport security"
	case "AUTH":
		return "AUTH — credentials and Basic authentication"
	case "EXO":
		return "EXO — Exchange Online configuration"
	case "HYB":
		return "HYB — Exchange hybrid (CVE-2025-53786)"
	}
	return f
}
