package index

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/psmailscan/psmailscan/rules/semantic"
)

// nameTable interns the names of called commands and defined functions. The
// same names recur in every file of a tree (and in every copy of a tree),
// so a summary holds a number (a call) or the shared string (a function)
// instead of its own copy. The table is the process's: it only grows with
// the distinct names seen, never with the files.
var nameTable internTable

type internTable struct {
	mu   sync.Mutex
	ids  map[string]uint32
	list []string
}

// id returns the number of name, adding it (a copy: name may be a slice
// of a file's text) the first time.
func (t *internTable) id(name string) uint32 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.idLocked(name)
}

func (t *internTable) idLocked(name string) uint32 {
	if id, ok := t.ids[name]; ok {
		return id
	}
	if t.ids == nil {
		t.ids = map[string]uint32{}
	}
	name = strings.Clone(name)
	id := uint32(len(t.list))
	t.ids[name] = id
	t.list = append(t.list, name)
	return id
}

// intern returns the table's copy of name.
func (t *internTable) intern(name string) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.list[t.idLocked(name)]
}

// snapshot returns the names known so far, by number. The list only
// grows, so every number given out before the call is in it.
func (t *internTable) snapshot() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.list
}

// encodeCalls packs a file's calls into bytes: each call is a run of
// unsigned varints (name number, In+1, Local+1, TLS, Pos, End-Pos, Line,
// Column, EndLine-Line, EndColumn), about 12 bytes where the struct takes
// 56 and its name a string of its own. A whole tree's calls are kept until
// the index is built (146,617 on the dev corpus, seven in ten naming a
// command defined nowhere in the tree, which no file can know while it is
// scanned), so their size is what the run keeps per file. Values are
// absolute, so one call decodes from its offset alone.
func encodeCalls(calls []Call) []byte {
	if len(calls) == 0 {
		return nil
	}
	ids := make([]uint32, len(calls))
	nameTable.mu.Lock()
	for i := range calls {
		ids[i] = nameTable.idLocked(calls[i].Name)
	}
	nameTable.mu.Unlock()
	buf := make([]byte, 0, len(calls)*16)
	for i := range calls {
		c := &calls[i]
		for _, v := range [...]uint32{ids[i], uint32(c.In + 1), uint32(c.Local + 1), uint32(c.TLS), uint32(c.Pos), uint32(c.End - c.Pos),
			uint32(c.Line), uint32(c.Column), uint32(c.EndLine - c.Line), uint32(c.EndColumn)} {
			buf = binary.AppendUvarint(buf, uint64(v))
		}
	}
	return append([]byte(nil), buf...) // exact size: it is kept
}

// decodeCall reads the call at offset off of an encoding made by
// encodeCalls, with its name from list (nameTable.snapshot); it returns the
// offset of the next call.
func decodeCall(b []byte, off int, list []string) (Call, int) {
	var v [10]uint32
	for i := range v {
		x, n := binary.Uvarint(b[off:])
		v[i] = uint32(x)
		off += n
	}
	return Call{Name: list[v[0]], In: int32(v[1]) - 1, Local: int32(v[2]) - 1, TLS: semantic.Ensured(v[3]),
		Pos: int32(v[4]), End: int32(v[4] + v[5]), Line: int32(v[6]), Column: int32(v[7]),
		EndLine: int32(v[6] + v[8]), EndColumn: int32(v[9])}, off
}

// Calls returns the file's calls, in source order.
func (s *FileSummary) Calls() []Call {
	out := make([]Call, 0, s.NumCalls)
	list := nameTable.snapshot()
	for off := 0; off < len(s.calls); {
		var c Call
		c, off = decodeCall(s.calls, off, list)
		out = append(out, c)
	}
	return out
}
