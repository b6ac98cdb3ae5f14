//! How the sentences right after the report tell its exchange: over the phone, face to face, as
//! talks after a welcome, or at all where the report names no exchange.

use std::ops::Range;

use super::{closed, in_future_clause, Event};
use crate::extract::kind;
use crate::extract::lang::WordList;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::EventKind;

/// "X a examiné avec Y la situation. … les deux parties avaient discuté, dans un appel
/// téléphonique, …", "The talks between X and Y ended at 20:10. … At the beginning of the video
/// conference, …": a conversation whose sentence does not say how it was held is a call when the
/// next sentence, naming no one else, says it went over the phone or video, or one of the two
/// after it points back to "the" call; the first that names someone else ends the search, its
/// clause that tells the mode before that name still read ("The meeting, held via telephone,
/// came a day after X received Y"). Wishes are a call's when the next sentence tells them given
/// in one ("X a présenté ses condoléances à Y. Au cours d'un entretien téléphonique, X a …"). A
/// call is a video one when one of them, pointing back to it, says it went by video ("Talks via
/// teleconference … The teleconference was held over a secure video link"), as a call told by
/// video in its own sentence is.
pub(super) fn call_told_next(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some(s) = event.sentence else { return };
    // A headline's "a rencontré" is a generic verb: the lead under it says how they spoke.
    let headline = s == 0 && !closed(text, s);
    let message = event.kind == EventKind::Message;
    let phone = event.kind == EventKind::PhoneCall;
    let told = match event.kind {
        EventKind::Talks | EventKind::Other | EventKind::Message | EventKind::PhoneCall => true,
        EventKind::Meeting => headline,
        _ => false,
    };
    if !told {
        return;
    }
    // "… ont discuté de la situation\nPARIS, 23 août. / TASS/. Le ministre X et Y ont tenu une
    // conversation téléphonique": the lead under a dateline goes on with the headline's report.
    let sentences = (s + 1..text.sentences.len())
        .take_while(|&k| !text.sentences[k].heading)
        .filter(|&k| !text.dateline_only(k))
        .take(3);
    for (n, k) in sentences.enumerate() {
        let next = &text.sentences[k];
        let base = text.tokens[next.tokens.start].folded.start;
        // Someone else named ends the search, unless only past the clause that tells the mode.
        let other = first_other(cast, event, &next.tokens);
        if other.is_some() && (message || phone || lex.sentence_opens_another(text, k)) {
            return;
        }
        // Whether one of the two words before the cue at `at` is of `list`.
        let right_before = |at: usize, list: &[&str]| {
            (next.tokens.clone())
                .filter(|&k| text.tokens[k].folded.end <= base + at)
                .rev()
                .take(2)
                .any(|k| list.contains(&text.fw(k)))
        };
        let definite = |at: usize| right_before(at, &text.words.definite);
        let cues = lex.sentence_cues(text, k);
        let call = |k: EventKind| matches!(k, EventKind::PhoneCall | EventKind::VideoCall);
        // "Ils avaient eu un entretien téléphonique en mai": an earlier call.
        let earlier = || text.in_pluperfect(next.tokens.clone());
        // "X sent a congratulatory message to Y. Y was elected at the Assembly held virtually on
        // Saturday": a mode told right after what the sentence says was held is that gathering's.
        let held = |at: usize| right_before(at, &text.words.places.took_place);
        let told_by_call =
            || kind::classify(cues).is_some_and(|(k, at)| call(k) && !held(at.start));
        if message && (n > 0 || earlier() || !told_by_call()) {
            return;
        }
        // "The teleconference was …", "L'entretien s'est déroulé …": the exchange named again.
        let points_back = || {
            (cues.iter()).any(|(at, c)| {
                matches!(*c, kind::Cue::Kind(_) | kind::Cue::Mode(_)) && definite(at.start)
            })
        };
        // "The meeting held via telephone, came a day after X received Y", "During phone talks,
        // they agreed …, according to spokesperson Z": a clause that tells the mode and names
        // no one else is about the report's exchange, whoever the rest of the sentence names.
        let own_clause = |at: usize| {
            other.is_none_or(|o| {
                (text.token_holding(base + at)..o).any(|t| text.tokens[t].is_punct(','))
            })
        };
        let mode = if phone {
            let said = |k: EventKind| {
                (cues.iter()).any(|&(_, c)| c == kind::Cue::Mode(k) || c == kind::Cue::Means(k))
            };
            // "La lutte contre le virus a fait l'objet d'une conversation téléphonique entre X
            // et Y": told again over the phone, a video told after it is another exchange's.
            if said(EventKind::PhoneCall) && !said(EventKind::VideoCall) {
                return;
            }
            (said(EventKind::VideoCall) && points_back()).then_some(EventKind::VideoCall)
        } else {
            cues.iter().find_map(|(at, c)| match *c {
                kind::Cue::Mode(k) | kind::Cue::Means(k)
                    if call(k) && (n == 0 || definite(at.start)) && own_clause(at.start) =>
                {
                    Some(k)
                }
                _ => None,
            })
        };
        if let Some(mode) = mode {
            event.kind = mode;
            event.cued = true;
            return;
        }
        if other.is_some() {
            return;
        }
    }
}

