#![no_main]
//! Dates and events on arbitrary text with an arbitrary publication date
//! (the first three bytes pick it, or none, across chrono's whole range).

use std::sync::LazyLock;

use atlas_core::dates::find_dates;
use atlas_core::events::extract_events;
use atlas_core::gazetteer::Gazetteer;
use atlas_core::linker::Linker;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

static LINKER: LazyLock<Linker> = LazyLock::new(|| Linker::new(&Gazetteer::built_in()));

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let (head, rest) = data.split_at(3);
    let published = match head[0] {
        0 => None,
        1 => NaiveDate::from_num_days_from_ce_opt(
            (i32::from(u16::from_le_bytes([head[1], head[2]])) - 32768) * 3000,
        ),
        2 => Some(NaiveDate::MIN),
        3 => Some(NaiveDate::MAX),
        b => NaiveDate::from_ymd_opt(
            1900 + i32::from(b % 200),
            1 + u32::from(head[1] % 12),
            1 + u32::from(head[2] % 31),
        ),
    };
    let text = String::from_utf8_lossy(rest);
    let dates = find_dates(&text, published);
    let mut last_end = 0;
    for d in &dates {
        assert!(d.byte_start < d.byte_end && d.byte_end <= text.len());
        assert!(
            d.byte_start >= last_end,
            "dates overlap or are out of order"
        );
        assert!(text.is_char_boundary(d.byte_start) && text.is_char_boundary(d.byte_end));
        last_end = d.byte_end;
    }
    let mentions = LINKER.link(&text);
    let events = extract_events(&text, &mentions, published, LINKER.context_places());
    let chars = text.chars().count();
    for e in &events {
        assert!(e.start <= e.end && e.end <= chars);
        assert!(!e.places.is_empty());
    }
});
