#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `nianbao export REPORT -o x.pdf` as a whole process (start-up, font lookup, layout, writing), run
# like a clerk's terminal without a display; then, when LibreOffice is installed, the same report's ODT converted
# with `libreoffice --headless --convert-to pdf`, and the ratio. Target: nianbao at least 20 times faster.
#
# usage: bench_export.sh NIANBAO_BINARY REPORT.nianbao [RUNS]
set -eu
nianbao=$1
report=$2
runs=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY || true
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"

now() { date +%s%N; }
# median of the numbers on stdin (nanoseconds), printed in milliseconds
median_ms() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1e6 }'; }

"$nianbao" export "$report" -o "$work/warm.pdf" > /dev/null # the page cache, as on a clerk's second export
: > "$work/pdf.times"
i=0
while [ $i -lt "$runs" ]; do
    t0=$(now)
    "$nianbao" export "$report" -o "$work/x.pdf" > /dev/null 2>&1
    t1=$(now)
    echo $((t1 - t0)) >> "$work/pdf.times"
    i=$((i + 1))
done
pdf_ms=$(median_ms < "$work/pdf.times")
pages=$(pdfinfo "$work/x.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
echo "nianbao export -o x.pdf: ${pdf_ms} ms (median of $runs runs, ${pages:-?} pages, $(basename "$report"))"

# Many reports in one process (export FILE... --outdir): 60 copies of the report, as a supervising office prints
# them; the cost of each additional report is (time of 60 - time of 1) / 59.
mkdir "$work/many"
i=1
while [ $i -le 60 ]; do cp "$report" "$work/many/unit-$i.nianbao"; i=$((i + 1)); done
: > "$work/many.times"
i=0
while [ $i -lt 3 ]; do
    t0=$(now)
    "$nianbao" export "$work"/many/unit-*.nianbao --outdir "$work/many-out" > /dev/null 2>&1
    t1=$(now)
    echo $((t1 - t0)) >> "$work/many.times"
    i=$((i + 1))
done
many_ms=$(median_ms < "$work/many.times")
awk -v all="$many_ms" -v one="$pdf_ms" 'BEGIN { printf "nianbao export 60 reports --outdir: %.1f ms (median of 3), %.1f ms per additional report\n", all, (all - one) / 59 }'

office=$(command -v libreoffice || command -v soffice || true)
if [ -z "$office" ]; then
    echo "LibreOffice is not installed: no comparison (apt install libreoffice-writer-nogui)"
    exit 0
fi
"$nianbao" export "$report" -o "$work/x.odt" > /dev/null
profile="file://$work/lo-profile"
"$office" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/x.odt" > /dev/null 2>&1 # creates the profile
lo_runs=3
: > "$work/lo.times"
i=0
while [ $i -lt $lo_runs ]; do
    t0=$(now)
    "$office" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/x.odt" > /dev/null 2>&1
    t1=$(now)
    echo $((t1 - t0)) >> "$work/lo.times"
    i=$((i + 1))
done
lo_ms=$(median_ms < "$work/lo.times")
lo_pages=$(pdfinfo "$work/lo/x.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
echo "libreoffice --headless --convert-to pdf (same report as ODT): ${lo_ms} ms (median of $lo_runs runs, ${lo_pages:-?} pages)"
awk -v a="$lo_ms" -v b="$pdf_ms" 'BEGIN { r = a / b; printf "ratio: %.1f times faster (target: at least 20)\n", r; exit (r >= 20) ? 0 : 1 }'
