//! French: every word list the extractor reads French readouts by, folded (lower case, no
//! accents); the words that tell a name from its title are in `names`, the capitalised words that
//! are never a name in `not_names`, those that name an exchange in `cues`, those after which a
//! sentence stops naming parties in `asides`, those of dates in `dates`, those of places and
//! further exchanges in `places`.

use super::{CutPhrases, WordList, Words};
use crate::extract::title::Phrasing;
use crate::model::EventKind::*;
use asides::{ASIDE_CUES, COMPANIONS, CUT_PHRASES, ENVOY_ASIDES};
use cues::CUES;
use dates::{MILESTONES, REPORTING_VERBS};
use names::{HONORIFICS, PARTICLES, ROLES, TITLE_STOPS};
use not_names::NOT_NAMES;
use places::{EARLIER, SECONDARY_MARKERS};

mod asides;
mod cues;
mod dates;
mod names;
mod not_names;
mod places;

pub(in crate::extract::lang) static WORDS: Words = Words {
    auxiliaries: WordList::new(&[
        "a", "ont", "avait", "avaient", "aura", "est", "sont", "ete", "etait", "etaient",
    ]),
    relatives: &["qui", "lequel", "laquelle", "lesquels", "lesquelles"],
    // Folded, "où" is "ou": in a clause with a verb to come and a date, never "or".
    relatives_of_place: &["ou"],
    phrase_openers: WordList::new(&[
        "de", "d'", "du", "des", "le", "la", "l'", "les", "un", "une", "a", "au", "aux", "en",
        "avec", "par", "pour", "sur", "dans",
    ]),
    asides_of_party: &["qui"],
    visits: WordList::new(&["visite", "sejour", "mission"]),
    series: &["audiences"],
    milestones: WordList::new(MILESTONES),
    captions: WordList::new(&[
        "photo",
        "photos",
        "illustration",
        "image",
        "credit",
        "credits",
        "legende",
    ]),
    caption_leads: &["cette", "la", "sur", "en"],
    reporting_verbs: WordList::new(REPORTING_VERBS),
    done_before_report: &["avoir", "etre"],
    reflexives: &["se", "s'", "me", "m'", "te", "t'", "nous", "vous"],
    occasion_leads: &["lors", "cours", "durant", "pendant"],
    abbreviations: WordList::new(ABBREVIATIONS),
    shortened_given_names: &[],
    name_suffixes: &[],
    post_nominals: WordList::new(&[]),
    // French names a place or a body before the person it is named after ("la Fondation X").
    named_after: WordList::new(&[]),
    sentence_openers: WordList::new(SENTENCE_OPENERS),
    envoys: &["ambassadeur", "ambassadrice"],
    postings: &["au", "aux", "en"],
    mandates: &["pour"],
    accredited: &["aupres"],
    envoy_ranks: &[
        "extraordinaire",
        "extraordinaires",
        "plenipotentiaire",
        "plenipotentiaires",
        "et",
    ],
    representing: &["pour"],
    represents: &["representant"],
    respectively: &["respectivement"],
    envoy_pronouns: &["celui", "celle", "ceux", "celles"],
    counts: dates::COUNTS,
    credentials: &["lettres de creance", "copies figurees"],
    signing: &["fait", "signe"],
    monarchs: WordList::new(&[
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
    ]),
    roles: WordList::new(ROLES),
    counterparts: &["homologue", "homologues"],
    honorifics: WordList::new(HONORIFICS),
    stacked_honorifics: &[("altesse", "cheikh")],
    particles: WordList::new(PARTICLES),
    patronymics: &["ben", "bin", "ibn", "ould"],
    not_names: WordList::new(NOT_NAMES),
    hyphen_suffixes: WordList::new(&[]),
    title_stops: WordList::new(TITLE_STOPS),
    surnames_under_titles: false,
    country_after_name: &["de", "du", "d'"],
    of_person: &["de", "d", "d'"],
    office_taken: (
        &["pour", "en"],
        &[
            "au poste de",
            "en tant que",
            "en qualite de",
            "comme",
            "qualite de",
            "qualite d'",
        ],
    ),
    sent: WordList::new(&[
        "envoye",
        "envoyee",
        "emissaire",
        "conseiller",
        "conseillere",
    ]),
    country_joiners: WordList::new(&[
        "de", "d", "d'", "du", "des", "la", "le", "les", "l", "l'", "'",
    ]),
    peoples: &["peuple", "peuples"],
    country_nouns: &[],
    title_modifiers: WordList::new(&[
        "premier", "premiere", "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "vice",
        "haut", "haute", "-",
    ]),
    titles_capitalised: false,
    title_small_words: WordList::new(&[]),
    dangling: WordList::new(&[
        "de", "du", "des", "d'", "le", "la", "les", "l'", "et", "au", "aux", "un", "une",
    ]),
    definite: WordList::new(&["le", "la", "l'", "cet", "cette", "leur"]),
    indefinite: &["un", "une"],
    title_determiners: WordList::new(&[
        "le", "la", "l'", "les", "son", "sa", "ses", "leur", "au", "aux", "du", "des", "a", "de",
        "d'",
    ]),
    role_grades: &["haut", "haute", "hauts", "hautes"],
    possessives: WordList::new(&["son", "sa", "ses", "leur", "leurs"]),
    members: WordList::new(&["membre"]),
    verbs_after_name: WordList::new(&["a", "s'", "ont", "et", "se"]),
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
    appeals: (&["appele"], &["a", "au", "aux"]),
    wished: &[
        ("souhait", "de"),
        ("desir", "de"),
        ("hate", "de"),
        ("volonte", "de"),
        ("espoir", "de"),
    ],
    many: WordList::new(&[
        "maints",
        "maintes",
        "nombreux",
        "nombreuses",
        "plusieurs",
        "multiples",
        "divers",
        "diverses",
    ]),
    country_articles: &["le", "la", "les", "l'"],
    and: "et",
    namely: &["a savoir"],
    guests_named: CutPhrases::new(&[
        "il s'agit de",
        "il s'agit d'",
        // "Il s'agit des nouveaux ambassadeurs de …": a sentence that names their countries
        // first goes on with the guests' list.
        "il s'agit des",
        "il s'agit egalement",
        "il s'agit aussi",
        "ce sont",
    ]),
    title_tails: CutPhrases::new(&[
        "par interim",
        // "la sous-secrétaire d'État américaine en charge du Proche-Orient, X": the portfolio a
        // title goes on with, "charge" being no envoy's grade there.
        "en charge ",
        // "le représentant spécial de l'ONU pour l'Afrique centrale, X": the region or the
        // cause an office is held for.
        "pour la ",
        "pour le ",
        "pour l'",
        "pour les ",
    ]),
    portfolio_to: &["à"],
    cues: CUES,
    cue_during: &["lors de", "au cours de", "durant", "pendant"],
    cue_received: &["recu", "a recu", "recoit"],
    cue_times: WordList::new(&[
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
    ]),
    aside_cues: WordList::new(ASIDE_CUES),
    companions: (COMPANIONS, &["de", "du", "des", "d"]),
    sources: WordList::new(&[]),
    sources_before: WordList::new(&[
        "declare", "indique", "affirme", "souligne", "precise", "explique", "ajoute", "annonce",
        "rapporte", "confie", "estime",
    ]),
    sources_from: (
        &[&["selon"]],
        &["appris"],
        &["a-t-on", "avons-nous"],
        &["de", "d'", "du", "des", "aupres"],
    ),
    issued_by: (
        &[
            "publie",
            "publiee",
            "publies",
            "publiees",
            "diffuse",
            "diffusee",
            "diffuses",
            "diffusees",
        ],
        "par",
        &["conjoint", "conjointe", "conjoints", "conjointes"],
    ),
    governments: (
        &[],
        &["gouvernement", "administration", "regime", "cabinet", "ere"],
    ),
    in_turn: &["successivement", "successifs", "successives", "separement"],
    exchanges_each: &["appels", "audiences"],
    between: "entre",
    delegations: &["delegation", "delegations"],
    guests: &["visiteurs", "hotes", "delegation", "delegations"],
    delegation_members: &["comprenait", "comprend", "comprenant", "composee"],
    headed_by: &[
        ("conduite", "par"),
        ("conduites", "par"),
        ("dirigee", "par"),
        ("dirigees", "par"),
        ("emmenee", "par"),
        ("presidee", "par"),
        // "La délégation sénégalaise que préside M. X": the head after the verb of a relative
        // clause, the subject set after it.
        ("que", "preside"),
        ("que", "conduit"),
        ("que", "dirige"),
    ],
    headed: WordList::new(&[
        "conduit",
        "dirige",
        "emmene",
        "preside",
        "conduisait",
        "dirigeait",
    ]),
    invitations: &["invitation"],
    excellencies: &["excellence", "s.e", "s.e.m"],
    envoy_asides: WordList::new(ENVOY_ASIDES),
    subject_pronouns: &["il", "elle"],
    object_pronouns: &[],
    calls: &["appel", "telephonique"],
    senders: &["part"],
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
    carries: &["transmis", "transmet", "transmettre", "transmettant"],
    taken_by: CutPhrases::new(&[
        "remis au",
        "remis a",
        "remise au",
        "remise a",
        "recu par",
        "recue par",
    ]),
    go_betweens: WordList::new(&[
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
    ]),
    secondary_markers: WordList::new(SECONDARY_MARKERS),
    pointers_below: &["ci-dessous", "ci-apres"],
    we: "nous",
    durations: &["minutes", "heure", "heures"],
    times_of_day: &["heure locale"],
    adopting: WordList::new(&[
        "adopte", "adoptee", "adoptes", "adoptees", "adoptent", "adoptant", "adoption",
    ]),
    declaration: "declaration",
    interviews: &["publie par", "publie dans", "paru dans", "parue dans"],
    letter_closings: WordList::new(&[
        "prie d'agreer",
        "veuillez agreer",
        "veuillez croire",
        "prie de croire",
        "soyez assure",
        "haute consideration",
        "bien fidelement",
        "bien amicalement",
        "sentiments les meilleurs",
    ]),
    signature_marks: &["e", "s", "signe"],
    the_two: ["les", "deux"],
    the_two_of_any_role: &["personnalites", "hommes", "parties", "responsables"],
    both: &[],
    recalling: WordList::new(&[
        "recent",
        "recente",
        "recents",
        "recentes",
        "precedent",
        "precedente",
    ]),
    habitual: &["souvent", "regulierement", "frequemment", "parfois"],
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
    place_prepositions: &[("à", "a")],
    country_prepositions: &["au", "en", "aux"],
    earlier: WordList::new(EARLIER),
    later: WordList::new(&[]),
    agreements: &["convenu", "convenus", "decide", "decides"],
    proposals: &["propose", "suggere"],
    here: &[],
    genitives: &["de", "d'", "du", "des"],
    talks_retold_as_meeting: true,
    final_statements: &["communique final"],
    // "Entretien entre X et Y" heads an audience as well: only negotiations name talks as such.
    talks_named: &["pourparlers"],
    welcomes: &["accueilli", "accueillie", "accueillis", "accueillies"],
    arrivals: &["arrivee", "aeroport", "descente"],
    talks_nouns: &["entretien", "entretiens", "pourparlers", "tete-a-tete"],
    coming: &["prochaine", "prochain", "future", "futur"],
    chairs_in_turn: &["en exercice", "tournante"],
    portfolios: &["charge", "chargee", "charges", "chargees"],
    dates: dates::DATES,
    places: places::PLACES,
};

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

#[cfg(test)]
mod tests;
