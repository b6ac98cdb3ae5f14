//! Completing an event that names a lone party: the subject a pronoun stands for, the principal of an
//! envoy, a listed or named guest, the people of the sentences after, a headline or a caption.

use std::ops::Range;

use super::apart::principal;
use super::in_sentence;
use crate::extract::event::{self, Event};
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::EventKind;

/// Words between a delegation and the verb that lists its members ("delegation at the bilateral
/// meeting included").
const MEMBERS_AFTER: usize = 6;

/// Completes an event that names a lone party: the subject a pronoun stands for, else the people of the
/// next sentence that goes on about the same exchange ("Le chef de l'Etat a ainsi échangé avec …"),
/// which is how readouts often name the counterpart.
pub fn complete(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    if event.people.len() >= 2 && event.unnamed.is_empty() {
        if let Some(subject) = left_out_subject(text, lex, cast, event) {
            event.people.insert(0, subject);
        }
        return;
    }
    if event.people.len() != 1 || !event.unnamed.is_empty() {
        return;
    }
    // "Addressing the press after the two Heads of State led their delegations in talks, President
    // X said": "the two" of a role before the cue are the pair the text named before, the one
    // party it names again among them.
    let two = (event.sentence.zip(event.cue.as_ref()))
        .and_then(|(s, cue)| super::the_two(text, cast, s, cue.start))
        .filter(|two| two.contains(&event.people[0]));
    if let Some(two) = two {
        event.people = two;
        return;
    }
    if let Some(titled) = super::titled::titled_elsewhere(text, lex, cast, event) {
        event.people.insert(0, titled);
        return;
    }
    if let Some(subject) = pronoun_subject(text, cast, event) {
        event.people.insert(0, subject);
        return;
    }
    if let Some(principal) = principal(text, lex, cast, event) {
        event.people.insert(0, principal);
        return;
    }
    let lone = event.people[0];
    // "X a reçu ce jour en audience :" then a list, one item a line: the first is the event's.
    let listed = event
        .sentence
        .map(|s| text.list_after(s))
        .filter(|l| !l.is_empty());
    if let Some(list) = listed {
        let item = text.sentences[list.start].tokens.start;
        let first = (cast.mentions.iter())
            .find(|m| m.name.start >= item && m.person != lone)
            .filter(|m| text.sentence_of(m.name.start) == list.start);
        if let Some(m) = first {
            event.people.push(m.person);
            return;
        }
    }
    let guests = event
        .sentence
        .and_then(|s| guests(text, s, event.cue.as_ref()));
    // Received together or presenting their credentials in turn, the guests counted are all
    // parties once the text names as many.
    let counted = guests.and_then(|_| counted_guests(text, cast, event, lone));
    if let Some(counted) = counted {
        event.people.extend(counted);
        return;
    }
    if let Some(named) = (event.sentence)
        .map(|s| guests_named(text, cast, s, lone))
        .filter(|named| !named.is_empty())
    {
        event.people.extend(named);
        return;
    }
    let next = (0..text.sentences.len())
        .filter(|&s| !text.sentences[s].heading)
        .skip_while(|&s| Some(s) <= event.sentence)
        .take(NEAR);
    for s in next {
        let Some(more) = event::in_sentence(text, lex, cast, s, Some(EventKind::Other)) else {
            continue;
        };
        // "X est arrivé à Ouagadougou. Il a été accueilli à l'aéroport par Y": a sentence that
        // opens on a pronoun goes on about the party named before it.
        let opening = text.sentences[s].tokens.start;
        let about_lone =
            more.people.contains(&lone) || text.words.subject_pronouns.contains(&text.fw(opening));
        let mut others = others_in(text, lex, cast, s, &more, lone);
        if !others.is_empty() && (about_lone || more.cued || guests.is_some()) {
            if guests == Some(Guests::InTurn) {
                others.truncate(1);
            }
            event.people.extend(others);
            event.unnamed.extend(more.unnamed);
            return;
        }
    }
    if let Some(others) = named_apart(text, lex, cast, lone) {
        event.people.extend(others);
        return;
    }
    if let Some(visitor) = super::visits::visitor_told(text, cast, event) {
        event.people.insert(0, visitor);
        return;
    }
    // "Neuf ambassadeurs ont présenté leurs lettres de créance au président X. […] Première à
    // entrer : Mme Y, ambassadeur de Cuba": the first envoy the text names after, however far.
    if guests == Some(Guests::InTurn) {
        let after = event.sentence.map_or(0, |s| text.sentences[s].tokens.end);
        let envoy = (cast.mentions.iter()).find(|m| {
            m.name.start >= after
                && m.person != lone
                && (m.phrase.clone()).any(|k| text.words.envoys.contains(&text.fw(k)))
        });
        event.people.extend(envoy.map(|m| m.person));
    }
    if event.people.len() == 1 && guests.is_none() {
        if let Some(more) = named_again(text, lex, cast, event.sentence, lone) {
            event.people.extend(more);
        }
    }
}

