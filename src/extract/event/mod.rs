//! Event: which sentence reports the main exchange, what kind of exchange it names, and its parties.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::extract::kind;
use crate::extract::lexicon::Lexicon;
use crate::extract::participants;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::{CountryCode, EventKind};
pub use again::{announces_series, follows_exchange, restates, tells_again, tells_another};
use again::{in_future_clause, told_earlier};
use next::{
    call_named_later, call_told_next, kind_told_next, met_after_welcome, video_named_later,
};
use statement::{
    in_first_person, joint_statement_title, names_statement, numbered_from_first,
    opens_with_statement, protocol_preamble, statement_parties,
};

mod again;
mod next;
mod statement;

/// An exchange the text reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The sentence that reports it.
    pub sentence: Option<usize>,
    pub kind: EventKind,
    /// Whether a cue named the kind (else it is `Other` or inherited).
    pub cued: bool,
    /// The tokens of the cue that named the kind, when one did.
    pub cue: Option<Range<usize>>,
    /// Indices into `Cast::people`, in text order.
    pub people: Vec<usize>,
    /// Countries of counterparts the text leaves unnamed.
    pub unnamed: Vec<CountryCode>,
    /// The heading that titles the whole text as the event, when one does (a joint statement's).
    pub title: Option<usize>,
    /// The sentence that told the exchange first, which the report's points back to.
    pub told_before: Option<usize>,
}

/// "X felicitated Y on the national day. “…,” X said in a message": the message that names its
/// sender alone is to whom the wishes told before it went.
fn addressed_by_wishes(mut event: Event, wishes: Option<&Event>) -> Event {
    let Some(w) = wishes.filter(|w| w.sentence < event.sentence) else {
        return event;
    };
    let [sender] = event.people[..] else {
        return event;
    };
    if event.unnamed.is_empty() && w.people.contains(&sender) {
        event
            .people
            .extend(w.people.iter().filter(|&&p| p != sender));
    }
    event
}

/// The first sentence, past headings and captions, whose cues name an exchange, and its kind.
pub fn first_cued(text: &Text, lex: &Lexicon) -> Option<(usize, EventKind)> {
    text.running(0..text.sentences.len())
        .find_map(|s| kind::classify(lex.sentence_cues(text, s)).map(|(kind, _)| (s, kind)))
}

/// Whether the sentence of `e` opens on a preposition, a month and a comma ("In July,", "En mai,").
fn opens_on_a_month(text: &Text, e: &Event) -> bool {
    e.sentence.is_some_and(|s| {
        let t = text.sentences[s].tokens.start;
        text.words.dates.month_openers.contains(&text.fw(t))
            && text.words.dates.months.contains(&text.fw(t + 1))
            && text.fw(t + 2) == ","
    })
}

/// The exchange reported by sentence `s`, if it names one (or `default` is given) and has a party.
/// Worked out once per sentence and kept on the `Text` (`Told`): the rules that choose the main
/// exchange, date and place it and find the others ask it again of the same sentences.
pub fn in_sentence(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    s: usize,
    default: Option<EventKind>,
) -> Option<Event> {
    let told = text.found.told.get(s)?;
    match cue_in(text, lex, s) {
        Some((kind, cue)) => (told.cued)
            .get_or_init(|| with_parties(text, lex, cast, s, kind, Some(cue)))
            .clone(),
        None => match default? {
            EventKind::Other => (told.other)
                .get_or_init(|| uncued_in(text, lex, cast, s, EventKind::Other))
                .clone(),
            kind => uncued_in(text, lex, cast, s, kind),
        },
    }
}

/// What sentence `s` tells of an exchange, found when a rule first asks (`in_sentence`): the cast
/// is found once per text, before any rule asks. Its cue is kept apart from its parties, which
/// cost most: a rule that needs a cue of some kind asks it first (`tells_again`).
#[derive(Debug, Default)]
pub struct Told {
    /// The kind the sentence's cues name and the tokens of the cue that names it.
    cue: OnceCell<Option<(EventKind, Range<usize>)>>,
    /// The exchange that cue names, where it has a party.
    cued: OnceCell<Option<Event>>,
    /// The exchange of kind `Other` a sentence that names none reports, where it has a party.
    other: OnceCell<Option<Event>>,
}

