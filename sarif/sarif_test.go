package sarif_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/sarif"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var asOf = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "sarif", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := s.Validate(v); err != nil {
		t.Fatalf("SARIF does not validate against the 2.1.0 schema: %v", err)
	}
	if bytes.Contains(data, []byte(": null")) {
		t.Error("the report contains null fields")
	}
}

// scanFiles scans paths with the given rules (every rule, TLS004 too, when none are named).
func scanFiles(t *testing.T, paths []string, only ...string) []sarif.File {
	t.Helper()
	enabled := func(r *rules.Rule) bool {
		if len(only) == 0 {
			return true
		}
		for _, id := range only {
			if r.ID == id {
				return true
			}
		}
		return false
	}
	opts := &scan.Options{Config: &rules.Config{AsOf: asOf}, Enabled: enabled}
	var out []sarif.File
	for _, p := range paths {
		r := scan.File(p, opts)
		f := sarif.File{Path: p, Skipped: r.Status == scan.StatusSkipped, Reason: r.Skip.String(), Errors: r.Errors, Internal: r.Internal, Findings: r.Findings, LineHashes: r.LineHashes}
		if r.File != nil {
			f.Source = r.File.Source
		}
		out = append(out, f)
	}
	return out
}

func write(t *testing.T, files []sarif.File, opts sarif.Options) []byte {
	t.Helper()
	if opts.Rules == nil {
		opts.Rules = rules.All()
	}
	if opts.Root == "" {
		opts.Root, _ = filepath.Abs("..")
	}
	opts.ToolVersion = "0.0.0-test"
	var buf bytes.Buffer
	if err := sarif.Write(&buf, files, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestAllFixturesValidate scans every rule fixture and validates the SARIF.
func TestAllFixturesValidate(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "*.ps1"))
	if len(paths) < 50 {
		t.Fatalf("only %d fixtures", len(paths))
	}
	data := write(t, scanFiles(t, paths), sarif.Options{})
	validate(t, schema(t), data)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Markdown string `json:"markdown"`
						} `json:"help"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           *int              `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, EndLine, EndColumn int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Taxa []any `json:"taxa"`
			} `json:"results"`
			Taxonomies []any  `json:"taxonomies"`
			ColumnKind string `json:"columnKind"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || len(run.Taxonomies) != 1 {
		t.Errorf("columnKind %q, %d taxonomies", run.ColumnKind, len(run.Taxonomies))
	}
	ids := map[string]int{}
	for i, r := range run.Tool.Driver.Rules {
		ids[r.ID] = i
		if !strings.Contains(r.Help.Markdown, "## Wrong") || !strings.Contains(r.Help.Markdown, "## Right") {
			t.Errorf("%s: help lacks the wrong/right examples", r.ID)
		}
		if _, ok := r.Properties["precision"]; !ok {
			t.Errorf("%s: no precision", r.ID)
		}
	}
	if len(run.Results) < 100 {
		t.Errorf("only %d results over all fixtures", len(run.Results))
	}
	for _, r := range run.Results {
		if r.RuleIndex == nil || ids[r.RuleID] != *r.RuleIndex {
			t.Errorf("%s: ruleIndex %v", r.RuleID, r.RuleIndex)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || !strings.HasPrefix(loc.ArtifactLocation.URI, "testdata/rules/") {
			t.Errorf("uri %q base %q", loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
		}
		if loc.Region.StartLine < 1 || loc.Region.StartColumn < 1 || loc.Region.EndLine < loc.Region.StartLine {
			t.Errorf("%s: region %+v", r.RuleID, loc.Region)
		}
		if r.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("%s: no primaryLocationLineHash", r.RuleID)
		}
	}
}

var srcRootURI = regexp.MustCompile(`("%SRCROOT%": \{\s*"uri": )"file://[^"]*"`)

// TestGolden compares complete reports with golden files (go test -update rewrites them).
func TestGolden(t *testing.T) {
	sets := map[string][]string{
		"mail": {"MAIL001", "MAIL002", "MAIL003", "TLS003"},
		"tls":  {"TLS001", "TLS002", "TLS003", "TLS004"},
	}
	for _, name := range []string{"mail", "tls"} {
		t.Run(name, func(t *testing.T) {
			paths, _ := filepath.Glob(filepath.Join("..", "testdata", "sarif", "input", name+"_*.ps1"))
			if len(paths) == 0 {
				t.Fatal("no golden inputs")
			}
			var list []*rules.Rule
			for _, id := range sets[name] {
				list = append(list, rules.Lookup(id))
			}
			data := write(t, scanFiles(t, paths, sets[name]...), sarif.Options{Rules: list})
			validate(t, schema(t), data)
			// The %SRCROOT% URI is the checkout's absolute path: make it stable.
			root, _ := filepath.Abs("..")
			data = bytes.ReplaceAll(data, []byte(sarif.FileURI(root, runtime.GOOS == "windows")+"/"), []byte("file:///checkout/"))
			golden := filepath.Join("..", "testdata", "sarif", "golden", name+".sarif")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			// The %SRCROOT% URI is the checkout's folder: compare without it,
			// so that the test passes in any clone or worktree.
			if !bytes.Equal(srcRootURI.ReplaceAll(data, []byte("${1}\"file:///ROOT/\"")), srcRootURI.ReplaceAll(want, []byte("${1}\"file:///ROOT/\""))) {
				t.Errorf("%s differs from the golden file (run go test ./sarif -update after checking the change)", golden)
			}
		})
	}
}

