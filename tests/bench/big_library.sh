#!/usr/bin/env bash
# The real app on a big library built beforehand (issue 15: a million
# articles): opens a dispute, types a range of years, opens an island and
# searches, printing how long each took from the input to its result on
# screen, with a screenshot of each in artifacts/ (big-library-*.png). Runs the
# ignored end-to-end test in tests/e2e/big_library.rs under its own Xvfb and
# tauri-driver; the library is only read.
#
#   tests/bench/big_library.sh /work/bench-data/library-1m
#   ATLAS_BENCH_PROFILE=release tests/bench/big_library.sh LIBRARY_DIR
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh
library="${1:?usage: tests/bench/big_library.sh LIBRARY_DIR}"
[ -f "$library/library.sqlite3" ] || die "$library: no library.sqlite3 there (build one with seed_library, see BENCHMARKS.md)"

prepare_driver_bench
export ATLAS_BIG_LIBRARY="$(cd "$library" && pwd)"
run_ignored_e2e a_big_library_opens_a_dispute
