package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "TLS003", Name: "tls12-not-ensured-for-smtp", Level: Warning, CoveredByRewrite: true,
			Summary:          "A STARTTLS send from Windows PowerShell runs without TLS 1.2 being enabled first (MC297438).",
			SecuritySeverity: "5.3", CWE: []int{757}, Precision: "medium", Tags: []string{"security", "tls"},
		},
		Run:      runTLS003,
		Requires: []*semantic.Analyzer{semantic.TLSFlowAnalyzer},
	})
}

const tls003Fix = "Add `[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12` before the send. " +
	"This is a stop-gap: Basic authentication for SMTP AUTH is switched off by default at the end of December 2026 — move to Microsoft Graph (Send-MgUserMail)."

// runTLS003 reports STARTTLS sends (Send-MailMessage -UseSsl, SmtpClient
// with EnableSsl) that may run on Windows PowerShell 5.1 with no
// SecurityProtocol write that enables TLS 1.2 before them in script order.
func runTLS003(p *Pass) {
	if p.Config.AssumeTls12Configured {
		return
	}
	desktop := requiresDesktop(p.File)
	for _, r := range p.Model.TLSFlow() {
		if !r.Needs12() {
			continue
		}
		s := r.Send
		exo := s.HostKnow && semantic.EXOSmtpHost(s.Host)
		level := Note
		if exo {
			level = Warning
		}
		msg := "This STARTTLS send to " + hostLabel(s) + " runs on Windows PowerShell, and nothing enables TLS 1.2 before it. " +
			"On .NET Framework the default often excludes TLS 1.2, and Exchange Online rejects TLS 1.0/1.1 for SMTP AUTH (421 4.7.66). " + tls003Fix
		switch {
		case r.FreshProcess:
			msg = "This send runs in a new process (Start-Job or a remote Invoke-Command) where nothing enables TLS 1.2. It does not inherit this script's SecurityProtocol. " + tls003Fix
		case r.State == semantic.MaybeEnsured:
			level = Note
			msg = "TLS 1.2 is enabled only on some paths to this STARTTLS send to " + hostLabel(s) + ". The condition cannot be decided statically. " + tls003Fix
		case r.Hidden:
			level = Note
			msg = "This STARTTLS send to " + hostLabel(s) + " follows a dot-sourced file psmailscan cannot find, so TLS 1.2 may not be enabled. The file's path is computed at run time. " + tls003Fix
		}
		d := Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Level: level, Message: msg, Related: sendRelated(s)}
		props := map[string]any{}
		if !r.Reachable {
			props["reachable"] = false
		}
		if desktop {
			props["confidence"] = "high"
		}
		if len(props) > 0 {
			d.Properties = props
		}
		p.Report(d)
	}
}

// requiresCore: #Requires -PSEdition Core or -Version 6 and later.
func requiresCore(f *parser.File) bool { return semantic.RequiresCore(f) }

func requiresDesktop(f *parser.File) bool {
	for _, r := range f.Requires {
		if strings.EqualFold(r.Params["psedition"], "desktop") {
			return true
		}
	}
	return false
}
