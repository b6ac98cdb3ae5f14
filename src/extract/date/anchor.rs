//! What a year-less date takes its year from: a full anchor, the latest such day on or before it.

use chrono::{Datelike, Days, NaiveDate};

use crate::extract::text::Text;
use crate::model::EventDate;

use super::written::number;
use super::DateExpr;

/// The latest date with this day and month on or before a full anchor.
fn with_year(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    match this {
        Some(d) if d <= anchor => Some(d),
        _ => NaiveDate::from_ymd_opt(anchor.year() - 1, month, day),
    }
}

/// A year-less date in the year of a full anchor: the latest such day on or before it. A day
/// told months before its anchor keeps no year: a page that carries a dispatch that long after it
/// is a repost, whose date says nothing of the dispatch's year.
pub(super) fn in_year_of(date: EventDate, anchor: Option<EventDate>) -> EventDate {
    match (date, anchor) {
        (EventDate::DayMonth { month, day }, Some(EventDate::Full(a))) => with_year(month, day, a)
            .filter(|d| (a - *d).num_days() <= TOLD_WITHIN_DAYS)
            .map_or(date, EventDate::Full),
        _ => date,
    }
}

/// The full day a dispatch's line was filed on: as written with its year, else in the year that
/// puts it within the days an anchor may follow it, or the day or two a page in another time
/// zone may precede it. A full date days after its anchor is no day the text was filed on, but
/// the day a copy of the page was viewed, whose header shows the day's date ("Mon, March 07,
/// 2022" over a page put up on 27 February).
pub(super) fn filed_in_year(line: EventDate, anchor: Option<EventDate>) -> Option<NaiveDate> {
    let a = anchor.and_then(|a| a.full());
    let (month, day) = match line {
        EventDate::Full(d) => {
            let viewed = a.and_then(|a| a.checked_add_days(Days::new(FILED_AFTER_PAGE_DAYS)));
            return Some(d).filter(|&d| viewed.is_none_or(|v| d <= v));
        }
        EventDate::DayMonth { month, day } => (month, day),
    };
    let a = a?;
    with_year(
        month,
        day,
        a.checked_add_days(Days::new(FILED_AFTER_PAGE_DAYS))?,
    )
    .filter(|d| (a - *d).num_days() <= TOLD_WITHIN_DAYS)
}

/// How many days after the page's date a dispatch may be dated, in the time zone it was filed in.
const FILED_AFTER_PAGE_DAYS: u64 = 2;

/// A date the text writes, as the event's: a year-less one in the year the text gives the same day
/// elsewhere, else its anchor's; a full one rid of a new year's slip.
pub(super) fn completed(
    date: EventDate,
    all: &[DateExpr],
    anchor: Option<EventDate>,
    published: Option<NaiveDate>,
) -> EventDate {
    new_year_slip(in_year_of(written_year(date, all), anchor), published)
}

/// A year-less date in the year the text writes the same day and month with elsewhere ("on March
/// 6" under a post of "March 6, 2023", "samedi 2 juin" after a visit "du 2 au 3 juin 2007"); the
/// latest, as an anniversary writes its first year before the present one ("National Day
/// (October 1, 1949 - October 1, 2024)").
pub(super) fn written_year(date: EventDate, all: &[DateExpr]) -> EventDate {
    let EventDate::DayMonth { month, day } = date else {
        return date;
    };
    (all.iter())
        .filter(|d| d.month == month && d.day == day)
        .filter_map(|d| d.year.and(d.value()))
        .max_by_key(EventDate::full)
        .unwrap_or(date)
}

/// A date of January written with the year just ended on a page published days after it ("ce
/// vendredi 6 janvier 2022" on a page of 6 January 2023): the old year, written by habit.
fn new_year_slip(date: EventDate, published: Option<NaiveDate>) -> EventDate {
    let (EventDate::Full(d), Some(p)) = (date, published) else {
        return date;
    };
    let slip = (d.month() == 1 && d.year() + 1 == p.year())
        .then(|| d.with_year(p.year()))
        .flatten()
        .filter(|&fixed| (0..=SLIP_WITHIN_DAYS).contains(&(p - fixed).num_days()));
    slip.map_or(date, EventDate::Full)
}

