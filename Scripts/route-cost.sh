#!/usr/bin/env bash
# What a route costs a caregiver: types an answers file into the real binary through a
# pseudo-terminal and prints `prompts N · words shown N · characters typed N · minutes N`
# (reading 200 words a minute, typing 30). Usage: Scripts/route-cost.sh ANSWERS.json [--kort]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: Scripts/route-cost.sh ANSWERS.json [--kort]" >&2; exit 64; }
swift build --product gps >/dev/null
swift build --product gps-typing >/dev/null
bin="$(swift build --show-bin-path)"
exec python3 Scripts/route-cost.py "$bin/gps" "$bin/gps-typing" "$@"
