#!/usr/bin/env bash
# The project's benchmark (issue 7): GPS side by side with reference programs, in one run on
# this machine, each with warm-up and repeated runs (Scripts/benchmark.py). Targets:
#   gps --version                      ≤ 1.3× a Foundation hello-world (time and peak memory)
#   gps nieuw --antwoorden, gps rapport ≤ 2× the same hello-world, on the largest example
#   gps wet --zoek over 50 MB of notes  at least as fast as grep -E with equivalent patterns
#   gps ecogram --formaat svg (500)     ≤ 0.5× dot -Tsvg on the DOT GPS writes
#   gps lijst over 10,000 cases         ≤ 0.3 s and ≤ 40 MB
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-10}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GPS_DATA_DIR="$work/data"

echo "Building gps and a Foundation hello-world (release)…" >&2
swift build -c release --product gps >/dev/null
gps="$(swift build -c release --show-bin-path)/gps"
mkdir -p "$work/hello/Sources/hello"
cat >"$work/hello/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
cat >"$work/hello/Sources/hello/main.swift" <<'SWIFT'
import Foundation
print("hello, \(ProcessInfo.processInfo.processName)")
SWIFT
swift build -c release --package-path "$work/hello" >/dev/null
hello="$(swift build -c release --package-path "$work/hello" --show-bin-path)/hello"

largest="$(wc -c Examples/*/antwoorden.json | sort -n | grep -v total | tail -1 | awk '{print $2}')"
id="$("$gps" nieuw --antwoorden "$largest" 2>/dev/null)"

echo
echo "Machine: $(uname -m), $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ //'); $(swift --version 2>&1 | head -1)"
echo
echo "1. Start-up and a whole case ($(basename "$(dirname "$largest")"))"
python3 Scripts/benchmark.py --runs "$runs" \
    "hello-world=$hello" \
    "gps --version=$gps --version" \
    "gps nieuw --antwoorden=$gps nieuw --antwoorden $largest" \
    "gps rapport=$gps rapport $id"

echo
echo "2. gps lijst over 10,000 cases (the first run builds the index, the timed runs use it)"
export GPS_DATA_DIR="$work/many"
python3 Scripts/make-cases.py "$work/data/cases/$id.json" "$work/many/cases" 10000
python3 Scripts/benchmark.py --runs "$runs" \
    "hello-world=$hello" \
    "gps lijst (10,000)=$gps lijst"
export GPS_DATA_DIR="$work/data"

echo
echo "3. Ecogram of 500 stakeholders"
python3 Scripts/make-network.py 500 >"$work/network.json"
big="$("$gps" nieuw --antwoorden "$work/network.json" 2>/dev/null)"
"$gps" ecogram "$big" --formaat dot -o "$work/network.dot" 2>/dev/null
python3 Scripts/benchmark.py --runs "$runs" \
    "dot -Tsvg=dot -Tsvg -o /dev/null $work/network.dot" \
    "gps ecogram --formaat svg=$gps ecogram $big --formaat svg"

echo
echo "4. Finding article references in 50 MB of notes"
RUNS="$runs" Scripts/bench-law.sh 50
