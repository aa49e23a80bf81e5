package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fullSettings sets every key the settings file knows; TestParse and
// FuzzSettings start from it.
const fullSettings = `@{
    IncludePaths          = @('scripts/**')
    ExcludePaths          = '**/archive/**'
    IncludeRules          = @('TLS004')
    ExcludeRules          = @('AUTH007', 'EXO')
    Severity              = 'warning'
    Rules                 = @{ MAIL003 = @{ Level = 'error' } }
    TrustedRelays         = @('relay.contoso.local')
    AssumeTls12Configured = $true
    RequireJustification  = $false
    LinkBase              = 'https://github.com/contoso/scripts/blob/main/'
    ModulePath            = @('modules', '/opt/psmodules')
}`

func TestParse(t *testing.T) {
	s, err := Parse("PSMailScanSettings.psd1", []byte(fullSettings))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.ExcludeRules, ",") != "AUTH007,EXO" || s.Severity != "warning" || s.RuleLevels["MAIL003"] != "error" ||
		!s.AssumeTls12Configured || s.ExcludePaths[0] != "**/archive/**" || s.TrustedRelays[0] != "relay.contoso.local" ||
		s.LinkBase != "https://github.com/contoso/scripts/blob/main/" {
		t.Errorf("%+v", s)
	}
	// A relative module folder is taken from the settings file's folder.
	s, err = Parse(filepath.Join("share", "PSMailScanSettings.psd1"), []byte(fullSettings))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join("share", "modules"), "/opt/psmodules"}; strings.Join(s.ModulePath, "|") != strings.Join(want, "|") {
		t.Errorf("ModulePath = %q, want %q", s.ModulePath, want)
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"@{ ExcludeRule = @('X') }":            "x.psd1:1:4: unknown setting ExcludeRule",
		"@{\n  Severity = 1 }":                 "x.psd1:2:14: Severity must be a string",
		"@{ AssumeTls12Configured = 'yes' }":   "x.psd1:1:28: AssumeTls12Configured must be $true or $false",
		"@{ Rules = @{ MAIL003 = 'x' } }":      "x.psd1:1:15: Rules.MAIL003 must be a hashtable",
		"@{ IncludePaths = @(Get-ChildItem) }": "x.psd1:1:19: IncludePaths must be a string or a list",
		"@{ a = ":                              "x.psd1:1:7: ",
		"Get-Date":                             "x.psd1:1:1: a settings file holds exactly one hashtable",
		"@{ LinkBase = @('a', 'b') }":          "x.psd1:1:15: LinkBase is one URL or folder",
	}
	for src, want := range cases {
		_, err := Parse("x.psd1", []byte(src))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: got %v, want prefix %q", src, err, want)
		}
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(dir, FileName), []byte("@{}"), 0o644)
	if got := Find(sub); got != filepath.Join(dir, FileName) {
		t.Errorf("Find = %q", got)
	}
}
