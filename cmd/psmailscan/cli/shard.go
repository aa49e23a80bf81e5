package cli

import "github.com/psmailscan/psmailscan/cmd/psmailscan/inventory"

// inShard keeps the inputs of shard i of n (by path hash, as inventory does).
func inShard(in []input, i, n int) []input {
	var out []input
	for _, x := range in {
		if inventory.ShardOf(x.path, n) == i {
			out = append(out, x)
		}
	}
	return out
}
