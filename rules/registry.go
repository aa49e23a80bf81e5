package rules

import (
	"fmt"
	"sort"
	"strings"
)

// registry holds every rule, sorted by ID whatever order the rule files'
// init functions run in. Retired IDs are never reused.
var registry []*Rule

// registryConflicts lists the rules refused because their ID or name was
// taken; a test requires it to be empty.
var registryConflicts []string

// register adds a rule at init time; each rule file registers its own. A
// rule whose ID or name (case-insensitive) is already registered is
// refused, so Lookup can never find two.
func register(r *Rule) {
	for _, o := range registry {
		if strings.EqualFold(o.ID, r.ID) || strings.EqualFold(o.Name, r.Name) {
			registryConflicts = append(registryConflicts, fmt.Sprintf("%s (%s) conflicts with %s (%s)", r.ID, r.Name, o.ID, o.Name))
			return
		}
	}
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
