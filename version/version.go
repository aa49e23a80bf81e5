// Package version says which psmailscan is running. Release builds stamp
// the tag with the linker; `go install …@vX.Y.Z` records the module
// version in the build info; a build from a clone falls back to the VCS
// revision. --version, SARIF, JSON and the inventory all print String().
package version

import (
	"runtime/debug"
	"strings"
)

// stamped is set by release builds (.github/release/build.sh):
//
//	go build -ldflags "-X github.com/psmailscan/psmailscan/version.stamped=v1.2.3"
//
// A variable rather than a constant because -X can only set variables.
var stamped string

// Unknown is reported when nothing says which build this is: a build from a
// source tree without VCS information (-buildvcs=false or a tarball).
const Unknown = "0.0.0-devel"

// String returns the version without a leading "v": "1.2.3",
// "0.3.1-0.20261207101500-0123456789ab+dirty", or Unknown.
func String() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return resolve(stamped, info)
}

// resolve picks the first of: the stamped release version, the main module
// version recorded by the go command, the VCS revision, Unknown.
func resolve(stamp string, info *debug.BuildInfo) string {
	if s := strings.TrimSpace(stamp); s != "" {
		return strings.TrimPrefix(s, "v")
	}
	if info == nil {
		return Unknown
	}
	// "(devel)" is what the go command records when it knows nothing better.
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return strings.TrimPrefix(v, "v")
	}
	var rev, when string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return Unknown
	}
	// Shaped like a Go pseudo-version so that it still sorts and parses as
	// semantic versioning (SARIF driver.semanticVersion).
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := "0.0.0-"
	if ts := compactTime(when); ts != "" {
		v += ts + "-"
	}
	v += rev
	if dirty {
		v += "+dirty"
	}
	return v
}

// compactTime turns the RFC 3339 UTC time the go command records
// (2026-12-07T18:28:22Z) into 20261207182822, or "" when it is not that.
func compactTime(t string) string {
	var b strings.Builder
	for _, r := range strings.TrimSuffix(t, "Z") {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == 'T' || r == ':':
		default:
			return ""
		}
	}
	if b.Len() != 14 {
		return ""
	}
	return b.String()
}
