//! Unnamed counterparts ("son homologue ghanéen", "le nouvel ambassadeur de Chine"): whom of the
//! people the text names elsewhere each stands for.

use super::elimination::{official, Grounds};
use crate::extract::lexicon::Lexicon;
use crate::extract::people::{Cast, Mention, Office, Unnamed};
use crate::extract::text::{fold, Text};
use crate::model::{CountryCode, Participant};

/// Binds unnamed counterparts to people named elsewhere with the same country (the office first, then
/// the earliest named); returns the countries of those that stay unnamed.
pub(super) fn bind_unnamed(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    participants: &mut Vec<usize>,
    unnamed: &[&Unnamed],
) -> Vec<CountryCode> {
    let mut unbound = Vec::new();
    for u in unnamed {
        // "a adressé ses condoléances au président malgache suite au décès de l'ancien président
        // X": whom the counterpart's own sentence names but does not take is not that counterpart.
        let tokens = &text.sentences[text.sentence_of(u.phrase.start)].tokens;
        let set_aside = |p: usize| {
            (cast.mentions.iter()).any(|m| m.person == p && tokens.contains(&m.name.start))
        };
        // An organisation's official the text names elsewhere, whichever holder of the office.
        let official = u.official.and_then(|office| {
            (cast.people.iter()).position(|p| p.known.is_some_and(|k| lex.holds(k, office)))
        });
        if let Some(p) = official.filter(|p| !participants.contains(p)) {
            participants.push(p);
        }
        // "le Président X a reçu l'ambassadeur de France": an envoy is never their country's
        // leader or minister the gazetteer knows, whom the text may name only in passing.
        let of_an_envoy = (u.phrase.clone()).any(|k| text.words.envoys.contains(&text.fw(k)));
        let leader = |p: usize| of_an_envoy && known_office(lex, cast, p).is_some();
        let ousted = |p: usize| deposed(text, cast, p);
        for &country in &u.countries {
            // A title restating a named participant's country adds no one.
            if participants
                .iter()
                .any(|&p| cast.people[p].country == Some(country))
                || unbound.contains(&country)
            {
                continue;
            }
            let candidates = cast.mentions.iter().map(|m| m.person).filter(|&p| {
                cast.people[p].country == Some(country)
                    && !participants.contains(&p)
                    && !set_aside(p)
                    && !leader(p)
                    && !ousted(p)
            });
            let best = candidates
                .enumerate()
                .min_by_key(|&(order, p)| {
                    (
                        u.office.is_some() && known_office(lex, cast, p) != u.office,
                        order,
                    )
                })
                .map(|(_, p)| p);
            let next = best.is_none();
            // "the ambassadors of Russia and China": a plural title stands for one person of each
            // country, whom the text names with that country; never the next name, which is one.
            // A plural title found with one country ("Kenyan and Ethiopian Ministers" read from
            // its last word) is partly read: the sentence that reports it again names them.
            let bound = if u.plural {
                best.filter(|_| u.countries.len() > 1)
            } else {
                best.or_else(|| named_next(text, lex, cast, participants, u))
            };
            match bound {
                Some(p) => {
                    participants.push(p);
                    // The person takes the title's country, which the name alone (or the
                    // dateline's by default) does not give.
                    let person = &cast.people[p];
                    if person.country.is_none() || next && person.homed {
                        unbound.push(country);
                    }
                }
                _ => unbound.push(country),
            }
        }
    }
    unbound
}

/// How many words before a name a word of an overthrow tells that it ousted them ("qui a
/// renversé la veille le Guinéen X").
const DEPOSED_WITHIN: usize = 5;

/// "le chef de la junte, qui a renversé le président X", "le tombeur de X", "the coup that toppled
/// X": whom the text says was overthrown no longer holds the office, and no unnamed leader of
/// their country (the head of a junta, "le nouvel homme fort") stands for them.
fn deposed(text: &Text, cast: &Cast, p: usize) -> bool {
    (cast.mentions.iter().filter(|m| m.person == p)).any(|m| {
        let opening = text.sentences[text.sentence_of(m.name.start)].tokens.start;
        let from = m.name.start.saturating_sub(DEPOSED_WITHIN).max(opening);
        (from..m.name.start).any(|k| text.words.deposers.contains(&text.fw(k)))
    })
}