/// How many sentences after the report's are read for its other parties, whatever they tell.
const NEAR: usize = 3;

/// "La visite du président X à Dakar a permis de … [further on] X et Y se sont félicités de …",
/// "… Ainsi, vendredi, X a reçu en audience Y": past the sentences right after the report, the
/// first that names the lone party again by name beside others names its other parties.
fn named_again(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    sentence: Option<usize>,
    lone: usize,
) -> Option<Vec<usize>> {
    let named: Vec<usize> = (cast.mentions.iter())
        .filter(|m| m.person == lone)
        .map(|m| text.sentence_of(m.name.start))
        .collect();
    let far = (0..text.sentences.len())
        .filter(|&s| !text.sentences[s].heading && !text.sentences[s].caption)
        .skip_while(|&s| Some(s) <= sentence)
        .skip(NEAR);
    far.filter(|s| named.contains(s)).find_map(|s| {
        let more = event::in_sentence(text, lex, cast, s, Some(EventKind::Other))?;
        let others = others_in(text, lex, cast, s, &more, lone);
        (!others.is_empty()).then_some(others)
    })
}

/// The people sentence `s` names in its exchange `more` besides the lone party: not whom it names
/// in a clause to come or a proposal, nor in an earlier exchange it counts from, nor a side's
/// delegation members, nor the report's source.
fn others_in(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    s: usize,
    more: &Event,
    lone: usize,
) -> Vec<usize> {
    // "Cette visite intervient après la rencontre … entre X et Y": whom an earlier exchange the
    // sentence counts from names took part in that one.
    if (more.cue.as_ref()).is_some_and(|c| event::follows_exchange(text, cast, s, c)) {
        return Vec::new();
    }
    let opening = text.sentences[s].tokens.start;
    // "The leaders looked forward to the summit which will take place between X and Z", "Y
    // proposed a summit between X and Z": whom a clause to come or a proposal names takes
    // part in another exchange.
    let to_come = |p: usize| {
        (cast.mentions.iter())
            .find(|m| m.person == p && m.name.start >= opening)
            .is_some_and(|m| {
                text.in_future(opening..m.name.start)
                    || (opening..m.name.start).any(|k| text.words.proposals.contains(&text.fw(k)))
            })
    };
    let members = members_from(text, lex, s);
    let member = |p: usize| {
        members.is_some_and(|from| {
            (cast.mentions.iter()).any(|m| {
                m.person == p && m.name.start > from && text.sentence_of(m.name.start) == s
            })
        })
    };
    // "A government spokesman, X, said after the meeting that …": the report's source is no
    // other party.
    let source = |p: usize| {
        (cast.mentions.iter()).any(|m| {
            m.person == p
                && text.sentence_of(m.name.start) == s
                && super::sources::is_source(text, m)
        })
    };
    (more.people.iter().copied())
        .filter(|&p| p != lone && !to_come(p) && !member(p) && !source(p))
        .collect()
}

/// "The Kenyan delegation at the talks included X, Y": where a side's delegation, named by its
/// country, is told to have counted people, the word after which it lists them; they came with the
/// head and are no party. A delegation named by no country may be the guests ("La délégation
/// comprenait …"), who are.
fn members_from(text: &Text, lex: &Lexicon, s: usize) -> Option<usize> {
    let tokens = text.sentences[s].tokens.clone();
    let words = &text.words;
    let k = (tokens.start + 1..tokens.end).find(|&k| words.delegations.contains(&text.fw(k)))?;
    let countried = |j: usize| !lex.countries_in(text.fw(j)).is_empty();
    if !(countried(k - 1) || countried(k + 1)) {
        return None;
    }
    (k + 1..(k + 1 + MEMBERS_AFTER).min(tokens.end))
        .find(|&j| words.delegation_members.contains(&text.fw(j)))
}

