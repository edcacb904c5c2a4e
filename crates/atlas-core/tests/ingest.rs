//! Fixture-based tests of `atlas_core::ingest`. The fixtures are written by
//! `tests/fixtures/ingest/make_fixtures.py`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use atlas_core::ingest::{read_bytes, read_file, Article, Format, MAX_FILE_BYTES, MAX_TEXT_BYTES};
use chrono::NaiveDate;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/ingest/");

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

fn read(name: &str) -> Article {
    read_file(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn error(name: &str) -> atlas_core::Error {
    match read_file(&fixture(name)) {
        Ok(a) => panic!("{name} should fail, got {a:?}"),
        Err(e) => e,
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const EN_TEXT: &str = "Fishing agreement near Kunashir\nPublished: 21 September 2015\n\n\
Negotiators met again to discuss fishing quotas in the waters around Kunashir and Iturup, two of the southern Kuril Islands.\n\n\
Both delegations said the talks were useful and agreed to meet again in spring.";

const RU_TEXT: &str = "Переговоры о рыболовстве у Кунашира\nОпубликовано: 21 сентября 2015 г.\n\n\
Делегации снова обсудили квоты на вылов рыбы в водах у Кунашира и Итурупа, южных островов Курильской гряды. Курильские острова остаются предметом спора.\n\n\
Стороны назвали встречу полезной и договорились продолжить работу весной.";

const JA_TEXT: &str = "国後島周辺の漁業交渉\n2015年9月21日\n\n\
両国の代表団は国後島と択捉島の周辺海域における漁獲枠について再び協議した。北方領土をめぐる問題は現在も解決していない。\n\n\
双方は会談が有益だったと述べ、春に再び会合を開くことで合意した。";

#[test]
fn every_encoding_reads_the_same_text() {
    let cases = [
        (
            "utf16le-bom.txt",
            EN_TEXT,
            "Fishing agreement near Kunashir",
        ),
        (
            "utf16le-nobom.txt",
            EN_TEXT,
            "Fishing agreement near Kunashir",
        ),
        ("utf16be-bom.txt", JA_TEXT, "国後島周辺の漁業交渉"),
        (
            "windows-1251.txt",
            RU_TEXT,
            "Переговоры о рыболовстве у Кунашира",
        ),
        ("koi8-r.txt", RU_TEXT, "Переговоры о рыболовстве у Кунашира"),
        ("shift_jis.txt", JA_TEXT, "国後島周辺の漁業交渉"),
        ("euc-jp.txt", JA_TEXT, "国後島周辺の漁業交渉"),
    ];
    for (name, text, title) in cases {
        let a = read(name);
        assert_eq!(a.text, text, "{name}");
        assert_eq!(a.title, title, "{name}");
        assert_eq!(a.published, date(2015, 9, 21), "{name}");
        assert_eq!(a.format, Format::Text, "{name}");
        assert_eq!(a.source, None, "{name}");
    }
}

#[test]
fn utf8_text_is_cleaned() {
    let a = read("utf8.txt");
    assert_eq!(
        a.text,
        "Kunashir / Кунашир / 国後島\n2015-09-21\n\n\
         The island is called Kunashir in English, Кунашир in Russian and 国後島 in Japanese.\n\
         Its coast line is long."
    );
    assert_eq!(a.title, "Kunashir / Кунашир / 国後島");
    assert_eq!(a.published, date(2015, 9, 21));
}

#[test]
fn html_article() {
    let a = read("article.html");
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.title, "Kuril talks resume after a long pause");
    assert_eq!(a.source.as_deref(), Some("Example Observer"));
    assert_eq!(a.published, date(2015, 9, 21));
    assert!(a
        .text
        .starts_with("Kuril talks resume after a long pause\n\nBy A. Writer, 18 September\n\n"));
    assert!(a.text.contains(
        "Diplomats met in Moscow to discuss the southern Kuril Islands — Kunashir, Iturup, \
         Shikotan and the Habomai group & their future."
    ));
    assert!(a.text.contains("Курильские острова") && a.text.contains("国後島"));
    assert!(a
        .text
        .ends_with("Officials said another round would follow."));
    for furniture in [
        "World",
        "Asia",
        "daily news",
        "Related",
        "Search",
        "rights reserved",
        "alert",
        "tracker",
        "font-family",
        "hijacked",
    ] {
        assert!(
            !a.text.contains(furniture),
            "{furniture} leaked into {:?}",
            a.text
        );
    }
}

#[test]
fn html_with_meta_charset() {
    let a = read("cp1251.html");
    assert_eq!(a.title, "Итуруп");
    assert_eq!(
        a.text,
        "Остров Итуруп — крупнейший из Курильских островов. На нём есть вулканы, горячие источники и небольшие посёлки."
    );
}

#[test]
fn html_saved_as_txt_is_read_as_html() {
    let a = read("html-saved-as.txt");
    assert_eq!(a.format, Format::Html);
    assert_eq!(a.title, "Saved page");
    assert_eq!(a.text, "Shikotan is a small island.");
}

#[test]
fn markdown_with_front_matter() {
    let a = read("article.md");
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(a.title, "Notes on Shikotan");
    assert_eq!(a.published, date(2016, 12, 15));
    assert_eq!(a.source.as_deref(), Some("Field Desk"));
    assert_eq!(
        a.text,
        "Shikotan\n\nShikotan is one of the southern Kuril Islands. It lies north-east of Hokkaido.\n\n\
         It has two villages.\n\nIts Japanese name is 色丹島.\n\n\
         The island is small but much discussed.\n\ncode block text"
    );
}

#[test]
fn email_message() {
    let a = read("message.eml");
    assert_eq!(a.format, Format::Eml);
    assert_eq!(a.title, "Кунашир: weekly digest");
    assert_eq!(a.source.as_deref(), Some("Island Desk <desk@example.org>"));
    assert_eq!(a.published, date(2016, 12, 15));
    assert_eq!(
        a.text,
        "Кунашир: weekly digest\n\n\
         Кунашир и Итуруп снова в новостях.\n\nThe digest covers the southern Kuril Islands."
    );

    let a = read("html-only.eml");
    assert_eq!(a.title, "Habomai update");
    assert_eq!(
        a.text,
        "Habomai update\n\nThe Habomai islets lie close to Hokkaido."
    );
}

#[test]
fn word_document() {
    let a = read("article.docx");
    assert_eq!(a.format, Format::Docx);
    assert_eq!(a.title, "Habomai fishing rights (draft)");
    assert_eq!(a.published, date(2017, 3, 3));
    assert_eq!(
        a.text,
        "Habomai fishing rights\n\nPublished: 3 March 2017\n\n\
         Fishermen from Hokkaido asked for access to the waters near Habomai & Shikotan.\n\n\
         Names: 歯舞群島\nОстрова Хабомаи"
    );
}

#[test]
fn word_document_with_a_wrong_name_is_read_by_content() {
    let bytes = std::fs::read(fixture("article.docx")).unwrap();
    let a = read_bytes("article.txt", &bytes).unwrap();
    assert_eq!(a.format, Format::Docx);
}

#[test]
fn pdf_document() {
    let a = read("article.pdf");
    assert_eq!(a.format, Format::Pdf);
    assert_eq!(a.title, "Talks on the Kuril Islands");
    assert_eq!(
        a.text,
        "Talks on the Kuril Islands\n\n\
         Diplomats from both countries met to discuss the southern Kuril Islands, including Kunashir and Iturup.\n\n\
         A further round of talks is planned for next year."
    );
}

#[test]
fn pdf_with_only_an_owner_password_is_read() {
    let a = read("owner-locked.pdf");
    assert_eq!(a.text, read("article.pdf").text);
}

#[test]
fn broken_files_have_clear_errors() {
    let cases = [
        ("empty.txt", "empty_file", "empty.txt is empty"),
        ("whitespace.txt", "empty_file", "whitespace.txt is empty"),
        (
            "photo.png",
            "not_text",
            "photo.png is not a text document (it looks like a PNG image)",
        ),
        (
            "binary.txt",
            "not_text",
            "binary.txt is not a text document",
        ),
        (
            "program.txt",
            "not_text",
            "program.txt is not a text document (it looks like a program",
        ),
        (
            "not-a-zip.docx",
            "malformed_file",
            "not-a-zip.docx is not a valid Word document",
        ),
        (
            "truncated.pdf",
            "malformed_file",
            "truncated.pdf could not be read as a PDF",
        ),
        (
            "garbage.pdf",
            "malformed_file",
            "garbage.pdf could not be read as a PDF",
        ),
        (
            "encrypted.pdf",
            "encrypted_file",
            "encrypted.pdf is encrypted",
        ),
        (
            "archive.zip",
            "unsupported_format",
            "archive.zip is a ZIP archive",
        ),
        (
            "script-only.html",
            "empty_file",
            "script-only.html has no readable article text",
        ),
    ];
    for (name, code, message) in cases {
        let e = error(name);
        assert_eq!(e.code(), code, "{name}: {e}");
        assert!(e.to_string().starts_with(message), "{name}: {e}");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], code);
        assert_eq!(json["advice"], e.advice());
    }
    let e = error("encrypted.pdf");
    assert!(e.advice().starts_with("Save an unencrypted copy"), "{e}");
}

#[test]
fn paths_that_are_not_files() {
    let e = read_file(Path::new(FIXTURES)).unwrap_err();
    assert_eq!(e.code(), "io_error");
    assert!(e.to_string().contains("is a folder"), "{e}");
    let e = read_file(&fixture("no-such-file.txt")).unwrap_err();
    assert_eq!(e.code(), "file_not_found");
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: nothing is written
    let e = read_file(&path).unwrap_err();
    assert_eq!(e.code(), "too_large");
    assert!(e.to_string().starts_with("huge.txt is too large"), "{e}");
}

#[test]
fn huge_single_line_is_capped() {
    let line = "Kunashir Iturup Shikotan Habomai ".repeat(320_000); // ~10.5 MB, no newline
    let a = read_bytes("line.txt", line.as_bytes()).unwrap();
    assert!(a.text.len() <= MAX_TEXT_BYTES);
    assert!(a.text.len() > MAX_TEXT_BYTES - 100);
    assert!(a.title.chars().count() <= 200 && a.title.ends_with('…'));
}

#[test]
fn deeply_nested_html_is_fast_and_safe() {
    let depth = 50_000;
    let html = format!(
        "<!doctype html><title>Deep</title>{}<p>Kunashir</p>{}",
        "<div><span>".repeat(depth),
        "</span></div>".repeat(depth)
    );
    let start = Instant::now();
    let a = read_bytes("deep.html", html.as_bytes()).unwrap();
    assert_eq!(a.title, "Deep");
    assert_eq!(a.text, "Kunashir");
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );

    let unclosed = format!("<html><body>{}Iturup", "<b><i><font>".repeat(depth));
    let a = read_bytes("unclosed.html", unclosed.as_bytes()).unwrap();
    assert_eq!(a.text, "Iturup");
}

