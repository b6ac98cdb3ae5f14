//! French places: the words that tell where an exchange was held, where a party stayed, the
//! venues and missions a city is named by, and what announces a further exchange, folded.

use crate::extract::lang::{CutPhrases, PlaceWords, WordList};

/// Words that tell an exchange was held by its host ("a organisé la rencontre à Lomé").
pub(super) const HOSTED: &[&str] = &["organise", "organisee"];

/// Words of a party's stay or journey, the city after them where the exchange beside them took
/// place.
pub(super) const STAYS: &[&str] = &[
    "visite",
    "sejour",
    "sejourne",
    "sejournent",
    "deplacement",
    "arrivee",
    "arrive",
    "arrives",
    // "était de passage à Berne", "était de retour ce mercredi à Berlin".
    "passage",
    "retour",
    // "Il a été accueilli à l'aéroport de Lomé par le président": welcomed where they met.
    "accueilli",
    "accueillie",
    "accueillis",
];

/// Words of sequence that put what follows them before the exchange reported: its stay and date
/// are another event's ("dans le prolongement de l'appel du 3 mars").
pub(super) const EARLIER: &[&str] = &["suite", "apres", "prolongement"];

/// Nouns of a gathering that its name may hold in lower case ("en marge de la conférence de
/// Munich").
pub(super) const GATHERINGS: &[&str] = &[
    "sommet",
    "conference",
    "forum",
    "reunion",
    "session",
    "assemblee",
    "assises",
    "jeux",
];

/// Words that open what an exchange was about: a place after them is the topic's, not where it
/// was held.
pub(super) const TOPICS: &[&str] = &[
    "pour",
    "sur",
    "concernant",
    "evoquer",
    "evoque",
    "aborder",
    "aborde",
    "discuter",
    "echanger",
];

/// Buildings whose names follow them ("au Château de Val Fleuri"): no person's name.
pub(super) const BUILDINGS: &[&str] = &[
    "palais",
    "chateau",
    "hotel",
    "residence",
    "aeroport",
    "villa",
    // "son homologue au Quai d'Orsay": a ministry named by the street it stands on.
    "quai",
];

/// Missions whose seat is named with them ("avec résidence à Nairobi"): the city is part of the
/// mission's name, not where the event took place.
pub(super) const MISSIONS: &[&str] = &[
    "ambassadeur",
    "ambassadrice",
    "ambassade",
    "ambassades",
    "consulat",
    "consulats",
    "consul",
    "consule",
    "haut-commissariat",
    "hauts-commissariats",
    "legation",
    "legations",
    "nonciature",
    // "l'ambassadeur de Hongrie au Burundi, avec résidence à Nairobi": where the envoy sits.
    "residence",
];

/// Words after "à" that never start a place ("à Sa Majesté", "à M. Wang", "à SM le Roi").
pub(super) const NOT_PLACES: &[&str] = &[
    "sa", "son", "ses", "leur", "m", "mm", "mme", "monsieur", "madame", "l'", "la", "le", "les",
    "cette", "ce", "sm", "se", "sem",
];

/// Words that announce another exchange after the main one.
pub(super) const SECONDARY_MARKERS: &[&str] = &[
    "le meme jour",
    "egalement",
    "de meme",
    "auparavant",
    "par ailleurs",
    "plus tard",
    "ensuite",
    "aussi",
];

/// Phrases that add to an envoy's title where they reside ("avec résidence à Nairobi", "dont la
/// résidence est basée à Nairobi").
pub(super) const RESIDENCE: &[&str] = &[
    "avec residence",
    "en residence",
    "resident a",
    "residant a",
    "dont la residence",
];

/// The words of places.
pub(super) const PLACES: PlaceWords = PlaceWords {
    ours: WordList::new(&["notre", "nos"]),
    reporters: WordList::new(&[
        "envoye",
        "envoyes",
        "envoyee",
        "envoyees",
        "correspondant",
        "correspondants",
        "correspondante",
        "reporter",
        "reporters",
    ]),
    took_place: WordList::new(&[
        "tenu",
        "tenue",
        "tenus",
        "tenues",
        "deroule",
        "deroulee",
        "deroules",
        "deroulees",
        "lieu",
    ]),
    residence: CutPhrases::new(RESIDENCE),
    hosted: WordList::new(HOSTED),
    sites: WordList::new(&[]),
    stays: WordList::new(STAYS),
    on_stay: WordList::new(&["en", "une"]),
    // "lors de sa visite à Kuala Lumpur": "à" names the city already.
    journeys: WordList::new(&[]),
    journeys_to: WordList::new(&[]),
    whereabouts: WordList::new(&["est", "sont", "suis", "trouve", "trouvent", "actuellement"]),
    // "dans le cadre de la conférence de Munich": within a gathering, as on its margins.
    sidelines: WordList::new(&["marge", "marges", "cadre"]),
    gatherings: WordList::new(GATHERINGS),
    topics: WordList::new(TOPICS),
    unknown_places: true,
    city_suffixes: WordList::new(&[]),
    venues: WordList::new(&["palais", "aeroport"]),
    venue_joiners: WordList::new(&["de", "d'", "du"]),
    buildings: WordList::new(BUILDINGS),
    signed_datelines_place: true,
    missions: WordList::new(MISSIONS),
    // "la mission permanente du Mali à Genève": where the mission sits.
    mission_names: CutPhrases::new(&[
        "haut commissariat",
        "hauts commissariats",
        "mission permanente",
        "missions permanentes",
        "representation permanente",
        "bureau de liaison",
        "section d'interets",
    ]),
    city_of: &[("ville", "de")],
    capitals: WordList::new(&["capitale"]),
    into_capitals: WordList::new(&["dans"]),
    not_places: WordList::new(NOT_PLACES),
};
