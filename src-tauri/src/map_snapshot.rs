//! The last view of the map, kept in the data folder for the next start.
//!
//! When the map has settled, the page sends its picture (a JPEG) and what lies
//! over it (the labels and the markers' counts, [`MapSnapshotView`]) and where
//! the map was in the window, under a key made of what the view depends on
//! (dispute, theme, naming, the window's size, pixel ratio). At the next start
//! the page asks for the view of its key ([`MapSnapshots::kept`], a few KB of
//! JSON) and shows it while MapLibre
//! starts (`ui/src/mapSnapshot.ts`); its picture is an image the webview loads
//! from the app's [`PROTOCOL`] ([`serve`]), straight to its decoder. They were
//! kept in the page's local storage before: reading a few hundred KB from it
//! held the page's thread for 120-180 ms at every start. (Bytes returned by a
//! command come to the page as an array of numbers on Linux, as slow.)
//!
//! The view (`view.json`) names its picture (`picture-N.jpg`): a picture is
//! written under a new name before the view that names it, each file whole or
//! not at all (written beside and renamed), so a view never shows another
//! view's picture, and a damaged or missing file only means no snapshot.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use serde::{Deserialize, Serialize};
use tauri::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use tauri::http::{Request, Response, StatusCode};
use ts_rs::TS;

use crate::{Error, Result};

/// The folder, inside the data folder, that holds the snapshot.
pub const SNAPSHOT_FOLDER: &str = "map-snapshot";

/// The largest picture kept, in bytes (a full-screen JPEG is 100-400 KB).
const MAX_PICTURE_BYTES: usize = 4 << 20;

/// The most labels or counts a view may hold.
const MAX_ITEMS: usize = 2_000;

/// The view file's name.
const VIEW_FILE: &str = "view.json";

/// A label as it was on screen: where, how it looked, what it said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotLabel {
    /// The place's id.
    pub place: String,
    /// Its box's left edge in the map's container, in CSS pixels.
    pub left: f64,
    /// Its box's top edge in the map's container, in CSS pixels.
    pub top: f64,
    /// The label's classes (kind and role).
    pub class_name: String,
    /// Its dot's colour (none on a group's label).
    pub colour: Option<String>,
    /// The name shown first.
    pub primary: String,
    /// The name shown second (may be empty).
    pub secondary: String,
    /// The badge (none on labels without one).
    pub badge: Option<SnapshotBadge>,
    /// Its accessible name.
    pub label: Option<String>,
}

/// A label's badge as it was on screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SnapshotBadge {
    /// The count shown.
    pub text: String,
    /// Whether the count was zero.
    pub zero: bool,
}

/// An event marker's count as it was on screen (the counts are HTML over the
/// map, not in its picture).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SnapshotCount {
    /// Left edge in the map's container, in CSS pixels.
    pub left: f64,
    /// Top edge in the map's container, in CSS pixels.
    pub top: f64,
    /// The count shown.
    pub text: String,
}

/// Where the map was in the window, in CSS pixels: the picture is shown
/// there at the next start before the rest of the window is laid out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SnapshotFrame {
    /// The map's left edge in the window.
    pub left: f64,
    /// The map's top edge in the window.
    pub top: f64,
    /// The map's width.
    pub width: f64,
    /// The map's height.
    pub height: f64,
}

/// What lies over the map's picture, where it was, and what the view depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MapSnapshotView {
    /// What the view depends on (dispute, theme, naming, the window's size,
    /// pixel ratio): a snapshot is shown only under the same key.
    pub key: String,
    /// Where the map was in the window.
    pub frame: SnapshotFrame,
    /// The labels not hidden by a collision.
    pub labels: Vec<SnapshotLabel>,
    /// The markers' counts.
    pub counts: Vec<SnapshotCount>,
}

/// A view as kept: the view and the file name of its picture, which the page
/// loads from [`PROTOCOL`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KeptSnapshot {
    /// The labels and counts, and the view's key.
    pub view: MapSnapshotView,
    /// The picture's file name (`picture-N.jpg`).
    pub picture: String,
}

/// The URI scheme the webview loads a kept picture from
/// (`map-snapshot://localhost/picture-N.jpg` on Linux and macOS,
/// `http://map-snapshot.localhost/…` on Windows).
pub const PROTOCOL: &str = "map-snapshot";

/// Where the snapshot is kept (app state): a folder, or nowhere (tests).
#[derive(Debug, Clone, Default)]
pub struct MapSnapshots(Option<PathBuf>);

impl MapSnapshots {
    /// Snapshots kept in `folder` (made when the first is stored).
    pub fn in_folder(folder: PathBuf) -> MapSnapshots {
        MapSnapshots(Some(folder))
    }

    /// The view kept under `key`, with its picture's name, if there is one.
    pub fn kept(&self, key: &str) -> Option<KeptSnapshot> {
        let folder = self.0.as_deref()?;
        let kept: KeptSnapshot =
            serde_json::from_slice(&fs::read(folder.join(VIEW_FILE)).ok()?).ok()?;
        (kept.view.key == key && is_picture_name(&kept.picture)).then_some(kept)
    }

