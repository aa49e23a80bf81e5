//go:build !unix

package pipeline

// readDirect is the plain-system-call read of read_unix.go; elsewhere Read
// takes the os path.
func readDirect(path string, max int64) (raw []byte, skip Skip, ok bool) {
	return nil, Skip{}, false
}
