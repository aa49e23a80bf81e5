package semantic

import (
	"strings"
	"testing"
)

// TestCmdletTables: each cmdlet is described once, across the shared table
// and the secret rules' table, and no cmdlet lists a parameter name or alias
// twice. A second entry for a name used to replace the first silently.
func TestCmdletTables(t *testing.T) {
	for _, d := range cmdletDuplicates {
		t.Errorf("cmdlet %s is described twice in the shared table", d)
	}
	for _, d := range secretCmdletDuplicates {
		t.Errorf("cmdlet %s is described twice in the secret rules' table", d)
	}
	for lc := range secretCmdlets {
		if cmdlets[lc] != nil {
			t.Errorf("cmdlet %s is in both the shared and the secret rules' table; the secret one is never used", lc)
		}
	}
	for _, table := range []map[string]*CmdletInfo{cmdlets, secretCmdlets} {
		for lc, c := range table {
			if lc != strings.ToLower(c.Name) {
				t.Errorf("%s is filed under %q", c.Name, lc)
			}
			seen := map[string]bool{}
			for _, pi := range append(append([]ParamInfo(nil), c.Params...), commonParams...) {
				for _, n := range append([]string{pi.Name}, pi.Aliases...) {
					if seen[strings.ToLower(n)] {
						t.Errorf("%s: parameter name or alias %s given twice", c.Name, n)
					}
					seen[strings.ToLower(n)] = true
				}
			}
		}
	}
}

// TestNewCmdletTableRefusesDuplicates: the table builder keeps the first
// entry of a name and reports the second.
func TestNewCmdletTableRefusesDuplicates(t *testing.T) {
	first := &CmdletInfo{Name: "Get-Thing", Params: []ParamInfo{p("Name", 0, "N")}}
	table, dups := newCmdletTable(
		func(add func(*CmdletInfo)) { add(first) },
		func(add func(*CmdletInfo)) { add(&CmdletInfo{Name: "get-thing"}) },
	)
	if table["get-thing"] != first || len(dups) != 1 || dups[0] != "get-thing" {
		t.Errorf("table %v, duplicates %v", table, dups)
	}
}

// TestInvokeMgGraphRequestAliases: -SV and -RHV bind to SessionVariable and
// ResponseHeadersVariable (a second registration without aliases had
// replaced the entry that has them).
func TestInvokeMgGraphRequestAliases(t *testing.T) {
	m := model(t, "Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/me' -SV s -RHV h\n")
	b := m.Bind(lastCommand(m), Cmdlet("Invoke-MgGraphRequest"))
	for _, name := range []string{"SessionVariable", "ResponseHeadersVariable", "Uri", "Method"} {
		if !b.Has(name) {
			t.Errorf("-%s not bound: %v", name, b.Args)
		}
	}
	if len(b.Unknown) > 0 {
		t.Errorf("unknown parameters: %v", b.Unknown)
	}
}

// TestMatchParam: names match a parameter or alias in any case, whole or
// as an unambiguous prefix, ASCII or not (the ASCII path compares in
// place), and -WhatIf/-Confirm only for cmdlets that support them.
func TestMatchParam(t *testing.T) {
	info := &CmdletInfo{Name: "Test-Thing", ShouldProcess: true,
		Params: []ParamInfo{p("SmtpServer", 0, "ComputerName"), p("Subject", 1, "sub"), p("Größe", -1), sw("Kelvin")}}
	for _, c := range []struct {
		name, want string
		ambiguous  bool
	}{
		{"smtpserver", "SmtpServer", false}, {"SMTPSERVER", "SmtpServer", false}, {"computern", "SmtpServer", false},
		{"SUB", "Subject", false}, {"Subj", "Subject", false}, {"s", "", true}, {"größe", "Größe", false},
		{"GRÖSSE", "", false}, {"GRÖ", "Größe", false}, {"kelvin", "Kelvin", false}, {"\u212Aelvin", "Kelvin", false},
		{"wi", "WhatIf", false}, {"confirm", "Confirm", false}, {"ea", "ErrorAction", false}, {"e", "", true},
		{"Nothing", "", false}, {"", "", true},
	} {
		pi, amb := matchParam(info, c.name)
		got := ""
		if pi != nil {
			got = pi.Name
		}
		if got != c.want || amb != c.ambiguous {
			t.Errorf("matchParam(%q) = %q, %v; want %q, %v", c.name, got, amb, c.want, c.ambiguous)
		}
	}
	info.ShouldProcess = false
	if pi, _ := matchParam(info, "WhatIf"); pi != nil {
		t.Error("-WhatIf bound for a cmdlet without ShouldProcess")
	}
}
