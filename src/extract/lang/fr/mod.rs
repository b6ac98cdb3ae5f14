//! French: every word list the extractor reads French readouts by, folded (lower case, no
//! accents); the words that tell a name from its title are in `names`, those that name an exchange in
//! `cues`.

use chrono::Weekday;

use super::{CutPhrases, Words};
use crate::extract::title::Phrasing;
use crate::model::EventKind::*;
use asides::{ASIDE_CUES, CUT_PHRASES};
use cues::CUES;
use names::{HONORIFICS, NOT_NAMES, PARTICLES, ROLES, TITLE_STOPS};

mod asides;
mod cues;
mod names;

pub(in crate::extract::lang) static WORDS: Words = Words {
    months: MONTHS,
    month_abbreviations: &MONTH_ABBREVIATIONS,
    months_capitalised: false,
    month_first: false,
    capitalised_months: false,
    comma_before_year: false,
    range_joiners: &["et", "au"],
    weekdays: WEEKDAYS,
    relative_days: &[("hier", 1), ("avant-hier", 2)],
    occasions: &["occasion"],
    // "date 2019-10-16 Le ministre X …": a page's date, labelled.
    stamp_labels: &["publie", "publiee", "poste", "date"],
    eves: &["veille"],
    day_parts: DAY_PARTS,
    day_one: &["premier"],
    foreign_before: FOREIGN_BEFORE,
    foreign_after: &["prochain", "prochaine"],
    past_after: &["dernier", "derniere"],
    pluperfect: &["avait", "avaient"],
    future: &["sera", "seront", "devra", "devront", "doit", "doivent"],
    future_endings: &["ra", "ront"],
    not_future: &[
        "cholera", "camera", "diaspora", "fora", "opera", "extra", "ultra", "front",
    ],
    disasters: &[
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
    ],
    acts: &[
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
    ],
    elected: &["elu", "elue", "elus", "reelu", "reelue"],
    deaths: &[
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
    ],
    learned: &["appris"],
    auxiliaries: &[
        "a", "ont", "avait", "avaient", "aura", "est", "sont", "ete", "etait", "etaient",
    ],
    relatives: &["qui"],
    // Folded, "où" is "ou": in a clause with a verb to come and a date, never "or".
    relatives_of_place: &["ou"],
    phrase_openers: &[
        "de", "d'", "du", "des", "le", "la", "l'", "les", "un", "une", "a", "au", "aux", "en",
        "avec", "par", "pour", "sur", "dans",
    ],
    asides_of_party: &["qui"],
    took_place: &[
        "tenu",
        "tenue",
        "tenus",
        "tenues",
        "deroule",
        "deroulee",
        "deroules",
        "deroulees",
        "lieu",
    ],
    visits: &["visite", "sejour"],
    series: &["audiences"],
    milestones: MILESTONES,
    captions: &[
        "photo",
        "photos",
        "illustration",
        "image",
        "credit",
        "credits",
        "legende",
    ],
    caption_leads: &["cette", "la", "sur", "en"],
    reporting_verbs: REPORTING_VERBS,
    done_before_report: &["avoir", "etre"],
    occasion_leads: &["lors", "cours", "durant", "pendant"],
    publication: &["publie", "publiee"],
    departures: &["rentre", "rentree", "regagne", "quitte", "depart", "retour"],
    abbreviations: ABBREVIATIONS,
    shortened_given_names: &[],
    name_suffixes: &[],
    // French names a place or a body before the person it is named after ("la Fondation X").
    named_after: &[],
    sentence_openers: SENTENCE_OPENERS,
    envoys: &["ambassadeur", "ambassadrice"],
    postings: &["au", "aux", "en"],
    representing: &["pour"],
    credentials: &["lettres de creance", "copies figurees"],
    signing: &["fait", "signe"],
    monarchs: &[
        "roi",
        "reine",
        "emir",
        "sultan",
        "prince",
        "princesse",
        "grand-duc",
        "grande-duchesse",
        // A pope is named by his name as pope alone, as a monarch is.
        "pape",
    ],
    roles: ROLES,
    counterparts: &["homologue", "homologues"],
    honorifics: HONORIFICS,
    particles: PARTICLES,
    not_names: NOT_NAMES,
    hyphen_suffixes: &[],
    title_stops: TITLE_STOPS,
    surnames_under_titles: false,
    country_after_name: &["de", "du", "d'"],
    of_person: &["de", "d", "d'"],
    office_taken: (
        &["pour"],
        &["au poste de", "en tant que", "en qualite de", "comme"],
    ),
    sent: &[
        "envoye",
        "envoyee",
        "emissaire",
        "conseiller",
        "conseillere",
    ],
    country_joiners: &[
        "de", "d", "d'", "du", "des", "la", "le", "les", "l", "l'", "'",
    ],
    peoples: &["peuple", "peuples"],
    title_modifiers: &[
        "premier", "premiere", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "vice",
        "haut", "haute", "-",
    ],
    titles_capitalised: false,
    title_small_words: &[],
    definite: &["le", "la", "l'", "cet", "cette", "leur"],
    title_determiners: &[
        "le", "la", "l'", "les", "son", "sa", "ses", "leur", "au", "aux", "du", "des", "a", "de",
        "d'",
    ],
    possessives: &["son", "sa", "ses", "leur", "leurs"],
    verbs_after_name: &["a", "s'", "ont", "et", "se"],
    with: "avec",
    receiving: &["recu", "rencontre", "accueilli"],
    addressed: (
        &[
            "message",
            "lettre",
            "courrier",
            "felicitations",
            "condoleances",
            "voeux",
        ],
        "a",
    ),
    // "a appelé à la retenue", "appelé au dialogue": an appeal, not a call.
    appeals: &["a", "au", "aux"],
    many: &[
        "maints",
        "maintes",
        "nombreux",
        "nombreuses",
        "plusieurs",
        "multiples",
        "divers",
        "diverses",
    ],
    country_articles: &["le", "la", "les", "l'"],
    and: "et",
    namely: &["a savoir"],
    guests_named: CutPhrases::new(&[
        "il s'agit de",
        "il s'agit d'",
        "il s'agit egalement",
        "il s'agit aussi",
        "ce sont",
    ]),
    residence: CutPhrases::new(&["avec residence", "en residence", "resident a", "residant a"]),
    title_tails: CutPhrases::new(&["par interim"]),
    cues: CUES,
    cue_times: &[
        "hier",
        "aujourd'hui",
        "ce matin",
        "ce soir",
        "lundi",
        "ce lundi",
        "mardi",
        "ce mardi",
        "mercredi",
        "ce mercredi",
        "jeudi",
        "ce jeudi",
        "vendredi",
        "ce vendredi",
        "samedi",
        "ce samedi",
        "dimanche",
        "ce dimanche",
    ],
    aside_cues: ASIDE_CUES,
    sources: &[],
    in_turn: &["successivement", "successifs", "successives", "separement"],
    exchanges_each: &["appels", "audiences"],
    between: "entre",
    delegations: &["delegation", "delegations"],
    headed_by: &[
        ("conduite", "par"),
        ("conduites", "par"),
        ("dirigee", "par"),
        ("dirigees", "par"),
        ("emmenee", "par"),
        ("presidee", "par"),
    ],
    headed: &[
        "conduit",
        "dirige",
        "emmene",
        "preside",
        "conduisait",
        "dirigeait",
    ],
    invitations: &["invitation"],
    subject_pronouns: &["il", "elle"],
    object_pronouns: &[],
    calls: &["appel", "telephonique"],
    cut_phrases: CutPhrases::new(CUT_PHRASES),
    // "à laquelle assistaient les coprésidents Y et Z": who attended an exchange of others.
    presence: CutPhrases::new(&[
        "en presence",
        "a laquelle assistait",
        "a laquelle assistaient",
        "auquel assistait",
        "auquel assistaient",
    ]),
    handed_by: CutPhrases::new(&["remis par", "remise par", "transmis par", "transmise par"]),
    taken_by: CutPhrases::new(&[
        "remis au",
        "remis a",
        "remise au",
        "remise a",
        "recu par",
        "recue par",
    ]),
    go_betweens: &[
        "mediateur",
        "mediateurs",
        "mediatrice",
        "mediatrices",
        "facilitateur",
        "facilitateurs",
        "facilitatrice",
        "temoin",
        "temoins",
        "garant",
        "garants",
    ],
    secondary_markers: SECONDARY_MARKERS,
    pointers_below: &["ci-dessous", "ci-apres"],
    interviews: &["publie par", "publie dans", "paru dans", "parue dans"],
    letter_closings: &[
        "prie d'agreer",
        "veuillez agreer",
        "veuillez croire",
        "prie de croire",
        "soyez assure",
        "haute consideration",
        "bien fidelement",
        "bien amicalement",
        "sentiments les meilleurs",
    ],
    signature_marks: &["e", "s", "signe"],
    the_two: ["les", "deux"],
    the_two_of_any_role: &["personnalites", "hommes", "parties", "responsables"],
    titles: Phrasing {
        kinds: [
            "Rencontre",
            "Entretien",
            "Entretien téléphonique",
            "Visioconférence",
            "Message",
            "Déclaration conjointe",
            "Autre",
        ],
        exchange: "Échange",
        pairs: &[
            (Meeting, "{a} rencontre {b}{at}"),
            (Talks, "{a} s'entretient avec {b}{at}"),
            (Message, "Message de {a} à {b}"),
        ],
        one: "{kind} de {a}{at}",
        ones: &[],
        between: "{kind} entre {all}{at}",
        and: " et ",
        at: "à {place}",
        elisions: &[("de ", "d'")],
    },
    place_prepositions: &["à"],
    country_prepositions: &["au", "en", "aux"],
    held: &[
        "tenu", "tenue", "tenus", "tenues", "deroule", "deroulee", "lieu",
    ],
    sites: &[],
    stays: &[
        "visite",
        "sejour",
        "sejourne",
        "sejournent",
        "deplacement",
        "arrivee",
        "arrive",
        "arrives",
        // "Il a été accueilli à l'aéroport de Lomé par le président": welcomed where they met.
        "accueilli",
        "accueillie",
        "accueillis",
    ],
    on_stay: &["en", "une"],
    earlier: &[
        "suite",
        "apres",
        "recent",
        "recente",
        "precedent",
        "precedente",
    ],
    // "lors de sa visite à Kuala Lumpur": "à" names the city already.
    journeys: &[],
    journeys_to: &[],
    later: &[],
    here: &[],
    whereabouts: &["est", "sont", "suis", "trouve", "trouvent", "actuellement"],
    // "dans le cadre de la conférence de Munich": within a gathering, as on its margins.
    sidelines: &["marge", "marges", "cadre"],
    gatherings: &[
        "sommet",
        "conference",
        "forum",
        "reunion",
        "session",
        "assemblee",
        "assises",
        "jeux",
    ],
    topics: &[
        "pour",
        "sur",
        "concernant",
        "evoquer",
        "evoque",
        "aborder",
        "aborde",
        "discuter",
        "echanger",
    ],
    unknown_places: true,
    venues: &["palais", "aeroport"],
    venue_joiners: &["de", "d'"],
    buildings: &[
        "palais",
        "chateau",
        "hotel",
        "residence",
        "aeroport",
        "villa",
    ],
    building_joiners: &["de", "d'", "du", "des"],
    signed_datelines_place: true,
    talks_retold_as_meeting: true,
    welcomes: &["accueilli", "accueillie", "accueillis", "accueillies"],
    chairs_in_turn: &["en exercice", "tournante"],
    missions: &[
        "ambassadeur",
        "ambassadrice",
        "ambassade",
        "ambassades",
        "consulat",
        "consulats",
        "consul",
        "consule",
        // "l'ambassadeur de Hongrie au Burundi, avec résidence à Nairobi": where the envoy sits.
        "residence",
    ],
    city_of: &[("ville", "de")],
    not_places: NOT_PLACES,
};

