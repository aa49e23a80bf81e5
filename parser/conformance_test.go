package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestConformance checks the parser against PowerShell's own parser tests:
// the ShouldBeParseError cases of PowerShell/PowerShell's
// test/powershell/Language (a local checkout named by the environment
// variable PSMAILSCAN_PS_TESTS; skipped when it is not set, so not part of
// CI). Each case is an input PowerShell rejects, the error IDs it raises and
// their offsets. The test prints, per error ID, how many cases we reject and
// how many at PowerShell's position, split into syntax errors (raised while
// parsing), checks PowerShell makes right after parsing (SemanticChecks),
// and class/enum type resolution (optional). Cases with
// -SkipAndCheckRuntimeError are left out: PowerShell itself raises those at
// run time. Syntax errors and post-parse checks we do not report fail the
// test when PSMAILSCAN_PS_STRICT is set.
//
//	PSMAILSCAN_PS_TESTS=/path/to/PowerShell/test/powershell/Language go test ./parser -run TestConformance -v
func TestConformance(t *testing.T) {
	dir := os.Getenv("PSMAILSCAN_PS_TESTS")
	if dir == "" {
		t.Skip("PSMAILSCAN_PS_TESTS is not set")
	}
	cases := conformanceCases(t, dir)
	if len(cases) == 0 {
		t.Fatalf("no ShouldBeParseError cases under %s", dir)
	}
	type tally struct{ cases, reported, atPos, sameID int }
	byID := map[string]*tally{}
	byClass := map[string]*tally{}
	var missed, off []string
	accepted51 := 0
	for _, c := range cases {
		f, err := ParseString("case.ps1", c.src)
		if err != nil {
			t.Errorf("%s: %v", c.where, err)
			continue
		}
		id, class := c.ids[0], errorClass(c.ids[0])
		if byID[id] == nil {
			byID[id] = &tally{}
		}
		if byClass[class] == nil {
			byClass[class] = &tally{}
		}
		for _, tl := range []*tally{byID[id], byClass[class]} {
			tl.cases++
		}
		if len(f.Errors) == 0 && windowsPowerShellAccepts(c) {
			// Where the editions differ we accept what either accepts.
			accepted51++
			t.Logf("accepted as Windows PowerShell 5.1 does: %s: %s %q", c.where, id, c.src)
			continue
		}
		if len(f.Errors) == 0 {
			if class != "type resolution" {
				missed = append(missed, fmt.Sprintf("%s: %s %q", c.where, id, c.src))
			}
			continue
		}
		at, same := false, false
		for _, e := range f.Errors {
			same = same || e.ID == id
			pos := utf16Offset(c.src, e.Pos)
			if c.column {
				pos = f.Source.Position(e.Pos).Column
			}
			at = at || pos == c.offsets[0]
		}
		if !at || !same {
			var got []string
			for _, e := range f.Errors {
				pos := utf16Offset(c.src, e.Pos)
				if c.column {
					pos = f.Source.Position(e.Pos).Column
				}
				got = append(got, fmt.Sprintf("%s@%d", e.ID, pos))
			}
			off = append(off, fmt.Sprintf("%s: want %s@%d, got %s: %q", c.where, id, c.offsets[0], strings.Join(got, " "), c.src))
		}
		for _, tl := range []*tally{byID[id], byClass[class]} {
			tl.reported++
			if at {
				tl.atPos++
			}
			if same {
				tl.sameID++
			}
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		ci, cj := errorClass(ids[i]), errorClass(ids[j])
		if ci != cj {
			return ci < cj
		}
		return ids[i] < ids[j]
	})
	for _, id := range ids {
		tl := byID[id]
		t.Logf("%-16s %-45s reported %3d/%-3d at PowerShell's position %3d, with its ID %3d", errorClass(id), id, tl.reported, tl.cases, tl.atPos, tl.sameID)
	}
	for _, class := range []string{"post-parse", "syntax", "type resolution"} {
		if tl := byClass[class]; tl != nil {
			t.Logf("TOTAL %-16s reported %d/%d, at PowerShell's position %d, with its error ID %d", class, tl.reported, tl.cases, tl.atPos, tl.sameID)
		}
	}
	t.Logf("TOTAL accepted because Windows PowerShell 5.1 accepts them: %d", accepted51)
	for _, m := range missed {
		t.Logf("not reported: %s", m)
	}
	for _, o := range off {
		t.Logf("other position or ID: %s", o)
	}
	if os.Getenv("PSMAILSCAN_PS_STRICT") != "" && len(missed) > 0 {
		t.Errorf("%d cases not reported", len(missed))
	}
}

