#!/usr/bin/env bash
# The install step of action.yml: fetch the release archive of the action's
# own ref for this runner, check it against the release's checksums file and
# unpack it. Writes path=<binary> to GITHUB_OUTPUT, or build=true when the ref
# has no release (a branch, a commit, `uses: ./`, a major tag such as v1), so
# that action.yml builds from source instead.
#
# Environment: ACTION_REF (github.action_ref), ACTION_REPOSITORY
# (github.action_repository), GITHUB_ACTION_PATH, RUNNER_OS, RUNNER_ARCH,
# RUNNER_TEMP, GITHUB_OUTPUT. PSMAILSCAN_RELEASE_URL replaces the download
# location (https://github.com/OWNER/REPO/releases/download/REF); a file://
# URL or a plain directory lets tests run without a network.
set -euo pipefail

out() { echo "$1" >> "${GITHUB_OUTPUT:-/dev/null}"; }
from_source() {
  echo "psmailscan: $1: building from source"
  out build=true
  exit 0
}
fail() {
  # ::error:: makes the message an annotation on the run.
  echo "::error title=psmailscan install::$1"
  exit 1
}

ref=${ACTION_REF:-}
repo=${ACTION_REPOSITORY:-}
# github.action_ref can be empty in composite actions (actions/runner#2473);
# the runner checks the action out at .../_actions/OWNER/REPO/REF.
if [ -z "$ref" ]; then
  case "${GITHUB_ACTION_PATH:-}" in
    */_actions/*/*/*)
      ref=${GITHUB_ACTION_PATH##*/}
      rest=${GITHUB_ACTION_PATH%/*}
      name=${rest##*/}
      rest=${rest%/*}
      repo=${repo:-${rest##*/}/$name}
      ;;
  esac
fi
case "$ref" in
  v[0-9]*.*.*) ;;
  "") from_source "the action runs from a local checkout (uses: ./)" ;;
  *) from_source "ref '$ref' is not a release tag" ;;
esac
version=${ref#v}

case "${RUNNER_OS:-}" in
  Linux) goos=linux ;;
  macOS) goos=darwin ;;
  Windows) goos=windows ;;
  *) from_source "no release archive for runner OS '${RUNNER_OS:-unknown}'" ;;
esac
case "${RUNNER_ARCH:-}" in
  X64) goarch=amd64 ;;
  ARM64) goarch=arm64 ;;
  *) from_source "no release archive for runner architecture '${RUNNER_ARCH:-unknown}'" ;;
esac
exe=psmailscan
ext=tar.gz
if [ "$goos" = windows ]; then
  exe=psmailscan.exe
  ext=zip
fi
archive=psmailscan_${version}_${goos}_${goarch}.$ext
sums=psmailscan_${version}_checksums.txt
base=${PSMAILSCAN_RELEASE_URL:-https://github.com/${repo:-psmailscan/psmailscan}/releases/download/$ref}
base=${base%/}

temp=${RUNNER_TEMP:?RUNNER_TEMP is not set}
# D:\a\_temp on Windows runners: forward slashes work for Git Bash and Go alike.
dir=${temp//\\//}/psmailscan-$version-$goos-$goarch
rm -rf "$dir"
mkdir -p "$dir"

# fetch URL FILE: curl for URLs (file:// included), cp for a directory.
fetch() {
  case "$1" in
    *://*) curl -fsSL --retry 3 --retry-delay 2 -o "$2" "$1" ;;
    *) cp "$1" "$2" ;;
  esac
}

if ! fetch "$base/$sums" "$dir/$sums" 2>"$dir/fetch.err"; then
  # No checksums file: the tag has no release (yet). Anything else would
  # have failed below with the reason.
  cat "$dir/fetch.err" >&2
  from_source "no release files at $base"
fi
fetch "$base/$archive" "$dir/$archive" ||
  fail "release $ref has a checksums file but no $archive at $base"

want=$(awk -v n="$archive" '$2 == n || $2 == "*" n { print $1 }' "$dir/$sums")
[ -n "$want" ] || fail "$archive is not listed in $sums"
if command -v sha256sum >/dev/null; then
  got=$(sha256sum "$dir/$archive" | awk '{ print $1 }')
else
  got=$(shasum -a 256 "$dir/$archive" | awk '{ print $1 }') # macOS
fi
if [ "$got" != "$want" ]; then
  rm -f "$dir/$archive"
  fail "checksum mismatch for $archive: $sums says $want, the download is $got. The file was deleted and not used."
fi
echo "psmailscan: $archive matches $sums (sha256 $got)"

if [ "$ext" = zip ]; then
  if command -v unzip >/dev/null; then
    unzip -q -o "$dir/$archive" -d "$dir"
  else
    pwsh -NoProfile -Command "Expand-Archive -Force -LiteralPath '$dir/$archive' -DestinationPath '$dir'"
  fi
else
  tar -xzf "$dir/$archive" -C "$dir"
fi
[ -f "$dir/$exe" ] || fail "$archive holds no $exe"
chmod +x "$dir/$exe" 2>/dev/null || true
"$dir/$exe" --version
out "path=$dir/$exe"
