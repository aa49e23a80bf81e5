package inventory

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCommonDir(t *testing.T) {
	cases := []struct {
		dirs []string
		want string
	}{
		{[]string{"/srv/scripts"}, "/srv/scripts"},
		{[]string{"/srv/scripts/a", "/srv/scripts/b"}, "/srv/scripts"},
		{[]string{"/srv/scripts", "/srv/scripts/jobs"}, "/srv/scripts"},
		{[]string{"/srv/scripts-old", "/srv/scripts"}, "/srv"}, // whole elements only
		{[]string{"/a", "/b"}, "/"},
		{[]string{`C:\Scripts\Jobs`, `C:\Scripts\Lib`}, `C:\Scripts`},
		{[]string{`\\fs01\scripts\a`, `\\fs01\scripts\b`}, `\\fs01\scripts`},
		{[]string{`C:\a`, `D:\b`}, ""},
		{[]string{"corpus", "corpus"}, "corpus"},
		{[]string{"jobs", "lib"}, ""},
		{[]string{"/srv/x", ""}, ""},
	}
	for _, c := range cases {
		if got := commonDir(c.dirs); got != c.want {
			t.Errorf("commonDir(%q) = %q, want %q", c.dirs, got, c.want)
		}
	}
}

func TestCommonRoot(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "jobs")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(sub, "a.ps1")
	if err := os.WriteFile(file, []byte("Get-Date\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := CommonRoot([]string{sub + string(filepath.Separator)}); got != sub {
		t.Errorf("folder: %q, want %q", got, sub)
	}
	if got := CommonRoot([]string{file}); got != sub {
		t.Errorf("file: %q, want its folder %q", got, sub)
	}
	if got := CommonRoot([]string{file, dir}); got != dir {
		t.Errorf("file and folder: %q, want %q", got, dir)
	}
}

func TestRelPath(t *testing.T) {
	cases := []struct{ root, path, want string }{
		{"/srv/scripts", "/srv/scripts/jobs/a.ps1", "jobs/a.ps1"},
		{"/srv/scripts", "/srv/scripts-old/a.ps1", "/srv/scripts-old/a.ps1"},
		{"/", "/a.ps1", "a.ps1"},
		{`C:\Scripts`, `C:\Scripts\Jobs\a.ps1`, `Jobs\a.ps1`},
		{".", "jobs/a.ps1", "jobs/a.ps1"},
		{"", "/srv/a.ps1", "/srv/a.ps1"},
		{"corpus", "corpus/x/a.ps1", "x/a.ps1"},
	}
	for _, c := range cases {
		if got := RelPath(c.root, c.path); got != c.want {
			t.Errorf("RelPath(%q, %q) = %q, want %q", c.root, c.path, got, c.want)
		}
	}
}

func TestLinkTo(t *testing.T) {
	cases := []struct{ base, rel, want string }{
		{"https://github.com/contoso/ops/blob/main", "jobs/Send Report.ps1", "https://github.com/contoso/ops/blob/main/jobs/Send%20Report.ps1"},
		{"https://github.com/contoso/ops/blob/main/", `Jobs\Nightly\a#1.ps1`, "https://github.com/contoso/ops/blob/main/Jobs/Nightly/a%231.ps1"},
		{`\\fs01\scripts`, `Jobs\a.ps1`, "file://fs01/scripts/Jobs/a.ps1"},
		{`C:\Scripts`, "Jobs/a.ps1", "file:///C:/Scripts/Jobs/a.ps1"},
		{"file:///srv/scripts", "a.ps1", "file:///srv/scripts/a.ps1"},
		{"https://x.example/", "/srv/abs.ps1", ""}, // not below the root: no link
		{"", "a.ps1", ""},
	}
	for _, c := range cases {
		if got := linkTo(c.base, c.rel); got != c.want {
			t.Errorf("linkTo(%q, %q) = %q, want %q", c.base, c.rel, got, c.want)
		}
	}
	for _, ok := range []string{"", "https://github.com/c/r/blob/main/", "http://intranet/scripts", "file:///srv/s", `\\fs01\scripts`, `C:\Scripts`} {
		if err := CheckLinkBase(ok); err != nil {
			t.Errorf("CheckLinkBase(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"javascript:alert(1)", "scripts/", "ftp://fs/scripts", "data:text/html,x"} {
		if err := CheckLinkBase(bad); err == nil {
			t.Errorf("CheckLinkBase(%q) accepted", bad)
		}
	}
}
