//! Faults a desktop library meets, in the real app: a damaged library restored
//! from its backup with the keyboard, a library on read-only media opened
//! read-only, and a second start of the app handing over to the running window.

use super::*;

/// A library folder whose library holds the sample and has an automatic
/// backup, then is cut to half its size; returns the damaged file's bytes.
fn damaged_library_with_backup(data: &Path) -> Vec<u8> {
    use atlas_core::atlas::ImportOptions;
    use atlas_core::gazetteer::Gazetteer;
    use atlas_core::Atlas;
    let library = data.join(dispute_atlas::LIBRARY_FILE);
    {
        let atlas = Atlas::open(Gazetteer::built_in(), &library).unwrap();
        let options = ImportOptions {
            published: None,
            imported_at: "2026-12-04T17:30:00Z".parse().unwrap(),
            max_files: 10,
        };
        let summary = atlas.import(&[Path::new(ROOT).join(SAMPLE)], options, &mut |_| {});
        assert_eq!(summary.imported, 1);
        let backups = data.join(dispute_atlas::BACKUPS_FOLDER);
        atlas
            .backup_if_due(options.imported_at, &backups)
            .unwrap()
            .expect("a backup");
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&library)
        .unwrap();
    file.set_len(file.metadata().unwrap().len() / 2).unwrap();
    drop(file);
    std::fs::read(&library).unwrap()
}

/// A damaged library opens the window on the damaged-library dialog; the
/// keyboard restores the latest backup, the app then shows its article, and the
/// damaged file is kept beside it byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_library_is_restored_from_its_backup() {
    if !enabled() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let damaged = damaged_library_with_backup(data.path());
    with_app_in(data, "#restore-backup", move |app| async move {
        let card = text_of(&app, ".recovery-card").await;
        assert!(card.contains("The library cannot be opened"), "{card}");
        assert!(card.contains("is damaged"), "{card}");
        assert!(card.contains("Start a new library"), "{card}");
        app.screenshot("06-damaged-library-dialog").await;
        // The first choice has the focus: Enter presses it.
        let focused = app.client.active_element().await.unwrap();
        assert_eq!(
            focused.attr("id").await.unwrap().as_deref(),
            Some("restore-backup")
        );
        focused.send_keys("\u{E007}").await.unwrap();
        let go = app
            .wait_for("#recovery-continue", Duration::from_secs(15))
            .await;
        let done = text_of(&app, ".recovery-card").await;
        assert!(done.contains("The library was restored"), "{done}");
        assert!(done.contains("library-damaged-"), "{done}");
        app.screenshot("07-damaged-library-restored").await;
        go.send_keys("\u{E007}").await.unwrap();
        app.wait_for("body.is-ready", Duration::from_secs(30)).await;

        let articles = app.invoke("list_articles", json!({})).await;
        let articles = articles.as_array().unwrap();
        assert_eq!(articles.len(), 1, "the backup's article: {articles:?}");
        assert!(articles[0]["title"].as_str().unwrap().len() > 5);
        let status = app.invoke("library_status", json!({})).await;
        assert_eq!(status, json!({"state": "open"}));
        let aside: Vec<PathBuf> = std::fs::read_dir(app._data.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                name.starts_with("library-damaged-") && name.ends_with(".sqlite3")
            })
            .collect();
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert_eq!(std::fs::read(&aside[0]).unwrap(), damaged, "byte for byte");
    })
    .await;
}

/// A tmpfs mounted at a path, unmounted (and the folder removed) when dropped.
struct Mount(PathBuf);

impl Mount {
    /// Mounts a small tmpfs at `dir` (made here), or says why it cannot (needs root).
    fn tmpfs(dir: &Path) -> Result<Mount, String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=16m", "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
        }
        Ok(Mount(dir.to_path_buf()))
    }

    fn remount_read_only(&self) {
        let status = std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success(), "remount read-only");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// A library on read-only media (a tmpfs remounted read-only; mounting needs
