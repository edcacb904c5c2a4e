//! E-mail messages (.eml), through `mail-parser`: Subject is the title, Date
//! the publication date, From the source; the body is the plain-text part, or
//! the HTML part through the HTML extractor. A plain-text part hard-wrapped by
//! the mail program has its lines joined as a plain text's are. Every charset
//! `encoding_rs` knows is decoded (mail-parser's `full_encoding`): Japanese mail
//! is still often ISO-2022-JP or Shift_JIS.

use chrono::NaiveDate;
use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

use crate::{Error, Result};

use super::clean::clean_line;
use super::{encoding, html, plain, Extracted};

/// Reads an e-mail message from its raw bytes; `name` is the file name for messages.
pub(crate) fn extract(name: &str, bytes: &[u8]) -> Result<Extracted> {
    let malformed = || {
        Error::Malformed(format!(
            "{name} is not a valid e-mail message; save the message again from your mail program (as .eml), \
             or copy its text into a .txt file"
        ))
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

    // Prefer the plain-text alternative; fall back to the HTML bodies.
    let mut parts: Vec<String> = Vec::new();
    for i in 0..message.text_body_count() {
        if let Some(part) = message.text_part(i as u32) {
            match &part.body {
                PartType::Text(t) => {
                    let t = redecoded(&message, part).unwrap_or_else(|| t.to_string());
                    parts.push(plain::unwrap_lines(&t));
                }
                PartType::Html(h) => {
                    let h = redecoded(&message, part).unwrap_or_else(|| h.to_string());
                    parts.push(html::extract(&h).text);
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
                    parts.push(html::extract(&h).text);
                }
            }
        }
    }
    Ok(Extracted {
        title,
        source,
        published,
        text: parts.join("\n\n"),
    })
}

/// A text part without a declared charset that is not valid UTF-8 (which
/// mail-parser decodes lossily), decoded again from its raw 8-bit bytes with
/// the module's encoding detection. `None` when that does not apply.
fn redecoded(message: &Message<'_>, part: &MessagePart<'_>) -> Option<String> {
    let lossy = match &part.body {
        PartType::Text(t) | PartType::Html(t) => t.contains('\u{FFFD}'),
        _ => false,
    };
    let declared = part
        .content_type()
        .and_then(|ct| ct.attribute("charset"))
        .is_some();
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
        assert_eq!(clean_text(&e.text), "Line one.\n\nLine two.");
    }

    #[test]
    fn html_only_message() {
        let raw = b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><nav>menu</nav><p>Shikotan &amp; Habomai</p><script>x()</script></body></html>";
        let e = extract("m.eml", raw).unwrap();
        assert_eq!(clean_text(&e.text), "Shikotan & Habomai");
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
            "Курильские острова: Кунашир, Итуруп, Шикотан и гряда Хабомаи."
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
        assert_eq!(clean_text(&e.text), "国後島と択捉島");
        let mut raw =
            b"From: a@b.c\r\nSubject: x\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n"
                .to_vec();
        let (body, _, _) = encoding_rs::SHIFT_JIS.encode("色丹島");
        raw.extend_from_slice(&body);
        assert_eq!(clean_text(&extract("m.eml", &raw).unwrap().text), "色丹島");
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
            "A boat carrying former residents of the islands sailed from Nemuro on Wednesday \
             morning to visit the graves on Habomai and Shikotan, where their families lived \
             until 1945 and the war ended, officials said."
        );
    }

    #[test]
    fn no_headers() {
        assert_eq!(extract("m.eml", b"").unwrap_err().code(), "malformed_file");
    }
}
