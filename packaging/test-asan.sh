#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (`cmake --preset asan`).
# Run by .ci/run after the README's test command. Any sanitizer report fails the run.
set -eu
cd "$(dirname "$0")/.."
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$(pwd)/packaging/lsan.supp"
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
