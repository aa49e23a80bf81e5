package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
	"github.com/psmailscan/psmailscan/parser"
	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic"
)

// TestRewriteGoldens runs --fix on copies of testdata/rewrite/*.ps1 and
// compares them with *.fixed.ps1 (go test -update rewrites those). Every
// rewritten file must parse, and each Send-MgUserMail must bind -UserId and
// -Message with nothing left over.
func TestRewriteGoldens(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(repoRoot, "testdata", "rewrite", "*.ps1"))
	n, fixed := 0, 0
	for _, in := range inputs {
		if strings.HasSuffix(in, ".fixed.ps1") {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, _ := os.ReadFile(in)
			work := filepath.Join(t.TempDir(), filepath.Base(in))
			os.WriteFile(work, raw, 0o644)
			fixable, kept := mailFindings(t, work)
			fixed += fixable
			run(t, "", "--no-config", "--fix", work)
			got, _ := os.ReadFile(work)
			golden := strings.TrimSuffix(in, ".ps1") + ".fixed.ps1"
			if *updateGoldens {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("rewrite differs from %s", golden)
			}
			checkRewritten(t, string(got))
			// Round trip: the rescan finds MAIL001/MAIL004 only where no fix was applied.
			if f2, k2 := mailFindings(t, work); f2+k2 != kept {
				t.Errorf("after --fix: %d MAIL001/MAIL004 findings, want the %d without a fix (%d had one)", f2+k2, kept, fixable)
			}
		})
	}
	if n == 0 || fixed < 8 {
		t.Fatalf("%d rewrite inputs with %d fixes: the round trip checks too little", n, fixed)
	}
}

// mailFindings scans a file and counts its MAIL001/MAIL004 findings with
// a fix and without one.
func mailFindings(t *testing.T, path string) (fixable, kept int) {
	t.Helper()
	res := scan.File(path, &scan.Options{Config: &rules.Config{}})
	for _, d := range res.Findings {
		if d.Rule != "MAIL001" && d.Rule != "MAIL004" {
			continue
		}
		if len(d.Fixes) > 0 {
			fixable++
		} else {
			kept++
		}
	}
	return fixable, kept
}

func checkRewritten(t *testing.T, text string) {
	t.Helper()
	f, err := parser.ParseString("fixed.ps1", text)
	if err != nil || len(f.Errors) > 0 {
		t.Fatalf("the rewritten script does not parse: %v %v", err, f.Errors)
	}
	m := semantic.New("fixed.ps1", f, nil)
	info := &semantic.CmdletInfo{Name: "Send-MgUserMail", Params: []semantic.ParamInfo{{Name: "UserId", Position: -1}, {Name: "Message", Position: -1}, {Name: "BodyParameter", Position: -1}}}
	for _, c := range m.Commands {
		if !strings.EqualFold(c.NameText(), "Send-MgUserMail") {
			continue
		}
		b := m.Bind(c, info)
		if !b.Has("UserId") || !b.Has("Message") || len(b.Unknown)+len(b.Ambiguous)+len(b.Extra) > 0 {
			t.Errorf("Send-MgUserMail at %d binds badly: %+v", c.Pos(), b)
		}
	}
}

// TestFixKeepsEncoding: a UTF-16 LE file with a BOM and CR LF line endings
// is rewritten in the same encoding, BOM and line endings.
func TestFixKeepsEncoding(t *testing.T) {
	text := "# utf-16 script\r\nSend-MailMessage -To a@contoso.com -From b@contoso.com -Subject 'caf\u00e9' -SmtpServer relay.contoso.com\r\n"
	raw, _ := parser.Encode(text, parser.UTF16LEBOM)
	path := filepath.Join(t.TempDir(), "u16.ps1")
	os.WriteFile(path, raw, 0o644)
	run(t, "", "--no-config", "--fix", path)
	got, _ := os.ReadFile(path)
	if !bytes.HasPrefix(got, []byte{0xFF, 0xFE}) {
		t.Fatal("the BOM was lost")
	}
	src, err := parser.Decode(path, got)
	if err != nil || src.Encoding != parser.UTF16LEBOM {
		t.Fatalf("decode: %v %v", err, src)
	}
	if !strings.Contains(src.Text, "Send-MgUserMail -UserId 'b@contoso.com' -Message $message\r\n") || strings.Contains(strings.ReplaceAll(src.Text, "\r\n", ""), "\n") {
		t.Errorf("line endings or rewrite wrong: %q", src.Text)
	}
	if !strings.Contains(src.Text, "'café'") {
		t.Error("non-ASCII text changed")
	}
}

func TestDiff(t *testing.T) {
	in := filepath.Join(repoRoot, "testdata", "rewrite", "splat_backtick.ps1")
	before, _ := os.ReadFile(in)
	out, _, _ := run(t, "", "--no-config", "--diff", in)
	after, _ := os.ReadFile(in)
	if !bytes.Equal(before, after) {
		t.Fatal("--diff changed the file")
	}
	for _, want := range []string{"--- a/", "+++ b/", "@@ -", "-    Send-MailMessage @mail `", "+    Send-MgUserMail -UserId $mail.From -Message $message", "+        toRecipients = @(ConvertTo-GraphRecipient $mail.To)"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff lacks %q:\n%s", want, out)
		}
	}
}