/// "Le chef de l'État poursuit ses audiences. Le 9 mai, il s'est entretenu avec les diplomates Y
/// et Z. […] X a reçu les deux diplomates au palais": an exchange whose subject is a pronoun before
/// its cue, the guests alone named, is the one of the next of three sentences that tells an
/// exchange with someone else by name, who is its subject.
fn left_out_subject(text: &Text, lex: &Lexicon, cast: &Cast, event: &Event) -> Option<usize> {
    let s = event.sentence?;
    let tokens = text.sentences.get(s)?.tokens.clone();
    let cue = event.cue.as_ref().filter(|c| tokens.contains(&c.start))?;
    let first = (cast.mentions.iter())
        .find(|m| tokens.contains(&m.name.start))
        .filter(|m| m.name.start > cue.start)?;
    (tokens.start..cue.start.min(first.name.start))
        .find(|&k| text.words.subject_pronouns.contains(&text.fw(k)))?;
    let next = (s + 1..text.sentences.len())
        .filter(|&k| !text.sentences[k].heading)
        .take(3);
    next.filter_map(|k| event::in_sentence(text, lex, cast, k, Some(EventKind::Other)))
        .filter(|more| more.cued)
        .find_map(|more| (more.people.iter().copied()).find(|p| !event.people.contains(p)))
}

/// "Obama Asue reçu en audience par le président nigérien", over a lead that names the guest only
/// by a bare title; "Le président X (droite), durant son entretien avec Y. Photo : …" over a lead
/// that names one of them: a headline or a photo's caption that reports an exchange with the lone
/// party names the others it writes by name (a title it binds to someone named elsewhere may be
/// whose envoy came).
fn named_apart(text: &Text, lex: &Lexicon, cast: &Cast, lone: usize) -> Option<Vec<usize>> {
    (0..text.sentences.len())
        .filter(|&s| text.sentences[s].heading || text.sentences[s].caption)
        .find_map(|s| {
            let apart = event::in_sentence(text, lex, cast, s, None)?;
            let tokens = &text.sentences[s].tokens;
            let named = |p: usize| {
                (cast.mentions.iter()).any(|m| m.person == p && tokens.contains(&m.name.start))
            };
            let others: Vec<usize> = (apart.people.iter().copied())
                .filter(|&p| p != lone && named(p))
                .collect();
            (apart.people.contains(&lone) && !others.is_empty()).then_some(others)
        })
}

/// "X received five ambassadors … They are A from Ghana, B from Peru", "Il s'agit de MM. A, …":
/// the sentences right after the event's, each opening on a phrase that says so, name all its
/// guests, whether they came together or in turn.
fn guests_named(text: &Text, cast: &Cast, sentence: usize, lone: usize) -> Vec<usize> {
    let mut guests = Vec::new();
    let next = (sentence + 1..text.sentences.len()).filter(|&s| !text.sentences[s].heading);
    for s in next {
        let tokens = text.sentences[s].tokens.clone();
        if !text.words.guests_named.open(text.folded_from(tokens.start)) {
            break;
        }
        let named = (cast.mentions.iter())
            .filter(|m| tokens.contains(&m.name.start) && m.person != lone)
            .map(|m| m.person);
        for p in named {
            if !guests.contains(&p) {
                guests.push(p);
            }
        }
    }
    guests
}

