//! Relative days ("hier", "mardi", "ce jour", "yesterday") and their resolution against an anchor.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::extract::text::Text;
use crate::model::EventDate;

use super::calendar::Calendar;
use super::foreign::{follows_an_act, names_an_exchange};
use super::written::number;

/// A relative day in a sentence: days back from the anchor, or a weekday and days back from it.
#[derive(Clone, Copy)]
pub(super) enum Relative {
    DaysBack(u64),
    Weekday(Weekday, u64),
    /// A weekday put in the past ("lundi dernier"): the last one before the anchor's day, never it.
    LastWeekday(Weekday, u64),
    /// A day of the month written alone ("on the 7th"): the last one so numbered up to the
    /// anchor's day, then days back from it.
    MonthDay(u32, u64),
}

impl Relative {
    /// The day before this one ("la veille" of a day the sentence names).
    fn eve(self) -> Relative {
        self.back(1)
    }

    /// The day `days` before this one.
    fn back(self, days: u64) -> Relative {
        match self {
            Relative::DaysBack(n) => Relative::DaysBack(n + days),
            Relative::Weekday(w, n) => Relative::Weekday(w, n + days),
            Relative::LastWeekday(w, n) => Relative::LastWeekday(w, n + days),
            Relative::MonthDay(d, n) => Relative::MonthDay(d, n + days),
        }
    }
}

/// "X a achevé, lundi, une visite de trois jours", "X wrapped up a three-day visit on Monday":
/// the day a visit of so many days is told to end on is its last; the exchanges it reports were
/// held during it, dated by its first day, so many days before. Asked only of a day named.
fn visit_opened(text: &Text, k: usize, tokens: &Range<usize>, rel: Relative) -> Relative {
    let words = text.words;
    let from = k.saturating_sub(VISIT_END_WORDS).max(tokens.start);
    let to = (k + VISIT_END_WORDS).min(tokens.end);
    let ended = (from..k).any(|j| words.dates.visit_ends.contains(&text.fw(j)));
    if !ended || !(from..to).any(|j| words.visits.contains(&text.fw(j))) {
        return rel;
    }
    match (from..to).find_map(|j| visit_days(text, j)) {
        Some(days) if days > 1 => rel.back(u64::from(days) - 1),
        _ => rel,
    }
}

/// How many words around a day may tell the visit it ends and its length ("a achevé, lundi, une
/// visite d'amitié et de travail de trois jours", "wrapped up his three-day state visit to X on").
const VISIT_END_WORDS: usize = 12;

/// The days a visit's length at token `k` counts: "trois jours", "3 days", "three-day".
fn visit_days(text: &Text, k: usize) -> Option<u32> {
    let words = text.words;
    let count = |w: &str| {
        (words.counts.iter().find(|(c, _)| *c == w).map(|&(_, n)| n)).or_else(|| number(w, 2..32))
    };
    let f = text.fw(k);
    if let Some((n, unit)) = f.split_once('-') {
        return count(n).filter(|_| words.dates.day_units.contains(&unit));
    }
    (k > 0 && words.dates.day_units.contains(&f))
        .then(|| count(text.fw(k - 1)))
        .flatten()
}

/// A day named beside a visit's end ("est rentré ce samedi", "samedi au départ") is its last, not
/// the event's.
fn ends_a_visit(text: &Text, k: usize, tokens: &Range<usize>) -> bool {
    let from = k.saturating_sub(2).max(tokens.start);
    let to = (k + 3).min(tokens.end);
    (from..to).any(|j| text.words.dates.departures.contains(&text.fw(j)))
}

/// Whether the day at token `k` is told by an arrival a few words before it, in its own clause
/// ("arrivé lundi soir", "arrived in Brussels on Monday").
fn told_by_arrival(text: &Text, k: usize, tokens: &Range<usize>) -> bool {
    let from = k.saturating_sub(ARRIVAL_WORDS).max(tokens.start);
    (from..k)
        .rev()
        .take_while(|&j| text.tokens[j].is_word())
        .any(|j| text.words.arrivals.contains(&text.fw(j)))
}

/// Whether the day at token `k` is written in its sentence's opening clause after a word of arrival
/// or return ("Revenu au pays ce mercredi 9 novembre, X a reçu …", "Having arrived on 3 May, X
/// met …"): the journey's day, not the exchange's, where the sentence writes another after it.
pub(super) fn in_arrival_clause(text: &Text, k: usize, start: usize) -> bool {
    let words = text.words;
    !(start..k).any(|j| text.tokens[j].is_punct(','))
        && (start..k).any(|j| {
            let w = text.fw(j);
            words.arrivals.contains(&w) || words.dates.departures.contains(&w)
        })
}

