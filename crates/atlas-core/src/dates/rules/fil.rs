//! Filipino rules and words: "Setyembre 11, 2012", "ika-11 ng Setyembre",
//! "noong Lunes", "noong Setyembre", "noong nakaraang taon", "kahapon", "sa
//! susunod na buwan", "tatlong araw na ang nakalipas", with the month names
//! taken from Spanish (Enero .. Disyembre, also spelt Febrero, Junio, Julio,
//! Septiembre, Octubre, Noviembre, Diciembre).
//!
//! Filipino news mixes in English month names: "September 11, 2012" is found by
//! the English rules; here English months appear only where a Filipino word
//! makes the date ("noong September", "ika-11 ng September"). These patterns
//! run on every text, so each starts with a month name, "ika-" or a Filipino
//! word of time ("noong", "nitong", "ngayong"), never with the particle "ng".

use super::RuleCaptures;
use chrono::Weekday;

use super::en::EN_FULL_MONTH;
use super::{
    day_number_follows, parse_num, push_ago, push_day_offset, push_full, push_month_day,
    push_month_of_relative_year, push_month_of_year, push_unit_offset, push_weekday_toward,
    push_year, whole, Cand, Ctx, RuleSource, Unit,
};
use crate::dates::surroundings::{next_word, number_bounded};

/// A Filipino month name in a pattern (capitalised, as Filipino writes them:
/// lower-case "mayo" is part of "malayo", far).
const FIL_MONTH: &str = r"(?:Enero|Pebrero|Febrero|Marso|Marzo|Abril|Mayo|Hunyo|Junio|Hulyo|Julio|Agosto|Setyembre|Septiyembre|Septiembre|Oktubre|Octubre|Nobyembre|Noviembre|Disyembre|Diciembre)";

/// A weekday name in a pattern ("Linggo" is Sunday only with its capital:
/// "linggo" is a week).
const FIL_WEEKDAY: &str = r"(?:Lunes|Martes|Miyerkules|Miyerkoles|Huwebes|Biyernes|Sabado|Linggo)";

/// Filipino (or English) month name → month number.
fn fil_month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    let stems: [&[&str]; 12] = [
        &["ene", "jan"],
        &["peb", "feb"],
        &["mar"],
        &["abr", "apr"],
        &["may"],
        &["hun", "jun"],
        &["hul", "jul"],
        &["ago", "aug"],
        &["set", "sep"],
        &["okt", "oct"],
        &["nob", "nov"],
        &["dis", "dic", "dec"],
    ];
    stems
        .iter()
        .position(|forms| forms.iter().any(|f| s.starts_with(f)))
        .map(|i| i as u32 + 1)
}

/// Filipino weekday name → weekday.
fn fil_weekday(s: &str) -> Option<Weekday> {
    let stems = ["Lun", "Mar", "Miy", "Huw", "Biy", "Sab", "Lin"];
    let i = stems.iter().position(|stem| s.starts_with(stem))?;
    Weekday::try_from(i as u8).ok()
}

/// A small count in words ("tatlong", "apat na") or digits.
fn fil_count(s: &str) -> Option<i64> {
    let s = s.to_lowercase();
    let word = s.split_whitespace().next().unwrap_or("");
    let n = match word {
        "isang" => 1,
        "dalawang" => 2,
        "tatlong" => 3,
        "apat" => 4,
        "limang" => 5,
        "anim" => 6,
        "pitong" => 7,
        "walong" => 8,
        "siyam" => 9,
        "sampung" => 10,
        other => return parse_num(other).map(i64::from),
    };
    Some(n)
}

/// Which way a Filipino word of time points: "nakaraang", "noong isang" back;
/// "susunod", "darating", "sa isang", a weekday's "sa" ahead; "ngayong",
/// "nitong", "noong" (a weekday on or before publication) none.
fn fil_direction(rel: &str) -> i32 {
    let rel = rel.to_lowercase();
    if rel.contains("nakaraan") || rel.starts_with("noong isang") {
        -1
    } else if rel.contains("susunod") || rel.contains("darating") || rel.starts_with("sa") {
        1
    } else {
        0
    }
}

/// Markers of the future or of plans (nakatakda, inaasahang, gaganapin, sa
/// susunod na, a future verb such as bibisita).
pub(super) const FUTURE: &str = r"(?i)\b(?:sa\s+susunod\s+na|sa\s+darating\s+na|nakatakdang|nakatakda|inaasahang|inaasahan|balak|planong|gaganapin|isasagawa|magsasagawa|bibisita|darating|pupunta|lalagda|pipirma|magkakaroon|magiging)\b";

