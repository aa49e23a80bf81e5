package rules

import "testing"

// TestRegistry: every rule registered once, under a unique ID and name,
// with a runner; the registry is sorted by ID.
func TestRegistry(t *testing.T) {
	for _, c := range registryConflicts {
		t.Errorf("rule refused: %s", c)
	}
	for i, r := range All() {
		if r.Run == nil || r.ID == "" || r.Name == "" {
			t.Errorf("rule %d: %+v", i, r.Meta)
		}
		if i > 0 && All()[i-1].ID >= r.ID {
			t.Errorf("registry not sorted: %s before %s", All()[i-1].ID, r.ID)
		}
	}
}

// TestRegisterRefusesDuplicates: a second rule with a taken ID or name is
// refused and recorded.
func TestRegisterRefusesDuplicates(t *testing.T) {
	saved, savedConflicts := registry, registryConflicts
	t.Cleanup(func() { registry, registryConflicts = saved, savedConflicts })
	registry, registryConflicts = nil, nil
	register(&Rule{Meta: Meta{ID: "TST001", Name: "a"}, Run: func(*Pass) {}})
	register(&Rule{Meta: Meta{ID: "tst001", Name: "b"}, Run: func(*Pass) {}})
	register(&Rule{Meta: Meta{ID: "TST002", Name: "A"}, Run: func(*Pass) {}})
	if len(registry) != 1 || len(registryConflicts) != 2 {
		t.Errorf("registry %d rules, conflicts %v", len(registry), registryConflicts)
	}
}
