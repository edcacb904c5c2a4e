#!/usr/bin/env bash
# Importing 10,000 new files into a big library against an empty one (issue 15:
# no longer than into an empty one + 50 %). Writes the files with the library
# seeder (articles past any seeded library's count, so every one is new), then
# times `atlas ingest` (release) of the same folder into an empty library and
# into a copy of the big one (the copy is deleted after). Prints the machine's
# load, both times, and as the last line
# `import_empty_s=<n> import_big_s=<n> ratio=<n> files=<n>`.
#
#   tests/bench/import_into.sh /work/bench-data/library-1m          # 10,000 files
#   ATLAS_IMPORT_FILES=2000 tests/bench/import_into.sh LIBRARY_DIR
#
# LIBRARY_DIR holds `library.sqlite3` (built by `seed_library`); the copy needs
# as much free disk beside a temporary folder (TMPDIR) as the library takes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh
big="${1:?usage: tests/bench/import_into.sh LIBRARY_DIR}/library.sqlite3"
[ -f "$big" ] || die "$big: no library there (build one with seed_library, see BENCHMARKS.md)"
files="${ATLAS_IMPORT_FILES:-10000}"
target="${CARGO_TARGET_DIR:-$(pwd)/target}"

ensure_rust
say "Building the CLI and the library seeder (release)"
quietly cargo build --release --locked -p atlas-core --bin atlas --example seed_library

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
need=$(du -k --apparent-size "$big" | cut -f1)
free=$(df -k --output=avail "$work" | tail -n 1)
[ "$free" -gt $((need + 1048576)) ] || die "the copy of $big needs $((need / 1024)) MB and 1 GB to spare; $((free / 1024)) MB are free in $work"

# Articles from 5,000,000 on: new to any seeded library of fewer.
"$target/release/examples/seed_library" --files "$work/files" 5000000 "$files"
say "Copying $big ($((need / 1024)) MB)"
cp "$big" "$work/big.sqlite3"

# Times `atlas ingest` of the files into the library $1; prints the seconds.
ingest() {
  local start end
  start=$(date +%s.%N)
  "$target/release/atlas" ingest --db "$1" "$work/files" >"$work/ingest.jsonl"
  end=$(date +%s.%N)
  local stored
  stored=$(grep -c '"kind":"done"' "$work/ingest.jsonl" || true)
  [ "$stored" -eq "$files" ] || die "$1: $stored of $files files stored (see $work/ingest.jsonl)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

# One file first into each, not timed: opens the libraries (an older schema would be
# upgraded here, with its backup copy: better upgrade the big library once beforehand)
# and reads the big one's indexes into the cache as a running app would have them.
"$target/release/examples/seed_library" --files "$work/warm-up" 4999999 1
for db in "$work/empty.sqlite3" "$work/big.sqlite3"; do
  "$target/release/atlas" ingest --db "$db" "$work/warm-up" >/dev/null
done

say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
empty_s=$(ingest "$work/empty.sqlite3")
say "into an empty library: ${empty_s} s"
big_s=$(ingest "$work/big.sqlite3")
say "into the copy of $big: ${big_s} s"
say "Machine after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v e="$empty_s" -v b="$big_s" -v n="$files" \
  'BEGIN { printf "import_empty_s=%.1f import_big_s=%.1f ratio=%.2f files=%d\n", e, b, b / e, n }'
