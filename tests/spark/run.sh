#!/usr/bin/env bash
# The Spark test of issue 16: runs examples/spark/link_corpus.py in Spark's local
# mode (local[2]) on a generated corpus of a few hundred real-looking records (the
# article fixtures in ten languages, some records broken), compares what it wrote
# with `atlas link --jsonl` run directly, loads the results into a library with
# `atlas ingest --results` and reads it with `atlas excerpts` (tests/spark/check.py).
# Installs what is missing: Debian's OpenJDK 17 JRE and python3-venv with apt, and
# pyspark with pip into a virtual environment (ATLAS_SPARK_VENV, by default
# ~/.cache/dispute-atlas/spark-venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
. scripts/lib.sh

ensure_spark
venv=$(spark_venv)
# spark-submit finds Spark and runs its Python workers with the environment's python.
export PATH="$venv/bin:$PATH" PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
ensure_rust
quietly cargo build -q --locked -p atlas-core --bin atlas || die "cargo build of atlas failed"
atlas="${CARGO_TARGET_DIR:-$(pwd)/target}/debug/atlas"

work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 tests/spark/make_corpus.py tests/fixtures/articles "$work/corpus.jsonl" 300
# Exit status 1: the corpus has broken records on purpose.
"$atlas" link --jsonl --with-text <"$work/corpus.jsonl" >"$work/direct.jsonl" || [ $? -eq 1 ]
say "Spark job (local[2])"
"$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  --conf spark.driver.memory=1g --files "$atlas" \
  examples/spark/link_corpus.py --input "$work/corpus.jsonl" --output "$work/out" --partitions 4 \
  2>"$work/spark.log" || { tail -40 "$work/spark.log"; die "the Spark job failed"; }
"$atlas" ingest --db "$work/library.sqlite3" --results "$work/out/results" >"$work/ingest.jsonl" || [ $? -eq 1 ]
"$atlas" excerpts --db "$work/library.sqlite3" kunashir >"$work/excerpts.json"
"$venv/bin/python" tests/spark/check.py "$work" 2>"$work/check.log" || { tail -20 "$work/check.log"; exit 1; }