/// How many days before its page a date must fall, in the page's year, to be read as a slip of
/// the year.
const SLIP_WITHIN_DAYS: i64 = 7;

/// Whether a date falls months before the page's date, a year-less one put in the page's year:
/// beside the report (a photo's caption over it, "le roi lors de son discours, le mardi 29 juillet
/// 2025", "the results of the state visit on April 14-15" on a page of December), another day's.
pub(super) fn long_before(d: &DateExpr, published: Option<NaiveDate>) -> bool {
    let date = match (d.value(), published) {
        (Some(EventDate::Full(date)), Some(_)) => Some(date),
        (Some(EventDate::DayMonth { month, day }), Some(p)) => with_year(month, day, p),
        _ => None,
    };
    date.zip(published)
        .is_some_and(|(date, p)| (p - date).num_days() > TOLD_WITHIN_DAYS)
}

/// How long before its anchor a year-less day may be told and still take the anchor's year.
const TOLD_WITHIN_DAYS: i64 = 92;

/// Whether a full date falls months after the page's date: no readout reports a day to come that
/// far ahead, so it is a slip of the year or another page's date caught with the text (a photo's
/// caption of years later).
pub(super) fn long_after(d: &DateExpr, published: Option<NaiveDate>) -> bool {
    match (d.value(), published) {
        (Some(EventDate::Full(date)), Some(p)) => (date - p).num_days() > TOLD_WITHIN_DAYS,
        _ => false,
    }
}

/// Whether a full date lies beyond the days a page may report an exchange on: after the page's
/// date by more than a day (one to come: "who will be sworn in on January 20, 2021"), or years
/// before it (an occasion's or an earlier event's: "the founding of the Republic on 1 October
/// 1949"); a page may be put up a year after the exchange it reports.
pub(super) fn off_the_page(d: &DateExpr, published: Option<NaiveDate>) -> bool {
    after_the_page(d, published)
        || match (d.value(), published) {
            (Some(EventDate::Full(date)), Some(p)) => (p - date).num_days() > PAGE_LAGS_DAYS,
            _ => false,
        }
}

/// Whether a full date falls more than a day after the page's date: one to come, or, told as done,
/// one that shows the page's stamp a slip.
pub(super) fn after_the_page(d: &DateExpr, published: Option<NaiveDate>) -> bool {
    match (d.value(), published) {
        (Some(EventDate::Full(date)), Some(p)) => (date - p).num_days() > 1,
        _ => false,
    }
}

/// How long after the exchange it reports a page may be put up.
const PAGE_LAGS_DAYS: i64 = 731;

/// Whether a date falls days after the day a dispatch was filed or a letter signed (`line`): a day
/// to come ("will be held in Baku on March 13" under "Baku, March 12"), never the one it reports.
/// A year-less side is put in the other's year; a date in the next year is not told apart.
pub(super) fn after_line(d: &DateExpr, line: Option<&DateExpr>) -> bool {
    let Some(l) = line else {
        return false;
    };
    let year = d.year.or(l.year).unwrap_or(2000);
    let on = |x: &DateExpr| NaiveDate::from_ymd_opt(x.year.unwrap_or(year), x.month, x.day);
    match (on(d), on(l)) {
        (Some(date), Some(filed)) => (1..=TOLD_WITHIN_DAYS).contains(&(date - filed).num_days()),
        _ => false,
    }
}

/// Whether a full date falls months before the day a dispatch was filed (`line`) without a year,
/// put in the date's year ("MOSCOW, November 20" over "when X visited Moscow on February 3,
/// 2022"): an earlier event's.
pub(super) fn long_before_line(d: &DateExpr, line: Option<&DateExpr>) -> bool {
    let (Some(l), Some(year)) = (line.filter(|l| l.year.is_none()), d.year) else {
        return false;
    };
    let on = |x: &DateExpr| NaiveDate::from_ymd_opt(year, x.month, x.day);
    match (on(d), on(l)) {
        (Some(date), Some(filed)) => (filed - date).num_days() > TOLD_WITHIN_DAYS,
        _ => false,
    }
}

