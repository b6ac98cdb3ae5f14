//! Visits: the country of the parties who receive a visitor (the one the visit is to), and the
//! visitor an exchange that names its host alone was held with.

use super::elimination::{official, paired_with, Grounds};
use crate::extract::event::Event;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::place;
use crate::extract::text::Text;
use crate::model::{CountryCode, Participant};

/// How many words an aside after a visitor's name may take before its word of the visit
/// ("currently on an official state visit to").
const ASIDE_REACH: usize = 6;

/// How many words before the word of their visit unnamed guests are named ("the visitors on their").
const GUESTS_REACH: usize = 3;

/// "Prime Minister X, currently on an official visit to Colombia, met with President Y": the party
/// whose name an aside telling their visit to a country follows is not of it; the other parties,
/// who receive them there, are, where nothing gives them a country, the gazetteer does not know
/// them and no title makes them an organisation's official. The visitor, given no country either,
/// then has the one the report pairs with the hosts' ("relations between Jamaica and Colombia").
/// So too a lone party who welcomes unnamed guests on their visit ("extended a cordial welcome to
/// the visitors on their trip to Taiwan").
pub(super) fn hosts(g: Grounds, who: &mut [Participant]) {
    let (text, lex, cast, event, hits) = (g.text, g.lex, g.cast, g.event, g.hits);
    let parties = &event.people;
    let Some(s) = event.sentence else {
        return;
    };
    let tokens = text.sentences[s].tokens.clone();
    // The number of parties is asked first: it settles most texts before any stay is looked for.
    let by_party = || {
        (place::stays(text, lex, tokens.clone())).find_map(|(k, c)| {
            (visitor_before(text, cast, parties, tokens.start, k))
                .or_else(|| visitor_after(text, cast, parties, tokens.clone(), k))
                .map(|v| (Some(v), c))
        })
    };
    // A lone party's guests: where more are named, one may have led them.
    let by_guests = || guests_visit(text, lex, cast, s).map(|c| (None, c));
    let found = match parties.len() {
        0 => None,
        1 => by_guests(),
        _ => by_party(),
    };
    let Some((visitor, country)) = found else {
        return;
    };
    let free = |i: usize, w: &Participant| {
        let p = parties[i];
        w.country.is_none() && cast.people[p].known.is_none() && !official(text, lex, cast, p)
    };
    let mut hosted = false;
    for (i, w) in who.iter_mut().enumerate() {
        if Some(parties[i]) != visitor && free(i, w) {
            w.country = Some(country);
            hosted = true;
        }
    }
    let hosts_of = |c: CountryCode| {
        (who.iter().zip(parties)).all(|(w, &p)| Some(p) == visitor || w.country == Some(c))
    };
    if !hosted || !hosts_of(country) {
        return;
    }
    let paired = paired_with(text, hits, country);
    if let Some(i) = parties.iter().position(|&p| Some(p) == visitor) {
        if free(i, &who[i]) {
            who[i].country = paired;
        }
    }
}

/// The party named before the word of a visit at token `k`, in the sentence from token `start`:
/// the last named, whose name an aside that holds it follows, set off by a comma ("X, currently on
/// an official visit to", "Y received X, who is on a state visit to"); else the one the sentence
/// opens on, named right before the words that tell their visit, a few words of the verb's
/// between, none of them punctuation, and not the agent of a passive ("Minister X made an
/// official visit to Accra, where he met Y").
fn visitor_before(
    text: &Text,
    cast: &Cast,
    parties: &[usize],
    start: usize,
    k: usize,
) -> Option<usize> {
    let mut before = (cast.mentions.iter()).filter(|m| m.name.start >= start && m.name.end <= k);
    let first = before.next()?;
    let last = before.next_back();
    let m = last.unwrap_or(first);
    let comma = m.name.end;
    let aside = comma + 1..k;
    let short = |r: &std::ops::Range<usize>| r.len() <= ASIDE_REACH;
    if text.fw(comma) == "," && short(&aside) && aside.clone().all(|j| text.fw(j) != ",") {
        return parties.contains(&m.person).then_some(m.person);
    }
    let between = first.name.end..k;
    let agent = first.phrase.start > start && text.fw(first.phrase.start - 1) == text.words.agent;
    (last.is_none()
        && parties.contains(&first.person)
        && !agent
        && short(&between)
        && between.clone().all(|j| text.tokens[j].is_word()))
    .then_some(first.person)
}