/// "X a reçu huit nouveaux ambassadeurs … l'ambassadeur d'Égypte, Y ; …", "X received three new
/// ambassadors … Speaking with Peru's Ambassador Y": guests the report counts under a plural
/// title are those the text names after it with a country other than the host's, which their
/// titles or their list give them, when there are exactly as many, in one list or apart.
fn counted_guests(text: &Text, cast: &Cast, event: &Event, lone: usize) -> Option<Vec<usize>> {
    let tokens = text.sentences.get(event.sentence?)?.tokens.clone();
    let from = event.cue.as_ref().map_or(tokens.start, |c| c.end);
    let words = text.words;
    let count = |k: usize| {
        (words.counts.iter())
            .find(|&&(word, _)| word == text.fw(k))
            .map(|&(_, n)| n as usize)
            .or_else(|| text.fw(k).parse::<usize>().ok())
    };
    // The count, and at most one adjective between it and the title ("trois nouveaux ambassadeurs").
    let (title, n) = (from..tokens.end)
        .filter(|&k| text.plural_role(k))
        .find_map(|k| {
            let c = (k.saturating_sub(2).max(from)..k).find_map(count)?;
            Some((k, c))
        })
        .filter(|&(_, n)| n >= 2)?;
    let host = cast.people[lone].country;
    let mut guests: Vec<usize> = Vec::new();
    let mut countries = Vec::new();
    for m in cast.mentions.iter().filter(|m| m.name.start > title) {
        let person = &cast.people[m.person];
        if m.person == lone || guests.contains(&m.person) || person.homed {
            continue;
        }
        let Some(country) = person.country.filter(|&c| Some(c) != host) else {
            continue;
        };
        if !countries.contains(&country) {
            guests.push(m.person);
            countries.push(country);
        }
    }
    (guests.len() == n).then_some(guests)
}

/// How a sentence names its guests as a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Guests {
    /// Received together ("a reçu les ministres de la Défense de …").
    Together,
    /// Received one after another: each envoy presents their credentials in turn.
    InTurn,
}

/// "X a reçu les lettres de créance de quatre nouveaux ambassadeurs", "X a reçu les ministres de
/// la Défense de …": a plural title after the exchange's cue names guests whom a later sentence
/// names.
fn guests(text: &Text, sentence: usize, cue: Option<&Range<usize>>) -> Option<Guests> {
    let tokens = text.sentences.get(sentence)?.tokens.clone();
    let in_turn = tokens.clone().any(|k| text.credentials_at(k));
    // "Neuf ambassadeurs ont présenté leurs lettres de créance au président X": envoys may be
    // the subject.
    let from = cue.filter(|_| !in_turn).map_or(tokens.start, |c| c.end);
    (from..tokens.end).find(|&k| text.plural_role(k))?;
    Some(if in_turn {
        Guests::InTurn
    } else {
        Guests::Together
    })
}

/// "Xi Jinping est arrivé à Moscou. Le même jour, il s'est entretenu avec Vladimir Poutine",
/// "President X stressed … Ambassador Y paid a courtesy call on him": when the event's sentence
/// says "il" or "he" before naming its one party, or "him" after, the subject is the first person
/// the sentence before names.
fn pronoun_subject(text: &Text, cast: &Cast, event: &Event) -> Option<usize> {
    let s = event.sentence?;
    let tokens = text.sentences.get(s)?.tokens.clone();
    let party = cast
        .mentions
        .iter()
        .find(|m| m.person == event.people[0] && tokens.contains(&m.name.start))?;
    let words = text.words;
    let before =
        (tokens.start..party.name.start).any(|k| words.subject_pronouns.contains(&text.fw(k)));
    let after = (party.name.end..tokens.end).any(|k| words.object_pronouns.contains(&text.fw(k)));
    if !(before || after) {
        return None;
    }
    // "“…,” spokesperson Z told reporters. He held a meeting with Y": who is quoted is the report's
    // source, not whom it follows; the sentence before that is looked at then.
    let quoted = |p: usize, sentence: &Range<usize>| {
        (cast.mentions.iter()).any(|m| {
            m.person == p
                && sentence.contains(&m.name.start)
                && words.sources.contains(&text.fw(m.name.end))
        })
    };
    (0..s)
        .rev()
        .filter(|&p| !text.sentences[p].heading)
        .take(2)
        .find_map(|previous| {
            let sentence = &text.sentences[previous].tokens;
            let (people, _) = in_sentence(text, cast, previous, sentence.start);
            let mut people = people.into_iter().filter(|&p| p != event.people[0]);
            let first = people.next()?;
            (!quoted(first, sentence)).then_some(first)
        })
}
