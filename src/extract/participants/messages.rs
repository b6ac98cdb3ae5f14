//! Messages handed over: who brought a message met its addressee; one taken by a proxy was not.

use crate::extract::event::Event;
use crate::extract::kind;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::EventKind;

/// "X a reçu un message écrit de Y. Le message a été remis par Z, envoyé spécial de Y": who handed a
/// message over met its addressee, in place of its sender (the party of the bearer's country, else
/// the one named second, as "a reçu un message de Y" names the sender).
pub fn bearer(text: &Text, cast: &Cast, event: &mut Event) {
    let Some(s) = event.sentence else { return };
    let handed = (s..text.sentences.len().min(s + 3))
        .filter(|&t| !text.sentences[t].heading)
        .find_map(|t| {
            let tokens = text.sentences[t].tokens.clone();
            let at = tokens
                .clone()
                .find(|&k| text.words.handed_by.open(text.folded_from(k)))?;
            (cast.mentions.iter()).find(|m| m.name.start > at && m.name.end <= tokens.end)
        });
    let Some(bearer) = handed.map(|m| m.person) else {
        return;
    };
    // The addressee, the sender, and the bearer unless the event's sentence names them already.
    let named = event.people.contains(&bearer);
    if event.people.len() != 2 + usize::from(named) {
        return;
    }
    let country = |p: usize| cast.people[p].country;
    let sender = (event.people.iter())
        .position(|&p| p != bearer && country(p).is_some() && country(p) == country(bearer))
        .or_else(|| (1..event.people.len()).find(|&i| event.people[i] != bearer));
    let Some(sender) = sender else { return };
    if named {
        event.people.remove(sender);
    } else {
        event.people[sender] = bearer;
    }
    event.kind = EventKind::Meeting;
    event.cued = true;
}

/// "X received a written message from Y. The message was received by Z, the Foreign Minister, at
/// his meeting with the ambassador": a message taken on its addressee's behalf by someone else, named
/// right after the words that say so in one of the two next sentences, was never handed over to the
/// addressee in person: the exchange is the message; a party named before those words is who was
/// received, at another audience.
pub fn taken_by_proxy(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some(s) = event.sentence.filter(|_| event.kind == EventKind::Meeting) else {
        return;
    };
    let message = kind::Cue::Kind(EventKind::Message);
    if !lex
        .sentence_cues(text, s)
        .iter()
        .any(|(_, c)| *c == message)
    {
        return;
    }
    let proxy = (s + 1..text.sentences.len().min(s + 3))
        .filter(|&t| !text.sentences[t].heading)
        .find_map(|t| {
            let tokens = text.sentences[t].tokens.clone();
            let at = (tokens.clone()).find(|&k| text.words.taken_by.open(text.folded_from(k)))?;
            // "En marge de cette audience, X a été reçu par Z": a party received is another
            // audience of theirs, not the message taken.
            let received = (cast.mentions.iter()).any(|m| {
                (tokens.start..at).contains(&m.name.start) && event.people.contains(&m.person)
            });
            if received {
                return None;
            }
            let next = (cast.mentions.iter())
                .filter(|m| m.name.start > at && m.name.end <= tokens.end)
                .min_by_key(|m| m.name.start)?;
            // The phrase's words and an article at most before the taker's title.
            let words = (at..next.phrase.start).filter(|&k| text.tokens[k].is_word());
            (words.count() <= 4).then_some(next.person)
        });
    if proxy.is_some_and(|p| !event.people.contains(&p)) {
        event.kind = EventKind::Message;
    }
}
