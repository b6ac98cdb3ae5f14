//! Participants: who of the people a text names took part in the event it reports (those who met,
//! spoke or wrote), not those greeted, mourned or only mentioned, and the unnamed counterparts.

use std::ops::Range;

use crate::extract::lexicon::Lexicon;
use crate::extract::people::{Cast, Mention, Unnamed};
use crate::extract::text::{Text, TokenKind};
use crate::model::{CountryCode, Participant};

mod apart;
mod complete;
mod delegations;
mod elimination;
mod messages;
mod sources;
mod the_two;
mod titled;
mod turns;
mod unnamed;
mod visits;

pub use apart::{addressed, signed_letter, Letter};
pub use complete::complete;
pub use delegations::heads as delegation_heads;
pub use elimination::{worked_out, Grounds};
use messages::principal_of_envoy;
pub use messages::{bearer, carried, first_pair, sender_country, taken_by_proxy};
use sources::{is_source, SAYS_TO_NAME};
pub use the_two::the_two;
use the_two::two_subject;
use turns::{
    each_their_own, first_subject_in_turn, headed_in_plural, listed_together, told_after_them,
};
use unnamed::bind_unnamed;

/// Tokens from a message's noun to the cue that names its sender ("un message écrit de la part").
const MESSAGE_TO_SENDER: usize = 4;

/// How many words before a name a cue whose objects are listed still makes it an aside.
const LISTED_REACH: usize = 12;

/// Whether a name whose phrase starts at `start` is one of a list of whom a party came with ("X,
/// assisté du secrétaire général, M. Y, et de sa conseillère, Mme Z, a reçu W"): back to the cue,
/// only words, and commas each followed (past "et") by an item's opening word or an honorific.
fn companion_listed(text: &Text, from: usize, start: usize) -> bool {
    let (cues, openers) = text.words.companions;
    let opens = |j: usize| {
        let j = if text.fw(j) == text.words.and {
            j + 1
        } else {
            j
        };
        j < start && (openers.contains(&text.fw(j)) || text.words.honorifics.contains(&text.fw(j)))
            || j == start
    };
    // "Accompagné de ses ministres, le président X a été reçu": a cue that opens the sentence
    // fronts its phrase, and a title after its comma opens the subject; only an honorific there
    // names one more companion ("Accompagné de son ministre, M. Y, le président X …").
    let subject_after = || {
        start > from
            && text.tokens[start - 1].is_punct(',')
            && !text.words.honorifics.contains(&text.fw(start))
    };
    for k in (from..start).rev() {
        let f = text.fw(k);
        if cues.contains(&f) {
            return !(k == from && subject_after());
        }
        // "M. Y": an honorific's abbreviating dot.
        let abbreviation = || {
            text.tokens[k].is_punct('.')
                && k > from
                && text.words.honorifics.contains(&text.fw(k - 1))
        };
        let fits = if text.tokens[k].is_punct(',') {
            opens(k + 1)
        } else {
            text.tokens[k].is_word() || f == "'" || abbreviation()
        };
        if !fits {
            return false;
        }
    }
    false
}

