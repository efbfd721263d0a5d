#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (issue 18): a keystroke in a cell → findings repainted, with the roll-up (汇总) of 60 units' reports
# open in the editor. The 60 reports are generated and consolidated by bench_consolidate.sh; bench_celledit
# then types into the parent report. Target: ≤ 5 ms a keystroke.
#   tests/bench/bench_celledit_consolidated.sh [BUILD_DIR] [ITERATIONS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
iterations=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PARENT_OUT="$work/parent.nianbao" "$here/bench_consolidate.sh" "$build/bin/nianbao" 60
export XDG_RUNTIME_DIR="$work/xdg" XDG_CONFIG_HOME="$work/config"
mkdir -m 700 "$XDG_RUNTIME_DIR"
"$build/tests/bench/bench_celledit" "$work/parent.nianbao" "$iterations"
