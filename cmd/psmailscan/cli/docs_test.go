package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/config"
)

// TestDocsNameRealFlagsAndSettings: every --flag written in README.md and
// the rule pages (what --explain prints) is a flag of some psmailscan
// command, and every settings key they name (`key: value` in a sentence,
// `Key = …` in the README's settings example) is one the settings file
// accepts. Docs once named settings that never existed.
func TestDocsNameRealFlagsAndSettings(t *testing.T) {
	flags := map[string]bool{}
	flagRe := regexp.MustCompile(`--[a-z][a-z0-9-]*`)
	for _, cmd := range [][]string{{"--help"}, {"parse", "--help"}, {"inventory", "--help"}, {"merge", "--help"}, {"bench", "--help"}} {
		out, _, code := run(t, "", cmd...)
		if code != exitOK {
			t.Fatalf("%v: exit %d", cmd, code)
		}
		_, list, _ := strings.Cut(out, "\nflags:\n")
		for _, f := range flagRe.FindAllString(list, -1) {
			flags[f] = true
		}
	}
	keys := map[string]bool{}
	for _, k := range config.Keys() {
		keys[strings.ToLower(k)] = true
	}
	keys["level"] = true // Rules = @{ ID = @{ Level = … } }

	docs, _ := filepath.Glob(filepath.Join(repoRoot, "rules", "docs", "*.md"))
	docs = append(docs, filepath.Join(repoRoot, "README.md"))
	settingRe := regexp.MustCompile("`([a-z][A-Za-z0-9]*): (true|false|\\$true|\\$false|'[^']*'|[0-9]+)`")
	psd1Re := regexp.MustCompile(`(?m)^ {4}([A-Z][A-Za-z0-9]*) +=`)
	for _, doc := range docs {
		raw, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		name := filepath.Base(doc)
		for _, f := range flagRe.FindAllString(text, -1) {
			if !flags[f] {
				t.Errorf("%s names %s, which no psmailscan command has", name, f)
			}
		}
		for _, m := range settingRe.FindAllStringSubmatch(text, -1) {
			if !keys[strings.ToLower(m[1])] {
				t.Errorf("%s names setting %q, which the settings file does not accept (%v)", name, m[1], config.Keys())
			}
		}
		if name == "README.md" {
			_, after, ok := strings.Cut(text, "### Settings file")
			block, _, _ := strings.Cut(after, "```\n\n")
			if !ok {
				t.Fatal("README.md has no settings section")
			}
			for _, m := range psd1Re.FindAllStringSubmatch(block, -1) {
				if !keys[strings.ToLower(m[1])] {
					t.Errorf("README.md settings example has %q, which the settings file does not accept", m[1])
				}
			}
		}
	}
}

// TestReadmeSampleIsRealOutput: the README's first sample is exactly what
// the command it shows prints (report, then the stderr summary line).
func TestReadmeSampleIsRealOutput(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(raw), "```text\n$ psmailscan ")
	sample, _, _ := strings.Cut(after, "```\n")
	if !ok {
		t.Fatal("README.md has no sample run")
	}
	cmdLine, want, _ := strings.Cut(sample, "\n")
	wd, _ := os.Getwd()
	t.Cleanup(func() { os.Chdir(wd) })
	os.Chdir(repoRoot)
	out, errOut, _ := run(t, "", append([]string{"--no-config"}, strings.Fields(cmdLine)...)...)
	if got := out + errOut; got != want {
		t.Errorf("README sample differs from `psmailscan %s`:\n%s", cmdLine, got)
	}
}