/// "Modi et Macron se sont entretenus jeudi … [other news] … L'entretien téléphonique entre MM.
/// Modi et Macron a eu lieu alors que …": talks whose report does not say how they were held are
/// a call when a later sentence, however far and whoever else it names, points back to "the" call
/// and names one of their parties first after it, or one of the next two tells a call with their
/// parties alone; an earlier call is told in the pluperfect.
pub(super) fn call_named_later(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some(s) = event.sentence else { return };
    if !matches!(event.kind, EventKind::Talks | EventKind::Other) {
        return;
    }
    let later = text.running(s + 1..s + 12);
    let call = later.into_iter().find_map(|k| {
        let tokens = text.sentences[k].tokens.clone();
        if text.in_pluperfect(tokens.clone()) {
            return None;
        }
        let (kind, at) = kind::classify(lex.sentence_cues(text, k))
            .filter(|&(k, _)| matches!(k, EventKind::PhoneCall | EventKind::VideoCall))?;
        let base = text.tokens[tokens.start].folded.start;
        let cue = text.token_holding(base + at.start);
        let definite = text.points_back(cue);
        let next = (cast.mentions.iter())
            .filter(|m| m.name.start > cue && m.name.start < tokens.end)
            .min_by_key(|m| m.name.start)?;
        // "« J'ai eu aujourd'hui un entretien téléphonique avec le président Y », a-t-il écrit":
        // right after the report, a call with its parties only, not announced as another, is it.
        let next_to = k <= s + 2
            && first_other(cast, event, &tokens).is_none()
            && !lex.sentence_marks_another(text, k);
        ((definite || next_to) && event.people.contains(&next.person)).then_some(kind)
    });
    if let Some(kind) = call {
        event.kind = kind;
        event.cued = true;
    }
}

