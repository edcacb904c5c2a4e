//! Where the app's library is, and what the UI is told about it at start:
//! still opening (an upgrade from an older version or a rebuild of its counts
//! takes minutes at a million articles: the window shows how far it got),
//! open (perhaps read-only, and why), damaged, with the latest automatic
//! backup to offer, or unusable by this app (written by a newer version). From a damaged library the user restores that backup or
//! starts a new library; either way the core sets the damaged file aside
//! ([`atlas_core::atlas::recovery`]) and the library opened then becomes the
//! app's state (commands that use it are not called before: the UI asks
//! [`LibraryPlace::status`] first).

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use atlas_core::atlas::backups::BackupFile;
use atlas_core::atlas::recovery::Recovery;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::store::ReadOnly;
use atlas_core::{Atlas, ErrorCode, Timestamp};
use serde::Serialize;
use ts_rs::TS;

use crate::{Result, BACKUPS_FOLDER, LIBRARY_FILE};

/// The state of the library, as the UI asks for it before it shows anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LibraryStatus {
    /// The library is being opened: checked, upgraded from an older version
    /// (its file), and its counts rebuilt where they must be, `done` of
    /// `total` steps (0 of 0 before the counts).
    Opening {
        /// Steps of the counts' rebuild done.
        done: usize,
        /// Steps in all (0 until the rebuild starts, and when there is none).
        total: usize,
    },
    /// The library is open. `read_only` says why it can only be read, if it can.
    Open {
        /// Why nothing can be added or changed (read-only media, permissions).
        #[serde(skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        read_only: Option<ReadOnly>,
    },
    /// The file at the library's path is not a whole library: the app waits
    /// for the user to restore `backup` or to start a new library.
    Damaged {
        /// The library's file.
        #[ts(type = "string")]
        path: PathBuf,
        /// What is wrong with it (the `library_damaged` error's message).
        message: String,
        /// What the user can do (its advice).
        advice: String,
        /// The latest automatic backup, if there is one.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        backup: Option<BackupFile>,
    },
    /// The library cannot be opened by this app, and was left as it is (a
    /// newer version wrote it; its folder cannot be made).
    Failed {
        /// What is wrong (the error's message).
        message: String,
        /// What the user can do (its advice).
        advice: String,
    },
}

/// The library's file and backups folder, and its status (app state).
#[derive(Debug)]
pub struct LibraryPlace {
    file: PathBuf,
    backups: PathBuf,
    status: Mutex<LibraryStatus>,
    /// Signalled when the status leaves `opening`.
    settled: Condvar,
}

impl LibraryPlace {
    /// The library of the data folder `data_dir`: `library.sqlite3` and
    /// `backups/` in it. Its status is `opening` until [`LibraryPlace::open`] has run.
    pub fn in_folder(data_dir: &Path) -> LibraryPlace {
        LibraryPlace {
            file: data_dir.join(LIBRARY_FILE),
            backups: data_dir.join(BACKUPS_FOLDER),
            status: Mutex::new(LibraryStatus::Opening { done: 0, total: 0 }),
            settled: Condvar::new(),
        }
    }

    /// The library's file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The folder of its automatic backups.
    pub fn backups(&self) -> &Path {
        &self.backups
    }

    /// What the UI is told at start.
    pub fn status(&self) -> LibraryStatus {
        self.locked().clone()
    }

    /// The status once the library is no longer opening, or after `wait`,
    /// whichever comes first (a quick open is answered at once, as `open`).
    pub fn settled_status(&self, wait: Duration) -> LibraryStatus {
        let status = self.locked();
        let (status, _) = self
            .settled
            .wait_timeout_while(status, wait, |s| matches!(s, LibraryStatus::Opening { .. }))
            .unwrap_or_else(PoisonError::into_inner);
        status.clone()
    }

