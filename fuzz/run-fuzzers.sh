#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz", clang) and runs each for the given time with the samples and
# example reports as seed corpus. Crashing inputs land in build/fuzz/artifacts/; add each as a regression test.
# Usage: fuzz/run-fuzzers.sh [seconds per target, default 600]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
for target in build/fuzz/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    corpus=build/fuzz/corpus/$name
    mkdir -p "$corpus"
    case "$name" in
        fuzz_reportfile) cp resources/examples/*.nianbao tests/data/reports/*.nianbao tests/data/files/*.nianbao "$corpus"/ ;;
        fuzz_import) cp tests/data/samples/*.txt "$corpus"/ ;;
        fuzz_docx) cp tests/data/published/*.docx tests/import/data/docx-*.xml "$corpus"/ ;;
        fuzz_html) cp tests/data/published/*.html tests/import/data/nested.html "$corpus"/ ;;
    esac
    dict=""
    [ "$name" = fuzz_import ] && dict="-dict=fuzz/import.dict"
    echo "== $name for $seconds s"
    "$target" $dict -max_total_time="$seconds" -max_len=200000 -artifact_prefix=build/fuzz/artifacts/"$name"- \
        -print_final_stats=1 "$corpus" 2>&1 | grep -E "stat::|Done|ERROR|SUMMARY" || true
done
