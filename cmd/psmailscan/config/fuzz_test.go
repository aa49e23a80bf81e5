package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzSettings reads random settings files: Parse never panics, and
// returns either settings or an *Error naming the file and, when it has
// one, a position inside the text.
func FuzzSettings(f *testing.F) {
	f.Add([]byte(fullSettings))
	for _, s := range []string{"@{}", "@{ a = ", "Get-Date", "@{ Rules = @{ MAIL003 = 'x' } }", "@{ Severity = 1 }", "\xff\xfe@\x00{\x00}\x00"} {
		f.Add([]byte(s))
	}
	// Every .psd1 under testdata, and every script as a wrong settings file.
	filepath.WalkDir(filepath.Join("..", "..", "..", "testdata"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".psd1") || strings.HasSuffix(p, ".ps1") && len(p)%7 == 0) {
			if raw, err := os.ReadFile(p); err == nil {
				f.Add(raw)
			}
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := Parse("PSMailScanSettings.psd1", raw)
		if err == nil {
			if s == nil || s.RuleLevels == nil {
				t.Fatal("no settings and no error")
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %T %v is not a config.Error", err, err)
		}
		if e.Path != "PSMailScanSettings.psd1" || e.Msg == "" || !strings.HasPrefix(err.Error(), "PSMailScanSettings.psd1") {
			t.Fatalf("error without file or message: %q", err)
		}
		if e.Line < 0 || e.Column < 0 || e.Line > strings.Count(string(raw), "\n")+strings.Count(string(raw), "\r")+1 {
			t.Fatalf("error position %d:%d outside the file: %q", e.Line, e.Column, err)
		}
	})
}
