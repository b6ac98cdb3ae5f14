//! Messages handed over and envoys: who brought a message met its addressee; one taken by a proxy
//! was not; whom an envoy's title names sent them; exchanges paired "respectively", of which the
//! report is the first pair's.

use crate::extract::event::Event;
use crate::extract::kind;
use crate::extract::lexicon::{Lexicon, Listed};
use crate::extract::people::{Cast, Mention};
use crate::extract::text::{Text, TokenKind};
use crate::model::{CountryCode, EventKind};

/// "Le président X et le Premier ministre Y ont adressé des lettres respectivement au président A
/// et à la Première ministre B", "X and Y sent messages to A and B respectively": each of the first
/// list exchanged with the one the second pairs it with, so the report is the first pair's.
pub fn first_pair(text: &Text, cast: &Cast, event: &mut Event) {
    let (Some(s), Some(cue)) = (event.sentence, event.cue.as_ref()) else {
        return;
    };
    let tokens = text.sentences[s].tokens.clone();
    let respectively = |k: &usize| text.words.respectively.contains(&text.fw(*k));
    let Some(at) = tokens.clone().find(respectively) else {
        return;
    };
    let named_at = |p: usize| {
        (cast.mentions.iter())
            .find(|m| m.person == p && tokens.contains(&m.name.start))
            .map(|m| m.name.start)
    };
    let Some(starts) = event
        .people
        .iter()
        .map(|&p| named_at(p))
        .collect::<Option<Vec<_>>>()
    else {
        return;
    };
    // French sets the word before the second list, English after it, the cue parting the lists.
    let parting = if starts.iter().any(|&k| k > at) {
        at
    } else {
        cue.start
    };
    let first = starts.iter().filter(|&&k| k < parting).count();
    if first >= 2 && first * 2 == starts.len() && starts.is_sorted() {
        event.people = vec![event.people[0], event.people[first]];
    }
}