/// The kind of exchange the cues of sentence `s` name, but for those of its asides, and the tokens
/// of the cue that names it.
pub(super) fn cue_in(text: &Text, lex: &Lexicon, s: usize) -> Option<(EventKind, Range<usize>)> {
    let told = text.found.told.get(s)?;
    let cue = told.cue.get_or_init(|| {
        let found = lex.sentence_cues(text, s);
        // Most sentences name no exchange: they are answered before their asides are looked for.
        if found.is_empty() {
            return None;
        }
        let span = text.span(text.sentences[s].tokens.clone());
        let base = text.folded.folded_offset(span.start);
        let cues = beside_asides(text, s, base, found);
        let token = |at: usize| text.token_at(text.folded.body_offset(base + at));
        kind::classify(&cues).map(|(kind, at)| (kind, token(at.start)..token(at.end)))
    });
    cue.clone()
}

/// The exchange of kind `kind` that sentence `s` reports without naming it, if it has a party.
fn uncued_in(text: &Text, lex: &Lexicon, cast: &Cast, s: usize, kind: EventKind) -> Option<Event> {
    with_parties(text, lex, cast, s, kind, None)
}

/// The exchange of kind `kind` sentence `s` reports, by `cue` or from its start, if it has a party.
fn with_parties(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    s: usize,
    kind: EventKind,
    cue: Option<Range<usize>>,
) -> Option<Event> {
    let sentence = &text.sentences[s];
    let trigger = cue.as_ref().map_or(sentence.tokens.start, |c| c.start);
    // "Entretien avec M. X, ministre …, publié par « La Croix »": an interview given to the press.
    let rest = text.folded_span(trigger..sentence.tokens.end);
    if kind == EventKind::Talks && text.words.interviews.iter().any(|p| rest.contains(p)) {
        return None;
    }
    let cued = cue.is_some();
    let (mut people, unnamed) = participants::of_sentence(text, lex, cast, s, trigger);
    // "The Ministers discussed the situation of French citizens": a country named after the
    // trigger is what they spoke of, not a third party.
    if people.is_empty() {
        people = participants::the_two(text, cast, s, trigger).unwrap_or_default();
    }
    (!people.is_empty() || !unnamed.is_empty()).then_some(Event {
        sentence: Some(s),
        kind,
        cued,
        cue,
        people,
        unnamed,
        title: None,
        told_before: None,
    })
}

/// The cues of sentence `s` (folded offsets from `base`, where it starts) but those of what a party
/// did besides, which commas set off after a relative pronoun ("Kono, who attended the ministers'
/// meeting in Manila, called on the President") or a fronted clause tells before the act reported
/// ("Après avoir reçu Y, X a rencontré Z"), unless the sentence has no other.
fn beside_asides<'c>(
    text: &Text,
    s: usize,
    base: usize,
    cues: &'c [(Range<usize>, kind::Cue)],
) -> Cow<'c, [(Range<usize>, kind::Cue)]> {
    let tokens = text.sentences[s].tokens.clone();
    let comma = |k: usize| text.tokens[k].is_punct(',');
    // "Quatre jours après avoir reçu Y, X a rencontré Z": the act a fronted clause tells came
    // before the one reported.
    let earlier = (text.done_earlier(tokens.clone()))
        .map(|r| text.tokens[r.start].folded.start - base..text.tokens[r.end].folded.start - base);
    let asides: Vec<Range<usize>> = (tokens.start..tokens.end.saturating_sub(1))
        .filter(|&k| comma(k) && text.words.asides_of_party.contains(&text.fw(k + 1)))
        .filter_map(|k| {
            let end = (k + 2..tokens.end).find(|&j| comma(j))?;
            Some(text.tokens[k].folded.start - base..text.tokens[end].folded.start - base)
        })
        .chain(earlier)
        .collect();
    let aside = |at: &Range<usize>| asides.iter().any(|a| a.contains(&at.start));
    if asides.is_empty() || cues.iter().all(|(at, _)| aside(at)) {
        return Cow::Borrowed(cues);
    }
    Cow::Owned(cues.iter().filter(|(at, _)| !aside(at)).cloned().collect())
}

