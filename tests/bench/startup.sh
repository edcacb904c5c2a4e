#!/usr/bin/env bash
# Start-up time (launch to the map being interactive) and memory (RSS of all
# the app's processes) of the release build, with an empty library and with
# 10,000 generated articles. Starts Xvfb (if there is no DISPLAY) and
# tauri-driver itself. The last line reads `startup_ms=<n> rss_mb=<n> articles=<n>`.
#
#   tests/bench/startup.sh              # empty library, then 10,000 articles
#   tests/bench/startup.sh 2500         # one library of 2,500 articles
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh
root=$(pwd)
target="${CARGO_TARGET_DIR:-$root/target}"
counts=("${@:-0 10000}")
read -r -a counts <<<"${counts[*]}"

ensure_apt "${APP_PACKAGES[@]}" xvfb xauth webkit2gtk-driver
ensure_rust
ensure_node
command -v tauri-driver >/dev/null || quietly cargo install tauri-driver --locked
ensure_ui_deps
build_ui
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
  dir="$work/library-$n"
  mkdir -p "$dir"
  if [ "$n" -gt 0 ]; then
    "$target/release/examples/seed_library" "$dir" "$n"
  fi
  say "Library of $n articles:" >&2
  if ! /usr/bin/python3 tests/bench/startup.py "$app" "$dir" "$n"; then
    say "The measurement failed; tauri-driver's log:" >&2
    tail -n 40 "$work/tauri-driver.log" >&2
    exit 1
  fi
done
