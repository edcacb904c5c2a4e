#![no_main]
//! The linker (every built-in pack) on arbitrary text: no panic, and mentions are well formed.

use std::sync::LazyLock;

use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use libfuzzer_sys::fuzz_target;

static LINKER: LazyLock<Linker> = LazyLock::new(|| Linker::new(&Gazetteer::built_in()));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mentions = LINKER.link(&text);
    atlas_fuzz::check_mentions(&text, &mentions);
});