/// Who took part in the event a sentence reports: the people it names before it turns to asides
/// ("porteur d'un message du président X"), and the unnamed counterparts it has (their countries).
fn in_sentence<'c>(
    text: &Text,
    cast: &'c Cast,
    sentence: usize,
    trigger: usize,
) -> (Vec<usize>, Vec<&'c Unnamed>) {
    let Some(s) = text.sentences.get(sentence) else {
        return (Vec::new(), Vec::new());
    };
    let tokens = s.tokens.clone();
    let cut = cut_at(text, tokens.clone(), trigger, cast, sentence);
    // "et de son épouse Y": a cue that is the name's own honorific names that person, not another's;
    // "un appel téléphonique de la part de Y": a cue right after a call names the caller.
    // "…, envoyé spécial du Président de la République de Gambie, M. X": a comma and an honorific
    // open another item of a list, whatever title the one before it ends with.
    // "La réunion s'est tenue à l'invitation du ministre X, avec ses homologues Y et Z": who invited
    // to an exchange whose sentence names no one before is its host.
    let hosted = |k: usize| {
        text.words.invitations.contains(&text.fw(k))
            && !(cast.mentions.iter()).any(|m| m.name.start >= tokens.start && m.name.end <= k)
            && !(cast.unnamed.iter()).any(|u| u.phrase.start >= tokens.start && u.phrase.end <= k)
    };
    let aside = |phrase: &Range<usize>, name: usize| {
        // "émissaire de son homologue ghanéen, M. Y": no other item, but the counterpart's name
        // set beside its title.
        let apposed = |k: usize| {
            (k.saturating_sub(3).max(1)..k).any(|j| {
                text.words.counterpart(text.fw(j))
                    && text.words.possessives.contains(&text.fw(j - 1))
            })
        };
        let restarts = (phrase.start..name.saturating_sub(1)).any(|k| {
            text.tokens[k].is_punct(',')
                && text.words.honorifics.contains(&text.fw(k + 1))
                && !apposed(k)
        });
        if companion_listed(text, tokens.start, phrase.start) {
            return true;
        }
        if restarts {
            return false;
        }
        let from = reach_back(text, tokens.start, phrase.start);
        // "Special Envoy X met Minister Y": a cue before another name is that name's title.
        let named_between = |k: usize| {
            (cast.mentions.iter()).any(|m| m.name.start > k && m.name.end <= phrase.start)
        };
        if principal_of_envoy(text, cast, tokens.start, phrase.start) {
            return true;
        }
        // "a remercié son homologue Y", "thanked his counterpart Y": a counterpart a cue takes
        // as its object, with no preposition between, is the other party.
        let counterpart =
            (phrase.start.saturating_sub(1)..name).find(|&j| text.words.counterpart(text.fw(j)));
        // "Minister Bui Thanh Son and Minister Wang Yi": a cue's word that is a name's is no cue.
        let in_a_name = |k: usize| (cast.mentions.iter()).any(|m| m.name.contains(&k));
        // "the greetings and best wishes of President Y", "porteuse d'un message d'amitié et de
        // solidarité du président Y": a cue whose objects are listed reaches the name further, over
        // words with no name nor punctuation but an apostrophe between.
        let listed = |k: usize| {
            let gap = k + 1..phrase.start;
            gap.clone().any(|j| text.fw(j) == text.words.and)
                && gap
                    .clone()
                    .all(|j| text.tokens[j].is_word() || text.fw(j) == "'")
                && !gap.clone().any(in_a_name)
        };
        // Most words are no aside's cue: that is asked before anything else.
        let cue = |k: usize| {
            let f = text.fw(k);
            text.words.aside_cues.contains(&f)
                || text.words.companions.0.contains(&f)
                || text.words.envoy_asides.contains(&f)
        };
        let far = phrase.start.saturating_sub(LISTED_REACH).max(tokens.start);
        let reached = (far..from).filter(|&k| cue(k) && listed(k));
        (from..phrase.start)
            .filter(|&k| cue(k))
            .chain(reached)
            .filter(|&k| !in_a_name(k))
            .any(|k| {
                let f = text.fw(k);
                let after_call = (k.saturating_sub(3).max(tokens.start)..k)
                    .any(|j| text.words.calls.contains(&text.fw(j)));
                // "un message de condoléances de la part du président X": its sender.
                let sender = || {
                    text.words.senders.contains(&f)
                        && (k.saturating_sub(MESSAGE_TO_SENDER).max(tokens.start)..k)
                            .any(|j| text.words.addressed.0.contains(&text.fw(j)))
                };
                let own_honorific = k + 1 == phrase.start && text.words.honorifics.contains(&f);
                // "a remercié mardi son homologue Y": a time may be said between the verb and
                // its object.
                let object = counterpart.is_some_and(|c| {
                    let gap = k + 1..c.min(phrase.start);
                    let possessive = |j: usize| text.words.possessives.contains(&text.fw(j));
                    let det = gap.clone().find(|&j| possessive(j)).unwrap_or(gap.end);
                    let times = &text.words.cue_times;
                    (det == gap.start || times.contains(&text.folded_span(gap.start..det)))
                        && (det..gap.end).all(possessive)
                });
                // "l'envoyé spécial du secrétaire général de l'ONU, Y": the envoy named after
                // whom they serve, set apart by a comma (not "émissaire de son homologue, Y").
                let envoy_named = text.words.envoy_asides.contains(&f)
                    && (k + 1..name).any(|j| text.tokens[j].is_punct(','))
                    && name
                        .checked_sub(1)
                        .is_some_and(|c| text.tokens[c].is_punct(',') && !apposed(c));
                // "X et son épouse ont reçu le roi Y": a cue in the subject does not reach
                // over the exchange's verb to whom it takes.
                let over_verb = k < trigger && trigger < phrase.start;
                // "Peu après son décès, le président X a adressé …", "After his death, President
                // X …": a comma right after the cue closes its phrase, and the name after it
                // opens the clause, but for its complement set apart ("du décès, le 4 mars, de
                // l'ancien président X").
                let closed = text.tokens[k + 1].is_punct(',')
                    && k + 2 == phrase.start
                    && !text.words.genitives.contains(&text.fw(phrase.start));
                !(over_verb
                    || closed
                    || after_call
                    || sender()
                    || own_honorific
                    || object
                    || envoy_named
                    || hosted(k)
                    || named_between(k))
            })
    };
    // "X a reçu au palais, en présence du prince héritier Y, le ministre Z", "X received, in the
    // presence of Minister Y and Minister W, Z": attendees set apart before the party the cue
    // takes (after it, the sentence is cut there), their list closed by the comma before the
    // party, whom the sentence names after them; not those the exchange was held through ("in
    // the presence of the mediators Y").
    let attends = |phrase: &Range<usize>| {
        let far = phrase.start.saturating_sub(LISTED_REACH).max(tokens.start);
        (far..phrase.start)
            .rev()
            .take_while(|&j| !text.tokens[j].is_punct(','))
            .find(|&j| text.words.presence.open(text.folded_from(j)))
            .is_some_and(|j| {
                !(j..phrase.start).any(|k| text.words.go_betweens.contains(&text.fw(k)))
                    && (cast.mentions.iter())
                        .any(|n| n.name.start >= phrase.end && n.name.end <= cut)
            })
    };
    // "le décès du président X et du ministre Y": a name joined by "et" or a comma to an aside's
    // goes on with its list.
    let joined = |from: usize, to: usize| {
        from <= to && (from..to).all(|k| text.fw(k) == "," || text.fw(k) == text.words.and)
    };
    // "en présence du ministre Y, du secrétaire général W et du directeur de cabinet du président
    // V": an attendee's list goes on with each item its preposition opens after a comma or "et",
    // whatever title it gives before the name.
    let next_item = |from: usize, to: usize| {
        // The preposition may open the name's phrase or stand before it.
        let opener = (from..=to).find(|&k| text.fw(k) != "," && text.fw(k) != text.words.and);
        opener.is_some_and(|o| {
            o > from
                && o + LISTED_REACH > to
                && text.words.companions.1.contains(&text.fw(o))
                && (o..to).all(|k| text.tokens[k].is_word() || text.fw(k) == "'")
        })
    };
    let mut people = Vec::new();
    let mut last_aside: Option<usize> = None;
    let mut last_attendee: Option<usize> = None;
    // "X a reçu les lettres de créance de Y, ambassadeur du Ghana, et de Z": envoys present their
    // credentials one after another too.
    let in_turn = (tokens.clone())
        .find(|&k| {
            text.words.in_turn.contains(&text.fw(k))
                || text.credentials_at(k)
                || each_their_own(text, cast, tokens.start, k).is_some()
        })
        .map(|k| each_their_own(text, cast, tokens.start, k).unwrap_or(k))
        .map(|k| told_after_them(text, cast, trigger, k))
        .or_else(|| headed_in_plural(text, sentence).then_some(trigger));
    // "“… the special envoy X,” Y told a meeting with Z": whom a speaker names in their own words,
    // beside parties named outside them, did not take part; a quoted release tells the exchange.
    let speaker_named = (cast.mentions.iter())
        .any(|m| tokens.contains(&m.name.start) && !text.quoted(tokens.clone(), m.name.start));
    // "“… the work of Commander Z,” the message stated": a message that speaks after its own
    // quoted words is their speaker, and whom they name took no part either.
    let message_speaks = (tokens.start + 2..tokens.end).any(|k| {
        text.words.addressed.0.contains(&text.fw(k))
            && text.words.definite.contains(&text.fw(k - 1))
            && matches!(text.tokens[k - 2].kind, TokenKind::Punct('”' | '»' | '"'))
    });
    let speaker_named = speaker_named || message_speaks;
    // "« … d'adresser mes vives félicitations à X », a écrit Y": whom the speaker's own words
    // send a message to is its addressee, "à" left out or not.
    let addressed = |m: &Mention| {
        let (messages, to) = text.words.addressed;
        // "félicitations à son excellence X": an honorific the title leaves out of the phrase.
        let honour = |j: usize| {
            text.words.honorifics.contains(&text.fw(j))
                || text.words.possessives.contains(&text.fw(j))
        };
        let k = (m.phrase.start.saturating_sub(2).max(tokens.start)..m.phrase.start)
            .find(|&j| (j..m.phrase.start).all(honour))
            .unwrap_or(m.phrase.start);
        k > tokens.start && messages.contains(&text.fw(k - 1))
            || k > tokens.start + 1 && text.fw(k - 1) == to && messages.contains(&text.fw(k - 2))
    };
    // "X a été reçu par Y, auquel il a adressé les condoléances du Président de la République, Z":
    // whose wishes a party passes on, once both parties are named, sent them through that party.
    // The preposition may open the name's phrase ("du président Z") or stand before it, and the
    // words that name a sender before it ("les félicitations de la part du président Z").
    let passed_on = |m: &Mention| {
        let (messages, _) = text.words.addressed;
        let of = (m.phrase.start.saturating_sub(1).max(tokens.start)..=m.phrase.start)
            .find(|&k| text.words.genitives.contains(&text.fw(k)));
        of.is_some_and(|k| {
            let (k, reach) = match k.checked_sub(1) {
                Some(cue) if text.words.senders.contains(&text.fw(cue)) => (cue, MESSAGE_TO_SENDER),
                _ => (k, 3),
            };
            (k.saturating_sub(reach).max(tokens.start)..k).any(|j| messages.contains(&text.fw(j)))
        })
    };
    // "Quatre jours après avoir reçu Y, X a rencontré Z": whom the subject met before the exchange
    // reported took no part in it.
    let earlier = text
        .done_earlier(tokens.clone())
        .filter(|r| !r.contains(&trigger))
        .unwrap_or_default();
    for m in cast
        .mentions
        .iter()
        .filter(|m| m.name.start >= tokens.start && m.name.end <= cut)
        .filter(|m| !earlier.contains(&m.name.start))
        .filter(|m| !(speaker_named && text.quoted(tokens.clone(), m.name.start)) || addressed(m))
    {
        // "X a rencontré successivement Y, puis Z": the first met is the party; a party named
        // before them has been taken already.
        if let Some(turn) = in_turn.filter(|&t| m.name.start > t) {
            let met = (cast.mentions.iter())
                .filter(|n| n.name.start > turn && n.name.start < m.name.start)
                .rfind(|n| people.contains(&n.person));
            if met.is_some_and(|n| !listed_together(text, turn, n, m)) {
                break;
            }
        }
        let listed_aside = last_aside.is_some_and(|end| joined(end, m.phrase.start));
        // "X and Y discussed … building on President Z's visit": a name in the possessive once
        // two parties are named is what they spoke of; "…, Press Secretary Z told reporters":
        // who says so, the source.
        // "Press Secretary Z said that President X likes talks with President Y": so too before
        // two parties the sentence names after, but for a source that closes it ("X told Y that
        // …, spokesperson Z said").
        let two_after = || {
            let mut after = (cast.mentions.iter())
                .filter(|n| n.name.start > m.name.end && n.name.end <= cut && !is_source(text, n))
                .map(|n| n.person)
                .filter(|&p| p != m.person);
            after
                .next()
                .is_some_and(|first| after.any(|other| other != first))
        };
        // "During the meeting with Y, X noted the importance of President Z's visit": so too once
        // the one party the exchange's cue takes is named.
        let party_after_cue = || {
            (cast.mentions.iter()).any(|n| {
                n.name.start > trigger && n.name.end <= m.name.start && people.contains(&n.person)
            })
        };
        if owns_title(text, cast, m, trigger)
            || of_a_government(text, m)
            || text.possessive(m.name.end) && (people.len() >= 2 || party_after_cue())
            || is_source(text, m) && (people.len() >= 2 || two_after())
            || issued_for_a_party(text, m, tokens.start)
            || people.len() >= 2 && passed_on(m)
        {
            continue;
        }
        if last_attendee.is_some_and(|end| next_item(end, m.phrase.start)) || attends(&m.phrase) {
            last_aside = None;
            last_attendee = Some(m.phrase.end);
        } else if listed_aside || aside(&m.phrase, m.name.start) {
            last_aside = Some(m.phrase.end);
            last_attendee = None;
        } else {
            last_aside = None;
            last_attendee = None;
            if !people.contains(&m.person) {
                people.push(m.person);
            }
        }
    }
    first_subject_in_turn(text, cast, tokens.clone(), trigger, &mut people);
    let unnamed = cast
        .unnamed
        .iter()
        .filter(|u| {
            u.phrase.start >= tokens.start
                && u.phrase.start < cut
                && !earlier.contains(&u.phrase.start)
                && !aside(&u.phrase, u.phrase.start)
                && !attends(&u.phrase)
        })
        .collect();
    (people, unnamed)
}

