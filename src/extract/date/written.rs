//! Written dates: a day and month as readouts write them (words, abbreviations, numbers, ranges,
//! a weekday before them) and machine timestamps.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use super::anchor::weekday_year;
use super::calendar::Calendar;
use crate::extract::text::Text;
use crate::model::EventDate;

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
    /// The written year was a slip its weekday showed, mended (`anchor::weekday_year`).
    pub slipped: bool,
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

pub(super) fn starts_with_digit(folded: &str) -> bool {
    folded.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

pub(super) fn number(folded: &str, range: Range<u32>) -> Option<u32> {
    // Most tokens are words, which no suffix makes a number.
    if !starts_with_digit(folded) {
        return None;
    }
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

/// The month named at token `k` and the tokens it takes ("octobre", "oct.", "Nov.").
fn month_at(text: &Text, calendar: &Calendar, k: usize) -> Option<(u32, usize)> {
    let m = calendar.month_at(k)?;
    // "may" is a verb unless capitalised, in languages that capitalise months.
    if text.words.dates.months_capitalised && !text.capitalised(k) {
        return None;
    }
    // The full stop of an abbreviation, not the one that ends a sentence on a month's name.
    let dot = !text.words.dates.months.contains(&text.fw(k))
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.is_punct('.') && t.glued);
    Some((m, 1 + usize::from(dot)))
}

/// The year written at token `k`, after a comma where the language writes one ("November 19,
/// 2025") or a slash glued to it ("August 25/2021", as some agencies date their dispatches), and
/// the token after the date.
fn year_at(text: &Text, k: usize) -> (Option<i32>, usize) {
    let comma = usize::from(text.tokens.get(k).is_some_and(|t| {
        text.words.dates.comma_before_year && t.is_punct(',')
            || t.is_punct('/') && t.glued && (text.tokens.get(k + 1)).is_some_and(|y| y.glued)
    }));
    match number(text.fw(k + comma), 1900..2101) {
        Some(y) => (Some(y as i32), k + comma + 1),
        None => (None, k),
    }
}

/// A date written in one token: "2017-10-04", "2021-10-27T10:14", "04-10-2017".
pub(super) fn dashed(folded: &str) -> Option<NaiveDate> {
    // Most tokens are words: parsing them as dates would cost more than reading the whole text.
    if !starts_with_digit(folded) || !folded.contains('-') {
        return None;
    }
    let head = folded.get(..10).unwrap_or(folded);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(folded, "%d-%m-%Y"))
        .ok()
        .filter(|d| (1900..2101).contains(&d.year()))
}

/// The year of a numeric date, in four digits or two ("21/11/24"): two digits are read as POSIX
/// `strptime` reads them, 69–99 as 1969–1999, 00–68 as 2000–2068.
fn numeric_year(folded: &str) -> Option<i32> {
    match folded.len() {
        2 => number(folded, 0..100).map(|y| if y >= 69 { 1900 + y } else { 2000 + y } as i32),
        _ => number(folded, 1900..2101).map(|y| y as i32),
    }
}

/// A numeric date starting at token `d`: "04/10/2017", "04.10.2017", "21/11/24", "2017-10-04",
/// day first unless `published` says otherwise (`day_or_month_first`).
pub(super) fn numeric_at(
    text: &Text,
    d: usize,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    // Every numeric date opens with a digit: most tokens are words.
    if !starts_with_digit(text.fw(d)) {
        return None;
    }
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
    let (first, second, year) = (
        number(text.fw(d), 1..32)?,
        number(text.fw(d + 2), 1..32)?,
        numeric_year(text.fw(d + 4))?,
    );
    let day_first = NaiveDate::from_ymd_opt(year, second, first);
    let month_first =
        NaiveDate::from_ymd_opt(year, first, second).filter(|_| text.tokens[d + 1].is_punct('/'));
    let either = text.words.dates.month_first;
    Some((
        day_or_month_first(day_first, month_first, published, either)?,
        d + 5,
    ))
}