/// The Filipino rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(r"\b(?P<mon>{FIL_MONTH})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b"),
            rule_fil_full,
        ),
        (
            format!(
                r"(?i)\bika-?\s*(?P<d>\d{{1,2}})\s+ng\s+(?P<mon>(?-i:{FIL_MONTH}|{EN_FULL_MONTH})),?\s+(?P<y>\d{{4}})\b"
            ),
            rule_fil_full,
        ),
        (
            format!(r"\b(?P<mon>{FIL_MONTH})\s+(?:ng\s+)?(?P<y>\d{{4}})\b"),
            rule_fil_month_year,
        ),
        (
            format!(
                r"\b(?P<mon>{FIL_MONTH})(?:\s+(?P<d>\d{{1,2}}))?,?\s+(?i:ng\s+|noong\s+)?(?P<rel>(?i:nakaraang|nitong\s+nakaraang|ngayong|susunod\s+na|darating\s+na))\s+(?i:taon)\b"
            ),
            rule_fil_month_rel_year,
        ),
        (
            format!(r"\b(?P<mon>{FIL_MONTH})\s+(?P<d>\d{{1,2}})\b"),
            rule_fil_day_month,
        ),
        (
            format!(r"(?i)\bika-?\s*(?P<d>\d{{1,2}})\s+ng\s+(?P<mon>(?-i:{FIL_MONTH}|{EN_FULL_MONTH}))\b"),
            rule_fil_day_month,
        ),
        (
            format!(r"\b(?P<mon>{FIL_MONTH})\s+\d{{1,2}}\s*[-–—]\s*(?P<d>\d{{1,2}})\b"),
            rule_fil_range_last_day,
        ),
        (
            format!(
                r"(?i)\b(?P<pre>noong|nitong|ngayong|hanggang|pagsapit\s+ng|simula\s+noong|buwan\s+ng|sa|mula|simula)\s+(?P<mon>(?-i:{FIL_MONTH}|{EN_FULL_MONTH}))\b"
            ),
            rule_fil_month_alone,
        ),
        (
            r"(?i)\b(?:noong|nitong|taong|simula\s+noong|hanggang|pagsapit\s+ng|mula|simula)\s+(?P<y>\d{4})\b".to_string(),
            rule_fil_year,
        ),
        (
            r"(?i)\b(?P<w>kahapon|kamakalawa|ngayong\s+araw)\b".to_string(),
            rule_fil_day_word,
        ),
        (
            r"(?i)\b(?P<rel>noong\s+nakaraang|nitong\s+nakaraang|noong\s+isang|nakaraang|ngayong|sa\s+susunod\s+na|sa\s+darating\s+na|susunod\s+na)\s+(?P<unit>taon|buwan)\b".to_string(),
            rule_fil_rel_unit,
        ),
        (
            r"(?i)\b(?P<n>\d{1,2}|isang|dalawang|tatlong|apat\s+na|limang|anim\s+na|pitong|walong|siyam\s+na|sampung)\s+(?P<unit>araw|linggo|buwan|taon)\s+(?:na\s+)?ang\s+(?:nakalipas|nakaraan|nakararaan|lumipas)\b".to_string(),
            rule_fil_ago,
        ),
        (
            format!(
                r"\b(?P<rel>(?i:noong\s+nakaraang|sa\s+susunod\s+na|sa\s+darating\s+na|noong|nitong|ngayong|sa))\s+(?P<wd>{FIL_WEEKDAY})\b"
            ),
            rule_fil_weekday,
        ),
    ]
}

fn rule_fil_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = fil_month(&caps["mon"]);
    push_full(ctx, out, whole(caps), num(caps, "y"), month, num(caps, "d"));
}

fn rule_fil_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = fil_month(&caps["mon"]);
    push_month_of_year(ctx, out, whole(caps), num(caps, "y"), month);
}

