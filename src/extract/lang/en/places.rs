//! English places: the words that tell where an exchange was held, where a party stayed, the
//! venues and missions a city is named by, folded.

use crate::extract::lang::{CutPhrases, PlaceWords};

/// The words of places.
pub(super) const PLACES: PlaceWords = PlaceWords {
    ours: &["our"],
    reporters: &["correspondent", "correspondents", "reporter", "reporters"],
    took_place: &["held", "place"],
    // "Ambassador X, whose residence is in Nairobi": where the envoy sits.
    residence: CutPhrases::new(&[
        "with residence",
        "resident in",
        "residing in",
        "whose residence",
    ]),
    hosted: &["hosted"],
    sites: &["at"],
    stays: &["stay", "arrived", "arrival"],
    on_stay: &[],
    journeys: &[
        "visit",
        "visits",
        "visiting",
        "trip",
        "welcomed",
        "welcoming",
    ],
    journeys_to: &["to"],
    // A readout told in the past says where a party was ("X, who was in New Delhi for a two-day
    // visit, held talks with Y").
    whereabouts: &["is", "are", "was", "were", "presently", "currently"],
    gatherings: &[
        "summit",
        "conference",
        "forum",
        "meeting",
        "session",
        "assembly",
        "games",
    ],
    sidelines: &[
        "sidelines",
        "sideline",
        "margins",
        "margin",
        "fringes",
        "fringe",
        "framework",
    ],
    topics: &[
        "to",
        "discuss",
        "discussed",
        "discussing",
        "about",
        "regarding",
        "concerning",
    ],
    unknown_places: false,
    venues: &[
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
    ],
    venue_joiners: &[","],
    buildings: &["palace", "castle", "hotel"],
    signed_datelines_place: false,
    missions: &[
        "embassy",
        "embassies",
        "consulate",
        "consul",
        // "Ambassador of Hungary, with residence in Nairobi": where the envoy sits.
        "residence",
    ],
    city_of: &[("city", "of"), ("town", "of"), ("capital", "")],
    not_places: &[
        "the", "a", "an", "his", "her", "their", "its", "this", "that",
    ],
};
