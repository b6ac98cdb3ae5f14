//! Date: when the main event happened, as far as the text supports it; never a guessed year.
//!
//! Anchors for relative dates ("hier", "mardi"), strongest first: the `published` date from front
//! matter, a machine timestamp in the text ("2021-10-27T10:14", "27.10.2021"), the dispatch's dateline
//! ("Bakou, 22 juillet, AZERTAC"). A day and month without a year take the anchor's year only when the
//! anchor is a full date, and then the latest such day on or before it.

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::extract::lexicon::Lexicon;
use crate::extract::text::{fold, Text, TokenKind};
use crate::model::{Confidence, CountryCode, EventDate};

pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

pub(crate) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
];

/// Words that make "du" introduce the event's own date ("dans la soirée du 5 juin", "en date du").
const DAY_PARTS: &[&str] = &[
    "date",
    "journee",
    "soir",
    "soiree",
    "matin",
    "matinee",
    "apres-midi",
    "nuit",
    "mi-journee",
];

/// Words before a date that make it another event's or a span's ("depuis le", "du 26 au 28").
pub(crate) const FOREIGN_BEFORE: &[&str] = &[
    "depuis", "au", "jusqu'au", "jusqu'", "avant", "apres", "decede", "decedee", "ne", "nee",
];

/// A day and month, with a year and weekday when written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateExpr {
    pub tokens: Range<usize>,
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
    pub weekday: Option<Weekday>,
    /// The first day of a range ("du 3 au 5 mai").
    pub range: bool,
}

impl DateExpr {
    fn value(&self) -> Option<EventDate> {
        match self.year {
            Some(y) => NaiveDate::from_ymd_opt(y, self.month, self.day).map(EventDate::Full),
            None => {
                NaiveDate::from_ymd_opt(2000, self.month, self.day).map(|_| EventDate::DayMonth {
                    month: self.month,
                    day: self.day,
                })
            }
        }
    }
}

fn number(folded: &str, range: Range<u32>) -> Option<u32> {
    // Ordinals: "1er", "1st", "2nd", "3rd", "19th".
    let digits = ["er", "st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| folded.strip_suffix(s))
        .unwrap_or(folded);
    let n: u32 = digits
        .parse()
        .ok()
        .filter(|_| digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))?;
    range.contains(&n).then_some(n)
}

/// Abbreviated French months, as datelines write them ("04 oct. 2017", "janv.").
pub(crate) const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("janv", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("jan", 1),
    ("aou", 8),
];

/// The month named at token `k` and the tokens it takes ("octobre", "oct.", "Nov.").
fn month_at(text: &Text, k: usize) -> Option<(u32, usize)> {
    let m = text.words.month(text.fw(k))?;
    // "may" is a verb unless capitalised, in languages that capitalise months.
    if text.words.months_capitalised && !text.word(k).starts_with(char::is_uppercase) {
        return None;
    }
    let dot = text
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_punct('.') && t.glued);
    Some((m, 1 + usize::from(dot)))
}

/// The year written at token `k`, after a comma where the language writes one ("November 19,
/// 2025"), and the token after the date.
fn year_at(text: &Text, k: usize) -> (Option<i32>, usize) {
    let comma = usize::from(
        text.words.comma_before_year && text.tokens.get(k).is_some_and(|t| t.is_punct(',')),
    );
    match number(text.fw(k + comma), 1900..2101) {
        Some(y) => (Some(y as i32), k + comma + 1),
        None => (None, k),
    }
}

/// A date written in one token: "2017-10-04", "2021-10-27T10:14", "04-10-2017".
fn dashed(folded: &str) -> Option<NaiveDate> {
    let head = folded.get(..10).unwrap_or(folded);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(folded, "%d-%m-%Y"))
        .ok()
        .filter(|d| (1900..2101).contains(&d.year()))
}

/// A numeric date starting at token `d`: "04/10/2017", "04.10.2017", "2017-10-04".
fn numeric_at(text: &Text, d: usize) -> Option<(NaiveDate, usize)> {
    if let Some(date) = dashed(text.fw(d)) {
        return Some((date, d + 1));
    }
    let sep = |k: usize| {
        text.tokens
            .get(k)
            .is_some_and(|t| (t.is_punct('/') || t.is_punct('.')) && t.glued)
            && text.tokens.get(k + 1).is_some_and(|t| t.glued)
    };
    if !(sep(d + 1) && sep(d + 3) && text.word(d + 1) == text.word(d + 3)) {
        return None;
    }
    let (day, month, year) = (
        number(text.fw(d), 1..32)?,
        number(text.fw(d + 2), 1..13)?,
        number(text.fw(d + 4), 1900..2101)?,
    );
    Some((NaiveDate::from_ymd_opt(year as i32, month, day)?, d + 5))
}

