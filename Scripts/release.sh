#!/usr/bin/env bash
# Builds the standalone release binary and proves it works on its own: copied into an empty
# folder, with a clean HOME and no source tree or toolchain in reach, it must turn every
# Examples/*/antwoorden.json into exactly Examples/*/record.md. Prints the binary's size.
#
# Usage: Scripts/release.sh [OUTPUT]   (OUTPUT: where to copy the checked binary; optional)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

echo "Building: swift build -c release --static-swift-stdlib" >&2
swift build -c release --static-swift-stdlib >&2
built="$(swift build -c release --static-swift-stdlib --show-bin-path)/gps"

work=$(mktemp -d "${TMPDIR:-/tmp}/gps-release.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home" "$work/examples"
cp "$built" "$work/bin/gps"

# A clean environment: nothing from this shell, this HOME or this checkout leaks in.
run_gps() {
    (cd "$work" && env -i HOME="$work/home" GPS_DATA_DIR="$work/home/gps" LANG=nl_BE.UTF-8 NO_COLOR=1 \
        PATH=/usr/bin:/bin "$work/bin/gps" "$@")
}

if ldd "$work/bin/gps" | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch' >&2; then
    echo "FAIL: the binary still needs the Swift runtime libraries above" >&2
    exit 1
fi

run_gps --version
failures=0
count=0
for answers in "$root"/Examples/*/antwoorden.json; do
    name=$(basename "$(dirname "$answers")")
    mkdir -p "$work/examples/$name"
    cp "$answers" "$work/examples/$name/antwoorden.json"
    count=$((count + 1))
    if ! id=$(run_gps --stil nieuw --antwoorden "$work/examples/$name/antwoorden.json"); then
        echo "FAIL $name: gps nieuw --antwoorden failed" >&2
        failures=$((failures + 1))
        continue
    fi
    if run_gps rapport "$id" >"$work/examples/$name/record.md" \
        && diff -u "$root/Examples/$name/record.md" "$work/examples/$name/record.md" >&2; then
        echo "ok   $name ($id)"
    else
        echo "FAIL $name: the record differs from Examples/$name/record.md" >&2
        failures=$((failures + 1))
    fi
done

# What a user installs besides the binary itself: the generated scripts and page must parse.
run_gps --help >/dev/null
run_gps aanvulling bash | bash -n
if command -v groff >/dev/null; then
    if run_gps man | groff -man -Tutf8 -z -ww 2>&1 | grep . >&2; then
        echo "FAIL: groff warns about the man page" >&2
        failures=$((failures + 1))
    fi
fi

if [ "${1:-}" != "" ]; then
    cp "$work/bin/gps" "$1"
    echo "copied to $1"
fi

bytes=$(stat -c %s "$work/bin/gps")
echo "size: $bytes bytes ($((bytes / 1024 / 1024)) MiB)"
if [ "$failures" -ne 0 ] || [ "$count" -eq 0 ]; then
    echo "FAIL: $failures of $count examples" >&2
    exit 1
fi
echo "all $count examples reproduce their records"
