package sarif_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"testing"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/sarif"
)

func TestMergeEqualsSingleRun(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "*.ps1"))
	sort.Strings(paths)
	files := scanFiles(t, paths)
	whole := write(t, files, sarif.Options{})
	var parts [][]byte
	for i := 0; i < 3; i++ {
		var part []sarif.File
		for j := i; j < len(files); j += 3 {
			part = append(part, files[j])
		}
		parts = append(parts, write(t, part, sarif.Options{}))
	}
	merged, err := sarif.Merge([][]byte{parts[2], parts[0], parts[1]}, sarif.MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(merged, whole) {
		t.Error("merged log differs from the single run")
	}
	validate(t, schema(t), merged)
}

func TestMergeDedupesRulesAndReindexes(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "MAIL00[12]", "*.ps1"))
	tls, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "TLS001", "*.ps1"))
	a := write(t, scanFiles(t, paths, "MAIL001", "MAIL002"), sarif.Options{Rules: []*rules.Rule{rules.Lookup("MAIL001"), rules.Lookup("MAIL002")}})
	b := write(t, scanFiles(t, tls, "TLS001", "MAIL001"), sarif.Options{Rules: []*rules.Rule{rules.Lookup("TLS001"), rules.Lookup("MAIL001")}})
	merged, err := sarif.Merge([][]byte{a, b}, sarif.MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	validate(t, schema(t), merged)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(merged, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if len(ids) != 3 || ids[0] != "MAIL001" || ids[1] != "MAIL002" || ids[2] != "TLS001" {
		t.Errorf("rules %v", ids)
	}
	if len(run.Results) == 0 {
		t.Fatal("no results")
	}
	for _, r := range run.Results {
		if ids[r.RuleIndex] != r.RuleID {
			t.Errorf("result of %s points at rule %d (%s)", r.RuleID, r.RuleIndex, ids[r.RuleIndex])
		}
	}
}

func TestMergeRefusesOtherVersions(t *testing.T) {
	a := write(t, nil, sarif.Options{})
	b := bytes.Replace(a, []byte(`"version": "0.0.0-test"`), []byte(`"version": "9.9.9"`), 1)
	if _, err := sarif.Merge([][]byte{a, b}, sarif.MergeOptions{}); err == nil {
		t.Error("logs of two versions merged")
	}
}

func TestReplacementEscapes(t *testing.T) {
	in := []byte(`{"a": "x\ufffdy", "b": "\\ufffd is text", "c": "\\\ufffd"}`)
	p, ok := sarif.ProtectReplacementEscapes(in)
	if !ok {
		t.Fatal("refused")
	}
	want := `{"a": "x\ufdd0y", "b": "\\ufffd is text", "c": "\\\ufdd0"}`
	if string(p) != want {
		t.Errorf("protect: %s, want %s", p, want)
	}
	var v map[string]string
	if err := json.Unmarshal(p, &v); err != nil {
		t.Fatal(err)
	}
	out, _ := json.Marshal(v)
	if got := string(sarif.RestoreReplacementEscapes(out)); got != `{"a":"x\ufffdy","b":"\\ufffd is text","c":"\\\ufffd"}` {
		t.Errorf("round trip: %s", got)
	}
	if _, ok := sarif.ProtectReplacementEscapes([]byte("\"\uFDD0\"")); ok {
		t.Error("input holding U+FDD0 accepted")
	}
}