/// Whether the sentence of token `k` tells an arrival before it ("X arrived in the country
/// yesterday, Sunday 13 December").
pub(super) fn arrival_before(text: &Text, k: usize) -> bool {
    let s = &text.sentences[text.sentence_of(k)];
    (s.tokens.start..k).any(|j| text.words.arrivals.contains(&text.fw(j)))
}

/// How far before the day it tells an arrival's word may stand ("arrived in the capital on").
const ARRIVAL_WORDS: usize = 5;

/// A day in the possessive dates the noun after it ("in last Friday's poll", "yesterday's
/// attack"): the exchange's only where that noun, or the next word past one that qualifies it,
/// names one ("Friday's talks", "Thursday's morning meeting"). `None` where the day at `k` is in
/// no possessive, else whether the noun it dates is an exchange.
fn possessed(text: &Text, k: usize) -> Option<bool> {
    (text.possessive(k + 1))
        .then(|| (k + 3..k + 5).any(|j| names_an_exchange(text.words, text.fw(j))))
}

/// A day after the genitive dates the noun before it, as the possessive does in English ("depuis
/// le tremblement de terre de mardi", "le scrutin de dimanche", "la séance d'hier"): not the
/// exchange's, unless that noun, or the one an adjective follows, names it or a visit ("la
/// rencontre officielle de lundi", "les entretiens de ce mardi"), a part or stretch of the day
/// ("dans la soirée de lundi", "la journée d'hier"), or a gathering on whose margins it was held
/// ("en marge du sommet de samedi").
fn of_another_noun(text: &Text, k: usize, start: usize) -> bool {
    let words = text.words;
    let before = |n: usize| k.checked_sub(n).filter(|&p| p >= start);
    let this = usize::from(before(1).is_some_and(|p| matches!(text.fw(p), "ce" | "cet" | "this")));
    // "du mardi au jeudi" opens a span, which is asked elsewhere.
    let genitive = before(1 + this).is_some_and(|p| matches!(text.fw(p), "de" | "d'" | "of"));
    let Some(noun) = before(2 + this).filter(|&p| genitive && text.tokens[p].is_word()) else {
        return false;
    };
    let own = |p: usize| {
        let w = text.fw(p);
        names_an_exchange(words, w)
            || words.visits.contains(&w)
            || words.dates.day_parts.contains(&w)
            || words.dates.periods.contains(&w)
    };
    let margins = (start..noun).any(|p| words.margins.contains(&text.fw(p)));
    !(own(noun) || noun > start && own(noun - 1) || margins)
}

/// A day right after a verb of report ("a indiqué son cabinet mercredi") dates the report.
pub(super) fn dates_a_report(text: &Text, k: usize, tokens: &Range<usize>) -> bool {
    let from = k.saturating_sub(4).max(tokens.start);
    (from..k).any(|j| text.words.reporting_verbs.contains(&text.fw(j)))
}

/// The weekday a verb of report dates the report on, past the day at token `k` that the sentence
/// tells its exchange on ("X met Y on Monday, the ministry said on Tuesday", "X a reçu Y lundi, a
/// indiqué mardi la présidence").
pub(super) fn report_weekday(
    text: &Text,
    calendar: &Calendar,
    k: usize,
    tokens: &Range<usize>,
) -> Option<Weekday> {
    (k + 1..tokens.end).find_map(|j| match day_at(text, calendar, j) {
        Some(Relative::Weekday(w, 0)) if dates_a_report(text, j, tokens) => Some(w),
        _ => None,
    })
}

/// The first verb of report between tokens `from` and `to` ("In a statement on Thursday, the
/// ministry said X and Y spoke on Wednesday"), which tells the exchange after it.
pub(super) fn report_verb_between(text: &Text, from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| text.words.reporting_verbs.contains(&text.fw(k)))
}

/// Whether the words from token `k` to the event's cue at `cue` tell the exchange as done before
/// the report ("a annoncé samedi avoir eu un entretien", "said on Wednesday he had talks").
/// With no cue, the rest of the sentence `tokens`.
fn done_before(text: &Text, k: usize, cue: usize, tokens: &Range<usize>) -> bool {
    (k + 1..cue.saturating_add(1).min(tokens.end))
        .any(|j| text.words.done_before_report.contains(&text.fw(j)))
}

