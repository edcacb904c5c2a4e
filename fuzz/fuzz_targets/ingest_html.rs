#![no_main]
//! `read_bytes` on arbitrary bytes named `page.html`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atlas_fuzz::ingest("page.html", data);
});