// conformanceCase is one ShouldBeParseError call.
type conformanceCase struct {
	where   string // file:line of the call
	src     string
	ids     []string
	offsets []int
	column  bool // -CheckColumnNumber: offsets are 1-based columns
}

// conformanceCases reads the ShouldBeParseError calls of every test script
// under dir with our own parser; calls whose arguments are not literals
// (built in a loop from variables) are left out.
func conformanceCases(t *testing.T, dir string) []conformanceCase {
	var out []conformanceCase
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(strings.ToLower(path), ".ps1") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			return nil
		}
		src, err := Decode(path, raw)
		if err != nil {
			return nil
		}
		f, err := Parse(src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		Inspect(f.Script, func(n Node) bool {
			cmd, ok := n.(*Command)
			if !ok || !strings.EqualFold(cmd.NameText(), "ShouldBeParseError") {
				return true
			}
			var args []Expr
			c := conformanceCase{where: fmt.Sprintf("%s:%d", filepath.Base(path), src.Position(cmd.Pos()).Line)}
			for _, e := range cmd.Elements {
				switch e := e.(type) {
				case *Parameter:
					switch strings.ToLower(e.Name) {
					case "skipandcheckruntimeerror":
						return true
					case "checkcolumnnumber":
						c.column = true
					}
				case *Argument:
					args = append(args, e.X)
				}
			}
			if len(args) < 3 {
				return true
			}
			s, ok := args[0].(*StringLit)
			if !ok || len(s.Parts) > 0 {
				return true
			}
			c.src = s.Value
			if s.Expandable {
				c.src = expandEscapes(c.src)
			}
			c.ids = literalStrings(args[1])
			for _, o := range literalStrings(args[2]) {
				n, err := strconv.Atoi(o)
				if err != nil {
					return true
				}
				c.offsets = append(c.offsets, n)
			}
			if len(c.ids) == 0 || len(c.ids) != len(c.offsets) {
				return true
			}
			out = append(out, c)
			return true
		})
		return nil
	})
	return out
}

// literalStrings flattens a literal argument (a, "a", a,b, @("a", "b"), 1,2).
func literalStrings(x Expr) []string {
	switch x := x.(type) {
	case *Bareword:
		return []string{x.Text}
	case *StringLit:
		if len(x.Parts) == 0 {
			return []string{x.Value}
		}
	case *NumberLit:
		return []string{x.Text}
	case *ArrayLit:
		var out []string
		for _, e := range x.Elems {
			s := literalStrings(e)
			if s == nil {
				return nil
			}
			out = append(out, s...)
		}
		return out
	case *ArrayExpr:
		if len(x.Body) == 1 {
			if pl, ok := x.Body[0].(*Pipeline); ok && len(pl.Elements) == 1 {
				if ce, ok := pl.Elements[0].(*CommandExpr); ok {
					return literalStrings(ce.X)
				}
			}
		}
	case *UnaryExpr:
		if x.Op == "-" {
			if s := literalStrings(x.X); len(s) == 1 {
				return []string{"-" + s[0]}
			}
		}
	}
	return nil
}

