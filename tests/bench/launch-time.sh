#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: launch → window shown, as a whole process (exec, dynamic loading, QApplication, the window's first
# paint), and launch → the report given on the command line shown, and the peak memory (RSS) of each run; and
# `nianbao --version` as a whole process (mostly dynamic linking). tests/bench/startup-profile.sh says where the
# instructions go. On a machine shared with other work the minimum shows the program's own cost best.
# Targets (issue 18): report shown ≤ 120 ms, RSS with a report open ≤ 80 MB.
#   tests/bench/launch-time.sh [BINARY] [REPORT] [RUNS]
# Offscreen unless DISPLAY is set (under Xvfb: xvfb-run -a tests/bench/launch-time.sh …).
# The app prints "nianbao-probe: window|document <ms since epoch>" when NIANBAO_STARTUP_PROBE is set.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/release/bin/nianbao}
report=${2:-$here/../data/gui-county-2023.nianbao}
runs=${3:-10}
[ -x "$bin" ] || { echo "launch-time: no binary at $bin (build first)" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then export QT_QPA_PLATFORM=offscreen; fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# A settings folder of its own, so no saved geometry or recent files change what is measured.
export XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

summary() { # $1: label, $2: file of milliseconds
    sort -n "$2" | awk -v label="$1" '{ v[NR] = $1 } END { if (NR > 0) printf "%-34s median %d ms, min %d ms, max %d ms (%d runs)\n", label, v[int((NR + 1) / 2)], v[1], v[NR], NR }'
}

measure() { # $1: label, rest: arguments
    label=$1; shift
    tmp=$(mktemp -d)
    for i in $(seq "$runs"); do
        start=$(date +%s%3N)
        if [ -x /usr/bin/time ]; then
            NIANBAO_STARTUP_PROBE=quit /usr/bin/time -f "%M" -a -o "$tmp/rss" "$bin" "$@" 2>"$tmp/err" >/dev/null
        else
            NIANBAO_STARTUP_PROBE=quit "$bin" "$@" 2>"$tmp/err" >/dev/null
        fi
        window=$(sed -n 's/^nianbao-probe: window //p' "$tmp/err")
        document=$(sed -n 's/^nianbao-probe: document //p' "$tmp/err")
        [ -n "$window" ] || { echo "launch-time: no probe output:" >&2; cat "$tmp/err" >&2; exit 1; }
        echo "$((window - start))" >>"$tmp/window"
        [ -z "$document" ] || echo "$((document - start))" >>"$tmp/document"
    done
    summary "$label: window shown" "$tmp/window"
    [ ! -f "$tmp/document" ] || summary "$label: report shown" "$tmp/document"
    [ ! -f "$tmp/rss" ] || sort -n "$tmp/rss" | awk -v label="$label" '{ v[NR] = $1 } END { printf "%-34s median %.1f MB (GNU time)\n", label ": peak RSS", v[int((NR + 1) / 2)] / 1024 }'
    rm -rf "$tmp"
}

measure_command() { # $1: label, rest: arguments; wall time of the whole process, in tenths of a millisecond
    label=$1; shift
    tmp=$(mktemp -d)
    for i in $(seq "$runs"); do
        start=$(date +%s%N)
        "$bin" "$@" >/dev/null 2>&1
        echo $((($(date +%s%N) - start) / 100000)) >>"$tmp/times"
    done
    sort -n "$tmp/times" | awk -v label="$label" '{ v[NR] = $1 } END { printf "%-34s median %.1f ms, min %.1f ms, max %.1f ms (%d runs)\n", label, v[int((NR + 1) / 2)] / 10, v[1] / 10, v[NR] / 10, NR }'
    rm -rf "$tmp"
}

measure "nianbao (start page)"
measure "nianbao REPORT" "$report"
measure_command "nianbao --version" --version
