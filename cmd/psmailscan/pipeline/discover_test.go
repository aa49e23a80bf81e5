package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
)

// benchTree makes a tree of folders fanout wide and depth deep, each with
// three scripts and two other files: the shape of a repository of admin
// scripts, where most folders are a few levels down.
func benchTree(b testing.TB, fanout, depth int) string {
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

// TestDiscoverSideBySide: the top level walked side by side gives the
// entries one goroutine gives, in the same order, with a filter.
func TestDiscoverSideBySide(t *testing.T) {
	dir := benchTree(t, 5, 2)
	filter, err := NewFilter(nil, []string{"**/folder3/**", "**/script2.ps1"}, false)
	if err != nil {
		t.Fatal(err)
	}
	walk := func(procs int) ([]string, int) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		d := Discover([]string{dir, filepath.Join(dir, "folder1")}, filter)
		defer d.Close()
		var paths []string
		for _, e := range d.Entries {
			paths = append(paths, e.Path)
		}
		return paths, d.Excluded
	}
	one, oneExcluded := walk(1)
	many, manyExcluded := walk(4)
	if len(one) == 0 || oneExcluded == 0 {
		t.Fatalf("%d entries, %d excluded: the tree or the filter is wrong", len(one), oneExcluded)
	}
	if !reflect.DeepEqual(one, many) || oneExcluded != manyExcluded {
		t.Errorf("one goroutine: %d entries, %d excluded; side by side: %d, %d", len(one), oneExcluded, len(many), manyExcluded)
	}
}