/// "La 10e consultation politique a eu lieu le 22 novembre à Hanoï. Elle a été coprésidée par X
/// et Y", "The talks were held in Riga on Monday. They were led by X and Y": the kind of the
/// exchange the sentence before `s` names, naming no one, when `s` opens on a pronoun that stands
/// for it; `s` then reports it, with its parties.
fn pointed_to(text: &Text, lex: &Lexicon, cast: &Cast, s: usize) -> Option<EventKind> {
    let opening = text.sentences[s].tokens.start;
    if !text.words.exchange_pronouns.contains(&text.fw(opening)) {
        return None;
    }
    let before = s.checked_sub(1).filter(|&b| text.sentences[b].running())?;
    if names_anyone(cast, &text.sentences[before].tokens) {
        return None;
    }
    kind::classify(lex.sentence_cues(text, before)).map(|(kind, _)| kind)
}

/// The main exchange: the first sentence that names an exchange and a party, its parties completed
/// by `participants::complete`.
pub fn main(text: &Text, lex: &Lexicon, cast: &Cast) -> Event {
    let candidates = || text.running(0..text.sentences.len());
    // "X has told Y that he will invite Z to attend the meeting. X received a courtesy call from
    // Y yesterday": an exchange to come is the report's only where the text tells no other.
    let to_come = |e: &Event| {
        let (Some(s), Some(cue)) = (e.sentence, &e.cue) else {
            return false;
        };
        let opening = text.sentences[s].tokens.start;
        // "considered the schedule of upcoming meetings": a word of time before the cue's noun.
        let before = (cue.start > opening).then(|| text.fw(cue.start - 1));
        // "X and Y agreed to meet in Reykjavik": a decision's exchange is to come.
        let agreed = (cue.start.saturating_sub(3).max(opening)..cue.start)
            .any(|k| text.words.agreements.contains(&text.fw(k)));
        agreed
            || in_future_clause(text, s, cue)
            || before.is_some_and(|w| text.words.later.contains(&w) && w != "to")
    };
    // "X's visit follows his recent meetings with Y": an exchange the report recalls is not it,
    // nor one told as a habit ("Depuis, je le rencontre souvent"), nor one told in the pluperfect
    // ("Y avait été reçu la veille par Z"), nor one a word of sequence sets before ("Quatre
    // jours après l'appel entre X et Y, …"), which came before.
    let earlier = |e: &Event| {
        (e.sentence.zip(e.cue.as_ref())).is_some_and(|(s, c)| told_earlier(text, cast, s, c))
    };
    // "X félicite Y pour son élection" over "X a adressé un message à Y": wishes alone name an
    // exchange only where no sentence names one.
    let wishes_alone = |e: &Event| {
        // An exchange a pronoun points back to (`pointed_to`) has no cue of its own.
        e.cued
            && (e.sentence).is_some_and(|s| {
                (lex.sentence_cues(text, s).iter()).all(|&(_, c)| c == kind::Cue::Wishes)
            })
    };
    let mut first_to_come = None;
    let mut first_wishes = None;
    let found = (candidates())
        .filter_map(|s| {
            in_sentence(text, lex, cast, s, None)
                .or_else(|| in_sentence(text, lex, cast, s, Some(pointed_to(text, lex, cast, s)?)))
        })
        .find(|e| {
            let later = to_come(e);
            if later && first_to_come.is_none() {
                first_to_come = Some(e.clone());
            }
            let wishes = !later && wishes_alone(e);
            if wishes && first_wishes.is_none() {
                first_wishes = Some(e.clone());
            }
            // "X congratulated Y on his re-election. In July, Y … met X": a month set before the
            // sentence recalls an earlier exchange, not the one the wishes report.
            let recalled = first_wishes.is_some() && opens_on_a_month(text, e);
            !later && !wishes && !recalled && !earlier(e)
        })
        .map(|e| addressed_by_wishes(e, first_wishes.as_ref()))
        .or(first_wishes);
    // A letter given in full names its parties in its address and signature, whoever the
    // sentences of its body name; one its formula of courtesy closes is its signer's, whatever
    // exchange a sentence names without them.
    let letter = participants::signed_letter(text, cast);
    let unsigned = |e: &Event| {
        !(letter.as_ref()).is_some_and(|l| l.closed && !e.people.contains(&l.people[0]))
    };
    let found = (found.filter(unsigned)).map(|e| participants::addressed(letter.as_ref(), e));
    let first_to_come = first_to_come.filter(unsigned);
    let letter = (letter.filter(|_| found.is_none() && first_to_come.is_none())).map(|l| l.people);
    // "Message de condoléances du président X au président Y" over a body that names neither: the
    // headline reports the exchange.
    let headline = || {
        let titled = text.sentences.first().is_some_and(|h| h.heading);
        titled
            .then(|| in_sentence(text, lex, cast, 0, None))
            .flatten()
    };
    let found = found.or_else(|| {
        letter.is_none().then(|| {
            // The exchange a headline reports, over one a sentence tells as to come.
            headline().or(first_to_come).or_else(|| {
                candidates().find_map(|s| in_sentence(text, lex, cast, s, Some(EventKind::Other)))
            })
        })?
    });
    let Some(mut event) = found else {
        // "Le ministre a reçu une délégation": an exchange whose parties go unnamed keeps its kind.
        let cued = first_cued(text, lex);
        // "EU-Canada Summit Joint Statement" over "We, the leaders of …, met today": a statement
        // its parties write in the first person names none of them, and is one all the same.
        let title = joint_statement_title(text, lex);
        // A letter given in full is a message, whatever exchanges its body recalls.
        let kind = match (&letter, cued) {
            (Some(_), _) => EventKind::Message,
            _ if title.is_some() || in_first_person(text) => EventKind::JointStatement,
            (None, cued) => cued.map_or(EventKind::Other, |(_, kind)| kind),
        };
        return Event {
            sentence: cued.map(|(s, _)| s),
            kind,
            cued: cued.is_some() || letter.is_some() || title.is_some(),
            cue: None,
            people: letter.unwrap_or_default(),
            unnamed: Vec::new(),
            title,
            told_before: None,
        };
    };
    let country = |p: usize| cast.people[p].country;
    // "Armenian and Azerbaijani Foreign Ministers meet in Kiev. The Foreign Minister of Armenia, X,
    // and …": a headline's unnamed parties are named by the sentence that reports them again, with
    // the parties it names.
    let unnamed = event.unnamed.clone();
    let named = |again: &Event| {
        (again.people.iter()).any(|&p| country(p).is_some_and(|c| unnamed.contains(&c)))
            && event.people.iter().all(|p| again.people.contains(p))
    };
    // "X et Y ont eu maints entretiens. X a notamment rencontré Z": parties all of one country
    // name one side; the exchange is the one a sentence after reports with the other side.
    let sides = |people: &[usize]| {
        let mut countries = people.iter().map(|&p| country(p));
        let first = countries.next().flatten();
        first.filter(|_| countries.all(|c| c == first))
    };
    let one_side = (event.people.len() >= 2 && unnamed.is_empty())
        .then(|| sides(&event.people))
        .flatten();
    let other_side = |again: &Event| {
        (again.people.iter()).any(|p| event.people.contains(p))
            && (again.people.iter()).any(|&p| country(p).is_some_and(|c| Some(c) != one_side))
    };
    if !unnamed.is_empty() || one_side.is_some() {
        let again = candidates()
            .skip_while(|&s| Some(s) <= event.sentence)
            .take(3)
            .filter_map(|s| in_sentence(text, lex, cast, s, None))
            .find(|again| {
                if one_side.is_some() {
                    other_side(again)
                } else {
                    named(again)
                }
            });
        if let Some(mut again) = again {
            // "In a phone call, the presidents of A and B discussed … X and Y also exchanged
            // views": how the first report says they spoke holds for the one that names them.
            let call = matches!(event.kind, EventKind::PhoneCall | EventKind::VideoCall);
            let generic = matches!(
                again.kind,
                EventKind::Talks | EventKind::Meeting | EventKind::Other
            );
            if call && generic {
                again.kind = event.kind;
            }
            event = again;
        }
    }
    participants::complete(text, lex, cast, &mut event);
    if let Some(mut met) = met_after_welcome(text, lex, cast, &event) {
        participants::complete(text, lex, cast, &mut met);
        event = met;
    }
    participants::first_pair(text, cast, &mut event);
    participants::bearer(text, cast, &mut event);
    participants::carried(text, lex, cast, &mut event);
    participants::taken_by_proxy(text, lex, cast, &mut event);
    call_told_next(text, lex, cast, &mut event);
    call_named_later(text, lex, cast, &mut event);
    video_named_later(text, lex, cast, &mut event);
    kind_told_next(text, lex, cast, &mut event);
    told_before(text, lex, cast, &mut event);
    kind_named_before(text, lex, cast, &mut event);
    statement_named_after(text, lex, &mut event);
    event.title = joint_statement_title(text, lex);
    if event.title.is_some()
        || numbered_from_first(text, lex)
        || opens_with_statement(text, lex)
        || in_first_person(text)
        || protocol_preamble(text)
    {
        event.kind = EventKind::JointStatement;
        event.cued = true;
    }
    if let Some(parties) = event.title.and_then(|t| statement_parties(text, cast, t)) {
        event.people = parties;
    }
    event
}