// TestLineHashes: values computed with the reference algorithm of GitHub's
// upload action (CRLF, lone CR, tabs, blank lines, non-BMP characters).
func TestLineHashes(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "sarif", "fingerprint.ps1"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]string{1: "958f59b1eb94f90b:1", 2: "f806bac17bace8a6:1", 3: "a283b70ffe017a86:1",
		4: "84e94f49b71622f4:1", 5: "74d07a46b358dacf:1", 6: "1be7e76b884e7d96:1", 7: "575f30258d950c06:1"}
	lines := map[int]bool{}
	for l := range want {
		lines[l] = true
	}
	got := sarif.LineHashes(raw, lines)
	for l, h := range want {
		if got[l] != h {
			t.Errorf("line %d: got %s, want %s", l, got[l], h)
		}
	}
}

// TestLimits: past the result limit the report is cut by level then path,
// says so in the run, and tells the caller.
func TestLimits(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "MAIL00*", "bad*.ps1"))
	files := scanFiles(t, paths)
	var notice string
	data := write(t, files, sarif.Options{MaxResults: 10, Notice: func(s string) { notice = s }})
	validate(t, schema(t), data)
	var log struct {
		Runs []struct {
			Results []struct {
				Level string `json:"level"`
			} `json:"results"`
			Properties map[string]any `json:"properties"`
		} `json:"runs"`
	}
	json.Unmarshal(data, &log)
	if len(log.Runs[0].Results) != 10 || log.Runs[0].Properties["truncated"] != true || notice == "" {
		t.Fatalf("results %d, properties %v, notice %q", len(log.Runs[0].Results), log.Runs[0].Properties, notice)
	}
	for _, r := range log.Runs[0].Results {
		if r.Level != "error" {
			t.Errorf("a %s result was kept before errors", r.Level)
		}
	}
	small := write(t, files, sarif.Options{MaxGzipBytes: 30000})
	if n := len(small); n >= len(write(t, files, sarif.Options{})) {
		t.Errorf("size limit did not cut (%d bytes)", n)
	}
}

// TestSuppressionsComplete: suppressed results carry every suppression field.
func TestSuppressionsComplete(t *testing.T) {
	files := scanFiles(t, []string{filepath.Join("..", "testdata", "rules", "MAIL001", "bad_catalog.ps1")})
	files[0].Findings[0].Suppressed = &rules.Suppression{Kind: "inSource", Justification: "on-prem relay, TICKET-1", Pos: 0, End: 5}
	files[0].Findings[1].Suppressed = &rules.Suppression{Kind: "external", Justification: "baseline", Pos: -1}
	data := write(t, files, sarif.Options{})
	validate(t, schema(t), data)
	for _, want := range []string{`"kind": "inSource"`, `"status": "accepted"`, `"justification": "on-prem relay, TICKET-1"`, `"kind": "external"`, `"guid": "`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("suppression lacks %s", want)
		}
	}
}

// TestPathsEncoded: spaces and non-ASCII names are percent-encoded.
func TestPathsEncoded(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mail scripts", "prüfung #1.ps1")
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, []byte("Send-MailMessage -To a -From b -Subject c -SmtpServer relay\n"), 0o644)
	data := write(t, scanFiles(t, []string{p}), sarif.Options{Root: dir})
	validate(t, schema(t), data)
	if !bytes.Contains(data, []byte(`"uri": "mail%20scripts/pr%C3%BCfung%20%231.ps1"`)) {
		t.Errorf("path not encoded:\n%s", data)
	}
}

// TestDeterministic: the same files give the same bytes.
func TestDeterministic(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "TLS00*", "*.ps1"))
	a := write(t, scanFiles(t, paths), sarif.Options{})
	b := write(t, scanFiles(t, paths), sarif.Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
}

// TestHelpOnlyForRulesWithResults: the full description and help page go
// only to rules with results; every rule keeps its short description and
// help URI, and the log still validates.
func TestHelpOnlyForRulesWithResults(t *testing.T) {
	files := scanFiles(t, []string{filepath.Join("..", "testdata", "rules", "TLS001", "bad_catalog.ps1")})
	data := write(t, files, sarif.Options{})
	validate(t, schema(t), data)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID               string          `json:"id"`
						ShortDescription json.RawMessage `json:"shortDescription"`
						FullDescription  json.RawMessage `json:"fullDescription"`
						Help             json.RawMessage `json:"help"`
						HelpURI          string          `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, r := range log.Runs[0].Results {
		used[r.RuleID] = true
	}
	if !used["TLS001"] || len(used) == len(rules.All()) {
		t.Fatalf("the fixture should give TLS001 and not every rule: %v", used)
	}
	for _, rd := range log.Runs[0].Tool.Driver.Rules {
		if rd.ShortDescription == nil || rd.HelpURI == "" {
			t.Errorf("%s: no short description or help URI", rd.ID)
		}
		if has := rd.Help != nil && rd.FullDescription != nil; has != used[rd.ID] {
			t.Errorf("%s: help embedded %v, results %v", rd.ID, has, used[rd.ID])
		}
	}
	if len(data) > 60_000 {
		t.Errorf("a log with %d results is %d bytes", len(log.Runs[0].Results), len(data))
	}
}

// TestRawAndGzippedPathsAgree: a log small enough to be written as it is
// and the same log checked through gzip (a limit it passes only
// compressed) are the same bytes.
func TestRawAndGzippedPathsAgree(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "MAIL00*", "bad*.ps1"))
	files := scanFiles(t, paths)
	raw := write(t, files, sarif.Options{})
	// JSON gzips to well under half: this limit sends the log through the
	// gzip path, and it still fits there whole.
	var notice string
	viaGzip := write(t, files, sarif.Options{MaxGzipBytes: len(raw) / 2, Notice: func(s string) { notice = s }})
	if !bytes.Equal(raw, viaGzip) || notice != "" {
		t.Fatalf("the gzip path wrote %d bytes (notice %q), the raw path %d", len(viaGzip), notice, len(raw))
	}
}
