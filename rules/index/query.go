package index

import (
	"fmt"
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/rules"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// Hop is one function on the way from a call to a send.
type Hop struct {
	Name string
	Path string
	Line int
}

// Reached is what one file reaches through calls of functions defined in
// other files.
type Reached struct {
	// Facts are the composed facts of those functions, each entered with
	// the caller's TLS 1.2 state at the call; nil when none sends mail.
	Facts *mailfacts.Facts
	// Via lists, for each function of another file the script calls that
	// sends mail (itself or through its callees), the way to the nearest
	// function that sends: Send-Report (lib/mail.ps1:3), then the wrapper
	// it calls, and so on. Sorted, without duplicates.
	Via [][]Hop
	// Functions are every relevant function reached (sending mail or with
	// findings), in any file but this one, sorted by path and line: their
	// findings decide the caller's verdict.
	Functions []Reach
}

// Reach is a function reached, with what verdicts need.
type Reach struct {
	Hop
	Findings []Finding
	// Facts are the function's own facts (nil when its body sends nothing).
	Facts *mailfacts.Facts
}

// Reached returns what the file at path reaches through other files, or
// nil when it reaches nothing relevant.
func (ix *Index) Reached(p string) *Reached {
	fi := ix.file(p)
	if fi < 0 {
		return nil
	}
	out := &Reached{}
	seenVia := map[FuncRef]bool{}
	seenFn := map[FuncRef]bool{}
	var stack []FuncRef
	for _, c := range ix.bound[fi] {
		t := c.target.ref()
		if t.File == fi || !ix.relevant[t] {
			continue
		}
		if f := ix.Effective(t, c.tls); f != nil {
			if out.Facts == nil {
				out.Facts = &mailfacts.Facts{}
			}
			mergeFacts(out.Facts, f)
			if !seenVia[t] {
				seenVia[t] = true
				out.Via = append(out.Via, ix.wayToSend(t))
			}
		}
		if !seenFn[t] {
			seenFn[t] = true
			stack = append(stack, t)
		}
	}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fn := ix.fn(r)
		if r.File != fi && fn.Sends != nil {
			out.Functions = append(out.Functions, Reach{Hop: ix.hop(r), Findings: fn.findings(), Facts: fn.facts()[0]})
		}
		for _, t := range ix.calleesOf(r) {
			if !seenFn[t] {
				seenFn[t] = true
				stack = append(stack, t)
			}
		}
	}
	if out.Facts == nil && len(out.Functions) == 0 {
		return nil
	}
	sort.Slice(out.Via, func(i, j int) bool { return lessHops(out.Via[i], out.Via[j]) })
	sort.Slice(out.Functions, func(i, j int) bool { return lessHop(out.Functions[i].Hop, out.Functions[j].Hop) })
	return out
}

// calleesOf lists the relevant functions a function calls, in call order.
func (ix *Index) calleesOf(r FuncRef) []FuncRef {
	var out []FuncRef
	for _, c := range ix.bound[r.File] {
		if t := c.target.ref(); int(c.in) == r.Func && ix.relevant[t] {
			out = append(out, t)
		}
	}
	return out
}

// wayToSend is the shortest way of calls from r to a function whose own
// body sends mail.
func (ix *Index) wayToSend(r FuncRef) []Hop {
	prev := map[FuncRef]FuncRef{r: none}
	queue := []FuncRef{r}
	for k := 0; k < len(queue); k++ {
		cur := queue[k]
		if ix.fn(cur).Sends != nil {
			var way []Hop
			for x := cur; x != none; x = prev[x] {
				way = append([]Hop{ix.hop(x)}, way...)
			}
			return way
		}
		for _, t := range ix.calleesOf(cur) {
			if _, seen := prev[t]; !seen {
				prev[t] = cur
				queue = append(queue, t)
			}
		}
	}
	return []Hop{ix.hop(r)}
}

func (ix *Index) hop(r FuncRef) Hop {
	fn := ix.fn(r)
	return Hop{Name: fn.Name, Path: ix.files[r.File].Path, Line: int(fn.Line)}
}

func lessHop(a, b Hop) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Name < b.Name
}

func lessHops(a, b []Hop) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return lessHop(a[i], b[i])
		}
	}
	return len(a) < len(b)
}

// CalledBy returns the number of other files that call, directly or
// through other functions, a function of this file that sends mail.
func (ix *Index) CalledBy(p string) int {
	fi := ix.file(p)
	if fi < 0 {
		return 0
	}
	files := map[int]bool{}
	for i := range ix.files[fi].Functions {
		r := FuncRef{fi, i}
		if ix.eff[r] == nil || ix.eff[r][0] == nil {
			continue
		}
		for _, s := range ix.transitiveSites(r) {
			if int(s.file) != fi {
				files[int(s.file)] = true
			}
		}
	}
	return len(files)
}

