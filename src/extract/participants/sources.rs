//! Whom the news comes from: the report's source, named after a verb of saying ("…, a indiqué M.
//! X"), after the words that give it ("selon X", "according to X") or after a verb of learning
//! ("…, a-t-on appris du porte-parole X"), is no party.

use crate::extract::people::Mention;
use crate::extract::text::{Text, TokenKind};

/// Whether `m` names the report's source: "…, Press Secretary Z told reporters", "…, a déclaré
/// X", "selon X".
pub(super) fn is_source(text: &Text, m: &Mention) -> bool {
    text.words.sources.contains(&text.fw(m.name.end))
        || says_before(text, m)
        || learned_from(text, m)
}

/// Words between a verb of saying and the name it puts after it: their title.
pub(super) const SAYS_TO_NAME: usize = 4;

/// "« … », a déclaré X, directeur du Bureau de presse", "…, said spokesperson X": a verb of saying
/// put before the name, after a comma or a closing quote (an auxiliary between), names the
/// report's source as one put after it does.
fn says_before(text: &Text, m: &Mention) -> bool {
    // The title's words and honorifics the phrase leaves out ("said presidential spokesman X",
    // "a indiqué M. X").
    let from = m.phrase.start.saturating_sub(SAYS_TO_NAME);
    let Some(verb) = (from..m.phrase.start)
        .rev()
        .take_while(|&j| text.tokens[j].is_word() || text.tokens[j].is_punct('.'))
        .find(|&j| text.words.sources_before.contains(&text.fw(j)))
    else {
        return false;
    };
    after_quote_or_comma(text, verb)
}

/// Whether a verb of saying at `verb` follows a comma or a closing quote, an auxiliary between.
fn after_quote_or_comma(text: &Text, verb: usize) -> bool {
    let mut k = verb;
    if k > 0 && text.words.auxiliaries.contains(&text.fw(k - 1)) {
        k -= 1;
    }
    k > 0
        && matches!(
            text.tokens[k - 1].kind,
            TokenKind::Punct(',' | '”' | '»' | '"')
        )
}

/// Tokens between the words giving whom the news comes from and the name: the source's title, set
/// before the name with a comma ("du porte-parole officiel de la présidence, le conseiller X").
const FROM_TO_NAME: usize = 10;

/// "…, selon le porte-parole de la présidence, M. X", "…, a-t-on appris du porte-parole officiel
/// de la présidence, le conseiller X", "…, according to presidential spokesman X", "…, said the
/// official spokesman of the presidency, Ambassador X": whom the news comes from, named after the
/// words that say so, is the report's source; a comma may part the
/// source's title from the name that closes the clause, not from a name a clause of its own opens
/// ("Selon le porte-parole, le président X a reçu Y").
fn learned_from(text: &Text, m: &Mention) -> bool {
    let (alone, learned, inverted, from) = text.words.sources_from;
    let ends = |j: usize, words: &[&str]| {
        j + 1 >= words.len() && (words.iter().rev().enumerate()).all(|(i, w)| text.fw(j - i) == *w)
    };
    let learns = |j: usize| {
        j > 2
            && from.contains(&text.fw(j))
            && learned.contains(&text.fw(j - 1))
            && inverted.contains(&text.fw(j - 2))
            && matches!(
                text.tokens[j - 3].kind,
                TokenKind::Punct(',' | '”' | '»' | '"')
            )
    };
    let mut comma = false;
    for j in (m.phrase.start.saturating_sub(FROM_TO_NAME)..m.phrase.start).rev() {
        let token = &text.tokens[j];
        if token.is_punct(',') && !comma {
            comma = true;
        } else if !token.is_word() && !token.is_punct('.') {
            return false;
        } else if alone.iter().any(|words| ends(j, words))
            || learns(j)
            || text.words.sources_before.contains(&text.fw(j)) && after_quote_or_comma(text, j)
        {
            return !comma
                || text
                    .tokens
                    .get(m.name.end)
                    .is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | ';')));
        }
    }
    false
}
