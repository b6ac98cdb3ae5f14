//! Written dates: a day and month as readouts write them (words, abbreviations, numbers, ranges,
//! a weekday before them), machine timestamps, and the dispatch's dateline.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use super::anchor::weekday_year;
use super::calendar::Calendar;
use crate::extract::lang::Words;
use crate::extract::text::Text;
use crate::model::{EventDate, Language};

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

fn starts_with_digit(folded: &str) -> bool {
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
    let m = calendar.month(text.fw(k))?;
    // "may" is a verb unless capitalised, in languages that capitalise months.
    if text.words.months_capitalised && !text.capitalised(k) {
        return None;
    }
    // The full stop of an abbreviation, not the one that ends a sentence on a month's name.
    let dot = !text.words.months.contains(&text.fw(k))
        && text
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
fn numeric_at(text: &Text, d: usize, published: Option<NaiveDate>) -> Option<(NaiveDate, usize)> {
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
    let either = text.words.month_first;
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

/// The first day of a written day or range of days at token `d` ("16", "16 et 17", "3 au 5",
/// "26-28", "premier"), and the token after it.
fn first_day(text: &Text, d: usize) -> Option<(u32, usize, bool)> {
    let f = text.fw(d);
    // "hier premier mars 2016": the first of a month written as a word.
    if text.words.day_one.contains(&f) {
        return Some((1, d + 1, false));
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
    let range = (matches!(text.fw(d + 1), "-" | "–")
        || text.words.range_joiners.contains(&text.fw(d + 1)))
        && number(text.fw(d + 2), 1..32).is_some();
    Some((day, if range { d + 3 } else { d + 1 }, range))
}

/// A written date starting at token `i`, its year mended when its weekday shows it a slip.
fn date_at(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    i: usize,
) -> Option<DateExpr> {
    written_at(text, calendar, published, i).map(|d| weekday_year(text, d, published))
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
    let wd = calendar.weekday(text.fw(i));
    // A date opens with a weekday, a number or, where the month comes first, a month: most words
    // are none of these, and are answered here.
    let opens = |f: &str| {
        starts_with_digit(f)
            || (text.words.month_first && calendar.month(f).is_some())
            || text.words.day_one.contains(&f)
    };
    if wd.is_none() && !opens(text.fw(i)) {
        return None;
    }
    let mut d = if wd.is_some() { i + 1 } else { i };
    if wd.is_some() && text.tokens.get(d).is_some_and(|t| t.is_punct(',')) {
        d += 1;
    }
    if let Some((date, end)) = numeric_at(text, d, published) {
        return Some(DateExpr {
            tokens: i..end,
            month: date.month(),
            day: date.day(),
            year: Some(date.year()),
            weekday: wd,
            range: false,
            slipped: false,
        });
    }
    if text.words.month_first {
        if let Some((month, len)) = month_at(text, calendar, d) {
            let (day, after, range) = first_day(text, d + len)?;
            let (year, end) = year_at(text, after);
            return Some(DateExpr {
                tokens: i..end,
                month,
                day,
                year,
                weekday: wd,
                range,
                slipped: false,
            });
        }
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
            // "ce mercredi 2 décemebre 2020": a day and a year frame a misspelt month.
            None => {
                let month = calendar.misspelt_month(text.fw(m))?;
                let (year, end) = year_at(text, m + 1);
                (month, Some(year?), end)
            }
        },
    };
    Some(DateExpr {
        tokens: i..end,
        month,
        day,
        year,
        weekday: wd,
        range,
        slipped: false,
    })
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

/// The written dates of a text, found once for the rules that read them (the event's date, the
/// line that dates a statement, the place a date closes a bracket with).
pub struct Dates {
    /// Every written date, in order.
    pub all: Vec<DateExpr>,
    /// The dispatch's dateline (`dateline`).
    pub dateline: Option<DateExpr>,
    /// The date a letter is signed with at its end (`signed_at`).
    pub signed: Option<DateExpr>,
    /// The months and weekdays of the text's language.
    pub(super) calendar: Calendar,
}

impl Dates {
    /// The dates of `text`, published on `published` when known.
    pub fn of(text: &Text, published: Option<NaiveDate>) -> Dates {
        let calendar = Calendar::of(text.words);
        let all = dates(text, &calendar, published);
        Dates {
            signed: signed_at(text, &all),
            all,
            dateline: dateline(text, &calendar, published),
            calendar,
        }
    }
}

/// Every written date of the text, in order.
fn dates(text: &Text, calendar: &Calendar, published: Option<NaiveDate>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.tokens.len() {
        match date_at(text, calendar, published, i) {
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
    (0..text.tokens.len()).find_map(|i| numeric_at(text, i, None).map(|(d, _)| d))
}

/// The day a post embedded in the text was put up, signed as its site signs it in every language
/// ("— Maroc Diplomatie (@MarocDiplomatie) March 30, 2022"): the page's day when it gives none.
pub(super) fn post_stamp(text: &Text) -> Option<NaiveDate> {
    let english = Words::of(Language::En);
    (2..text.tokens.len()).find_map(|k| {
        if !text.tokens[k].is_punct(')') {
            return None;
        }
        // A handle in camel case is read as several words ("@MarocDiplomatie").
        let at = (k.saturating_sub(4)..k)
            .rev()
            .find(|&h| !text.tokens[h].is_word())?;
        if !(at < k - 1 && text.tokens[at].is_punct('@')) {
            return None;
        }
        let month = english.month(text.fw(k + 1))?;
        let day = number(text.fw(k + 2), 1..32)?;
        let year = number(text.fw(k + 4), 1900..2101)?;
        (text.word(k + 3) == ",")
            .then(|| NaiveDate::from_ymd_opt(year as i32, month, day))
            .flatten()
    })
}

/// The dispatch's dateline: a date at the very start ("Bakou, 22 juillet, AZERTAC", "OTTAWA, ON, le
/// 6 avril 2025"), or at the start of one of the first lines, closed by the wire's name or the line's
/// end ("Kinshasa,17 Juin 2022(ACP).-", "Berne, Communiqué de presse, 17.08.2015", a stamp line).
/// Never a span of days ("du 5 au 8 octobre 2010" under a bulletin's name): the days an issue
/// covers, not the day a dispatch was filed.
fn dateline(text: &Text, calendar: &Calendar, published: Option<NaiveDate>) -> Option<DateExpr> {
    let first = text.sentences.first()?.tokens.clone();
    // "date 2020-06-16 ABU DHABI, …": a page's date the text opens with, labelled as one.
    let labelled = text.words.stamp_labels.contains(&text.fw(first.start));
    let mut k = first.start;
    while k < first.end.min(first.start + 8) {
        if let Some(d) = date_at(text, calendar, published, k) {
            // "Le 3 novembre, le ministre …", "On November 3, the Minister …": after a word that
            // is no place, a date the lead opens with is the event's, unless a stamp's end follows.
            let placed = k == first.start
                || labelled && k == first.start + 1
                || (first.start..k).any(|j| text.tokens[j].is_punct(','));
            return Some(d).filter(|d| !d.range && (placed || closes_dateline(text, d)));
        }
        let t = &text.tokens[k];
        if t.is_punct('(') && k > first.start && text.tokens[k - 1].is_punct(',') {
            return bracketed_stamp(text, calendar, published, k);
        }
        // "Cité du Vatican, 30 juin 2014 (VIS)": a particle may join a city's capitalised words.
        let joins = k > first.start
            && text.words.particles.contains(&text.fw(k))
            && text.capitalised(k + 1);
        let lead = t.is_punct(',')
            || text.fw(k) == "le"
            || joins
            || t.is_word() && (t.capitalised || labelled && k == first.start);
        if !lead {
            break;
        }
        k += 1;
    }
    // The first line again, when a time opens it ("11:01 / 09.10.2020"): a page's stamp.
    let line_starts =
        (0..text.tokens.len().min(200)).filter(|&k| k == 0 || text.tokens[k].newline_before);
    line_starts.take(5).find_map(|line| {
        // A stamp in a list of the page's items ("• Monday, 21 May 2018"), or a line in brackets
        // ("(Ouagadougou, 3 octobre 2020).").
        let bracketed = text.tokens[line].is_punct('(');
        let start = line + usize::from(matches!(text.fw(line), "•" | "·" | "*") || bracketed);
        // "14:43, 27 October 2025": a page's stamp may put the time first, or say what it is
        // ("Posted: 12.06.2023 09:48").
        let timed = starts_with_digit(text.fw(start)) && text.word(start + 1) == ":";
        let labelled =
            text.words.stamp_labels.contains(&text.fw(start)) && text.word(start + 1) == ":";
        // The first line was read above, but for a bracket that opens it, which no lead does.
        if line == 0 && !timed && !labelled && !bracketed {
            return None;
        }
        (start..start + 8)
            .find_map(|k| {
                if k > start && text.tokens.get(k).is_none_or(|t| t.newline_before) {
                    return None;
                }
                let d = date_at(text, calendar, published, k)?;
                let opens = text.capitalised(start) || k == start || timed || labelled;
                let closed = bracketed
                    && text
                        .tokens
                        .get(d.tokens.end)
                        .is_some_and(|t| t.is_punct(')'));
                // "Posted: 12.06.2023 09:48:00", "Published : 19 Aug 2023 10:32 PM": the time
                // after a stamp that says it is the page's; a site's clock is written alike.
                let clock = labelled
                    && starts_with_digit(text.fw(d.tokens.end))
                    && text.word(d.tokens.end + 1) == ":";
                ((closed || clock || closes_dateline(text, &d)) && opens).then_some(d)
            })
            .filter(|d| !d.range)
    })
}

/// "ABU DHABI, (Agency / WAM - 15th Jun, 2021) …": the wire's stamp in brackets after the
/// dateline's city, the date closing them; the bracket opens at token `open`.
fn bracketed_stamp(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    open: usize,
) -> Option<DateExpr> {
    (open + 1..text.tokens.len().min(open + 16))
        .take_while(|&k| !text.tokens[k].newline_before && !text.tokens[k].is_punct(')'))
        .find_map(|k| date_at(text, calendar, published, k))
        .filter(|d| d.year.is_some() && !d.range)
        .filter(|d| {
            text.tokens
                .get(d.tokens.end)
                .is_some_and(|t| t.is_punct(')'))
        })
}

/// A letter's or a telegram's closing lines, the place it was signed in over the date
/// ("Royal Palace, Stockholm" / "11 March 2022"), or a French letter's heading line, the place
/// before the date ("Paris, le 13 février 2007."): the day it was written, whatever a distributor
/// stamped at the top.
fn signed_at(text: &Text, all: &[DateExpr]) -> Option<DateExpr> {
    let line_end = |k: usize| text.tokens.get(k).is_none_or(|t| t.newline_before);
    let ends_line = |d: &&DateExpr| {
        let stop = text
            .tokens
            .get(d.tokens.end)
            .is_some_and(|t| t.is_punct('.'));
        line_end(d.tokens.end + usize::from(stop))
    };
    let place_line = |d: &&DateExpr| {
        let start = (d.tokens.start.saturating_sub(7)..d.tokens.start)
            .rev()
            .find(|&k| text.tokens[k].newline_before);
        // On the date's own line, the place ends with a comma and "le".
        let own = !text.tokens[d.tokens.start].newline_before;
        let le = usize::from(
            own && d
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|p| text.fw(p) == "le"),
        );
        let place = |start: usize| start..d.tokens.start - le;
        start.is_some_and(|start| {
            start > 0
                && place_words(text, place(start))
                && (!own || text.tokens[d.tokens.start - le - 1].is_punct(','))
        })
    };
    (all.iter().rev())
        .find(|d| {
            d.year.is_some() && !d.range && ends_line(d) && (place_line(d) || issued_in(text, d))
        })
        .cloned()
}

/// "Issued by: The Ministry of Foreign Affairs, Dar es Salaam." over a date on its own line: a
/// release closed by its issuer and the city it was issued in, after the line's last comma.
fn issued_in(text: &Text, d: &DateExpr) -> bool {
    let k = d.tokens.start;
    if k == 0 || !text.tokens[k].newline_before {
        return false;
    }
    let end = k - usize::from(text.tokens[k - 1].is_punct('.'));
    let Some(comma) = (end.saturating_sub(5)..end)
        .rev()
        .find(|&j| text.tokens[j].is_punct(',') || text.tokens[j].newline_before)
        .filter(|&j| text.tokens[j].is_punct(','))
    else {
        return false;
    };
    let city = comma + 1..end;
    // A city's name may hold a short particle in lower case ("Dar es Salaam", "Porto-Novo").
    let word = |j: usize| {
        let t = &text.tokens[j];
        t.is_word() && (t.capitalised || text.word(j).chars().count() <= 3)
    };
    !city.is_empty()
        && text.tokens[city.start].capitalised
        && text.tokens[city.end - 1].capitalised
        && city.clone().all(word)
}

/// Whether a date opens its sentence as a dateline does ("SINGAPORE, May 11, 2020 /PRNewswire/ --
/// Minister X spoke with Y on 28 April 2020"): after a place and a comma, closed as a stamp is.
pub(super) fn opens_as_dateline(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let before = sentence_start..d.tokens.start;
    before.len() >= 2
        && before.len() <= 6
        && text.tokens[d.tokens.start - 1].is_punct(',')
        && place_words(text, before)
        && closes_dateline(text, d)
}

/// Whether tokens `r` are capitalised words and commas, as a place written before a date is
/// ("Royal Palace, Stockholm", "SINGAPORE,"), and not empty.
fn place_words(text: &Text, r: Range<usize>) -> bool {
    !r.is_empty()
        && r.clone().all(|k| {
            let t = &text.tokens[k];
            t.is_punct(',') || t.is_word() && t.capitalised
        })
}

/// Whether what follows a date closes it as a dateline or a stamp: the line's end, a bracket, a
/// slash or a dash ("Le 31 janvier 2020 - Ottawa"), or after a comma a time or the wire's name in
/// capitals ("20 September 2021, 21:16", "YEREVAN, DECEMBER 27, ARMENPRESS."), or a time after a
/// word ("Le 16/01/2018 à 17h06"); not a clause going on.
pub(super) fn closes_dateline(text: &Text, d: &DateExpr) -> bool {
    let next = text.tokens.get(d.tokens.end);
    let stamp = text
        .word(d.tokens.end + 1)
        .starts_with(|c: char| c.is_ascii_digit())
        || wire_name(text, d.tokens.end + 1);
    timed(text, d)
        || next.is_none_or(|t| {
            t.newline_before
                || t.is_punct('(')
                || t.is_punct('/')
                || t.is_punct('–')
                // "date 2021-05-17 • Tue. May 18th, 2021": a bullet between a page's items.
                || t.is_punct('•')
                // A hyphen set apart is a dash.
                || t.is_punct('-') && !t.glued
                || t.is_punct(',') && stamp
                // "MOSCOW, December 30. /TASS/.": a full stop before the wire's name.
                || t.is_punct('.') && text.word(d.tokens.end + 1) == "/"
        })
}

/// Whether a word and a clock time follow a date ("Le 16/01/2018 à 17h06", "le 16/10/2019 à
/// 22:39"), as a page stamps the time it put a text up or changed it.
pub(super) fn timed(text: &Text, d: &DateExpr) -> bool {
    let time = text.word(d.tokens.end + 1);
    (text.tokens.get(d.tokens.end)).is_some_and(|t| t.is_word())
        && time.starts_with(|c: char| c.is_ascii_digit())
        && (time.contains('h') || text.word(d.tokens.end + 2) == ":")
}

/// Whether token `k` is a wire's name as agencies sign their datelines: a word of three capitals
/// or more ("AZERTAC", "ARMENPRESS").
pub fn wire_name(text: &Text, k: usize) -> bool {
    let word = text.word(k);
    word.chars().count() >= 3 && word.chars().all(char::is_uppercase)
}
