//! The place a run of a sentence's tokens names: a known city, one a preposition of place, a
//! site or a venue introduces, a city by what the text calls it, the city of an event's name.

use std::ops::Range;

use super::report::Scope;
use super::{capital_named, known_at, known_from, venue};
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::people::Cast;
use crate::extract::text::{fold, Text};
use crate::model::Confidence;

/// The place the sentence's `tokens` name: a city by what the text calls it, one a preposition
/// of place or a site introduces, or, with `palaces`, the city of a venue.
pub(super) fn in_tokens(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    tokens: Range<usize>,
    palaces: bool,
) -> Option<(String, Confidence)> {
    let end = tokens.end;
    scan(text, lex, scope, tokens, end, palaces)
}

/// The place `in_tokens` finds from a word of `scanned`, the place itself running on to token
/// `end` ("in Washington, D.C." when the clause ends at its comma).
pub(super) fn scan(
    text: &Text,
    lex: &Lexicon,
    scope: &Scope,
    scanned: Range<usize>,
    end: usize,
    palaces: bool,
) -> Option<(String, Confidence)> {
    let tokens = scanned.start..end;
    let cast = scope.cast;
    let named = |k: usize| cast.mentions.iter().any(|m| m.name.contains(&k));
    let scanned_start = scanned.start;
    for k in scanned {
        // "in the German city of Bonn", "dans la ville portuaire de Tanger", "in capital Ankara",
        // "in the Turkish capital, Ankara": a city by what the text calls it; not the name of an
        // authority, in capitals ("the Lord Mayor of the City of London").
        let of = (text.words.places.city_of.iter()).find_map(|&(w, of)| match of {
            _ if text.fw(k) != w || text.tokens[k].capitalised && k > scanned_start => None,
            "" if text.tokens.get(k + 1).is_some_and(|t| t.is_punct(',')) => Some(k + 1),
            "" => Some(k),
            _ => (k + 1..k + 3).find(|&j| text.fw(j) == of),
        });
        // "on the sidelines of the Munich Security Conference": the city of the event's name.
        if let Some(city) = named_event_s(text, lex, k, tokens.end) {
            return Some((city.to_string(), Confidence::High));
        }
        let city = of.map_or(tokens.end, |j| j + 1);
        // A comma sets off only a city the gazetteer knows ("human capital, Minister X said").
        let set_off = of.is_some_and(|j| text.tokens[j].is_punct(','));
        if set_off && known_at(text, lex, city, tokens.end).is_none() {
            continue;
        }
        if city < tokens.end && text.capitalised(city) && !named(city) {
            // "in the city of San Francisco, United States": an unknown city of several words.
            let unknown = || unknown_city(text, lex, cast, city, tokens.end).map(|c| text.span(c));
            let place = (known_at(text, lex, city, tokens.end))
                .or_else(|| unknown().map(|span| &text.body[span]))
                .unwrap_or(text.word(city));
            return Some((place.to_string(), Confidence::High));
        }
        // A venue's name that holds its city, or runs on into it.
        if palaces {
            if let Some(city) = venue::named_with(text, lex, &tokens, k) {
                return Some((city.to_string(), Confidence::High));
            }
        }
        // "a reçu au Vatican", "au Caire": a country's preposition that holds an article holds
        // that of a city's name; not "en Flandre", a region.
        let article_city = || {
            let w = text.fw(k);
            text.words.country_prepositions.contains(&w)
                && text.words.title_determiners.contains(&w)
                && known_at(text, lex, k + 1, tokens.end).is_some_and(|p| lex.names_city(&fold(p)))
        };
        let introduces = (text.introduces_place(k) || article_city())
            && !scope.elsewhen(k)
            && !to_come(text, scanned_start, k)
            && !last_year(text, scanned_start, k);
        // "au palais de Carthage", "at State House, Nairobi": the city after a venue.
        let palace = palaces && venue::joins_city(text, &tokens, k);
        let words = text.words;
        let site = introduces || words.places.sites.contains(&text.fw(k));
        // "dans la capitale chinoise": a preposition that places only a capital.
        let into_capital = words.places.into_capitals.contains(&text.fw(k))
            && !scope.elsewhen(k)
            && !to_come(text, scanned_start, k);
        if !(site || palace || into_capital) || k + 1 >= tokens.end {
            continue;
        }
        // "l'ambassadrice extraordinaire et plénipotentiaire du Ghana à Dakar": a mission's title
        // runs on to its seat, up to the comma that closes it; "avec résidence à Nairobi", "dont
        // la résidence est basée à Nairobi", but not "à la résidence du président à Brazzaville",
        // a building where they met.
        let building = |p: usize| {
            words.places.buildings.contains(&text.fw(p))
                && p > 0
                && (words.definite.contains(&text.fw(p - 1))
                    || words.possessives.contains(&text.fw(p - 1)))
        };
        // "met at the Kenyan High Commission in London": a mission a word of its site sets
        // before its name, the few words of whose country it is between, is the venue.
        let venue = |p: usize| {
            (p.saturating_sub(MISSION_SITE).max(tokens.start)..p)
                .rev()
                .take_while(|&q| !text.tokens[q].is_punct(','))
                .any(|q| words.places.sites.contains(&text.fw(q)))
        };
        let mission = (k.saturating_sub(10).max(tokens.start)..k)
            .rev()
            .take_while(|&p| !text.tokens[p].is_punct(','))
            .any(|p| {
                let named = words.places.missions.contains(&text.fw(p))
                    || words.places.mission_names.open(text.folded_from(p));
                named && !building(p) && !venue(p)
                    || words.places.residence.open(text.folded_from(p))
            });
        if mission {
            continue;
        }
        let first = k + 1;
        // "dans la capitale chinoise", "in the Kenyan capital": the capital a country's demonym
        // tells, unless another day's event is placed there.
        if introduces || into_capital {
            if let Some((city, after)) = capital_named(text, lex, first, tokens.end) {
                if !scope.dated_after(after) {
                    return Some((city.to_string(), Confidence::High));
                }
            }
        }
        if !(site || palace) {
            continue;
        }
        if site {
            if let Some(city) = venue::city_before(text, lex, first, tokens.end) {
                return Some((city.to_string(), Confidence::High));
            }
        }
        // "at the Vatican": a known place after its article, unless it names a building after it
        // ("at the Kampala House in Nairobi"); "in the Hague", "à la Haye": a place whose name
        // holds its article, the article written in lower case.
        if words.definite.contains(&text.fw(first)) {
            let building = |k: usize| k < tokens.end && text.capitalised(k);
            let known = known_from(text, lex, first, tokens.end).or_else(|| {
                (!named(first + 1))
                    .then(|| known_from(text, lex, first + 1, tokens.end))
                    .flatten()
            });
            if let Some((place, _)) = known.filter(|&(_, after)| !building(after)) {
                return Some((place.to_string(), Confidence::High));
            }
        }
        if !text.capitalised(first) {
            continue;
        }
        if site && !named(first) {
            if let Some(city) = before_country(text, lex, first, tokens.end) {
                return Some((text.body[text.span(city)].to_string(), Confidence::High));
            }
        }
        if !(introduces || palace) {
            continue;
        }
        // A known place, its article included ("à La Haye"), even where a name runs on from it
        // ("a reçu à Phnom Penh Tom Ward": the guest comes after the place), else one
        // capitalised word after "à" that is no article, possessive or month ("à Sa Majesté").
        if let Some((place, after)) = known_from(text, lex, first, tokens.end) {
            // "sa visite à Beijing du 29 août au 5 septembre": the place of another day's event,
            // the date's preposition before it or not.
            let dated = |j: usize| scope.dated_after(j);
            if dated(after)
                || text
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.is_word() && !t.capitalised)
                    && dated(after + 1)
            {
                continue;
            }
            let city = palace.then(|| venue::city_after(text, lex, after, tokens.end));
            return Some((
                city.flatten().unwrap_or(place).to_string(),
                Confidence::High,
            ));
        }
        if named(first) {
            continue;
        }
        // "a reçu à Kosyam": a seat of government is a venue, not its city; "at the Ministry of
        // Industry, Minister of Trade": an office is no city either.
        if text.words.places.not_places.contains(&text.fw(first))
            || text.words.roles.contains(&text.fw(first))
            || text.words.dates.is_calendar_word(text.fw(first))
            || lex.is_seat(text.fw(first))
        {
            continue;
        }
        // "in Iwaki City": a capitalised word before the word a city's name closes with.
        let suffix = first + 1;
        if introduces
            && suffix < tokens.end
            && text.tokens[first].is_word()
            && text.capitalised(suffix)
            && text.words.places.city_suffixes.contains(&text.fw(suffix))
            && lex.countries_in(text.fw(first)).is_empty()
        {
            return Some((
                text.body[text.span(first..suffix + 1)].to_string(),
                Confidence::Medium,
            ));
        }
        // "at State House, Entebbe": the word a comma sets after a venue is its city, known or
        // not, in either language; not a letter alone, an initial or an abbreviation's first
        // ("at State House, H.E. the President", "at the White House, U.S. President X").
        let after_venue = palace && text.tokens[k].is_punct(',');
        let is_country = !lex.countries_in(text.fw(first)).is_empty();
        if (introduces && text.words.places.unknown_places || after_venue)
            && !is_country
            && text.tokens[first].is_word()
            && text.word(first).chars().nth(1).is_some()
            && lex.by_surname(text.fw(first)).is_empty()
        {
            let next_is_name = text.capitalised(first + 1) && first + 1 < tokens.end;
            if !next_is_name {
                return Some((text.word(first).to_string(), Confidence::Medium));
            }
        }
    }
    None
}

