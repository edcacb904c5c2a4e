//! Spanish rules and words: "11 de septiembre de 2012", "el 2 de abril", "en
//! abril", "el pasado martes", "hace tres días", "el año pasado", "en 1982",
//! with and without accents (miércoles/miercoles, sábado/sabado).
//!
//! Spanish is written in Latin letters, so these patterns run on every text,
//! English too: each is a whole Spanish form ("de" between a day and a month,
//! "hace" before a count and a unit, an article before a weekday), never a
//! short word alone.

use super::RuleCaptures;
use chrono::Weekday;

use super::{
    day_number_follows, loose, parse_num, push_ago, push_day_offset, push_full, push_month_day,
    push_month_of_relative_year, push_month_of_year, push_named_from_publication, push_shift,
    push_unit_offset, push_weekday_of_week, push_weekday_toward, push_year, whole, Cand, Ctx,
    Loose, RuleSource, Unit,
};
use crate::dates::resolve::resolve_day_only;
use crate::dates::surroundings::{next_word, number_bounded, prev_word};

/// The Spanish month names, January to December ("setiembre" is also September).
const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A month name in a pattern.
const ES_MONTH: &str = r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";

/// A weekday name in a pattern, with and without accents.
const ES_WEEKDAY: &str =
    r"(?i:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)";

/// A small count in a pattern ("tres", "una", "3").
const ES_COUNT: &str = r"\d{1,2}|(?i:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)";

/// Spanish month name → month number.
fn es_month(s: &str) -> Option<u32> {
    let s = s.to_lowercase();
    if s == "setiembre" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == s).map(|i| i as u32 + 1)
}

/// Spanish weekday name, with or without its accent → weekday.
fn es_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_lowercase().replace('é', "e").replace('á', "a");
    let names = [
        "lunes",
        "martes",
        "miercoles",
        "jueves",
        "viernes",
        "sabado",
        "domingo",
    ];
    let i = names.iter().position(|n| *n == s)?;
    Weekday::try_from(i as u8).ok()
}

/// A small count in words or digits.
fn es_count(s: &str) -> Option<i64> {
    let n = match s.to_lowercase().as_str() {
        "un" | "una" | "uno" => 1,
        "dos" => 2,
        "tres" => 3,
        "cuatro" => 4,
        "cinco" => 5,
        "seis" => 6,
        "siete" => 7,
        "ocho" => 8,
        "nueve" => 9,
        "diez" => 10,
        other => return parse_num(other).map(i64::from),
    };
    Some(n)
}

/// Which way a Spanish relative word points: "pasado", "anterior" back;
/// "próximo", "que viene", "entrante" ahead; "este", "en curso" now.
fn es_direction(rel: &str) -> i32 {
    let rel = rel.to_lowercase();
    if rel.contains("pasad") {
        -1
    } else if rel.contains("próxim")
        || rel.contains("proxim")
        || rel.contains("viene")
        || rel.contains("entrante")
    {
        1
    } else {
        0
    }
}

/// Markers of the future or of plans (será, prevé, está previsto, la próxima
/// semana, a future in -ará/-erá/-irá).
pub(super) const FUTURE: &str = r"(?i)\b(?:serán|será|habrán|habrá|tendrán|tendrá|podrán|podrá|harán|hará|prevén|prevé|previstas|previstos|prevista|previsto|planean|planea|programadas|programados|programada|programado|pr[óo]xima\s+semana|pr[óo]ximo\s+(?:año|mes)|(?:año|mes|semana)\s+que\s+viene|(?:va|van|vamos)\s+a\s+(?:ser|haber|visitar|viajar|celebrar|firmar|reunirse|realizar|iniciar|comenzar|presentar|anunciar)|\w+(?:arán|erán|irán|ará|erá|irá))\b";

