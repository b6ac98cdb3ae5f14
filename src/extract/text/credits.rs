//! Credits: a line a photo's credit closes is the photo's caption, however the page sets the
//! credit off ("… in New Delhi on May 3. | Photo Credit: Agency", "… / Photo: Agency", "… à
//! Dakar. - Crédit photo : MAE", "… © Ana Silva / présidence", "… à Zurich ©AFP"). A credit in
//! brackets ("(Photo: Ministry)") may close a lead that tells the event over a report that dates
//! it only by "today", and is left to the rules of captions.

use super::{line_ends_before, Token, TokenKind};
use crate::extract::lang::Words;

/// How many tokens a credit's holder may run to ("Singapore's Ministry of Foreign Affairs").
const HOLDER: usize = 8;

/// Whether the tokens `start..end`, from a line's start to its end, end with a photo's credit:
/// a word for a photo or its credit ("Photo", "Photo Credit", "Crédit photo") set off from what
/// comes before it by a bar, a slash, a dash or a full stop, then its holder's few words; or a
/// copyright sign and its holder's, glued or not.
pub(super) fn closes_on_credit(
    folded: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    words: &Words,
) -> bool {
    if !line_ends_before(tokens, end) {
        return false;
    }
    let closing = |t: &Token| matches!(t.kind, TokenKind::Punct(')' | ']' | '.' | '|'));
    let mut last = end;
    while last > start && closing(&tokens[last - 1]) {
        last -= 1;
    }
    let holder = |t: &Token| {
        t.is_word()
            || matches!(
                t.kind,
                TokenKind::Punct('/' | '.' | ',' | ':' | '-' | '&' | '’' | '\'')
            )
    };
    let mut k = last;
    while k > start && last - k < HOLDER + 3 {
        k -= 1;
        let t = &tokens[k];
        if t.is_punct('©') {
            // "© Ana Silva / présidence togolaise": a holder's few words, not a clause.
            return k + 1 < last && last - k <= 7;
        }
        let credit = t.is_word() && words.captions.contains(&&folded[t.folded.clone()]);
        if credit {
            // "Photo Credit", "Crédit photo": the run of credit words opens the credit.
            let mut first = k;
            while first > start
                && tokens[first - 1].is_word()
                && words
                    .captions
                    .contains(&&folded[tokens[first - 1].folded.clone()])
            {
                first -= 1;
            }
            let set_off = first > start
                && matches!(
                    tokens[first - 1].kind,
                    TokenKind::Punct('|' | '/' | '.' | '-' | '–' | '—')
                );
            // A holder's name is capitalised: small words may join its parts ("of the
            // Ministry", "de la présidence") and one longer ("courtesy of"), never a clause
            // ("Photo opportunities were given").
            let small = (tokens[k + 1..last].iter())
                .filter(|t| t.is_word() && !t.capitalised && t.folded.len() > 3)
                .count();
            if set_off && small <= 1 {
                return true;
            }
        }
        if !holder(t) {
            return false;
        }
    }
    false
}
