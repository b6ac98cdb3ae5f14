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
use not_names::{NAMED_BEFORE, NOT_NAMES};
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
    relatives: WordList::new(&["qui", "lequel", "laquelle", "lesquels", "lesquelles"]),
    // Folded, "où" is "ou": in a clause with a verb to come and a date, never "or".
    relatives_of_place: WordList::new(&["ou"]),
    phrase_openers: WordList::new(&[
        "de", "d'", "du", "des", "le", "la", "l'", "les", "un", "une", "a", "au", "aux", "en",
        "avec", "par", "pour", "sur", "dans",
    ]),
    asides_of_party: WordList::new(&["qui"]),
    visits: WordList::new(&["visite", "sejour", "mission"]),
    series: WordList::new(&["audiences"]),
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
    caption_leads: WordList::new(&["cette", "la", "sur", "en"]),
    reporting_verbs: WordList::new(REPORTING_VERBS),
    done_before_report: WordList::new(&["avoir", "etre"]),
    reflexives: WordList::new(&["se", "s'", "me", "m'", "te", "t'", "nous", "vous"]),
    occasion_leads: WordList::new(&["lors", "cours", "durant", "pendant"]),
    abbreviations: WordList::new(ABBREVIATIONS),
    shortened_given_names: WordList::new(&[]),
    name_suffixes: WordList::new(&[]),
    post_nominals: WordList::new(&[]),
    // French names a place or a body before the person it is named after ("la Fondation X").
    named_after: WordList::new(&[]),
    named_before: WordList::new(NAMED_BEFORE),
    sentence_openers: WordList::new(SENTENCE_OPENERS),
    envoys: WordList::new(&["ambassadeur", "ambassadrice"]),
    postings: WordList::new(&["au", "aux", "en"]),
    mandates: WordList::new(&["pour"]),
    accredited: WordList::new(&["aupres"]),
    envoy_ranks: WordList::new(&[
        "extraordinaire",
        "extraordinaires",
        "plenipotentiaire",
        "plenipotentiaires",
        "et",
    ]),
    representing: WordList::new(&["pour"]),
    represents: WordList::new(&["representant"]),
    respectively: WordList::new(&["respectivement"]),
    envoy_pronouns: WordList::new(&["celui", "celle", "ceux", "celles"]),
    counts: dates::COUNTS,
    credentials: WordList::new(&["lettres de creance", "copies figurees"]),
    signing: WordList::new(&["fait", "signe"]),
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
    counterparts: WordList::new(&["homologue", "homologues"]),
    honorifics: WordList::new(HONORIFICS),
    stacked_honorifics: &[("altesse", "cheikh")],
    // "Cheikh" is a given name too, already read as a word of the name.
    honorifics_in_names: WordList::new(&[]),
    particles: WordList::new(PARTICLES),
    patronymics: WordList::new(&["ben", "bin", "ibn", "ould"]),
    not_names: WordList::new(NOT_NAMES),
    hyphen_suffixes: WordList::new(&[]),
    title_stops: WordList::new(TITLE_STOPS),
    surnames_under_titles: false,
    country_after_name: WordList::new(&["de", "du", "d'"]),
    of_person: WordList::new(&["de", "d", "d'"]),
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
    peoples: WordList::new(&["peuple", "peuples"]),
    country_nouns: WordList::new(&[]),
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
    indefinite: WordList::new(&["un", "une"]),
    articles: WordList::new(&["le", "la", "les", "l'", "au", "aux", "du", "des"]),
    title_determiners: WordList::new(&[
        "le", "la", "l'", "les", "son", "sa", "ses", "leur", "au", "aux", "du", "des", "a", "de",
        "d'",
    ]),
    role_grades: WordList::new(&["haut", "haute", "hauts", "hautes"]),
    possessives: WordList::new(&["son", "sa", "ses", "leur", "leurs"]),
    members: WordList::new(&["membre"]),
    verbs_after_name: WordList::new(&["a", "s'", "ont", "et", "se"]),
    with: "avec",
    receiving: WordList::new(&["recu", "rencontre", "accueilli"]),
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
    country_articles: WordList::new(&["le", "la", "les", "l'"]),
    and: "et",
    namely: WordList::new(&["a savoir"]),
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
    portfolio_to: WordList::new(&["à"]),
    margins: WordList::new(&["marge", "marges"]),
    attending: (
        &[
            "participe",
            "participer",
            "participait",
            "assiste",
            "assister",
            "assistait",
            "part",
        ],
        &["a", "au", "aux"],
    ),
    cues: CUES,
    cue_during: WordList::new(&["lors de", "au cours de", "durant", "pendant"]),
    cue_received: WordList::new(&["recu", "a recu", "recoit"]),
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
    // "a reçu successivement", "des entretiens successifs", "lors de deux appels distincts",
    // "au cours d'entretiens séparés".
    in_turn: WordList::new(&[
        "successivement",
        "successifs",
        "successives",
        "separement",
        "separes",
        "separees",
        "distincts",
        "distinctes",
    ]),
    exchanges_each: WordList::new(&["appels", "audiences"]),
    between: "entre",
    agent: "par",
    delegations: WordList::new(&["delegation", "delegations"]),
    guests: WordList::new(&["visiteurs", "hotes", "delegation", "delegations"]),
    delegation_members: WordList::new(&["comprenait", "comprend", "comprenant", "composee"]),
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
    invitations: WordList::new(&["invitation"]),
    excellencies: WordList::new(&["excellence", "s.e", "s.e.m"]),
    envoy_asides: WordList::new(ENVOY_ASIDES),
    subject_pronouns: WordList::new(&["il", "elle"]),
    exchange_pronouns: WordList::new(&["il", "elle", "ils", "elles"]),
    object_pronouns: WordList::new(&[]),
    calls: WordList::new(&["appel", "telephonique"]),
    senders: WordList::new(&["part"]),
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
    carries: WordList::new(&["transmis", "transmet", "transmettre", "transmettant"]),
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
    pointers_below: WordList::new(&["ci-dessous", "ci-apres", "voici", "comme suit", "qui suit"]),
    we: "nous",
    durations: WordList::new(&["minutes", "heure", "heures"]),
    times_of_day: WordList::new(&["heure locale"]),
    adopting: WordList::new(&[
        "adopte", "adoptee", "adoptes", "adoptees", "adoptent", "adoptant", "adoption",
    ]),
    declaration: "declaration",
    interviews: WordList::new(&["publie par", "publie dans", "paru dans", "parue dans"]),
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
    signature_marks: WordList::new(&["e", "s", "signe"]),
    the_two: ["les", "deux"],
    the_two_of_any_role: WordList::new(&["personnalites", "hommes", "parties", "responsables"]),
    both: WordList::new(&[]),
    recalling: WordList::new(&[
        "recent",
        "recente",
        "recents",
        "recentes",
        "precedent",
        "precedente",
    ]),
    habitual: WordList::new(&["souvent", "regulierement", "frequemment", "parfois"]),
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
    country_prepositions: WordList::new(&["au", "en", "aux"]),
    earlier: WordList::new(EARLIER),
    later: WordList::new(&[]),
    agreements: WordList::new(&["convenu", "convenus", "decide", "decides"]),
    proposals: WordList::new(&["propose", "suggere"]),
    here: WordList::new(&[]),
    genitives: WordList::new(&["de", "d'", "du", "des"]),
    talks_retold_as_meeting: true,
    final_statements: WordList::new(&["communique final"]),
    // "Entretien entre X et Y" heads an audience as well: only negotiations name talks as such.
    talks_named: WordList::new(&["pourparlers"]),
    welcomes: WordList::new(&["accueilli", "accueillie", "accueillis", "accueillies"]),
    arrivals: WordList::new(&[
        "arrivee",
        "aeroport",
        "descente",
        "arrive",
        "arrives",
        "arrivees",
        "atterri",
        "debarque",
        "debarquee",
        "debarques",
        "debarquees",
    ]),
    talks_nouns: WordList::new(&["entretien", "entretiens", "pourparlers", "tete-a-tete"]),
    coming: WordList::new(&[
        "prochaine",
        "prochain",
        "prochaines",
        "prochains",
        "future",
        "futur",
        "futures",
        "futurs",
    ]),
    chairs_in_turn: WordList::new(&["en exercice", "tournante"]),
    portfolios: WordList::new(&["charge", "chargee", "charges", "chargees"]),
    dates: dates::DATES,
    places: places::PLACES,
};

// Sentences: abbreviations a full stop does not end, words that open a sentence.

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "rt", "hon", "dr", "pr", "st", "ste",
    "me", "mgr", "s", "e", "no", "etc", "art", "gal", "janv", "fevr", "fev", "avr", "juil", "sept",
    "oct", "nov", "dec",
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
