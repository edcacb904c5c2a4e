#!/usr/bin/env bash
# Runs every test of Dispute Atlas on Debian/Ubuntu, installing what is missing
# (system packages, tauri-driver, the UI's npm packages):
#   formatting and lints, the core's tests, the app's command tests, the staleness
#   check of the generated TypeScript bindings, the UI's unit and browser tests,
#   and end-to-end tests of the real app under Xvfb through tauri-driver.
# Screenshots of the end-to-end tests land in artifacts/. Exits non-zero if any
# section fails; the last line sums up.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib.sh
root=$(pwd)
export CARGO_TERM_COLOR=never
target="${CARGO_TARGET_DIR:-$root/target}"

passed=0 failed=0 failures=()
started=$SECONDS
section() { printf '\n=== %s\n' "$*"; }
# check NAME CMD...: runs a section, records the outcome.
check() {
  local name=$1 t0=$SECONDS
  shift
  section "$name"
  if "$@"; then
    passed=$((passed + 1))
    printf -- '--- ok: %s (%ss)\n' "$name" $((SECONDS - t0))
  else
    failed=$((failed + 1)) failures+=("$name")
    printf -- '--- FAILED: %s (%ss)\n' "$name" $((SECONDS - t0))
  fi
}

section "Setup (installs only what is missing)"
ensure_apt "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_rust
ensure_node
if ! command -v tauri-driver >/dev/null; then
  say "Installing tauri-driver (cargo install)"
  quietly cargo install tauri-driver --locked || die "cargo install tauri-driver failed"
fi
ensure_ui_deps
say "ok"

check "UI build (ui/dist)" build_ui
check "cargo fmt --check" cargo fmt --all -- --check
check "cargo clippy (all targets, warnings are errors)" \
  cargo clippy -q --locked --workspace --all-targets -- -D warnings
check "cargo doc (broken links are errors)" \
  env RUSTDOCFLAGS="-D warnings" cargo doc -q --locked --workspace --no-deps
check "core tests (atlas-core)" cargo test -q --locked -p atlas-core
check "app tests (commands, mock app, bindings)" \
  cargo test -q --locked -p dispute-atlas --lib --test commands

# Issue 16: the Spark job in local mode (installs Java 17 and pyspark if missing; ~1 minute
# once they are there). ATLAS_SKIP_SPARK=1 leaves it out.
if [ -z "${ATLAS_SKIP_SPARK:-}" ]; then
  check "Spark job (local mode, examples/spark)" bash tests/spark/run.sh
fi

bindings_fresh() {
  # The app tests above regenerate ui/src/bindings; any change means the committed ones are stale.
  local changes
  changes=$(git status --porcelain -- ui/src/bindings)
  if [ -n "$changes" ]; then
    printf '%s\n' "$changes"
    git --no-pager diff --stat -- ui/src/bindings
    say "The TypeScript bindings are stale: commit the regenerated ui/src/bindings."
    return 1
  fi
}
check "TypeScript bindings are up to date" bindings_fresh
check "UI tests (unit and browser)" bash -c 'cd ui && npm test --silent'

e2e() {
  local rc=0
  mkdir -p artifacts
  # Build the binary and the test first, so the driver does not wait on the compiler.
  quietly cargo test --locked -p dispute-atlas --test e2e --no-run || return 1
  # Another port pair (ATLAS_DRIVER_PORT) lets two checkouts run their end-to-end tests at once.
  start_driver_stack artifacts "${ATLAS_DRIVER_PORT:-4444}"
  run_e2e() {
    ATLAS_E2E=require ATLAS_ARTIFACTS="$root/artifacts" \
      cargo test -q --locked -p dispute-atlas --test e2e -- --test-threads=1
  }
  # Once in a while a wait in the real window times out (seen twice in session 5, each test
  # passing on its own right after); a failure that is real fails the second run too.
  if ! run_e2e; then
    say "The end-to-end tests failed; running them once more to tell a real failure from a slow one"
    run_e2e || rc=$?
  fi
  stop_driver_stack
  return "$rc"
}
check "end-to-end tests (real app, Xvfb, tauri-driver)" e2e

elapsed=$((SECONDS - started))
printf '\n'
[ ${#failures[@]} -eq 0 ] || say "Failed sections: ${failures[*]}"
say "Screenshots: artifacts/ ($(ls artifacts/*.png 2>/dev/null | wc -l) files). Took ${elapsed}s."
say "test.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
