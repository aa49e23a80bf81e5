package semantic

import (
	"strings"

	"github.com/psmailscan/psmailscan/parser"
)

// SystemWebMailNamespace is System.Web.Mail (.NET Framework 1.x mail API,
// obsolete since .NET 2.0, absent from .NET Core).
var SystemWebMailNamespace = &TypeNamespace{
	Prefix: "system.web.mail",
	Known:  setOf("smtpmail", "mailmessage", "mailattachment", "mailformat", "mailpriority", "mailencoding"),
	Conflicts: map[string][]string{
		"mailmessage":  {"system.net.mail"},
		"mailpriority": {"system.net.mail"},
	},
}

// COMCreation is a place where a script creates (or attaches to) a COM object.
type COMCreation struct {
	// Node is the New-Object command or the creating method call.
	Node parser.Node
	// ProgID is the ProgID as written (CDO.Message).
	ProgID string
	// Var is the variable the object is assigned to, if any.
	Var *parser.Variable
}

// COMCreations returns the COM objects the script creates with a constant
// ProgID: New-Object -ComObject, [Activator]::CreateInstance([Type]::GetTypeFromProgID(…)),
// [Runtime.InteropServices.Marshal]::GetActiveObject(…) and
// [Microsoft.VisualBasic.Interaction]::CreateObject(…), in source order.
func (m *Model) COMCreations() []COMCreation {
	return result[[]COMCreation](m, LegacyMailAnalyzer)
}

func (m *Model) comCreations() []COMCreation {
	var out []COMCreation
	for _, c := range m.Commands {
		if !m.IsCall(c, "new-object") {
			continue
		}
		if id := m.ComObjectProgID(c); id != "" {
			v, _ := m.assignedTo(c)
			out = append(out, COMCreation{Node: c, ProgID: id, Var: v})
		}
	}
	for _, inv := range m.Invokes {
		me := inv.Member
		if !me.Static || len(inv.Args) == 0 {
			continue
		}
		t := TypeOfLiteral(me.X)
		if t == "" {
			continue
		}
		var arg parser.Expr
		switch method := strings.ToLower(me.MemberName()); {
		case method == "createinstance" && m.TypeIs(t, "system.activator"):
			gt, ok := inv.Args[0].(*parser.InvokeExpr)
			if !ok || !gt.Member.Static || !strings.EqualFold(gt.Member.MemberName(), "gettypefromprogid") || len(gt.Args) == 0 {
				continue
			}
			if tt := TypeOfLiteral(gt.Member.X); tt == "" || !m.TypeIs(tt, "system.type") {
				continue
			}
			arg = gt.Args[0]
		case method == "getactiveobject" && m.TypeIs(t, "system.runtime.interopservices.marshal"),
			method == "createobject" && m.TypeIs(t, "microsoft.visualbasic.interaction"):
			arg = inv.Args[0]
		default:
			continue
		}
		if id, ok := m.constString(arg, inv.Pos()); ok {
			v, _ := m.assignedTo(inv)
			out = append(out, COMCreation{Node: inv, ProgID: id, Var: v})
		}
	}
	SortByNode(out, func(x *COMCreation) parser.Node { return x.Node })
	return out
}

// ProgIDIs reports whether a ProgID is name, with or without a version
// suffix (CDO.Message, CDO.Message.1), case-insensitively.
func ProgIDIs(progID, name string) bool {
	id := strings.ToLower(strings.TrimSpace(progID))
	name = strings.ToLower(name)
	if id == name {
		return true
	}
	if rest, ok := strings.CutPrefix(id, name+"."); ok && rest != "" {
		for _, r := range rest {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// OutlookSend is an Outlook item created from an Outlook.Application object and sent.
type OutlookSend struct {
	// Create is the CreateItem / CreateItemFromTemplate call.
	Create *parser.InvokeExpr
	// Send is the item's Send() call.
	Send *parser.InvokeExpr
	// ItemType is CreateItem's OlItemType (0 = olMailItem), or -1 when not known.
	ItemType int
}

// olItemTypes maps Outlook's OlItemType names to their values.
var olItemTypes = map[string]int{
	"olmailitem": 0, "olappointmentitem": 1, "olcontactitem": 2, "oltaskitem": 3, "oljournalitem": 4,
	"olnoteitem": 5, "olpostitem": 6, "oldistributionlistitem": 7, "olmobileitemsms": 11, "olmobileitemmms": 12,
}

// OutlookSends follows an Outlook.Application object held in a variable:
// items it creates with CreateItem/CreateItemFromTemplate, in the same
// scope (or in functions, for a script-level object), that are then sent
// with .Send() — on the item variable or chained on the call.
func (m *Model) OutlookSends(c COMCreation) []OutlookSend {
	if c.Var == nil {
		return nil
	}
	name := c.Var.ShortName()
	scope := m.Scope(c.Node)
	var out []OutlookSend
	for _, inv := range m.Invokes {
		me := inv.Member
		if me.Static || inv.Pos() < c.Node.End() {
			continue
		}
		switch strings.ToLower(me.MemberName()) {
		case "createitem", "createitemfromtemplate":
		default:
			continue
		}
		v, ok := me.X.(*parser.Variable)
		if !ok || v.ShortName() != name {
			continue
		}
		useScope := m.Scope(inv)
		if useScope != scope && scope != nil {
			continue
		}
		if useScope == scope && m.redefined(name, scope, c.Node.End(), inv.Pos()) {
			continue
		}
		itemType := -1
		if strings.EqualFold(me.MemberName(), "createitem") && len(inv.Args) > 0 {
			if val := m.Eval(inv.Args[0], inv.Pos()); val.Kind == Number {
				itemType = int(val.Num)
			} else if sm, ok := inv.Args[0].(*parser.MemberExpr); ok {
				if n, ok := GetFold(olItemTypes, sm.MemberName()); ok {
					itemType = n
				}
			}
		}
		// $outlook.CreateItem(0).Send()
		if pm, ok := m.Parent(inv).(*parser.MemberExpr); ok && pm.X == parser.Expr(inv) {
			if pi, ok := m.Parent(pm).(*parser.InvokeExpr); ok && pi.Member == pm && strings.EqualFold(pm.MemberName(), "send") {
				out = append(out, OutlookSend{Create: inv, Send: pi, ItemType: itemType})
				continue
			}
		}
		item, _ := m.assignedTo(inv)
		if item == nil {
			continue
		}
		iname := item.ShortName()
		for _, use := range m.MemberUses(iname, useScope, inv.End()) {
			if m.redefined(iname, useScope, inv.End(), use.Node.Pos()) {
				break
			}
			if use.Call && strings.EqualFold(use.Member, "send") {
				if send, ok := use.Node.(*parser.InvokeExpr); ok {
					out = append(out, OutlookSend{Create: inv, Send: send, ItemType: itemType})
				}
				break
			}
		}
	}
	return out
}