/// How many sentences before the report the exchange it points back to may have been told.
const TOLD_BEFORE: usize = 5;

/// "Japan, Mongolia and the United States held a trilateral meeting on October 28 in Tokyo. … X, Y
/// and Z participated in the meeting", "The five ministers had a conference call yesterday. … says
/// X, who participated in the meeting": a report whose cue names its exchange again, after a
/// definite word, points back to the sentence that told it first, without naming anyone: the
/// nearest before it that names an exchange of the same kind, or a call, which says how it was
/// held. That sentence gives the call, and dates the exchange as a sentence that tells it again
/// does.
fn told_before(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some((s, cue)) = event.sentence.zip(event.cue.as_ref()) else {
        return;
    };
    if !text.points_back(cue.start) {
        return;
    }
    let call = |kind: EventKind| matches!(kind, EventKind::PhoneCall | EventKind::VideoCall);
    let mut earlier = text
        .running(s.saturating_sub(TOLD_BEFORE)..s)
        .rev()
        .take_while(|&k| !names_anyone(cast, &text.sentences[k].tokens));
    let told = earlier.find_map(|k| {
        let (kind, _) = kind::classify(lex.sentence_cues(text, k))?;
        (kind == event.kind || call(kind) && !call(event.kind)).then_some((k, kind))
    });
    if let Some((k, kind)) = told {
        event.told_before = Some(k);
        event.kind = kind;
    }
}

