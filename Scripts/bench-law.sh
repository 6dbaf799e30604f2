#!/usr/bin/env bash
# The reference-scanner benchmark of issue 7: `gps wet --zoek` over 50 MB of generated notes
# against `grep -E` with the nearest patterns grep can express, in one run on this machine.
# Target: gps at least as fast as grep.
#
# Fairness: every command writes its matches to a regular file (GNU grep stops at the first
# match when its output is /dev/null, which is what benchmark.py gives it). Two grep patterns:
# "cues" is the brief's pattern (cue + number + suffix); "all" adds what gps also finds
# without a cue (a number with a suffix, the names of provisions) and prints line and byte
# offset as gps prints line:column. grep runs in the C locale (its fastest) and in the
# session's UTF-8 locale. gps does more than either: it resolves every reference, skips dates,
# amounts and phone numbers, and explains mis-citations.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-50}"
runs="${RUNS:-5}"

swift build -c release --product gps >/dev/null
gps="$(swift build -c release --show-bin-path)/gps"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
notes="$work/notes.txt"
python3 Scripts/make-notes.py "$size" >"$notes"

cues='(art\.?|artikel|artt\.)[[:space:]]*[0-9]+[[:space:]]*(bis|ter|quater)?'
all='(art\.?|artikel|artikels|artikelen|artt\.?|article)[[:space:]]*[0-9]+([[:space:]-]?(bis|ter|quater))?|[0-9]+[[:space:]-]?(bis|ter|quater)|spreekrecht|beroepsgeheim|hulpverzuim|meldplicht|casusoverleg|noodtoestand'
utf8="${LC_ALL:-${LANG:-C.UTF-8}}"
case "$utf8" in *UTF-8* | *utf8*) ;; *) utf8=C.UTF-8 ;; esac

echo "$(du -m "$notes" | cut -f1) MB of notes on $(uname -m), $(nproc) cores; $(grep --version | head -1); UTF-8 locale $utf8"
python3 Scripts/benchmark.py --runs "$runs" \
    "grep -E cues (C)=sh -c 'LC_ALL=C grep -E -o -i \"\$0\" \"\$1\" >\"\$2\"' $cues $notes $work/grep1.out" \
    "grep -E cues ($utf8)=sh -c 'LC_ALL=$utf8 grep -E -o -i \"\$0\" \"\$1\" >\"\$2\"' $cues $notes $work/grep2.out" \
    "grep -E all -n -b (C)=sh -c 'LC_ALL=C grep -E -n -b -o -i \"\$0\" \"\$1\" >\"\$2\"' $all $notes $work/grep3.out" \
    "gps wet --zoek=sh -c '\"\$0\" wet --zoek \"\$1\" >\"\$2\"' $gps $notes $work/gps.out"
echo "references: gps $(tail -n 2 "$work/gps.out" | head -n 1 | cut -d' ' -f1), grep cues $(wc -l <"$work/grep1.out"), grep all $(wc -l <"$work/grep3.out")"