/// The first day of a written day or range of days at token `d` ("16", "16 et 17", "3 au 5",
/// "26-28"), and the token after it.
fn first_day(text: &Text, d: usize) -> Option<(u32, usize, bool)> {
    let f = text.fw(d);
    if let Some((first, last)) = f.split_once('-') {
        let day = number(first, 1..32)?;
        number(last, 1..32)?;
        return Some((day, d + 1, true));
    }
    let day = number(f, 1..32)?;
    let range = (matches!(text.fw(d + 1), "-" | "–")
        || text.words.range_joiners.contains(&text.fw(d + 1)))
        && number(text.fw(d + 2), 1..32).is_some();
    Some((day, if range { d + 3 } else { d + 1 }, range))
}

/// A written date starting at token `i`: "[mardi] 3 mai [2024]", "1er juin", "les 16 et 17 octobre",
/// "vendredi, 8 janvier 2021", "04 oct. 2017", "16/09/2021", "2017-10-04", and where the language
/// writes the month first, "[Thursday,] November 19[, 2025]".
fn date_at(text: &Text, i: usize) -> Option<DateExpr> {
    let wd = text.words.weekday(text.fw(i));
    let mut d = if wd.is_some() { i + 1 } else { i };
    if wd.is_some() && text.tokens.get(d).is_some_and(|t| t.is_punct(',')) {
        d += 1;
    }
    if let Some((date, end)) = numeric_at(text, d) {
        return Some(DateExpr {
            tokens: i..end,
            month: date.month(),
            day: date.day(),
            year: Some(date.year()),
            weekday: wd,
            range: false,
        });
    }
    if text.words.month_first {
        if let Some((month, len)) = month_at(text, d) {
            let (day, after, range) = first_day(text, d + len)?;
            let (year, end) = year_at(text, after);
            return Some(DateExpr {
                tokens: i..end,
                month,
                day,
                year,
                weekday: wd,
                range,
            });
        }
    }
    let (day, mut m, range) = first_day(text, d)?;
    // "the 5th of May"
    if text.fw(m) == "of" {
        m += 1;
    }
    let (month, len) = month_at(text, m)?;
    let (year, end) = year_at(text, m + len);
    Some(DateExpr {
        tokens: i..end,
        month,
        day,
        year,
        weekday: wd,
        range,
    })
}

/// Every written date of the text, in order.
pub fn dates(text: &Text) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.tokens.len() {
        match date_at(text, i) {
            Some(d) => {
                i = d.tokens.end;
                out.push(d);
            }
            None => i += 1,
        }
    }
    out
}

/// A machine timestamp: "2021-10-27T10:14+0200", "2015-08-05 17:18:29", "27.10.2021".
pub fn timestamp(text: &Text) -> Option<NaiveDate> {
    (0..text.tokens.len()).find_map(|i| numeric_at(text, i).map(|(d, _)| d))
}

