#!/usr/bin/env bash
# Builds the Debian package of Dispute Atlas: installs what is missing (system
# and npm packages, including the Tauri CLI from npm), builds the UI, then the
# release app and its .deb with the pack, basemap and sample bundled.
#
#   scripts/build-deb.sh        # -> target/release/bundle/deb/Dispute Atlas_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib.sh

prepare_app_build
target="${CARGO_TARGET_DIR:-target}"
say "Building the release app and its .deb (the first build takes a few minutes)"
quietly ui/node_modules/.bin/tauri build --bundles deb -- -p dispute-atlas --locked
deb=$(ls -t "$target"/release/bundle/deb/*.deb | head -n 1)
say "Built: $deb"
case "$deb" in /*) ;; *) deb="./$deb" ;; esac
say "Install it with: sudo apt install \"$deb\""
