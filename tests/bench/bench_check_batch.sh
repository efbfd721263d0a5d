#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `nianbao check` as a whole process over many copies of the example report (target: 2,000 files < 2 s).
# Usage: tests/bench/bench_check_batch.sh [path/to/nianbao] [count]
# Also times `nianbao check --summary OUT.html` over the same files (the supervising office's batch).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$here/build/release/bin/nianbao}
count=${2:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
while [ "$i" -lt "$count" ]; do
    cp "$here/resources/examples/example-county-2023.nianbao" "$work/r$i.nianbao"
    i=$((i + 1))
done
start=$(date +%s.%N)
"$bin" check "$work"/*.nianbao > "$work/out.txt"
end=$(date +%s.%N)
echo "nianbao check over $count reports: $(awk "BEGIN { printf \"%.3f\", $end - $start }") s ($(wc -l < "$work/out.txt") lines of output)"
start=$(date +%s.%N)
"$bin" check --summary "$work/summary.html" "$work"/*.nianbao > /dev/null
end=$(date +%s.%N)
echo "nianbao check --summary over $count reports: $(awk "BEGIN { printf \"%.3f\", $end - $start }") s ($(wc -c < "$work/summary.html") bytes of HTML)"