#[test]
fn entity_bombs_are_harmless() {
    // HTML has no user-defined entities; many references are just text.
    let html = format!(
        "<!doctype html><p>{}</p>",
        "&amp;&#x41;&nbsp;".repeat(50_000)
    );
    let a = read_bytes("entities.html", html.as_bytes()).unwrap();
    assert!(a.text.starts_with("&A &A"));

    // A "billion laughs" DTD in a Word document is not expanded.
    let xml = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Iturup &lol3;</w:t></w:r></w:p></w:body></w:document>"#;
    let mut bytes = Vec::new();
    {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        w.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        w.write_all(xml.as_bytes()).unwrap();
        w.finish().unwrap();
    }
    let a = read_bytes("lol.docx", &bytes).unwrap();
    assert_eq!(a.text, "Iturup");
}

/// Every prefix and some corruptions of every fixture: never a panic, and
/// errors always carry a message naming the file.
#[test]
fn truncated_and_corrupted_fixtures_never_panic() {
    let mut names: Vec<_> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for name in names {
        let bytes = std::fs::read(fixture(&name)).unwrap();
        let step = (bytes.len() / 50).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            check(&name, &bytes[..cut]);
        }
        for _ in 0..20 {
            let mut b = bytes.clone();
            for _ in 0..(b.len() / 64).max(1) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                if !b.is_empty() {
                    let i = (seed as usize) % b.len();
                    b[i] = (seed >> 32) as u8;
                }
            }
            check(&name, &b);
        }
    }

    fn check(name: &str, bytes: &[u8]) {
        match read_bytes(name, bytes) {
            Ok(a) => {
                assert!(!a.text.is_empty() && !a.title.is_empty(), "{name}");
                assert!(a.text.len() <= MAX_TEXT_BYTES);
            }
            Err(e) => assert!(e.to_string().contains(name), "{name}: {e}"),
        }
    }
}

