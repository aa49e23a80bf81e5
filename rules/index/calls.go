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

// encodeCalls packs a file's calls into bytes, about 11 a call where the
// struct takes 56 and its name a string of its own. A whole tree's calls
// are kept until the index is built (146,617 on the dev corpus, seven in
// ten naming a command defined nowhere in the tree, which no file can know
// while it is scanned), so their size is most of what the run keeps per
// file. The first byte says whether the TLS state at each call is recorded
// (callTLS); then each call is a run of varints: name number, In+1,
// Local+1, TLS (when recorded), Pos less the previous call's Pos, End-Pos,
// Line less the previous call's Line, Column, EndLine-Line, EndColumn.
func encodeCalls(calls []Call, callTLS bool) []byte {
	if len(calls) == 0 {
		return nil
	}
	ids := make([]uint32, len(calls))
	nameTable.mu.Lock()
	for i := range calls {
		ids[i] = nameTable.idLocked(calls[i].Name)
	}
	nameTable.mu.Unlock()
	buf := make([]byte, 1, 1+len(calls)*16)
	if callTLS {
		buf[0] = 1
	}
	var prevPos, prevLine int32
	for i := range calls {
		c := &calls[i]
		buf = binary.AppendUvarint(buf, uint64(ids[i]))
		buf = binary.AppendUvarint(buf, uint64(c.In+1))
		buf = binary.AppendUvarint(buf, uint64(c.Local+1))
		if callTLS {
			buf = binary.AppendUvarint(buf, uint64(c.TLS))
		}
		buf = binary.AppendVarint(buf, int64(c.Pos-prevPos))
		buf = binary.AppendUvarint(buf, uint64(c.End-c.Pos))
		buf = binary.AppendVarint(buf, int64(c.Line-prevLine))
		buf = binary.AppendUvarint(buf, uint64(c.Column))
		buf = binary.AppendUvarint(buf, uint64(c.EndLine-c.Line))
		buf = binary.AppendUvarint(buf, uint64(c.EndColumn))
		prevPos, prevLine = c.Pos, c.Line
	}
	return append([]byte(nil), buf...) // exact size: it is kept
}

// callReader reads the calls packed by encodeCalls, in order.
type callReader struct {
	b    []byte
	off  int
	tls  bool
	list []string // nameTable.snapshot()
	// pos and line are the previous call's, the base of the next one's.
	pos, line int32
}

func newCallReader(b []byte, list []string) *callReader {
	r := &callReader{b: b, list: list}
	if len(b) > 0 {
		r.tls, r.off = b[0] == 1, 1
	}
	return r
}

// more reports whether a call is left to read.
func (r *callReader) more() bool { return r.off < len(r.b) }

// next reads the next call. It returns its offset, and the Pos and Line
// it was read against (with them, at reads it again).
func (r *callReader) next() (c Call, off int, basePos, baseLine int32) {
	off, basePos, baseLine = r.off, r.pos, r.line
	c, r.off = r.read(off, basePos, baseLine)
	r.pos, r.line = c.Pos, c.Line
	return c, off, basePos, baseLine
}

// at reads the call at offset off, whose previous call had the given Pos
// and Line (as next returned them).
func (r *callReader) at(off int, basePos, baseLine int32) Call {
	c, _ := r.read(off, basePos, baseLine)
	return c
}

func (r *callReader) read(off int, basePos, baseLine int32) (Call, int) {
	u := func() uint32 {
		x, n := binary.Uvarint(r.b[off:])
		off += n
		return uint32(x)
	}
	v := func() int32 {
		x, n := binary.Varint(r.b[off:])
		off += n
		return int32(x)
	}
	var c Call
	c.Name = r.list[u()]
	c.In, c.Local = int32(u())-1, int32(u())-1
	if r.tls {
		c.TLS = semantic.Ensured(u())
	}
	c.Pos = basePos + v()
	c.End = c.Pos + int32(u())
	c.Line = baseLine + v()
	c.Column = int32(u())
	c.EndLine = c.Line + int32(u())
	c.EndColumn = int32(u())
	return c, off
}

// Calls returns the file's calls, in source order.
func (s *FileSummary) Calls() []Call {
	out := make([]Call, 0, s.NumCalls)
	for r := newCallReader(s.calls, nameTable.snapshot()); r.more(); {
		c, _, _, _ := r.next()
		out = append(out, c)
	}
	return out
}
