package sarif_test

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/sarif"
)

// BenchmarkWrite writes the log of every rule's bad fixtures (3 MB of
// SARIF, within GitHub's 10 MB gzipped whatever the compression), of the
// fixtures under 10 folders (26 MB: within the limit once gzipped) and
// under 40 (52 MB, 48,520 results: cut to 25,000 results).
func BenchmarkWrite(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "bad*.ps1"))
	t := &testing.T{}
	base := scanFiles(t, paths)
	root, _ := filepath.Abs("..")
	for _, copies := range []int{1, 10, 40} {
		var files []sarif.File
		for k := 0; k < copies; k++ {
			for _, f := range base {
				f.Path = filepath.Join(fmt.Sprintf("copy%d", k), f.Path)
				files = append(files, f)
			}
		}
		b.Run(fmt.Sprintf("copies-%d", copies), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := sarif.Write(io.Discard, files, sarif.Options{ToolVersion: "0.0.0-bench", Rules: rules.All(), Root: root, Notice: func(string) {}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