// expandEscapes applies the backtick escapes PowerShell applies to the
// value of a "…" test input (our StringLit keeps `u{…} as written).
func expandEscapes(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '`' && i+2 < len(s) && s[i+1] == 'u' && s[i+2] == '{' {
			if j := strings.IndexByte(s[i:], '}'); j > 0 {
				if r, err := strconv.ParseUint(s[i+3:i+j], 16, 32); err == nil && r <= 0x10FFFF {
					sb.WriteRune(rune(r))
					i += j
					continue
				}
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// utf16Offset converts a byte offset of s to PowerShell's offset (UTF-16 code units).
func utf16Offset(s string, pos int) int {
	n := 0
	for _, r := range s[:min(pos, len(s))] {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// errorClass names where PowerShell raises an error ID: right after
// parsing (its SemanticChecks pass), while resolving class and enum types,
// or while parsing (every other ID).
func errorClass(id string) string {
	switch {
	case postParseIDs[id]:
		return "post-parse"
	case typeResolutionIDs[id]:
		return "type resolution"
	}
	return "syntax"
}

// postParseIDs are the error IDs only PowerShell's SemanticChecks raise.
var postParseIDs = map[string]bool{
	"ArrayReferenceNotSupportedInDataSection":      true,
	"AssignmentStatementNotSupportedInDataSection": true,
	"AssignmentStatementToAutomaticNotSupported":   true, "AttributeNotAllowedOnDeclaration": true,
	"AttributeNotSupportedInDataSection": true, "CmdletNotInAllowedListForDataSection": true,
	"ConfigurationInvalidPropertyName": true, "ConstructorCantHaveReturnType": true,
	"ControlLeavingFinally": true, "DataSectionAllowedCommandDisallowed": true,
	"DataSectionStatementNotSupportedInDataSection": true,
	"DoWhileStatementNotSupportedInDataSection":     true, "DotSourcingNotSupportedInDataSection": true,
	"DscResourceInvalidGetMethod": true, "DscResourceInvalidKeyProperty": true,
	"DscResourceMissingDefaultConstructor": true, "DscResourceMissingGetMethod": true,
	"DscResourceMissingKeyProperty": true, "DscResourceMissingSetMethod": true,
	"DscResourceMissingTestMethod": true, "DuplicateFormalParameter": true,
	"DuplicateKeyInHashLiteral": true, "DuplicatePropertyInInstanceDefinition": true,
	"DynamicKeywordSemanticCheckException": true, "EmptyCatchNotLast": true,
	"ExceptionTypeAlreadyCaught": true, "FlowControlStatementNotSupportedInDataSection": true,
	"ForWhileStatementNotSupportedInDataSection":   true,
	"ForeachStatementNotSupportedInDataSection":    true,
	"FunctionDeclarationNotSupportedInDataSection": true, "InvalidEndOfLine": true,
	"InvalidInstanceProperty": true, "InvalidLeftHandSide": true, "InvalidNamespaceValue": true,
	"InvalidUsingExpression": true, "KeywordParameterReservedForFutureUse": true,
	"LabelNotFound": true, "MetaConfigurationUsedInRegularConfig": true,
	"MethodCallNotSupportedInDataSection": true, "MethodHasCodePathNotReturn": true,
	"MultipleTypeConstraintsOnMethodParam": true, "NamedBlockNotAllowedInMethod": true,
	"NonStaticMemberAccessInStaticMember": true, "NonVoidMethodMissingReturnValue": true,
	"OnlyOneParameterListAllowed": true, "OperatorNotSupportedInDataSection": true,
	"OperatorRequiresVariableOrProperty": true, "OrderedAttributeOnlyOnHashLiteralNode": true,
	"ParallelAndSequenceBlockNotSupportedInDataSection": true, "ParamBlockNotAllowedInMethod": true,
	"ParameterAttributeArgumentNeedsToBeConstant":              true,
	"ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock": true,
	"ParameterDeclarationNotSupportedInDataSection":            true, "PropertyNotFoundForAttribute": true,
	"ReadOnlyProperty":                           true,
	"PropertyReferenceNotSupportedInDataSection": true, "RedirectionNotSupportedInDataSection": true,
	"ReferenceNeedsToBeByItselfInTypeConstraint": true,
	"ReferenceNeedsToBeByItselfInTypeSequence":   true,
	"ReferenceNeedsToBeLastTypeInTypeConversion": true, "RegularResourceUsedInMetaConfig": true,
	"ResourceNotDefined": true, "ScriptBlockNotSupportedInDataSection": true,
	"SplattingNotPermitted": true, "SplattingNotPermittedInArgumentList": true,
	"SwitchStatementNotSupportedInDataSection": true, "ThrottleLimitRequiresParallelFlag": true,
	"TrapStatementNotSupportedInDataSection": true, "TryStatementNotSupportedInDataSection": true,
	"TypeNotAllowedForProperty": true, "TypeNotAllowedInDataSection": true, "UnexpectedKeyword": true,
	"UnsupportedNamedBlockInConfiguration": true, "UsingStatementNotSupported": true,
	"VariableNotLocal": true, "VariableReferenceNotSupportedInDataSection": true,
	"VoidMethodHasReturn": true, "VoidTypeConstraintNotAllowed": true,
	"WorkflowNotSupportedInPowerShellCore": true,
}

// typeResolutionIDs are the error IDs only PowerShell's SymbolResolver raises.
var typeResolutionIDs = map[string]bool{
	"AmbiguousTypeReference": true, "CustomAttributeTypeNotFound": true, "MemberAlreadyDefined": true,
	"MissingThis": true, "MissingTypeInStaticPropertyAssignment": true,
	"ModuleNotFoundDuringParse": true, "TypeNotFound": true, "WildCardModuleNameError": true,
}

// windowsPowerShellAccepts reports a case only PowerShell 7 rejects:
// Windows PowerShell 5.1 has no `u{…} escape (`u is a plain u there) and
// no clean block (clean is a command name there).
func windowsPowerShellAccepts(c conformanceCase) bool {
	switch c.ids[0] {
	case "InvalidUnicodeEscapeSequence", "TooManyDigitsInUnicodeEscapeSequence", "InvalidUnicodeEscapeSequenceValue", "MissingUnicodeEscapeSequenceTerminator":
		return true
	}
	return strings.HasPrefix(strings.ToLower(c.src), "clean")
}
