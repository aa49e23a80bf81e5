package rules

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

func init() {
	register(&Rule{
		Meta: Meta{
			ID: "MAIL009", Name: "graph-mail-send-unscoped", Level: Note,
			Summary:          "The script grants the Microsoft Graph application permission Mail.Send without scoping it in Exchange Online.",
			SecuritySeverity: "4.0", CWE: []int{250}, Precision: "low",
			Tags: []string{"security", "graph", "mail"},
		},
		Run:      runMAIL009,
		Requires: []*semantic.Analyzer{},
	})
}

const mail009Message = "Application Mail.Send lets this app send as any mailbox in the tenant. Scope it with RBAC for Applications " +
	"(New-ManagementRoleAssignment -Role 'Application Mail.Send' with a -CustomResourceScope management scope) or an application access policy " +
	"(New-ApplicationAccessPolicy -AccessRight RestrictAccess)."

const (
	graphAppID        = "00000003-0000-0000-c000-000000000000"
	mailSendAppRoleID = "b633e1c5-b582-4048-a93e-9f11b44c7e96" // Graph application permission Mail.Send
)

// runMAIL009 reports app-role assignments of Graph's Mail.Send application
// permission when the file contains no Exchange scoping for it.
func runMAIL009(p *Pass) {
	m := p.Model
	if mailSendScoped(m) {
		return
	}
	for _, c := range m.Commands {
		name := builtinCall(m, c)
		switch name {
		case "new-mgserviceprincipalapproleassignment", "new-mgserviceprincipalapproleassignedto",
			"new-mgbetaserviceprincipalapproleassignment", "new-mgbetaserviceprincipalapproleassignedto":
		default:
			continue
		}
		b := m.Bind(c, semantic.Cmdlet(name))
		if len(b.Ambiguous) > 0 {
			continue
		}
		role, resource := mail009Args(m, c, b)
		if role == nil || !mentionsMailSend(m, role) {
			continue
		}
		if resource != nil && mentionsOtherResource(m, resource) {
			continue
		}
		d := Diagnostic{Pos: c.Pos(), End: c.End(), Message: mail009Message, Related: splatRelated(m, b), Properties: fnReachability(m, c)}
		p.Report(d)
	}
}

// mail009Args returns the app-role and resource expressions of an
// assignment: -AppRoleId/-ResourceId, or the appRoleId/resourceId keys of
// -BodyParameter.
func mail009Args(m *semantic.Model, c *parser.Command, b *semantic.Binding) (parser.Node, parser.Node) {
	var role, resource parser.Node
	if a := b.Get("AppRoleId"); a != nil && a.Expr != nil {
		role = a.Expr
	}
	if a := b.Get("ResourceId"); a != nil && a.Expr != nil {
		resource = a.Expr
	}
	if a := b.Get("BodyParameter"); a != nil && role == nil {
		v := m.ArgValue(a, c.Pos())
		if v.Kind == semantic.Hash {
			if e, ok := v.Hash.Get("appRoleId"); ok && e.Expr != nil {
				role = e.Expr
			}
			if e, ok := v.Hash.Get("resourceId"); ok && e.Expr != nil {
				resource = e.Expr
			}
		}
	}
	return role, resource
}

// mentionsMailSend reports an app-role expression that denotes Mail.Send:
// the role's GUID, or a role looked up with 'Mail.Send' in its filter
// ($graph.AppRoles | Where-Object Value -eq 'Mail.Send'), found through
// the variables the expression uses, foreach loops over permission lists included.
func mentionsMailSend(m *semantic.Model, n parser.Node) bool {
	return mentions(m, n, func(s string) bool {
		s = strings.ToLower(strings.TrimSpace(s))
		return s == "mail.send" || s == mailSendAppRoleID
	}, 0, map[parser.Node]bool{})
}

// mentionsOtherResource reports a resource expression that names a known
// first-party appId other than Microsoft Graph's.
func mentionsOtherResource(m *semantic.Model, n parser.Node) bool {
	graph := mentions(m, n, func(s string) bool { return strings.Contains(strings.ToLower(s), graphAppID) }, 0, map[parser.Node]bool{})
	if graph {
		return false
	}
	return mentions(m, n, func(s string) bool {
		lc := strings.ToLower(s)
		return strings.Contains(lc, "00000002-0000-0ff1-ce00-000000000000") || strings.Contains(lc, "office 365 exchange online")
	}, 0, map[parser.Node]bool{})
}

// mentions reports a constant string satisfying pred inside n, or inside
// the definitions of the variables n uses (assignments, foreach sources),
// up to a few hops.
func mentions(m *semantic.Model, n parser.Node, pred func(string) bool, depth int, seen map[parser.Node]bool) bool {
	if n == nil || depth > 4 || seen[n] {
		return false
	}
	seen[n] = true
	found := false
	parser.Inspect(n, func(k parser.Node) bool {
		if found {
			return false
		}
		switch k := k.(type) {
		case *parser.StringLit:
			if s, ok := approx(m, k, k.Pos()); ok && pred(strings.ReplaceAll(s, gap, "")) {
				found = true
			}
			return !found
		case *parser.Bareword:
			if pred(k.Text) {
				found = true
			}
		case *parser.ScriptBlockExpr:
			return true
		case *parser.Variable:
			switch k.ShortName() {
			case "_", "psitem", "true", "false", "null", "this":
				return true
			}
			if ss, ok := m.Eval(k, k.Pos()).Strings(); ok {
				for _, s := range ss {
					if pred(s) {
						found = true
					}
				}
				if found {
					return false
				}
			}
			switch d := m.VarDef(k).(type) {
			case *parser.AssignStmt:
				if !(d.Pos() <= k.Pos() && k.Pos() < d.End()) && mentions(m, d.Value, pred, depth+1, seen) {
					found = true
				}
			case *parser.ForeachStmt:
				if d.In != nil && mentions(m, d.In, pred, depth+1, seen) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// mailSendScoped reports Exchange scoping anywhere in the file:
// New-ApplicationAccessPolicy, or New-ManagementRoleAssignment for the
// 'Application Mail.Send' role with a custom resource or administrative-unit
// scope. A role assignment whose parameters cannot be seen counts as scoping.
func mailSendScoped(m *semantic.Model) bool {
	for _, c := range m.Commands {
		switch builtinCall(m, c) {
		case "new-applicationaccesspolicy":
			return true
		case "new-managementroleassignment":
			b := m.Bind(c, semantic.Cmdlet("new-managementroleassignment"))
			if b.UnknownSplat {
				return true
			}
			if !b.Has("CustomResourceScope") && !b.Has("RecipientAdministrativeUnitScope") {
				continue
			}
			role, ok := argApprox(m, b.Get("Role"), c.Pos())
			if !ok || strings.Contains(role, gap) || strings.Contains(strings.ToLower(role), "mail.send") {
				return true
			}
		}
	}
	return false
}
