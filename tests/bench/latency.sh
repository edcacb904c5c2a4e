#!/usr/bin/env bash
# The interaction latency of the real app while 10,000 files import: pans of
# the map, brushes of the timeline and islands opened, timed from the X input
# (xdotool) to the animation frame that shows the result, during the import and
# with the app idle. Runs the ignored end-to-end test
# `interaction_latency_during_a_10000_file_import` (tests/e2e/long_import.rs) under its own
# Xvfb and tauri-driver; prints median, p95 and max per interaction.
#
#   tests/bench/latency.sh                  # 10,000 files, the debug build
#   ATLAS_LATENCY_FILES=2000 tests/bench/latency.sh
#   ATLAS_DRIVER_PORT=4470 tests/bench/latency.sh   # another port pair
#   ATLAS_BENCH_PROFILE=release tests/bench/latency.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh

prepare_driver_bench xdotool python3-gi gir1.2-gtk-3.0
run_ignored_e2e interaction_latency_during_a_10000_file_import
