//! The word lists a folded word is in, told by one hash lookup (`Listed`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::lang::Words;

/// Which of a language's word lists a folded word is in (`Words::roles`, `honorifics`,
/// `title_stops`, `particles`), and whether it can be no part of a person's name: a word of the
/// language's `Words::not_names` or `named_after`, months or weekdays, or of a country's name or a place
/// (`Lexicon::listed`). Names are looked for around every token, and one hash lookup per token
/// costs less than scanning each list again and again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Listed(u8);

impl Listed {
    pub const ROLE: Listed = Listed(1);
    pub const HONORIFIC: Listed = Listed(2);
    pub const TITLE_STOP: Listed = Listed(4);
    pub const PARTICLE: Listed = Listed(8);
    /// Capitalised, still no part of a name: `Words::not_names`, `named_after`, months, weekdays.
    pub const NOT_NAME: Listed = Listed(16);
    /// A single word of a country's name or demonym, or a place.
    pub const GEO: Listed = Listed(32);
    /// The noun of a place or a body written before whom it is named after: `Words::named_before`.
    pub const NAMED_BEFORE: Listed = Listed(64);

    pub fn has(self, list: Listed) -> bool {
        self.0 & list.0 != 0
    }

    /// These lists but `list`.
    pub fn without(self, list: Listed) -> Listed {
        Listed(self.0 & !list.0)
    }
}

/// One language's listed words, by the lists each is in.
#[derive(Debug)]
pub(super) struct WordLists {
    map: HashMap<String, Listed>,
    /// Whether some listed word opens with each byte: a token no word opens like (punctuation,
    /// figures, about a third of a text's tokens) is answered without hashing it, and every
    /// token is asked about.
    first: [bool; 256],
}

impl WordLists {
    /// The lists folded word `word` is in.
    pub(super) fn get(&self, word: &str) -> Listed {
        match word.as_bytes().first() {
            Some(&b) if self.first[usize::from(b)] => {
                self.map.get(word).copied().unwrap_or_default()
            }
            _ => Listed::default(),
        }
    }
}

/// Each word of the language's lists and of places, with the lists it is in.
pub(super) fn word_lists(words: &'static Words, geo_words: &HashSet<String>) -> WordLists {
    let mut map: HashMap<String, Listed> = HashMap::default();
    let weekdays: Vec<&str> = words.dates.weekdays.iter().map(|(w, _)| *w).collect();
    // "Hier Faure Gnassingbé a reçu": a day a sentence opens with is no part of the name after it.
    let days: Vec<&str> = words.dates.relative_days.iter().map(|(w, _)| *w).collect();
    let lists = [
        (&words.roles[..], Listed::ROLE),
        (&words.honorifics[..], Listed::HONORIFIC),
        (&words.title_stops[..], Listed::TITLE_STOP),
        (&words.particles[..], Listed::PARTICLE),
        (&words.not_names[..], Listed::NOT_NAME),
        (&words.named_after[..], Listed::NOT_NAME),
        (&words.named_before[..], Listed::NAMED_BEFORE),
        // "Accompagné de ses ministres, le président X …", "Flanked by his aides, …": the words
        // that say whom a party came with open a sentence with a capital and are no name.
        (words.companions.0, Listed::NOT_NAME),
        (&words.dates.months[..], Listed::NOT_NAME),
        (&weekdays[..], Listed::NOT_NAME),
        (&days[..], Listed::NOT_NAME),
    ];
    for (list, flag) in lists {
        for &word in list {
            map.entry(word.to_string()).or_default().0 |= flag.0;
        }
    }
    for word in geo_words {
        map.entry(word.clone()).or_default().0 |= Listed::GEO.0;
    }
    let mut first = [false; 256];
    for word in map.keys() {
        if let Some(&b) = word.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    WordLists { map, first }
}

/// Words of country names and places that are also common in people's names ("Victoria Nuland",
/// "Santiago Peña", "Milan Kučan").
pub(super) const STILL_NAMES: &[&str] = &[
    "victoria",
    "milan",
    "santiago",
    "sofia",
    "maurice",
    "dominique",
    "salomon",
    "marshall",
    // The first word of a country's name of two, whose last word is still a place's ("Hong
    // Kong", "Solomon Islands"), and an abbreviation written after one ("Hong Kong SAR"): "Hong
    // Lei", "Sâr Kheng". A last word would run the country's name into the name after it ("of
    // Sierra Leone Julius Maada Bio").
    "hong",
    "sar",
    "solomon",
    "cook",
    "wallis",
    "israel",
    "jordan",
    "saint",
    "sainte",
    "san",
    "santa",
    "sao",
    "port",
    "de",
    "des",
    "la",
    "le",
    "les",
    "et",
    "du",
    "el",
    "al",
];