/// Whether `tokens` name a person, by name or by a title alone.
fn names_anyone(cast: &Cast, tokens: &Range<usize>) -> bool {
    (cast.mentions.iter()).any(|m| tokens.contains(&m.name.start))
        || (cast.unnamed.iter()).any(|u| tokens.contains(&u.phrase.start))
}

/// Whether sentence `s` ends with a full stop, as running text does and a title does not.
fn closed(text: &Text, s: usize) -> bool {
    let last = text.sentences[s].tokens.end - 1;
    matches!(text.word(last), "." | "!" | "?" | "…")
}

/// An exchange whose sentence names no kind takes the one the sentence before names between
/// parties it leaves unnamed ("La Chine et le Salvador ont signé un communiqué conjoint. Le
/// communiqué a été signé par X et Y"), else the one the text's headline names ("Conversation en
/// ligne entre X et Y"); talks whose sentence does not say how they were held take the call either
/// names ("The consultations were held by video conference. Issues were discussed at the
/// consultations attended by X and Y"), or the meeting ("X rencontre Y" over "X s'est entretenu
/// avec Y"): how they spoke, where the report leaves it unsaid.
fn kind_named_before(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let before = (event.sentence.and_then(|s| s.checked_sub(1)))
        .filter(|&b| !text.sentences[b].heading && !names_anyone(cast, &text.sentences[b].tokens));
    let headline = headlines(text).next();
    // "Appel téléphonique entre X et Y … X a félicité Y": the wishes were a call's.
    let generic = matches!(event.kind, EventKind::Talks | EventKind::Message);
    // "X holds bilateral talks with Y" over "X met Y on Saturday … after the talks between the two
    // leaders": a headline that names talks as such, which the body calls "the talks" again, tells
    // what the lead's meeting was; a body that only tells the meeting keeps it.
    let talks_headed = || {
        headline.is_some_and(|h| {
            let talks = kind::classify(lex.sentence_cues(text, h)).map(|(k, _)| k);
            talks == Some(EventKind::Talks) && names_talks(text, text.sentences[h].tokens.clone())
        })
    };
    if event.kind == EventKind::Meeting && talks_headed() && talks_retold(text, event) {
        event.kind = EventKind::Talks;
        return;
    }
    if event.cued && !generic {
        return;
    }
    let call = |kind: EventKind| matches!(kind, EventKind::PhoneCall | EventKind::VideoCall);
    // "New York / 27 December 2013 / Readout of the Secretary-General's telephone call with
    // President Y": the headline may sit below the lines that place and date the release.
    let named = before
        .into_iter()
        .chain(headlines(text).take(3))
        .find_map(|s| {
            let cues = lex.sentence_cues(text, s);
            // "Leader meets Y" over "X held talks with Y": talks named as such stay talks.
            let named_talks = (event.cue.clone()).is_some_and(|cue| names_talks(text, cue));
            // "La délégation a été accueillie à l'aéroport. Les deux chefs d'État ont ensuite eu un
            // entretien": a welcome is the talks' occasion, not how they were held.
            let welcome = || {
                let tokens = text.sentences[s].tokens.clone();
                Some(s) == before
                    && tokens
                        .into_iter()
                        .any(|k| text.words.welcomes.contains(&text.fw(k)))
            };
            // "Rencontre entre X et Y" over "X s'est entretenu avec Y": a noun the line opens with,
            // or one after an article, names any exchange; only a verb ("X rencontre Y") tells
            // the talks were held face to face.
            let noun = |at: &Range<usize>| {
                let tokens = text.sentences[s].tokens.clone();
                let base = text.folded.folded_offset(text.span(tokens.clone()).start);
                let k = text.token_at(text.folded.body_offset(base + at.start));
                k <= tokens.start || {
                    let w = text.fw(k - 1);
                    text.words.definite.contains(&w) || text.words.indefinite.contains(&w)
                }
            };
            let refines = |kind: EventKind, at: &Range<usize>| {
                call(kind)
                    || (event.kind == EventKind::Talks
                        && kind == EventKind::Meeting
                        && !named_talks
                        && !welcome()
                        && !noun(at))
            };
            kind::classify(cues).filter(|(kind, at)| !event.cued || refines(*kind, at))
        });
    // "The consultations were held on Tuesday via video conference. The delegations were headed
    // by X and Y. … The two sides also discussed": a lead that names no one tells how the talks
    // the body reports later were held.
    let lead = || {
        first_cued(text, lex).filter(|&(s, kind)| {
            call(kind)
                && event.sentence.is_some_and(|e| s < e)
                && !names_anyone(cast, &text.sentences[s].tokens)
        })
    };
    let spoken = matches!(event.kind, EventKind::Talks | EventKind::Meeting);
    let named =
        (named.map(|(kind, _)| kind)).or_else(|| spoken.then(lead).flatten().map(|(_, k)| k));
    if let Some(kind) = named {
        event.kind = kind;
        event.cued = true;
    }
}