/// "As part of his official visit to Ghana, Minister X held talks with Y": the party whose visit
/// a clause opening the sentence `tokens` tells, at token `k`, by its possessive, no one named
/// before it, is the subject the comma that closes it sets first.
fn visitor_after(
    text: &Text,
    cast: &Cast,
    parties: &[usize],
    tokens: std::ops::Range<usize>,
    k: usize,
) -> Option<usize> {
    let possessive = (k.saturating_sub(3).max(tokens.start)..k)
        .any(|j| text.words.possessives.contains(&text.fw(j)));
    if !possessive
        || cast
            .mentions
            .iter()
            .any(|m| tokens.contains(&m.name.start) && m.name.start < k)
    {
        return None;
    }
    let m = (cast.mentions.iter()).find(|m| m.name.start > k && m.name.end <= tokens.end)?;
    let after_comma = m.phrase.start > k && text.tokens[m.phrase.start - 1].is_punct(',');
    (parties.contains(&m.person) && after_comma).then_some(m.person)
}

/// The country sentence `s` or the next tells the visit of unnamed guests to, their word right
/// before the visit's with no one named between ("extended a cordial welcome to the visitors on
/// their trip to Taiwan").
fn guests_visit(text: &Text, lex: &Lexicon, cast: &Cast, s: usize) -> Option<CountryCode> {
    text.running(s..s + 2).find_map(|n| {
        let tokens = text.sentences[n].tokens.clone();
        let start = tokens.start;
        place::stays(text, lex, tokens).find_map(|(k, c)| {
            let before = k.saturating_sub(GUESTS_REACH).max(start)..k;
            let guest = before
                .clone()
                .rev()
                .find(|&j| text.words.guests.contains(&text.fw(j)))?;
            let named = (cast.mentions.iter()).any(|m| m.name.start < k && m.name.end > guest);
            (!named).then_some(c)
        })
    })
}

/// How many words may stand between a visitor's possessive and the word of their visit ("X's
/// first official working visit").
const POSSESSIVE_TO_VISIT: usize = 3;

/// How many words before a visit, or its visitor's name, tell it is to come or came before.
const WORDS_BEFORE: usize = 3;

/// How many tokens may stand between the word of a visit and the agent that names its visitor
/// ("a visit to Lima from Monday 3 to Thursday 6 June by").
const VISIT_TO_AGENT: usize = 12;

/// "During Foreign Minister X's visit, Minister Y stressed …", "The accords were signed during a
/// visit to Lima by Minister X. … In talks with Minister Y, …": an exchange whose sentences name
/// its host alone was held with the visitor a sentence up to the report's tells the visit of, named
/// in the possessive before the word of the visit or as the agent after it, the visit neither one
/// to come nor one before the exchange ("ahead of X's visit", "following X's visit"). None where
/// the lone party is that visitor.
pub(super) fn visitor_told(text: &Text, cast: &Cast, event: &Event) -> Option<usize> {
    let (s, &[lone]) = (event.sentence?, &event.people[..]) else {
        return None;
    };
    let words = text.words;
    let visitor = (0..=s).find_map(|n| {
        let tokens = text.sentences[n].tokens.clone();
        let mentions = || (cast.mentions.iter()).filter(|m| tokens.contains(&m.name.start));
        (tokens.clone())
            .filter(|&k| words.visits.contains(&text.fw(k)))
            .find_map(|k| {
                // "ahead of", "following": the words before the visit or its visitor's name.
                let told_from = |from: usize| {
                    let other = (from.saturating_sub(WORDS_BEFORE).max(tokens.start)..k).any(|j| {
                        words.later.contains(&text.fw(j)) || words.earlier.contains(&text.fw(j))
                    });
                    !other && !text.in_future(tokens.start..k)
                };
                // "Minister X's (official) visit".
                let possessive = mentions().find(|m| {
                    m.name.end + 2 <= k
                        && text.possessive(m.name.end)
                        && k - (m.name.end + 2) <= POSSESSIVE_TO_VISIT
                        && (m.name.end + 2..k).all(|j| text.tokens[j].is_word())
                });
                if let Some(m) = possessive {
                    return told_from(m.phrase.start).then_some(m);
                }
                // "a visit to Lima … by Minister X".
                let agent = || {
                    let end = (k + 1 + VISIT_TO_AGENT).min(tokens.end);
                    let by = (k + 1..end)
                        .take_while(|&j| !text.tokens[j].is_punct(','))
                        .find(|&j| text.fw(j) == words.agent)?;
                    let first = mentions().find(|m| m.name.start > k)?;
                    (first.name.start > by).then_some(first)
                };
                agent().filter(|_| told_from(k))
            })
            .map(|m| m.person)
    })?;
    (visitor != lone).then_some(visitor)
}