/// The Spanish rules, in the order they run.
pub(super) fn rules() -> Vec<RuleSource> {
    vec![
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:º|°)?\s+de\s+(?P<mon>{ES_MONTH})\s+(?:de|del)\s+(?P<y>\d{{4}})\b"),
            rule_es_full,
        ),
        (
            format!(r"\b(?P<mon>{ES_MONTH})\s+(?:de|del)\s+(?P<y>\d{{4}})\b"),
            rule_es_month_year,
        ),
        (
            format!(
                r"\b(?:(?P<d>\d{{1,2}})(?:º|°)?\s+de\s+)?(?P<mon>{ES_MONTH})\s+(?P<rel>(?i:del\s+año\s+(?:pasado|pr[óo]ximo|en\s+curso)|del\s+(?:pasado|pr[óo]ximo|presente)\s+año|de\s+este\s+año|pasado|pr[óo]ximo))\b"
            ),
            rule_es_month_rel_year,
        ),
        (
            format!(
                r"(?i)\b(?:el\s+)?(?P<rel>pasado|pr[óo]ximo)\s+(?:(?P<d>\d{{1,2}})\s+de\s+|mes\s+de\s+)?(?P<mon>{ES_MONTH})\b"
            ),
            rule_es_named_month,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}})(?:º|°)?\s+de\s+(?P<mon>{ES_MONTH})\b"),
            rule_es_day_month,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})\s*(?:[-–—]\s*|\s(?:y|al|hasta)\s+(?:el\s+)?)\d{{1,2}}\s+de\s+(?P<mon>{ES_MONTH})\b"
            ),
            rule_es_range_first_day,
        ),
        (
            format!(
                r"(?i)\b(?:en|desde|hasta|durante|para|(?:a\s+)?(?:principios|finales|fines|mediados|comienzos|inicios)\s+de|mes\s+de|antes\s+de|despu[ée]s\s+de|a\s+partir\s+de)\s+(?P<mon>{ES_MONTH})\b"
            ),
            rule_es_month_alone,
        ),
        (
            // A day alone after a date: "El 15 de agosto, …, y el 19 …".
            // (Written short: English and Spanish share a pass whose patterns have a bound.)
            r"\b[ye] el (?P<d>\d{1,2})".to_string(),
            rule_es_day_alone,
        ),
        (
            // The second month of a list: "en julio y agosto", "en agosto y septiembre de 1945"
            // (the year written after it is the month-and-year rule's). The first month
            // is written short: English and Spanish share a pass whose patterns have a bound.
            format!(
                r"(?i)\b(?:ene|feb|ma[ry]|abr|ju[nl]|ago|se[pt]|oct|nov|dic)[a-z]*(?:,|\s+[yeou])\s+(?P<mon>{ES_MONTH})\b"
            ),
            rule_es_listed_month,
        ),
        (
            r"(?i)\b(?:en|desde|hasta|durante|hacia|antes\s+de|despu[ée]s\s+de|a\s+partir\s+de|para)\s+(?:el\s+(?:año\s+)?)?(?P<y>\d{4})\b|\b(?:el\s+)?año\s+(?P<y2>\d{4})\b|\b(?:guerra|conflicto|batalla|invasi[oó]n|desembarco|ocupaci[oó]n|recuperaci[oó]n|tratado|acuerdo|pacto|declaraci[oó]n|comunicado|resoluci[oó]n|convenci[oó]n|ley|decreto|constituci[oó]n|refer[eé]ndum|elecciones|cumbre|visita|crisis|censo)(?:\s+[^\s\d]+){0,2}\s+del?\s+(?P<y3>\d{4})\b".to_string(),
            rule_es_year,
        ),
        (
            r"\b(?P<y1>\d{4})\s+(?:y|al?|hasta)\s+(?P<y2>\d{4})\b".to_string(),
            rule_es_year_range,
        ),
        (
            r"(?i)\b(?P<w>anteayer|antier|anteanoche|anoche|ayer|hoy|esta\s+mañana|pasado\s+mañana|mañana)\b".to_string(),
            rule_es_day_word,
        ),
        (
            r"(?i)\b(?P<art>el|este|esta|del|al)\s+(?:(?P<rel>pasado|pr[óo]ximo|presente)\s+)?(?P<unit>año|mes)(?:\s+(?P<rel2>pasado|pr[óo]ximo|que\s+viene|entrante|en\s+curso))?\b".to_string(),
            rule_es_rel_unit,
        ),
        (
            format!(
                r"(?i)\bhace\s+(?P<n>{ES_COUNT})\s+(?P<unit>días|dias|día|dia|semanas|semana|meses|mes|años|año)\b"
            ),
            rule_es_ago,
        ),
        (
            format!(
                r"(?i)\b(?:al\s+(?P<next>d[íi]a|año)\s+siguiente|(?:el|ese|aquel)\s+mismo\s+(?:d[íi]a|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)|(?P<n>{ES_COUNT})\s+(?P<unit>años|año|días|dias|día|dia)\s+(?:despu[ée]s|m[áa]s\s+tarde))\b"
            ),
            rule_es_shift,
        ),
        (
            r"(?i)\b(?:ese|aquel|el)\s+mismo\s+año\b|\b(?:ese|aquel)\s+año\b".to_string(),
            super::rule_same_year,
        ),
        (
            format!(
                r"(?i)\b(?:el|este|esta|del|la\s+(?:noche|madrugada|mañana|tarde)\s+del)\s+(?:(?P<rel>pasado|pr[óo]ximo)\s+)?(?P<wd>{ES_WEEKDAY})(?:\s+(?P<rel2>pasado|pr[óo]ximo|que\s+viene)|\s+de\s+la\s+(?P<week>semana\s+pasada|semana\s+pr[óo]xima|semana\s+que\s+viene|pr[óo]xima\s+semana))?\b"
            ),
            rule_es_weekday,
        ),
    ]
}

