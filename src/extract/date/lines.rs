//! The lines that date a statement or a release as a whole: a short line under its title, a
//! page's stamp, a joint statement's title, the line it is signed with.

use std::ops::Range;

use super::stamps::{clocked, closes_dateline, timed};
use super::{DateExpr, Dates, Found};
use crate::extract::text::Text;
use crate::model::Confidence;

/// The line among `sentences` that dates a statement or a release ("January 19, 2011, Washington,
/// D.C." under a statement's title, "January 20, 2022 - Paris, France - Global Affairs Canada"): a
/// short line of its own that opens with a full date, or with the city a statement is signed in
/// ("Lomé, le 4 mai 2021"), after the venue when it names one ("Palais de l'Élysée, Paris, le 7
/// octobre 2005"). Its sentence and the date.
pub fn date_line(text: &Text, dates: &Dates, sentences: Range<usize>) -> Option<(usize, Found)> {
    sentences.into_iter().find_map(|s| {
        let line = text.sentences.get(s)?;
        let words = line.tokens.clone().filter(|&k| text.tokens[k].is_word());
        let start = line.tokens.start;
        // The comma that closes a name of a few capitalised words from `from` on, their short
        // joiners in lower case ("Lomé,", "Palais de l'Élysée,", "Palace of the Nation,").
        let named = |from: usize| {
            (1..=5).map(|n| from + n).find(|&comma| {
                text.tokens.get(comma).is_some_and(|t| t.is_punct(','))
                    && (from..comma).all(|k| {
                        text.capitalised(k)
                            || k > from
                                && text.word(k).len() <= 3
                                && (text.word(k).chars())
                                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
                    })
            })
        };
        // "Lomé, le 4 mai 2021"; "Ouagadougou, du 27 au 29 juillet 2008", a visit's span.
        let articles = text.words.dates.date_articles;
        let after = |comma: usize| comma + 1 + usize::from(articles.contains(&text.fw(comma + 1)));
        let at = |k: usize| (dates.all.iter()).find(|d| d.tokens.start == k);
        // The city, or a venue and its city ("Palais de l'Élysée, Paris, le 7 octobre 2005").
        let d = match named(start) {
            None => at(start),
            Some(comma) => at(after(comma))
                .or_else(|| named(comma + 1).and_then(|second| at(after(second))))
                .or_else(|| at(start)),
        }?;
        // "28 Feb 2019 14:59" under a headline: a page's stamp, the day a paper put the
        // statement up, not the statement's own line.
        if d.year.is_none() || words.count() > 10 || timed(text, d) || clocked(text, d) {
            return None;
        }
        Some((s, read_on_line(d)?))
    })
}

/// Whether sentence `s` is a page's stamp: it writes a date and the time of day the page was put
/// up or changed ("Mis à jour le 16/10/2019 à 22:39 Publié le 16/10/2019 à 20:00").
pub fn stamps(text: &Text, dates: &Dates, s: usize) -> bool {
    let tokens = text.sentences[s].tokens.clone();
    (dates.all.iter()).any(|d| tokens.contains(&d.tokens.start) && timed(text, d))
}

/// The full date a joint statement's title gives ("Communiqué conjoint à l'occasion de la visite
/// d'État de X, du 3 au 5 mai 2017"): the statement's, that of the visit it closes.
/// It places the statement only where it names a city.
/// A dateline the title opens with ("AGENCY, le 11 avril 2010 – Communiqué conjoint … du 10 au 11
/// avril 2010") is the day the dispatch was filed: the visit's own days come first.
pub fn title_dated(text: &Text, dates: &Dates, title: usize) -> Option<(usize, Found)> {
    let line = text.sentences.get(title)?;
    let dated = |d: &&DateExpr| line.tokens.contains(&d.tokens.start) && d.year.is_some();
    let filed = |d: &&DateExpr| Some(*d) == dates.dateline.as_ref() || closes_dateline(text, d);
    let d = (dates.all.iter().filter(dated))
        .find(|d| !filed(d))
        .or_else(|| dates.all.iter().find(dated))?;
    Some((title, read_on_line(d)?))
}

/// The line a statement is signed with at its end ("Fait à Lomé, le 4 mars 2019"): its date.
pub fn signed_line(text: &Text, dates: &Dates) -> Option<(usize, Found)> {
    let d = dates.signed.as_ref()?;
    let line = (text.sentences.iter()).position(|s| s.tokens.contains(&d.tokens.start))?;
    Some((line, read_on_line(d)?))
}

/// A full date a statement's own line writes, as sure as a date can be.
fn read_on_line(d: &DateExpr) -> Option<Found> {
    Some(Found {
        date: Some(d.value()?),
        tokens: Some(d.tokens.clone()),
        confidence: Confidence::High,
        remarks: Vec::new(),
    })
}
