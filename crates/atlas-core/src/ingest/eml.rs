//! E-mail messages (.eml), through `mail-parser`: Subject is the title (and
//! the text's first line, unless the body repeats it), Date the publication
//! date, From the source; the body is the plain-text part, or
//! the HTML part through the HTML extractor. A plain-text part hard-wrapped by
//! the mail program has its lines joined as a plain text's are. Every charset
//! `encoding_rs` knows is decoded (mail-parser's `full_encoding`): Japanese mail
//! is still often ISO-2022-JP or Shift_JIS.

use std::sync::LazyLock;

use chrono::NaiveDate;
use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

use crate::{Error, Result};

use super::clean::clean_line;
use super::date::parse_meta_date;
use super::{encoding, html, plain, Extracted};
use regex::Regex;

/// Reads an e-mail message from its raw bytes; `name` is the file name for messages.
pub(crate) fn extract(name: &str, bytes: &[u8]) -> Result<Extracted> {
    let malformed = || {
        Error::Malformed(format!("{name} is not a valid e-mail message")).with_advice(
            "Save the message again from your mail program (as .eml), or copy its text into a .txt file.",
        )
    };
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(malformed)?;
    if message.headers().is_empty() {
        return Err(malformed());
    }
    let title = message.subject().and_then(clean_line);
    let published = message.date().and_then(|d| {
        NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
    });
    let source = message
        .from()
        .and_then(|from| from.first())
        .and_then(
            |addr| match (addr.name().and_then(clean_line), addr.address()) {
                (Some(n), Some(a)) => Some(format!("{n} <{a}>")),
                (Some(n), None) => Some(n),
                (None, Some(a)) => clean_line(a),
                (None, None) => None,
            },
        );

    // Prefer the plain-text alternative; fall back to the HTML bodies. The
    // header block of a forwarded message goes first (before a plain part's
    // hard-wrapped lines are joined, which would join its lines too).
    let (mut subject, mut date) = (None, None);
    let mut body = |text: &str, wrapped: bool| {
        let f = strip_forward_headers(text);
        subject = subject.take().or(f.subject);
        date = date.or(f.date);
        if wrapped {
            plain::unwrap_lines(&f.text)
        } else {
            f.text
        }
    };
    let mut parts: Vec<String> = Vec::new();
    for i in 0..message.text_body_count() {
        if let Some(part) = message.text_part(i as u32) {
            match &part.body {
                PartType::Text(t) => {
                    let t = redecoded(&message, part).unwrap_or_else(|| t.to_string());
                    parts.push(body(&t, true));
                }
                PartType::Html(h) => {
                    let h = redecoded(&message, part).unwrap_or_else(|| h.to_string());
                    parts.push(body(&html::extract(&h).text, false));
                }
                _ => {}
            }
        }
    }
    if parts.iter().all(|p| p.trim().is_empty()) {
        parts.clear();
        for i in 0..message.html_body_count() {
            if let Some(part) = message.html_part(i as u32) {
                if let PartType::Html(h) = &part.body {
                    let h = redecoded(&message, part).unwrap_or_else(|| h.to_string());
                    parts.push(body(&html::extract(&h).text, false));
                }
            }
        }
    }
    // A forwarded article repeats its headline in the body (often without the
    // site's name that its Subject has): the body alone is its text.
    let forwarded = subject.is_some()
        || title
            .as_deref()
            .is_some_and(|t| strip_forward_prefix(t) != t);
    // The forwarded message's own Subject, else ours without "Fwd:".
    let title = subject.or_else(|| title.map(|t| strip_forward_prefix(&t).to_string()));
    let body = parts.join("\n\n");
    Ok(Extracted {
        text: if forwarded {
            body
        } else {
            with_headline(title.as_deref(), body)
        },
        title,
        source,
        address: None,
        published: date.or(published),
    })
}

/// `body` with the Subject as its first line, as an article's headline, unless
/// the body already has it: a newsletter's Subject names what its items are
/// about, and a reader counts it.
fn with_headline(subject: Option<&str>, body: String) -> String {
    match subject {
        Some(subject) if !body.contains(subject) => format!("{subject}\n\n{body}"),
        _ => body,
    }
}

/// A body without the header block of a forwarded message.
struct Forwarded {
    text: String,
    /// The forwarded message's Subject and Date, when there was such a block.
    subject: Option<String>,
    date: Option<NaiveDate>,
}

