//! English places: the words that tell where an exchange was held, where a party stayed, the
//! venues and missions a city is named by, folded.

use crate::extract::lang::{CutPhrases, PlaceWords, WordList};

/// The words of places.
pub(super) const PLACES: PlaceWords = PlaceWords {
    ours: WordList::new(&["our"]),
    reporters: WordList::new(&["correspondent", "correspondents", "reporter", "reporters"]),
    took_place: WordList::new(&["held", "place"]),
    // "Ambassador X, whose residence is in Nairobi": where the envoy sits.
    residence: CutPhrases::new(&[
        "with residence",
        "resident in",
        "residing in",
        "whose residence",
    ]),
    hosted: WordList::new(&["hosted"]),
    sites: WordList::new(&["at"]),
    stays: WordList::new(&["stay", "arrived", "arrival"]),
    on_stay: WordList::new(&[]),
    journeys: WordList::new(&[
        "visit",
        "visits",
        "visiting",
        "trip",
        "welcomed",
        "welcoming",
    ]),
    journeys_to: WordList::new(&["to"]),
    // A readout told in the past says where a party was ("X, who was in New Delhi for a two-day
    // visit, held talks with Y").
    whereabouts: WordList::new(&["is", "are", "was", "were", "presently", "currently"]),
    gatherings: WordList::new(&[
        "summit",
        "conference",
        "forum",
        "meeting",
        "session",
        "assembly",
        "games",
    ]),
    sidelines: WordList::new(&[
        "sidelines",
        "sideline",
        "margins",
        "margin",
        "fringes",
        "fringe",
        "framework",
    ]),
    topics: WordList::new(&[
        "to",
        "discuss",
        "discussed",
        "discussing",
        "about",
        "regarding",
        "concerning",
    ]),
    unknown_places: false,
    city_suffixes: WordList::new(&["city"]),
    venues: WordList::new(&[
        "house",
        "palace",
        // The Malay, Spanish and Portuguese words for a palace, kept in English ("at Istana
        // Merdeka, Jakarta", "at the Palácio do Planalto, Brasilia").
        "istana",
        "palacio",
        "hall",
        "headquarters",
        "office",
        "residence",
        "ministry",
        "building",
        // "at the Presidential Villa, Abuja".
        "villa",
        // "at the Grand Hyatt Hotel, Jakarta", where summits lodge the leaders who meet there.
        "hotel",
    ]),
    venue_joiners: WordList::new(&[","]),
    buildings: WordList::new(&["palace", "castle", "hotel"]),
    signed_datelines_place: false,
    missions: WordList::new(&[
        "embassy",
        "embassies",
        "consulate",
        "consulates",
        "consul",
        "legation",
        "legations",
        "nunciature",
        "high-commission",
        // "Ambassador of Hungary, with residence in Nairobi": where the envoy sits.
        "residence",
    ]),
    // "collaboration with the Ghana High Commission in Lusaka": where the mission sits.
    mission_names: CutPhrases::new(&[
        "high commission",
        "high commissions",
        "permanent mission",
        "permanent missions",
        "permanent representation",
        "representative office",
        "liaison office",
        "interests section",
    ]),
    city_of: &[("city", "of"), ("town", "of"), ("capital", "")],
    capitals: WordList::new(&["capital"]),
    into_capitals: WordList::new(&[]),
    not_places: WordList::new(&[
        "the", "a", "an", "his", "her", "their", "its", "this", "that",
    ]),
};