/// A full date whose weekday its year contradicts ("ce vendredi 16 juin 2033", a Thursday): the
/// year is a slip, mended to the page's or to another year the text writes ("01 juin 2023") that
/// gives the day its weekday; or the month is, on a page put up that month, days after the day
/// ("ce mercredi 20 juin 2021" on a page of Wednesday 20 October 2021). With neither, the weekday
/// may as well be the slip ("jeudi 23 octobre 2019", a Wednesday): the date stays as written,
/// but in January, where the old year is the one a hand writes out of habit ("dimanche 9 janvier
/// 2021", a Sunday in 2022).
pub(super) fn weekday_year(text: &Text, d: DateExpr, published: Option<NaiveDate>) -> DateExpr {
    let (Some(year), Some(weekday)) = (d.year, d.weekday) else {
        return d;
    };
    if NaiveDate::from_ymd_opt(year, d.month, d.day).is_none_or(|date| date.weekday() == weekday) {
        return d;
    }
    // Looked for only on a mismatch, which is rare: a scan of the text's numbers.
    let written = (0..text.tokens.len()).filter_map(|k| number(text.fw(k), 1900..2101));
    let years = published.map(|p| p.year()).into_iter();
    let fits = |y: i32| {
        NaiveDate::from_ymd_opt(y, d.month, d.day).is_some_and(|date| date.weekday() == weekday)
    };
    let new_year = (d.month == 1).then_some(year + 1).filter(|&y| fits(y));
    let mended = (years.chain(written.map(|y| y as i32)).chain(new_year)).find(|&y| fits(y));
    let page_month = || {
        let p = published?;
        NaiveDate::from_ymd_opt(p.year(), p.month(), d.day).filter(|&date| {
            date.weekday() == weekday && (0..=SLIP_WITHIN_DAYS).contains(&(p - date).num_days())
        })
    };
    match (mended, page_month()) {
        (Some(y), _) => DateExpr {
            year: Some(y),
            slipped: true,
            ..d
        },
        (None, Some(date)) => DateExpr {
            year: Some(date.year()),
            month: date.month(),
            slipped: true,
            ..d
        },
        (None, None) => d,
    }
}

/// The date a text says it was published on ("The following press release was published by the
/// Office of the Spokesperson on Aug. 29, 2021."), within a few words of the saying: a full date
/// where one is so written, else a day and month ("… was published … on March 9").
pub(super) fn stated_publication(text: &Text, all: &[DateExpr]) -> Option<EventDate> {
    let stated = all.iter().filter(|d| {
        let sentence = &text.sentences[text.sentence_of(d.tokens.start)];
        let from = (d.tokens.start.saturating_sub(PUBLISHER_WORDS)).max(sentence.tokens.start);
        (from..d.tokens.start).any(|k| text.words.dates.publication.contains(&text.fw(k)))
    });
    (stated.clone().find(|d| d.year.is_some()))
        .or_else(|| stated.clone().next())
        .and_then(DateExpr::value)
}

/// How far before its date a text may say it was published: past the name of the office that
/// put it out ("published by the U.S. Department of State, Bureau of European and Eurasian
/// Affairs on March 9").
const PUBLISHER_WORDS: usize = 20;

/// The full date of the last title before token `before` ("PM call with President Zelenskyy of
/// Ukraine: 3 January 2023"): the release's own, from which its "yesterday" counts back, whatever
/// day a copy of it was `published`. A copy follows its release by days, not years: a line dated
/// long before the page ("X and Y in April 14, 2023" over a photo) tells of another day.
pub(super) fn title_date<'a>(
    text: &Text,
    all: &'a [DateExpr],
    before: usize,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, &'a DateExpr)> {
    let in_title = |k: usize| (text.sentences.iter()).any(|s| s.heading && s.tokens.contains(&k));
    let a_copy_of = |date: NaiveDate| {
        published.is_none_or(|p| (0..=COPIED_WITHIN_DAYS).contains(&(p - date).num_days()))
    };
    all.iter()
        // A span of days ("du 5 au 8 octobre 2010") is an issue's, not a release's own day.
        .filter(|d| !d.range && d.tokens.start < before && d.year.is_some())
        .filter(|d| in_title(d.tokens.start))
        .filter_map(|d| Some((d.value()?.full()?, d)))
        .rfind(|&(date, _)| a_copy_of(date))
}

/// How many days after its release a copy of it may be published.
const COPIED_WITHIN_DAYS: i64 = 31;
