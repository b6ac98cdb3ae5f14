//! Written dates that belong to something other than the reported event: a span, an earlier or
//! later event, an occasion, a milestone.

use crate::extract::kind::Cue;
use crate::extract::lang::Words;
use crate::extract::text::Text;

use super::written::starts_with_digit;
use super::{place_in_brackets, DateExpr};

/// Whether a written date belongs to something else: a span, an earlier or later event, an occasion.
pub(super) fn is_foreign(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let before = |n: usize| {
        d.tokens
            .start
            .checked_sub(n)
            .filter(|&k| k >= sentence_start)
            .map_or("", |k| text.fw(k))
    };
    // "survenu le 5 septembre": look past the article.
    let article = usize::from(before(1) == "le");
    let prev = before(1 + article);
    let after = text.fw(d.tokens.end);
    let open_paren = (sentence_start..d.tokens.start)
        .filter(|&k| text.tokens[k].is_punct('('))
        .count()
        > (sentence_start..d.tokens.start)
            .filter(|&k| text.tokens[k].is_punct(')'))
            .count();
    // "on Friday (April 13th)", "hier soir (samedi 30 mai 2017)", "cet après-midi (21/11/24)":
    // the brackets give the date of the day named before them.
    let words = text.words;
    let opened = if words.dates.weekday(before(1)).is_some() {
        2
    } else {
        1
    };
    let named = before(opened + 1);
    let explains_weekday = before(opened) == "("
        && (words.dates.names_day(named)
            || words.dates.day_parts.contains(&named)
            || named == "hui"
            // "in a conversation held (21 June) with X": the day of the act named before.
            || words.places.took_place.contains(&named));
    // "l'accord du 12 mars" is another act's day; "lors de leur entretien du 5 décembre" the
    // exchange's, unless set before ("leur dernière conversation du 17 janvier").
    let exchange_of = |k: usize| {
        let noun = before(k);
        let set_before = [before(k + 1), before(k + 2)]
            .iter()
            .any(|w| words.dates.past_after.contains(w) || words.sets_earlier(w));
        !set_before && names_an_exchange(words, noun)
    };
    // "date 2025-09-25 New York, 24 septembre 2025 – …": the page's stamp the text opens with.
    let page_stamp = d.tokens.start == 1 && words.dates.stamp_labels.contains(&text.fw(0));
    page_stamp
        || (prev == "du" && !words.dates.day_parts.contains(&before(2)) && !exchange_of(2))
        || text.words.dates.foreign_before.contains(&prev)
        // "Publié le 16/10/2019 à 20:00": the page's stamp ("ont publié le 27 juin une
        // déclaration" is the event).
        || text.words.dates.publication.contains(&prev)
            && !text.words.auxiliaries.contains(&before(2 + article))
        || follows_an_act(text, d.tokens.start, sentence_start)
        || follows_an_earlier_event(text, d, sentence_start)
        || took_place_as_another(text, d, sentence_start)
        // "a quitté jeudi le premier février Yaoundé": the weekday may come before the article.
        || text.words.dates.departures.contains(&prev)
        || words.dates.weekday(prev).is_some() && words.dates.departures.contains(&before(2 + article))
        || text.words.dates.elected.contains(&prev)
        // "le 24 janvier dernier" is the event, told later; "prochain" is another one, to come.
        || text.words.dates.foreign_after.contains(&after)
        || (open_paren && !explains_weekday && place_in_brackets(text, d).is_none())
        || follows_a_milestone(text, d, sentence_start)
        || tied_to_a_founding(text, d, sentence_start)
        || counted_since(text, d, sentence_start)
        || after_news_of_a_death(text, d, sentence_start)
}

/// Whether the date is told after the news of a death or a disaster reached the sender ("j'ai
/// appris le décès de X, ce jeudi 26 septembre", "j'ai appris la nouvelle de l'attaque menée, le
/// mardi 3 mars, contre …"): its day, which a condolence follows. A wire that learned of the
/// exchange ("Kazinform has learnt that X met Y on May 5") tells the exchange's.
fn after_news_of_a_death(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let words = text.words;
    (sentence_start..d.tokens.start)
        .position(|k| words.dates.learned.contains(&text.fw(k)))
        .is_some_and(|at| {
            (sentence_start + at + 1..d.tokens.start).any(|k| {
                let w = text.fw(k);
                words.dates.deaths.contains(&w) || words.dates.disasters.contains(&w)
            })
        })
}

