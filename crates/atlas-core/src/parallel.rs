//! Work on every core, results in input order.
//!
//! The work runs on rayon's pool, whose threads live as long as the process:
//! the regex engines' lazily built automata and caches, kept per thread, stay
//! warm from one call to the next (new threads for each call made a batch of
//! 2,000 files about an eighth slower).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};

/// How many inputs may be taken ahead of the first one not yet handed on,
/// per worker: it bounds the memory held by results waiting for a slow one.
const AHEAD_PER_WORKER: usize = 16;

/// How many inputs a worker takes at once, and sends the results of at once,
/// when they are at hand ([`Batch::Many`]). One at a time, two workers and
/// the thread handing results on woke each other for every input (a futex
/// call to send, another to say a result was handed on): 115,000 context
/// switches in 9 s of `atlas link` on 5 KB files, 41,000 with four.
const BATCH: usize = 4;

// The workers wait for the results a window behind to be handed on, and are
// told only once a batch of them has been: a window must hold a batch.
const _: () = assert!(BATCH <= AHEAD_PER_WORKER);

/// How [`ordered_map`]'s workers take their inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Batch {
    /// A few at a time: for inputs at hand (files named on a command line).
    Many,
    /// One at a time: for a stream, where waiting for the next inputs would
    /// hold back the result of one already read.
    One,
}

/// Runs `work` on each of `inputs` on every core and hands each result to
/// `each` in the order of `inputs`, as soon as it and those before it are
/// done. `inputs` is read as the workers need it (a stream is never read
/// whole), and at most a few dozen results wait at any time. Stops taking
/// inputs, and returns, when `each` says `false` (its reader went away).
pub(crate) fn ordered_map<I, R>(
    inputs: impl Iterator<Item = I> + Send,
    batch: Batch,
    work: impl Fn(I) -> R + Sync,
    mut each: impl FnMut(R) -> bool,
) where
    I: Send,
    R: Send,
{
    let workers = rayon::current_num_threads();
    let window = workers * AHEAD_PER_WORKER;
    let batch = match batch {
        Batch::Many => BATCH,
        Batch::One => 1,
    };
    let inputs = Mutex::new(inputs.enumerate());
    // The index of the next result to hand on, with a condition variable the
    // workers wait on when they are a window ahead of it.
    let due = Mutex::new(0usize);
    let moved = Condvar::new();
    let taken = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = std::sync::mpsc::channel::<Vec<(usize, R)>>();
    rayon::in_place_scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (inputs, due, moved, taken, stop, work) =
                (&inputs, &due, &moved, &taken, &stop, &work);
            scope.spawn(move |_| loop {
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
                let taking: Vec<(usize, I)> = {
                    let mut inputs = inputs.lock().unwrap_or_else(|e| e.into_inner());
                    inputs.by_ref().take(batch).collect()
                };
                let Some(&(last, _)) = taking.last() else {
                    break;
                };
                taken.fetch_max(last + 1, Ordering::Relaxed);
                let results = taking.into_iter().map(|(i, input)| (i, work(input)));
                if sender.send(results.collect()).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut waiting = BTreeMap::new();
        let mut next_due = 0;
        let mut waiters_told = 0;
        for results in receiver {
            waiting.extend(results);
            while let Some(result) = waiting.remove(&next_due) {
                next_due += 1;
                if !each(result) {
                    stop.store(true, Ordering::Relaxed);
                    drop(due.lock().unwrap_or_else(|e| e.into_inner()));
                    moved.notify_all();
                    return;
                }
            }
            // Tell the workers once a batch's worth of results has moved on,
            // not for each.
            if next_due >= waiters_told + batch {
                *due.lock().unwrap_or_else(|e| e.into_inner()) = next_due;
                moved.notify_all();
                waiters_told = next_due;
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
            Batch::Many,
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
            Batch::Many,
            |i| i,
            |_| {
                handed += 1;
                handed < 10
            },
        );
        assert_eq!(handed, 10);
        let workers = rayon::current_num_threads();
        assert!(
            taken.load(Ordering::Relaxed) <= 10 + workers * (AHEAD_PER_WORKER + BATCH) + BATCH,
            "{} taken",
            taken.load(Ordering::Relaxed)
        );
    }

    #[test]
    fn a_stream_s_result_is_handed_on_before_the_next_input_comes() {
        use std::sync::mpsc::channel;
        use std::time::Duration;
        let (send_input, inputs) = channel::<u32>();
        let (send_result, results) = channel::<u32>();
        let mapping = std::thread::spawn(move || {
            ordered_map(
                inputs.into_iter(),
                Batch::One,
                |i| i * 10,
                |r| send_result.send(r).is_ok(),
            );
        });
        let mut handed = Vec::new();
        for i in 0..5 {
            send_input.send(i).unwrap();
            // The next input is sent only once this one's result is out.
            match results.recv_timeout(Duration::from_secs(20)) {
                Ok(r) => handed.push(r),
                Err(_) => break,
            }
        }
        drop(send_input);
        mapping.join().unwrap();
        assert_eq!(handed, [0, 10, 20, 30, 40]);
    }
}
