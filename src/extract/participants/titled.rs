//! A party the report's sentence gives only a bare title ("le Premier ministre", "le Président de
//! la République"), whom the text names elsewhere by the same office.

use std::ops::Range;

use super::unnamed::{known_office, titled_offices};
use crate::extract::event::Event;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::{undetermined_counterpart, Cast, Mention, Office};
use crate::extract::text::Text;

/// Words a bare title may run to ("le Président de la République", "le Premier ministre et
/// ministre d'État").
const TITLE_REACH: usize = 6;

/// "La visite du Premier ministre au Canada s'est achevée par une rencontre avec son homologue
/// canadien, Y", "X a été reçu par le Président de la République. […] le Président Z a …": a
/// title of a head of state's, a head of government's or a foreign minister's office that the
/// report's sentence gives a party with no name nor country stands for the one person the text
/// names elsewhere in that office with no country in their title either (or whom the gazetteer
/// knows in it), who is of no other party's country.
pub(super) fn titled_elsewhere(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    event: &Event,
) -> Option<usize> {
    let countries: Vec<_> = (event.people.iter())
        .filter_map(|&p| cast.people[p].country)
        .collect();
    // Whether the title of a mention, outside its name, names a country.
    let of_a_country =
        |r: Range<usize>| !r.is_empty() && !lex.countries_in(text.folded_span(r)).is_empty();
    let offices = |p: usize| {
        let titled = (cast.mentions.iter())
            .filter(move |m| m.person == p && m.phrase.start < m.name.start)
            .filter_map(|m| Office::of(text.folded_span(m.phrase.start..m.name.start)));
        known_office(lex, cast, p).into_iter().chain(titled)
    };
    // Who may be meant, asked before the sentence is read: most texts name no one so.
    let candidates: Vec<usize> = (0..cast.people.len())
        .filter(|&p| {
            !event.people.contains(&p)
                && cast.people[p]
                    .country
                    .is_none_or(|c| !countries.contains(&c))
                && offices(p).next().is_some()
                && (cast.mentions.iter()).any(|m| m.person == p)
                && (cast.mentions.iter()).filter(|m| m.person == p).all(|m| {
                    !of_a_country(m.phrase.start..m.name.start)
                        && !of_a_country(m.name.end..m.phrase.end)
                })
        })
        .collect();
    // Or whom a title of their own country's names just before, if the text names such a holder.
    let of_their_country = |p: usize| {
        !event.people.contains(&p)
            && cast.people[p]
                .country
                .is_some_and(|c| !countries.contains(&c))
    };
    if candidates.is_empty() && !(0..cast.people.len()).any(of_their_country) {
        return None;
    }
    let s = event.sentence?;
    let tokens = text.sentences[s].tokens.clone();
    let cut = super::cut_at(text, tokens.clone(), event.cue.as_ref()?.start, cast, s);
    let (at, office) = (tokens.start..cut)
        .find_map(|k| bare_office(text, lex, cast, tokens.start, k).map(|o| (k, o)))?;
    if candidates.is_empty() {
        return named_just_before(text, cast, office, at).filter(|&p| of_their_country(p));
    }
    let mut candidates = (candidates.into_iter()).filter(|&p| offices(p).any(|o| o == office));
    let first = candidates.next()?;
    candidates.next().is_none().then_some(first)
}

/// How many sentences before a bare title the holder it restates may be named.
const RESTATED_WITHIN: usize = 2;

/// "Le chef de l'État ghanéen, X, a appris la nouvelle. […] Le président de la République adresse
/// ses condoléances à son homologue Y": the person a title names in `office`, the last such
/// before the bare title at token `at` and within two sentences of it, is whom it restates.
fn named_just_before(text: &Text, cast: &Cast, office: Office, at: usize) -> Option<usize> {
    let titled = |m: &&Mention| titled_offices(text, m).any(|o| o == office);
    let m = (cast.mentions.iter())
        .filter(|m| m.phrase.end <= at)
        .filter(titled)
        .max_by_key(|m| m.name.start)?;
    (text.sentence_of(m.name.start) + RESTATED_WITHIN >= text.sentence_of(at)).then_some(m.person)
}

/// The office whose title, with no name nor country, starts at token `k` of a sentence from
/// `start`: a title in the singular, no vice's, no organisation's, no aside's ("les salutations du
/// Président"), and in no name's phrase; a country where the party went ("au Canada") is none of
/// the title's.
fn bare_office(text: &Text, lex: &Lexicon, cast: &Cast, start: usize, k: usize) -> Option<Office> {
    let words = text.words;
    if !words.roles.contains(&text.fw(k))
        || text.plural_role(k)
        || undetermined_counterpart(text, k)
    {
        return None;
    }
    if (cast.mentions.iter()).any(|m| m.phrase.start <= k + 1 && m.phrase.end > k)
        || k > start && text.tokens[k - 1].is_punct('-')
    {
        return None;
    }
    let aside = (k.saturating_sub(4).max(start)..k).any(|j| {
        let f = text.fw(j);
        words.aside_cues.contains(&f)
            || words.envoy_asides.contains(&f)
            || words.companions.0.contains(&f)
            || words.counterpart(f)
    });
    // "le conseiller du Président", "l'ambassadeur de la Présidente": a title another's
    // office is of.
    let link =
        |j: usize| words.genitives.contains(&text.fw(j)) || words.definite.contains(&text.fw(j));
    let of_another = (k.saturating_sub(3).max(start)..k)
        .any(|j| words.roles.contains(&text.fw(j)) && (j + 1..k).all(link));
    if aside || of_another {
        return None;
    }
    let end = (k + 1..(k + TITLE_REACH).min(text.tokens.len()))
        .find(|&j| {
            let t = &text.tokens[j];
            !(t.is_word() || t.is_punct('\'') || t.is_punct('-'))
                || words.auxiliaries.contains(&text.fw(j)) && text.word(j) != "à"
        })
        .unwrap_or((k + TITLE_REACH).min(text.tokens.len()));
    // "la Première ministre", "le Président de la République", not "la première fois": the word
    // after a title's first is a title's, a genitive's or an article's.
    let goes_on = |j: usize| {
        let f = text.fw(j);
        words.roles.contains(&f)
            || words.genitives.contains(&f)
            || words.definite.contains(&f)
            || text.capitalised(j)
    };
    if end > k + 1 && !goes_on(k + 1) {
        return None;
    }
    let title = text.folded_span(k..end);
    // "le Premier ministre du Canada" names a country; "au Canada", where the party went, does not.
    let named = lex.countries_in(title).into_iter().any(|(r, _)| {
        let before = title[..r.start].trim_end();
        !words
            .postings
            .iter()
            .any(|p| before.ends_with(p) && before[..before.len() - p.len()].ends_with(' '))
    });
    if named || lex.organisation_office(text.fw(k), title).is_some() {
        return None;
    }
    Office::of(title)
}