/// Whether the date at token `start` closes the clause of another act, told by its participle
/// ("l'attaque commise par X dans la région le 5 mars", "survenu le 5 septembre"), not by the
/// sentence's verb ("ont signé le 5 mars"), of a death, whatever its verb ("est décédé ce
/// jeudi"), or of a disaster named right before it ("the earthquake on September 19").
pub(super) fn follows_an_act(text: &Text, start: usize, sentence_start: usize) -> bool {
    let words = text.words;
    // A participle glued to its noun in a badly spaced text ("l'accidentsurvenu le 13") is read
    // right before the date.
    let right_before = start.saturating_sub(2);
    // "the earthquake on September 19", "le séisme du 6 février", "l'attentat de dimanche".
    let disaster = (right_before.max(sentence_start)..start)
        .any(|k| words.dates.disasters.contains(&text.fw(k)));
    disaster
        || clause_before(text, start, sentence_start, ACT_CLAUSE).any(|k| {
            let f = text.fw(k);
            let act = words.dates.acts.contains(&f)
                || k >= right_before && words.dates.acts.iter().any(|a| f.ends_with(a));
            act && (k == 0 || !words.auxiliaries.contains(&text.fw(k - 1)))
                || words.dates.deaths.contains(&f)
        })
}

/// How far back a participle may close its act's clause ("l'attaque commise par X le 5 mars").
const ACT_CLAUSE: usize = 10;

/// How far back a word may open a clause that puts an event before the report: such a clause may
/// name several parties and acts before its date.
const EARLIER_CLAUSE: usize = 40;

/// The tokens of the clause a date at token `start` closes, back to a comma, at most `most`.
fn clause_before<'a>(
    text: &'a Text,
    start: usize,
    sentence_start: usize,
    most: usize,
) -> impl Iterator<Item = usize> + 'a {
    (start.saturating_sub(most).max(sentence_start)..start)
        .rev()
        .take_while(|&k| !text.tokens[k].is_punct(','))
}

/// Whether the date closes a clause that puts an event before the one reported ("fait suite à
/// celle effectuée par Y à Lomé les 9 et 10 mars"), however many parties and acts it names
/// ("following up on X's meeting with Y and the announcement of the Roadmap on February 23").
fn follows_an_earlier_event(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let earlier = |k: usize| text.words.sets_earlier(text.fw(k));
    clause_before(text, d.tokens.start, sentence_start, EARLIER_CLAUSE).any(earlier)
        || opens_on_an_earlier_event(text, d, sentence_start)
}

/// "Following the meeting of the ministers of X, Y and Z in Brussels, on 18 January 2016, the
/// consultations were held in Nicosia on 11 April 2016": in a sentence that opens on an earlier
/// event and writes another day after it, the first day is that event's, however many commas its
/// phrase holds.
fn opens_on_an_earlier_event(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let opens = (sentence_start..sentence_start + 3)
        .take_while(|&k| k < d.tokens.start)
        .any(|k| text.words.sets_earlier(text.fw(k)));
    let end = text.sentences[text.sentence_of(d.tokens.start)].tokens.end;
    // A month's name beside a day's number: "may" alone is a verb.
    let digit = |k: usize| starts_with_digit(text.fw(k));
    let dated = |k: usize| {
        text.words.dates.month(text.fw(k)).is_some() && (k > 0 && digit(k - 1) || digit(k + 1))
    };
    opens && (d.tokens.end..end).any(dated)
}