/// Takes out the header block a mail program writes above a forwarded
/// message ("---------- Forwarded message ---------", "-----Original
/// Message-----", "Begin forwarded message:", "-------- Пересылаемое сообщение
/// --------", "転送メッセージ" ... then "From:", "Date:", "Subject:", "To:" lines
/// up to a blank line): it is the mail program's, not the article's, and its
/// Subject line would count the headline's places twice. The separator stays
/// (it tells the reader where the forwarded part starts). The first block's
/// Subject and Date are returned: they are the forwarded article's.
fn strip_forward_headers(text: &str) -> Forwarded {
    static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:-{2,}\s*(?:forwarded message|original message|пересылаемое сообщение|исходное сообщение|転送メッセージ|元のメッセージ)\s*-{2,}|begin forwarded message:)\s*$",
        )
        .expect("valid regex")
    });
    static HEADER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*\**(from|date|sent|subject|to|cc|reply-to|от|отправлено|дата|тема|кому|копия|差出人|送信者|送信日時|日付|日時|件名|宛先|cc)\**\s*[:：]\s*(.*)$",
        )
        .expect("valid regex")
    });
    let mut out = Vec::new();
    let (mut subject, mut date) = (None, None);
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push(line);
        if !SEPARATOR.is_match(line) {
            continue;
        }
        let first = subject.is_none() && date.is_none();
        while let Some(c) = lines.peek().and_then(|l| HEADER.captures(l)) {
            let value = c.get(2).map_or("", |m| m.as_str());
            match c[1].to_lowercase().as_str() {
                "subject" | "тема" | "件名" if first => {
                    subject = clean_line(strip_forward_prefix(value));
                }
                "date" | "sent" | "дата" | "отправлено" | "日付" | "日時" | "送信日時" if first =>
                {
                    // Gmail: "Tue, Jun 10, 2025 at 9:14 PM".
                    date = parse_meta_date(value.split(" at ").next().unwrap_or(value));
                }
                _ => {}
            }
            lines.next();
        }
    }
    Forwarded {
        text: out.join("\n"),
        subject,
        date,
    }
}

/// A Subject without the "Fwd:", "FW:", "Пересл.:", "転送:" its forwarding added.
fn strip_forward_prefix(subject: &str) -> &str {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:(?:fwd?|fw|пересл|переслано|転送)\s*\.?\s*[:：]\s*)+")
            .expect("valid regex")
    });
    PREFIX
        .find(subject)
        .map_or(subject, |m| &subject[m.end()..])
}

