package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "TLS001", Name: "tls-weak-protocols-only", Level: Error, ManualPort: "SecurityProtocol allows only weak protocols: fix the TLS setting",
			Summary:          "ServicePointManager.SecurityProtocol is set to SSL 3.0/TLS 1.0/TLS 1.1 only, or TLS 1.2 is removed.",
			SecuritySeverity: "7.4", CWE: []int{327, 757}, Precision: "high", Tags: []string{"security", "tls"},
		},
		Run:      runTLS001,
		Requires: []*semantic.Analyzer{semantic.TLSWritesAnalyzer},
	})
	register(&Rule{
		Meta: Meta{
			ID: "TLS002", Name: "tls-weak-protocols-allowed", Level: Warning,
			Summary:          "A weak protocol (SSL 3.0, TLS 1.0 or TLS 1.1) is enabled alongside TLS 1.2/1.3.",
			SecuritySeverity: "5.9", CWE: []int{757}, Precision: "high", Tags: []string{"security", "tls"},
		},
		Run:      runTLS002,
		Requires: []*semantic.Analyzer{semantic.TLSWritesAnalyzer},
	})
	register(&Rule{
		Meta: Meta{
			ID: "TLS004", Name: "tls-version-hard-pinned", Level: Note,
			Summary:   "SecurityProtocol is overwritten with exactly Tls12, which turns off TLS 1.3 and ignores OS policy.",
			Precision: "high", Tags: []string{"tls", "maintainability"}, DefaultOff: true,
		},
		Run:      runTLS004,
		Requires: []*semantic.Analyzer{semantic.TLSWritesAnalyzer},
	})
}

func runTLS001(p *Pass) {
	for _, w := range p.Model.TLSWrites() {
		v := w.Value
		switch {
		case v.Removes12():
			p.Reportf(w.Assign, "This write removes Tls12 from SecurityProtocol, leaving only what was enabled before (often SSL 3.0 and TLS 1.0 on Windows PowerShell). Exchange Online and Microsoft Graph refuse TLS 1.0/1.1.")
		case v.WeakOnly():
			names := semantic.Names(v.Bits)
			if v.Invalid {
				names = append(names, "invalid bits")
			}
			p.Reportf(w.Assign, "SecurityProtocol is set to %s only. SSL 3.0, TLS 1.0 and TLS 1.1 are broken or deprecated; Exchange Online and Microsoft Graph refuse them. Use `[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12` (Windows PowerShell), or remove the line on PowerShell 7.", strings.Join(names, ", "))
		}
	}
}

func runTLS002(p *Pass) {
	for _, w := range p.Model.TLSWrites() {
		v := w.Value
		if v.WeakOnly() || v.Removes12() || !v.WeakMixed() {
			continue
		}
		weak := semantic.Names(semantic.WeakBits(v.Bits))
		if v.Invalid {
			weak = append(weak, "invalid bits")
		}
		p.Reportf(w.Assign, "SecurityProtocol also enables %s; connections can be downgraded to them where a server or middlebox allows it. Keep only Tls12 (and Tls13 where supported), or SystemDefault on .NET Framework 4.7+.", strings.Join(weak, ", "))
	}
	runTLS002WebCmdlets(p)
}

// runTLS002WebCmdlets reports -SslProtocol values that include Tls or Tls11
// on Invoke-WebRequest/Invoke-RestMethod, as notes: current PowerShell 7
// maps them to TLS 1.2 (catalog C.7), older releases did not.
func runTLS002WebCmdlets(p *Pass) {
	for _, c := range p.Model.Commands {
		r := p.Model.Resolve(c)
		if !r.Builtin || (r.Name != "invoke-webrequest" && r.Name != "invoke-restmethod") {
			continue
		}
		b := p.Model.Bind(c, semantic.Cmdlet(r.Name))
		arg := b.Get("SslProtocol")
		if arg == nil {
			continue
		}
		v := p.Model.EvalTLS(arg.Expr, c.Pos())
		if arg.FromSplat != nil {
			v = tlsOfValue(arg.Value)
		}
		if !v.Known || semantic.WeakBits(v.Bits) == 0 {
			continue
		}
		p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Level: Note,
			Message: "-SslProtocol also allows " + strings.Join(semantic.Names(semantic.WeakBits(v.Bits)), ", ") +
				"; older PowerShell releases honour TLS 1.0/1.1 here. Use -SslProtocol Tls12 (or Tls12, Tls13)."})
	}
}

func tlsOfValue(v semantic.Value) semantic.TLSValue {
	if ss, ok := v.Strings(); ok {
		return semantic.NamesToTLS(strings.Join(ss, ","))
	}
	return semantic.TLSValue{}
}

func runTLS004(p *Pass) {
	for _, w := range p.Model.TLSWrites() {
		v := w.Value
		if v.Known && !v.Additive && !v.Invalid && v.Bits == semantic.Tls12 {
			p.Reportf(w.Assign, "Overwriting SecurityProtocol with Tls12 turns off TLS 1.3 and ignores OS policy. Prefer `[Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12`, or SystemDefault on .NET Framework 4.7+.")
		}
	}
}
