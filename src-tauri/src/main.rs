// No console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// mimalloc rather than the system allocator, as in the `atlas` binary: an import's
/// analysis makes many small, short-lived allocations (BENCHMARKS.md, session 17).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    dispute_atlas::run();
}
