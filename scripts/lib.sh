# Shared by scripts/run.sh, scripts/test.sh and tests/bench/startup.sh (sourced, not run).
# Installs only what is missing and stays quiet when everything is there.

# System packages to build and run the app (Debian/Ubuntu names); fonts so that place names and
# articles in the ten languages show as text, not as empty boxes: fonts-noto-cjk for Japanese,
# Chinese (both scripts) and Korean (Hangul), fonts-dejavu-core for Cyrillic and Vietnamese's
# stacked diacritics (checked with `fc-list :lang=vi` and `fc-list :lang=ko`).
APP_PACKAGES=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev pkg-config fonts-noto-cjk fonts-dejavu-core)
# Extra packages for the tests: headless X, WebDriver, screenshots, a real drag source, the UI's browser tests,
# a D-Bus session bus (the single-instance test).
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver imagemagick xdotool python3-gi gir1.2-gtk-3.0 chromium dbus-daemon)

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command quietly; prints its output only if it fails.
quietly() {
  local log
  log=$(mktemp)
  if "$@" >"$log" 2>&1; then rm -f "$log"; return 0; fi
  local rc=$?
  cat "$log" >&2
  rm -f "$log"
  return "$rc"
}

# ensure_apt PKG...: installs the packages that dpkg does not report as installed.
ensure_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing system packages (${missing[*]}) and no apt-get: see README.md for other systems"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  say "Installing system packages: ${missing[*]}"
  quietly "${sudo[@]}" apt-get update -qq
  quietly env DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_rust: cargo must be on PATH (rustup installs it).
ensure_rust() {
  [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
  command -v cargo >/dev/null || die "cargo not found. Install Rust with rustup (https://rustup.rs): curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"
  cargo --version >/dev/null 2>&1 ||
    die "cargo is there but cannot run (with rustup: no default toolchain?). Run 'rustup default stable', then this again."
}

# ensure_node: Node.js 20 or newer with npm.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null ||
    die "Node.js 20+ and npm not found. Install Node.js 20 or newer (for example from NodeSource, or with nvm), then run this again."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js $(node --version) is too old: the UI's build tools need Node.js 20 or newer."
}

# ensure_ui_deps: npm ci in ui/ unless node_modules matches package-lock.json.
ensure_ui_deps() {
  local stamp=ui/node_modules/.atlas-lock.sha256 want
  want=$(sha256sum ui/package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  say "Installing the UI's npm packages (npm ci)"
  (cd ui && quietly npm ci --no-audit --no-fund)
  printf '%s\n' "$want" >"$stamp"
}

# build_ui: ui/dist, which every cargo build of the app embeds.
build_ui() {
  (cd ui && quietly npm run build --silent)
}

# prepare_app_build [EXTRA_APT_PACKAGES...]: everything a release build of the app
# needs (system packages, Rust, Node.js, the UI's npm packages), then ui/dist.
prepare_app_build() {
  ensure_apt "${APP_PACKAGES[@]}" "$@"
  ensure_rust
  ensure_node
  ensure_ui_deps
  build_ui
}

# prepare_driver_bench [EXTRA_APT_PACKAGES...]: what a benchmark of the real app through
# tauri-driver needs (prepare_app_build, Xvfb and WebKitWebDriver, tauri-driver).
prepare_driver_bench() {
  prepare_app_build xvfb xauth webkit2gtk-driver "$@"
  command -v tauri-driver >/dev/null || quietly cargo install tauri-driver --locked
}

# run_ignored_e2e TEST: builds the app and the end-to-end tests (the profile
# ATLAS_BENCH_PROFILE says: debug or release), starts the driver stack on
# ATLAS_DRIVER_PORT (4444) and runs the ignored end-to-end test TEST with its
# output shown; screenshots go to artifacts/.
run_ignored_e2e() {
  local test="$1" profile=() work
  [ "${ATLAS_BENCH_PROFILE:-debug}" = release ] && profile=(--release)
  say "Building the app and the end-to-end tests (${ATLAS_BENCH_PROFILE:-debug})"
  quietly cargo test --locked "${profile[@]}" -p dispute-atlas --test e2e --no-run
  work=$(mktemp -d)
  trap 'stop_driver_stack; rm -rf "'"$work"'"' EXIT
  start_driver_stack "$work" "${ATLAS_DRIVER_PORT:-4444}"
  say "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  mkdir -p artifacts
  ATLAS_E2E=require ATLAS_ARTIFACTS="$(pwd)/artifacts" \
    cargo test -q --locked "${profile[@]}" -p dispute-atlas --test e2e -- --ignored --nocapture "$test"
}

# start_driver_stack DIR PORT: what the real app's WebDriver runs need: a private X
# server (Xvfb on a free display number, unless DISPLAY is set), a private D-Bus session
# bus (the single-instance plugin finds a running app through it), and tauri-driver on
# the port pair PORT, PORT+1. Logs go to DIR. Exports DISPLAY, DBUS_SESSION_BUS_ADDRESS
# and TAURI_DRIVER_URL; `stop_driver_stack` stops what it started.
driver_stack_pids=()
start_driver_stack() {
  local dir="$1" port="$2" bus
  driver_stack_pids=()
  if [ -z "${DISPLAY:-}" ]; then
    # Xvfb writes the display number it took to fd 3.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/xvfb.display" 2>"$dir/xvfb.log" &
    driver_stack_pids+=($!)
    for _ in $(seq 50); do [ -s "$dir/xvfb.display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$dir/xvfb.display")"
  fi
  if command -v dbus-daemon >/dev/null; then
    bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1) && {
      export DBUS_SESSION_BUS_ADDRESS="${bus%%$'\n'*}"
      driver_stack_pids+=("${bus##*$'\n'}")
    }
  fi
  tauri-driver --port "$port" --native-port "$((port + 1))" >"$dir/tauri-driver.log" 2>&1 &
  driver_stack_pids+=($!)
  for _ in $(seq 50); do
    curl -fsS "http://127.0.0.1:$port/status" >/dev/null 2>&1 && break
    sleep 0.1
  done
  export TAURI_DRIVER_URL="http://127.0.0.1:$port"
}

# stop_driver_stack: stops tauri-driver, the bus and Xvfb, last started first. SIGTERM,
# not SIGKILL: tauri-driver then stops its WebKitWebDriver too.
stop_driver_stack() {
  local i pid
  for ((i = ${#driver_stack_pids[@]} - 1; i >= 0; i--)); do
    pid=${driver_stack_pids[i]}
    # (The bus is no child of this shell: there is nothing to wait for.)
    kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  driver_stack_pids=()
  return 0
}

# The Spark test's Python environment (pyspark), outside the repository.
spark_venv() { printf '%s\n' "${ATLAS_SPARK_VENV:-$HOME/.cache/dispute-atlas/spark-venv}"; }

# ensure_spark: Java 17 (Debian's headless JRE) and pyspark in a virtual environment.
ensure_spark() {
  ensure_apt openjdk-17-jre-headless python3-venv
  local venv python=python3
  venv=$(spark_venv)
  [ -x /usr/bin/python3 ] && python=/usr/bin/python3
  if ! [ -x "$venv/bin/spark-submit" ]; then
    say "Installing pyspark into $venv"
    rm -rf "$venv"
    quietly "$python" -m venv "$venv" || die "python3 -m venv failed"
    quietly "$venv/bin/pip" install -q 'pyspark>=4.0,<5' || die "pip install pyspark failed"
  fi
}
