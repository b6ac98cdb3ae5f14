//! Issuer: the agency or outlet that signs the text, by the signatures `data/issuers.toml` lists:
//! in a dateline or a byline ("RABAT, 12 mars (MAP) -", "(Yeclo avec Xinhua)", "/CNW/",
//! "Bakou, 22 juillet, AZERTAC"). A signature named anywhere else ("selon Xinhua") is only named.

use std::ops::Range;

use crate::extract::lexicon::Lexicon;
use crate::extract::text::{Text, TokenKind};

/// An issuer the text names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Index into `gazetteer.issuers`.
    pub issuer: usize,
    pub tokens: Range<usize>,
    /// Whether the text signs with it, rather than merely naming it.
    pub signed: bool,
}

/// Lines from the top within which a signature signs the text: headline, byline, dateline.
const SIGNATURE_LINES: usize = 6;

/// The issuer that signs the text, else the first one it names.
pub fn find(text: &Text, lex: &Lexicon) -> Option<Found> {
    let mut named = None;
    for k in 0..text.tokens.len() {
        let token = &text.tokens[k];
        // Signatures are proper nouns: only a capitalised word can start one.
        if !token.is_word() || !token.capitalised {
            continue;
        }
        let Some((issuer, len)) = lex.signature_at(text.word(k), &text.body[token.span.start..])
        else {
            continue;
        };
        let end_byte = token.span.start + len;
        let end = (k..text.tokens.len())
            .find(|&j| text.tokens[j].span.end >= end_byte)
            .map_or(k + 1, |j| j + 1);
        let found = Found {
            issuer,
            tokens: k..end,
            signed: signs(text, k, end),
        };
        if found.signed {
            return Some(found);
        }
        named.get_or_insert(found);
    }
    named
}

fn is_punct(text: &Text, k: usize, marks: &[char]) -> bool {
    matches!(text.tokens.get(k).map(|t| t.kind), Some(TokenKind::Punct(c)) if marks.contains(&c))
}

/// Whether the words `start..end` sign the text: near the top, set off by punctuation or a line
/// break on both sides, or inside the parentheses of a dateline.
fn signs(text: &Text, start: usize, end: usize) -> bool {
    let line = text.tokens[..=start]
        .iter()
        .filter(|t| t.newline_before)
        .count();
    if line > SIGNATURE_LINES {
        return false;
    }
    let dashes = ['-', '–', '—'];
    let opens = start == 0
        || text.tokens[start].newline_before
        || is_punct(text, start - 1, &['(', '/', ','])
        || is_punct(text, start - 1, &dashes);
    let closes = text.line_ends_before(end)
        || is_punct(text, end, &[')', '/', ',', '.', ':'])
        || is_punct(text, end, &dashes);
    // "(Yeclo avec Xinhua)": inside a parenthesis opened on the same line.
    let in_parens = (start.saturating_sub(6)..start)
        .rev()
        .take_while(|&k| !text.tokens[k + 1].newline_before)
        .find(|&k| is_punct(text, k, &['(', ')']))
        .is_some_and(|k| is_punct(text, k, &['(']))
        && is_punct(text, end, &[')']);
    (opens && closes) || in_parens
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::lexicon;
    use crate::extract::text::Text;

    #[test]
    fn issuers_sign_in_datelines_and_bylines() {
        let lex = lexicon();
        let cases: &[(&str, Option<(&str, bool)>)] = &[
            (
                "RABAT, 3 avril (MAP) - Le ministre X a reçu Y.",
                Some(("MAP", true)),
            ),
            (
                "Kinshasa, 12 nov. 2019 (ACP).- Le président X a reçu Y.",
                Some(("ACP", true)),
            ),
            (
                "BICHKEK, 2 mai (Xinhua) -- X a rencontré Y.",
                Some(("Xinhua", true)),
            ),
            (
                "Bakou, 9 mars, AZERTAC\nX a reçu Y.",
                Some(("AZERTAC", true)),
            ),
            (
                "NOUVELLES, 2 juin 2021 (Yeclo avec Xinhua) — X a félicité Y.",
                Some(("Xinhua", true)),
            ),
            (
                "OTTAWA, le 4 mai 2023 /CNW/ - X a parlé avec Y.",
                Some(("CNW", true)),
            ),
            (
                "X a reçu Y, a rapporté Xinhua dans la soirée.",
                Some(("Xinhua", false)),
            ),
            // A signature is matched as written: "map" and "Mapuche" are no agency.
            ("X a présenté une map des Mapuche à Y.", None),
        ];
        for &(input, expected) in cases {
            let text = Text::new(input);
            let found =
                super::find(&text, &lex).map(|f| (&input[text.span(f.tokens.clone())], f.signed));
            assert_eq!(found, expected, "{input}");
        }
    }
}
