package sarif

import (
	"net/url"
	"strings"
)

// The conversions below work on strings, not with path/filepath, so that
// the Windows cases are the same (and tested) on every OS. The flag
// windows says how the host spells paths: on Windows both \ and / separate
// segments; elsewhere \ is an ordinary character of a file name.

// FileURI returns the RFC 8089 file URI of an absolute path:
//
//	/home/a b/x.ps1            file:///home/a%20b/x.ps1
//	C:\Scripts\x.ps1           file:///C:/Scripts/x.ps1
//	\\server\share\x.ps1       file://server/share/x.ps1
//	\\?\C:\x.ps1               file:///C:/x.ps1
//	\\?\UNC\server\share\x.ps1 file://server/share/x.ps1
func FileURI(abs string, windows bool) string {
	if windows {
		abs = strings.ReplaceAll(abs, `\`, "/")
		// Win32 namespace prefixes name the same file as the path after them.
		if rest, ok := cutPrefixFold(abs, "//?/UNC/"); ok {
			abs = "//" + rest
		} else if rest, ok := strings.CutPrefix(abs, "//?/"); ok {
			abs = rest
		} else if rest, ok := strings.CutPrefix(abs, "//./"); ok && hasDrive(rest) {
			abs = rest
		}
		if rest, ok := strings.CutPrefix(abs, "//"); ok {
			// UNC: the server is the URI's authority.
			host, path, _ := strings.Cut(rest, "/")
			return "file://" + url.PathEscape(host) + "/" + escapePath(path)
		}
		if hasDrive(abs) {
			return "file:///" + abs[:2] + escapePath(abs[2:])
		}
	}
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs
	}
	return "file://" + escapePath(abs)
}

// RelativeURI returns the relative URI reference of a relative path, with
// / between segments whatever the host's separator.
func RelativeURI(rel string, windows bool) string {
	if windows {
		rel = strings.ReplaceAll(rel, `\`, "/")
	}
	u := escapePath(rel)
	// A colon before the first / would read as a URI scheme (RFC 3986 4.2).
	if first, _, _ := strings.Cut(u, "/"); strings.Contains(first, ":") {
		u = strings.ReplaceAll(first, ":", "%3A") + u[len(first):]
	}
	return u
}

// hasDrive reports a path that starts with a drive letter and a colon (C:).
func hasDrive(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// escapePath percent-encodes each segment of a slash-separated path
// (spaces, non-ASCII, %, #, ?, and \ where it is part of a name).
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
