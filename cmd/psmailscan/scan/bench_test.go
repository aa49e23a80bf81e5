package scan

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScan scans each benchmark script (testdata/bench, written by us)
// with every rule: decode, parse, semantic model, rules, line hashes. MB/s
// per file; the whole-corpus figures come from `psmailscan bench DIR`.
func BenchmarkScan(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "bench", "*.ps*1"))
	if len(files) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	opts := fuzzOptions()
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if r := Bytes(f, raw, opts); len(r.Internal) > 0 {
					b.Fatal(r.Internal)
				}
			}
		})
	}
}