/// How many words before a mission's name its site's word may stand ("at the New Zealand High
/// Commission").
const MISSION_SITE: usize = 5;

/// How many words before a place's preposition may set the event it places to come ("la
/// prochaine COP28 sur le climat à Dubaï").
const TO_COME_WITHIN: usize = 5;

/// Whether the preposition at token `k` comes right after a year put before the text's ("victime
/// d'un AVC l'année dernière à Riyad", "whom he met last year in Doha"): a place it introduces
/// is that year's event's.
fn last_year(text: &Text, start: usize, k: usize) -> bool {
    if k < start + 2 {
        return false;
    }
    let dates = &text.words.dates;
    let (a, b) = (k - 1, k - 2);
    text.tokens[a].is_word()
        && text.tokens[b].is_word()
        && (dates.past_after.contains(&text.fw(a)) && dates.year_units.contains(&text.fw(b))
            || dates.year_units.contains(&text.fw(a)) && dates.past_after.contains(&text.fw(b)))
}

/// Whether a word of its clause, in the few before the preposition at token `k` (from token
/// `start` on), sets what the preposition places to come: "pour aborder l'organisation de la
/// prochaine COP28 sur le climat à Dubaï", "ahead of the upcoming summit in Delhi", or a verb in
/// the future ("la réunion de la Ligue qui se tiendra à Djeddah", "the summit which will be held
/// in Doha", "le sommet qui aura lieu à Lomé"): the place of an event to come, not of the
/// exchange.
fn to_come(text: &Text, start: usize, k: usize) -> bool {
    let clause = (k.saturating_sub(TO_COME_WITHIN).max(start)..k)
        .rev()
        .take_while(|&p| !text.tokens[p].is_punct(','));
    let mut first = k;
    for p in clause {
        if text.words.coming.contains(&text.fw(p)) {
            return true;
        }
        first = p;
    }
    text.in_future(first..k)
}

