package sarif_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/sarif"
)

// A fuzz finding is 8 bytes of the blob: rule, level, position (2 bytes),
// signed length (2 bytes), flags and an extra byte for related/fix offsets.
const (
	fzRelated = 1 << iota
	fzFix
	fzSuppressed
	fzProps
	fzDetail
	fzSyntaxError
	fzNoSource // the position is used as is, not reduced to the text
	fzSkipNext // the next file of the run is a skipped file
)

const fzSize = 8

// encodeFindings turns real findings into the fuzz blob format (seeds).
func encodeFindings(ds []rules.Diagnostic) []byte {
	all := rules.All()
	var out []byte
	for _, d := range ds {
		ri := len(all)
		for i, r := range all {
			if r.ID == d.Rule {
				ri = i
			}
		}
		var b [fzSize]byte
		b[0] = byte(ri)
		b[1] = byte(d.Level)
		binary.LittleEndian.PutUint16(b[2:], uint16(d.Pos))
		binary.LittleEndian.PutUint16(b[4:], uint16(int16(d.End-d.Pos)))
		if len(d.Related) > 0 {
			b[6] |= fzRelated
		}
		if len(d.Fixes) > 0 {
			b[6] |= fzFix
		}
		if d.Suppressed != nil {
			b[6] |= fzSuppressed
		}
		if len(d.Properties) > 0 {
			b[6] |= fzProps
		}
		if d.Detail != "" {
			b[6] |= fzDetail
		}
		b[7] = byte(len(d.Related)*16 + len(d.Fixes))
		out = append(out, b[:]...)
	}
	return out
}

// decodeFindings builds findings from the blob over text.
func decodeFindings(blob []byte, text, msg string, files *[]sarif.File, path string) {
	all := rules.All()
	n := len(text)
	cur := sarif.File{Path: path, Source: parser.NewSource(path, text)}
	clamp := func(v int, raw bool) int {
		if raw || n == 0 {
			return v
		}
		return ((v % (n + 1)) + n + 1) % (n + 1)
	}
	lines := map[int]bool{}
	for k := 0; k+fzSize <= len(blob); k += fzSize {
		b := blob[k : k+fzSize]
		flags := b[6]
		raw := flags&fzNoSource != 0
		pos := clamp(int(binary.LittleEndian.Uint16(b[2:])), raw)
		end := pos + int(int16(binary.LittleEndian.Uint16(b[4:])))
		if !raw {
			end = clamp(end, false)
		}
		if flags&fzSyntaxError != 0 {
			cur.Errors = append(cur.Errors, &parser.Error{Pos: pos, Msg: msg})
		}
		id := "XYZ999"
		if int(b[0]) < len(all) {
			id = all[b[0]].ID
		}
		d := rules.Diagnostic{Rule: id, Level: rules.Level(1 + int(b[1])%3), Pos: pos, End: end, Message: msg}
		extra := int(b[7])
		if flags&fzDetail != 0 {
			d.Detail = msg + "\n  " + text[:min(n, extra)]
		}
		if flags&fzRelated != 0 {
			for i := 0; i <= extra%3; i++ {
				d.Related = append(d.Related, rules.Related{Pos: clamp(pos-extra*i, raw), End: clamp(end+i, raw), Message: msg})
			}
		}
		if flags&fzFix != 0 {
			d.Fixes = []rules.Fix{{Description: msg, Edits: []rules.TextEdit{{Pos: pos, End: end, NewText: msg}, {Pos: clamp(end+extra, raw), End: clamp(end+extra, raw), NewText: ""}}}}
		}
		if flags&fzSuppressed != 0 {
			s := &rules.Suppression{Kind: "inSource", Justification: msg, Pos: -1}
			if extra%2 == 1 {
				s.Kind, s.Pos, s.End = "external", clamp(pos+extra, raw), clamp(end+extra, raw)
			}
			d.Suppressed = s
		}
		if flags&fzProps != 0 {
			d.Properties = map[string]any{"reachable": extra%2 == 0, "confidence": msg, "inTestFile": true, msg: extra}
		}
		cur.Findings = append(cur.Findings, d)
		lines[cur.Source.Position(d.Pos).Line] = true
		if flags&fzSkipNext != 0 {
			*files = append(*files, sarif.File{Path: path + ".skipped.ps1", Skipped: true, Reason: msg, Internal: []string{msg},
				Source: parser.NewSource(path+".skipped.ps1", "")})
		}
	}
	cur.LineHashes = sarif.LineHashes([]byte(text), lines)
	*files = append(*files, cur)
}

