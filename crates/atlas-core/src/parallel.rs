//! Work on every core, results in input order.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

/// How many inputs may be taken ahead of the first one not yet handed on,
/// per worker: it bounds the memory held by results waiting for a slow one.
const AHEAD_PER_WORKER: usize = 16;

/// Runs `work` on each of `inputs` on every core and hands each result to
/// `each` in the order of `inputs`, as soon as it and those before it are
/// done. `inputs` is read as the workers need it (a stream is never read
/// whole), and at most a few dozen results wait at any time. Stops taking
/// inputs, and returns, when `each` says `false` (its reader went away).
pub(crate) fn ordered_map<I, R>(
    inputs: impl Iterator<Item = I> + Send,
    work: impl Fn(I) -> R + Sync,
    mut each: impl FnMut(R) -> bool,
) where
    I: Send,
    R: Send,
{
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let window = workers * AHEAD_PER_WORKER;
    let inputs = Mutex::new(inputs.enumerate());
    // The index of the next result to hand on, with a condition variable the
    // workers wait on when they are a window ahead of it.
    let due = Mutex::new(0usize);
    let moved = Condvar::new();
    let taken = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (inputs, due, moved, taken, stop, work) =
                (&inputs, &due, &moved, &taken, &stop, &work);
            scope.spawn(move || loop {
                {
                    let mut due = due.lock().unwrap_or_else(|e| e.into_inner());
                    while taken.load(Ordering::Relaxed) >= *due + window
                        && !stop.load(Ordering::Relaxed)
                    {
                        due = moved.wait(due).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let next = inputs.lock().unwrap_or_else(|e| e.into_inner()).next();
                let Some((i, input)) = next else {
                    break;
                };
                taken.fetch_max(i + 1, Ordering::Relaxed);
                if sender.send((i, work(input))).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut waiting = BTreeMap::new();
        let mut next_due = 0;
        for (i, result) in receiver {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&next_due) {
                next_due += 1;
                let go_on = each(result);
                *due.lock().unwrap_or_else(|e| e.into_inner()) = next_due;
                if !go_on {
                    stop.store(true, Ordering::Relaxed);
                }
                moved.notify_all();
                if !go_on {
                    return;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order() {
        let mut seen = Vec::new();
        // Later inputs finish first.
        ordered_map(
            0..200u64,
            |i| {
                std::thread::sleep(std::time::Duration::from_micros(200 - i));
                i * 2
            },
            |r| {
                seen.push(r);
                true
            },
        );
        assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn stops_taking_inputs_when_told() {
        let taken = AtomicUsize::new(0);
        let inputs = (0..1_000_000).inspect(|_| {
            taken.fetch_add(1, Ordering::Relaxed);
        });
        let mut handed = 0;
        ordered_map(
            inputs,
            |i| i,
            |_| {
                handed += 1;
                handed < 10
            },
        );
        assert_eq!(handed, 10);
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert!(
            taken.load(Ordering::Relaxed) <= 10 + workers * (AHEAD_PER_WORKER + 1),
            "{} taken",
            taken.load(Ordering::Relaxed)
        );
    }
}