    /// The bytes of the picture named `name`, if it is one of the pictures
    /// kept (never another file of the folder or outside it).
    pub fn picture(&self, name: &str) -> Option<Vec<u8>> {
        let folder = self.0.as_deref()?;
        is_picture_name(name)
            .then(|| fs::read(folder.join(name)).ok())
            .flatten()
    }

    /// Keeps `view` and its `picture` (a `data:image/jpeg;base64,` URL) in
    /// place of the last, and removes the last one's picture.
    ///
    /// # Errors
    /// The core's `InvalidInput` for a picture that is not a JPEG data URL or is too
    /// large, or a view with too many labels; [`Error::Internal`] when the
    /// files cannot be written (a full disk, a read-only folder: the next start
    /// then shows the last snapshot kept, or none).
    pub fn store(&self, view: MapSnapshotView, picture: &str) -> Result<()> {
        let Some(folder) = self.0.as_deref() else {
            return Ok(());
        };
        let jpeg = decode_jpeg_data_url(picture)?;
        if view.labels.len() > MAX_ITEMS || view.counts.len() > MAX_ITEMS {
            return Err(Error::Core(atlas_core::Error::InvalidInput(
                "the map's snapshot has too many labels".into(),
            )));
        }
        let write_error = |e: std::io::Error| {
            Error::Internal(format!(
                "the map's snapshot could not be written in {} ({e})",
                folder.display()
            ))
        };
        fs::create_dir_all(folder).map_err(write_error)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("picture-{nanos}.jpg");
        write_whole(&folder.join(&name), &jpeg).map_err(write_error)?;
        let stored = serde_json::to_vec(&KeptSnapshot {
            view,
            picture: name.clone(),
        })
        .map_err(|e| Error::Internal(format!("the map's snapshot could not be written ({e})")))?;
        write_whole(&folder.join(VIEW_FILE), &stored).map_err(write_error)?;
        // The pictures no view names any more.
        for entry in fs::read_dir(folder).map_err(write_error)?.flatten() {
            let file = entry.file_name();
            let file = file.to_string_lossy();
            if file != name && (is_picture_name(&file) || file.ends_with(".part")) {
                let _ = fs::remove_file(entry.path());
            }
        }
        Ok(())
    }
}

/// The answer to the webview's request for a picture of [`PROTOCOL`]: the
/// JPEG of the kept picture its path names, or 404.
pub fn serve(snapshots: &MapSnapshots, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    let name = request.uri().path().trim_start_matches('/');
    let response = Response::builder().header(CACHE_CONTROL, "no-store");
    match snapshots.picture(name) {
        Some(jpeg) => response.header(CONTENT_TYPE, "image/jpeg").body(jpeg),
        None => response.status(StatusCode::NOT_FOUND).body(Vec::new()),
    }
    .unwrap_or_else(|_| Response::new(Vec::new()))
}