fn rule_es_full(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = es_month(&caps["mon"]);
    push_full(ctx, out, whole(caps), num(caps, "y"), month, num(caps, "d"));
}

fn rule_es_month_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let month = es_month(&caps["mon"]);
    push_month_of_year(ctx, out, whole(caps), num(caps, "y"), month);
}

/// "abril del año pasado", "2 de abril de este año"; "abril pasado" is the
/// last April before publication.
fn rule_es_month_rel_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(month) = es_month(&caps["mon"]) else {
        return;
    };
    let rel = caps["rel"].to_lowercase();
    let dir = es_direction(&rel);
    if rel.contains("año") {
        push_month_of_relative_year(ctx, out, whole(caps), month, num(caps, "d"), dir);
    } else {
        push_named_from_publication(ctx, out, whole(caps), month, num(caps, "d"), dir);
    }
}

/// "el pasado abril", "el pasado 2 de abril", "el próximo mes de mayo".
fn rule_es_named_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(month) = es_month(&caps["mon"]) else {
        return;
    };
    let dir = es_direction(&caps["rel"]);
    push_named_from_publication(ctx, out, whole(caps), month, num(caps, "d"), dir);
}

fn rule_es_day_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let (Some(month), Some(day)) = (es_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if number_bounded(ctx.text, &span) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// The first day of "del 9 al 12 de diciembre", "9 y 10 de mayo", "9-12 de
/// diciembre" (the last is a day-month).
fn rule_es_range_first_day(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = caps.name("d").unwrap().range();
    let (Some(month), Some(day)) = (es_month(&caps["mon"]), num(caps, "d")) else {
        return;
    };
    if number_bounded(ctx.text, &span) && (1..=31).contains(&day) {
        push_month_day(ctx, out, span, month, Some(day));
    }
}

/// "en abril", "desde mayo", "a finales de agosto", "julio y agosto": the month word.
fn rule_es_month_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let mon = caps.name("mon").unwrap();
    if let Some(month) = es_month(mon.as_str()) {
        push_month_day(ctx, out, mon.range(), month, None);
    }
}

/// "y el 19": a day of the month of the date before it in the sentence (see
/// the anchoring of `Loose::Day`); not a count ("y el 19 %", "y el 19 de…" is
/// a day and month of its own).
fn rule_es_day_alone(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let d = caps.name("d").unwrap();
    let Some(day) = num(caps, "d").filter(|d| (1..=31).contains(d)) else {
        return;
    };
    let rest = ctx.text[d.end()..].trim_start();
    if rest.starts_with(['%', ',', '.', '/', ':'])
        || rest.starts_with(|c: char| c.is_ascii_digit())
        || matches!(next_word(ctx.text, d.end()).as_str(), "de" | "por" | "del")
    {
        return;
    }
    let date = resolve_day_only(ctx, &d.range(), day);
    out.push(loose(d.range(), date, true, Loose::Day { day }));
}

/// "julio y agosto": the second month, when the first word is a month.
fn rule_es_listed_month(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let first = ctx.text[whole(caps)]
        .split([',', ' '])
        .next()
        .unwrap_or_default();
    if es_month(first).is_some() {
        rule_es_month_alone(ctx, caps, out);
    }
}