/// Whether the date closes a relative clause telling that something other than an exchange took
/// place ("le sommet du G20 qui s'est tenu le 26 mars") or is to come ("le sommet qui se tiendra
/// à Biarritz les 25 et 26 août", "à Paris, où il doit assister le 22 juin au forum"): a day to
/// come is never that of an exchange reported as done. "l'entretien, qui s'est déroulé le 5 mai"
/// is the event's.
pub(super) fn took_place_as_another(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let words = text.words;
    // A clause that tells where an earlier exchange was held may run longer before its date.
    let from = (d.tokens.start.saturating_sub(PAST_CLAUSE)).max(sentence_start + 1);
    let clause = |k: usize| {
        let f = text.fw(k);
        words.relatives.contains(&f) || words.relatives_of_place.contains(&f)
    };
    let Some(relative) = (from..d.tokens.start).rev().find(|&k| clause(k)) else {
        return false;
    };
    let near = relative + RELATIVE_CLAUSE >= d.tokens.start;
    let within = relative + 1..d.tokens.start;
    let told = words.relatives.contains(&text.fw(relative))
        && within
            .clone()
            .any(|k| words.places.took_place.contains(&text.fw(k)));
    // "où il aura un entretien avec Y le 5 mai" tells an exchange to come, which is reported.
    let to_come = text.in_future(within.clone())
        && !within
            .into_iter()
            .any(|k| names_an_exchange(words, text.fw(k)));
    // "une mission en France qui s'est déroulée du 24 au 26 novembre": the party's own visit,
    // told past the place it went to, whose days are those of the exchanges held during it.
    let of_a_visit = || !to_come && after_a_visit(text, relative, sentence_start);
    // "the resolutions of the last meeting, which was held in Accra on 12 May", "leur précédente
    // réunion, qui s'est tenue le 12 mai": an exchange its words set before the one reported.
    match exchange_before(text, relative, sentence_start) {
        Some(noun) => told && set_before(text, noun, sentence_start),
        None => near && (told || to_come) && !of_a_visit(),
    }
}

/// Whether the words right before the exchange's noun at token `noun` set it before the one
/// reported ("the last meeting", "their previous talks", "la dernière réunion", "la précédente
/// session").
fn set_before(text: &Text, noun: usize, sentence_start: usize) -> bool {
    let words = text.words;
    (noun.saturating_sub(2).max(sentence_start)..noun).any(|k| {
        let w = text.fw(k);
        words.dates.past_after.contains(&w) || words.sets_earlier(w)
    })
}

/// Whether the relative clause at token `relative` follows a visit, past the place it went to
/// ("une visite de travail au Mali, qui s'est tenue …").
fn after_a_visit(text: &Text, relative: usize, sentence_start: usize) -> bool {
    let comma = relative - 1 > sentence_start && text.tokens[relative - 1].is_punct(',');
    let end = relative - usize::from(comma);
    (end.saturating_sub(ANTECEDENT).max(sentence_start)..end)
        .rev()
        .take_while(|&k| text.tokens[k].is_word())
        .any(|k| text.words.visits.contains(&text.fw(k)))
}

/// Whether the date closes a clause, after the report's cue at token `cue`, that tells something
/// to come when the report itself is told as done ("X a eu un entretien avec Y, précise la
/// présidence, qui ajoute que X sera de retour au pays le 28 août"): a day announced, not the
/// exchange's.
pub(super) fn announced_after(
    text: &Text,
    d: &DateExpr,
    cue: usize,
    sentence_start: usize,
) -> bool {
    if cue >= d.tokens.start || cue < sentence_start {
        return false;
    }
    let clause = (cue + 1..d.tokens.start)
        .rev()
        .find(|&k| text.tokens[k].is_punct(','))
        .map_or(cue + 1, |k| k + 1);
    text.in_future(clause..d.tokens.start) && !text.in_future(sentence_start..cue + 1)
}

/// The noun of the exchange a relative clause at token `relative` follows, past the adjectives
/// after it ("lors du 27e dialogue stratégique sino-français, qui s'est tenu le 15 octobre"), not
/// past a complement ("les entretiens du sommet, qui") or a verb before it ("X met Y in Geneva,
/// where").
fn exchange_before(text: &Text, relative: usize, sentence_start: usize) -> Option<usize> {
    let comma = relative - 1 > sentence_start && text.tokens[relative - 1].is_punct(',');
    let end = relative - usize::from(comma);
    (end.saturating_sub(ANTECEDENT).max(sentence_start)..end)
        .rev()
        .take_while(|&k| {
            text.tokens[k].is_word() && !text.words.phrase_openers.contains(&text.fw(k))
        })
        .find(|&k| names_an_exchange_or_means(text.words, text.fw(k)))
}

/// How far back a relative clause may open before the date it closes ("where he will attend the
/// forum on May 3").
const RELATIVE_CLAUSE: usize = 8;

/// How far back a relative clause that tells where an earlier exchange was held may open before
/// its date ("the last meeting which was held in Windhoek, Namibia, from the 2nd - 4th May").
const PAST_CLAUSE: usize = 14;

/// How many words after its noun a relative clause's antecedent may be ("dialogue stratégique
/// sino-français").
const ANTECEDENT: usize = 4;

