package sarif

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"math/rand"
	"path/filepath"
	"strconv"
	"testing"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
)

// streamFiles are files with every part of a result (related locations in
// the file and in others, fixes, properties, suppressions, line hashes),
// texts that JSON escapes (quotes, <, &, non-ASCII, the results key
// itself) and files with only syntax errors or skipped.
func streamFiles() []File {
	text := "$a = 1\nSend-MailMessage -SmtpServer smtp.contoso.example -Body \"<b>&é</b>\"\n# \"results\": []\n"
	var files []File
	for i := 0; i < 30; i++ {
		path := "dir/f" + strconv.Itoa(i) + ".ps1"
		src := parser.NewSource(path, text)
		var ds []rules.Diagnostic
		for j, id := range []string{"MAIL001", "MAIL003", "TLS003"} {
			d := rules.Diagnostic{Rule: id, Level: rules.Level(j % 3), Pos: 7 + j, End: 23 + j,
				Message: `Send-MailMessage "results": [] <b>&` + strconv.Itoa(i), Detail: "détail\nline two"}
			if j == 0 {
				d.Related = []rules.Related{{Pos: 0, End: 2, Message: "here"},
					{Path: "other/caller.ps1", Pos: 5, End: 9, Line: 2, Column: 1, EndLine: 2, EndColumn: 5, Message: "Send-Report is called here"}}
				d.Fixes = []rules.Fix{{Description: "rewrite", Edits: []rules.TextEdit{{Pos: 7, End: 23, NewText: "Send-MgUserMail\n  -Message @{}"}}}}
				d.Properties = map[string]any{"reachable": true, "confidence": 0.5}
			}
			if j == 1 && i%2 == 0 {
				d.Suppressed = &rules.Suppression{Kind: "inSource", Justification: "relay <inside>", Pos: 60, End: 80}
			}
			ds = append(ds, d)
		}
		files = append(files, File{Path: path, Source: src, Findings: ds, LineHashes: map[int]string{2: "abc:1"}})
	}
	files = append(files, File{Path: "dir/broken.ps1", Source: parser.NewSource("dir/broken.ps1", "{"), Errors: []*parser.Error{{Pos: 0, Msg: "missing }", ID: "MissingEndCurlyBrace"}}},
		File{Path: "dir/big.ps1", Skipped: true, Reason: "larger than 10 MB", Source: parser.NewSource("dir/big.ps1", "")})
	return files
}

// TestStreamedLogIsPrettyWrite: the log written one result at a time is,
// byte for byte, the one go-sarif's PrettyWrite makes of the whole object
// tree, whole or cut; kept as it is within the raw limit; and past it, its
// gzipped size, measured as it is written, is that of the whole log
// gzipped at once, the gzipped log kept only within the limit, and
// unpacking to the log.
func TestStreamedLogIsPrettyWrite(t *testing.T) {
	for _, enabled := range [][]*rules.Rule{rules.All(), nil} {
		b := newBuilder(streamFiles(), Options{ToolVersion: "1.2.3", Rules: append([]*rules.Rule(nil), enabled...), Root: "/work"})
		all := b.results()
		for _, keep := range []int{len(all), 7, 1, 0} {
			var got bytes.Buffer
			if err := b.render(&got, all, keep); err != nil {
				t.Fatal(err)
			}
			report, kept, err := b.log(all, keep)
			if err != nil {
				t.Fatal(err)
			}
			report.Runs[0].Results = []*gosarif.Result{}
			for _, p := range kept {
				report.Runs[0].Results = append(report.Runs[0].Results, b.make(p))
			}
			var want bytes.Buffer
			if err := report.PrettyWrite(&want); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Fatalf("%d rules, keep %d: streamed log differs\n got %s\nwant %s", len(enabled), keep, got.String(), want.String())
			}
			if !json.Valid(got.Bytes()) {
				t.Fatalf("keep %d: not JSON", keep)
			}
			// Within rawLimit, the log is kept as it is.
			sw, err := b.made(all, keep, 1<<30)
			if err != nil {
				t.Fatal(err)
			}
			var asIs bytes.Buffer
			sw.writeRaw(&asIs)
			if sw.spilled || !bytes.Equal(asIs.Bytes(), want.Bytes()) {
				t.Errorf("keep %d: a log within the raw limit was not kept as it is", keep)
			}
			// Past it, the whole log is gzipped, as if at once.
			sw, err = b.made(all, keep, want.Len())
			if err != nil {
				t.Fatal(err)
			}
			if whole := gzipSize(want.Bytes()); !sw.spilled || sw.packed.n != whole || len(sw.packed.buf) != whole {
				t.Errorf("keep %d: gzipped size %d as written (%d kept), %d whole", keep, sw.packed.n, len(sw.packed.buf), whole)
			}
			if zr, err := gzip.NewReader(bytes.NewReader(sw.packed.buf)); err != nil {
				t.Error(err)
			} else if data, err := io.ReadAll(zr); err != nil || !bytes.Equal(data, want.Bytes()) {
				t.Errorf("keep %d: the gzipped log does not unpack to the log (%v)", keep, err)
			}
			if sw, _ := b.made(all, keep, 100); !sw.spilled || len(sw.packed.buf) > 100 || sw.packed.n <= 100 {
				t.Errorf("keep %d: %d bytes kept of %d over a limit of 100", keep, len(sw.packed.buf), sw.packed.n)
			}
		}
	}
}

// TestAbsMatchesFilepathAbs: the per-folder cache gives filepath.Abs's
// answer for relative, absolute, dotted and odd paths, asked in any order.
func TestAbsMatchesFilepathAbs(t *testing.T) {
	b := &builder{}
	paths := []string{"a.ps1", "dir/f.ps1", "dir/g.ps1", "./dir/../h.ps1", "dir/sub/../x.ps1", "/abs/path/y.ps1",
		"/abs/path/../z.ps1", ".", "..", "dir/.", "dir/..", "/", "dir//w.ps1", "../up.ps1", "dir/f.ps1"}
	for _, p := range paths {
		got, gerr := b.abs(p)
		want, werr := filepath.Abs(p)
		if got != want || (gerr == nil) != (werr == nil) {
			t.Errorf("abs(%q) = %q, %v; filepath.Abs: %q, %v", p, got, gerr, want, werr)
		}
	}
}

// TestRawLimitGzipsWithinLimit: data that does not compress at all, as
// long as rawLimit allows, gzips to at most the limit (the raw path of
// Write relies on it).
func TestRawLimitGzipsWithinLimit(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, max := range []int{2000, 65535, 200000, 1 << 20} {
		data := make([]byte, rawLimit(max))
		rng.Read(data)
		for _, level := range []int{gzip.DefaultCompression, gzip.BestCompression, gzip.HuffmanOnly, gzip.BestSpeed} {
			var buf bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&buf, level)
			zw.Write(data)
			zw.Close()
			if buf.Len() > max {
				t.Errorf("limit %d, level %d: %d raw bytes gzip to %d", max, level, len(data), buf.Len())
			}
		}
	}
}
