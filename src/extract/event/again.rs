//! Whether a later sentence tells the event's exchange again, or another: the same parties or
//! their countries, a visit of one of them, an exchange to come, a series the lead announces.

use std::ops::Range;

use super::{cue_in, in_sentence, Event};
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;

/// Whether sentence `s` reports the exchange of `event` again: it names an exchange, or a visit
/// ("X a effectué hier une visite officielle"), or, before the report, an arrival or a journey
/// ("X a foulé le sol gabonais le 15 mai"), and one of its parties, and does not open by
/// announcing another ("Earlier, on 3 May, X met Z").
pub fn restates(text: &Text, lex: &Lexicon, cast: &Cast, event: &Event, s: usize) -> bool {
    if lex.sentence_opens_another(text, s) {
        return false;
    }
    if event.told_before == Some(s) {
        return true;
    }
    let tokens = text.sentences.get(s).map_or(0..0, |x| x.tokens.clone());
    // A lead before the report that tells a party's arrival or journey ("X est arrivé ce mercredi
    // 15 mai à Libreville", "X s'est rendu à Tunis les 9 et 10 mai", "X travelled to Accra on 3
    // May") tells the visit its exchange was held during.
    let lead = event.sentence.is_some_and(|r| s < r);
    let words = text.words;
    let visit = (tokens.clone()).any(|k| {
        let w = text.fw(k);
        words.visits.contains(&w)
            || lead
                && (words.arrivals.contains(&w) || words.dates.journeys.open(text.folded_from(k)))
    });
    // "Talks were held between the two countries at the ministry on Sunday. The first side was led
    // by X, the second by Y. During the talks, the two sides exchanged views": the text's lead that
    // tells an exchange of the report's kind and names no one tells the report's, whatever
    // sentences of background come between.
    if lead && told_in_lead(text, lex, cast, event, s) {
        return true;
    }
    // Whoever invited the visitor, the visitor is a party named anywhere in the sentence.
    let visited = || {
        (cast.mentions.iter())
            .any(|m| tokens.contains(&m.name.start) && event.people.contains(&m.person))
    };
    (visit && visited())
        || in_sentence(text, lex, cast, s, None)
            .is_some_and(|again| same_exchange(text, lex, cast, event, &again, s))
}

/// Whether sentence `s` is the text's lead and tells, by a cue of `event`'s kind, an exchange it
/// names no one of, not told as to come, in the pluperfect, recalled or as a habit.
fn told_in_lead(text: &Text, lex: &Lexicon, cast: &Cast, event: &Event, s: usize) -> bool {
    let lead = (text.sentences.iter()).position(|x| x.running());
    lead == Some(s)
        && cue_in(text, lex, s).is_some_and(|(kind, cue)| {
            kind == event.kind
                && !super::names_anyone(cast, &text.sentences[s].tokens)
                && !in_future_clause(text, s, &cue)
                && !in_pluperfect_clause(text, s, &cue)
                && !recalled(text, s, &cue)
                && !habitual(text, s, &cue)
        })
}

/// Whether sentence `s` tells another exchange than `event`'s: one between two people it names,
/// neither of them the event's ("X and Y spoke on Thursday … In phone talks Tuesday, President Z
/// offered W his support"); not one a speaker tells of the event's parties ("Press Secretary Z
/// said the two leaders had a call on Monday"). Asked only of an event with named parties.
pub fn tells_another(text: &Text, lex: &Lexicon, cast: &Cast, event: &Event, s: usize) -> bool {
    let tokens = text.sentences.get(s).map_or(0..0, |x| x.tokens.clone());
    // Most sentences name no one but the event's parties: that is asked first, as it costs little.
    let someone_else = (cast.mentions.iter())
        .any(|m| tokens.contains(&m.name.start) && !event.people.contains(&m.person));
    !event.people.is_empty()
        && someone_else
        && in_sentence(text, lex, cast, s, None).is_some_and(|again| {
            again.cue.is_some() && again.people.len() >= 2 && !shares_party(cast, event, &again)
        })
}