/// Whether a date is put before the text's day ("le 16 mai dernier").
pub(super) fn in_the_past(text: &Text, d: &DateExpr) -> bool {
    text.words.dates.past_after.contains(&text.fw(d.tokens.end))
}

/// Whether the date comes right after a milestone, in apposition to it, or qualifies one written
/// right after it ("the April 16 referendum"), past an adjective when an article opens the phrase
/// ("the Nov. 8 presidential election"); so does a disaster the date qualifies ("the April 10,
/// 2010 air crash").
fn follows_a_milestone(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let words = text.words;
    let from = d.tokens.start.saturating_sub(7).max(sentence_start);
    let qualifies =
        d.tokens.start > sentence_start && words.definite.contains(&text.fw(d.tokens.start - 1));
    let after = d.tokens.end..d.tokens.end + if qualifies { 2 } else { 1 };
    (from..d.tokens.start).any(|k| words.milestones.contains(&text.fw(k)))
        || after.into_iter().any(|k| {
            let w = text.fw(k);
            words.milestones.contains(&w) || words.dates.disasters.contains(&w)
        })
}

/// Whether a full date is tied, in its own clause, to a founding, an independence, a treaty's
/// signing or an anniversary ("the union, founded on 8 May 1967, …", "les relations nouées le 12
/// mars 1994", "the country commemorates 4 October 1966, the day …"): no exchange's day. The
/// clause opens at the last comma before the date, at most a few words back.
fn tied_to_a_founding(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    // A weekday names a day of the present ("Republic Day, commemorated on Tuesday 26 January
    // 2021"): the occasion's own day, which its message may be dated by.
    let weekday = d.tokens.start > sentence_start
        && text
            .words
            .dates
            .weekday(text.fw(d.tokens.start - 1))
            .is_some();
    if d.year.is_none() || d.weekday.is_some() || weekday {
        return false;
    }
    let from = d
        .tokens
        .start
        .saturating_sub(FOUNDING_REACH)
        .max(sentence_start);
    let clause = (from..d.tokens.start)
        .rev()
        .find(|&k| text.tokens[k].is_punct(','))
        .map_or(from, |k| k + 1);
    (clause..d.tokens.start).any(|k| text.words.dates.foundings.contains(&text.fw(k)))
}

/// How far back a founding's word may come before its date ("was formally established on").
const FOUNDING_REACH: usize = 5;

/// How many tokens back from a date the word that opens a period's starting point may stand.
const SINCE_REACH: usize = 16;

/// Whether a date is the point a period is counted from, in the phrase a word of it opens
/// ("the first call since the President took office on 20 January", "le premier entretien depuis
/// l'arrivée de X aux affaires le 15 mai"): no exchange's day. The phrase runs on from that word
/// to the date with no punctuation nor other day between.
fn counted_since(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let since = &text.words.dates.since;
    let from = d
        .tokens
        .start
        .saturating_sub(SINCE_REACH)
        .max(sentence_start);
    for k in (from..d.tokens.start).rev() {
        let t = &text.tokens[k];
        if !t.is_word() {
            if [',', ';', ':', '(', ')', '.']
                .iter()
                .any(|&c| t.is_punct(c))
            {
                return false;
            }
            continue;
        }
        let w = text.fw(k);
        if since.contains(&w) {
            return true;
        }
        if starts_with_digit(w) || text.words.dates.weekday(w).is_some() {
            return false;
        }
    }
    false
}

/// Whether a year-less date is the yearly day of an occasion the sentence names before it ("à
/// l'occasion de la Journée de l'unité nationale du 15 juillet").
pub(super) fn held_on(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    d.year.is_none()
        && (sentence_start..d.tokens.start)
            .any(|k| text.words.dates.occasions.contains(&text.fw(k)))
}

/// Whether a folded word alone names an exchange or the means it was held by, as the noun a
/// relative clause follows does ("the telephone chat, which took place on 5 May", "l'échange
/// téléphonique, qui a eu lieu le 5 mai", "the video call, which was held on Monday").
fn names_an_exchange_or_means(words: &Words, word: &str) -> bool {
    (words.cues.iter())
        .any(|&(cue, kind)| cue == word && matches!(kind, Cue::Kind(_) | Cue::Mode(_)))
}

/// Whether a folded word alone names an exchange ("entretien", "audience").
pub(super) fn names_an_exchange(words: &Words, word: &str) -> bool {
    (words.cues.iter()).any(|&(cue, kind)| cue == word && matches!(kind, Cue::Kind(_)))
}
