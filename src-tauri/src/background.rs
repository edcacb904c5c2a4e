//! Work that must not take the CPU from the window. An import reads and
//! analyses files on every core; at the same priority as the webview, a pan or
//! a brush during a big import waited behind it (issue 17). Such work runs on
//! a thread of its own at a lower scheduling priority (nice 10 on Linux);
//! the threads it starts inherit the priority, so the core's analysis workers
//! run at it too. The window's processes keep theirs and win the CPU when
//! they need it; when they are idle, the work has every core.
//!
//! Work that nothing waits for yet ([`spawn_lowest`]: the linker's automaton
//! at start) runs at the lowest priority, so that it takes no core from the
//! webview while the window starts.

use std::fmt;
use std::thread;

/// How much nicer background work is than the app: at 10 the web process (at
/// the app's own priority) gets about ten times the work's share of a busy
/// CPU, and the work still has every idle core.
const BACKGROUND_NICE: i32 = 10;
/// The nicest a thread can be on Linux: a share of a busy CPU about 1/70 of
/// the app's.
const NICEST: i32 = 19;

/// Background work that gave no result: its thread could not start, or it panicked.
#[derive(Debug)]
pub struct StoppedEarly(String);

impl fmt::Display for StoppedEarly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs `work` on a new thread named `name` at background priority and waits
/// for its result without holding an async worker.
///
/// # Errors
/// [`StoppedEarly`] when the thread cannot be started or `work` panics.
pub async fn run<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, StoppedEarly> {
    let (done, result) = tokio::sync::oneshot::channel();
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            lower_this_threads_priority(BACKGROUND_NICE);
            // The receiver is gone only if the caller was dropped: nobody waits for the result.
            let _ = done.send(work());
        })
        .map_err(|e| StoppedEarly(format!("its thread could not start: {e}")))?;
    // A closed channel without a result: `work` panicked.
    result.await.map_err(|_| StoppedEarly("it panicked".into()))
}

/// Starts `work` on a new thread named `name` at the lowest priority (nice 19
/// on Linux) and does not wait for it: work that is needed soon but that
/// nothing waits for yet. At start, the linker's automaton took 0.4 s of CPU
/// while WebKit started its processes on the same two cores, and the page was
/// requested that much later; at the lowest priority it runs when the window's
/// processes leave a core idle (a thread that needs its result waits for it).
///
/// # Errors
/// When the thread cannot be started.
pub fn spawn_lowest(name: &str, work: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            lower_this_threads_priority(NICEST);
            work();
        })?;
    Ok(())
}

/// Lowers the calling thread's scheduling priority by `by` nice steps (a
/// thread's nice value is its own on Linux, and threads it starts inherit
/// it). Best effort: a system that refuses leaves the priority as it was.
#[cfg_attr(not(target_os = "linux"), allow(unused_variables))]
fn lower_this_threads_priority(by: i32) {
    #[cfg(target_os = "linux")]
    // SAFETY: `gettid` and `getpriority` have no preconditions and only read;
    // `setpriority` on the calling thread's id only changes that thread's nice
    // value and reports failure by its result. (A failed `getpriority` gives
    // -1, a valid nice value: the thread then gets 9, still nicer than the app.)
    unsafe {
        let tid = libc::gettid() as libc::id_t;
        let nice = libc::getpriority(libc::PRIO_PROCESS, tid);
        libc::setpriority(libc::PRIO_PROCESS, tid, (nice + by).min(NICEST));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_runs_and_returns_its_result() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let name = rt.block_on(run("test", || thread::current().name().map(str::to_string)));
        assert_eq!(name.unwrap().as_deref(), Some("test"));
    }

    #[test]
    fn a_panic_is_reported() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let result = rt.block_on(run("test", || -> u32 { panic!("boom") }));
        assert_eq!(result.unwrap_err().to_string(), "it panicked");
    }

    /// The calling thread's nice value.
    #[cfg(target_os = "linux")]
    fn own_nice() -> i32 {
        // SAFETY: `gettid` has no preconditions; `getpriority` only reads.
        unsafe { libc::getpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t) }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_work_and_the_threads_it_starts_run_at_background_priority() {
        let before = own_nice();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let (work, started) = rt
            .block_on(run("test", || {
                (own_nice(), thread::spawn(own_nice).join().unwrap())
            }))
            .unwrap();
        assert_eq!(work, (before + BACKGROUND_NICE).min(NICEST));
        assert_eq!(started, work);
        // The caller's own priority is unchanged.
        assert_eq!(own_nice(), before);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn work_nothing_waits_for_runs_at_the_lowest_priority() {
        let (sender, receiver) = std::sync::mpsc::channel();
        spawn_lowest("test", move || {
            sender
                .send((thread::current().name().map(str::to_string), own_nice()))
                .unwrap();
        })
        .unwrap();
        let (name, nice) = receiver.recv().unwrap();
        assert_eq!(name.as_deref(), Some("test"));
        assert_eq!(nice, NICEST);
    }
}