/// The dispatch's dateline: a date at the very start ("Bakou, 22 juillet, AZERTAC", "OTTAWA, ON, le
/// 6 avril 2025"), or at the start of one of the first lines, closed by the wire's name or the line's
/// end ("Kinshasa,17 Juin 2022(ACP).-", "Berne, Communiqué de presse, 17.08.2015", a stamp line).
pub fn dateline(text: &Text) -> Option<DateExpr> {
    let first = text.sentences.first()?.tokens.clone();
    let mut k = first.start;
    while k < first.end.min(first.start + 8) {
        if let Some(d) = date_at(text, k) {
            return Some(d);
        }
        let t = &text.tokens[k];
        let lead = t.is_punct(',')
            || text.fw(k) == "le"
            || t.is_word() && text.word(k).starts_with(char::is_uppercase);
        if !lead {
            break;
        }
        k += 1;
    }
    let line_starts = (1..text.tokens.len().min(200)).filter(|&k| text.tokens[k].newline_before);
    line_starts.take(4).find_map(|start| {
        (start..start + 8).find_map(|k| {
            if k > start && text.tokens.get(k).is_none_or(|t| t.newline_before) {
                return None;
            }
            let d = date_at(text, k)?;
            let next = text.tokens.get(d.tokens.end);
            // After a comma, a time or the wire's name in capitals closes it too ("20 September
            // 2021, 21:16", "YEREVAN, DECEMBER 27, ARMENPRESS.").
            let after_comma = text.word(d.tokens.end + 1);
            let stamp = after_comma.starts_with(|c: char| c.is_ascii_digit())
                || after_comma.len() > 2 && after_comma.chars().all(|c| c.is_uppercase());
            let closed = next.is_none_or(|t| {
                t.newline_before
                    || t.is_punct('(')
                    || t.is_punct('/')
                    || t.is_punct('–')
                    || t.is_punct(',') && stamp
            });
            let opens = text.word(start).starts_with(char::is_uppercase) || k == start;
            (closed && opens).then_some(d)
        })
    })
}

/// The country of the dateline's city ("Hanoï (VNA) –", "Bakou, 22 juillet"): where the dispatch was filed.
pub fn dateline_city(text: &Text, lex: &Lexicon) -> Option<CountryCode> {
    (1..=3).rev().find_map(|n| {
        let next = text.tokens.get(n)?;
        if !matches!(
            next.kind,
            TokenKind::Punct(',' | '(' | '-' | '–' | '—' | ':')
        ) || next.newline_before
        {
            return None;
        }
        lex.place_country(&fold(&text.body[text.span(0..n)]))
    })
}

/// Whether a written date belongs to something else: a span, an earlier or later event, an occasion.
fn is_foreign(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let before = |n: usize| {
        d.tokens
            .start
            .checked_sub(n)
            .filter(|&k| k >= sentence_start)
            .map_or("", |k| text.fw(k))
    };
    // "survenu le 5 septembre": look past the article.
    let prev = if before(1) == "le" {
        before(2)
    } else {
        before(1)
    };
    let after = text.fw(d.tokens.end);
    let open_paren = (sentence_start..d.tokens.start)
        .filter(|&k| text.tokens[k].is_punct('('))
        .count()
        > (sentence_start..d.tokens.start)
            .filter(|&k| text.tokens[k].is_punct(')'))
            .count();
    // "on Friday (April 13th)": the brackets give the weekday's date.
    let explains_weekday = before(1) == "(" && text.words.weekday(before(2)).is_some();
    (prev == "du" && !DAY_PARTS.contains(&before(2)))
        || text.words.foreign_before.contains(&prev)
        || prev.ends_with("survenu")
        || prev.ends_with("survenue")
        // "le 24 janvier dernier" is the event, told later; "prochain" is another one, to come.
        || text.words.foreign_after.contains(&after)
        || (open_paren && !explains_weekday)
        || follows_a_milestone(text, d, sentence_start)
}

/// Events whose dates a readout recalls beside its own: "l'établissement des relations
/// diplomatiques, le 5 mai 1994".
pub(crate) const MILESTONES: &[&str] = &[
    "etablissement",
    "fondation",
    "creation",
    "independance",
    "signature",
    "naissance",
    "fonction",
    "fonctions",
    "election",
    "deces",
];

/// Whether the date comes right after a milestone, in apposition to it.
fn follows_a_milestone(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let from = d.tokens.start.saturating_sub(7).max(sentence_start);
    (from..d.tokens.start).any(|k| text.words.milestones.contains(&text.fw(k)))
}

/// A relative day in a sentence: (first token, days back from the anchor or a weekday).
enum Relative {
    DaysBack(u64),
    Weekday(Weekday),
}