/// root, else the test says why and returns) opens read-only: the note on the
/// map says so, Open files is disabled, browsing and search answer, an import
/// is refused with `read_only`, and the file is byte for byte as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_library_on_read_only_media_opens_read_only() {
    if !enabled() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let media = data.path().join("media");
    let mount = match Mount::tmpfs(&media) {
        Ok(mount) => mount,
        Err(why) => {
            eprintln!("skipped: cannot mount a tmpfs (needs root): {why}");
            return;
        }
    };
    let library = media.join(dispute_atlas::LIBRARY_FILE);
    {
        use atlas_core::atlas::ImportOptions;
        use atlas_core::gazetteer::Gazetteer;
        let atlas = atlas_core::Atlas::open(Gazetteer::built_in(), &library).unwrap();
        let options = ImportOptions {
            published: None,
            imported_at: "2026-12-04T17:30:00Z".parse().unwrap(),
            max_files: 10,
        };
        let summary = atlas.import(&[Path::new(ROOT).join(SAMPLE)], options, &mut |_| {});
        assert_eq!(summary.imported, 1);
    }
    mount.remount_read_only();
    let before = std::fs::read(&library).unwrap();

    let app = App::launch_on(data, &media, "body.is-ready").await;
    with_launched(app, |app| async move {
        let note = text_of(&app, "#read-only-note").await;
        assert!(note.contains("Read-only library"), "{note}");
        assert!(note.contains("read-only media"), "{note}");
        assert!(note.contains("adding articles is off"), "{note}");
        let open = app.client.find(Locator::Css("#open-files")).await.unwrap();
        assert!(!open.is_enabled().await.unwrap(), "Open files is disabled");
        assert!(open
            .attr("title")
            .await
            .unwrap()
            .unwrap()
            .contains("read-only"));
        app.screenshot("08-read-only-library").await;
        // Delete and Edit date are off up front with the reason, in the list and the reader.
        app.client
            .find(Locator::Css("#tab-library"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        for css in [
            ".lib-item .icon-btn--danger",
            ".lib-item .icon-btn[aria-label^='Edit the publication date']",
        ] {
            let button = app.wait_for(css, Duration::from_secs(10)).await;
            assert!(!button.is_enabled().await.unwrap(), "{css} is disabled");
            let title = button.attr("title").await.unwrap().unwrap_or_default();
            assert!(
                title.contains(
                    "Deleting articles, editing dates and sources, and corrections are off"
                ),
                "{title}"
            );
        }
        app.client
            .find(Locator::Css(".lib-item .lib-open"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        app.wait_for(".reader .read-only-hint", Duration::from_secs(10))
            .await;
        for css in [
            ".reader .text-btn--danger",
            ".reader .reader-meta .text-btn",
        ] {
            let button = app.client.find(Locator::Css(css)).await.unwrap();
            assert!(!button.is_enabled().await.unwrap(), "{css} is disabled");
        }
        app.screenshot("08b-read-only-reader").await;

        let articles = app.invoke("list_articles", json!({})).await;
        assert_eq!(articles.as_array().unwrap().len(), 1);
        let id = articles[0]["id"].clone();
        let article = app.invoke("get_article", json!({"id": id})).await;
        assert!(article["text"].as_str().unwrap().contains("Kunashir"));
        let hits = app.invoke("search", json!({"query": "Kunashir"})).await;
        assert!(!hits.as_array().unwrap().is_empty());
        let script = "const done = arguments[arguments.length - 1];\
             window.__TAURI_INTERNALS__.invoke('load_sample', {})\
               .then(v => done({ok: v}), e => done({err: e}));";
        let refused = app.client.execute_async(script, vec![]).await.unwrap();
        assert_eq!(refused["err"]["code"], "read_only", "{refused}");
        let status = app.invoke("library_status", json!({})).await;
        assert_eq!(status["read_only"]["reason"], "read_only_media", "{status}");
    })
    .await;
    assert_eq!(std::fs::read(&library).unwrap(), before, "byte for byte");
    drop(mount);
}

/// The name of the X window that has the keyboard focus, if any.
async fn focused_window_name() -> Option<String> {
    let out = tokio::process::Command::new("xdotool")
        .args(["getwindowfocus", "getwindowname"])
        .output()
        .await
        .expect("xdotool runs");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Starting the app again on the library it has open hands the start to it:
/// the second process exits at once (status 0), the running window comes to
/// the front (it takes the focus from another window) and answers as before.
/// Needs a D-Bus session bus (scripts/test.sh starts one), else the test says
/// why and returns.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_start_brings_the_running_window_to_the_front() {
    if !enabled() {
        return;
    }
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        eprintln!("skipped: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS), which the single-instance plugin uses on Linux");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_path_buf();
    with_app_in(data, "body.is-ready", move |app| async move {
        app.invoke("load_sample", json!({})).await;
        // Another window takes the focus.
        let mut other = tokio::process::Command::new("/usr/bin/python3")
            .arg(Path::new(ROOT).join("tests/e2e/drag_source.py"))
            .args(["20", "700"])
            .arg(Path::new(ROOT).join(SAMPLE))
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("the drag source starts (apt install python3-gi gir1.2-gtk-3.0)");
        let mut out = tokio::io::BufReader::new(other.stdout.take().unwrap());
        let mut line = String::new();
        tokio::io::AsyncBufReadExt::read_line(&mut out, &mut line)
            .await
            .unwrap();
        let pid = other.id().unwrap().to_string();
        let found = tokio::process::Command::new("xdotool")
            .args(["search", "--sync", "--pid", &pid])
            .output()
            .await
            .unwrap();
        let other_window = String::from_utf8_lossy(&found.stdout)
            .lines()
            .last()
            .unwrap()
            .to_string();
        xdotool(&["windowfocus", "--sync", &other_window]).await;
        assert_eq!(focused_window_name().await.as_deref(), Some("drag source"));

        let started = Instant::now();
        let second = tokio::process::Command::new(APP)
            .arg("--data-dir")
            .arg(&dir)
            .kill_on_drop(true)
            .status();
        let status = tokio::time::timeout(Duration::from_secs(20), second)
            .await
            .expect("the second start exits within 20 s")
            .unwrap();
        assert!(status.success(), "the second start exits cleanly: {status}");
        eprintln!("the second start exited after {:?}", started.elapsed());
        let name = eventually(
            "the running window to take the focus",
            Duration::from_secs(5),
            || async {
                focused_window_name()
                    .await
                    .filter(|name| name.starts_with("Dispute Atlas"))
            },
        )
        .await;
        assert!(name.starts_with("Dispute Atlas"), "{name}");
        assert_eq!(app.client.windows().await.unwrap().len(), 1, "one window");
        let articles = app.invoke("list_articles", json!({})).await;
        assert_eq!(
            articles.as_array().unwrap().len(),
            1,
            "the same library, still answering"
        );
        app.screenshot("09-second-start-focuses-the-window").await;
        drop(other);
    })
    .await;
}