/// Nouns a number before them counts: "en 2000 hectáreas" is no year.
const COUNTED: &[&str] = &[
    "personas",
    "soldados",
    "militares",
    "efectivos",
    "habitantes",
    "kilómetros",
    "kilometros",
    "km",
    "metros",
    "millas",
    "toneladas",
    "hectáreas",
    "hectareas",
    "dólares",
    "dolares",
    "pesos",
    "euros",
    "libras",
    "casos",
    "barcos",
    "buques",
    "aviones",
    "votos",
    "muertos",
    "heridos",
    "por",
];

/// "en 1982", "desde el año 2014", "año 1833", "la guerra de 1982" (an event
/// noun and its year): the year, unless a noun it counts follows.
fn rule_es_year(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(y) = caps
        .name("y")
        .or_else(|| caps.name("y2"))
        .or_else(|| caps.name("y3"))
    else {
        return;
    };
    if COUNTED.contains(&next_word(ctx.text, y.end()).as_str()) {
        return;
    }
    push_year(ctx, out, y.range(), &y.range());
}

/// "entre 1945 y 1949", "de 1982 a 1983": both years.
fn rule_es_year_range(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if !matches!(
        prev_word(ctx.text, span.start).as_str(),
        "entre" | "de" | "desde" | "del"
    ) {
        return;
    }
    let (first, second) = (caps.name("y1").unwrap(), caps.name("y2").unwrap());
    push_year(ctx, out, first.range(), &first.range());
    push_year(ctx, out, second.range(), &second.range());
}

/// "ayer", "anteayer", "hoy", "anoche", "mañana" (not "la mañana", the
/// morning); a capitalised "Hoy" or "Ayer" inside a sentence is a name (Chris
/// Hoy, David Ayer).
fn rule_es_day_word(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let word = &caps["w"];
    let lower = word.to_lowercase();
    let before = ctx.text[..span.start].trim_end();
    let starts_sentence = before.is_empty()
        || before.ends_with(['.', '!', '?', '¡', '¿', ':', '"', '«', '“', '—', '(', ',']);
    if word.starts_with(char::is_uppercase) && !starts_sentence {
        return;
    }
    let days = match lower.as_str() {
        "anteayer" | "antier" | "anteanoche" => -2,
        "ayer" | "anoche" => -1,
        // "en un día histórico como hoy": a day like today, not today.
        "hoy" if prev_word(ctx.text, span.start) == "como" => return,
        "hoy" => 0,
        "mañana" => {
            let left = prev_word(ctx.text, span.start);
            if matches!(
                left.as_str(),
                "la" | "una" | "cada" | "toda" | "misma" | "esa" | "de" | "por" | "del" | "media"
            ) {
                return;
            }
            1
        }
        w if w.starts_with("esta") => 0,
        w if w.starts_with("pasado") => 2,
        _ => return,
    };
    push_day_offset(ctx, out, span, days);
}

/// "el año pasado", "este año", "el próximo año", "el mes que viene"; "el
/// año" alone is no date.
fn rule_es_rel_unit(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let art = caps["art"].to_lowercase();
    let rel = caps
        .name("rel")
        .or_else(|| caps.name("rel2"))
        .map(|m| m.as_str().to_string());
    if rel.is_none() && !art.starts_with("est") {
        return;
    }
    let dir = rel.map_or(0, |r| es_direction(&r));
    let unit = if caps["unit"].to_lowercase() == "mes" {
        Unit::Month
    } else {
        Unit::Year
    };
    push_unit_offset(ctx, out, whole(caps), unit, dir);
}

/// "hace tres días", "hace una semana", "hace un año".
fn rule_es_ago(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let Some(n) = es_count(&caps["n"]) else {
        return;
    };
    let unit = caps["unit"].to_lowercase();
    let unit = if unit.starts_with('d') {
        Unit::Day
    } else if unit.starts_with('s') {
        Unit::Week
    } else if unit.starts_with('m') {
        Unit::Month
    } else {
        Unit::Year
    };
    push_ago(ctx, out, whole(caps), n, unit);
}

