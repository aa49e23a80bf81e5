// Command archive packs release files and writes the checksums file for
// .github/release/build.sh. It is Go, not zip/tar/sha256sum, so that the
// release build needs nothing beyond Go and bash on any machine (zip is
// missing from fresh CI images; macOS has shasum, not sha256sum) and so
// that archives are byte-identical for the same inputs.
//
//	go run ./.github/release/archive pack OUT.zip|OUT.tar.gz FILE...
//	go run ./.github/release/archive sums OUT.txt FILE...
//
// pack stores each FILE under its base name, with mode 0755 for
// executables (psmailscan, psmailscan.exe) and 0644 otherwise, and the time
// of SOURCE_DATE_EPOCH (seconds; 1980-01-01 when unset). sums writes
// "<sha256>  <base name>" lines, the format `sha256sum -c` checks.
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 4 {
		fmt.Fprintln(os.Stderr, "usage: archive pack OUT.zip|OUT.tar.gz FILE... | archive sums OUT.txt FILE...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "pack":
		err = pack(os.Args[2], os.Args[3:])
	case "sums":
		err = sums(os.Args[2], os.Args[3:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

// modTime: the reproducible-builds convention, else the earliest time a
// zip file can hold.
func modTime() (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q: %v", s, err)
	}
	return time.Unix(n, 0).UTC(), nil
}

func mode(name string) int64 {
	if b := filepath.Base(name); b == "psmailscan" || b == "psmailscan.exe" {
		return 0o755
	}
	return 0o644
}

func pack(out string, files []string) (err error) {
	mtime, err := modTime()
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out)
		}
	}()
	switch {
	case strings.HasSuffix(out, ".zip"):
		return packZip(f, files, mtime)
	case strings.HasSuffix(out, ".tar.gz"):
		return packTarGz(f, files, mtime)
	}
	return fmt.Errorf("%s: want a .zip or .tar.gz name", out)
}

func packZip(w io.Writer, files []string, mtime time.Time) error {
	zw := zip.NewWriter(w)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		h := &zip.FileHeader{Name: filepath.Base(name), Method: zip.Deflate, Modified: mtime}
		h.SetMode(os.FileMode(mode(name)))
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

func packTarGz(w io.Writer, files []string, mtime time.Time) error {
	gz := gzip.NewWriter(w)
	tw := tar.NewWriter(gz)
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		h := &tar.Header{Name: filepath.Base(name), Mode: mode(name), Size: int64(len(data)), ModTime: mtime,
			Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(data); err != nil {
			return err
		}
	}
	return errors.Join(tw.Close(), gz.Close())
}

func sums(out string, files []string) error {
	var b strings.Builder
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), filepath.Base(name))
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
