package cli

import (
	"fmt"
	"os"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/pipeline"
)

// indexOthers returns the entries the repository index reads but the run
// does not report: the files of the other shards (all discovered entries
// not in scanned) and the files under the --module-path folders. A folder
// that does not exist is an error: a typo must not silently leave the
// callers of its modules unresolved. Call the returned close when done.
func indexOthers(all, scanned []pipeline.Entry, modulePath []string) (others []pipeline.Entry, close func(), err error) {
	in := make(map[string]bool, len(scanned))
	for _, e := range scanned {
		in[e.Path] = true
	}
	for _, e := range all {
		if !in[e.Path] && !e.Skip.Skipped() {
			others = append(others, e)
			in[e.Path] = true
		}
	}
	for _, dir := range modulePath {
		st, err := os.Stat(dir)
		if err != nil {
			return nil, func() {}, fmt.Errorf("--module-path %s: %v", dir, err)
		}
		if !st.IsDir() {
			return nil, func() {}, fmt.Errorf("--module-path %s: not a folder", dir)
		}
	}
	if len(modulePath) == 0 {
		return others, func() {}, nil
	}
	d := pipeline.Discover(modulePath, nil)
	for _, e := range d.Entries {
		if !in[e.Path] && !e.Skip.Skipped() && e.Kind == pipeline.KindFile {
			others = append(others, e)
			in[e.Path] = true
		}
	}
	return others, d.Close, nil
}
