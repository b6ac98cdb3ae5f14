//! Written dates: a day and month as readouts write them (words, abbreviations, numbers, ranges,
//! a weekday before them), machine timestamps, and the dispatch's dateline.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::extract::lang::fr::{MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};
use crate::extract::lexicon::Lexicon;
use crate::extract::text::{fold, Text, TokenKind};
use crate::model::{CountryCode, EventDate};

/// A month or a day of the week, folded ("aout", "lundi").
pub fn is_calendar_word(folded: &str) -> bool {
    MONTHS.contains(&folded) || WEEKDAYS.iter().any(|(w, _)| *w == folded)
}

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
    pub fn value(&self) -> Option<EventDate> {
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

pub(super) fn weekday(folded: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(w, _)| *w == folded).map(|&(_, d)| d)
}

pub(super) fn number(folded: &str, range: Range<u32>) -> Option<u32> {
    let digits = folded.strip_suffix("er").unwrap_or(folded);
    let n: u32 = digits
        .parse()
        .ok()
        .filter(|_| digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))?;
    range.contains(&n).then_some(n)
}

/// The month named at token `k` and the tokens it takes ("octobre", "oct.").
fn month_at(text: &Text, k: usize) -> Option<(u32, usize)> {
    let f = text.fw(k);
    if let Some(m) = MONTHS.iter().position(|m| *m == f) {
        return Some((m as u32 + 1, 1));
    }
    let (_, m) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == f)?;
    let dot = text
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.is_punct('.') && t.glued);
    Some((*m, 1 + usize::from(dot)))
}

/// A date written in one token: "2017-10-04", "2021-10-27T10:14", "04-10-2017".
fn dashed(folded: &str) -> Option<NaiveDate> {
    // Most tokens are words: parsing them as dates would cost more than reading the whole text.
    if !folded.starts_with(|c: char| c.is_ascii_digit()) || !folded.contains('-') {
        return None;
    }
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
    let range = matches!(text.fw(d + 1), "et" | "au" | "-" | "–")
        && number(text.fw(d + 2), 1..32).is_some();
    Some((day, if range { d + 3 } else { d + 1 }, range))
}

/// A written date starting at token `i`: "[mardi] 3 mai [2024]", "1er juin", "les 16 et 17 octobre",
/// "vendredi, 8 janvier 2021", "04 oct. 2017", "16/09/2021", "2017-10-04".
fn date_at(text: &Text, i: usize) -> Option<DateExpr> {
    let wd = weekday(text.fw(i));
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
    let (day, m, range) = first_day(text, d)?;
    let (month, len) = month_at(text, m)?;
    let year = number(text.fw(m + len), 1900..2101).map(|y| y as i32);
    Some(DateExpr {
        tokens: i..m + len + usize::from(year.is_some()),
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
            let closed = next.is_none_or(|t| {
                t.newline_before || t.is_punct('(') || t.is_punct('/') || t.is_punct('–')
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
        if !matches!(next.kind, TokenKind::Punct(',' | '(' | '-' | '–' | '—'))
            || next.newline_before
        {
            return None;
        }
        lex.place_country(&fold(&text.body[text.span(0..n)]))
    })
}