/// How many sentences after the report may call its exchange "the talks".
const TALKS_RETOLD: usize = 8;

/// Whether one of the sentences after the report calls its exchange "the talks".
fn talks_retold(text: &Text, event: &Event) -> bool {
    let Some(s) = event.sentence else {
        return false;
    };
    let after = (s + 1..text.sentences.len().min(s + 1 + TALKS_RETOLD))
        .flat_map(|k| text.sentences[k].tokens.clone().skip(1));
    after.into_iter().any(|k| {
        text.words.talks_named.contains(&text.fw(k))
            && text.words.definite.contains(&text.fw(k - 1))
    })
}

/// Whether tokens `cue` hold a noun that names talks as such ("held talks", "des pourparlers").
fn names_talks(text: &Text, cue: Range<usize>) -> bool {
    cue.into_iter()
        .any(|k| text.words.talks_named.contains(&text.fw(k)))
}

/// The headings the text opens with, the headline first: those of more than one word, as a single
/// word above them ("Video", "Photos") is a site's label for what the page holds.
fn headlines<'t>(text: &'t Text) -> impl Iterator<Item = usize> + 't {
    let words = |s: &usize| {
        let tokens = text.sentences[*s].tokens.clone();
        tokens.filter(|&k| text.tokens[k].is_word()).take(2).count()
    };
    (0..text.sentences.len())
        .take_while(|&s| text.sentences[s].heading)
        .filter(move |s| words(s) > 1)
}

/// "La Chine et la France ont exprimé jeudi leur volonté de … « … », affirme une déclaration
/// conjointe publiée jeudi à Paris": a report that names no exchange but what its parties declared,
/// which one of the two sentences after it gives as a joint statement's words, is the statement.
fn statement_named_after(text: &Text, lex: &Lexicon, event: &mut Event) {
    let Some(s) = event.sentence.filter(|_| !event.cued) else {
        return;
    };
    let named = text
        .running(s + 1..s + 3)
        .any(|k| names_statement(lex.sentence_cues(text, k)));
    if named {
        event.kind = EventKind::JointStatement;
        event.cued = true;
    }
}

#[cfg(test)]
mod tests;