/// "Setyembre 11", "ika-11 ng Setyembre".
fn rule_fil_day_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(month), Some(day)) = (fil_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if number_bounded(ctx.text, &span) && (1..=31).contains(&day) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// The last day of "Setyembre 9-12" (the first is a day-month).
fn rule_fil_range_last_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = caps.name("d").unwrap().range();
    let (Some(month), Some(day)) = (fil_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if number_bounded(ctx.text, &span) && (1..=31).contains(&day) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// "noong Setyembre", "ngayong Mayo", "sa Disyembre", "noong September": the
/// month word ("sa May" is no month: English "may").
fn rule_fil_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let mon = caps.name("mon").unwrap();
    if mon.as_str() == "May" {
        return;
    }
    if let Some(month) = fil_month(mon.as_str()) {
        push_month_day(ctx, out, mon.range(), month, None);
    }
}

/// Nouns a number before them counts: "hanggang 2000 katao" is no year.
const COUNTED: &[&str] = &[
    "katao",
    "tao",
    "sundalo",
    "piso",
    "dolyar",
    "kilometro",
    "metro",
    "barko",
    "bangka",
];

/// "noong 2012", "taong 1898".
fn rule_fil_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let y = caps.name("y").unwrap();
    if !COUNTED.contains(&next_word(ctx.text, y.end()).as_str()) {
        push_year(ctx, out, y.range(), &y.range());
    }
}

fn rule_fil_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let days = match caps["w"].to_lowercase().as_str() {
        "kahapon" => -1,
        "kamakalawa" => -2,
        _ => 0,
    };
    push_day_offset(ctx, out, whole(caps), days);
}

/// "noong nakaraang taon", "ngayong taon", "sa susunod na buwan".
/// "Disyembre 9 ng nakaraang taon", "Marso ngayong taon".
fn rule_fil_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(m) = fil_month(&caps["mon"]) else {
        return;
    };
    let delta = fil_direction(&caps["rel"]);
    push_month_of_relative_year(ctx, out, whole(caps), m, num(caps, "d"), delta);
}

fn rule_fil_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let unit = if caps["unit"].eq_ignore_ascii_case("buwan") {
        Unit::Month
    } else {
        Unit::Year
    };
    push_unit_offset(ctx, out, whole(caps), unit, fil_direction(&caps["rel"]));
}

/// "tatlong araw na ang nakalipas", "isang linggo na ang nakaraan".
fn rule_fil_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(n) = fil_count(&caps["n"]) else {
        return;
    };
    let unit = match caps["unit"].to_lowercase().as_str() {
        "araw" => Unit::Day,
        "linggo" => Unit::Week,
        "buwan" => Unit::Month,
        _ => Unit::Year,
    };
    push_ago(ctx, out, whole(caps), n, unit);
}

/// "noong Lunes" (on or before publication), "noong nakaraang Lunes", "sa
/// Biyernes" and "sa susunod na Lunes" (after it), "ngayong Linggo".
fn rule_fil_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(weekday) = fil_weekday(&caps["wd"]) else {
        return;
    };
    if day_number_follows(ctx.text, span.end) {
        return;
    }
    let rel = caps["rel"].to_lowercase();
    let dir = if matches!(rel.as_str(), "noong" | "nitong") {
        // Past: never the next such day, whatever the clause says.
        if ctx.future(&span) {
            -1
        } else {
            0
        }
    } else {
        fil_direction(&rel)
    };
    push_weekday_toward(ctx, out, span, weekday, dir);
}

/// The number of capture group `name`, if any.
fn num(caps: &RuleCaptures, name: &str) -> Option<u32> {
    super::num(caps, name)
}

#[cfg(test)]
mod tests {
    use crate::dates::expect::t;