/// A text part without a declared charset, or with one no encoding goes by
/// ("x-koi8r-bogus", a typo), that is not valid UTF-8 (which mail-parser
/// decodes lossily), decoded again from its raw 8-bit bytes with the module's
/// encoding detection. `None` when that does not apply.
fn redecoded(message: &Message<'_>, part: &MessagePart<'_>) -> Option<String> {
    let lossy = match &part.body {
        PartType::Text(t) | PartType::Html(t) => t.contains('\u{FFFD}'),
        _ => false,
    };
    let declared = part
        .content_type()
        .and_then(|ct| ct.attribute("charset"))
        .is_some_and(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()).is_some());
    if !lossy || declared || part.encoding != mail_parser::Encoding::None {
        return None;
    }
    let raw = message
        .raw_message()
        .get(part.offset_body as usize..part.offset_end as usize)?;
    Some(encoding::decode(raw).text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::clean::clean_text;

    #[test]
    fn plain_message() {
        let raw = b"From: Desk <desk@example.org>\r\nTo: me@example.org\r\nSubject: =?UTF-8?B?0JrRg9C90LDRiNC40YA=?= report\r\nDate: Mon, 21 Sep 2015 10:00:00 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLine one.\r\n\r\nLine two.\r\n";
        let e = extract("m.eml", raw).unwrap();
        assert_eq!(e.title.as_deref(), Some("Кунашир report"));
        assert_eq!(e.source.as_deref(), Some("Desk <desk@example.org>"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(
            clean_text(&e.text),
            "Кунашир report\n\nLine one.\n\nLine two."
        );
    }

    #[test]
    fn the_subject_is_the_first_line_unless_the_body_has_it() {
        let message = |subject: &str, body: &str| {
            let raw = format!(
                "From: a@b.c\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            );
            clean_text(&extract("m.eml", raw.as_bytes()).unwrap().text)
        };
        assert_eq!(
            message("Briefing: Falklands curbs eased", "1. Flights resume."),
            "Briefing: Falklands curbs eased\n\n1. Flights resume."
        );
        assert_eq!(
            message("Kunashir plant", "Kunashir plant\r\n\r\nJapan protested."),
            "Kunashir plant\n\nJapan protested."
        );
    }

    #[test]
    fn html_only_message() {
        let raw = b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><nav>menu</nav><p>Shikotan &amp; Habomai</p><script>x()</script></body></html>";
        let e = extract("m.eml", raw).unwrap();
        assert_eq!(clean_text(&e.text), "x\n\nShikotan & Habomai");
    }

    #[test]
    fn undeclared_8bit_charset_is_detected() {
        let mut raw = b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n".to_vec();
        let (body, _, _) = encoding_rs::WINDOWS_1251
            .encode("Курильские острова: Кунашир, Итуруп, Шикотан и гряда Хабомаи.");
        raw.extend_from_slice(&body);
        let e = extract("m.eml", &raw).unwrap();
        assert_eq!(
            clean_text(&e.text),
            "x\n\nКурильские острова: Кунашир, Итуруп, Шикотан и гряда Хабомаи."
        );
    }

    #[test]
    fn japanese_legacy_charsets_are_decoded() {
        // An ISO-2022-JP Subject (encoded word) and body, as Japanese mail
        // programs send them, and a Shift_JIS part.
        let mut raw = b"From: a@b.c\r\nSubject: =?ISO-2022-JP?B?GyRCS0xKfU5ORVobKEI=?=\r\n\
                        Content-Type: text/plain; charset=ISO-2022-JP\r\n\r\n"
            .to_vec();
        let (body, _, _) = encoding_rs::ISO_2022_JP.encode("国後島と択捉島");
        raw.extend_from_slice(&body);
        let e = extract("m.eml", &raw).unwrap();
        assert_eq!(e.title.as_deref(), Some("北方領土"));
        assert_eq!(clean_text(&e.text), "北方領土\n\n国後島と択捉島");
        let mut raw =
            b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n"
                .to_vec();
        let (body, _, _) = encoding_rs::SHIFT_JIS.encode("色丹島");
        raw.extend_from_slice(&body);
        assert_eq!(
            clean_text(&extract("m.eml", &raw).unwrap().text),
            "x\n\n色丹島"
        );
    }

    #[test]
    fn hard_wrapped_plain_part_is_joined() {
        let raw = "From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                   A boat carrying former residents of the islands sailed from\r\n\
                   Nemuro on Wednesday morning to visit the graves on Habomai\r\n\
                   and Shikotan, where their families lived until 1945 and the\r\n\
                   war ended, officials said.\r\n";
        let e = extract("m.eml", raw.as_bytes()).unwrap();
        assert_eq!(
            clean_text(&e.text),
            "x\n\nA boat carrying former residents of the islands sailed from Nemuro on Wednesday \
             morning to visit the graves on Habomai and Shikotan, where their families lived \
             until 1945 and the war ended, officials said."
        );
    }

    #[test]
    fn forwarded_header_block_is_not_text() {
        let raw = "From: Ken <ken@example.com>\r\nSubject: Fwd: JT: Protest over Kunashir plant\r\n\
                   Date: Wed, 11 Jun 2025 08:37:12 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
                   FYI.\r\n\r\n---------- Forwarded message ---------\r\n\
                   From: Mari <mari@example.org>\r\nDate: Tue, Jun 10, 2025 at 9:14 PM\r\n\
                   Subject: JT: Protest over Kunashir plant\r\nTo: Ken <ken@example.com>\r\n\r\n\
                   Protest over Kunashir plant\r\n\r\nJapan protested on Tuesday.\r\n";
        let e = extract("m.eml", raw.as_bytes()).unwrap();
        assert_eq!(e.title.as_deref(), Some("JT: Protest over Kunashir plant"));
        assert_eq!(e.published, NaiveDate::from_ymd_opt(2025, 6, 10));
        assert_eq!(
            clean_text(&e.text),
            "FYI.\n\n---------- Forwarded message ---------\n\n\
             Protest over Kunashir plant\n\nJapan protested on Tuesday."
        );
        // Outlook's block, in Russian; a message that only says "Fwd:".
        let f = strip_forward_headers(
            "-----Исходное сообщение-----\nОт: Иван\nОтправлено: 3 марта 2024 г.\nТема: Итуруп\n\nТекст.",
        );
        assert_eq!(f.text, "-----Исходное сообщение-----\n\nТекст.");
        assert_eq!(f.subject.as_deref(), Some("Итуруп"));
        assert_eq!(strip_forward_prefix("Fwd: FW: 転送: Шикотан"), "Шикотан");
        assert_eq!(strip_forward_prefix("Forwarding rules"), "Forwarding rules");
        let plain = "From: the editors\nSubject: none";
        assert_eq!(strip_forward_headers(plain).text, plain);
    }

    #[test]
    fn unknown_charset_is_detected() {
        let mut raw = b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=\"x-koi8r-bogus\"\r\n\r\n"
            .to_vec();
        let (body, _, _) = encoding_rs::KOI8_R
            .encode("Курильские острова: Кунашир, Итуруп, Шикотан и гряда Хабомаи.");
        raw.extend_from_slice(&body);
        assert_eq!(
            clean_text(&extract("m.eml", &raw).unwrap().text),
            "x\n\nКурильские острова: Кунашир, Итуруп, Шикотан и гряда Хабомаи."
        );
    }

    #[test]
    fn no_headers() {
        assert_eq!(extract("m.eml", b"").unwrap_err().code(), "malformed_file");
    }
}