#[test]
fn pathological_markdown_and_email() {
    let lists = format!("{}Kunashir\n", "- ".repeat(10_000));
    let a = read_bytes("lists.md", lists.as_bytes()).unwrap();
    assert!(a.text.contains("Kunashir"));
    let quotes = format!("{}Iturup\n", "> ".repeat(10_000));
    assert!(read_bytes("quotes.md", quotes.as_bytes())
        .unwrap()
        .text
        .contains("Iturup"));

    let mut eml = String::from("From: a@b.c\r\nSubject: nested\r\nDate: Tue, 15 Dec 2016 09:00:00 +0000\r\nMIME-Version: 1.0\r\n");
    let depth = 5_000;
    for i in 0..depth {
        eml.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    eml.push_str("Content-Type: text/plain\r\n\r\nShikotan\r\n");
    for i in (0..depth).rev() {
        eml.push_str(&format!("--b{i}--\r\n"));
    }
    match read_bytes("nested.eml", eml.as_bytes()) {
        Ok(a) => assert_eq!(a.title, "nested"),
        Err(e) => assert!(e.to_string().starts_with("nested.eml"), "{e}"),
    }
}

#[test]
fn long_lines_in_every_text_format() {
    let words = "Habomai ".repeat(600_000); // ~4.8 MB on one line
    for (name, doc) in [
        ("long.md", format!("# T\n\n{words}")),
        ("long.html", format!("<!doctype html><p>{words}</p>")),
        (
            "long.eml",
            format!(
                "From: a@b.c\r\nSubject: s\r\nDate: Tue, 15 Dec 2016 09:00:00 +0000\r\n\r\n{words}"
            ),
        ),
    ] {
        let a = read_bytes(name, doc.as_bytes()).unwrap();
        assert!(
            a.text.len() > 4_000_000 && a.text.len() <= MAX_TEXT_BYTES,
            "{name}"
        );
    }
}