/// "X a reçu un message écrit de Y. Le message a été remis par Z, envoyé spécial de Y": who handed a
/// message over met its addressee, in place of its sender (the party of the bearer's country, else
/// the one named second, as "a reçu un message de Y" names the sender).
pub fn bearer(text: &Text, cast: &Cast, event: &mut Event) {
    let Some(s) = event.sentence else { return };
    // Only an event of two parties, or of three with the bearer, is read again (below): the
    // others are answered before the words of a message handed over are looked for.
    if !matches!(event.people.len(), 2 | 3) {
        return;
    }
    let handed = (s..text.sentences.len().min(s + 3))
        .filter(|&t| !text.sentences[t].heading)
        .find_map(|t| {
            let tokens = text.sentences[t].tokens.clone();
            let at = (tokens.clone()).find(|&k| text.words.handed_by.open(text.folded_from(k)))?;
            (cast.mentions.iter())
                .filter(|m| m.name.start > at && m.name.end <= tokens.end)
                .find(|m| !sends_the_bearer(text, cast, m))
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
    // Only the dateline's country by default, the bearer's tells no sender.
    let from = country(bearer).filter(|_| !cast.people[bearer].homed);
    let sender = (event.people.iter())
        .position(|&p| p != bearer && from.is_some() && country(p) == from)
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

/// "X a transmis au président Y un message du président Z", "X conveyed to Y a message from
/// Z": who passes on a message that a third party, named or by title right after the noun, sent
/// is its bearer, who handed it over in person; not a message of wishes ("un message de
/// félicitations"), nor one received ("a reçu un message de Z").
pub fn carried(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let (Some(s), Some(cue)) = (event.sentence, event.cue.as_ref()) else {
        return;
    };
    let words = text.words;
    let tokens = text.sentences[s].tokens.clone();
    if event.kind != EventKind::Message
        || !(tokens.start..cue.start).any(|k| words.carries.contains(&text.fw(k)))
    {
        return;
    }
    // "un message (écrit) de l'émir Z": the genitive within two words of the noun.
    let Some(of) =
        (cue.end..(cue.end + 2).min(tokens.end)).find(|&k| words.genitives.contains(&text.fw(k)))
    else {
        return;
    };
    // A title or a name right after it, past an article ("de l'émir Z", "du président Z").
    let sender = |k: usize| {
        let listed = lex.listed(text.language, text.fw(k));
        listed.has(Listed::ROLE)
            || listed.has(Listed::HONORIFIC)
            || (cast.mentions.iter()).any(|m| m.name.start == k)
    };
    if (of + 1..(of + 3).min(tokens.end)).any(sender) {
        event.kind = EventKind::Meeting;
        event.cued = true;
    }
}

/// "delivered by President Y's Special Envoy Z", "delivered by the special envoy of President Y,
/// Z": whose envoy brought the message is its sender, named in the bearer's title.
fn sends_the_bearer(text: &Text, cast: &Cast, m: &Mention) -> bool {
    // The bearer's own name after the sender's is no sender, whichever title they share.
    let named_between =
        |k: usize| (cast.mentions.iter()).any(|n| n.name.start > k && n.name.end <= m.name.start);
    text.possessive(m.name.end)
        || (m.phrase.start.saturating_sub(3)..m.phrase.start)
            .any(|k| text.words.sent.contains(&text.fw(k)) && !named_between(k))
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

/// Tokens an envoy's title may run over, back to the envoy's name or on to the principal's.
const ENVOY_TITLE_REACH: usize = 12;

/// "X, a special envoy of Democratic Republic of Congo (DRC) President, Y, met Z", "Z met X, Treasury
/// Secretary and Special Representative of U.S. President Y": an envoy's title set after the envoy's
/// own name names whom they serve, past that one's title of any length (capitalised words, the
/// words that join them, an acronym's marks, a comma before the name); who sent the envoy did not
/// come.
pub(super) fn principal_of_envoy(text: &Text, cast: &Cast, start: usize, phrase: usize) -> bool {
    envoy_of_principal(text, cast, start, phrase).is_some()
}

/// The envoy whose title, set after their name, names the principal whose phrase starts at
/// `phrase` (`principal_of_envoy`).
fn envoy_of_principal(text: &Text, cast: &Cast, start: usize, phrase: usize) -> Option<usize> {
    let words = text.words;
    // "X, envoyé spécial du président français, Y": a principal set apart by a comma closes
    // their title, whose words in lower case ("français") are the title's too.
    let apart = phrase > start && text.tokens[phrase - 1].is_punct(',');
    let titled = |j: usize| {
        let t = &text.tokens[j];
        let f = text.fw(j);
        t.is_word() && (t.capitalised || apart || words.genitives.contains(&f) || f == "the")
            || matches!(t.kind, TokenKind::Punct('(' | ')' | '.' | '-' | '\''))
            || f == "s" && text.possessive(j.saturating_sub(1))
            || j + 1 == phrase && t.is_punct(',')
    };
    // "envoyé spécial du président": a word may qualify the envoy before whom they serve.
    let of_whom = |j: usize| {
        words.genitives.contains(&text.fw(j + 1))
            || text.tokens[j + 1].is_word() && words.genitives.contains(&text.fw(j + 2))
    };
    let far = phrase.saturating_sub(ENVOY_TITLE_REACH).max(start);
    let envoy = (far..phrase)
        .rev()
        .take_while(|&j| titled(j) || words.sent.contains(&text.fw(j)))
        .find(|&j| words.sent.contains(&text.fw(j)) && of_whom(j))?;
    // Back from the envoy's word over the rest of their title ("a special", "Treasury Secretary
    // and Special", "l'") to the comma after their name; "et" after it opens another guest ("X,
    // et le conseiller spécial du chef de l'État, Y").
    let comma = (envoy.saturating_sub(ENVOY_TITLE_REACH).max(start)..envoy)
        .rev()
        .find(|&j| {
            let t = &text.tokens[j];
            !(t.is_word() || t.is_punct('.') || t.is_punct('\''))
        });
    let c = comma.filter(|&c| text.tokens[c].is_punct(',') && text.fw(c + 1) != words.and)?;
    if (cast.mentions.iter()).any(|m| m.name.start > envoy && m.name.end <= phrase) {
        return None;
    }
    // "“X”, l'envoyé spécial": the name may close its quotation marks before the comma.
    let closed = c > 0 && matches!(text.tokens[c - 1].kind, TokenKind::Punct('”' | '»' | '"'));
    (cast.mentions.iter())
        .find(|m| m.name.end == c || closed && m.name.end == c - 1)
        .map(|m| m.person)
}

/// "Z, envoyé spécial de SE X", "Z, the special envoy of X", "President X's Special Envoy Z": an
/// envoy the text gives no country of their own is of the country of whom their title says sent
/// them, after their name or, in the possessive, before it.
pub fn sender_country(text: &Text, cast: &Cast, p: usize) -> Option<CountryCode> {
    let sent = |from: usize, to: usize| (from..to).any(|k| text.words.sent.contains(&text.fw(k)));
    let sender = |m: &Mention| {
        (cast.mentions.iter()).find(|s| {
            s.person != p
                && ((m.name.end..m.phrase.end).contains(&s.name.start)
                    && sent(m.name.end, s.name.start)
                    || (m.phrase.start..m.name.start).contains(&s.name.start)
                        && text.possessive(s.name.end)
                        && sent(s.name.end, m.name.start))
        })
    };
    // "X, a special envoy of Ghanaian President, Y,": the principal named past the envoy's title.
    let principal = || {
        (cast.mentions.iter()).find(|s| {
            let start = text.sentences[text.sentence_of(s.name.start)].tokens.start;
            s.person != p && envoy_of_principal(text, cast, start, s.phrase.start) == Some(p)
        })
    };
    // Any of the envoy's mentions may be the one titled so.
    (cast.mentions.iter())
        .filter(|m| m.person == p)
        .find_map(sender)
        .or_else(principal)
        .and_then(|s| cast.people[s.person].country)
}
