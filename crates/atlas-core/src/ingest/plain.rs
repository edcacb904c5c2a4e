//! Plain text (and any text file of an unknown kind).

use super::date::date_from_text_head;
use super::Extracted;

/// Reads plain text: the text as is, and the publication date when one of the
/// first few lines is a date line (see [`super::date::parse_date_line`]).
pub(crate) fn extract(text: &str) -> Extracted {
    Extracted {
        published: date_from_text_head(text),
        text: text.to_string(),
        ..Extracted::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_is_found() {
        let e = extract("Kunashir talks\nPublished: 21 September 2015\n\nBody");
        assert_eq!(e.published, chrono::NaiveDate::from_ymd_opt(2015, 9, 21));
        assert_eq!(e.title, None);
        assert!(
            extract("Kunashir talks\n\nOn 21 September 2015 talks began.")
                .published
                .is_none()
        );
    }
}
