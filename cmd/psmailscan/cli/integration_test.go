package cli

import "path/filepath"

// repoRoot is the repository, seen from this package's directory. (The
// tests of the pre-commit hooks and the action's steps are in package
// distribution.)
var repoRoot = filepath.Join("..", "..", "..")
