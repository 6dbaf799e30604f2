#!/bin/sh
# Prints an example's golden HTML record to PDF with headless Chromium and renders one page as
# PNG, to look at what a coach gets on paper.
# Usage: Scripts/print-example.sh [EXAMPLE] [PAGE]   (needs: apt-get install chromium poppler-utils)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
example=${1:-blauwe-plekken}
page=${2:-1}
html="$root/Examples/$example/record.html"
out=${TMPDIR:-/tmp}/gps-print-$example
[ -f "$html" ] || { echo "no $html" >&2; exit 66; }
command -v chromium >/dev/null || { echo "chromium is not installed" >&2; exit 69; }
mkdir -p "$out"
start=$(date +%s.%N)
chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-pdf-header-footer --user-data-dir="$out/profile" \
    --print-to-pdf="$out/record.pdf" "$html" 2>/dev/null
end=$(date +%s.%N)
pdfinfo "$out/record.pdf" | grep -E '^(Pages|Page size):'
pdftoppm -png -r 60 -f "$page" -l "$page" "$out/record.pdf" "$out/page"
echo "printed in $(awk "BEGIN { printf \"%.1f\", $end - $start }") s; PDF and PNG in $out"
