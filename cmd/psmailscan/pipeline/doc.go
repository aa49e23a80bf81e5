// Package pipeline is the one way every command goes from command-line
// arguments to per-file results: scan, inventory, parse, bench and the
// repository-wide index all use it, so a file is found, read and skipped
// for the same reasons whichever command looks at it.
//
// The steps:
//
//   - Discover expands the arguments into Entries: folders are walked
//     (folder links are listed, not followed), PowerShell files
//     (.ps1, .psm1, .psd1) are kept, a Filter applies --include,
//     --exclude and .gitignore, and everything that cannot be scanned
//     becomes an Entry with a typed Skip instead of disappearing.
//   - Read reads one Entry within the size limit, without blocking on a
//     file that was replaced by a pipe, and says why it could not.
//   - Map runs a function over the entries on a worker pool and returns
//     the results by index, so output never depends on scheduling; when
//     the context is cancelled (Ctrl-C), the entries not started are
//     handed back as not run.
//
// Map is generic over the per-file result so that a command can run in
// phases: phase 1 maps every file to a small summary (parse, analyze,
// reduce, and drop the syntax tree and the semantic model before
// returning, so memory does not grow with the number of files); phase 2
// is one global step over the []T it got back; phase 3 finishes each
// file's output with the global result, if need be with a second Map.
// See ExampleMap.
package pipeline