/// Words before a name's phrase at `phrase` that an aside's cue may stand at.
const ASIDE_REACH: usize = 4;

/// Where, from `start` on, an aside's cue may stand before a name's phrase at `phrase`: so many
/// words back, past the words of a day set between ("du décès le 4 mars de l'ancien Premier
/// ministre X", "the death on Monday of former President X"), which date the act and are no
/// words of it.
fn reach_back(text: &Text, start: usize, phrase: usize) -> usize {
    let words = text.words;
    let figure = |k: usize| text.fw(k).bytes().all(|b| b.is_ascii_digit());
    let day = |k: usize| {
        let f = text.fw(k);
        figure(k) || words.dates.names_day(f) || words.dates.month(f).is_some()
    };
    let dating = |k: usize| {
        day(k) || k + 1 < phrase && (figure(k + 1) || words.dates.names_day(text.fw(k + 1)))
    };
    let mut from = phrase;
    let mut counted = 0;
    while from > start && counted < ASIDE_REACH {
        from -= 1;
        if !dating(from) {
            counted += 1;
        }
    }
    from
}

/// "In a message issued by Mr X, the President's spokesman, President Y commended …": who issued
/// or released a message, named (titled or not) right after the words that say so, is its source,
/// not a party; but for a joint one, or issuers listed together ("a joint statement issued by X and
/// Y"), who are its parties.
fn issued_for_a_party(text: &Text, m: &Mention, start: usize) -> bool {
    let (verbs, by, joint) = text.words.issued_by;
    // Tokens, not words: a hyphened title and an abbreviated honorific count several.
    let from = m
        .phrase
        .start
        .saturating_sub(2 * SAYS_TO_NAME)
        .max(start + 1);
    let Some(verb) = (from..m.phrase.start)
        .rev()
        .take_while(|&j| {
            text.tokens[j].is_word() || text.tokens[j].is_punct('.') || text.tokens[j].is_punct('-')
        })
        .find(|&j| text.fw(j) == by && verbs.contains(&text.fw(j - 1)))
        .map(|j| j - 1)
    else {
        return false;
    };
    // "publié par le bureau du Premier ministre, M. X s'est entretenu": a comma before the name
    // closes the issuer's; the name after it starts the sentence's own clause.
    if (verb..m.name.start).any(|j| text.tokens[j].is_punct(',')) {
        return false;
    }
    let mut before = verb.saturating_sub(SAYS_TO_NAME).max(start)..verb;
    !before.any(|j| joint.contains(&text.fw(j))) && text.fw(m.name.end) != text.words.and
}