// transitiveSites are the call sites that reach r: its direct callers, and
// the callers of the functions that contain them, and so on.
func (ix *Index) transitiveSites(r FuncRef) []site {
	var out []site
	seen := map[FuncRef]bool{r: true}
	queue := []FuncRef{r}
	for k := 0; k < len(queue); k++ {
		for _, s := range ix.callers[queue[k]] {
			out = append(out, s)
			if in := ix.bound[s.file][s.call].in; in >= 0 {
				c := FuncRef{int(s.file), int(in)}
				if !seen[c] {
					seen[c] = true
					queue = append(queue, c)
				}
			}
		}
	}
	return out
}

// Site is a call site in another file that reaches a function.
type Site struct {
	Path                             string
	Pos, End                         int
	Line, Column, EndLine, EndColumn int
	// Callee is the function called there.
	Callee string
}

// FunctionAt returns the index of the innermost function of the file that
// contains the offset pos, or -1.
func (s *FileSummary) FunctionAt(pos int) int {
	best := -1
	for i, fn := range s.Functions {
		// Functions are in source order: a later one that contains pos is nested deeper.
		if int(fn.Pos) <= pos && pos < int(fn.End) {
			best = i
		}
	}
	return best
}

// CallSites returns the call sites, in other files, that reach function
// fn of the file (directly or through other functions), sorted by path and
// position; total is their number before the list was cut at max (max <=
// 0: no cut).
func (ix *Index) CallSites(p string, fn, max int) (sites []Site, total int) {
	fi := ix.file(p)
	if fi < 0 || fn < 0 || fn >= len(ix.files[fi].Functions) {
		return nil, 0
	}
	list := nameTable.snapshot()
	for _, s := range ix.transitiveSites(FuncRef{fi, fn}) {
		if int(s.file) == fi {
			continue
		}
		b := &ix.bound[s.file][s.call]
		f := ix.files[s.file]
		c := newCallReader(f.calls, list).at(int(b.off), b.basePos, b.baseLine)
		sites = append(sites, Site{Path: f.Path, Pos: int(c.Pos), End: int(c.End), Line: int(c.Line), Column: int(c.Column),
			EndLine: int(c.EndLine), EndColumn: int(c.EndColumn), Callee: ix.fn(b.target.ref()).Name})
	}
	sort.Slice(sites, func(i, j int) bool {
		if sites[i].Path != sites[j].Path {
			return sites[i].Path < sites[j].Path
		}
		return sites[i].Pos < sites[j].Pos
	})
	total = len(sites)
	if max > 0 && len(sites) > max {
		sites = sites[:max]
	}
	return sites, total
}

// MaxRelatedCallers bounds the calling sites listed on one finding; the
// last one says how many more there are.
const MaxRelatedCallers = 20

// RelatedCallers returns the calling sites in other files of function fn
// of the file at path (FileSummary.FunctionAt of a finding's offset), as
// related locations of a finding in it (at most MaxRelatedCallers), so
// that code scanning shows who is affected. nil when fn is -1 or nothing
// else calls it.
func (ix *Index) RelatedCallers(p string, fn int) []rules.Related {
	if ix == nil {
		return nil
	}
	// A function's findings share its callers: computed once (a wrapper
	// with many findings and many callers made it quadratic).
	key := FuncRef{ix.file(p), fn}
	if rel, ok := ix.related[key]; ok {
		return rel
	}
	rel := ix.relatedCallers(p, fn)
	ix.related[key] = rel
	return rel
}

func (ix *Index) relatedCallers(p string, fn int) []rules.Related {
	sites, total := ix.CallSites(p, fn, MaxRelatedCallers)
	if len(sites) == 0 {
		return nil
	}
	name := ix.files[ix.file(p)].Functions[fn].Name
	out := make([]rules.Related, len(sites))
	for i, s := range sites {
		msg := name + " is called here"
		if !strings.EqualFold(s.Callee, name) {
			msg = name + " is called from here, through " + s.Callee
		}
		if i == len(sites)-1 && total > len(sites) {
			msg += fmt.Sprintf(" (and %d more calling sites)", total-len(sites))
		}
		out[i] = rules.Related{Pos: s.Pos, End: s.End, Message: msg, Path: s.Path,
			Line: s.Line, Column: s.Column, EndLine: s.EndLine, EndColumn: s.EndColumn}
	}
	return out
}
