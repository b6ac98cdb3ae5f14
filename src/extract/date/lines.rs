//! The lines that date a statement or a release as a whole: a short line under its title, a
//! page's stamp, a joint statement's title, the line it is signed with.

use std::ops::Range;

use super::anchor::written_year;
use super::relative::{within_span, Relative};
use super::stamps::{clocked, closes_dateline, timed};
use super::{DateExpr, Dates, Found};
use crate::extract::text::Text;
use crate::model::{Confidence, EventDate};

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

/// The day a statement's opening lines say it was issued ("JOINT COMMUNIQUE … ISSUED 25TH JUNE
/// 2013 AT STATE HOUSE", "la Déclaration commune rendue publique mercredi à Vientiane à l'issue de
/// la visite du 20 au 22 juin"): the statement's, over the days of the visit it closes. A weekday
/// is found among those days, in the year the text writes them with. Not a page's stamp
/// ("Publié le 16/10/2019 à 20:00"). Its sentence and the date.
pub fn issued_on(text: &Text, dates: &Dates, sentences: Range<usize>) -> Option<(usize, Found)> {
    let words = text.words;
    let end = sentences.end.min(text.sentences.len());
    let found = |date: EventDate, tokens: Range<usize>| Found {
        confidence: match date {
            EventDate::Full(_) => Confidence::High,
            EventDate::DayMonth { .. } => Confidence::Medium,
        },
        date: Some(date),
        tokens: Some(tokens),
        remarks: Vec::new(),
    };
    (sentences.start..end).find_map(|s| {
        let tokens = text.sentences[s].tokens.clone();
        let mut issued = tokens
            .clone()
            .filter(|&k| words.dates.issued.contains(&text.fw(k)));
        issued.find_map(|k| {
            let at = k + 1 + usize::from(words.dates.date_articles.contains(&text.fw(k + 1)));
            if let Some(d) = dates.all.iter().find(|d| d.tokens.start == at) {
                if timed(text, d) || clocked(text, d) {
                    return None;
                }
                let date = written_year(d.value()?, &dates.all);
                return Some((s, found(date, d.tokens.clone())));
            }
            let day = Relative::Weekday(dates.calendar.weekday(text.fw(at))?, 0);
            let mut spans =
                (dates.all.iter()).filter(|d| d.range && tokens.contains(&d.tokens.start));
            let date = spans.find_map(|d| match written_year(d.value()?, &dates.all) {
                EventDate::Full(start) => within_span(&day, start),
                EventDate::DayMonth { .. } => None,
            })?;
            Some((s, found(date, at..at + 1)))
        })
    })
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