/// Whether the clause of sentence `s` that holds `cue` tells it to come, up to the cue: a quote's
/// future before it ("« … will stay strong », says X, who attended the meeting") is not the
/// exchange's.
pub(super) fn in_future_clause(text: &Text, s: usize, cue: &Range<usize>) -> bool {
    text.in_future(before_cue(text, s, cue))
}

/// How many words right after the noun of an exchange may tell it held in the future.
const HELD_AFTER_CUE: usize = 3;

/// Whether the few words right after the cue of sentence `s`, in its clause, tell the exchange
/// it names to come ("une séance de travail aura lieu bientôt, à Washington", "a meeting will be
/// held in Geneva"): the noun of an exchange whose verb of holding is in the future.
fn held_after_cue(text: &Text, s: usize, cue: &Range<usize>) -> bool {
    let end = text.sentences[s].tokens.end.min(cue.end + HELD_AFTER_CUE);
    let clause = (cue.end..end)
        .find(|&k| !text.tokens[k].is_word())
        .unwrap_or(end);
    text.in_future(cue.end..clause)
}

/// Whether the cue of sentence `s` is told in the pluperfect in its own clause ("Le ministre avait
/// également été reçu, la veille, par le président"): an exchange before the one reported, unless
/// a verb of report before it sets the tense ("L'Élysée a annoncé que le président avait eu un
/// entretien"), which tells the report's own exchange.
pub(super) fn in_pluperfect_clause(text: &Text, s: usize, cue: &Range<usize>) -> bool {
    let opening = text.sentences[s].tokens.start;
    text.in_pluperfect(before_cue(text, s, cue))
        && !(opening..cue.start).any(|k| text.words.reporting_verbs.contains(&text.fw(k)))
}

/// The words of the cue's clause before it: from the last mark before the cue in sentence `s`.
fn before_cue(text: &Text, s: usize, cue: &Range<usize>) -> Range<usize> {
    let opening = text.sentences[s].tokens.start;
    let clause = (opening..cue.start)
        .rev()
        .find(|&k| !text.tokens[k].is_word())
        .map_or(opening, |k| k + 1);
    clause..cue.start
}

/// Whether the cue of sentence `s` is set before the exchange reported by a possessive or an
/// article and a word of the past ("his recent meetings with X", "the previous talks"): an
/// exchange the report recalls.
pub(super) fn recalled(text: &Text, s: usize, cue: &Range<usize>) -> bool {
    let opening = text.sentences[s].tokens.start;
    let words = text.words;
    cue.start >= opening + 2 && words.recalling.contains(&text.fw(cue.start - 1)) && {
        let det = text.fw(cue.start - 2);
        words.possessives.contains(&det) || words.definite.contains(&det)
    }
}

/// Whether the cue of sentence `s` names an exchange before the one reported: one the report
/// recalls, tells as a habit or in the pluperfect, or counts from.
pub(super) fn told_earlier(text: &Text, cast: &Cast, s: usize, cue: &Range<usize>) -> bool {
    recalled(text, s, cue)
        || habitual(text, s, cue)
        || in_pluperfect_clause(text, s, cue)
        || follows_exchange(text, cast, s, cue)
}

/// How many words before an exchange's cue a word of sequence may stand ("après l'appel
/// téléphonique", "suite à la rencontre").
const SEQUENCE_REACH: usize = 4;

