//! The city a line above the report names as where the paper's reporter wrote from: a byline
//! that closes on it ("The Daily Graphic, Accra"), a line that says the paper sent its reporter
//! there ("Avec nos envoyés spéciaux à Lisbonne").

use std::ops::Range;

use crate::extract::lexicon::Lexicon;
use crate::extract::text::Text;

/// The known city that closes a byline, a line of capitalised words above the report that names
/// the outlet and where it wrote from ("The Daily Graphic, Accra", "Agence Ouest (Lomé)", "Press
/// Trust of India New Delhi"): a paper's reporter files an audience from where it was held.
pub(super) fn byline(text: &Text, lex: &Lexicon, report: usize) -> Option<Range<usize>> {
    let lines = (text.sentences.iter()).take_while(|s| s.tokens.end <= report && s.heading);
    lines.map(|s| s.tokens.clone()).find_map(|line| {
        let closed = line.len() > 2 && text.tokens[line.end - 1].is_punct(')');
        let end = line.end - usize::from(closed);
        let short = line.len() <= 12;
        let named = (line.clone()).all(|k| !text.tokens[k].is_word() || text.capitalised(k));
        let city = closing_city(text, lex, line.start + 1, end)?;
        let before = &text.tokens[city.start - 1];
        let set_off = if closed {
            before.is_punct('(')
        } else {
            before.is_punct(',') || before.is_word()
        };
        (short && named && set_off).then_some(city)
    })
}

/// The known city a line above the report closes after saying the paper sent its own reporter
/// there ("Avec nos envoyés spéciaux à Lisbonne", "From our correspondent in Nairobi"): the
/// reporter was where the exchange was held.
pub(super) fn sent_to(text: &Text, lex: &Lexicon, report: usize) -> Option<Range<usize>> {
    let words = text.words;
    // A page's stamp may stand above it.
    let lines = (text.sentences.iter())
        .take_while(|s| s.tokens.end <= report)
        .filter(|s| s.heading);
    lines.map(|s| s.tokens.clone()).find_map(|line| {
        let ours = (line.start..line.end.min(line.start + 3))
            .find(|&k| words.places.ours.contains(&text.fw(k)))?;
        (words.places.reporters.contains(&text.fw(ours + 1))).then_some(())?;
        let city = closing_city(text, lex, ours + 3, line.end)?;
        (line.len() <= SENT_TO_WORDS && text.introduces_place(city.start - 1)).then_some(city)
    })
}

/// The known place the last one to three tokens before `end` name, the longest first, none of them
/// before `from`: the city a line closes on.
fn closing_city(text: &Text, lex: &Lexicon, from: usize, end: usize) -> Option<Range<usize>> {
    (1..=3.min(end.saturating_sub(from)))
        .rev()
        .map(|n| end - n..end)
        .find(|c| lex.place_country(text.folded_span(c.clone())).is_some())
}

/// How many words a reporter's line may hold ("Avec nos envoyés spéciaux à Lisbonne").
const SENT_TO_WORDS: usize = 10;
