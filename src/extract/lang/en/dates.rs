//! English dates: months, their abbreviations, weekdays, and the disasters and milestones whose
//! day a date may be instead of the exchange's.

use chrono::Weekday;

use crate::extract::lang::{CutPhrases, DateWords, WordList};

pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Abbreviated months, as datelines write them ("Sept. 30", "Jan 4").
pub(super) const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub(super) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// "the earthquake that struck X on August 11": a disaster's day, not the exchange's.
pub(super) const DISASTERS: &[&str] = &[
    "earthquake",
    "quake",
    "attack",
    "attacks",
    "bombing",
    "blast",
    "explosion",
    "shooting",
    "floods",
    "flooding",
    "cyclone",
    "hurricane",
    "typhoon",
    "storm",
    "tsunami",
    "fire",
    "landslide",
    "crash",
    "accident",
    "disaster",
    "tragedy",
];

/// Events whose dates a readout recalls beside its own ("the establishment of diplomatic
/// relations on 5 May 1994").
pub(super) const MILESTONES: &[&str] = &[
    "establishment",
    "founding",
    "foundation",
    "independence",
    "signing",
    "birth",
    "anniversary",
    "became",
    "elected",
    "election",
    "elections",
    "referendum",
    "inauguration",
    "sworn",
    "attack",
    "attacks",
    // A deadline's day: "the period that expires on October 31".
    "deadline",
    "expires",
];

pub(super) const DATES: DateWords = DateWords {
    months: MONTHS,
    month_abbreviations: MONTH_ABBREVIATIONS,
    months_capitalised: true,
    month_first: true,
    comma_before_year: true,
    range_joiners: WordList::new(&["and", "to"]),
    weekdays: WEEKDAYS,
    relative_days: &[("yesterday", 1), ("today", 0), ("tonight", 0)],
    // "the day before" is two words, too often another day's.
    occasions: WordList::new(&["occasion"]),
    // Not "updated": a page may be updated days after it reports.
    // "date 2021-06-24 Minister X, in a conversation held (21 June) …": a page's date, labelled.
    stamp_labels: WordList::new(&["posted", "published", "date"]),
    eves: WordList::new(&[]),
    foreign_before: WordList::new(&[
        "since", "until", "till", "before", "after", "born", "died", "to", "through", "by",
        "tomorrow",
    ]),
    day_parts: WordList::new(&[]),
    date_articles: WordList::new(&["on"]),
    days_in_words: &[],
    foreign_after: WordList::new(&["next"]),
    publication: WordList::new(&["published", "posted"]),
    departures: WordList::new(&[]),
    past_after: WordList::new(&["last"]),
    // "had" is as often the simple past of "have" ("had a phone call").
    pluperfect: WordList::new(&[]),
    future: WordList::new(&["will", "shall"]),
    future_endings: WordList::new(&[]),
    not_future: WordList::new(&[]),
    // "the earthquake that struck X on August 11": the disaster's day, not the exchange's.
    acts: WordList::new(&["committed", "perpetrated", "struck", "hit", "occurred"]),
    disasters: WordList::new(DISASTERS),
    elected: WordList::new(&["elected", "re-elected"]),
    deaths: WordList::new(&[
        "died",
        "dies",
        "death",
        "deaths",
        "passed",
        "passing",
        "killed",
        "succumbed",
        "perished",
        "demise",
    ]),
    learned: WordList::new(&["learned", "learnt"]),
    next_day: CutPhrases::new(&[
        "the following day",
        "the following morning",
        "the following evening",
        "the next day",
        "the next morning",
    ]),
    same_day: CutPhrases::new(&[
        "that afternoon",
        "that evening",
        "that morning",
        "later that day",
        "that same day",
        "the same day",
        "later the same day",
    ]),
    recalls: CutPhrases::new(&[
        "it will be recalled",
        "it may be recalled",
        "it is recalled",
        "it would be recalled",
        "recall that",
    ]),
    eve_of_exchange: CutPhrases::new(&[
        "on the eve of the meeting",
        "on the eve of the talks",
        "on the eve of the visit",
        "the day before the meeting",
        "the day before the talks",
    ]),
    month_openers: WordList::new(&["in"]),
    periods: WordList::new(&[
        "end",
        "beginning",
        "start",
        "middle",
        "mid",
        "week",
        "weeks",
        "weekend",
        "week-end",
        "month",
        "year",
        "day",
        "days",
        "morning",
        "noon",
        "midday",
        "afternoon",
        "evening",
        "night",
        "hour",
        "hours",
        "earlier",
        "later",
        "last",
        "past",
        "previous",
        "recently",
        "early",
        "late",
        "overnight",
    ]),
    time_glue: WordList::new(&[
        "this", "that", "the", "of", "on", "in", "at", "during", "over", "a", "an", "same",
    ]),
};
