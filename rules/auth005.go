package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "AUTH005", ExchangeOnline: true, Name: "exo-remote-powershell-basic", Level: Error, ManualPort: "Exchange Online Remote PowerShell: switch to Connect-ExchangeOnline with a certificate or managed identity",
			Summary:          "The script opens a Remote PowerShell session to Exchange Online, which has been switched off.",
			SecuritySeverity: "7.0", CWE: []int{1390, 477}, Precision: "very-high",
			Tags: []string{"security", "exchange-online", "deprecated"},
		},
		Run:      runAUTH005,
		Requires: []*semantic.Analyzer{},
	})
}

const auth005Message = "Remote PowerShell to Exchange Online was switched off (Basic authentication in 2022, RPS for all tenants by 1 October 2023). This session cannot be created. " +
	"Use Connect-ExchangeOnline (EXO V3 module, REST) with -AppId/-CertificateThumbprint/-Organization or -ManagedIdentity -Organization."

// exoRPSHost reports the Exchange Online (and Security & Compliance)
// Remote PowerShell endpoints of catalog AUTH005, plus the Exchange Online
// Protection and government Security & Compliance endpoints of the same
// retired service.
func exoRPSHost(h string) bool {
	switch h {
	case "outlook.office365.com", "ps.outlook.com", "outlook.office.de", "partner.outlook.cn",
		"outlook.office365.us", "webmail.apps.mil", "ps.compliance.protection.outlook.com",
		"ps.protection.outlook.com", "ps.compliance.protection.office365.us",
		"l5.ps.compliance.protection.office365.us", "ps.compliance.protection.outlook.de",
		"ps.compliance.protection.partner.outlook.cn":
		return true
	}
	return strings.HasSuffix(h, ".ps.compliance.protection.outlook.com")
}

// runAUTH005 reports New-PSSession / Invoke-Command to an Exchange Online
// RPS endpoint, Connect-EXOPSSession (V1 MFA module), and
// Connect-ExchangeOnline -UseRPSSession (warning).
func runAUTH005(p *Pass) {
	m := p.Model
	for _, c := range m.Commands {
		switch builtinCall(m, c) {
		case "new-pssession", "invoke-command":
			auth005Session(p, c)
		case "connect-exopssession":
			p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Properties: fnReachability(m, c),
				Message: "Connect-EXOPSSession (the V1 Exchange Online Remote PowerShell module with MFA) creates a Remote PowerShell session, and Exchange Online RPS was switched off for all tenants by 1 October 2023. " +
					"Install ExchangeOnlineManagement (V3) and use Connect-ExchangeOnline."})
		case "connect-exchangeonline":
			b := m.Bind(c, semantic.Cmdlet("connect-exchangeonline"))
			if a := b.Get("UseRPSSession"); a != nil && a.OnKnown && a.On {
				p.Report(Diagnostic{Pos: c.Pos(), End: c.End(), Level: Warning, Properties: fnReachability(m, c),
					Related: splatRelated(m, b),
					Message: "Connect-ExchangeOnline -UseRPSSession asks for a Remote PowerShell session, and Exchange Online RPS was switched off for all tenants by 1 October 2023. " +
						"Remove -UseRPSSession: the V3 module runs the cmdlets over REST."})
			}
		}
	}
}

func auth005Session(p *Pass, c *parser.Command) {
	m := p.Model
	name := builtinCall(m, c)
	b := m.Bind(c, semantic.Cmdlet(name))
	uri := b.Get("ConnectionUri")
	if uri == nil || len(b.Ambiguous) > 0 {
		return
	}
	s, ok := argApprox(m, uri, c.Pos())
	host := ""
	if ok {
		host = uriHost(s)
	}
	fromDefault := ""
	if !exoRPSHost(host) {
		// A function parameter whose default is the RPS endpoint:
		// param($ConnectionUri = 'https://outlook.office365.com/powershell-liveid/').
		pv, ok := uri.Expr.(*parser.Variable)
		if !ok {
			return
		}
		v := m.LookupVar(pv.ShortName(), pv.Pos())
		if !v.Param || v.Str == "" || !exoRPSHost(uriHost(v.Str)) {
			return
		}
		host, fromDefault = uriHost(v.Str), varName(pv)
	}
	// The configuration must be Exchange's (or left to the endpoint's
	// default, which for these hosts is Exchange's); a known other
	// configuration is a different session.
	if cn := b.Get("ConfigurationName"); cn != nil {
		if v, ok := argApprox(m, cn, c.Pos()); fullyKnown(v, ok) && !strings.EqualFold(strings.TrimSpace(v), "Microsoft.Exchange") {
			return
		}
	}
	d := Diagnostic{Pos: c.Pos(), End: c.End(), Message: auth005Message, Properties: fnReachability(m, c)}
	if a := b.Get("Authentication"); a != nil {
		if v, ok := argApprox(m, a, c.Pos()); fullyKnown(v, ok) && strings.EqualFold(v, "basic") {
			d.Message = "Remote PowerShell to Exchange Online (" + host + ") with Basic auth cannot connect: both were switched off by October 2023. " +
				"Use Connect-ExchangeOnline (EXO V3 module, REST) with -AppId/-CertificateThumbprint/-Organization or -ManagedIdentity -Organization."
		}
	}
	if fromDefault != "" {
		d.Message = "By default (" + fromDefault + ") this opens Remote PowerShell to Exchange Online (" + host + "), switched off for all tenants by October 2023. " +
			"Use Connect-ExchangeOnline (EXO V3 module, REST) with -AppId/-CertificateThumbprint/-Organization or -ManagedIdentity -Organization."
	}
	d.Related = splatRelated(m, b)
	if uri.FromSplat == nil && uri.Expr != nil {
		if v, ok := uri.Expr.(*parser.Variable); ok {
			if def := m.VarDef(v); def != nil {
				d.Related = append(d.Related, related(def, "connection URI "+varName(v)+" defined here"))
			}
		}
	}
	p.Report(d)
}
