//! French: the words the extractor was first written for, kept beside the modules that read them.

use super::Words;
use crate::extract::people::words::{HONORIFICS, NOT_NAMES, PARTICLES, ROLES, TITLE_STOPS};
use crate::extract::{date, kind, participants, place, secondary};

pub(super) static WORDS: Words = Words {
    months: date::MONTHS,
    month_abbreviations: &date::MONTH_ABBREVIATIONS,
    months_capitalised: false,
    month_first: false,
    comma_before_year: false,
    range_joiners: &["et", "au"],
    weekdays: date::WEEKDAYS,
    relative_days: &[("hier", 1), ("avant-hier", 2)],
    foreign_before: date::FOREIGN_BEFORE,
    foreign_after: &["prochain", "prochaine"],
    milestones: date::MILESTONES,
    roles: ROLES,
    honorifics: HONORIFICS,
    particles: PARTICLES,
    not_names: NOT_NAMES,
    title_stops: TITLE_STOPS,
    surnames_under_titles: false,
    country_after_name: &[],
    title_modifiers: &[
        "premier", "premiere", "nouveau", "nouvelle", "ancien", "ancienne", "vice", "-",
    ],
    titles_capitalised: false,
    title_determiners: &[
        "le", "la", "l'", "les", "son", "sa", "ses", "leur", "au", "aux", "du", "des", "a", "de",
        "d'",
    ],
    verbs_after_name: &["a", "s'", "ont", "et", "se"],
    with: "avec",
    cues: kind::CUES,
    aside_cues: participants::ASIDE_CUES,
    cut_phrases: participants::CUT_PHRASES,
    secondary_markers: secondary::MARKERS,
    place_prepositions: &["à"],
    unknown_places: true,
    venues: &["palais"],
    venue_joiners: &["de", "d'"],
    not_places: place::NOT_PLACES,
};