fn relative(text: &Text, tokens: Range<usize>) -> Option<(usize, Relative)> {
    for k in tokens.clone() {
        let f = text.fw(k);
        let prev = |n: usize| {
            k.checked_sub(n)
                .filter(|&p| p >= tokens.start)
                .map_or("", |p| text.fw(p))
        };
        let next = text.fw(k + 1);
        let words = text.words;
        if words.foreign_before.contains(&prev(1))
            || prev(2) == "depuis"
            || words.foreign_after.contains(&next)
            || words.foreign_after.contains(&prev(1))
        {
            continue;
        }
        if let Some(&(_, back)) = words.relative_days.iter().find(|(w, _)| *w == f) {
            return Some((k, Relative::DaysBack(back)));
        }
        let rel = match f {
            "aujourd'" if next == "hui" => Relative::DaysBack(0),
            "jour" | "matin" | "soir" | "apres-midi" if matches!(prev(1), "ce" | "cet") => {
                Relative::DaysBack(0)
            }
            "morning" | "afternoon" | "evening" if prev(1) == "this" => Relative::DaysBack(0),
            _ => match text.words.weekday(f) {
                Some(w) if number(next, 1..32).is_none() => Relative::Weekday(w),
                _ => continue,
            },
        };
        return Some((k, rel));
    }
    None
}

