#!/usr/bin/env bash
# Runs Dispute Atlas on Debian/Ubuntu from a fresh clone: installs the missing
# system and npm packages, builds the UI and the app (release build), and opens
# the window. The library starts empty; its first-run screen offers the sample
# article. Run it again any time: it only does what is missing.
#
#   scripts/run.sh [-- APP ARGS]     e.g. scripts/run.sh -- --data-dir /tmp/atlas-demo
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib.sh

[ "${1:-}" = "--" ] && shift
prepare_app_build
target="${CARGO_TARGET_DIR:-target}"
say "Building the app (release; the first build takes a few minutes)"
quietly cargo build --release --locked -p dispute-atlas --bin dispute-atlas
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || die "no display: run this from a desktop session (or set DISPLAY)"
exec "$target/release/dispute-atlas" "$@"
