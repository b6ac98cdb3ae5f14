//! The words of places a language tells where an exchange was held by, where a party stayed or
//! went, the venues, buildings and missions a city is named by, and what is no place.

use super::{CutPhrases, WordList};

/// The folded words of places of one language.
#[derive(Debug)]
pub struct PlaceWords {
    /// The words by which a paper's byline says it sent its own reporter where it writes from
    /// ("De notre envoyé spécial à Lisbonne", "From our correspondent in Nairobi"): the
    /// possessives, then the reporters.
    pub ours: WordList,
    pub reporters: WordList,
    /// Words that tell an exchange was held ("held", "took place", "s'est tenue", "a eu lieu").
    pub took_place: WordList,
    /// Phrases that add to an envoy's title where they reside ("avec résidence à Nairobi"): part
    /// of the title, and the country they name is not the envoy's.
    pub residence: CutPhrases,
    /// Words that tell an exchange was held by its host, besides `took_place`, the place after
    /// them ("hosted the meeting in Wellington", "a organisé la rencontre à Lomé").
    pub hosted: WordList,
    /// Prepositions of a site, which set a city only when its country's name follows it ("at
    /// Nuvara Eliya, Sri Lanka").
    pub sites: WordList,
    /// Words of a party's stay or journey, the city after them ("séjourne à Lomé", "le
    /// déplacement de Niamey", "arrived in Nairobi"): where the exchange reported beside them
    /// took place.
    pub stays: WordList,
    /// Words before a word of `stays` that put a party on that stay ("en visite officielle à
    /// Paris", "a effectué une visite de travail à Lomé"), after which the kind of stay may be
    /// said before the place.
    pub on_stay: WordList,
    /// Words of a visit the sentence that reports the exchange tells, the city right after them
    /// or after a word of `journeys_to` ("visiting New York", "during his visit to Kuala Lumpur",
    /// "welcomed X to Washington"), where a language's prepositions of place do not already name
    /// it.
    pub journeys: WordList,
    /// Words that lead from a word of `journeys` to the city visited ("visit to Tallinn").
    pub journeys_to: WordList,
    /// Words that tell where a party is ("The Minister is presently in Sri Lanka", "qui se trouve
    /// actuellement au Mali", "l'envoyé est à Niamey"), beside those of stays, journeys and visits.
    pub whereabouts: WordList,
    /// Nouns of a gathering that its name may hold in lower case ("en marge de la conférence de
    /// Munich", "on the sidelines of the summit of …").
    pub gatherings: WordList,
    /// Words of an event's margins, before its name ("on the sidelines of the Munich Security
    /// Conference", "en marge de la Conférence de Toronto"): a city the name holds placed both.
    pub sidelines: WordList,
    /// Words that open what an exchange was about ("met X to discuss the situation in Goma",
    /// "pour évoquer"): a place after them is the topic's, not where the exchange was held.
    pub topics: WordList,
    /// Whether one capitalised word after such a preposition is a place though the gazetteer does not
    /// know it ("à Kosyam"); not where the preposition also introduces times and topics ("in May").
    pub unknown_places: bool,
    /// The word a city's name may close with ("Quezon City", "Iwaki City"): a capitalised word
    /// before it, after a preposition of place, names a city the gazetteer need not know.
    pub city_suffixes: WordList,
    /// Venues after which the city is named ("palais", "house"), and the words that join it.
    pub venues: WordList,
    pub venue_joiners: WordList,
    /// Buildings whose names follow them ("au Château de Val Fleuri", "the Palace of Westminster"):
    /// neither the word nor the name after it and its joiner names a person.
    pub buildings: WordList,
    /// Whether a wire's dateline signed in brackets places the encounter it reports ("Kinshasa,
    /// 17 juin 2022 (ACP).- …": national agencies file from where their leaders receive), not
    /// where international wires merely file from ("WASHINGTON, Nov 19 (Reuters) -").
    pub signed_datelines_place: bool,
    /// Missions whose seat is named with them ("l'ambassade des États-Unis à Port-au-Prince", "avec
    /// résidence à Nairobi"): the city is part of the mission's name, not where the event took
    /// place; but a mission an exchange was held at, after a word of its site ("met at the
    /// Kenyan Embassy in Paris"), is its venue, and the city is where they met.
    pub missions: WordList,
    /// Missions named in more than one word ("the Ghana High Commission in Lusaka", "la mission
    /// permanente du Mali à Genève"), read as `missions`.
    pub mission_names: CutPhrases,
    /// A word for a city and the preposition that names it ("the German city of Bonn"), or none
    /// where the city follows the word ("the Turkish capital Ankara"): the capitalised word after
    /// them is a city, known to the gazetteer or not.
    pub city_of: &'static [(&'static str, &'static str)],
    /// The nouns of a country's capital, which its demonym or its name after a genitive tells
    /// ("la capitale chinoise", "the Kenyan capital", "the capital of Senegal"): where no city's
    /// name follows them, they name that country's capital.
    pub capitals: WordList,
    /// Prepositions that place an event only before such a noun of a capital ("dans la capitale
    /// chinoise"), beside the prepositions of place.
    pub into_capitals: WordList,
    /// Words after a preposition of place that never start a place.
    pub not_places: WordList,
}
