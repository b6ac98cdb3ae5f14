//! French dates: months, their abbreviations, weekdays, and the words around a date that tell
//! whose it is.

use chrono::Weekday;

use crate::extract::lang::{CutPhrases, DateWords, WordList};

pub(super) const MONTHS: [&str; 12] = [
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

/// Abbreviated months, as datelines write them ("04 oct. 2017", "janv.").
pub(super) const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("janv", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("jan", 1),
    ("aou", 8),
];

pub(super) const WEEKDAYS: [(&str, Weekday); 7] = [
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
];

/// Words that make "du" introduce the event's own date ("dans la soirée du 5 juin", "en date du",
/// "une lettre datée du 9 novembre").
pub(super) const DAY_PARTS: &[&str] = &[
    "date",
    "datee",
    "datees",
    "journee",
    "soir",
    "soiree",
    "matin",
    "matinee",
    "apres-midi",
    "nuit",
    "mi-journee",
];

/// Words before a date that make it another event's or a span's ("depuis le", "du 26 au 28").
pub(super) const FOREIGN_BEFORE: &[&str] = &[
    "depuis", "au", "jusqu'au", "jusqu'", "avant", "apres", "decede", "decedee", "ne", "nee",
    "demain",
];

/// Events whose dates a readout recalls beside its own: "l'établissement des relations
/// diplomatiques, le 5 mai 1994".
pub(super) const MILESTONES: &[&str] = &[
    "etablissement",
    "fondation",
    "creation",
    "independance",
    "signature",
    "naissance",
    "fonction",
    "fonctions",
    "election",
    "deces",
    // "ce sommet prévu pour les 17 et 18 février": an event scheduled, not held.
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    // A deadline's day: "le délai constitutionnel qui expire le 31 octobre".
    "delai",
    "echeance",
    "expire",
];

/// Past participles of a report ("a indiqué son cabinet mercredi matin") and the press it is made to.
pub(super) const REPORTING_VERBS: &[&str] = &[
    "indique",
    "annonce",
    "precise",
    "rapporte",
    "declare",
    "ajoute",
    "affirme",
    "explique",
    "confie",
    "souligne",
    "appris",
    "communique",
    // "lors d'un point de presse, mercredi": the day the press is told, the report's.
    "presse",
];

/// Days of a month written as words, folded: a letter or a solemn text writes the day so ("en ce
/// cinq juillet 2022"); no date opens with "un".
pub(super) const DAYS_IN_WORDS: &[(&str, u32)] = &[
    ("premier", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("dix-sept", 17),
    ("dix-huit", 18),
    ("dix-neuf", 19),
    ("vingt", 20),
    ("vingt-et-un", 21),
    ("vingt-deux", 22),
    ("vingt-trois", 23),
    ("vingt-quatre", 24),
    ("vingt-cinq", 25),
    ("vingt-six", 26),
    ("vingt-sept", 27),
    ("vingt-huit", 28),
    ("vingt-neuf", 29),
    ("trente", 30),
    ("trente-et-un", 31),
];

/// The numbers a title counts ("les deux présidents"), two to ten, written as the days are.
pub(super) const COUNTS: &[(&str, u32)] = DAYS_IN_WORDS.split_at(10).0.split_at(1).1;

pub(super) const DATES: DateWords = DateWords {
    months: MONTHS,
    month_abbreviations: &MONTH_ABBREVIATIONS,
    months_capitalised: false,
    month_first: false,
    comma_before_year: false,
    range_joiners: WordList::new(&["et", "au"]),
    weekdays: WEEKDAYS,
    relative_days: &[("hier", 1), ("avant-hier", 2)],
    occasions: WordList::new(&["occasion"]),
    // "date 2019-10-16 Le ministre X …": a page's date, labelled.
    stamp_labels: WordList::new(&["publie", "publiee", "poste", "date"]),
    eves: WordList::new(&["veille"]),
    day_parts: WordList::new(DAY_PARTS),
    date_articles: WordList::new(&["le", "du"]),
    days_in_words: DAYS_IN_WORDS,
    foreign_before: WordList::new(FOREIGN_BEFORE),
    foreign_after: WordList::new(&["prochain", "prochaine"]),
    past_after: WordList::new(&["dernier", "derniere"]),
    pluperfect: WordList::new(&["avait", "avaient"]),
    future: WordList::new(&["sera", "seront", "devra", "devront", "doit", "doivent"]),
    future_endings: WordList::new(&["ra", "ront"]),
    not_future: WordList::new(&[
        "cholera", "camera", "diaspora", "fora", "opera", "extra", "ultra", "front",
    ]),
    disasters: WordList::new(&[
        "seisme",
        "tremblement",
        "attentat",
        "attentats",
        "attaque",
        "attaques",
        "explosion",
        "fusillade",
        "inondations",
        "cyclone",
        "ouragan",
        "typhon",
        "tempete",
        "tsunami",
        "incendie",
        "glissement",
        "naufrage",
        "crash",
        "accident",
        "catastrophe",
        "drame",
        "tragedie",
    ]),
    acts: WordList::new(&[
        "survenu",
        "survenue",
        "survenus",
        "survenues",
        "commis",
        "commise",
        "commises",
        "perpetre",
        "perpetree",
        "perpetres",
        "perpetrees",
        "adopte",
        "adoptee",
        "adoptes",
        "adoptees",
        "signe",
        "signee",
        "signes",
        "signees",
        "conclu",
        "conclue",
        "conclus",
        "preside",
        "presidee",
    ]),
    elected: WordList::new(&["elu", "elue", "elus", "reelu", "reelue"]),
    deaths: WordList::new(&[
        "mort",
        "morte",
        "morts",
        "decede",
        "decedee",
        "decedes",
        "deces",
        "disparu",
        "disparue",
        "disparition",
        "eteint",
        "eteinte",
        "tue",
        "tues",
        "tuee",
        "tuees",
    ]),
    learned: WordList::new(&["appris"]),
    publication: WordList::new(&["publie", "publiee"]),
    departures: WordList::new(&["rentre", "rentree", "regagne", "quitte", "depart", "retour"]),
    next_day: CutPhrases::new(&["le lendemain", "le jour suivant"]),
    same_day: CutPhrases::new(&["le meme jour", "le jour meme", "le soir meme"]),
    eve_of_exchange: CutPhrases::new(&[
        "la veille de la rencontre",
        "la veille de l'entretien",
        "la veille des entretiens",
        "la veille de la visite",
        "a la veille de la rencontre",
        "a la veille de l'entretien",
        "a la veille des entretiens",
    ]),
    recalls: CutPhrases::new(&[
        "on se rappelle",
        "on se souvient",
        "on rappelle",
        "rappelons",
        "pour rappel",
        "il convient de rappeler",
        "il faut rappeler",
    ]),
    month_openers: WordList::new(&["en"]),
};
