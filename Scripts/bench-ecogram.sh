#!/usr/bin/env bash
# The ecogram benchmark of issue 4: GPS's own SVG for a 500-stakeholder case against
# `dot -Tsvg` on the DOT that GPS writes for the same case, in one run on this machine.
# Target: GPS at most half of dot's time, under 60 MB peak.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-500}"
runs="${RUNS:-10}"

command -v dot >/dev/null || { echo "bench-ecogram: needs graphviz (apt-get install graphviz)" >&2; exit 1; }
swift build -c release --product gps >/dev/null
gps="$(swift build -c release --show-bin-path)/gps"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GPS_DATA_DIR="$work/data"
python3 Scripts/make-network.py "$count" >"$work/network.json"
id="$("$gps" nieuw --antwoorden "$work/network.json" 2>/dev/null)"
"$gps" ecogram "$id" --formaat dot -o "$work/network.dot" 2>/dev/null

echo "Ecogram of $count stakeholders on $(uname -m), $(nproc) cores; $(dot -V 2>&1)"
python3 Scripts/benchmark.py --runs "$runs" \
    "dot -Tsvg=dot -Tsvg -o /dev/null $work/network.dot" \
    "gps ecogram --formaat svg=$gps ecogram $id --formaat svg" \
    "gps ecogram --formaat dot=$gps ecogram $id --formaat dot"
