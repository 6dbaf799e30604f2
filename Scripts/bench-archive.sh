#!/usr/bin/env bash
# The archive benchmark (issue 13): `gps archief zoek` against `git grep` for the same words on
# the same clone of 10,000 records (Scripts/make-archive.py, from the worked examples as
# `gps archief deel` shares them), side by side with Scripts/benchmark.py.
# Target: zoek at most 1 s, and no slower than git grep.
#
# Fairness: both write their matches to a regular file, and git grep folds case (-i) as zoek
# folds case and accents. zoek prints one line per record, git grep every matching line.
# The first zoek after a pull builds the index; it is timed on its own, the rest use it.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
runs="${RUNS:-5}"

swift build -c release --product gps >/dev/null
gps="$(swift build -c release --show-bin-path)/gps"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=bench \
    GIT_COMMITTER_EMAIL=bench@example.org
mkdir -p "$HOME"

# One caregiver shares the five worked examples; a second one's clone gets the 10,000 copies.
export GPS_DATA_DIR="$work/author"
"$gps" archief koppel "$work/archief.git" >/dev/null
for answers in Examples/*/antwoorden.json; do
    "$gps" archief deel "$("$gps" nieuw --antwoorden "$answers" 2>/dev/null)" >/dev/null
done
export GPS_DATA_DIR="$work/reader"
python3 Scripts/make-archive.py "$work/author/archief/records" "$work/reader/archief" "$count"
clone="$work/reader/archief"

echo "$count records, $(du -sm --apparent-size "$clone/records" | cut -f1) MB of Markdown and JSON, on $(uname -m), $(nproc) cores; $(git --version)"
start=$(date +%s%N)
"$gps" archief zoek opbouw >/dev/null 2>&1
echo "building the index (first zoek after a change): $((($(date +%s%N) - start) / 1000000)) ms, $(du -m "$clone/.git/gps-archief-index" | cut -f1) MB"
# A colleague's new record, as after `gps archief haal`: the next zoek reads only that one.
first="$(find "$clone/records" -name '*.json' -print -quit)"
cp "$first" "$clone/records/nieuwerecord.json"
cp "${first%.json}.md" "$clone/records/nieuwerecord.md"
start=$(date +%s%N)
"$gps" archief zoek opbouw >/dev/null 2>&1
echo "updating the index after one new record: $((($(date +%s%N) - start) / 1000000)) ms"
echo
for words in verantwoordelijke consulent zwartwerk parket; do
    echo "\"$words\": zoek $("$gps" archief zoek "$words" 2>/dev/null | grep -vc '^ ') records, git grep $(git -C "$clone" grep -i -F -l "$words" -- '*.md' | wc -l) files"
    python3 Scripts/benchmark.py --runs "$runs" \
        "git grep -i -n $words=sh -c 'cd \"\$0\" && git grep -i -F -n \"\$1\" >\"\$2\"' $clone $words $work/grep.out" \
        "gps archief zoek $words=sh -c '\"\$0\" archief zoek \"\$1\" >\"\$2\" 2>/dev/null' $gps $words $work/zoek.out"
    echo
done
python3 Scripts/benchmark.py --runs "$runs" \
    "git grep -i -n 458bis=sh -c 'cd \"\$0\" && git grep -i -F -n 458bis >\"\$1\"' $clone $work/grep.out" \
    "zoek --artikel --oordeel --van=sh -c '\"\$0\" archief zoek --artikel 458bis --oordeel niet-gedekt --van 2025-01 >\"\$1\" 2>/dev/null' $gps $work/zoek.out"
