//! Sentences: where a text's sentences, headings and captions start and end, from its tokens.

use std::ops::Range;

use super::{line_ends_before, Sentence, Token, TokenKind};
use crate::extract::lang::Words;

pub(super) fn split_sentences(
    body: &str,
    folded: &str,
    tokens: &[Token],
    words: &Words,
) -> Vec<Sentence> {
    let fw = |t: &Token| &folded[t.folded.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    // "(local time. 5:30 p.m., Japan time.)": a full stop within a bracket a few words back ends
    // no sentence; a bracket left open never holds more than a few words.
    let mut bracket: Option<usize> = None;
    let width = wrap_width(body, tokens);
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let in_bracket = bracket.is_some_and(|b| i - b <= 12);
        let breaks = i > start
            && ((t.newline_before
                && !continues_line(body, tokens, i)
                && !width.is_some_and(|w| cut_at_width(body, tokens, i, w))
                && (!after_honorific(folded, tokens, i, words)
                    || blank_line_before(body, tokens, i))
                && !dangles(folded, tokens, i, words))
                || (t.glued && t.capitalised && lost_space(body, folded, tokens, i, words))
                || (!t.glued
                    && !in_bracket
                    && ends_sentence(body, folded, tokens, i - 1, words)
                    && opens_sentence(body, t)));
        if breaks {
            out.push(start..i);
            start = i;
            bracket = None;
        }
        if t.is_punct('(') {
            bracket = Some(i);
        } else if t.is_punct(')') || t.newline_before {
            bracket = None;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    // "2. Cette visite …": a paragraph's number opens its first sentence.
    let mut k = 0;
    while k + 1 < out.len() {
        let r = out[k].clone();
        let numbered = r.len() == 2
            && number_of_paragraph(fw(&tokens[r.start]))
            && tokens[r.start + 1].is_punct('.');
        if numbered {
            out[k + 1].start = r.start;
            out.remove(k);
        } else {
            k += 1;
        }
    }
    let ends: Vec<usize> = out.iter().map(|r| r.end).collect();
    let mut under_heading = false;
    let mut headings_only = true;
    let mut sentences: Vec<Sentence> = out
        .into_iter()
        .zip(
            ends.iter()
                .skip(1)
                .copied()
                .chain(std::iter::once(tokens.len())),
        )
        .map(|(r, next_end)| {
            // "- Le président X a reçu jeudi Y, …" under a headline: a summary set as a
            // subheading, however long it runs.
            let subheading =
                under_heading && matches!(tokens[r.start].kind, TokenKind::Punct('-' | '–' | '—'));
            let heading = is_heading(body, tokens, &r, words, subheading, headings_only);
            under_heading = heading;
            headings_only &= heading;
            let caption = opens_caption(
                (tokens[r.clone()].iter()).filter(|t| t.is_word()).map(fw),
                words,
            ) || credited(tokens, r.end, next_end);
            Sentence {
                tokens: r,
                heading,
                caption,
            }
        })
        .collect();
    // "X et Y avant leur entretien. Photo : VNA": the sentence a bare photo credit closes on its
    // line is the photo's caption; a credit in brackets may close a lead that tells the event.
    for k in 1..sentences.len() {
        let credit = &sentences[k];
        let same_line = !tokens[credit.tokens.start].newline_before;
        let ends_line = line_ends_before(tokens, credit.tokens.end);
        let bare = !tokens[credit.tokens.start].is_punct('(');
        // "… at State House, August 4, 2012. PPS": a service's initials alone after the full
        // stop, with more text below (a report's last line may close on its agency's).
        let initials = credit.tokens.len() <= 2
            && credit.tokens.end < tokens.len()
            && (tokens[credit.tokens.clone()].iter()).all(|t| {
                let w = &body[t.span.clone()];
                t.is_word() && w.len() > 1 && !w.chars().any(char::is_lowercase)
            });
        let held = held_credit(body, folded, tokens, &credit.tokens, words);
        if (credit.caption || initials) && same_line && ends_line && bare {
            sentences[k - 1].caption = true;
        }
        // "X meeting Y at State House on Thursday. (2nd R) is Z. PPU Photo": the photo service's
        // name before the word for a photo closes a caption of one or more sentences.
        if same_line && ends_line && held {
            sentences[k].caption = true;
            let mut j = k - 1;
            loop {
                sentences[j].caption = true;
                if j == 0 || tokens[sentences[j].tokens.start].newline_before {
                    break;
                }
                j -= 1;
            }
        }
    }
    // "X takes the oath in Beijing. (Xinhua/Li Wei)", "X et Y à Zurich, le 20 janvier ©AFP", "… à
    // Dakar. - Crédit photo : MAE": a line closed by an agency's credit to its photographer, or by
    // a photo's credit or a copyright sign and its holder, is a photo's caption throughout.
    let mut line_start = 0;
    for k in 0..sentences.len() {
        let r = &sentences[k].tokens;
        if tokens[r.start].newline_before {
            line_start = r.start;
        }
        if photographer_credit(tokens, r)
            || super::credits::closes_on_credit(folded, tokens, line_start, r.end, words)
        {
            let mut j = k;
            loop {
                sentences[j].caption = true;
                if j == 0 || tokens[sentences[j].tokens.start].newline_before {
                    break;
                }
                j -= 1;
            }
        }
    }
    sentences
}

/// "Photo : …", "This photo, provided by …, shows", "Sur la photo, …", "FILE - In this file photo
/// taken on …": a sentence whose first words, past articles, prepositions and an archive's mark,
/// name a picture.
fn opens_caption<'a>(mut words_of: impl Iterator<Item = &'a str>, words: &Words) -> bool {
    for _ in 0..5 {
        match words_of.next() {
            Some(w) if words.captions.contains(&w) => return true,
            Some(w) if words.caption_leads.contains(&w) => {}
            _ => return false,
        }
    }
    false
}

/// "PPU Photo", "UN Photo", "AFP PHOTO": a photo service's name in capitals, then a word for a
/// photo, alone as a sentence.
fn held_credit(
    body: &str,
    folded: &str,
    tokens: &[Token],
    r: &Range<usize>,
    words: &Words,
) -> bool {
    let Some(last) = r
        .end
        .checked_sub(1)
        .filter(|&l| l > r.start && r.len() <= 3)
    else {
        return false;
    };
    words
        .captions
        .contains(&&folded[tokens[last].folded.clone()])
        && (tokens[r.start..last].iter()).all(|t| {
            let w = &body[t.span.clone()];
            t.is_word() && w.len() > 1 && !w.chars().any(char::is_lowercase)
        })
}

/// "(Xinhua/Li Wei)", "(AP Photo/Li Wei, file)" at the end of a line: words in brackets around a
/// slash, which credit a photographer to an agency.
fn photographer_credit(tokens: &[Token], r: &Range<usize>) -> bool {
    let inner = r.start + 1..r.end.saturating_sub(1);
    r.len() <= 10
        && tokens[r.start].is_punct('(')
        && tokens[r.end - 1].is_punct(')')
        && line_ends_before(tokens, r.end)
        && tokens[inner.clone()].iter().any(|t| t.is_punct('/'))
        && (tokens[inner].iter()).all(|t| t.is_word() || t.is_punct('/') || t.is_punct(','))
}

/// "… reads a letter from the Speaker. – KUNA", "… les 13 et 14 février 2019. / DR": a line
/// above the report that ends with a dash or a slash and the credit of an agency or a
/// photographer ("DR", rights reserved) is a photo's caption (the report's last line may
/// end with the agency's signature). `end` is where the sentence ends and `next_end` where the one
/// after it does: the credit may be either's last words.
fn credited(tokens: &[Token], end: usize, next_end: usize) -> bool {
    let line_end = |k: usize| tokens.get(k).is_some_and(|t| t.newline_before);
    let credit = |from: usize, to: usize| {
        let dash = (from..to).rev().take(4).find(|&k| {
            matches!(tokens[k].kind, TokenKind::Punct('-' | '–' | '—' | '/'))
                && k > 0
                && matches!(tokens[k - 1].kind, TokenKind::Punct('.'))
        });
        dash.is_some_and(|d| d + 1 < to && tokens[d + 1..to].iter().all(Token::is_word))
    };
    let next_on_line = tokens.get(end).is_some_and(|t| !t.newline_before);
    (line_end(end) && credit(end.saturating_sub(5), end))
        || (next_on_line && line_end(next_end) && credit(end.saturating_sub(1), next_end))
}

/// A capitalised word (token `i`, glued to what is before it) whose space the page lost: a word
/// that opens sentences glued to a word in lower case ("ZhanshuA cette occasion"), or a word going
/// on in lower case glued to the full stop after a lower-case word ("… difficiles.Le roi …",
/// "… said Ana Silva.The minister …"), or a word that opens sentences glued to the full stop
/// after a day or a year ("… in Hanoi on July 5.The delegation …"); not "M.Turki", an initial
/// or an abbreviation, nor "www.Site.com", whose stop closes no word.
fn lost_space(body: &str, folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let t = &tokens[i];
    let word = &body[t.span.clone()];
    let opener = t.is_word() && words.sentence_openers.contains(&&folded[t.folded.clone()]);
    let lower = |k: usize| {
        tokens[k].is_word() && body[tokens[k].span.clone()].ends_with(char::is_lowercase)
    };
    if opener && lower(i - 1) {
        return true;
    }
    let number = |k: usize| {
        tokens[k].is_word() && body[tokens[k].span.clone()].ends_with(|c: char| c.is_ascii_digit())
    };
    let goes_on_lower = t.is_word() && word.chars().nth(1).is_some_and(char::is_lowercase);
    goes_on_lower
        && i >= 2
        && tokens[i - 1].is_punct('.')
        && tokens[i - 1].glued
        && (lower(i - 2) || opener && number(i - 2))
        && (opener || tokens[i - 2].span.len() > 2)
        && ends_sentence(body, folded, tokens, i - 1, words)
}

/// A line of a hard-wrapped text that goes on with the sentence before it: it opens in lower case
/// after a word or a comma ("… est reçu par\nson homologue …").
fn continues_line(body: &str, tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    (prev.is_word() || prev.is_punct(','))
        && tokens[i].is_word()
        && body[tokens[i].span.clone()].starts_with(char::is_lowercase)
}

/// The width a hard-wrapped text cuts its lines at ("… Prime Minister X\nFriday emphasized …", a
/// wire's copy): the median length of the lines that run on in lower case into the next, where
/// several do. Not the longest: a page that joined two of the copy's lines into one would set the
/// width far past it, and its lines cut near the width would read as headlines.
fn wrap_width(body: &str, tokens: &[Token]) -> Option<usize> {
    let mut runs_on: Vec<usize> = (1..tokens.len())
        .filter(|&i| tokens[i].newline_before && continues_line(body, tokens, i))
        .map(|i| line_length(body, tokens[i - 1].span.end))
        .collect();
    runs_on.sort_unstable();
    (runs_on.len() >= WRAPPED_LINES).then(|| runs_on[runs_on.len() / 2])
}

/// How many lines must run on in lower case before a text is read as hard-wrapped.
const WRAPPED_LINES: usize = 3;

/// In a hard-wrapped text, a line cut near the text's width after a word or a comma goes on with
/// the next line of its paragraph however that opens ("Ambassador of the United States\nAmbassador
/// X who called"); a shorter line is a headline or a paragraph's end, a line closed by a
/// figure a page's stamp ("Updated: 2006-06-28 07:13"), and a line well past the width was never
/// cut at it (a headline set on one line above the wrapped copy, then its byline).
fn cut_at_width(body: &str, tokens: &[Token], i: usize, width: usize) -> bool {
    let prev = &tokens[i - 1];
    let lettered = body[prev.span.clone()].ends_with(char::is_alphabetic);
    let gap = &body[prev.span.end..tokens[i].span.start];
    let length = line_length(body, prev.span.end);
    (lettered || prev.is_punct(','))
        && tokens[i].is_word()
        && gap.matches('\n').count() == 1
        && length * 4 >= width * 3
        && length * 4 <= width * 5
}

/// The length in characters of the line that ends at byte `end`.
fn line_length(body: &str, end: usize) -> usize {
    let start = body[..end].rfind('\n').map_or(0, |n| n + 1);
    body[start..end].chars().count()
}

/// "… held a meeting with Rt. Hon.\nWinston Peters": a line that ends with an honorific goes on
/// with the name it introduces.
fn after_honorific(folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let last = match i.checked_sub(1) {
        Some(k) if tokens[k].is_punct('.') => k.checked_sub(1),
        k => k,
    };
    last.is_some_and(|k| {
        tokens[k].is_word()
            && words
                .honorifics
                .contains(&&folded[tokens[k].folded.clone()])
    })
}

/// Whether a blank line parts token `i` from the one before: a paragraph ends there, whatever
/// its last word ("… / DR" credits a photo, "droits réservés", and is no honorific).
fn blank_line_before(body: &str, tokens: &[Token], i: usize) -> bool {
    let gap = &body[tokens[i - 1].span.end..tokens[i].span.start];
    gap.matches('\n').count() > 1
}

/// "The Minister of Foreign Affairs of the Republic of\nCyprus, Mr X": a line that ends on an
/// article, a preposition or "and" is cut mid-phrase, and goes on with the next.
fn dangles(folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let prev = &tokens[i - 1];
    prev.is_word() && words.dangling.contains(&&folded[prev.folded.clone()])
}

fn number_of_paragraph(folded: &str) -> bool {
    (1..=2).contains(&folded.len()) && folded.bytes().all(|b| b.is_ascii_digit())
}

// Asked at every token: kept inline in the loop that splits sentences.
#[inline(always)]
fn ends_sentence(body: &str, folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Punct('!' | '?' | '…') => true,
        TokenKind::Punct('.') => match i.checked_sub(1).map(|p| &tokens[p]) {
            Some(prev) if prev.is_word() && prev.span.end == t.span.start => {
                let word = &body[prev.span.clone()];
                let single = word.chars().count() == 1;
                let single_capital = single && prev.capitalised;
                // "9:30 a.m. (local time)", "e.g.": letters each closed by a full stop.
                let dotted = single
                    && i >= 2
                    && (tokens[i - 2].is_punct('.') && tokens[i - 2].span.end == prev.span.start);
                let word = &&folded[prev.folded.clone()];
                !single_capital
                    && !dotted
                    && !words.abbreviations.contains(word)
                    && !words.shortened_given_names.contains(word)
            }
            _ => true,
        },
        _ => false,
    }
}