fn resolve_relative(rel: &Relative, anchor: EventDate) -> Option<EventDate> {
    match (rel, anchor) {
        (Relative::DaysBack(n), EventDate::Full(a)) => {
            a.checked_sub_days(Days::new(*n)).map(EventDate::Full)
        }
        (Relative::Weekday(w), EventDate::Full(a)) => {
            let back = (a.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
            a.checked_sub_days(Days::new(back.into()))
                .map(EventDate::Full)
        }
        (Relative::DaysBack(n), EventDate::DayMonth { month, day }) => {
            // Without a year, going back across the end of February is ambiguous.
            if u64::from(day) <= *n && month == 3 {
                return None;
            }
            let date =
                NaiveDate::from_ymd_opt(2001, month, day)?.checked_sub_days(Days::new(*n))?;
            Some(EventDate::DayMonth {
                month: date.month(),
                day: date.day(),
            })
        }
        (Relative::Weekday(_), EventDate::DayMonth { .. }) => None,
    }
}

/// The latest date with this day and month on or before a full anchor.
fn with_year(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    match this {
        Some(d) if d <= anchor => Some(d),
        _ => NaiveDate::from_ymd_opt(anchor.year() - 1, month, day),
    }
}

/// The date found, how sure it is, and remarks for a reviewer (as body offsets and messages).
pub struct Found {
    pub date: Option<EventDate>,
    pub confidence: Confidence,
    pub remarks: Vec<(usize, String)>,
}

/// The date of the event reported by `sentence`, anchored on `published` when relative.
pub fn event_date(text: &Text, sentence: Option<usize>, published: Option<NaiveDate>) -> Found {
    let line = dateline(text);
    let anchor = published
        .or_else(|| timestamp(text))
        .map(EventDate::Full)
        .or_else(|| line.as_ref().and_then(DateExpr::value));
    let mut found = Found {
        date: None,
        confidence: Confidence::Low,
        remarks: Vec::new(),
    };
    let Some((s_index, s)) = sentence.and_then(|i| Some((i, text.sentences.get(i)?))) else {
        return found;
    };
    let tokens = s.tokens.clone();
    let in_sentence: Vec<DateExpr> = dates(text)
        .into_iter()
        .filter(|d| tokens.contains(&d.tokens.start) && Some(d) != line.as_ref())
        .collect();
    // A span ("en visite du 3 au 5 mai") dates the event when no day in it is named.
    let span = |d: &&DateExpr| d.range && d.tokens.start > 0 && text.fw(d.tokens.start - 1) == "du";
    let relative_day = relative(text, tokens.clone());
    let written = in_sentence
        .iter()
        .find(|d| !is_foreign(text, d, tokens.start))
        .or_else(|| {
            in_sentence
                .iter()
                .find(span)
                .filter(|_| relative_day.is_none())
        })
        .cloned();
    if let Some(d) = written {
        let at = text.span(d.tokens.clone()).start;
        found.date = d.value();
        found.confidence = if d.year.is_some() {
            Confidence::High
        } else {
            Confidence::Medium
        };
        if let (Some(EventDate::Full(date)), Some(w)) = (found.date, d.weekday) {
            if date.weekday() != w {
                found.confidence = Confidence::Medium;
                found
                    .remarks
                    .push((at, format!("the text's weekday does not match {date}")));
            }
        }
        if let (Some(EventDate::DayMonth { month, day }), Some(EventDate::Full(a))) =
            (found.date, anchor)
        {
            found.date = with_year(month, day, a).map(EventDate::Full).or(found.date);
        }
        return found;
    }
    if let Some((k, rel)) = relative_day {
        let at = text.span(k..k + 1).start;
        match anchor.and_then(|a| resolve_relative(&rel, a)) {
            Some(date) => {
                found.date = Some(date);
                found.confidence = Confidence::Medium;
            }
            // A wire dated "Colombo, Mar 29" that says "on Tuesday" most often reports that day.
            None if matches!(rel, Relative::Weekday(_)) && anchor.is_some() => {
                found.date = anchor;
                found
                    .remarks
                    .push((at, "weekday taken as the dateline's day".into()));
            }
            None => found.remarks.push((
                at,
                "relative date: give `published` in front matter to resolve it".into(),
            )),
        }
        return found;
    }
    // The lead often dates the event in the sentence before or after the one that reports it
    // ("… a participé ce jeudi 7 janvier 2021 à l'investiture. En marge, il s'est entretenu avec …").
    let near = [s_index + 1, s_index + 2, s_index.wrapping_sub(1)];
    let all = dates(text);
    for n in near {
        let Some(x) = text.sentences.get(n).filter(|x| !x.heading) else {
            continue;
        };
        let written = all.iter().find(|d| {
            x.tokens.contains(&d.tokens.start)
                && Some(*d) != line.as_ref()
                && !is_foreign(text, d, x.tokens.start)
        });
        let date = match written {
            Some(d) => d.value().map(|v| match (v, anchor) {
                (EventDate::DayMonth { month, day }, Some(EventDate::Full(a))) => {
                    with_year(month, day, a).map_or(v, EventDate::Full)
                }
                _ => v,
            }),
            None => relative(text, x.tokens.clone())
                .and_then(|(_, rel)| anchor.and_then(|a| resolve_relative(&rel, a))),
        };
        if date.is_some() {
            found.date = date;
            found.confidence = Confidence::Medium;
            return found;
        }
    }
    if let Some(d) = line.as_ref().and_then(DateExpr::value) {
        found.date = Some(d);
        found
            .remarks
            .push((0, "date taken from the dateline".into()));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date of the text's first sentence, given a publication date.
    fn check(input: &str, published: Option<&str>, expected: Option<&str>) {
        let text = Text::new(input);
        let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
        let sentence = text.sentences.iter().position(|s| !s.heading);
        let found = event_date(&text, sentence, published);
        assert_eq!(
            found.date.map(|d| d.to_string()).as_deref(),
            expected,
            "{input}"
        );
    }

    #[test]
    fn written_dates() {
        check(
            "Le 19 novembre 2025, le président a reçu X.",
            None,
            Some("2025-11-19"),
        );
        check(
            "Le soir du 22 février 2021, X a appelé Y.",
            None,
            Some("2021-02-22"),
        );
        check("X a reçu, mardi 3 mai 2024, Y.", None, Some("2024-05-03"));
        check("X a reçu le 1er juin Y.", None, Some("--06-01"));
        check(
            "Dans la soirée du 5 juin, X a appelé Y.",
            None,
            Some("--06-05"),
        );
        check(
            "X a reçu le 5 juin Y.",
            Some("2024-06-07"),
            Some("2024-06-05"),
        );
        check(
            "X a reçu le 30 décembre Y.",
            Some("2024-01-02"),
            Some("2023-12-30"),
        );
        check(
            "X, en visite du 6 au 10 juillet, a rencontré Y le 7 juillet.",
            None,
            Some("--07-07"),
        );
        check(
            "Après le séisme survenu le 5 septembre, X a envoyé le 6 septembre un message.",
            None,
            Some("--09-06"),
        );
        check(
            "X a appelé Y, après leur appel du 2 juin dernier.",
            None,
            None,
        );
        check("A l'occasion de l'anniversaire (18 janvier 1950 - 18 janvier 2021), X et Y ont échangé des messages.", None, None);
        check("À l'occasion du 30e anniversaire de l'établissement des relations diplomatiques, le 5 mai 1994, X et Y ont échangé des messages.", None, None);
        check(
            "X a reçu le 24 janvier dernier son homologue Y.",
            None,
            Some("--01-24"),
        );
        check(
            "X a reçu le 24 janvier dernier son homologue Y.",
            Some("2024-03-02"),
            Some("2024-01-24"),
        );
        check(
            "X recevra le 24 janvier prochain son homologue Y.",
            None,
            None,
        );
        check("Le 31 février 2021, X a reçu Y.", None, None);
    }

    #[test]
    fn relative_dates() {
        check("X a reçu hier Y.", Some("2024-06-07"), Some("2024-06-06"));
        check("X a reçu mardi Y.", Some("2021-10-27"), Some("2021-10-26"));
        check(
            "X a reçu ce lundi Y.",
            Some("2025-06-23"),
            Some("2025-06-23"),
        );
        check("X a reçu mardi Y.", None, None);
        check(
            "Aujourd'hui, X a appelé Y.",
            Some("2025-04-06"),
            Some("2025-04-06"),
        );
        check(
            "En visite depuis ce mercredi, X a été reçu.",
            Some("2016-07-21"),
            None,
        );
        check(
            "Bakou, 22 juillet, AZERTAC\nX s’est entretenu hier avec Y.",
            None,
            Some("--07-21"),
        );
        check(
            "OTTAWA, le 6 avril 2025 /CNW/ - Aujourd'hui, X s'est entretenu avec Y.",
            None,
            Some("2025-04-06"),
        );
        check(
            "Minsk, 28 juin (VNA) - Les deux pays ont publié le 27 juin une déclaration.",
            None,
            Some("--06-27"),
        );
        check(
            "2015-08-05 17:18:29 cri\nX s'est entretenu ce 5 août avec Y.",
            None,
            Some("2015-08-05"),
        );
    }

    #[test]
    fn dates_as_readouts_write_them() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // Wire datelines: the dispatch's date anchors a year-less event date.
            (
                "DAKAR, 14 févr. (APS) - Le ministre X a reçu hier son homologue Y.",
                None,
                Some("--02-13"),
            ),
            (
                "Niamey, 03 nov. 2019 (ANP).- Le président X a reçu mardi son homologue Y.",
                None,
                Some("2019-10-29"),
            ),
            (
                "ASTANA, 9 sept (Kazinform) -- X s'est entretenu ce 8 septembre avec Y.",
                None,
                Some("--09-08"),
            ),
            (
                "Communiqué\nLomé, 21 déc. 2018 (ATOP) - X a reçu Y mercredi.",
                None,
                Some("2018-12-19"),
            ),
            // Numeric dates.
            ("Le 07/03/2018, X a reçu Y.", None, Some("2018-03-07")),
            ("Le 07.03.2018, X a reçu Y.", None, Some("2018-03-07")),
            (
                "Publié le 2018-03-08\nX a reçu Y ce mercredi.",
                None,
                Some("2018-03-07"),
            ),
            // A weekday before the date, with or without a comma; "ce 12 mars".
            (
                "X a reçu ce vendredi, 12 mars 2021 Y.",
                None,
                Some("2021-03-12"),
            ),
            (
                "X a reçu ce 12 mars Y.",
                Some("2021-03-15"),
                Some("2021-03-12"),
            ),
            // Ranges give their first day.
            (
                "X a effectué une visite chez Y les 16 et 17 octobre 2019.",
                None,
                Some("2019-10-16"),
            ),
            (
                "X a effectué une visite chez Y du 3 au 5 mai 2022.",
                None,
                Some("2022-05-03"),
            ),
            (
                "En date du 2 juin 2020, X a reçu Y.",
                None,
                Some("2020-06-02"),
            ),
            // The event dated in the sentence before the one that reports it.
            (
                "X s'est rendu jeudi 4 avril 2019 à Accra. En marge, il s'est entretenu avec Y.",
                None,
                Some("2019-04-04"),
            ),
            // A date of another event is never taken: an entry into office, a future visit.
            (
                "X, en fonction depuis son élection le 3 mai, a reçu Y.",
                None,
                None,
            ),
        ];
        for &(input, published, expected) in cases {
            let text = Text::new(input);
            let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
            // The sentence that reports the exchange: the one that names Y.
            let sentence = text
                .sentences
                .iter()
                .position(|s| (s.tokens.clone()).any(|k| text.word(k) == "Y"));
            let found = event_date(&text, sentence, published);
            assert_eq!(
                found.date.map(|d| d.to_string()).as_deref(),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn odd_inputs() {
        check("", None, None);
        check("le 99 mars 99999999999999999999", None, None);
        check("lundi", Some("2024-01-01"), Some("2024-01-01"));
    }
}
