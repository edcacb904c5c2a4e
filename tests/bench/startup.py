#!/usr/bin/python3
"""Start-up time and memory of the app, measured through tauri-driver.

    startup.py APP_BINARY DATA_DIR ARTICLES [RUNS]

For each run: starts a WebDriver session (tauri-driver launches the app with
`--data-dir DATA_DIR`), polls the page until the map is interactive (the UI is
ready and MapLibre has drawn the island labels). The start-up time runs from the
app's process start (/proc) to the page's `atlas:interactive` mark (wall clock),
so WebDriver's own set-up is not counted; the time from asking WebDriver for the
session is printed too. The page's own marks are printed as phases; among them
`snapshot`, when the last view's picture and labels stood in for the map while
MapLibre started (ui/src/mapSnapshot.ts: the page takes it once the map has
settled and keeps it in DATA_DIR, so the first run has none and the later ones
do). Then it waits for the library to load,
then sums the resident memory of the app and every process it started (WebKit's
web and network processes): RSS, and PSS (which counts the pages the processes
share once). Prints `pss_mb=<max>`, `first_view_ms=<median>` (the snapshot's
mark, over the runs that had one), then, as the last line,
`startup_ms=<median> rss_mb=<max> articles=<n>`.
"""
import json
import os
import signal
import statistics
import sys
import time
import urllib.request

DRIVER = os.environ.get("TAURI_DRIVER_URL", "http://127.0.0.1:4444")
READY = (
    "return document.body.classList.contains('is-ready')"
    " && !!document.querySelector('.maplibregl-canvas')"
    " && !!document.querySelector('.map-label')"
)


# When the page marked the map interactive, in milliseconds since the epoch.
READY_AT = "return performance.timeOrigin + performance.getEntriesByName('atlas:interactive')[0].startTime"

# The page's phases, in milliseconds since the epoch: navigation timing and the app's own marks.
PHASES = """
const t0 = performance.timeOrigin, nav = performance.getEntriesByType('navigation')[0];
const out = [['page requested', t0]];
if (nav) out.push(['html loaded', t0 + nav.responseEnd], ['dom ready', t0 + nav.domContentLoadedEventEnd]);
for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('atlas:')) out.push([m.name.slice(6), t0 + m.startTime]);
return out;
"""


def launched_epoch_ms(app):
    """When the (newest) process running `app` started, in milliseconds since the epoch."""
    with open("/proc/stat") as f:
        boot = next(int(line.split()[1]) for line in f if line.startswith("btime "))
    ticks = os.sysconf("SC_CLK_TCK")
    starts = []
    for pid, (_, exe) in processes().items():
        if exe == app:
            with open(f"/proc/{pid}/stat") as f:
                starts.append(int(f.read().rsplit(")", 1)[1].split()[19]))
    return (boot + max(starts) / ticks) * 1000


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(DRIVER + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read() or b"null")


def processes():
    """pid -> (ppid, exe) for every process we can read."""
    out = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            continue
        out[int(pid)] = (ppid, exe)
    return out


def memory_mb(app):
    """(RSS, PSS, {process name: (RSS, PSS)}) of the app and every process it started, in MB."""
    procs = processes()
    roots = [pid for pid, (_, exe) in procs.items() if exe == app]
    tree, frontier = set(roots), list(roots)
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _) in procs.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    rss_kb = pss_kb = 0
    each = {}
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                fields = dict(line.split()[:2] for line in f if line.split()[0] in ("Rss:", "Pss:"))
            with open(f"/proc/{pid}/comm") as f:
                name = f.read().strip()
        except OSError:
            continue
        rss, pss = int(fields["Rss:"]), int(fields["Pss:"])
        rss_kb += rss
        pss_kb += pss
        each[name] = (rss / 1024, pss / 1024)
    return rss_kb / 1024, pss_kb / 1024, each


def one_run(app, data_dir):
    caps = {"capabilities": {"alwaysMatch": {"tauri:options": {
        "application": app, "args": ["--data-dir", data_dir]}}}}
    t0 = time.monotonic()
    session = call("POST", "/session", caps)["value"]["sessionId"]
    try:
        while True:
            ready = call("POST", f"/session/{session}/execute/sync",
                         {"script": READY, "args": []})["value"]
            if ready:
                break
            if time.monotonic() - t0 > 60:
                raise SystemExit("the map did not become interactive within 60 s")
            time.sleep(0.02)
        via_driver_ms = (time.monotonic() - t0) * 1000
        ready_epoch_ms = call("POST", f"/session/{session}/execute/sync", {"script": READY_AT, "args": []})["value"]
        launched = launched_epoch_ms(app)
        startup_ms = ready_epoch_ms - launched
        phases = [(name, at - launched) for name, at in
                  call("POST", f"/session/{session}/execute/sync", {"script": PHASES, "args": []})["value"]]
        time.sleep(3)  # let the library, events and histogram load
        return (startup_ms, via_driver_ms, phases, *memory_mb(app))
    finally:
        try:
            call("DELETE", f"/session/{session}")
        except OSError:
            pass
        stop_app(app)
        time.sleep(1)


def stop_app(app):
    """Ends any process of `app` a session left behind (so it never counts in the next run)."""
    for pid, (_, exe) in processes().items():
        if exe == app:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass


def measured_run(app, data_dir, n):
    """One run; a run whose WebDriver session drops (tauri-driver, now and then) is repeated, twice at most."""
    for attempt in range(3):
        try:
            return one_run(app, data_dir)
        except OSError as e:  # urllib's URLError and connection errors
            print(f"  run {n}: the WebDriver session dropped ({e}); repeating it", file=sys.stderr)
            stop_app(app)
            time.sleep(2)
    raise SystemExit(f"run {n}: the WebDriver session dropped three times")


def main():
    app, data_dir, articles = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    results = [measured_run(app, data_dir, n) for n in range(1, runs + 1)]
    for i, (ms, driver_ms, phases, rss, pss, each) in enumerate(results, 1):
        parts = ", ".join(f"{name} {r:.0f}/{p:.0f}" for name, (r, p) in sorted(each.items()))
        print(f"  run {i}: map interactive {ms:.0f} ms after the app started "
              f"({driver_ms:.0f} ms after asking WebDriver for a session); "
              f"RSS {rss:.0f} MB, PSS {pss:.0f} MB (RSS/PSS: {parts})", file=sys.stderr)
        print("    phases (ms after the app started): " + ", ".join(f"{name} {ms:.0f}" for name, ms in phases), file=sys.stderr)
    snapshots = [at for r in results for name, at in r[2] if name == "snapshot"]
    if snapshots:
        print(f"first_view_ms={statistics.median(snapshots):.0f} (the last view's snapshot shown, "
              f"{len(snapshots)} of {len(results)} runs)")
    else:
        print("first_view_ms= (no run had a snapshot of the last view)")
    startup = statistics.median(r[0] for r in results)
    rss = max(r[3] for r in results)
    pss = max(r[4] for r in results)
    print(f"pss_mb={pss:.0f} (proportional set size: shared libraries counted once)")
    print(f"startup_ms={startup:.0f} rss_mb={rss:.0f} articles={articles}")


if __name__ == "__main__":
    main()