    t!(
        fil_month_range_takes_its_end_s_year,
        "Mula Enero hanggang Marso 2019, mahigit 275 barko ang namataan.",
        "2022-11-20",
        [("Enero", "2019-01"), ("Marso 2019", "2019-03")]
    );
    t!(
        fil_full_dates,
        "Noong Setyembre 11, 2012, binili ng Japan ang mga isla; ika-14 ng Setyembre, 2012 dumating ang mga barko.",
        "",
        [
            ("Setyembre 11, 2012", "2012-09-11"),
            ("ika-14 ng Setyembre, 2012", "2012-09-14")
        ]
    );
    t!(
        fil_every_month,
        "Enero 1, Pebrero 2, Marso 3, Abril 4, Mayo 5, Hunyo 6, Hulyo 7, Agosto 8, Setyembre 9, Oktubre 10, Nobyembre 11, Disyembre 12",
        "2023-12-31",
        [
            ("Enero 1", "2023-01-01~"),
            ("Pebrero 2", "2023-02-02~"),
            ("Marso 3", "2023-03-03~"),
            ("Abril 4", "2023-04-04~"),
            ("Mayo 5", "2023-05-05~"),
            ("Hunyo 6", "2023-06-06~"),
            ("Hulyo 7", "2023-07-07~"),
            ("Agosto 8", "2023-08-08~"),
            ("Setyembre 9", "2023-09-09~"),
            ("Oktubre 10", "2023-10-10~"),
            ("Nobyembre 11", "2023-11-11~"),
            ("Disyembre 12", "2023-12-12~")
        ]
    );
    t!(
        fil_from_a_month_or_year,
        "Namataan ang mga barko mula Enero hanggang Marso ngayong taon; simula 2016, mula 200 barko.",
        "2019-04-05",
        [
            ("Enero", "2019-01~"),
            ("Marso ngayong taon", "2019-03~"),
            ("2016", "2016")
        ]
    );
    t!(
        fil_month_of_a_relative_year,
        "Noong Disyembre 9 ng nakaraang taon, binomba ang mga barko; Marso ngayong taon naman.",
        "2024-12-04",
        [
            ("Disyembre 9 ng nakaraang taon", "2023-12-09~"),
            ("Marso ngayong taon", "2024-03~")
        ]
    );
    t!(
        fil_spanish_spellings,
        "Noong Septiembre 3, 2016 at Octubre 2017.",
        "",
        [
            ("Septiembre 3, 2016", "2016-09-03"),
            ("Octubre 2017", "2017-10")
        ]
    );
    t!(
        fil_ika_day,
        "Sa ika-11 ng Setyembre at ika-2 ng April naganap ang insidente.",
        "2023-10-01",
        [
            ("ika-11 ng Setyembre", "2023-09-11~"),
            ("ika-2 ng April", "2023-04-02~")
        ]
    );
    t!(
        fil_english_months_mixed,
        "Noong July 12, 2016, naglabas ng desisyon ang tribunal.",
        "",
        [("July 12, 2016", "2016-07-12")]
    );
    t!(
        fil_month_alone,
        "Noong Setyembre, nagprotesta ang DFA; noong September din.",
        "2023-10-05",
        [("Setyembre", "2023-09~"), ("September", "2023-09~")]
    );
    t!(
        fil_year,
        "Noong 2016, nanalo ang Pilipinas sa arbitrasyon; taong 1898 naman ang Kasunduan sa Paris.",
        "",
        [("2016", "2016"), ("1898", "1898")]
    );
    t!(
        fil_relative_years,
        "Noong nakaraang taon, ngayong taon at sa susunod na taon.",
        "2023-06-14",
        [
            ("Noong nakaraang taon", "2022~"),
            ("ngayong taon", "2023~"),
            ("sa susunod na taon", "2024~")
        ]
    );
    t!(
        fil_relative_months,
        "Noong nakaraang buwan at sa susunod na buwan.",
        "2023-06-14",
        [
            ("Noong nakaraang buwan", "2023-05~"),
            ("sa susunod na buwan", "2023-07~")
        ]
    );
    t!(
        fil_day_words,
        "Kahapon, binomba ng tubig ang barko; kamakalawa naman ang isa pa.",
        "2023-06-14",
        [("Kahapon", "2023-06-13~"), ("kamakalawa", "2023-06-12~")]
    );
    t!(
        fil_days_ago,
        "Tatlong araw na ang nakalipas, at 2 linggo na ang nakaraan.",
        "2023-06-14",
        [
            ("Tatlong araw na ang nakalipas", "2023-06-11~"),
            ("2 linggo na ang nakaraan", "2023-05-31~")
        ]
    );
    t!(
        fil_weekdays,
        "Noong Lunes, sinabi ng PCG na hinarang ang barko; sa Biyernes ang pagbisita.",
        "2023-06-14",
        [
            ("Noong Lunes", "2023-06-12~"),
            ("sa Biyernes", "2023-06-16~")
        ]
    );
    t!(
        fil_next_weekday,
        "Sa susunod na Lunes gaganapin ang pag-uusap.",
        "2023-06-14",
        [("Sa susunod na Lunes", "2023-06-19~")]
    );
    t!(
        fil_sunday_and_week,
        "Noong Linggo dumating ang barko; sa susunod na linggo ang pagsasanay.",
        "2023-06-14",
        [("Noong Linggo", "2023-06-11~")]
    );
    t!(
        fil_range,
        "Ang Balikatan ay ginanap noong Abril 11-28.",
        "2023-05-02",
        [("Abril 11", "2023-04-11~"), ("28", "2023-04-28~")]
    );
    t!(
        fil_quantities_are_no_years,
        "Hanggang 2000 katao ang lumahok; malayo ang mayo.",
        "2023-06-14",
        []
    );
    t!(
        en_text_with_filipino_look_alikes,
        "The ng of Sabado Lunes; Mayo Clinic staff met in May 2020 and sa wen on Monday.",
        "2023-06-14",
        [("May 2020", "2020-05"), ("Monday", "2023-06-12~")]
    );
}
