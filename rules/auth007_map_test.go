package rules

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readNameList reads a fact list from testdata/auth007/: one cmdlet name
// per line (first tab-separated field), "#" lines are the source header.
func readNameList(t *testing.T, name string) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "auth007", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]bool{}
	sc := bufio.NewScanner(f)
	header := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			header = true
			continue
		}
		if field, _, _ := strings.Cut(line, "\t"); field != "" {
			names[field] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !header || len(names) == 0 {
		t.Fatalf("%s: want a source header and names", name)
	}
	return names
}

// TestAUTH007MapReplacementsExist checks every replacement in the table
// against the cmdlet names of the module it was taken from: Microsoft
// Graph PowerShell's cmdlet reference pages and Microsoft Entra
// PowerShell's.
func TestAUTH007MapReplacementsExist(t *testing.T) {
	graph := readNameList(t, "graph-cmdlets.txt")
	entra := readNameList(t, "entra-cmdlets.txt")
	used := map[string]bool{}
	for _, r := range cmdletReplacements {
		for _, g := range r.Graph {
			used[g] = true
			if !graph[g] {
				t.Errorf("%s: Graph replacement %s is not a Microsoft Graph PowerShell cmdlet in graph-cmdlets.txt", r.Retired, g)
			}
			if !strings.Contains(g, "-Mg") {
				t.Errorf("%s: %s is not named like a Microsoft Graph cmdlet", r.Retired, g)
			}
		}
		if r.Entra != "" && !entra[r.Entra] {
			t.Errorf("%s: Entra replacement %s is not a Microsoft Entra PowerShell cmdlet in entra-cmdlets.txt", r.Retired, r.Entra)
		}
		if r.Entra != "" && !strings.Contains(r.Entra, "-Entra") {
			t.Errorf("%s: %s is not named like a Microsoft Entra cmdlet", r.Retired, r.Entra)
		}
	}
	// The Graph list holds the names the table uses and nothing else, so a
	// row removed from the table shows up here too.
	for g := range graph {
		if !used[g] {
			t.Errorf("graph-cmdlets.txt lists %s, which no row uses", g)
		}
	}
}

// TestAUTH007MapRows checks the table's shape: one row per retired cmdlet,
// each an AzureAD or MSOnline name, and the counts of Microsoft's map.
func TestAUTH007MapRows(t *testing.T) {
	seen := map[string]bool{}
	azuread, msonline, none := 0, 0, 0
	for _, r := range cmdletReplacements {
		k := strings.ToLower(r.Retired)
		if seen[k] {
			t.Errorf("%s: duplicate row", r.Retired)
		}
		seen[k] = true
		switch retiredCmdletModule(r.Retired) {
		case "MSOnline":
			msonline++
		case "AzureAD":
			azuread++
		default:
			// The map lists Get-CrossCloudVerificationCode under AzureAD
			// although its noun has no AzureAD prefix; the rule cannot tell
			// it from a user's command, so it is listed but not reported.
			if r.Retired != "Get-CrossCloudVerificationCode" {
				t.Errorf("%s: neither an AzureAD nor an MSOnline cmdlet name", r.Retired)
			}
			azuread++
		}
		if len(r.Graph) == 0 {
			none++
		}
		if lookupReplacement(strings.ToUpper(r.Retired)) != &cmdletReplacements[len(seen)-1] {
			t.Errorf("%s: lookup by name in another case finds another row", r.Retired)
		}
	}
	if azuread != 229 || msonline != 96 || none != 36 {
		t.Errorf("rows: %d AzureAD, %d MSOnline, %d without a Graph equivalent; Microsoft's map has 229, 96, 36", azuread, msonline, none)
	}
}

// TestAUTH007MessageNamesReplacement checks the wording of each kind of row.
func TestAUTH007MessageNamesReplacement(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Get-MsolUser -All", "Get-MsolUser is an MSOnline cmdlet, retired (it stopped working in April-May 2025): use Get-MgUser (Microsoft Graph)."},
		{"Get-AzureADUser -Top 1", "Get-AzureADUser is an AzureAD cmdlet, retired (since July 2025): use Get-MgUser (Microsoft Graph) or Get-EntraUser (Microsoft Entra)."},
		{"Get-MsolDirSyncProvisioningError", "Get-MsolDirSyncProvisioningError is an MSOnline cmdlet, retired (it stopped working in April-May 2025): use Get-MgGroup, Get-MgContact or Get-MgUser (Microsoft Graph)."},
		{"Set-MsolADFSContext", "Set-MsolADFSContext is an MSOnline cmdlet, retired (it stopped working in April-May 2025): Microsoft's cmdlet map gives no Microsoft Graph PowerShell equivalent."},
		{"New-AzureADTrustedCertificateAuthority", "New-AzureADTrustedCertificateAuthority is an AzureAD cmdlet, retired (since July 2025): Microsoft's cmdlet map gives no Microsoft Graph PowerShell equivalent; use New-EntraTrustedCertificateAuthority (Microsoft Entra)."},
		{"Get-AzureADMSFeatureRolloutPolicy", "Get-AzureADMSFeatureRolloutPolicy is an AzureAD cmdlet, retired (since July 2025): Microsoft's AzureAD/MSOnline-to-Graph cmdlet map does not list it; port it to Microsoft Graph PowerShell."},
		{`MSOnline\Get-MsolDomain`, `MSOnline\Get-MsolDomain is an MSOnline cmdlet, retired (it stopped working in April-May 2025): use Get-MgDomain (Microsoft Graph).`},
	}
	for _, c := range cases {
		ds := runOneRule(t, "AUTH007", c.src, day(2026, 12, 7))
		if len(ds) != 1 {
			t.Errorf("%q: %d results, want 1", c.src, len(ds))
			continue
		}
		if ds[0].Message != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.src, ds[0].Message, c.want)
		}
		if !strings.Contains(ds[0].Detail, "deprecated on 30 March 2024") {
			t.Errorf("%q: detail %q lacks the dates", c.src, ds[0].Detail)
		}
	}
}