/// Whether the cue of sentence `s` names, after a word of sequence and an article, an exchange
/// between parties it names next ("Quatre jours après l'appel téléphonique entre les présidents
/// X et Y, …", "Cette visite intervient après la rencontre qui a eu lieu en mars entre X et Y"):
/// an earlier exchange the sentence counts from, not one it points back to ("Après leur
/// entretien, X a déclaré …").
pub fn follows_exchange(text: &Text, cast: &Cast, s: usize, cue: &Range<usize>) -> bool {
    let tokens = &text.sentences[s].tokens;
    let words = text.words;
    let from = cue.start.saturating_sub(SEQUENCE_REACH).max(tokens.start);
    let sequence = (from..cue.start).any(|k| {
        words.earlier.contains(&text.fw(k))
            && (k + 1..cue.start).any(|j| words.definite.contains(&text.fw(j)))
            && (k + 1..cue.start).all(|j| text.tokens[j].is_word() || text.fw(j) == "'")
    });
    let first_named = (cast.mentions.iter())
        .map(|m| m.name.start)
        .filter(|&n| n >= cue.end && n < tokens.end)
        .min();
    sequence && first_named.is_some_and(|n| (cue.end..n).any(|k| text.fw(k) == words.between))
}

/// Whether the cue of sentence `s` is told as a habit by a word of frequency right beside it ("je
/// le rencontre souvent", "they have often met"): no one exchange, the report's least of all.
pub(super) fn habitual(text: &Text, s: usize, cue: &Range<usize>) -> bool {
    let tokens = &text.sentences[s].tokens;
    ([cue.start.checked_sub(1), Some(cue.end)]
        .into_iter()
        .flatten())
    .any(|k| tokens.contains(&k) && text.words.habitual.contains(&text.fw(k)))
}

/// Whether sentence `s` is the lead and announces a series of exchanges ("Le président a accordé
/// une série d'audiences, le 22 septembre, …"), which its date dates one by one after it.
pub fn announces_series(text: &Text, s: usize) -> bool {
    let lead = (text.sentences.iter()).position(|x| x.running());
    lead == Some(s)
        && (text.sentences[s].tokens.clone()).any(|k| text.words.series.contains(&text.fw(k)))
}

/// The cue by which sentence `s` tells the exchange of `event` anew, with one of its parties ("À
/// son arrivée à Conakry, X a été accueilli par Y"), rather than pointing back to it ("Au cours de
/// cette rencontre, …"), which tells what was said, not where, nor tells one to come ("Y said there
/// will be a meeting between both countries in Z", "une séance de travail aura lieu à Z").
pub fn tells_again(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    event: &Event,
    s: usize,
) -> Option<Range<usize>> {
    // Most sentences after the report name no exchange or point back to it ("During the
    // meeting, …"): their cue answers before their parties are worked out.
    let (_, cue) = cue_in(text, lex, s)?;
    if text.points_back(cue.start)
        || in_future_clause(text, s, &cue)
        || held_after_cue(text, s, &cue)
    {
        return None;
    }
    let again = in_sentence(text, lex, cast, s, None)?;
    same_exchange(text, lex, cast, event, &again, s).then_some(cue)
}

/// Whether exchange `again`, told by sentence `s`, is `event`'s: it shares a party, unless the
/// sentence says it is another ("the Prime Minister also held talks with Z") and names someone the
/// event does not have.
fn same_exchange(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    event: &Event,
    again: &Event,
    s: usize,
) -> bool {
    let someone_else = (again.people.iter()).any(|p| !event.people.contains(p));
    shares_party(cast, event, again) && !(someone_else && lex.sentence_marks_another(text, s))
}

fn shares_party(cast: &Cast, event: &Event, again: &Event) -> bool {
    again.people.iter().any(|p| event.people.contains(p)) || between_countries(cast, event, again)
}

/// "In a phone call, the presidents of A and B discussed …": an exchange whose parties go unnamed
/// is the event's when their countries are those of the event's parties.
fn between_countries(cast: &Cast, event: &Event, again: &Event) -> bool {
    let countries: Vec<_> = (event.people.iter())
        .filter_map(|&p| cast.people[p].country)
        .collect();
    again.people.is_empty()
        && !again.unnamed.is_empty()
        && again.unnamed.iter().all(|c| countries.contains(c))
}