    fn locked(&self) -> MutexGuard<'_, LibraryStatus> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Opens the library (read-only where it cannot be written), saying how
    /// far it got in the status as it goes, and hands the atlas to `adopt`
    /// before the status says `open` (so nothing asks the library before the
    /// app holds it). A damaged library is no error here: the status says so,
    /// with the latest backup, and there is no atlas until the user chooses.
    /// Any other error (a newer library, a folder that cannot be made) is
    /// said as `failed`, the file left as it is.
    pub fn open(&self, gazetteer: Gazetteer, adopt: impl FnOnce(Atlas)) {
        let opened = Atlas::open_or_read_only_with_progress(gazetteer, &self.file, &mut |p| {
            *self.locked() = LibraryStatus::Opening {
                done: p.done,
                total: p.total,
            };
        });
        let mut status = self.locked();
        *status = match opened {
            Ok((atlas, read_only)) => {
                adopt(atlas);
                LibraryStatus::Open { read_only }
            }
            Err(error) if error.kind() == ErrorCode::LibraryDamaged => {
                // A backups folder that cannot be listed offers no backup.
                let backup = Atlas::latest_backup(&self.backups).ok().flatten();
                LibraryStatus::Damaged {
                    path: self.file.clone(),
                    message: error.to_string(),
                    advice: error.advice(),
                    backup,
                }
            }
            Err(error) => LibraryStatus::Failed {
                message: error.to_string(),
                advice: error.advice(),
            },
        };
        self.settled.notify_all();
    }

    /// Restores the latest automatic backup over the damaged library (set
    /// aside under a name taken at `at`) and opens it.
    ///
    /// # Errors
    /// `invalid_input` unless the library is damaged, `not_found` when there
    /// is no backup, else as [`Atlas::restore_backup`] and [`Atlas::open_or_read_only`].
    pub fn restore_latest_backup(
        &self,
        gazetteer: Gazetteer,
        at: Timestamp,
    ) -> Result<(Recovery, Atlas)> {
        self.recover(gazetteer, |place| {
            let backup = Atlas::latest_backup(&place.backups)?.ok_or_else(|| {
                atlas_core::Error::NotFound(format!(
                    "there is no automatic backup in {}",
                    place.backups.display()
                ))
                .with_advice("Start a new library instead; the damaged file is kept.")
            })?;
            Atlas::restore_backup(&place.file, &backup.path, at)
        })
    }

    /// Sets the damaged library aside (under a name taken at `at`) and opens
    /// a new, empty library in its place.
    ///
    /// # Errors
    /// `invalid_input` unless the library is damaged, else as
    /// [`Atlas::set_aside`] and [`Atlas::open_or_read_only`].
    pub fn start_new_library(
        &self,
        gazetteer: Gazetteer,
        at: Timestamp,
    ) -> Result<(Recovery, Atlas)> {
        self.recover(gazetteer, |place| {
            Ok(Recovery {
                set_aside: Atlas::set_aside(&place.file, at)?,
                restored_from: None,
            })
        })
    }

    /// Runs `recovery` on a damaged library, then opens the library, holding
    /// the status throughout (a second click waits, then finds it open).
    fn recover(
        &self,
        gazetteer: Gazetteer,
        recovery: impl FnOnce(&LibraryPlace) -> atlas_core::Result<Recovery>,
    ) -> Result<(Recovery, Atlas)> {
        let mut status = self.locked();
        if !matches!(*status, LibraryStatus::Damaged { .. }) {
            return Err(atlas_core::Error::InvalidInput(
                "the library is open: there is nothing to recover".into(),
            )
            .into());
        }
        let done = recovery(self)?;
        let (atlas, read_only) = Atlas::open_or_read_only(gazetteer, &self.file)?;
        *status = LibraryStatus::Open { read_only };
        Ok((done, atlas))
    }

    /// Fails with `read_only` (and why) when the library can only be read:
    /// imports ask before they start.
    ///
    /// # Errors
    /// [`atlas_core::Error::ReadOnly`] as said.
    pub fn ensure_writable(&self) -> Result<()> {
        match &*self.locked() {
            LibraryStatus::Open {
                read_only: Some(read_only),
            } => Err(atlas_core::Error::ReadOnly(read_only.message.clone()).into()),
            _ => Ok(()),
        }
    }
}