var (
	fuzzSchemaOnce sync.Once
	fuzzSchema     *jsonschema.Schema
)

// FuzzSARIF: random findings, positions (inside, outside and inverted),
// messages, related locations, fixes, suppressions, properties, syntax
// errors and skipped files: sarif.Write always gives valid JSON that
// validates against the SARIF 2.1.0 schema and holds no null.
func FuzzSARIF(f *testing.F) {
	opts := &scan.Options{Config: &rules.Config{AsOf: asOf}, Enabled: func(*rules.Rule) bool { return true }}
	var paths []string
	for _, g := range []string{"rules/*/*.ps1", "bench/*.ps*1", "sarif/input/*.ps1"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", g))
		paths = append(paths, m...)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		r := scan.Bytes(p, raw, opts)
		if r.File == nil || len(r.Findings) == 0 {
			continue
		}
		d := r.Findings[0]
		f.Add(r.File.Source.Text, filepath.ToSlash(p), d.Message+"\n\n"+d.Detail, encodeFindings(r.Findings), uint8(0))
	}
	f.Add("", "", "", []byte{}, uint8(0))
	f.Add("a\r\nb\rc\n\u00e9\U0001F600", "dir with space/ü#?.ps1", "m \"q\" \\ \x00 \ufffd", []byte{0, 1, 0xff, 0xff, 0x00, 0x80, 0xff, 0xff}, uint8(3))
	f.Fuzz(func(t *testing.T, text, path, msg string, blob []byte, limits uint8) {
		if len(blob) > 64*fzSize {
			blob = blob[:64*fzSize]
		}
		if path == "" {
			path = "x.ps1"
		}
		var files []sarif.File
		decodeFindings(blob, text, msg, &files, path)
		o := sarif.Options{ToolVersion: "0.0.0-fuzz", Root: "/work/src", Notice: func(string) {}}
		seen := map[string]bool{}
		for _, d := range files[len(files)-1].Findings {
			if r := rules.Lookup(d.Rule); r != nil && limits&4 == 0 && !seen[r.ID] {
				seen[r.ID] = true
				o.Rules = append(o.Rules, r)
			}
		}
		if limits&1 != 0 {
			o.MaxResults = int(limits>>3) + 1
		}
		if limits&2 != 0 {
			o.MaxGzipBytes = 2000 + int(limits)*40
		}
		var buf bytes.Buffer
		if err := sarif.Write(&buf, files, o); err != nil {
			t.Fatalf("Write: %v", err)
		}
		data := buf.Bytes()
		if !json.Valid(data) {
			t.Fatalf("invalid JSON:\n%s", data)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		if where := findNull(doc, "$"); where != "" {
			t.Fatalf("null at %s", where)
		}
		fuzzSchemaOnce.Do(func() { fuzzSchema = schema(t) })
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := fuzzSchema.Validate(v); err != nil {
			t.Fatalf("not SARIF 2.1.0: %v", err)
		}
	})
}

// findNull returns the JSON path of the first null in doc, or "".
func findNull(doc any, at string) string {
	switch v := doc.(type) {
	case nil:
		return at
	case map[string]any:
		for k, x := range v {
			if w := findNull(x, at+"."+k); w != "" {
				return w
			}
		}
	case []any:
		for i, x := range v {
			if w := findNull(x, at+"["+itoa(i)+"]"); w != "" {
				return w
			}
		}
	}
	return ""
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
