#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz", clang) and runs each for the given time. Seeds: the small corpus
# kept in the repository (fuzz/corpus/<target>/), the samples and the example reports. Crashing inputs land in
# build/fuzz/artifacts/; add each as a regression test. Prints the number of inputs run per target.
# Usage: fuzz/run-fuzzers.sh [seconds per target, default 600] [target...]
#   (no target: every one)
#   NIANBAO_FUZZ_SAVE=1  merge what the run found into fuzz/corpus/<target>/ (libFuzzer -merge=1 keeps only
#                        inputs that add coverage, so the corpus stays small)
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_reportfile fuzz_import fuzz_docx fuzz_html fuzz_pdf"}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
for name in $targets; do
    target=build/fuzz/fuzz/$name
    [ -x "$target" ] || { echo "no fuzz target $target" >&2; exit 2; }
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus" "fuzz/corpus/$name"
    cp fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null || true
    case "$name" in
        fuzz_reportfile) cp resources/examples/*.nianbao tests/data/reports/*.nianbao tests/data/files/*.nianbao "$corpus"/ ;;
        fuzz_import) cp tests/data/samples/*.txt "$corpus"/ ;;
        fuzz_docx) cp tests/data/published/*.docx tests/import/data/docx-*.xml "$corpus"/ ;;
        fuzz_html) cp tests/data/published/*.html tests/import/data/nested.html "$corpus"/ ;;
        fuzz_pdf) cp tests/data/published/*.pdf "$corpus"/ ;;
    esac
    dict=""
    [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
    maxlen=200000
    # The published PDFs (200-270 KB) run at 8 inputs/s; cut to 16 KB (poppler rebuilds a truncated file) 70/s.
    [ "$name" = fuzz_pdf ] && maxlen=16384
    echo "== $name for $seconds s"
    # -timeout: an input that takes longer is a hang (a finding), not something to wait 20 minutes for.
    "$target" $dict -max_total_time="$seconds" -max_len="$maxlen" -timeout=60 \
        -artifact_prefix=build/fuzz/artifacts/"$name"- -print_final_stats=1 "$corpus" 2>&1 | tee build/fuzz/"$name".log |
        grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|Done|ERROR|SUMMARY" || true
    if [ "${NIANBAO_FUZZ_SAVE:-0}" = 1 ]; then
        # Only inputs under 3 KB (7 KB for the Word and web-page readers, whose smallest finds are larger) go into
        # the repository, so the corpus stays small (1.2 MB for all targets); the large seeds are in tests/data
        # and copied in above.
        small=build/fuzz/corpus-small/$name
        rm -rf "$small" && mkdir -p "$small"
        under=4k
        case "$name" in fuzz_docx | fuzz_html) under=8k ;; esac
        find "$corpus" -type f -size -"$under" -exec cp {} "$small"/ \;
        "$target" -merge=1 -max_len="$maxlen" -timeout=60 "fuzz/corpus/$name" "$small" 2>&1 |
            grep -E "MERGE-OUTER: [0-9]+ new files" || true
    fi
done
