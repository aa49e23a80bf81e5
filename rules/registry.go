package rules

import (
	"sort"
	"strings"
)

// registry holds every rule, sorted by ID. Retired IDs are never reused.
var registry []*Rule

// register adds rules at init time; each rule file registers itself.
func register(r *Rule) {
	registry = append(registry, r)
	sort.Slice(registry, func(i, j int) bool { return registry[i].ID < registry[j].ID })
}

// All returns every rule, sorted by ID.
func All() []*Rule { return registry }

// Lookup returns the rule with the given ID or name (case-insensitive).
func Lookup(idOrName string) *Rule {
	for _, r := range registry {
		if strings.EqualFold(r.ID, idOrName) || strings.EqualFold(r.Name, idOrName) {
			return r
		}
	}
	return nil
}

// Families returns the distinct rule families (AUTH, EXO, HYB, MAIL, TLS).
func Families() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range registry {
		if f := r.Family(); !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}
