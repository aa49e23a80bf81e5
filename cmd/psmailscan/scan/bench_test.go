package scan

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
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

// BenchmarkScanBigFile scans one script made of the benchmark scripts
// repeated to about 1, 4 and 16 MB, with every rule: MB/s must stay flat
// (linear time) and B/op grow no faster than the file (issue 17: 16 MB in
// under 2 s and 400 MB; `psmailscan bench --max-file-size 100000000` on
// such a file gives the whole process's wall time and peak memory).
func BenchmarkScanBigFile(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "bench", "*.ps*1"))
	if len(files) == 0 {
		b.Fatal("no inputs in testdata/bench")
	}
	var unit []byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		unit = append(append(unit, raw...), '\n')
	}
	opts := fuzzOptions()
	for _, mb := range []int{1, 4, 16} {
		raw := bytes.Repeat(unit, max(1, mb<<20/len(unit)))
		b.Run(strconv.Itoa(mb)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if r := Bytes("big.ps1", raw, opts); len(r.Internal) > 0 || len(r.Findings) == 0 {
					b.Fatal(r.Internal, len(r.Findings))
				}
			}
		})
	}
}