/// "X s'est entretenu avec Y au Palais. Cette rencontre …", "X held talks with Y. The two leaders
/// had a meeting at State House …": talks that one of the next two sentences tells as a meeting,
/// naming no one else, were held face to face; one that tells another exchange (later, earlier,
/// also) ends the search, and so does a welcome on arrival ("À son arrivée, X a été accueilli par
/// Y"), the visit's first step. "X a été accueilli à l'aéroport par Y. Les deux chefs d'État ont
/// eu un entretien …": a welcome is the talks' occasion, which the next sentences tell as the
/// exchange.
pub(super) fn kind_told_next(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let words = text.words;
    let welcome = |cue: &Range<usize>| cue.clone().any(|k| words.welcomes.contains(&text.fw(k)));
    let told = event.kind;
    if told == EventKind::Other && !event.cued {
        return kind_named_next(text, lex, cast, event);
    }
    let retold = match (told, &event.cue) {
        (EventKind::Talks, _) if words.talks_retold_as_meeting => EventKind::Meeting,
        (EventKind::Meeting, Some(cue)) if welcome(cue) => EventKind::Talks,
        _ => return,
    };
    let Some(s) = event.sentence else {
        return;
    };
    // Two sentences after the report, past those that tell it again as it was told.
    let mut read = 0;
    let next = (s + 1..text.sentences.len()).take_while(|&k| !text.sentences[k].heading);
    for k in next {
        if read == 2 {
            return;
        }
        let tokens = text.sentences[k].tokens.clone();
        let another = lex.sentence_marks_another(text, k) || text.in_pluperfect(tokens.clone());
        // "Dès son arrivée à l'aéroport, X a été accueilli par une délégation": a welcome on
        // arrival is the visit's first step, not the talks told again.
        let arrival = || {
            let listed = |list: &WordList| (tokens.clone()).any(|t| list.contains(&text.fw(t)));
            told == EventKind::Talks && listed(&words.welcomes) && listed(&words.arrivals)
        };
        if first_other(cast, event, &tokens).is_some() || another || arrival() {
            return;
        }
        let base = text.tokens[tokens.start].folded.start;
        // "Ils se sont par la suite retrouvés en tête à tête": a meeting after the talks; talks
        // after a welcome are what it was for.
        let after = |cue: usize| {
            (tokens.clone())
                .take_while(|&t| text.tokens[t].folded.start < base + cue)
                .any(|t| words.sets_earlier(text.fw(t)))
        };
        // "Cette rencontre a été l'occasion de …", "une rencontre": the noun names any exchange;
        // only a verb ("X a reçu Y") tells the talks held as an audience.
        let noun = |cue: usize| {
            (tokens.clone())
                .take_while(|&t| text.tokens[t].folded.start < base + cue)
                .last()
                .is_some_and(|t| {
                    let w = text.fw(t);
                    words.definite.contains(&w) || words.indefinite.contains(&w)
                })
        };
        // "They discussed trade" after a welcome tells the meeting's topics; "he sat down with Y
        // for talks", "ils ont eu un entretien", the talks it was the occasion of.
        let named_talks = || (tokens.clone()).any(|t| words.talks_nouns.contains(&text.fw(t)));
        // "X a accueilli Y au palais. … Les deux dirigeants doivent avoir des entretiens": talks
        // to come after a welcome are not the ones it was the occasion of.
        let to_come = |cue: usize| {
            let t = text.token_holding(base + cue);
            in_future_clause(text, k, &(t..t + 1))
        };
        // A cue that tells another exchange than the one the welcome was the occasion of.
        let apart =
            |cue: usize| to_come(cue) || told == EventKind::Talks && (after(cue) || noun(cue));
        match kind::classify(lex.sentence_cues(text, k)) {
            Some((kind, at))
                if kind == retold
                    && !apart(at.start)
                    && (told == EventKind::Talks || named_talks()) =>
            {
                event.kind = retold;
                return;
            }
            Some((kind, _)) if kind == told => {}
            None => read += 1,
            Some(_) => return,
        }
    }
}