/// Whether sentence `tokens` dates its report, not the exchange it tells as done before it (its
/// cue at `cue`): "a annoncé samedi avoir eu un entretien", "said on Wednesday he had talks". The
/// dispatch's day is the report's too.
pub(super) fn reported_after(
    text: &Text,
    calendar: &Calendar,
    tokens: Range<usize>,
    cue: usize,
) -> bool {
    tokens.clone().any(|k| {
        day_at(text, calendar, k).is_some()
            && dates_a_report(text, k, &tokens)
            && done_before(text, k, cue, &tokens)
    })
}

/// The first relative day in `tokens`; a day that dates a report after token `reports_from` is not
/// taken: anywhere in a sentence only near the event's, after the cue of the event in its own
/// ("X held talks with Y, the ministry said Friday"; but "a déclaré mardi X lors de sa rencontre"),
/// or before the cue when the report tells the exchange as done ("said Friday he had talks").
pub(super) fn relative(
    text: &Text,
    calendar: &Calendar,
    tokens: Range<usize>,
    reports_from: usize,
) -> Option<(usize, Relative)> {
    for k in tokens.clone() {
        let f = text.fw(k);
        let next = text.fw(k + 1);
        let words = text.words;
        // "accueilli la veille", beside the day it is the eve of; "à la veille du sommet" is
        // another event's eve.
        let eve = words.dates.eves.contains(&f) && !of_another_event(next);
        let day = if eve { None } else { day_at(text, calendar, k) };
        // Most words name no day: the words around one are read only then.
        if !eve && day.is_none() {
            continue;
        }
        let prev = |n: usize| {
            k.checked_sub(n)
                .filter(|&p| p >= tokens.start)
                .map_or("", |p| text.fw(p))
        };
        if words.dates.foreign_before.contains(&prev(1))
            // "depuis ce lundi", "en visite jusqu'à samedi": the start or end of a stay.
            || matches!(prev(2), "depuis" | "jusqu'")
            || words.dates.foreign_after.contains(&next)
            || words.dates.foreign_after.contains(&prev(1))
            || ends_a_visit(text, k, &tokens)
            // "X, arrivé lundi soir en Belgique, a été accueilli mardi": the arrival's day,
            // beside the one the sentence tells its exchange on.
            || told_by_arrival(text, k, &tokens)
                && relative(text, calendar, k + 1..tokens.end, reports_from).is_some()
            // "In a statement on Thursday, the ministry said X and Y spoke on Wednesday": a day
            // before the verb of report that tells the exchange, with another past that verb.
            || reports_from <= tokens.end
                && report_verb_between(text, k + 1, reports_from).is_some_and(|v| {
                    relative(text, calendar, v + 1..tokens.end, reports_from).is_some()
                })
            || possessed(text, k) == Some(false)
            || of_another_noun(text, k, tokens.start)
            || words.dates.elected.contains(&prev(1))
            || follows_an_act(text, k, tokens.start)
            // "the ministry said following Thursday's phone talks": the talks' day, not the report's.
            || (dates_a_report(text, k, &tokens)
                && possessed(text, k) != Some(true)
                && (k > reports_from || done_before(text, k, reports_from, &tokens)))
        {
            continue;
        }
        match day {
            Some(rel) => return Some((k, visit_opened(text, k, &tokens, rel))),
            None => {
                let named =
                    (tokens.clone()).find_map(|j| day_at(text, calendar, j).filter(|_| j != k));
                if let Some(day) = named {
                    return Some((k, day.eve()));
                }
            }
        }
    }
    None
}

