//go:build unix

// Package invtest generates the folder of hard cases that the inventory
// tests run over. It is used by tests only.
package invtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// Expect is what the report must say about one path.
type Expect struct {
	Status scan.Status
	// Reason is a substring of the skip reason.
	Reason string
	Kind   pipeline.Kind
}

// Tree is a generated folder and what the inventory must report for it.
type Tree struct {
	Root string
	// Want maps every path the report must list (as the report spells it,
	// for the argument Root) to its expectation. Nothing else may appear.
	Want map[string]Expect
	// Locked is the folder made unreadable with chmod 000 (readable anyway
	// when the tests run as root), Locked/secret.ps1 the script inside.
	Locked string
	// Vanish is a script the tests delete after discovery.
	Vanish string
	// Long is the script whose path is longer than PATH_MAX (4096 bytes).
	Long string
}

// Root reports whether the tests run as root, where chmod does not keep
// anything from being read.
func Root() bool { return os.Geteuid() == 0 }

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b bytes.Buffer
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	return b.Bytes()
}

// Make writes the tree under a new temporary folder. extra adds that many
// ordinary scripts (of a few kinds) so that shards have something to split.
func Make(t testing.TB, extra int) *Tree {
	t.Helper()
	root := t.TempDir()
	tr := &Tree{Root: root, Want: map[string]Expect{}}
	ok := Expect{Status: scan.StatusOK, Kind: pipeline.KindFile}
	write := func(rel string, data []byte, e Expect) string {
		t.Helper()
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if e.Status != "" {
			tr.Want[p] = e
		}
		return p
	}
	link := func(target, rel string, e Expect) {
		t.Helper()
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		if e.Status != "" {
			tr.Want[p] = e
		}
	}
	send := "Send-MailMessage -To ops@contoso.com -From app@contoso.com -Subject 'Daily' -Body 'ok' -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential (Get-Credential)\n"
	write("scripts/send-exo.ps1", []byte(send), ok)
	write("scripts/smtpclient.ps1", []byte("$s = New-Object Net.Mail.SmtpClient('relay.contoso.local')\n$s.Send('a@contoso.com','b@contoso.com','s','b')\n"), ok)
	write("scripts/graph.ps1", []byte("Connect-MgGraph -Identity\nSend-MgUserMail -UserId a@contoso.com -Message $m\n"), ok)
	write("scripts/plain.ps1", []byte("Get-Date\n"), ok)
	write("scripts/broken.ps1", []byte("if ($a) {\n  Send-MailMessage -To a@b.c -From d@b.c -Subject s\n"), Expect{Status: scan.StatusParseError, Kind: pipeline.KindFile})
	write("scripts/UPPER.PS1", []byte("[Net.ServicePointManager]::SecurityProtocol = 'Tls'\n"), ok)
	write("scripts/module.psm1", []byte("function Send-Report { Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject s -SmtpServer relay }\n"), ok)
	write("scripts/manifest.psd1", []byte("@{ ModuleVersion = '1.0'; RequiredModules = @('ExchangeOnlineManagement') }\n"), ok)
	write("scripts/notes.txt", []byte("Send-MailMessage -To x\n"), Expect{})
	write("scripts/empty.ps1", nil, ok)

	// Encodings.
	text := "# café\r\nSend-MailMessage -To a@contoso.com -From b@contoso.com -Subject 'Grüße' -SmtpServer relay.contoso.local\r\n"
	write("utf16/le-bom.ps1", utf16Bytes(text, false, true), ok)
	write("utf16/be-bom.ps1", utf16Bytes(text, true, true), ok)
	write("utf16/le-nobom.ps1", utf16Bytes(text, false, false), ok)
	write("encodings/utf8-bom.ps1", append([]byte{0xEF, 0xBB, 0xBF}, text...), ok)
	write("encodings/cp1252.ps1", []byte("# caf\xe9\nGet-Date\n"), ok)

	// A compiled module saved as .ps1, and a file over the default --max-file-size.
	bin := append([]byte("MZ\x90\x00\x03\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 200)...)
	write("binary/compiled.ps1", bin, Expect{Status: scan.StatusSkipped, Reason: "not a text script (binary content)", Kind: pipeline.KindFile})
	line := []byte("# padding line to make the script larger than ten megabytes.........\n")
	huge := bytes.Repeat(line, (10<<20)/len(line)+10)
	write("big/huge.ps1", huge, Expect{Status: scan.StatusSkipped, Reason: "larger than --max-file-size", Kind: pipeline.KindFile})

	// Links: loops, a folder link, a broken link, a followed file link.
	link("loop.ps1", "links/loop.ps1", Expect{Status: scan.StatusSkipped, Reason: "symbolic link loop", Kind: pipeline.KindLink})
	link("b.ps1", "links/a.ps1", Expect{Status: scan.StatusSkipped, Reason: "symbolic link loop", Kind: pipeline.KindLink})
	link("a.ps1", "links/b.ps1", Expect{Status: scan.StatusSkipped, Reason: "symbolic link loop", Kind: pipeline.KindLink})
	link("..", "links/up", Expect{Status: scan.StatusSkipped, Reason: "points to an enclosing folder", Kind: pipeline.KindLink})
	link("../scripts", "links/scripts-link", Expect{Status: scan.StatusSkipped, Reason: "symbolic link to a folder", Kind: pipeline.KindLink})
	link("missing.ps1", "links/broken.ps1", Expect{Status: scan.StatusSkipped, Reason: "broken symbolic link", Kind: pipeline.KindFile})
	link("../scripts/send-exo.ps1", "links/good.ps1", ok)
	link("/etc/hostname", "links/outside.txt", Expect{})

	// A named pipe called .ps1: listed, never opened.
	pipe := filepath.Join(root, "special", "pipe.ps1")
	os.MkdirAll(filepath.Dir(pipe), 0o755)
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	tr.Want[pipe] = Expect{Status: scan.StatusSkipped, Reason: "named pipe", Kind: pipeline.KindFile}

	// An unreadable folder (the tests running as root read it anyway).
	tr.Locked = filepath.Join(root, "locked")
	secret := write("locked/secret.ps1", []byte(send), ok)
	if err := os.Chmod(tr.Locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(tr.Locked, 0o755) })
	if !Root() {
		delete(tr.Want, secret)
		tr.Want[tr.Locked] = Expect{Status: scan.StatusSkipped, Reason: "unreadable folder (permission denied)", Kind: pipeline.KindFolder}
	}

	// A file that disappears between discovery and scan.
	tr.Vanish = write("vanish.ps1", []byte("Get-Date\n"), Expect{Status: scan.StatusSkipped, Reason: "vanished", Kind: pipeline.KindFile})

	// UNC-style, spaces, non-ASCII and markup in names.
	write(`odd/\\fileserver\scripts\Send Report ü.ps1`, []byte(send), ok)
	write(`odd/"><img src=x onerror=alert(1)>.ps1`, []byte("Get-Date\n"), ok)
	write("odd/comma,quote\"name.ps1", []byte("Get-Date\n"), ok)
	// A here-string opened with a typographic quote and text after it: the
	// syntax error quotes one byte of the quote, which is not UTF-8.
	write("odd/smart-quote.ps1", []byte("@\u201a text\nSend-MailMessage -To a@b.c -From d@b.c -Subject s\n"), Expect{Status: scan.StatusParseError, Kind: pipeline.KindFile})

	// A path longer than PATH_MAX, created one folder at a time.
	r, err := os.OpenRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var segs []string
	for i := 0; i < 24; i++ {
		segs = append(segs, fmt.Sprintf("%02d-%s", i, strings.Repeat("deep", 50)))
	}
	deep := filepath.Join(append([]string{"deep"}, segs...)...)
	if err := r.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteFile(filepath.Join(deep, "long.ps1"), []byte(send), 0o644); err != nil {
		t.Fatal(err)
	}
	tr.Long = filepath.Join(root, deep, "long.ps1")
	if len(tr.Long) <= 4096 {
		t.Fatalf("long path is only %d bytes", len(tr.Long))
	}
	tr.Want[tr.Long] = ok
	// t.TempDir's cleanup cannot remove paths over PATH_MAX; do it here.
	t.Cleanup(func() {
		if r, err := os.OpenRoot(root); err == nil {
			r.RemoveAll("deep")
			r.Close()
		}
	})

	kinds := []string{
		"Send-MailMessage -To a@contoso.com -From b@contoso.com -Subject 'n%d' -SmtpServer relay%d.contoso.local\n",
		"$c = New-Object System.Net.Mail.SmtpClient('smtp%d.contoso.com', 587)\n$c.EnableSsl = $true\n$c.Send('a@contoso.com','b@contoso.com','s%d','b')\n",
		"Get-ChildItem C:\\data%d | Where-Object Length -gt %d\n",
		"Connect-ExchangeOnline -ManagedIdentity -Organization contoso%d.onmicrosoft.com\nGet-EXOMailbox -ResultSize %d\n",
	}
	for i := 0; i < extra; i++ {
		rel := fmt.Sprintf("bulk/team%02d/script%03d.ps1", i%7, i)
		write(rel, []byte(fmt.Sprintf(kinds[i%len(kinds)], i, i)), ok)
	}
	return tr
}