// Dates: months, their abbreviations, weekdays, and the words around a date that tell whose it is.

const MONTHS: [&str; 12] = [
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
const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
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

const WEEKDAYS: [(&str, Weekday); 7] = [
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
const DAY_PARTS: &[&str] = &[
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
const FOREIGN_BEFORE: &[&str] = &[
    "depuis", "au", "jusqu'au", "jusqu'", "avant", "apres", "decede", "decedee", "ne", "nee",
    "demain",
];

/// Events whose dates a readout recalls beside its own: "l'établissement des relations
/// diplomatiques, le 5 mai 1994".
const MILESTONES: &[&str] = &[
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

/// Past participles of a report: "a indiqué son cabinet mercredi matin".
const REPORTING_VERBS: &[&str] = &[
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
];

// Sentences: abbreviations a full stop does not end, words that open a sentence.

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "me", "mgr", "s", "e", "no", "etc",
    "art", "gal", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec",
    // "SEM. Ali Khan", "SM. le Roi": Son Excellence Monsieur and Sa Majesté, run together.
    "se", "sem", "sm",
];

/// Words that, glued to the previous word ("ZhanshuA cette occasion"), show a lost sentence break.
const SENTENCE_OPENERS: &[&str] = &[
    "a", "au", "aux", "le", "la", "les", "il", "elle", "ils", "elles", "en", "dans", "lors",
    "cette", "ce", "selon", "par", "pour", "de", "des", "sur",
];

// Places and further exchanges.

/// Words after "à" that never start a place ("à Sa Majesté", "à M. Wang", "à SM le Roi").
const NOT_PLACES: &[&str] = &[
    "sa", "son", "ses", "leur", "m", "mm", "mme", "monsieur", "madame", "l'", "la", "le", "les",
    "cette", "ce", "sm", "se", "sem",
];

/// Words that announce another exchange after the main one.
const SECONDARY_MARKERS: &[&str] = &[
    "le meme jour",
    "egalement",
    "de meme",
    "auparavant",
    "par ailleurs",
    "plus tard",
    "ensuite",
    "aussi",
];

#[cfg(test)]
mod tests;