/// "President X's special envoy, Y": a name whose possessive opens another person's title is only
/// whose that title is; not where the exchange's cue stands between ("X's phone call to Y").
fn owns_title(text: &Text, cast: &Cast, m: &Mention, trigger: usize) -> bool {
    let end = m.name.end;
    // "President X's call with President Y": a title stop between makes the possessive another's.
    let title = |n: &Mention| {
        n.phrase.start > end
            && n.name.start <= end + 8
            && !(end..n.name.start).contains(&trigger)
            && (end + 2..n.name.start).all(|k| !text.words.title_stops.contains(&text.fw(k)))
    };
    text.possessive(end) && cast.mentions.iter().any(title)
}

/// "after the X government assumed power", "sous le gouvernement X": a bare surname that names a
/// government by its leader tells when, not who took part.
fn of_a_government(text: &Text, m: &Mention) -> bool {
    let (after, before) = text.words.governments;
    m.phrase == m.name
        && (after.contains(&text.fw(m.name.end))
            || m.name.start > 0 && before.contains(&text.fw(m.name.start - 1)))
}

/// Where a sentence stops naming participants: the first aside after a participant that follows the
/// trigger, or after two people named before it ("X and Y held talks on Thursday to prepare an
/// upcoming meeting between their leaders, Z and W"), or after a subject that stands for the two
/// parties ("Les deux ministres ont échangé sur …, en présence de l'ambassadeur Z").
fn cut_at(text: &Text, tokens: Range<usize>, trigger: usize, cast: &Cast, s: usize) -> usize {
    let two = two_subject(text, s, trigger).is_some();
    let after_trigger = |k: usize| {
        if two {
            return true;
        }
        let mut before = (cast.mentions.iter())
            .filter(|m| m.name.start >= tokens.start && m.name.end <= k)
            .map(|m| m.person);
        cast.mentions
            .iter()
            .any(|m| m.name.start > trigger && m.name.end <= k)
            || cast
                .unnamed
                .iter()
                .any(|u| u.phrase.start > trigger && u.phrase.end <= k)
            || before
                .next()
                .is_some_and(|first| before.any(|other| other != first))
    };
    let sentence = text.folded_span(tokens.clone());
    let base = text.tokens.get(tokens.start).map_or(0, |t| t.folded.start);
    // "en présence du Premier ministre Y" names an attendee; "en présence des médiateurs Y et Z"
    // names those the exchange was held through, who are parties to it.
    let attendees = |k: usize| {
        let rest = &sentence[text.tokens[k].folded.start - base..];
        text.words.presence.open(rest)
            && !(k + 2..tokens.end.min(k + 6)).any(|j| text.words.go_betweens.contains(&text.fw(j)))
    };
    for k in tokens.clone().filter(|&k| k > trigger) {
        let rest = &sentence[text.tokens[k].folded.start - base..];
        if (text.words.cut_phrases.open(rest) || attendees(k)) && after_trigger(k) {
            return k;
        }
    }
    tokens.end
}

/// The participants as the readout reports them: names as written, with their countries.
pub fn listed(cast: &Cast, people: &[usize]) -> Vec<Participant> {
    people
        .iter()
        .map(|&p| Participant {
            name: cast.people[p].name.clone(),
            country: cast.people[p].country,
        })
        .collect()
}

/// The participants of sentence `s`, whose exchange is named at token `trigger`: the people it names,
/// with its unnamed counterparts bound to people named elsewhere, and the countries of those left unnamed.
pub fn of_sentence(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    s: usize,
    trigger: usize,
) -> (Vec<usize>, Vec<CountryCode>) {
    let (mut people, unnamed) = in_sentence(text, cast, s, trigger);
    let unnamed = bind_unnamed(text, lex, cast, &mut people, &unnamed);
    (people, unnamed)
}

#[cfg(test)]
mod tests;
