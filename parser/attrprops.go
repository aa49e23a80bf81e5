package parser

import "strings"

// attributeType is what the named-argument check knows of a well-known
// .NET attribute type: its namespace and its public properties, settable
// (true) or read-only (false), by lower-case name.
type attributeType struct {
	namespace string // lower case, e.g. system.management.automation
	props     map[string]bool
}

// props builds a property table: settable names, then "|", then read-only
// names, all lower case and separated by blanks. Every attribute inherits
// System.Attribute's read-only TypeId.
func props(spec string) map[string]bool {
	settable, readOnly, _ := strings.Cut(spec, "|")
	m := map[string]bool{"typeid": false}
	for _, n := range strings.Fields(settable) {
		m[n] = true
	}
	for _, n := range strings.Fields(readOnly) {
		m[n] = false
	}
	return m
}

const (
	nsAutomation   = "system.management.automation"
	nsCodeAnalysis = "system.diagnostics.codeanalysis"
	// cmdletCommon are CmdletCommonMetadataAttribute's properties, shared
	// by [Cmdlet()] and [CmdletBinding()].
	cmdletCommon = "defaultparametersetname supportsshouldprocess supportspaging supportstransactions confirmimpact helpuri remotingcapability "
)

// attributeTypes are the well-known attributes a class, its members or
// their parameters use, by lower-case name without namespace or
// "Attribute", with the properties PowerShell 7's source
// (engine/Attributes.cs, CommandCompletion/ExtensibleCompletion.cs) and
// .NET give them. A property that only PowerShell 7 has (ErrorMessage) is
// listed: where the editions differ, what either accepts is accepted.
var attributeTypes = map[string]attributeType{
	"cmdlet":                       {nsAutomation, props(cmdletCommon + "| nounname verbname")},
	"cmdletbinding":                {nsAutomation, props(cmdletCommon + "positionalbinding")},
	"parameter":                    {nsAutomation, props("position parametersetname mandatory valuefrompipeline valuefrompipelinebypropertyname valuefromremainingarguments helpmessage helpmessagebasename helpmessageresourceid dontshow | experimentname experimentaction")},
	"outputtype":                   {nsAutomation, props("providercmdlet parametersetname | type")},
	"alias":                        {nsAutomation, props("| aliasnames")},
	"allownull":                    {nsAutomation, props("")},
	"allowemptystring":             {nsAutomation, props("")},
	"allowemptycollection":         {nsAutomation, props("")},
	"validatecount":                {nsAutomation, props("| minlength maxlength")},
	"validatelength":               {nsAutomation, props("| minlength maxlength")},
	"validaterange":                {nsAutomation, props("| minrange maxrange")},
	"validatepattern":              {nsAutomation, props("options errormessage | regexpattern")},
	"validatescript":               {nsAutomation, props("errormessage | scriptblock")},
	"validateset":                  {nsAutomation, props("errormessage ignorecase | validvalues")},
	"validatedrive":                {nsAutomation, props("| validrootdrives")},
	"validateuserdrive":            {nsAutomation, props("| validrootdrives")},
	"validatenotnull":              {nsAutomation, props("")},
	"validatenotnullorempty":       {nsAutomation, props("")},
	"validatenotnullorwhitespace":  {nsAutomation, props("")},
	"validatetrusteddata":          {nsAutomation, props("")},
	"supportswildcards":            {nsAutomation, props("")},
	"psdefaultvalue":               {nsAutomation, props("value help")},
	"hidden":                       {nsAutomation, props("")},
	"argumentcompleter":            {nsAutomation, props("| type scriptblock")},
	"dscresource":                  {nsAutomation, props("runascredential")},
	"dscproperty":                  {nsAutomation, props("key mandatory notconfigurable")},
	"dsclocalconfigurationmanager": {nsAutomation, props("")},
	"suppressmessage":              {nsCodeAnalysis, props("justification messageid scope target urlformat | category checkid")},
	"flags":                        {"system", props("")},
}

// namedAttributeArgs checks the named arguments of the class attributes
// gathered during the walk, as PowerShell does when it builds the class's
// .NET type: each must name a public property or field of the attribute
// type (PropertyNotFoundForAttribute) that can be set (ReadOnlyProperty;
// [Cmdlet()]'s NounName and VerbName come only through its constructor).
// Only attribute types in attributeTypes are checked, and not when the
// name is written with another namespace or the file defines a class of
// that name: for any other type nothing is known, so nothing is reported.
func (c *checker) namedAttributeArgs() {
	for _, a := range c.namedArgAttrs {
		name := strings.ToLower(a.Type.Name)
		if c.classes[name] || c.classes[name+"attribute"] {
			continue
		}
		key := attributeKey(name)
		at, ok := attributeTypes[key]
		if !ok {
			continue
		}
		if ns, _, qualified := cutLast(name, '.'); qualified && ns != at.namespace && "system."+ns != at.namespace {
			continue
		}
		for _, na := range a.Named {
			settable, found := at.props[strings.ToLower(na.Name)]
			switch {
			case !found:
				c.p.errAt(na.Pos(), "PropertyNotFoundForAttribute", "attribute [%s] has no property %s", a.Type.Name, na.Name)
			case !settable:
				c.p.errAt(na.Pos(), "ReadOnlyProperty", "property %s of attribute [%s] is read-only", na.Name, a.Type.Name)
			}
		}
	}
}

// cutLast splits s around its last sep, reporting whether sep was found.
func cutLast(s string, sep byte) (before, after string, found bool) {
	if i := strings.LastIndexByte(s, sep); i >= 0 {
		return s[:i], s[i+1:], true
	}
	return "", s, false
}