/// Whether `name` is a picture's name as [`MapSnapshots::store`] makes them
/// (so a damaged view file cannot name another file).
fn is_picture_name(name: &str) -> bool {
    name.strip_prefix("picture-")
        .and_then(|rest| rest.strip_suffix(".jpg"))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// The bytes of a `data:image/jpeg;base64,` URL.
fn decode_jpeg_data_url(url: &str) -> Result<Vec<u8>> {
    let invalid = |why: &str| {
        Error::Core(atlas_core::Error::InvalidInput(format!(
            "the map's snapshot {why}"
        )))
    };
    let base64 = url
        .strip_prefix("data:image/jpeg;base64,")
        .ok_or_else(|| invalid("is not a JPEG picture"))?;
    if base64.len() / 4 * 3 > MAX_PICTURE_BYTES {
        return Err(invalid("is too large to keep"));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64)
        .map_err(|_| invalid("is not a JPEG picture"))?;
    // Every JPEG starts with a start-of-image marker.
    if !bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Err(invalid("is not a JPEG picture"));
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` whole or not at all: beside it first, then renamed
/// over it. Not synced to the disk: a snapshot lost with the power is only a
/// start without one, and the app may be closed right after a view settles.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let part = path.with_extension("part");
    let result = fs::File::create(&part).and_then(|mut file| file.write_all(bytes));
    match result.and_then(|()| fs::rename(&part, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&part);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];

    fn data_url(bytes: &[u8]) -> String {
        format!(
            "data:image/jpeg;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    }

    fn view(key: &str) -> MapSnapshotView {
        MapSnapshotView {
            key: key.into(),
            frame: SnapshotFrame {
                left: 0.0,
                top: 52.0,
                width: 896.0,
                height: 596.0,
            },
            labels: vec![SnapshotLabel {
                place: "kunashir".into(),
                left: 10.5,
                top: 20.0,
                class_name: "map-label--island".into(),
                colour: Some("#c0392b".into()),
                primary: "Kunashir".into(),
                secondary: "国後島".into(),
                badge: Some(SnapshotBadge {
                    text: "3".into(),
                    zero: false,
                }),
                label: None,
            }],
            counts: vec![SnapshotCount {
                left: 1.0,
                top: 2.0,
                text: "12".into(),
            }],
        }
    }

    #[test]
    fn a_stored_view_comes_back_under_its_key_only() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = MapSnapshots::in_folder(dir.path().join(SNAPSHOT_FOLDER));
        assert_eq!(snapshots.kept("kuril|light"), None);
        snapshots
            .store(view("kuril|light"), &data_url(JPEG))
            .unwrap();
        let kept = snapshots.kept("kuril|light").unwrap();
        assert_eq!(kept.view, view("kuril|light"));
        assert_eq!(snapshots.picture(&kept.picture).as_deref(), Some(JPEG));
        assert_eq!(snapshots.kept("kuril|dark"), None);
    }

    #[test]
    fn a_new_view_replaces_the_last_and_its_picture() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(SNAPSHOT_FOLDER);
        let snapshots = MapSnapshots::in_folder(folder.clone());
        snapshots.store(view("a"), &data_url(JPEG)).unwrap();
        let other = [JPEG, &[9, 9]].concat();
        snapshots.store(view("b"), &data_url(&other)).unwrap();
        assert_eq!(snapshots.kept("a"), None);
        let kept = snapshots.kept("b").unwrap();
        assert_eq!(snapshots.picture(&kept.picture), Some(other));
        let files: Vec<String> = fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files.len(), 2, "{files:?}");
    }

    #[test]
    fn what_is_not_a_jpeg_is_refused_and_the_last_view_stays() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = MapSnapshots::in_folder(dir.path().join(SNAPSHOT_FOLDER));
        snapshots.store(view("a"), &data_url(JPEG)).unwrap();
        for picture in [
            "data:image/png;base64,iVBORw0KGgo=".to_string(),
            "data:image/jpeg;base64,not base64!".to_string(),
            data_url(b"GIF89a"),
            data_url(&vec![0xFF; MAX_PICTURE_BYTES + 8]),
        ] {
            let e = snapshots.store(view("b"), &picture).unwrap_err();
            assert!(
                matches!(e, Error::Core(atlas_core::Error::InvalidInput(_))),
                "{e:?}"
            );
        }
        let kept = snapshots.kept("a").unwrap();
        assert_eq!(snapshots.picture(&kept.picture).as_deref(), Some(JPEG));
    }

    #[test]
    fn a_damaged_view_file_or_a_foreign_picture_name_is_no_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(SNAPSHOT_FOLDER);
        let snapshots = MapSnapshots::in_folder(folder.clone());
        snapshots.store(view("a"), &data_url(JPEG)).unwrap();
        fs::write(folder.join(VIEW_FILE), b"{\"view\": {\"key\": \"a\"").unwrap();
        assert_eq!(snapshots.kept("a"), None);
        let foreign = serde_json::json!({"view": view("a"), "picture": "../library.sqlite3"});
        fs::write(folder.join(VIEW_FILE), foreign.to_string()).unwrap();
        assert_eq!(snapshots.kept("a"), None);
        fs::write(dir.path().join("library.sqlite3"), b"SQLite format 3").unwrap();
        for name in [
            "../library.sqlite3",
            "view.json",
            "picture-.jpg",
            "picture-1.jpg/../../x",
        ] {
            assert_eq!(snapshots.picture(name), None, "{name}");
        }
    }

    #[test]
    fn a_folder_that_cannot_be_written_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        fs::write(&file, b"x").unwrap();
        let snapshots = MapSnapshots::in_folder(file.join(SNAPSHOT_FOLDER));
        let e = snapshots.store(view("a"), &data_url(JPEG)).unwrap_err();
        assert!(matches!(e, Error::Internal(_)), "{e:?}");
        assert_eq!(snapshots.kept("a"), None);
    }

    #[test]
    fn the_protocol_serves_a_kept_picture_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = MapSnapshots::in_folder(dir.path().join(SNAPSHOT_FOLDER));
        snapshots.store(view("a"), &data_url(JPEG)).unwrap();
        let kept = snapshots.kept("a").unwrap();
        let get = |path: &str| {
            let request = Request::builder()
                .uri(format!("map-snapshot://localhost/{path}"))
                .body(Vec::new())
                .unwrap();
            serve(&snapshots, &request)
        };
        let found = get(&kept.picture);
        assert_eq!(found.status(), StatusCode::OK);
        assert_eq!(found.headers()[CONTENT_TYPE], "image/jpeg");
        assert_eq!(found.body().as_slice(), JPEG);
        for path in ["view.json", "picture-9.jpg", "..%2Flibrary.sqlite3"] {
            assert_eq!(get(path).status(), StatusCode::NOT_FOUND, "{path}");
        }
    }
}
