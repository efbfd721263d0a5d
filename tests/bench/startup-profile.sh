#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: where the instructions of a start go (callgrind, so the figures do not depend on the machine's load):
# `nianbao --version`, and the editor started on a report up to the report shown (NIANBAO_STARTUP_PROBE=quit).
#   tests/bench/startup-profile.sh [BINARY] [REPORT]
# Needs valgrind. Parts are inclusive and nest (the report's editor is part of opening it); the whole run also
# counts the teardown after the report showed, and work the editor does once idle (the pages of tables).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../build/release/bin/nianbao}
report=${2:-$here/../data/gui-county-2023.nianbao}
[ -x "$bin" ] || { echo "startup-profile: no binary at $bin (build first)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "startup-profile: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then export QT_QPA_PLATFORM=offscreen; fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export XDG_CONFIG_HOME=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME" "$out"' EXIT

# $1: callgrind output; rest: "label|function name as callgrind_annotate prints it"
parts() {
    file=$1; shift
    callgrind_annotate --inclusive=yes --threshold=100 "$file" 2>/dev/null | c++filt >"$out/annotated"
    total=$(sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' "$out/annotated" | tr -d ,)
    printf '  %-44s %7.1f M\n' "whole run" "$(echo "$total" | awk '{ print $1 / 1e6 }')"
    for part in "$@"; do
        label=${part%%|*}; name=${part#*|}
        n=$(grep -F -m1 ":$name" "$out/annotated" | sed 's/^ *\([0-9,]*\) .*/\1/' | tr -d ,)
        [ -n "$n" ] || n=0
        printf '  %-44s %7.1f M\n' "$label" "$(echo "$n" | awk '{ print $1 / 1e6 }')"
    done
}

echo "nianbao --version (instructions):"
valgrind --tool=callgrind --callgrind-out-file="$out/version" "$bin" --version >/dev/null 2>&1
parts "$out/version" "dynamic linking|dl_main" "main|main "

echo "nianbao REPORT, to the report shown (instructions):"
NIANBAO_STARTUP_PROBE=quit valgrind --tool=callgrind --callgrind-out-file="$out/report" "$bin" "$report" >/dev/null 2>&1
parts "$out/report" \
    "dynamic linking|dl_main" \
    "QApplication|QApplication::QApplication(int&, char**, int)" \
    "font database (CJK interface font)|nianbao::gui::preferCjkUiFont()" \
    "main window|nianbao::gui::MainWindow::MainWindow(QWidget*)" \
    "open the report|nianbao::gui::FileController::openFile(QString const&)" \
    "  read the file (and its format)|nianbao::ReportFile::load(QString const&, QString*)" \
    "  the report's editor|nianbao::gui::ReportEditor::ReportEditor(" \
    "  pages of tables (built when idle)|nianbao::gui::ReportEditor::tablesPage(" \
    "  frozen panes (built when they show)|nianbao::gui::FrozenPanes::makePane()" \
    "paint of the report (probe's repaint)|QWidget::repaint()"
