//go:build unix

package pipeline_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/inventory/invtest"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
	"github.com/psmailscan/psmailscan/cmd/psmailscan/scan"
)

// checkTree discovers and reads the hard-case tree (deleting the vanishing
// file in between) and checks every path the tree expects: listed once,
// with its kind, and skipped by discovery or Read for the expected reason,
// or read. Binary content is the one skip found later (by decoding).
func checkTree(t *testing.T, tr *invtest.Tree) {
	t.Helper()
	d := pipeline.Discover([]string{tr.Root}, nil)
	defer d.Close()
	if err := os.Remove(tr.Vanish); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range d.Entries {
		if seen[e.Path] {
			t.Errorf("%s listed twice", e.Path)
		}
		seen[e.Path] = true
		w, ok := tr.Want[e.Path]
		if !ok {
			t.Errorf("unexpected entry %s (%s %s)", e.Path, e.Kind, e.Skip)
			continue
		}
		if e.Kind != w.Kind {
			t.Errorf("%s: kind %s, want %s", e.Path, e.Kind, w.Kind)
		}
		_, skip := pipeline.Read(e, 10<<20)
		switch {
		case w.Status != scan.StatusSkipped || strings.HasPrefix(w.Reason, "not a text script"):
			if skip.Skipped() {
				t.Errorf("%s: skipped (%s), want read", e.Path, skip)
			}
		case !skip.Skipped() || !strings.Contains(skip.String(), w.Reason):
			t.Errorf("%s: skip %q, want %q", e.Path, skip, w.Reason)
		}
	}
	for p := range tr.Want {
		if !seen[p] {
			t.Errorf("lost: %s", p)
		}
	}
	for i := 1; i < len(d.Entries); i++ {
		if d.Entries[i-1].Path >= d.Entries[i].Path {
			t.Errorf("not sorted: %s before %s", d.Entries[i-1].Path, d.Entries[i].Path)
		}
	}
}

func TestTreeHardCases(t *testing.T) {
	checkTree(t, invtest.Make(t, 5))
}

// As root, chmod 000 does not keep a folder or file from being read: the
// permission errors are injected where the real ones would arise.
func TestPermissionErrorsInjected(t *testing.T) {
	tr := invtest.Make(t, 0)
	locked := tr.Locked
	unreadable := filepath.Join(tr.Root, "scripts", "plain.ps1")
	perm := func(p string) error { return &fs.PathError{Op: "open", Path: p, Err: fs.ErrPermission} }
	defer pipeline.SetHooks(func(p string) error {
		if p == locked {
			return perm(p)
		}
		return nil
	}, func(p string) error {
		if p == unreadable {
			return perm(p)
		}
		return nil
	})()
	want := map[string]invtest.Expect{}
	for p, e := range tr.Want {
		if !strings.HasPrefix(p, locked+string(filepath.Separator)) {
			want[p] = e
		}
	}
	want[locked] = invtest.Expect{Status: scan.StatusSkipped, Reason: "unreadable folder (permission denied)", Kind: pipeline.KindFolder}
	want[unreadable] = invtest.Expect{Status: scan.StatusSkipped, Reason: "unreadable file (permission denied)", Kind: pipeline.KindFile}
	tr.Want = want
	checkTree(t, tr)
}

// TestSkipKinds: the typed skip of each case, and whether scan counts it
// as trouble (exit code 3).
func TestSkipKinds(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "big.ps1", strings.Repeat("#", 100))
	write(t, dir, "ok.ps1", "Get-Date\n")
	os.Symlink("nowhere.ps1", filepath.Join(dir, "broken.ps1"))
	os.Symlink("self.ps1", filepath.Join(dir, "self.ps1"))
	os.Symlink(".", filepath.Join(dir, "here"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink("sub", filepath.Join(dir, "sub-link"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.ps1"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := pipeline.Discover([]string{dir, filepath.Join(dir, "missing.ps1")}, nil)
	defer d.Close()
	got := map[string]pipeline.Skip{}
	for _, e := range d.Entries {
		_, s := pipeline.Read(e, 50)
		got[filepath.Base(e.Path)] = s
	}
	want := map[string]struct {
		kind    pipeline.SkipKind
		trouble bool
	}{
		"big.ps1":     {pipeline.SkipTooLarge, false},
		"ok.ps1":      {pipeline.NotSkipped, false},
		"broken.ps1":  {pipeline.SkipBrokenLink, true},
		"self.ps1":    {pipeline.SkipLinkLoop, true},
		"here":        {pipeline.SkipLinkToEnclosingFolder, false},
		"sub-link":    {pipeline.SkipLinkToFolder, false},
		"pipe.ps1":    {pipeline.SkipNotRegular, true},
		"missing.ps1": {pipeline.SkipNoSuchFile, true},
	}
	if len(got) != len(want) {
		t.Errorf("entries %v, want %d", got, len(want))
	}
	for name, w := range want {
		s := got[name]
		if s.Kind != w.kind || s.Trouble() != w.trouble {
			t.Errorf("%s: %v %q trouble %v, want kind %v trouble %v", name, s.Kind, s, s.Trouble(), w.kind, w.trouble)
		}
	}
	if s := got["big.ps1"].String(); s != "larger than --max-file-size (50 bytes)" {
		t.Errorf("too large: %q", s)
	}
	if s := got["pipe.ps1"].String(); s != "not a regular file (named pipe)" {
		t.Errorf("pipe: %q", s)
	}
}
