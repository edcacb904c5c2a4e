//! One window per library: starting the app again on a library that is open
//! already hands the start to the running app, which brings its window to the
//! front, and the second process exits (Tauri's single-instance plugin).
//!
//! On Linux the plugin finds the running app by a D-Bus name on the session
//! bus; the name here is the library's: the app's identifier for the default
//! data folder, with a hash of the folder's path for one given by
//! `--data-dir` or [`DATA_DIR_ENV`](crate::DATA_DIR_ENV), so two different
//! libraries can be open side by side (as tests with a library each are).
//! Without a session bus the plugin starts the app normally. On Windows and
//! macOS the plugin keeps one app, whatever the library.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};

/// The app's identifier (as in `tauri.conf.json`), the D-Bus name's base.
const IDENTIFIER: &str = "org.disputeatlas.atlas";

/// The single-instance plugin for the library in `data_dir` (`None`: the
/// default data folder). Register it before the other plugins.
pub fn plugin<R: Runtime>(data_dir: Option<&Path>) -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .callback(|app, _args, _cwd| bring_to_front(app))
        .dbus_id(dbus_id(data_dir))
        .build()
}

/// The D-Bus name of the app with the library in `data_dir` (the plugin adds
/// `.SingleInstance`): one element per library, `L` and 16 hex digits.
pub fn dbus_id(data_dir: Option<&Path>) -> String {
    match data_dir {
        None => IDENTIFIER.to_string(),
        Some(dir) => {
            let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
            format!(
                "{IDENTIFIER}.L{:016x}",
                fnv1a(dir.as_os_str().as_encoded_bytes())
            )
        }
    }
}

/// Shows, unminimizes and focuses the main window.
fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    // Each fails only when the window is going away; nothing to do then.
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
}

/// 64-bit FNV-1a: a stable hash (the same path gives the same name in every
/// process and every build, which `std`'s hasher does not promise).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_library_has_its_own_name() {
        assert_eq!(dbus_id(None), "org.disputeatlas.atlas");
        let a = dbus_id(Some(Path::new("/no/such/folder/a")));
        let b = dbus_id(Some(Path::new("/no/such/folder/b")));
        assert_ne!(a, b);
        assert_eq!(a, dbus_id(Some(Path::new("/no/such/folder/a"))));
        let last = a.rsplit('.').next().unwrap();
        assert!(last.starts_with('L') && last.len() == 17, "{a}");
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_base_name_is_the_apps_identifier() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(config["identifier"], IDENTIFIER);
    }
}