/// "… accueillit le diplomate russe pour un entretien. À sa sortie d'audience, Son Excellence
/// Alexeï Ivanov a …": a title given alone stands for the next new person the text names, within
/// two sentences, by a name with no title nor country of its own (an honorific at most); an
/// envoy's title so by a name under the bare title of an envoy ("les lettres de créance du nouvel
/// ambassadeur du Ghana. […] l'ambassadeur Ali Khan"), whose country is the dateline's at most;
/// a later sentence that tells the exchange again before the name gives it whatever its title,
/// with the dateline's country at most ("sent a letter to Haiti's leader. In the message to Prime
/// Minister Y, …").
fn named_next(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    participants: &[usize],
    u: &Unnamed,
) -> Option<usize> {
    let last = text.sentence_of(u.phrase.start) + 2;
    let m = (cast.mentions.iter())
        .find(|m| m.name.start >= u.phrase.end && !participants.contains(&m.person))
        .filter(|m| text.sentence_of(m.name.start) <= last)?;
    let envoy = |k: usize| text.words.envoys.contains(&text.fw(k));
    let of_an_envoy = u.phrase.clone().any(envoy);
    let titled = (m.phrase.clone())
        .filter(|k| !m.name.contains(k))
        .any(|k| text.words.roles.contains(&text.fw(k)) && !(of_an_envoy && envoy(k)));
    let s = text.sentence_of(m.name.start);
    let opening = text.tokens[text.sentences[s].tokens.start].folded.start;
    let at = text.tokens[m.phrase.start].folded.start - opening;
    let retold = s != text.sentence_of(u.phrase.start)
        && (lex.sentence_cues(text, s).iter()).any(|(cue, _)| cue.end <= at);
    let person = &cast.people[m.person];
    let own_country = person.country.is_some() && !((of_an_envoy || retold) && person.homed);
    ((!titled || retold) && !own_country).then_some(m.person)
}

/// The office the gazetteer knows a person to hold.
pub(super) fn known_office(lex: &Lexicon, cast: &Cast, p: usize) -> Option<Office> {
    let known = cast.people[p].known.map(|k| &lex.gazetteer.people[k]);
    known.and_then(|k| k.roles.iter().find_map(|r| Office::of(&fold(r))))
}

/// The offices mention `m`'s own title names, the words before its name first, then those after
/// it ("le président ghanéen, X", "X, Prime Minister of …").
pub(super) fn titled_offices<'t>(text: &'t Text, m: &Mention) -> impl Iterator<Item = Office> + 't {
    [m.phrase.start..m.name.start, m.name.end..m.phrase.end]
        .into_iter()
        .filter(|r| !r.is_empty())
        .filter_map(|r| Office::of(text.folded_span(r)))
}

/// "Prime Minister X and Secretary of State Y met … During the talks, the Maltese Prime Minister
/// stressed …", "Moldovan president conveys condolences" over "President X … conveyed": a title
/// of one country's office and no name, outside the report's sentence, restates the one party
/// whose own title holds that office and who has no country; the country is theirs, unless
/// another party holds it or the report leaves a counterpart of it unnamed.
pub(super) fn restated(g: Grounds, who: &mut [Participant]) {
    let (text, lex, cast, event) = (g.text, g.lex, g.cast, g.event);
    // Most reports give every party a country: they are answered first.
    if who.iter().all(|w| w.country.is_some()) {
        return;
    }
    let office_of = |p: usize| {
        (cast.mentions.iter().filter(|m| m.person == p))
            .find_map(|m| titled_offices(text, m).next())
    };
    for u in &cast.unnamed {
        let (&[country], Some(office)) = (&u.countries[..], u.office) else {
            continue;
        };
        if u.plural
            || Some(text.sentence_of(u.phrase.start)) == event.sentence
            || event.unnamed.contains(&country)
            || who.iter().any(|w| w.country == Some(country))
        {
            continue;
        }
        let holders: Vec<usize> = (0..who.len().min(event.people.len()))
            .filter(|&i| {
                let p = event.people[i];
                who[i].country.is_none()
                    && cast.people[p].known.is_none()
                    && office_of(p) == Some(office)
                    && !official(text, lex, cast, p)
            })
            .collect();
        if let [i] = holders[..] {
            who[i].country = Some(country);
        }
    }
}