/// "at Nuvara Eliya, Sri Lanka", "à Carbis Bay, au Royaume-Uni": up to three capitalised words
/// that a comma sets before the name of a country, or its preposition, starting at token `first`,
/// are a city of that country, known or not.
fn before_country(text: &Text, lex: &Lexicon, first: usize, end: usize) -> Option<Range<usize>> {
    (1..=3).find_map(|n| {
        let comma = first + n;
        let words = (first..comma).all(|k| text.tokens[k].is_word() && text.capitalised(k));
        if comma + 1 >= end || !words || !text.tokens[comma].is_punct(',') {
            return None;
        }
        let country = comma
            + 1
            + usize::from(
                text.words
                    .country_prepositions
                    .contains(&text.fw(comma + 1)),
            );
        let after = text.folded_span(country..(country + 3).min(end));
        let country = (lex.countries_in(after).first())
            .is_some_and(|(r, hit)| r.start == 0 && hit.form == CountryForm::Name);
        let city_is_country = !lex.countries_in(text.folded_span(first..comma)).is_empty();
        (country && !city_is_country).then_some(first..comma)
    })
}

/// Up to three capitalised words from token `first` that are no one's name, no country, article
/// or month: a city the gazetteer does not know.
pub(super) fn unknown_city(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    first: usize,
    end: usize,
) -> Option<Range<usize>> {
    let named = |k: usize| cast.mentions.iter().any(|m| m.name.contains(&k));
    let word = |k: usize| {
        k < end
            && text.tokens[k].is_word()
            && text.capitalised(k)
            && !named(k)
            && !text.words.places.not_places.contains(&text.fw(k))
            && !text.words.dates.is_calendar_word(text.fw(k))
            && !lex.is_seat(text.fw(k))
    };
    let last = (first..(first + 3).min(end))
        .take_while(|&k| word(k))
        .last()?;
    let city = first..last + 1;
    lex.countries_in(text.folded_span(city.clone()))
        .is_empty()
        .then_some(city)
}

/// The known city the name of an event holds, after a word of its margins at token `k` ("on the
/// sidelines of the Munich Security Conference", "en marge de la Conférence de Toronto sur …"):
/// the name's capitalised words, numbers and the articles and joiners between them.
fn named_event_s<'a>(text: &Text<'a>, lex: &Lexicon, k: usize, end: usize) -> Option<&'a str> {
    let words = text.words;
    if !words.places.sidelines.contains(&text.fw(k)) {
        return None;
    }
    let in_name = |j: usize| {
        let w = text.fw(j);
        text.capitalised(j)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || words.genitives.contains(&w)
            || words.definite.contains(&w)
            || words.places.gatherings.contains(&w)
    };
    (k + 1..(k + 10).min(end))
        .take_while(|&j| in_name(j))
        .filter(|&j| text.capitalised(j))
        .find_map(|j| known_at(text, lex, j, end))
}