/// "« … », a déclaré X aux membres de la délégation. C'était au cours de leur rencontre au palais":
/// a report that names no exchange, only what a party said to the other, takes the kind the next
/// sentence names as the parties' own or opens on with a definite word, when it names no one else
/// and tells no other exchange (later, earlier, also).
fn kind_named_next(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some(k) = event.sentence.map(|s| s + 1) else {
        return;
    };
    let Some(next) = text.sentences.get(k).filter(|n| !n.heading) else {
        return;
    };
    let tokens = next.tokens.clone();
    if first_other(cast, event, &tokens).is_some()
        || lex.sentence_marks_another(text, k)
        || text.in_pluperfect(tokens.clone())
    {
        return;
    }
    // "leur rencontre", "their meeting": the exchange is the one of those the report named, not
    // of others the sentence leaves unnamed ("Les deux ministres ont eu un entretien"); words that
    // tell what it was may stand between ("In their first in-person meeting").
    let folded = text.folded_span(tokens);
    let theirs = |at: &Range<usize>| {
        let before = (folded[..at.start].split_whitespace().rev())
            .take(POSSESSIVE_BEFORE_CUE)
            .take_while(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
        (before.chain(folded[at.clone()].split_whitespace()))
            .any(|w| text.words.possessives.contains(&w))
    };
    // "The meeting took place on Wednesday", "Cette rencontre s'est tenue …": a sentence that
    // opens on the exchange with a definite word points back to the report's.
    let opens_on = |at: &Range<usize>| {
        let mut before = folded[..at.start].split_whitespace();
        let first = before.next();
        before.next().is_none() && first.is_some_and(|w| text.words.definite.contains(&w))
    };
    if let Some((kind, _)) =
        kind::classify(lex.sentence_cues(text, k)).filter(|(_, at)| theirs(at) || opens_on(at))
    {
        event.kind = kind;
        event.cued = true;
    }
}

/// How many words before the cue of an exchange its possessive may stand ("their first
/// in-person meeting").
const POSSESSIVE_BEFORE_CUE: usize = 3;

/// "X's first call to a foreign leader was made to Y. … In the video call, …": a call whose report
/// does not say it went by video was a video one when a later sentence, however far, naming no one
/// else and not in the pluperfect, points back to "the" video call, and none before it tells a
/// call over the phone.
pub(super) fn video_named_later(text: &Text, lex: &Lexicon, cast: &Cast, event: &mut Event) {
    let Some(s) = event
        .sentence
        .filter(|_| event.kind == EventKind::PhoneCall)
    else {
        return;
    };
    let said = |cues: &[(Range<usize>, kind::Cue)], k: EventKind| {
        (cues.iter()).any(|&(_, c)| c == kind::Cue::Mode(k) || c == kind::Cue::Means(k))
    };
    // "La paix a fait l'objet d'une conversation téléphonique entre les deux ministres": told
    // again over the phone, a video told after it is another exchange's.
    let mut later = text.running(s + 1..text.sentences.len());
    let video = later.find_map(|k| {
        let tokens = text.sentences[k].tokens.clone();
        let cues = lex.sentence_cues(text, k);
        if said(cues, EventKind::PhoneCall) {
            return Some(false);
        }
        if !said(cues, EventKind::VideoCall)
            || first_other(cast, event, &tokens).is_some()
            || text.in_pluperfect(tokens.clone())
        {
            return None;
        }
        let base = text.tokens[tokens.start].folded.start;
        let pointed = (cues.iter()).any(|(at, c)| {
            *c == kind::Cue::Mode(EventKind::VideoCall)
                && text.points_back(text.token_holding(base + at.start))
        });
        pointed.then_some(true)
    });
    if video == Some(true) {
        event.kind = EventKind::VideoCall;
    }
}

/// The first token of `tokens` that names someone who is not a party of `event`.
fn first_other(cast: &Cast, event: &Event, tokens: &Range<usize>) -> Option<usize> {
    (cast.mentions.iter())
        .filter(|m| tokens.contains(&m.name.start) && !event.people.contains(&m.person))
        .map(|m| m.name.start)
        .min()
}

/// How many sentences after a welcome on arrival may tell the meeting it came before.
const AFTER_WELCOME: usize = 4;

/// "À son arrivée à l'aéroport, X a été accueilli par le ministre Y et l'ambassadeur Z. … X a été
/// conduit au palais pour une réunion avec le président W": a welcome on arrival is the visit's
/// first step, not its exchange, when one of the next few sentences tells, as done, a meeting or
/// talks of one of its parties with someone it did not name; that sentence reports the exchange.
pub(super) fn met_after_welcome(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    event: &Event,
) -> Option<Event> {
    let (s, cue) = event.sentence.zip(event.cue.as_ref())?;
    let words = text.words;
    let welcome = cue.clone().any(|k| words.welcomes.contains(&text.fw(k)));
    let arrival = (text.sentences[s].tokens.clone()).any(|k| words.arrivals.contains(&text.fw(k)));
    if !(welcome && arrival) {
        return None;
    }
    text.running(s + 1..s + 1 + AFTER_WELCOME)
        .filter(|&k| {
            let tokens = text.sentences[k].tokens.clone();
            !text.in_future(tokens.clone()) && !text.in_pluperfect(tokens)
        })
        .filter_map(|k| super::in_sentence(text, lex, cast, k, None))
        .find(|again| {
            matches!(again.kind, EventKind::Meeting | EventKind::Talks)
                && (again.people.iter()).any(|p| event.people.contains(p))
                && (again.people.iter()).any(|p| !event.people.contains(p))
        })
}
