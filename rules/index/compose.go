package index

import (
	"sort"
	"strings"

	"github.com/psmailscan/psmailscan/rules/semantic"
	"github.com/psmailscan/psmailscan/rules/semantic/mailfacts"
)

// compose marks the relevant functions (they send mail or have findings,
// or call one that does, in any file) and computes their facts through
// their calls until nothing changes (a fixpoint: recursion and cycles
// between files end because facts only grow).
func (ix *Index) compose() {
	var work []FuncRef
	for fi, f := range ix.files {
		for i := range f.Functions {
			fn := &f.Functions[i]
			if fn.Sends != nil { // its body sends mail (and only then has findings kept)
				r := FuncRef{fi, i}
				ix.relevant[r] = true
				work = append(work, r)
			}
		}
	}
	// Backwards through the callers: a caller of a relevant function is relevant.
	for k := 0; k < len(work); k++ {
		for _, s := range ix.callers[work[k]] {
			if in := ix.bound[s.file][s.call].in; in >= 0 {
				r := FuncRef{int(s.file), int(in)}
				if !ix.relevant[r] {
					ix.relevant[r] = true
					work = append(work, r)
				}
			}
		}
	}
	refs := make([]FuncRef, 0, len(ix.relevant))
	for r := range ix.relevant {
		refs = append(refs, r)
		fn := ix.fn(r)
		own := fn.facts()
		ix.eff[r] = &[2]*mailfacts.Facts{copyFacts(own[0]), copyFacts(orFacts(own[1], own[0]))}
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].File != refs[j].File {
			return refs[i].File < refs[j].File
		}
		return refs[i].Func < refs[j].Func
	})
	for changed := true; changed; {
		changed = false
		for _, r := range refs {
			for _, c := range ix.bound[r.File] {
				t := c.target.ref()
				if int(c.in) != r.Func || !ix.relevant[t] || t == r {
					continue
				}
				for e := 0; e < 2; e++ {
					add := ix.Effective(t, callState(c.tls, e))
					if add == nil {
						continue
					}
					cur := ix.eff[r][e]
					if cur == nil {
						cur = &mailfacts.Facts{}
						ix.eff[r][e] = cur
					}
					if mergeFacts(cur, add) {
						changed = true
					}
				}
			}
		}
	}
}

// callState is the TLS state a callee starts from: the caller's state at
// the call, or ensured when the caller itself started with TLS 1.2 on.
func callState(atCall semantic.Ensured, callerEntry int) semantic.Ensured {
	if callerEntry == 1 {
		return semantic.IsEnsured
	}
	return atCall
}

func (ix *Index) fn(r FuncRef) *Function { return &ix.files[r.File].Functions[r.Func] }

// Effective returns the composed facts of a function entered with the
// given TLS 1.2 state: what it and every function it calls do. nil when
// nothing it reaches sends mail.
func (ix *Index) Effective(r FuncRef, entry semantic.Ensured) *mailfacts.Facts {
	e := ix.eff[r]
	if e == nil {
		return nil
	}
	switch entry {
	case semantic.IsEnsured:
		return assumedIsEnsured(e[1])
	case semantic.MaybeEnsured:
		return someTLSPaths(e[0], e[1])
	}
	return e[0]
}

func orFacts(a, b *mailfacts.Facts) *mailfacts.Facts {
	if a != nil {
		return a
	}
	return b
}

func copyFacts(f *mailfacts.Facts) *mailfacts.Facts {
	if f == nil {
		return nil
	}
	c := &mailfacts.Facts{}
	mergeFacts(c, f)
	return c
}

// assumedIsEnsured turns the facts computed with TLS 1.2 assumed into
// those of a caller that enabled it: the state is "ensured", not assumed.
func assumedIsEnsured(f *mailfacts.Facts) *mailfacts.Facts {
	if f == nil || !strings.HasPrefix(f.TLS12, "assumed") {
		return f
	}
	c := copyFacts(f)
	c.TLS12 = tls12Ensured
	return c
}

// someTLSPaths is what a send reached with TLS 1.2 on some paths only
// does: the worse facts, with "not ensured" weakened to "on some paths".
func someTLSPaths(off, on *mailfacts.Facts) *mailfacts.Facts {
	if off == nil {
		return on
	}
	c := copyFacts(off)
	if on != nil && on.TLSState != off.TLSState && off.TLSState == mailfacts.TLSStateNot12 {
		c.TLSState = mailfacts.TLSStateMaybe12
		c.TLS12 = tls12Some
	}
	return c
}

// mergeFacts adds b to a and reports whether a grew.
func mergeFacts(a, b *mailfacts.Facts) bool {
	if b == nil {
		return false
	}
	grew := false
	u := func(dst *[]string, src []string) {
		if unionInto(dst, src) {
			grew = true
		}
	}
	u(&a.Methods, b.Methods)
	u(&a.Hosts, b.Hosts)
	u(&a.Ports, b.Ports)
	u(&a.TLSModes, b.TLSModes)
	u(&a.WeakProtocols, b.WeakProtocols)
	u(&a.Credentials, b.Credentials)
	u(&a.EXOHosts, b.EXOHosts)
	u(&a.EXOCmdlets, b.EXOCmdlets)
	u(&a.Connectors, b.Connectors)
	u(&a.Hybrid, b.Hybrid)
	u(&a.Modules, b.Modules)
	if b.EXOOnly && !a.EXOOnly {
		a.EXOOnly, grew = true, true
	}
	if w := WorseTLSState(a.TLSState, b.TLSState); w != a.TLSState {
		a.TLSState, grew = w, true
	}
	if w := WorseTLS12(a.TLS12, b.TLS12); w != a.TLS12 {
		a.TLS12, grew = w, true
	}
	return grew
}

// unionInto adds the members of src missing from *dst, keeping *dst
// sorted; it reports whether *dst grew.
func unionInto(dst *[]string, src []string) bool {
	grew := false
	for _, s := range src {
		i := sort.SearchStrings(*dst, s)
		if i < len(*dst) && (*dst)[i] == s {
			continue
		}
		*dst = append(*dst, "")
		copy((*dst)[i+1:], (*dst)[i:])
		(*dst)[i] = s
		grew = true
	}
	return grew
}

// The TLS 1.2 texts of the facts (mailfacts.Facts.TLS12), worst first.
const (
	tls12Not     = "not ensured"
	tls12Some    = "ensured on some paths"
	tls12Ensured = "ensured"
)

// WorseTLSState returns the worse of two TLS states of the facts
// (mailfacts.TLSStateOrder; "" counts as no state at all).
func WorseTLSState(a, b string) string {
	if rank(mailfacts.TLSStateOrder, b) < rank(mailfacts.TLSStateOrder, a) {
		return b
	}
	return a
}

// WorseTLS12 returns the worse of two TLS 1.2 texts of the facts; an
// "assumed (…)" text yields to any known state, "" to anything.
func WorseTLS12(a, b string) string {
	order := []string{tls12Not, tls12Some, tls12Ensured}
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.HasPrefix(a, "assumed"):
		if rank(order, b) < len(order) {
			return b
		}
		return a
	case strings.HasPrefix(b, "assumed"):
		return a
	}
	if rank(order, b) < rank(order, a) {
		return b
	}
	return a
}

func rank(order []string, s string) int {
	for i, o := range order {
		if o == s {
			return i
		}
	}
	return len(order)
}
