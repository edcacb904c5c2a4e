#![no_main]
//! `read_bytes` on arbitrary bytes named `report.pdf`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    atlas_fuzz::ingest("report.pdf", data);
});
