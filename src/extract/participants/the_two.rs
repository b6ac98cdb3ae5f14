//! The parties a sentence names only as "the two" or "both" of a role: the two people named before.

use std::ops::Range;

use crate::extract::people::Cast;
use crate::extract::text::Text;

/// "Les deux chefs d'État ont eu un entretien", "The Ministers discussed": the parties of an
/// exchange a sentence names only as "the two" or "both" of a role or "the" of a plural role
/// (before its trigger, or as the subject after a fronted phrase that holds it: "Lors de leur
/// entretien, les deux ministres ont…") are the two people the text named before it, when it
/// named exactly two. "X l'a dit après une discussion entre les deux hommes": "between the two" of
/// a role right after the trigger counts those the sentence named before it too.
pub fn the_two(text: &Text, cast: &Cast, sentence: usize, trigger: usize) -> Option<Vec<usize>> {
    let before = match two_subject(text, sentence, trigger) {
        Some(tokens) => tokens.start,
        None => between_the_two(text, sentence, trigger)?,
    };
    let mut people = Vec::new();
    for m in cast.mentions.iter().take_while(|m| m.name.start < before) {
        if !text.sentences[text.sentence_of(m.name.start)].heading && !people.contains(&m.person) {
            people.push(m.person);
        }
    }
    (people.len() == 2).then_some(people)
}

/// The tokens of sentence `sentence` when it names the parties of the exchange at `trigger` only as
/// "the two" of a role or "the" of a plural role (`the_two`).
pub(super) fn two_subject(text: &Text, sentence: usize, trigger: usize) -> Option<Range<usize>> {
    let tokens = text.sentences.get(sentence)?.tokens.clone();
    let [the, two] = text.words.the_two;
    let comma = |k: usize| text.tokens[k].is_punct(',');
    let fronted = |k: usize| k > trigger + 1 && comma(k - 1) && !(trigger..k - 1).any(comma);
    (tokens.start..tokens.end).find(|&k| {
        (k < trigger || fronted(k))
            && (text.fw(k) == the
                && (text.fw(k + 1) == two && of_role(text, k + 2) || text.plural_role(k + 1))
                // "In their first meeting, both leaders …".
                || text.words.both.contains(&text.fw(k)) && of_role(text, k + 1))
    })?;
    Some(tokens)
}

/// Where "between the two" of a role ("entre les deux hommes") follows the trigger at `trigger`
/// in sentence `sentence`, within a few words of it.
fn between_the_two(text: &Text, sentence: usize, trigger: usize) -> Option<usize> {
    let end = text.sentences.get(sentence)?.tokens.end;
    let [the, two] = text.words.the_two;
    (trigger + 1..end.min(trigger + 4)).find(|&k| {
        text.fw(k) == text.words.between
            && text.fw(k + 1) == the
            && text.fw(k + 2) == two
            && k + 3 < end
            && of_role(text, k + 3)
    })
}

/// Whether token `k` names the role "the two" are of: a role, in the plural though the list of
/// roles has only its singular ("les deux Premiers ministres", "the two leaders"), or a word any
/// role's holders go by ("les deux hommes").
pub(super) fn of_role(text: &Text, k: usize) -> bool {
    let f = text.fw(k);
    let singular = f.strip_suffix('s').unwrap_or(f);
    text.words.roles.contains(&f)
        || text.words.roles.contains(&singular)
        || text.words.the_two_of_any_role.contains(&f)
}
