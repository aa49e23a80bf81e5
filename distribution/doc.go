// Package distribution holds no code: its tests check how psmailscan
// reaches users who have no Go toolchain — the release build
// (.github/release), the GitHub Action (action.yml, .github/action) and the
// pre-commit hooks (.pre-commit-hooks.yaml) — by running those files as
// their real consumers do.
package distribution
