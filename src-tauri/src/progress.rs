//! Import progress sent to the page in batches. Each message on a Tauri
//! channel is one script evaluated in the webview, on its main thread (and a
//! hop through the app's main thread first): one per file made a 10,000-file
//! import queue 20,000 of them ahead of the user's input. Batches go at most
//! every [`BATCH_INTERVAL`], each file's outcome still in order.

use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The longest a file's outcome waits before it is sent.
pub const BATCH_INTERVAL: Duration = Duration::from_millis(100);

/// Collects messages on the import's thread and sends them in batches from a
/// thread of its own; [`Batches::finish`] sends what is left and waits for it.
pub struct Batches<T: Send + 'static> {
    sender: mpsc::Sender<T>,
    forwarder: JoinHandle<()>,
}

impl<T: Send + 'static> Batches<T> {
    /// Starts the forwarder: `send` gets each batch, in order, never empty.
    pub fn new(mut send: impl FnMut(Vec<T>) + Send + 'static) -> Batches<T> {
        let (sender, receiver) = mpsc::channel::<T>();
        let forwarder = std::thread::spawn(move || {
            // Wait for a first message, then take what comes until the interval is up.
            while let Ok(first) = receiver.recv() {
                let mut batch = vec![first];
                let due = Instant::now() + BATCH_INTERVAL;
                loop {
                    match receiver.recv_timeout(due.saturating_duration_since(Instant::now())) {
                        Ok(next) => batch.push(next),
                        Err(mpsc::RecvTimeoutError::Timeout) => break,
                        Err(mpsc::RecvTimeoutError::Disconnected) => {
                            send(batch);
                            return;
                        }
                    }
                }
                send(batch);
            }
        });
        Batches { sender, forwarder }
    }

    /// A handle that queues one message (for the import's progress callback).
    pub fn sender(&self) -> mpsc::Sender<T> {
        self.sender.clone()
    }

    /// Sends what is queued and waits until it is sent (every sender must be dropped).
    pub fn finish(self) {
        drop(self.sender);
        // The forwarder only panics if `send` did; the import is over either way.
        let _ = self.forwarder.join();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn many_messages_go_in_few_batches_in_order_and_none_is_lost() {
        let sent = Arc::new(Mutex::new(Vec::<Vec<u32>>::new()));
        let sink = Arc::clone(&sent);
        let batches = Batches::new(move |batch| sink.lock().unwrap().push(batch));
        let sender = batches.sender();
        for i in 0..10_000 {
            sender.send(i).unwrap();
        }
        drop(sender);
        batches.finish();
        let sent = sent.lock().unwrap();
        assert!(sent.len() <= 3, "{} batches", sent.len());
        assert!(sent.iter().all(|b| !b.is_empty()));
        let all: Vec<u32> = sent.iter().flatten().copied().collect();
        assert_eq!(all, (0..10_000).collect::<Vec<_>>());
    }

    #[test]
    fn a_lone_message_waits_at_most_the_interval() {
        let (tx, rx) = mpsc::channel();
        let batches =
            Batches::new(move |batch: Vec<u32>| tx.send((Instant::now(), batch)).unwrap());
        let queued = Instant::now();
        batches.sender().send(7).unwrap();
        let (at, batch) = rx.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(batch, vec![7]);
        assert!(at - queued < BATCH_INTERVAL + Duration::from_millis(400));
        batches.finish();
    }
}
