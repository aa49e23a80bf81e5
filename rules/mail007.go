package rules

import (
	"strconv"
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL007", Name: "legacy-com-mail", Level: Note, ManualPort: "legacy COM/System.Web.Mail mail: port to Microsoft Graph by hand",
			Summary:          "The script sends mail through a legacy API: CDO via COM, System.Web.Mail, or Outlook automation.",
			SecuritySeverity: "3.1", CWE: []int{477}, Precision: "high", Tags: []string{"security", "maintainability"},
		},
		Run:      runMAIL007,
		Requires: []*semantic.Analyzer{semantic.LegacyMailAnalyzer, semantic.TypeRefsAnalyzer},
	})
}

const mail007Advice = "; unsupported or obsolete for unattended use. Use Microsoft Graph sendMail."

// mail007CDO are the CDO ProgIDs (CDONTS is CDO for Windows NT Server).
var mail007CDO = []string{"CDO.Message", "CDO.Configuration", "CDONTS.NewMail"}

func runMAIL007(p *Pass) {
	m := p.Model
	report := func(n parser.Node, api, why string, rel []Related) {
		d := Diagnostic{Pos: n.Pos(), End: n.End(), Message: "Legacy mail API (" + api + ")" + mail007Advice + " " + why, Related: rel}
		if fn := unreachableFunction(m, n); fn != nil {
			d.Properties = map[string]any{"reachable": false}
		}
		p.Report(d)
	}

	// CDO and Outlook through COM.
	for _, c := range m.COMCreations() {
		for _, id := range mail007CDO {
			if !semantic.ProgIDIs(c.ProgID, id) {
				continue
			}
			var rel []Related
			if c.Var != nil {
				for _, use := range m.MemberUses(c.Var.ShortName(), m.Scope(c.Node), c.Node.End()) {
					if use.Call && strings.EqualFold(use.Member, "send") {
						rel = append(rel, Related{Pos: use.Node.Pos(), End: use.Node.End(), Message: "message sent here"})
						break
					}
				}
			}
			why := "CDO is a Windows-only COM component configured through " +
				"http://schemas.microsoft.com/cdo/configuration/ fields; it usually sends with Basic SMTP " +
				"credentials and often without TLS."
			if id == "CDONTS.NewMail" {
				why = "CDONTS (CDO for Windows NT Server) has not shipped with Windows since Windows Server 2003."
			}
			report(c.Node, c.ProgID+" via COM", why, rel)
		}
		if !semantic.ProgIDIs(c.ProgID, "Outlook.Application") {
			continue
		}
		sends := m.OutlookSends(c)
		if len(sends) == 0 {
			continue // reading folders, saving appointments, showing drafts
		}
		s := sends[0]
		call := s.Create.Member.MemberName() + "(…)"
		if s.ItemType >= 0 {
			call = s.Create.Member.MemberName() + "(" + strconv.Itoa(s.ItemType) + ")"
		}
		rel := []Related{
			{Pos: s.Create.Pos(), End: s.Create.End(), Message: "Outlook item created here"},
			{Pos: s.Send.Pos(), End: s.Send.End(), Message: "Outlook item sent here"},
		}
		report(c.Node, c.ProgID+" automation: "+call+" … Send()", "Outlook automation depends on a desktop "+
			"Outlook installation and the signed-in user's profile; it is unsuitable for services, scheduled "+
			"tasks and servers.", rel)
	}

	// System.Web.Mail: one finding per statement that names one of its types.
	seen := map[parser.Node]bool{}
	usings := mail005UsingNamespaces(p.Model)
	for _, r := range m.TypeRefs() {
		full, ok := m.ResolveInNamespace(r.Name, semantic.SystemWebMailNamespace)
		if !ok {
			continue
		}
		st := m.StatementOf(r.Site)
		if seen[st] {
			continue
		}
		seen[st] = true
		report(r.Site, mail005TypeName(r.Name, full, usings), "System.Web.Mail has been obsolete since .NET 2.0, "+
			"sends through CDO, and does not exist in PowerShell 7.", nil)
	}
}
