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

/// Parts of the day that make "du" introduce the event's own date ("dans la soirée du 5 juin").
const DAY_PARTS: &[&str] = &[
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

/// The month named at token `k` and the tokens it takes ("octobre", "Oct.").
fn month_at(text: &Text, k: usize) -> Option<(u32, usize)> {
    let month = text.words.month(text.fw(k))?;
    // "may" is a verb unless capitalised, as languages that capitalise months write them.
    if text.words.months_capitalised && !text.word(k).starts_with(char::is_uppercase) {
        return None;
    }
    let dot = text
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_punct('.') && t.glued);
    Some((month, 1 + usize::from(dot)))
}

/// The year written at token `k`, after an optional comma ("19 November 2025", "November 19, 2025"),
/// and the token after the date.
fn year_at(text: &Text, k: usize) -> (Option<i32>, usize) {
    let comma = usize::from(
        text.words.comma_before_year && text.tokens.get(k).is_some_and(|t| t.is_punct(',')),
    );
    match number(text.fw(k + comma), 1900..2101) {
        Some(y) => (Some(y as i32), k + comma + 1),
        None => (None, k),
    }
}

/// A written date starting at token `i`: "[mardi] 3 mai [2024]", "1er juin", "16/09/2021", and
/// where the language writes the month first, "[Thursday,] November 19[, 2025]".
fn date_at(text: &Text, i: usize) -> Option<DateExpr> {
    let wd = text.words.weekday(text.fw(i));
    let mut d = if wd.is_some() { i + 1 } else { i };
    if wd.is_some() && text.tokens.get(d).is_some_and(|t| t.is_punct(',')) {
        d += 1;
    }
    if text.words.month_first {
        if let Some((month, len)) = month_at(text, d) {
            let day = number(text.fw(d + len), 1..32)?;
            let (year, end) = year_at(text, d + len + 1);
            return Some(DateExpr {
                tokens: i..end,
                month,
                day,
                year,
                weekday: wd,
            });
        }
    }
    let day = number(text.fw(d), 1..32)?;
    // "the 5th of May"
    let m = if text.fw(d + 1) == "of" { d + 2 } else { d + 1 };
    if let Some((month, len)) = month_at(text, m) {
        let (year, end) = year_at(text, m + len);
        return Some(DateExpr {
            tokens: i..end,
            month,
            day,
            year,
            weekday: wd,
        });
    }
    // "16/09/2021"
    let slash = |k: usize| {
        text.tokens
            .get(k)
            .is_some_and(|t| t.is_punct('/') && t.glued)
    };
    if slash(d + 1) && slash(d + 3) {
        let month = number(text.fw(d + 2), 1..13)?;
        let year = number(text.fw(d + 4), 1900..2101)? as i32;
        return Some(DateExpr {
            tokens: i..d + 5,
            month,
            day,
            year: Some(year),
            weekday: wd,
        });
    }
    None
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
    (0..text.tokens.len()).find_map(|i| {
        let f = text.fw(i);
        let iso = f
            .get(..10)
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        iso.or_else(|| {
            let dot = |k: usize| {
                text.tokens
                    .get(k)
                    .is_some_and(|t| t.is_punct('.') && t.glued)
            };
            let glued = |k: usize| text.tokens.get(k).is_some_and(|t| t.glued);
            if !(dot(i + 1) && dot(i + 3) && glued(i + 2) && glued(i + 4)) {
                return None;
            }
            let (d, m, y) = (
                number(f, 1..32)?,
                number(text.fw(i + 2), 1..13)?,
                number(text.fw(i + 4), 1900..2101)?,
            );
            NaiveDate::from_ymd_opt(y as i32, m, d)
        })
    })
}

/// The dispatch's dateline at the very start ("Bakou, 22 juillet, AZERTAC", "OTTAWA, ON, le 6 avril 2025").
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
            return None;
        }
        k += 1;
    }
    None
}

/// The country of the dateline's city ("Hanoï (VNA) –", "Bakou, 22 juillet"): where the dispatch was filed.
pub fn dateline_city(text: &Text, lex: &Lexicon) -> Option<CountryCode> {
    (1..=3).rev().find_map(|n| {
        let next = text.tokens.get(n)?;
        if !matches!(next.kind, TokenKind::Punct(',' | '(' | '-' | '–' | '—'))
            || next.newline_before
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
    (prev == "du" && !DAY_PARTS.contains(&before(2)))
        || text.words.foreign_before.contains(&prev)
        || prev.ends_with("survenu")
        || prev.ends_with("survenue")
        // "le 24 janvier dernier" is the event, told later; "prochain" is another one, to come.
        || text.words.foreign_after.contains(&after)
        || open_paren
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
    let Some(s) = sentence.and_then(|s| text.sentences.get(s)) else {
        return found;
    };
    let tokens = s.tokens.clone();
    let written = dates(text).into_iter().find(|d| {
        tokens.contains(&d.tokens.start)
            && Some(d) != line.as_ref()
            && !is_foreign(text, d, tokens.start)
    });
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
    if let Some((k, rel)) = relative(text, tokens) {
        let at = text.span(k..k + 1).start;
        match anchor.and_then(|a| resolve_relative(&rel, a)) {
            Some(date) => {
                found.date = Some(date);
                found.confidence = Confidence::Medium;
            }
            None => found.remarks.push((
                at,
                "relative date: give `published` in front matter to resolve it".into(),
            )),
        }
        return found;
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
    fn odd_inputs() {
        check("", None, None);
        check("le 99 mars 99999999999999999999", None, None);
        check("lundi", Some("2024-01-01"), Some("2024-01-01"));
    }
}