/// A numeric date is read day first, as most of the world writes it; a page stamped "05/02/2020"
/// in the American order ("May 2") is read month first when its publication date says so: the
/// reading nearer to it, a stamp being the day of the page or of the event it reports. In a
/// language whose issuers write either order (`either`), nothing tells a date that reads both
/// ways ("02/10/2023") without one: no date.
fn day_or_month_first(
    day_first: Option<NaiveDate>,
    month_first: Option<NaiveDate>,
    published: Option<NaiveDate>,
    either: bool,
) -> Option<NaiveDate> {
    let (Some(day_first), Some(month_first)) = (day_first, month_first) else {
        return day_first;
    };
    let Some(published) = published else {
        return (!either || day_first == month_first).then_some(day_first);
    };
    let distance = |d: NaiveDate| (published - d).num_days().abs();
    Some(if distance(month_first) < distance(day_first) {
        month_first
    } else {
        day_first
    })
}

/// The day of a short word glued to it in a badly spaced text ("les08 et 09 février", "le3 mai"):
/// its digits, if the word is no longer than an article or a preposition.
fn glued_day(folded: &str) -> Option<&str> {
    // Most words end with a letter: answered before their letters are counted.
    if !folded.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let letters = folded.bytes().take_while(u8::is_ascii_lowercase).count();
    let day = &folded[letters..];
    ((1..4).contains(&letters) && (1..3).contains(&day.len()) && starts_with_digit(day))
        .then_some(day)
        .filter(|day| day.bytes().all(|b| b.is_ascii_digit()))
}

/// The first day of a written day or range of days at token `d` ("16", "16 et 17", "3 au 5",
/// "26-28", "27, 28 et 29", "premier"), and the token after it.
fn first_day(text: &Text, d: usize) -> Option<(u32, usize, bool)> {
    let f = text.fw(d);
    let f = glued_day(f).unwrap_or(f);
    // "hier premier mars 2016", "en ce cinq juillet 2022": a day written as a word.
    // Only before a month in full: "dix sept (17) ambassadeurs" is a number, "sept" no September.
    if let Some(&(_, day)) = text.words.dates.days_in_words.iter().find(|(w, _)| *w == f) {
        let in_full = text.words.dates.months.contains(&text.fw(d + 1));
        return in_full.then_some((day, d + 1, false));
    }
    if !starts_with_digit(f) {
        return None;
    }
    if let Some((first, last)) = f.split_once('-') {
        let day = number(first, 1..32)?;
        number(last, 1..32)?;
        return Some((day, d + 1, true));
    }
    let day = number(f, 1..32)?;
    // "les 27, 28 et 29 juillet", "on 5, 6 and 7 May": a list of days whose last two a joiner
    // links starts on the first.
    let mut last = d;
    while text.fw(last + 1) == "," && number(text.fw(last + 2), 1..32).is_some() {
        last += 2;
    }
    let joined = |k: usize| {
        (matches!(text.fw(k + 1), "-" | "–")
            || text.words.dates.range_joiners.contains(&text.fw(k + 1)))
            && number(text.fw(k + 2), 1..32).is_some()
    };
    let last = if last > d && joined(last) { last } else { d };
    let range = joined(last);
    Some((day, if range { last + 3 } else { d + 1 }, range))
}

/// A written date starting at token `i`, its year mended when its weekday shows it a slip.
pub(super) fn date_at(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    i: usize,
) -> Option<DateExpr> {
    written_at(text, calendar, published, i).map(|d| weekday_year(text, d, published))
}

/// Whether a date may open at token `i`: with a weekday, a number or, where the month comes
/// first, a month. Most words are none of these: `dates` asks this of every token before the
/// whole of `date_at`, so that they are answered without its call.
#[inline]
pub(super) fn may_open(text: &Text, calendar: &Calendar, i: usize) -> bool {
    if calendar.weekday_at(i).is_some() {
        return true;
    }
    let f = text.fw(i);
    starts_with_digit(f)
        || (text.words.dates.month_first && calendar.month_at(i).is_some())
        // A day in words is looked up only before a month, which few words stand before.
        || calendar.month_at(i + 1).is_some()
            && text.words.dates.days_in_words.iter().any(|(w, _)| *w == f)
        || glued_month(text, calendar, f).is_some()
        // Only before a month, or the day that ends a range of days.
        || glued_day(f).is_some() && {
            let next = text.fw(i + 1);
            calendar.month_at(i + 1).is_some() || text.words.dates.range_joiners.contains(&next)
        }
}

