#!/usr/bin/env bash
# Release build: cross-compiles psmailscan and packs one archive per target
# plus one SHA-256 checksums file.
#
#   bash .github/release/build.sh VERSION OUTDIR [GOOS/GOARCH ...]
#
# VERSION is the tag (v1.2.3); --version prints it without the v. Without
# targets, all six are built: Windows as .zip (psmailscan.exe, LICENSE,
# README.md), Linux and macOS as .tar.gz. OUTDIR then holds
#   psmailscan_1.2.3_windows_amd64.zip  …  psmailscan_1.2.3_darwin_arm64.tar.gz
#   psmailscan_1.2.3_checksums.txt      (sha256sum -c checks it)
# Needs only bash (3.2 is enough) and Go: archives and checksums are made
# by the Go program beside this script.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 VERSION OUTDIR [GOOS/GOARCH ...]" >&2
  exit 2
fi
tag=$1
outdir=$2
shift 2
case "$tag" in
  v[0-9]*) ;;
  *) echo "build.sh: VERSION must be a tag like v1.2.3, not '$tag'" >&2; exit 2 ;;
esac
version=${tag#v}
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=(windows/amd64 windows/arm64 linux/amd64 linux/arm64 darwin/amd64 darwin/arm64)
fi

repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
cd "$repo"

# Same inputs, same archives: file times come from the commit.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 315532800)
fi
export SOURCE_DATE_EPOCH

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
archiver=$work/archive
go build -o "$archiver" ./.github/release/archive

archives=()
for target in "${targets[@]}"; do
  goos=${target%/*}
  goarch=${target#*/}
  name=psmailscan_${version}_${goos}_${goarch}
  exe=psmailscan
  ext=tar.gz
  if [ "$goos" = windows ]; then
    exe=psmailscan.exe
    ext=zip
  fi
  mkdir -p "$work/$name"
  echo "build $goos/$goarch"
  CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch go build -trimpath \
    -ldflags "-s -w -X github.com/psmailscan/psmailscan/version.stamped=$tag" \
    -o "$work/$name/$exe" ./cmd/psmailscan
  "$archiver" pack "$outdir/$name.$ext" "$work/$name/$exe" LICENSE README.md
  archives+=("$outdir/$name.$ext")
done
"$archiver" sums "$outdir/psmailscan_${version}_checksums.txt" "${archives[@]}"
echo "wrote ${#archives[@]} archives and psmailscan_${version}_checksums.txt to $outdir"