fn opens_sentence(body: &str, t: &Token) -> bool {
    body[t.span.clone()]
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "«\"“(".contains(c))
}

fn is_heading(
    body: &str,
    tokens: &[Token],
    r: &Range<usize>,
    words: &Words,
    subheading: bool,
    headings_only: bool,
) -> bool {
    let Some(last) = tokens[r.clone()]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::Punct('"' | '»' | '”' | ')' | ']')))
    else {
        return false;
    };
    let length = tokens[r.clone()].iter().filter(|t| t.is_word()).count();
    let line_ends = line_ends_before(tokens, r.end);
    let has_more = r.end < tokens.len() || r.start > 0;
    // A title may run long in languages whose titles capitalise every word of weight ("… Meets
    // Minister of Foreign Affairs, Retno Marsudi to Review Indonesia-US Bilateral Relations").
    let title_case = || title_cased(&tokens[r.clone()], body, words);
    // The text's first line, set apart by a blank line, is its headline however long it runs;
    // so too after a line of figures alone, a page's stamp ("11/7/14", "2017-06-02 16:51"), or
    // after headings alone, a site's name and stamp ("Outlet  02 Mar 2023 12:17").
    let set_apart = || {
        let gap = tokens
            .get(r.end)
            .map(|n| &body[tokens[r.end - 1].span.end..n.span.start]);
        let first = r.start == 0
            || tokens[r.start].newline_before
                && (headings_only
                    || body[..tokens[r.start].span.start]
                        .chars()
                        .all(|c| !c.is_alphabetic()));
        first && length <= 40 && gap.is_some_and(|g| g.matches('\n').count() >= 2)
    };
    // A heading opens its line: a sentence after a full stop on the same line is running text
    // ("… amis ». Voici le message adressé lundi par X à Y"); a headline may ask a question
    // first ("Strained ties? Smiles as X meets Y").
    let line_starts =
        r.start == 0 || tokens[r.start].newline_before || !tokens[r.start - 1].is_punct('.');
    line_starts
        && line_ends
        && has_more
        && (length <= 16 || subheading || title_case() || set_apart())
        && !matches!(
            body[last.span.clone()].chars().next(),
            Some('.' | '!' | '?' | '…' | ';' | ',' | ':')
        )
}

/// Whether tokens are in title case, as languages whose titles capitalise every word of weight
/// write their headlines, and texts sometimes a headline run into a paragraph.
pub fn title_cased(tokens: &[Token], body: &str, words: &Words) -> bool {
    // "… and Holds Talks with Foreign Minister X": title case keeps its small words in lower
    // case, however long.
    let small = |t: &Token| words.title_small_words.contains(&&body[t.span.clone()]);
    words.titles_capitalised
        && (tokens.iter())
            .filter(|t| t.is_word() && t.span.len() > 3 && !small(t))
            .all(|t| t.capitalised)
}