/// "on October29": a month glued to its day, as a badly spaced text leaves it, where the month
/// comes first.
fn glued_month(text: &Text, calendar: &Calendar, f: &str) -> Option<(u32, u32)> {
    (text.words.dates.month_first && f.ends_with(|c: char| c.is_ascii_digit()))
        .then(|| calendar.month_and_day(f))
        .flatten()
}

/// A date as written from token `i`: "[mardi] 3 mai [2024]", "1er juin", "les 16 et 17 octobre",
/// "vendredi, 8 janvier 2021", "04 oct. 2017", "16/09/2021", "2017-10-04", and where the language
/// writes the month first, "[Thursday,] November 19[, 2025]".
fn written_at(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    i: usize,
) -> Option<DateExpr> {
    if !may_open(text, calendar, i) {
        return None;
    }
    let wd = calendar.weekday_at(i);
    let mut d = if wd.is_some() { i + 1 } else { i };
    if wd.is_some() && text.tokens.get(d).is_some_and(|t| t.is_punct(',')) {
        d += 1;
    }
    let expr = |end: usize, month: u32, day: u32, year: Option<i32>, range: bool| DateExpr {
        tokens: i..end,
        month,
        day,
        year,
        weekday: wd,
        range,
        slipped: false,
    };
    if let Some((date, end)) = numeric_at(text, d, published) {
        return Some(expr(
            end,
            date.month(),
            date.day(),
            Some(date.year()),
            false,
        ));
    }
    if text.words.dates.month_first {
        let glued = glued_month(text, calendar, text.fw(d)).filter(|_| text.capitalised(d));
        let month = (glued.map(|(month, day)| (month, Some((day, d + 1, false)))))
            .or_else(|| month_at(text, calendar, d).map(|(m, len)| (m, first_day(text, d + len))));
        if let Some((month, day)) = month {
            let (day, after, range) = day?;
            let (year, end) = year_at(text, after);
            return Some(expr(end, month, day, year, range));
        }
    }
    // "le mercredi 11avril": a day glued to its month, as a badly spaced text leaves it.
    if let Some((day, month)) = calendar.day_and_month(text.fw(d)) {
        let (year, end) = year_at(text, d + 1);
        return Some(expr(end, month, day, year, false));
    }
    let (day, mut m, range) = first_day(text, d)?;
    // "the 5th of May"
    if text.fw(m) == "of" {
        m += 1;
    }
    // "15 février2013": a month glued to its year, as a slip of typing leaves it.
    let (month, year, end) = match calendar.month_and_year(text.fw(m)) {
        Some((month, year)) => (month, Some(year), m + 1),
        None => match month_at(text, calendar, m) {
            Some((month, len)) => {
                let (year, end) = year_at(text, m + len);
                (month, year, end)
            }
            // "ce mercredi 2 décemebre 2020": a day and a year frame a misspelt month, or one in
            // lower case where months are capitalised ("15 september 2010", as a page's stamp
            // may write it). The year is asked first: it settles most numbers at once, before any
            // edit distance.
            None => {
                let (year, end) = year_at(text, m + 1);
                let year = year?;
                let f = text.fw(m);
                let month = calendar.month(f).or_else(|| calendar.misspelt_month(f))?;
                (month, Some(year), end)
            }
        },
    };
    Some(expr(end, month, day, year, range))
}

/// The place a date closes a parenthesis with, as a list of a minister's items titles each one
/// ("… à l'issue de son audience auprès de M. X (Erbil, 23/04/2025)"): the item's place, and the
/// date is its own.
pub fn place_in_brackets(text: &Text, d: &DateExpr) -> Option<Range<usize>> {
    let comma = d.tokens.start.checked_sub(1)?;
    if !text.tokens[comma].is_punct(',') || !text.tokens.get(d.tokens.end)?.is_punct(')') {
        return None;
    }
    let open = (comma.saturating_sub(4)..comma)
        .rev()
        .find(|&k| text.tokens[k].is_punct('('))?;
    let place = open + 1..comma;
    let capitalised =
        |k: usize| text.tokens[k].is_word() && text.capitalised(k) || text.tokens[k].is_punct('-');
    (!place.is_empty() && place.clone().all(capitalised)).then_some(place)
}
