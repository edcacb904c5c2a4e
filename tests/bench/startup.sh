#!/usr/bin/env bash
# Start-up time (launch to the map being interactive) and memory (RSS of all
# the app's processes) of the release build, with an empty library and with
# 10,000 generated articles. Starts Xvfb (if there is no DISPLAY) and
# tauri-driver itself. The last line reads `startup_ms=<n> rss_mb=<n> articles=<n>`.
#
#   tests/bench/startup.sh              # empty library, then 10,000 articles
#   tests/bench/startup.sh 2500         # one library of 2,500 articles
#   tests/bench/startup.sh 10000 /work/bench-data/library-1m
#                                       # and a library built before (a folder holding
#                                       # library.sqlite3, e.g. seed_library's million
#                                       # articles: 18 minutes to build, see BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh
root=$(pwd)
target="${CARGO_TARGET_DIR:-$root/target}"
counts=("${@:-0 10000}")
read -r -a counts <<<"${counts[*]}"

prepare_driver_bench
say "Building the release app and the library seeder"
quietly cargo build --release --locked -p dispute-atlas --bin dispute-atlas
quietly cargo build --release --locked -p atlas-core --example seed_library
app="$target/release/dispute-atlas"

work=$(mktemp -d)
cleanup() {
  stop_driver_stack
  rm -rf "$work"
}
trap cleanup EXIT
start_driver_stack "$work" "${ATLAS_DRIVER_PORT:-4455}"

for n in "${counts[@]}"; do
  if [ -f "$n/library.sqlite3" ]; then
    dir="$n"
    n=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("select count(*) from articles").fetchone()[0])' "$dir/library.sqlite3")
  else
    dir="$work/library-$n"
    mkdir -p "$dir"
    if [ "$n" -gt 0 ]; then
      "$target/release/examples/seed_library" "$dir" "$n"
    fi
  fi
  say "Library of $n articles:" >&2
  if ! /usr/bin/python3 tests/bench/startup.py "$app" "$dir" "$n"; then
    say "The measurement failed; tauri-driver's log:" >&2
    tail -n 40 "$work/tauri-driver.log" >&2
    exit 1
  fi
done