/// "al día siguiente", "el mismo día", "ese mismo sábado", "dos años después": counted from the
/// date before. Not when "de" names what it is counted from ("un día después
/// del desembarco", "al día siguiente de su llegada"): that is no date.
fn rule_es_shift(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    if matches!(next_word(ctx.text, span.end).as_str(), "de" | "del") {
        return;
    }
    if let Some(next) = caps.name("next") {
        let unit = if next.as_str().to_lowercase().starts_with('d') {
            "day"
        } else {
            "year"
        };
        push_shift(out, span, unit, 1);
    } else if let Some(n) = caps.name("n") {
        let Some(n) = es_count(n.as_str()).filter(|n| (1..=99).contains(n)) else {
            return;
        };
        let unit = if caps["unit"].to_lowercase().starts_with('d') {
            "day"
        } else {
            "year"
        };
        push_shift(out, span, unit, n);
    } else {
        push_shift(out, span, "day", 0);
    }
}

/// "el martes", "el pasado martes", "el martes pasado", "este jueves", "el
/// martes de la semana pasada"; not the weekday of a date that follows ("el
/// lunes 3 de abril").
fn rule_es_weekday(ctx: &Ctx, caps: &RuleCaptures, out: &mut Vec<Cand>) {
    let span = whole(caps);
    let Some(weekday) = es_weekday(&caps["wd"]) else {
        return;
    };
    if day_number_follows(ctx.text, span.end) {
        return;
    }
    if let Some(week) = caps.name("week") {
        let weeks = es_direction(week.as_str()) as i64;
        push_weekday_of_week(ctx, out, span, weekday, weeks);
        return;
    }
    let dir = caps
        .name("rel")
        .or_else(|| caps.name("rel2"))
        .map_or(0, |rel| es_direction(rel.as_str()));
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
        es_announced_on_tuesday_that_it_will_is_last_tuesday,
        "La Cancillería anunció el martes que la aerolínea Latam operará un vuelo semanal a las islas.",
        "2018-11-28",
        [("el martes", "2018-11-27~")]
    );
    t!(
        es_chronology_entries_take_the_year_of_the_entry_before,
        "19 de marzo de 1982. Desembarcan en las Georgias del Sur.\n\n2 de abril. Toman Puerto Argentino.\n\n- 3 de abril. Toman Grytviken.\n\n11 al 14 de junio. Batallas.\n\n14 de junio. Rendición.\n\n20 de junio. Fin.",
        "2022-06-14",
        [
            ("19 de marzo de 1982", "1982-03-19"),
            ("2 de abril", "1982-04-02"),
            ("3 de abril", "1982-04-03"),
            ("11", "1982-06-11"),
            ("14 de junio", "1982-06-14"),
            ("14 de junio", "1982-06-14"),
            ("20 de junio", "1982-06-20")
        ]
    );
    t!(
        es_full_dates,
        "El 11 de septiembre de 2012 Japón compró las islas; el 1º de mayo de 2013 hubo protestas.",
        "",
        [
            ("11 de septiembre de 2012", "2012-09-11"),
            ("1º de mayo de 2013", "2013-05-01")
        ]
    );
    t!(
        es_day_month_with_publication,
        "Las tropas argentinas desembarcaron el 2 de abril en Puerto Argentino.",
        "2022-04-05",
        [("2 de abril", "2022-04-02~")]
    );
    t!(
        es_year_of_a_named_event,
        "La declaración conjunta soviético-japonesa de 1956 prevé la entrega de Shikotan; la guerra de 1982 terminó.",
        "2022-09-05",
        [("1956", "1956"), ("1982", "1982")]
    );
    t!(
        es_a_day_alone_after_a_date,
        "El 15 de agosto, unos activistas desembarcaron en Uotsuri, y el 19 una decena de nacionalistas izó banderas; subió y el 19 % lo apoya.",
        "2012-09-15",
        [("15 de agosto", "2012-08-15~"), ("19", "2012-08-19~")]
    );
    t!(
        es_listed_months,
        "Las islas fueron ocupadas en agosto y septiembre de 1945; en octubre de 2022 hubo explosiones, y la flota fue atacada en julio y agosto.",
        "2023-03-19",
        [
            ("agosto", "1945-08"),
            ("septiembre de 1945", "1945-09"),
            ("octubre de 2022", "2022-10"),
            ("julio", "2022-07"),
            ("agosto", "2022-08")
        ]
    );
    t!(
        es_every_month,
        "1 de enero, 2 de febrero, 3 de marzo, 4 de abril, 5 de mayo, 6 de junio, 7 de julio, 8 de agosto, 9 de setiembre, 10 de octubre, 11 de noviembre, 12 de diciembre",
        "2023-12-31",
        [
            ("1 de enero", "2023-01-01~"),
            ("2 de febrero", "2023-02-02~"),
            ("3 de marzo", "2023-03-03~"),
            ("4 de abril", "2023-04-04~"),
            ("5 de mayo", "2023-05-05~"),
            ("6 de junio", "2023-06-06~"),
            ("7 de julio", "2023-07-07~"),
            ("8 de agosto", "2023-08-08~"),
            ("9 de setiembre", "2023-09-09~"),
            ("10 de octubre", "2023-10-10~"),
            ("11 de noviembre", "2023-11-11~"),
            ("12 de diciembre", "2023-12-12~")
        ]
    );
    t!(
        es_month_year,
        "En abril de 1982 comenzó la guerra, que terminó en junio del 1982.",
        "",
        [("abril de 1982", "1982-04"), ("junio del 1982", "1982-06")]
    );
    t!(
        es_month_alone,
        "En abril el buque zarpó y a finales de mayo regresó a Ushuaia.",
        "2023-06-14",
        [("abril", "2023-04~"), ("mayo", "2023-05~")]
    );
    t!(
        es_years_in_context,
        "La guerra de las Malvinas estalló en 1982; desde el año 1833 el Reino Unido administra las islas.",
        "",
        [("1982", "1982"), ("1833", "1833")]
    );
    t!(
        es_year_of_an_event_noun,
        "Estuvo en Puerto Argentino durante la guerra de 1982; el tratado de 1850 y la ley de 2000 hectáreas no.",
        "",
        [("1982", "1982"), ("1850", "1850")]
    );
    t!(
        es_year_range,
        "Entre 1945 y 1949 se negoció el tratado.",
        "",
        [("1945", "1945"), ("1949", "1949")]
    );
    t!(
        es_weekdays,
        "El pasado martes el canciller protestó, el martes pasado también, y el jueves habló el embajador.",
        "2023-06-16",
        [
            ("El pasado martes", "2023-06-13~"),
            ("el martes pasado", "2023-06-13~"),
            ("el jueves", "2023-06-15~")
        ]
    );
    t!(
        es_weekdays_without_accents,
        "El miércoles y el sabado hubo marchas; el miercoles llegó la fragata.",
        "2023-06-16",
        [
            ("El miércoles", "2023-06-14~"),
            ("el sabado", "2023-06-10~"),
            ("el miercoles", "2023-06-14~")
        ]
    );
    t!(
        es_next_weekday,
        "El presidente visitará las islas el próximo lunes.",
        "2023-06-16",
        [("el próximo lunes", "2023-06-19~")]
    );
    t!(
        es_weekday_of_last_week,
        "El martes de la semana pasada se reunieron los cancilleres.",
        "2023-06-15",
        [("El martes de la semana pasada", "2023-06-06~")]
    );
    t!(
        es_weekday_before_its_date,
        "El lunes 3 de abril se celebró el acto.",
        "2023-04-05",
        [("3 de abril", "2023-04-03~")]
    );
    t!(
        es_day_words,
        "Ayer llegó el buque, anteayer zarpó de Ushuaia y hoy está en Puerto Argentino.",
        "2023-06-14",
        [
            ("Ayer", "2023-06-13~"),
            ("anteayer", "2023-06-12~"),
            ("hoy", "2023-06-14~")
        ]
    );
    t!(
        es_a_day_like_today_is_no_date,
        "“En un día histórico como hoy, el presidente está con Sebastopol”, añadió. Hoy llegó.",
        "2023-03-19",
        [("Hoy", "2023-03-19~")]
    );
    t!(
        es_morning_is_no_tomorrow,
        "Por la mañana hubo niebla; mañana habrá sol.",
        "2023-06-14",
        [("mañana", "2023-06-15~")]
    );
    t!(
        es_days_ago,
        "Hace tres días el ministro viajó a Londres; hace una semana, a Madrid; hace dos años, a Lima.",
        "2023-06-14",
        [
            ("Hace tres días", "2023-06-11~"),
            ("hace una semana", "2023-06-07~"),
            ("hace dos años", "2021~")
        ]
    );
    t!(
        es_relative_years,
        "El año pasado hubo ejercicios; este año, conversaciones; el próximo año, una visita.",
        "2023-06-14",
        [
            ("El año pasado", "2022~"),
            ("este año", "2023~"),
            ("el próximo año", "2024~")
        ]
    );
    t!(
        es_relative_months,
        "El mes pasado y el mes que viene; el año sin más no es fecha.",
        "2023-06-14",
        [
            ("El mes pasado", "2023-05~"),
            ("el mes que viene", "2023-07~")
        ]
    );
    t!(
        es_month_of_relative_year,
        "En abril del año pasado, el pasado 2 de junio y en marzo de este año.",
        "2023-06-14",
        [
            ("abril del año pasado", "2022-04~"),
            ("el pasado 2 de junio", "2023-06-02~"),
            ("marzo de este año", "2023-03~")
        ]
    );
    t!(
        es_day_range,
        "Los ejercicios se realizaron del 9 al 12 de diciembre.",
        "2023-12-20",
        [("9", "2023-12-09~"), ("12 de diciembre", "2023-12-12~")]
    );
    t!(
        es_shifts,
        "El 2 de abril de 1982 desembarcaron y al día siguiente tomaron Grytviken; dos años después se reanudaron los vuelos.",
        "",
        [
            ("2 de abril de 1982", "1982-04-02"),
            ("al día siguiente", "1982-04-03"),
            ("dos años después", "1984")
        ]
    );
    t!(
        es_that_same_weekday,
        "El 12 de agosto derribaron dos misiles. En la madrugada de ese mismo sábado atacaron Crimea.",
        "2023-08-15",
        [("12 de agosto", "2023-08-12~"), ("ese mismo sábado", "2023-08-12~")]
    );
    t!(
        es_bare_dates_of_an_anniversary_piece_are_of_its_story_s_year,
        "Malvinas\n\nHace 40 años, el 3 de abril de 1982, tomaron Grytviken.\n\nLa historia había empezado en Puerto Leith, donde el 19 de marzo izaron la bandera.\n\nEl 25 de abril, los británicos la recuperaron.",
        "2022-04-03",
        [
            ("Hace 40 años", "1982~"),
            ("3 de abril de 1982", "1982-04-03"),
            ("19 de marzo", "1982-03-19"),
            ("25 de abril", "1982-04-25")
        ]
    );
    t!(
        es_today_meaning_nowadays_does_not_end_the_story,
        "Malvinas\n\nHace 40 años, el 21 de mayo de 1982, desembarcaron en San Carlos.\n\nUn veterano que hoy vive en Bariloche lo recuerda.\n\nEl 23 de mayo fue alcanzada la fragata Antelope.",
        "2022-05-21",
        [
            ("Hace 40 años", "1982~"),
            ("21 de mayo de 1982", "1982-05-21"),
            ("hoy", "2022-05-21~"),
            ("23 de mayo", "1982-05-23")
        ]
    );
    t!(
        es_bare_dates_of_today_s_news_are_of_publication_s_year,
        "Malvinas\n\nEl lunes 28 de marzo de 2022, el canciller viajó a Ushuaia.\n\nEn 1982 hubo una guerra. El 19 de marzo se reunieron.",
        "2022-04-03",
        [
            ("28 de marzo de 2022", "2022-03-28"),
            ("1982", "1982"),
            ("19 de marzo", "2022-03-19~")
        ]
    );
    t!(
        es_a_shift_from_a_named_event_is_no_date,
        "El 3 de abril de 1982, un día después del desembarco, tomaron Grytviken. Al día siguiente de su llegada, partió.",
        "",
        [("3 de abril de 1982", "1982-04-03")]
    );
    t!(
        es_quantities_are_no_dates,
        "Más de 2000 soldados, en 2000 hectáreas; el año no importa; 15 de los 20 buques.",
        "2023-06-14",
        []
    );
    t!(
        es_names_are_no_days,
        "Según Chris Hoy y David Ayer, el Mayo de la calle no es un mes.",
        "2023-06-14",
        []
    );

    // ---- English text finds nothing Spanish

    t!(
        en_text_with_spanish_look_alikes,
        "Charles de Gaulle met the Mayo Clinic team in El Paso; they rented a van a week ago, de facto, on Monday.",
        "2023-06-14",
        [("a week ago", "2023-06-07~"), ("Monday", "2023-06-12~")]
    );
}
