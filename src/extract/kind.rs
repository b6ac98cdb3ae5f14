//! Kind: what sort of exchange a sentence reports, from the verbs and nouns that name it.

use std::ops::Range;

use crate::model::EventKind::{self, *};

/// A phrase that names an exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// Names the exchange itself ("a rencontré", "message").
    Kind(EventKind),
    /// Says how a conversation was held ("téléphonique"): it overrides talks and meetings.
    Mode(EventKind),
    /// Says by what means words went ("par téléphone", "by video link"): as a mode, and it makes
    /// wishes told before it a call's ("a présenté ses félicitations, par téléphone, à Y").
    Means(EventKind),
    /// "a échangé": talks, unless the sentence says what was exchanged were messages.
    Exchange,
    /// Names the exchange as the occasion of what the sentence says was discussed ("a discuté de
    /// X lors de sa rencontre avec Y"): it overrides the talks a verb of discussion names.
    Occasion(EventKind),
    /// "a remis le message", "handed over a letter": a message handed over, so brought in person;
    /// also a visit's verb ("visited the embassy to offer his condolences"): the message the
    /// sentence tells was given in person.
    Handed,
    /// "a félicité", "congratulated": wishes, a message when the sentence names no other exchange
    /// and no means.
    Wishes,
}

/// The kind a sentence's cues add up to, with the span of the first cue: the earliest named exchange,
/// turned into a call when the sentence says the conversation went over the phone or video.
pub fn classify(cues: &[(Range<usize>, Cue)]) -> Option<(EventKind, Range<usize>)> {
    let first = cues
        .iter()
        .map(|(at, _)| at)
        .min_by_key(|at| at.start)?
        .clone();
    let messages = cues.iter().any(|&(_, c)| c == Cue::Kind(Message));
    let named = cues.iter().filter_map(|(at, c)| match *c {
        Cue::Kind(k) => Some((at.start, k)),
        // "a échangé mercredi des félicitations avec Y": what was exchanged decides.
        Cue::Exchange => Some((at.start, if messages { Message } else { Talks })),
        Cue::Mode(_) | Cue::Means(_) | Cue::Occasion(_) | Cue::Handed | Cue::Wishes => None,
    });
    let occasion = cues.iter().find_map(|&(_, c)| match c {
        Cue::Occasion(k) => Some(k),
        _ => None,
    });
    let named: Vec<(usize, EventKind)> = named.collect();
    // "Lee's conversation with Y, who had phoned him": talks a call's verb tells of were held
    // over the line.
    let called = (named.iter()).find_map(|&(_, k)| matches!(k, PhoneCall | VideoCall).then_some(k));
    let earliest = match (
        named.iter().min_by_key(|&(at, _)| at).map(|&(_, k)| k),
        occasion,
    ) {
        (Some(Talks) | None, Some(occasion)) => Some(occasion),
        // "Le message a été transmis au président au cours d'une audience": handed over in person.
        (Some(Message), Some(occasion)) => Some(occasion),
        (earliest, _) => earliest,
    };
    let modes = || {
        cues.iter().filter_map(|(at, c)| match *c {
            Cue::Mode(k) | Cue::Means(k) => Some((at.start, k)),
            _ => None,
        })
    };
    // "held a call by video conference": the call was a video one, however it is first named.
    let call =
        || (modes().find(|&(_, k)| k == VideoCall)).or(modes().find(|&(_, k)| k == PhoneCall));
    let mode = match modes().next() {
        Some((_, PhoneCall)) => call(),
        // "un tête-à-tête en visioconférence": one to one, but over the line.
        Some((_, Meeting)) => call().or(modes().next()),
        first => first,
    };
    // "X a appelé Y pour le remercier de son message": a call told before the message it
    // carries or answers is the act, the message its purpose.
    let call_first = |mode_at: usize| {
        cues.iter()
            .filter(|&&(_, c)| c == Cue::Kind(Message))
            .all(|(at, _)| mode_at < at.start)
    };
    // "L'envoyé a remis au président le message de Y": whoever sent it, the message was handed
    // over at a meeting with its bearer.
    let handed = cues.iter().any(|&(_, c)| c == Cue::Handed);
    let earliest = match earliest {
        Some(Message) if handed => Some(Meeting),
        earliest => earliest,
    };
    let means = cues.iter().any(|&(_, c)| matches!(c, Cue::Means(_)));
    let wishes = cues.iter().any(|&(_, c)| c == Cue::Wishes);
    let earliest = earliest.or(wishes.then_some(Message));
    let kind = match (earliest, mode) {
        (Some(Talks | Meeting) | None, Some((_, mode))) => mode,
        (Some(Talks), None) => called.unwrap_or(Talks),
        (Some(Message), Some((at, mode))) if call_first(at) || means => mode,
        (Some(k), _) => k,
        (None, None) => return None,
    };
    Some((kind, first))
}

#[cfg(test)]
mod tests;
