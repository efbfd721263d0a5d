#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (issue 18): `nianbao export REPORT -o x.pdf` as a whole process (start-up, font lookup, layout,
# writing), run like a clerk's terminal without a display, once with the font programs its warm-up run kept
# (render/fontsubsetcache.h: a clerk's export after a correction) and once cutting them anew (a report's first
# export); beside it `nianbao --version` (start-up alone) and
# the export to HTML (start-up and reading, no fonts); 60 reports in one process (export … --outdir), as a
# supervising office prints them; then, when LibreOffice is installed, the same report's ODT converted with
# `libreoffice --headless --convert-to pdf`, and the ratio. Each line gives the median wall time and the median
# CPU time (user + system, children included): on a shared machine the CPU time is the steadier figure.
# Targets: one PDF ≤ 25 ms and ≥ 50 times faster than LibreOffice (first gate: 20), ≤ 5 ms a further report.
#
# usage: bench_export.sh NIANBAO_BINARY REPORT.nianbao [RUNS]
# exit 1 when nianbao is less than 20 times faster than LibreOffice
set -eu
nianbao=$1
report=$2
runs=${3:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY || true
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# measure RUNS COMMAND…: runs it once to warm the page cache (and nianbao's font cache, as on a clerk's second
# export), then RUNS times; prints "WALL_MS CPU_MS" (medians).
measure() {
    python3 - "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs, command = int(sys.argv[1]), sys.argv[2:]
quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
subprocess.run(command, **quiet)
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, **quiet)
    walls.append((time.perf_counter() - start) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print("%.1f %.1f" % (statistics.median(walls), statistics.median(cpus)))
PY
}
say() { # LABEL "WALL CPU" RUNS
    echo "$2" | awk -v label="$1" -v runs="$3" '{ printf "%-60s %7.1f ms wall, %7.1f ms CPU (median of %d)\n", label ":", $1, $2, runs }'
}

name=$(basename "$report")
version=$(measure "$runs" "$nianbao" --version)
say "nianbao --version" "$version" "$runs"
html=$(measure "$runs" "$nianbao" export "$report" -o "$work/x.html")
say "nianbao export $name -o x.html" "$html" "$runs"
pdf=$(measure "$runs" "$nianbao" export "$report" -o "$work/x.pdf")
pages=$(pdfinfo "$work/x.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
say "nianbao export $name -o x.pdf (${pages:-?} p.)" "$pdf" "$runs"
# The same without the font programs kept from an earlier export (render/fontsubsetcache.h): a report's first
# export, or one with characters its earlier exports did not have.
uncut=$(NIANBAO_SUBSET_CACHE=off measure "$runs" "$nianbao" export "$report" -o "$work/x.pdf")
say "  the same, cutting the fonts anew (NIANBAO_SUBSET_CACHE=off)" "$uncut" "$runs"

# Many reports in one process: 60 copies of the report; a further report costs (time of 60 - time of 1) / 59.
mkdir "$work/many"
i=1
while [ $i -le 60 ]; do cp "$report" "$work/many/unit-$i.nianbao"; i=$((i + 1)); done
# shellcheck disable=SC2046 # the 60 file names, none with a space
many=$(measure 3 "$nianbao" export $(ls "$work"/many/*.nianbao) --outdir "$work/many-out")
say "nianbao export 60 reports --outdir" "$many" 3
echo "$many $pdf" | awk '{ printf "%-60s %7.1f ms wall, %7.1f ms CPU\n", "  each further report:", ($1 - $3) / 59, ($2 - $4) / 59 }'

office=$(command -v libreoffice || command -v soffice || true)
if [ -z "$office" ]; then
    echo "LibreOffice is not installed: no comparison (apt install libreoffice-writer-nogui)"
    exit 0
fi
"$nianbao" export "$report" -o "$work/x.odt" > /dev/null
profile="file://$work/lo-profile"
lo=$(measure 3 "$office" -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/x.odt")
lo_pages=$(pdfinfo "$work/lo/x.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
say "libreoffice --convert-to pdf, same report (${lo_pages:-?} p.)" "$lo" 3
echo "$lo $pdf" | awk '{ w = $1 / $3; c = $2 / $4; printf "ratio: %.1f times faster in wall time, %.1f in CPU time (targets: 20, then 50)\n", w, c; exit (w >= 20) ? 0 : 1 }'
