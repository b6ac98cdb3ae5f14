//! Exchanges held one after another ("a reçu successivement Y, puis Z", "in separate calls"):
//! which of those met in turn is the party of the exchange reported.

use std::ops::Range;

use crate::extract::people::{Cast, Mention};
use crate::extract::text::Text;

/// "s'est entretenu séparément avec les ambassadeurs de France et du Ghana, respectivement MM.
/// Y et Z", "a reçu successivement l'ambassadeur du Ghana, Y, et celui du Pérou, Z": names a
/// plural title of envoys after the turn lists together, or envoys presenting themselves one
/// after another, are each a party, the later titled as envoys or not at all; "a rencontré
/// successivement le président Y et le ministre Z" tells meetings apart, and so does a plural
/// title of leaders: "separately held calls with Prime Ministers Y of Japan and Z of Canada".
pub(super) fn listed_together(text: &Text, turn: usize, met: &Mention, m: &Mention) -> bool {
    let words = text.words;
    let envoy = |k: usize| words.envoys.contains(&text.fw(k));
    let envoys_plural = |k: usize| {
        let f = text.fw(k);
        text.plural_role(k) && words.envoys.contains(&f.strip_suffix('s').unwrap_or(f))
    };
    let plural = (turn..met.name.start).any(envoys_plural);
    let envoys = met.phrase.clone().any(envoy);
    (plural || envoys)
        && (met.name.end..m.name.start)
            .all(|k| !words.roles.contains(&text.fw(k)) || envoys && envoy(k))
}

/// "X s'est entretenu avec Y, puis avec Z, lors de deux appels distincts", "X spoke with Y and Z in
/// separate calls": a word of exchanges held one after another, or exchanges in the plural, told
/// after two of those the cue at `trigger` takes, has them met in turn from the cue on. Where the
/// turn starts: `turn`, else the cue.
pub(super) fn told_after_them(text: &Text, cast: &Cast, trigger: usize, turn: usize) -> usize {
    let f = text.fw(turn);
    if turn <= trigger
        || !(text.words.in_turn.contains(&f) || text.words.exchanges_each.contains(&f))
    {
        return turn;
    }
    let mut between = (cast.mentions.iter())
        .filter(|m| m.name.start > trigger && m.name.end <= turn)
        .map(|m| m.person);
    let two = between
        .next()
        .is_some_and(|first| between.any(|other| other != first));
    if two {
        trigger
    } else {
        turn
    }
}

/// "Les présidents X et Y ont successivement rencontré leur homologue Z", "X and Y met Z separately":
/// subjects a word of exchanges held one after another says met the one party the cue at `trigger`
/// takes in turn; the first of them is the party of the exchange reported, the others held later ones.
pub(super) fn first_subject_in_turn(
    text: &Text,
    cast: &Cast,
    tokens: Range<usize>,
    trigger: usize,
    people: &mut Vec<usize>,
) {
    if people.len() < 3
        || !tokens
            .clone()
            .any(|k| text.words.in_turn.contains(&text.fw(k)))
    {
        return;
    }
    let first_named = |p: usize| {
        (cast.mentions.iter())
            .find(|m| m.person == p && tokens.contains(&m.name.start))
            .map_or(usize::MAX, |m| m.name.start)
    };
    let subjects: Vec<usize> = (people.iter().copied())
        .filter(|&p| first_named(p) < trigger)
        .collect();
    if subjects.len() >= 2 && people.len() == subjects.len() + 1 {
        people.retain(|p| !subjects[1..].contains(p));
    }
}

/// "X a reçu des appels de Y et de Z", "the meetings between X and Y, Z and W": an exchange in the
/// plural at token `k`, after a party named before it or followed by the one named after
/// "between", is one exchange with each of those named next. Where they start being named, if so.
pub(super) fn each_their_own(text: &Text, cast: &Cast, start: usize, k: usize) -> Option<usize> {
    if !text.words.exchanges_each.contains(&text.fw(k)) {
        return None;
    }
    let mut after = cast.mentions.iter().filter(|m| m.name.start > k);
    if text.fw(k + 1) == text.words.between {
        return after.next().map(|m| m.name.end);
    }
    (cast.mentions.iter())
        .any(|m| m.name.start >= start && m.name.end <= k)
        .then_some(k)
}

/// "Minister X has phone calls with President Y, Chancellor Z" over "X has spoken by phone today
/// with Y, Z and W": a heading above sentence `s` that tells the exchanges in the plural has those
/// the sentence names after its cue met one after another, one exchange each.
pub(super) fn headed_in_plural(text: &Text, s: usize) -> bool {
    (text.sentences.iter().take(s))
        .filter(|h| h.heading)
        .any(|h| (h.tokens.clone()).any(|k| text.words.exchanges_each.contains(&text.fw(k))))
}
