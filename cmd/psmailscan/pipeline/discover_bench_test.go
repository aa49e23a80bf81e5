package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// benchTree makes a tree of folders fanout wide and depth deep, each with
// three scripts and two other files: the shape of a repository of admin
// scripts, where most folders are a few levels down.
func benchTree(b *testing.B, fanout, depth int) string {
	root := b.TempDir()
	var fill func(dir string, level int)
	fill = func(dir string, level int) {
		for i := 0; i < 3; i++ {
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("script%d.ps1", i)), []byte("Get-Date\n"), 0o644)
		}
		os.WriteFile(filepath.Join(dir, "README.md"), nil, 0o644)
		os.WriteFile(filepath.Join(dir, "data.csv"), nil, 0o644)
		if level == depth {
			return
		}
		for i := 0; i < fanout; i++ {
			sub := filepath.Join(dir, fmt.Sprintf("folder%d", i))
			os.Mkdir(sub, 0o755)
			fill(sub, level+1)
		}
	}
	fill(root, 0)
	return root
}

// BenchmarkDiscover walks a tree of 1,365 folders (4 wide, 5 deep below
// the top) with 4,095 scripts.
func BenchmarkDiscover(b *testing.B) {
	dir := benchTree(b, 4, 5)
	for b.Loop() {
		d := Discover([]string{dir}, nil)
		if len(d.Entries) != 4095 {
			b.Fatalf("%d entries", len(d.Entries))
		}
		d.Close()
	}
}
