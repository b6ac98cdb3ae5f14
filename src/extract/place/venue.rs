//! Venues: the palaces, state houses and airports the report names, and the city their names
//! give ("au palais présidentiel de Niamey", "at State House Nairobi", "Bamako-Koulouba").

use std::ops::Range;

use super::{known_at, known_from};
use crate::extract::lexicon::Lexicon;
use crate::extract::text::{fold, Text};

/// The known city a venue opening at token `from` is named after ("l'aéroport international de
/// Lomé", "le palais présidentiel de Niamey"), or that the hyphenated name after it holds
/// ("l'aéroport international d'Ambouli-Djibouti").
pub(super) fn city_of<'a>(
    text: &Text<'a>,
    lex: &Lexicon,
    from: usize,
    end: usize,
) -> Option<&'a str> {
    let words = text.words;
    let venue = (from..(from + 3).min(end)).find(|&k| words.places.venues.contains(&text.fw(k)))?;
    let joiner = (venue + 1..(venue + 4).min(end))
        .find(|&k| words.places.venue_joiners.contains(&text.fw(k)))?;
    known_at(text, lex, joiner + 1, end).or_else(|| {
        (joiner + 1 < end)
            .then(|| city_in_compound(lex, text.word(joiner + 1)))
            .flatten()
    })
}

/// The known city that token `k` of `tokens` names as part of a venue's name: a hyphenated name
/// after the venue that holds its city ("au Palais du peuple de Bamako-Koulouba", "à l'aéroport
/// international Niamey-Sud") or that a hyphen joins to the venue's word ("at State
/// House-Entebbe"), or a city right after the venue's word ("at State House Nairobi").
pub(super) fn named_with<'a>(
    text: &Text<'a>,
    lex: &Lexicon,
    tokens: &Range<usize>,
    k: usize,
) -> Option<&'a str> {
    if !text.capitalised(k) {
        return None;
    }
    let word = text.word(k);
    let venue_joined = || {
        (word.split_once('-'))
            .is_some_and(|(venue, _)| text.words.places.venues.contains(&fold(venue).as_str()))
    };
    let compound = (word.contains('-') && (follows_venue(text, tokens, k) || venue_joined()))
        .then(|| city_in_compound(lex, text.word(k)))
        .flatten();
    compound.or_else(|| {
        (text.words.places.venues.contains(&text.fw(k)))
            .then(|| known_at(text, lex, k + 1, tokens.end))
            .flatten()
    })
}

/// The known city an article or a possessive sets before a venue's word, as English names a
/// building by its city ("at his Colombo residence", "at the Nairobi office"), the venue's own
/// words in capitals between ("in the Vatican Apostolic Palace"), unless a place follows the
/// venue ("at the Hyderabad House in New Delhi": a house named after a city).
pub(super) fn city_before<'a>(
    text: &Text<'a>,
    lex: &Lexicon,
    det: usize,
    end: usize,
) -> Option<&'a str> {
    let words = text.words;
    let w = text.fw(det);
    if !(words.possessives.contains(&w) || words.definite.contains(&w)) {
        return None;
    }
    (1..=3).rev().find_map(|len| {
        let venue = det + 1 + len;
        if venue >= end
            || !words.places.venues.contains(&text.fw(venue))
            || !text.capitalised(det + 1)
        {
            return None;
        }
        // "at the Hyderabad House, New Delhi"; a comma that closes the phrase places nothing.
        let placed_after = venue + 1 < end
            && (text.introduces_place(venue + 1)
                || text.tokens[venue + 1].is_punct(',')
                    && known_at(text, lex, venue + 2, end).is_some());
        let (city, after) = known_from(text, lex, det + 1, venue)?;
        let named_after = (after..venue).all(|k| text.tokens[k].is_word() && text.capitalised(k));
        (!placed_after && named_after).then_some(city)
    })
}

/// "au palais de Carthage de Tunis": a venue named after a place, whose name ends before token
/// `after`, runs on to the city it stands in.
pub(super) fn city_after<'a>(
    text: &Text<'a>,
    lex: &Lexicon,
    after: usize,
    end: usize,
) -> Option<&'a str> {
    (after + 1 < end && text.words.places.venue_joiners.contains(&text.fw(after)))
        .then(|| known_at(text, lex, after + 1, end))
        .flatten()
}

/// Whether token `k` joins a venue named in the five tokens before it to its city ("au palais de
/// Carthage", "au Palais de l’Unité de Yaoundé", "at State House, Nairobi").
pub(super) fn joins_city(text: &Text, tokens: &Range<usize>, k: usize) -> bool {
    text.words.places.venue_joiners.contains(&text.fw(k)) && follows_venue(text, tokens, k)
}

/// Whether a venue's word stands in the five tokens of `tokens` before token `k`.
fn follows_venue(text: &Text, tokens: &Range<usize>, k: usize) -> bool {
    (k.saturating_sub(5)..k)
        .any(|p| p >= tokens.start && text.words.places.venues.contains(&text.fw(p)))
}

/// The known place a hyphenated name is, opens or ends with ("Bamako-Koulouba", "Niamey-Sud").
fn city_in_compound<'a>(lex: &Lexicon, word: &'a str) -> Option<&'a str> {
    let hyphens = word.match_indices('-').map(|(i, _)| i);
    let parts = hyphens.flat_map(|i| [&word[..i], &word[i + 1..]]);
    std::iter::once(word)
        .chain(parts)
        .find(|part| lex.place_country(&fold(part)).is_some())
}