/// The day named at token `k`, whatever event it dates: "hier", "aujourd'hui", "ce soir",
/// "mardi" (not "mardi 3 mai", a written date).
fn day_at(text: &Text, calendar: &Calendar, k: usize) -> Option<Relative> {
    let words = text.words;
    let f = text.fw(k);
    let prev = k.checked_sub(1).map_or("", |p| text.fw(p));
    let next = text.fw(k + 1);
    if let Some(&(_, back)) = words.dates.relative_days.iter().find(|(w, _)| *w == f) {
        return Some(today_named(text, calendar, k + 1, back));
    }
    match f {
        "aujourd'" if next == "hui" => Some(today_named(text, calendar, k + 2, 0)),
        "jour" | "matin" | "soir" | "apres-midi" if matches!(prev, "ce" | "cet") => {
            Some(Relative::DaysBack(0))
        }
        "morning" | "afternoon" | "evening" if prev == "this" => Some(Relative::DaysBack(0)),
        // "last night", and "last afternoon" as South Asian English says it; not "the last
        // morning of the visit".
        "night" | "evening" | "afternoon" | "morning"
            if prev == "last" && k.checked_sub(2).is_none_or(|p| text.fw(p) != "the") =>
        {
            Some(Relative::DaysBack(1))
        }
        // "held a video meeting on the 7th", as wires translated from Chinese write it: a day of
        // the dispatch's month; "on the 7th of May" and "on the 75th anniversary" are not.
        _ if prev == "the"
            && k.checked_sub(2).is_some_and(|p| text.fw(p) == "on")
            && !f.bytes().all(|b| b.is_ascii_digit())
            && (text.tokens.get(k + 1)).is_none_or(|t| !t.is_word() || next == "local") =>
        {
            number(f, 1..32).map(|d| Relative::MonthDay(d, 0))
        }
        // The weekday of each token is worked out once per text (`Calendar::of_text`).
        _ => calendar
            .weekday_at(k)
            // "Tuesday, 9 May 2023", "Saturday, May 12, 2018" are written dates, their comma
            // aside.
            .filter(|_| {
                let day = if next == "," { text.fw(k + 2) } else { next };
                number(day, 1..32).is_none() && calendar.month(day).is_none()
            })
            .map(|w| match words.dates.past_after.contains(&next) {
                true => Relative::LastWeekday(w, 0),
                false => Relative::Weekday(w, 0),
            }),
    }
}

/// "aujourd'hui mercredi", "today, Wednesday": the weekday written at token `k`, after a day
/// `back` days before the anchor, names that day, which a copy of the dispatch may follow.
fn today_named(text: &Text, calendar: &Calendar, k: usize, back: u64) -> Relative {
    let k = k + usize::from(text.tokens.get(k).is_some_and(|t| t.is_punct(',')));
    match calendar.weekday_at(k) {
        Some(w) if back == 0 && number(text.fw(k + 1), 1..32).is_none() => Relative::Weekday(w, 0),
        _ => Relative::DaysBack(back),
    }
}

/// The day a weekday names among the days a span of them opens on `start` ("en visite du 3 au 5
/// mars 2019, a été reçu lundi"): the first such weekday from it.
pub(super) fn within_span(rel: &Relative, start: NaiveDate) -> Option<EventDate> {
    match rel {
        Relative::Weekday(_, 0) => resolve_relative(rel, EventDate::Full(start + Days::new(6))),
        _ => None,
    }
}

pub(super) fn resolve_relative(rel: &Relative, anchor: EventDate) -> Option<EventDate> {
    match (rel, anchor) {
        (Relative::DaysBack(n), EventDate::Full(a)) => {
            a.checked_sub_days(Days::new(*n)).map(EventDate::Full)
        }
        (Relative::Weekday(w, before), EventDate::Full(a)) => {
            let back = (a.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
            a.checked_sub_days(Days::new(u64::from(back) + before))
                .map(EventDate::Full)
        }
        (Relative::LastWeekday(w, before), EventDate::Full(a)) => resolve_relative(
            &Relative::Weekday(*w, *before),
            EventDate::Full(a.pred_opt()?),
        ),
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
        (Relative::MonthDay(d, before), EventDate::Full(a)) => {
            let month_back = if *d <= a.day() {
                a
            } else {
                a.checked_sub_months(Months::new(1))?
            };
            (month_back.with_day(*d)?)
                .checked_sub_days(Days::new(*before))
                .map(EventDate::Full)
        }
        // A leap year, so that the 29th of February is a day.
        (Relative::MonthDay(..), EventDate::DayMonth { month, day }) => {
            match resolve_relative(
                rel,
                EventDate::Full(NaiveDate::from_ymd_opt(2000, month, day)?),
            )? {
                EventDate::Full(d) => Some(EventDate::DayMonth {
                    month: d.month(),
                    day: d.day(),
                }),
                day_month => Some(day_month),
            }
        }
        (Relative::Weekday(..) | Relative::LastWeekday(..), EventDate::DayMonth { .. }) => None,
    }
}

/// Whether a word after the name of a day counted from another ("la veille du sommet", "le
/// lendemain de son élection", "on the eve of") makes it that other event's.
pub(super) fn of_another_event(word: &str) -> bool {
    matches!(word, "de" | "du" | "des" | "d'" | "of")
}
