//! English dates: months, their abbreviations, weekdays, and the disasters and milestones whose
//! day a date may be instead of the exchange's.

use chrono::Weekday;

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
