//! Date: when the main event happened, as far as the text supports it; never a guessed year.
//!
//! Anchors for relative dates ("hier", "mardi"), strongest first: the publication date (front
//! matter or file name), a machine timestamp in the text ("2021-10-27T10:14", "27.10.2021"), the
//! dispatch's dateline ("Bakou, 22 juillet, AZERTAC"). A day and month without a year take the
//! anchor's year only when the anchor is a full date, and then the latest such day on or before
//! it. How dates are written is in `written`.

mod written;

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::extract::text::Text;
use crate::model::{Confidence, EventDate};
use written::number;
pub use written::{
    dateline_city, dateline_place, place_at, place_in_brackets, timestamp, DateExpr, Dates,
};

/// Whether a written date belongs to something else: a span, an earlier or later event, an occasion.
fn is_foreign(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let before = |n: usize| {
        d.tokens
            .start
            .checked_sub(n)
            .filter(|&k| k >= sentence_start)
            .map_or("", |k| text.fw(k))
    };
    // "survenu le 5 septembre": look past the article.
    let prev = if before(1) == "le" {
        before(2)
    } else {
        before(1)
    };
    let after = text.fw(d.tokens.end);
    let open_paren = (sentence_start..d.tokens.start)
        .filter(|&k| text.tokens[k].is_punct('('))
        .count()
        > (sentence_start..d.tokens.start)
            .filter(|&k| text.tokens[k].is_punct(')'))
            .count();
    // "on Friday (April 13th)": the brackets give the weekday's date.
    let explains_weekday = before(1) == "(" && text.words.weekday(before(2)).is_some();
    (prev == "du" && !text.words.day_parts.contains(&before(2)))
        || text.words.foreign_before.contains(&prev)
        || prev.ends_with("survenu")
        || prev.ends_with("survenue")
        || text.words.departures.contains(&prev)
        // "le 24 janvier dernier" is the event, told later; "prochain" is another one, to come.
        || text.words.foreign_after.contains(&after)
        || (open_paren && !explains_weekday && place_in_brackets(text, d).is_none())
        || follows_a_milestone(text, d, sentence_start)
}

/// Whether the date comes right after a milestone, in apposition to it.
fn follows_a_milestone(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let from = d.tokens.start.saturating_sub(7).max(sentence_start);
    (from..d.tokens.start).any(|k| text.words.milestones.contains(&text.fw(k)))
}

/// A relative day in a sentence: (first token, days back from the anchor or a weekday).
enum Relative {
    DaysBack(u64),
    Weekday(Weekday),
}

/// A day named beside a visit's end ("est rentré ce samedi", "samedi au départ") is its last, not
/// the event's.
fn ends_a_visit(text: &Text, k: usize, tokens: &Range<usize>) -> bool {
    let from = k.saturating_sub(2).max(tokens.start);
    let to = (k + 3).min(tokens.end);
    (from..to).any(|j| text.words.departures.contains(&text.fw(j)))
}

/// A day right after a verb of report ("a indiqué son cabinet mercredi") dates the report.
fn dates_a_report(text: &Text, k: usize, tokens: &Range<usize>) -> bool {
    let from = k.saturating_sub(4).max(tokens.start);
    (from..k).any(|j| text.words.reporting_verbs.contains(&text.fw(j)))
}

/// The first relative day in `tokens`; when `reported`, the sentence is only near the event's, and a
/// day that dates a report there is not taken.
fn relative(text: &Text, tokens: Range<usize>, reported: bool) -> Option<(usize, Relative)> {
    for k in tokens.clone() {
        let f = text.fw(k);
        let prev = |n: usize| {
            k.checked_sub(n)
                .filter(|&p| p >= tokens.start)
                .map_or("", |p| text.fw(p))
        };
        let next = text.fw(k + 1);
        let words = text.words;
        if words.foreign_before.contains(&prev(1))
            || prev(2) == "depuis"
            || words.foreign_after.contains(&next)
            || words.foreign_after.contains(&prev(1))
            || ends_a_visit(text, k, &tokens)
            || (reported && dates_a_report(text, k, &tokens))
        {
            continue;
        }
        if let Some(&(_, back)) = words.relative_days.iter().find(|(w, _)| *w == f) {
            return Some((k, Relative::DaysBack(back)));
        }
        let rel = match f {
            "aujourd'" if next == "hui" => Relative::DaysBack(0),
            "jour" | "matin" | "soir" | "apres-midi" if matches!(prev(1), "ce" | "cet") => {
                Relative::DaysBack(0)
            }
            "morning" | "afternoon" | "evening" if prev(1) == "this" => Relative::DaysBack(0),
            _ => match words.weekday(f) {
                Some(w) if number(next, 1..32).is_none() => Relative::Weekday(w),
                _ => continue,
            },
        };
        return Some((k, rel));
    }
    None
}

fn resolve_relative(rel: &Relative, anchor: EventDate) -> Option<EventDate> {
    match (rel, anchor) {
        (Relative::DaysBack(n), EventDate::Full(a)) => {
            a.checked_sub_days(Days::new(*n)).map(EventDate::Full)
        }
        (Relative::Weekday(w), EventDate::Full(a)) => {
            let back = (a.weekday().num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
            a.checked_sub_days(Days::new(back.into()))
                .map(EventDate::Full)
        }
        (Relative::DaysBack(n), EventDate::DayMonth { month, day }) => {
            // Without a year, going back across the end of February is ambiguous.
            if u64::from(day) <= *n && month == 3 {
                return None;
            }
            let date =
                NaiveDate::from_ymd_opt(2001, month, day)?.checked_sub_days(Days::new(*n))?;
            Some(EventDate::DayMonth {
                month: date.month(),
                day: date.day(),
            })
        }
        (Relative::Weekday(_), EventDate::DayMonth { .. }) => None,
    }
}

/// The latest date with this day and month on or before a full anchor.
fn with_year(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    match this {
        Some(d) if d <= anchor => Some(d),
        _ => NaiveDate::from_ymd_opt(anchor.year() - 1, month, day),
    }
}

/// A year-less date in the year of a full anchor: the latest such day on or before it.
fn in_year_of(date: EventDate, anchor: Option<EventDate>) -> EventDate {
    match (date, anchor) {
        (EventDate::DayMonth { month, day }, Some(EventDate::Full(a))) => {
            with_year(month, day, a).map_or(date, EventDate::Full)
        }
        _ => date,
    }
}

/// The line among `sentences` that dates a statement or a release ("January 19, 2011, Washington,
/// D.C." under a statement's title, "January 20, 2022 - Paris, France - Global Affairs Canada"): a
/// short line of its own that opens with a full date. Its sentence and the date.
pub fn date_line(text: &Text, dates: &Dates, sentences: Range<usize>) -> Option<(usize, Found)> {
    sentences.into_iter().find_map(|s| {
        let line = text.sentences.get(s)?;
        let words = line.tokens.clone().filter(|&k| text.tokens[k].is_word());
        let d = (dates.all.iter()).find(|d| d.tokens.start == line.tokens.start)?;
        let found = Found {
            date: d
                .value()
                .filter(|_| d.year.is_some() && words.count() <= 10),
            tokens: Some(d.tokens.clone()),
            confidence: Confidence::High,
            remarks: Vec::new(),
        };
        found.date.is_some().then_some((s, found))
    })
}

/// The full date of the last title before token `before` ("PM call with President Zelenskyy of
/// Ukraine: 3 January 2023"): the release's own, from which its "yesterday" counts back, whatever
/// day a copy of it was published.
fn title_date(text: &Text, all: &[DateExpr], before: usize) -> Option<NaiveDate> {
    let in_title = |k: usize| (text.sentences.iter()).any(|s| s.heading && s.tokens.contains(&k));
    all.iter()
        .filter(|d| d.tokens.start < before && d.year.is_some() && in_title(d.tokens.start))
        .filter_map(|d| match d.value()? {
            EventDate::Full(date) => Some(date),
            EventDate::DayMonth { .. } => None,
        })
        .next_back()
}

/// The date found, how sure it is, and remarks for a reviewer (as body offsets and messages).
pub struct Found {
    pub date: Option<EventDate>,
    /// The tokens the date was read from.
    pub tokens: Option<Range<usize>>,
    pub confidence: Confidence,
    pub remarks: Vec<(usize, String)>,
}

/// The date of the event reported by `sentence`, among the text's `dates`, anchored on
/// `published` when relative; `restates` tells the later sentences that report the same exchange
/// again.
pub fn event_date(
    text: &Text,
    dates: &Dates,
    sentence: Option<usize>,
    published: Option<NaiveDate>,
    restates: &dyn Fn(usize) -> bool,
) -> Found {
    let line = dates.dateline.as_ref();
    let mut found = Found {
        date: None,
        tokens: None,
        confidence: Confidence::Low,
        remarks: Vec::new(),
    };
    let Some((s_index, s)) = sentence.and_then(|i| Some((i, text.sentences.get(i)?))) else {
        return found;
    };
    let tokens = s.tokens.clone();
    let all = &dates.all;
    let anchor = title_date(text, all, tokens.start)
        .or(published)
        .or_else(|| timestamp(text))
        .map(EventDate::Full)
        .or_else(|| line.and_then(|l| l.value()));
    let in_sentence: Vec<&DateExpr> = all
        .iter()
        .filter(|d| tokens.contains(&d.tokens.start) && Some(*d) != line)
        .collect();
    // A span ("en visite du 3 au 5 mai") dates the event when no day in it is named.
    let span =
        |d: &&&DateExpr| d.range && d.tokens.start > 0 && text.fw(d.tokens.start - 1) == "du";
    let relative_day = relative(text, tokens.clone(), false);
    let written = in_sentence
        .iter()
        .find(|d| !is_foreign(text, d, tokens.start))
        .or_else(|| {
            in_sentence
                .iter()
                .find(span)
                .filter(|_| relative_day.is_none())
        })
        .cloned();
    if let Some(d) = written {
        let at = text.span(d.tokens.clone()).start;
        found.date = d.value();
        found.tokens = Some(d.tokens.clone());
        found.confidence = if d.year.is_some() {
            Confidence::High
        } else {
            Confidence::Medium
        };
        if let (Some(EventDate::Full(date)), Some(w)) = (found.date, d.weekday) {
            if date.weekday() != w {
                found.confidence = Confidence::Medium;
                found
                    .remarks
                    .push((at, format!("the text's weekday does not match {date}")));
            }
        }
        found.date = found.date.map(|v| in_year_of(v, anchor));
        return found;
    }
    let mut unresolved = None;
    if let Some((k, rel)) = relative_day {
        let at = text.span(k..k + 1).start;
        match anchor.and_then(|a| resolve_relative(&rel, a)) {
            Some(date) => {
                found.date = Some(date);
                found.tokens = Some(k..k + 1);
                found.confidence = Confidence::Medium;
                return found;
            }
            // A wire dated "Colombo, Mar 29" that says "on Tuesday" most often reports that day.
            None if matches!(rel, Relative::Weekday(_)) && anchor.is_some() => {
                found.date = anchor;
                found.tokens = line.map(|l| l.tokens.clone());
                found
                    .remarks
                    .push((at, "weekday taken as the dateline's day".into()));
                return found;
            }
            // A day the text names but nothing anchors ("vendredi soir") gives way to a date the
            // next sentences write when they report the same exchange ("« Dans la soirée du 19
            // septembre, le président X s'entretient par téléphone avec … »").
            None => unresolved = Some(at),
        }
    }
    // The lead often dates the event in the sentence before or after the one that reports it
    // ("… a participé ce jeudi 7 janvier 2021 à l'investiture. En marge, il s'est entretenu avec …").
    let near = [s_index + 1, s_index + 2, s_index.wrapping_sub(1)];
    // Further on, a sentence that reports the same exchange again ("… s'est rendu à Berlin le 20
    // décembre 2013 pour y avoir une entrevue avec son homologue") dates it.
    let later = (s_index + 3..text.sentences.len()).filter(|&n| restates(n));
    for n in near.into_iter().chain(later) {
        // A day named but not anchored is only given a date by a report of the same exchange.
        let Some(x) = (text.sentences.get(n))
            .filter(|x| !x.heading && !x.caption && (unresolved.is_none() || restates(n)))
        else {
            continue;
        };
        let written_in = |d: &&DateExpr| x.tokens.contains(&d.tokens.start) && Some(*d) != line;
        let written = (all.iter().filter(written_in))
            .find(|d| !is_foreign(text, d, x.tokens.start))
            .or_else(|| all.iter().filter(written_in).find(|d| span(&d)));
        let date = match written {
            Some(d) => d.value().map(|v| (in_year_of(v, anchor), d.tokens.clone())),
            None if unresolved.is_some() => None,
            None => relative(text, x.tokens.clone(), true)
                .and_then(|(k, rel)| Some((resolve_relative(&rel, anchor?)?, k..k + 1))),
        };
        if let Some((date, tokens)) = date {
            found.date = Some(date);
            found.tokens = Some(tokens);
            found.confidence = Confidence::Medium;
            return found;
        }
    }
    if let Some(at) = unresolved {
        found.remarks.push((
            at,
            "relative date: give `published` in front matter to resolve it".into(),
        ));
        return found;
    }
    // A date alone on its line is the page's stamp, not a dispatch's: it dates the publication.
    let alone = |l: &&DateExpr| {
        let s = &text.sentences[text.sentence_of(l.tokens.start)];
        s.tokens == l.tokens && l.year.is_some()
    };
    if let Some(d) = line.filter(|l| !alone(l)).and_then(|l| l.value()) {
        found.date = Some(d);
        found.tokens = line.map(|l| l.tokens.clone());
        found
            .remarks
            .push((0, "date taken from the dateline".into()));
        return found;
    }
    // "ce lundi 30 septembre 2019": a full date told as the text's present is the day it reports.
    let present = |d: &&DateExpr| {
        let start = text.sentences[text.sentence_of(d.tokens.start)]
            .tokens
            .start;
        d.year.is_some()
            && d.weekday.is_some()
            && d.tokens.start > start
            && matches!(text.fw(d.tokens.start - 1), "ce" | "this")
            && !is_foreign(text, d, start)
    };
    if let Some(d) = all.iter().find(present) {
        found.date = d.value();
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date of the event reported by the sentence that names Y (else the text's first
    /// sentence), given a publication date.
    fn check(input: &str, published: Option<&str>, expected: Option<&str>) {
        let text = Text::new(input);
        let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
        let names_y =
            |s: &&crate::extract::text::Sentence| s.tokens.clone().any(|k| text.word(k) == "Y");
        let sentence = (text.sentences.iter().position(|s| names_y(&s)))
            .or_else(|| text.sentences.iter().position(|s| !s.heading));
        let found = event_date(&text, &Dates::of(&text), sentence, published, &|_| false);
        assert_eq!(
            found.date.map(|d| d.to_string()).as_deref(),
            expected,
            "{input}"
        );
    }

    #[test]
    fn written_dates() {
        check(
            "Le 19 novembre 2025, le président a reçu X.",
            None,
            Some("2025-11-19"),
        );
        check(
            "Le soir du 22 février 2021, X a appelé Y.",
            None,
            Some("2021-02-22"),
        );
        check("X a reçu, mardi 3 mai 2024, Y.", None, Some("2024-05-03"));
        check("X a reçu le 1er juin Y.", None, Some("--06-01"));
        check(
            "Dans la soirée du 5 juin, X a appelé Y.",
            None,
            Some("--06-05"),
        );
        check(
            "X a reçu le 5 juin Y.",
            Some("2024-06-07"),
            Some("2024-06-05"),
        );
        check(
            "X a reçu le 30 décembre Y.",
            Some("2024-01-02"),
            Some("2023-12-30"),
        );
        check(
            "X, en visite du 6 au 10 juillet, a rencontré Y le 7 juillet.",
            None,
            Some("--07-07"),
        );
        check(
            "Après le séisme survenu le 5 septembre, X a envoyé le 6 septembre un message.",
            None,
            Some("--09-06"),
        );
        check(
            "X a appelé Y, après leur appel du 2 juin dernier.",
            None,
            None,
        );
        check("A l'occasion de l'anniversaire (18 janvier 1950 - 18 janvier 2021), X et Y ont échangé des messages.", None, None);
        check("À l'occasion du 30e anniversaire de l'établissement des relations diplomatiques, le 5 mai 1994, X et Y ont échangé des messages.", None, None);
        check(
            "X a reçu le 24 janvier dernier son homologue Y.",
            None,
            Some("--01-24"),
        );
        check(
            "X a reçu le 24 janvier dernier son homologue Y.",
            Some("2024-03-02"),
            Some("2024-01-24"),
        );
        check(
            "X recevra le 24 janvier prochain son homologue Y.",
            None,
            None,
        );
        check("Le 31 février 2021, X a reçu Y.", None, None);
    }

    #[test]
    fn relative_dates() {
        check("X a reçu hier Y.", Some("2024-06-07"), Some("2024-06-06"));
        check("X a reçu mardi Y.", Some("2021-10-27"), Some("2021-10-26"));
        check(
            "X a reçu ce lundi Y.",
            Some("2025-06-23"),
            Some("2025-06-23"),
        );
        check("X a reçu mardi Y.", None, None);
        check(
            "Aujourd'hui, X a appelé Y.",
            Some("2025-04-06"),
            Some("2025-04-06"),
        );
        check(
            "En visite depuis ce mercredi, X a été reçu.",
            Some("2016-07-21"),
            None,
        );
        check(
            "Bakou, 22 juillet, AZERTAC\nX s’est entretenu hier avec Y.",
            None,
            Some("--07-21"),
        );
        check(
            "OTTAWA, le 6 avril 2025 /CNW/ - Aujourd'hui, X s'est entretenu avec Y.",
            None,
            Some("2025-04-06"),
        );
        check(
            "Minsk, 28 juin (VNA) - Les deux pays ont publié le 27 juin une déclaration.",
            None,
            Some("--06-27"),
        );
        check(
            "2015-08-05 17:18:29 cri\nX s'est entretenu ce 5 août avec Y.",
            None,
            Some("2015-08-05"),
        );
    }

    #[test]
    fn dates_as_readouts_write_them() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // Wire datelines: the dispatch's date anchors a year-less event date.
            (
                "DAKAR, 14 févr. (APS) - Le ministre X a reçu hier son homologue Y.",
                None,
                Some("--02-13"),
            ),
            (
                "Niamey, 03 nov. 2019 (ANP).- Le président X a reçu mardi son homologue Y.",
                None,
                Some("2019-10-29"),
            ),
            (
                "ASTANA, 9 sept (Kazinform) -- X s'est entretenu ce 8 septembre avec Y.",
                None,
                Some("--09-08"),
            ),
            (
                "Communiqué\nLomé, 21 déc. 2018 (ATOP) - X a reçu Y mercredi.",
                None,
                Some("2018-12-19"),
            ),
            // Numeric dates.
            ("Le 07/03/2018, X a reçu Y.", None, Some("2018-03-07")),
            ("Le 07.03.2018, X a reçu Y.", None, Some("2018-03-07")),
            (
                "Publié le 2018-03-08\nX a reçu Y ce mercredi.",
                None,
                Some("2018-03-07"),
            ),
            // A weekday before the date, with or without a comma; "ce 12 mars".
            (
                "X a reçu ce vendredi, 12 mars 2021 Y.",
                None,
                Some("2021-03-12"),
            ),
            (
                "X a reçu ce 12 mars Y.",
                Some("2021-03-15"),
                Some("2021-03-12"),
            ),
            // Ranges give their first day.
            (
                "X a effectué une visite chez Y les 16 et 17 octobre 2019.",
                None,
                Some("2019-10-16"),
            ),
            (
                "X a effectué une visite chez Y du 3 au 5 mai 2022.",
                None,
                Some("2022-05-03"),
            ),
            (
                "En date du 2 juin 2020, X a reçu Y.",
                None,
                Some("2020-06-02"),
            ),
            // The event dated in the sentence before the one that reports it.
            (
                "X s'est rendu jeudi 4 avril 2019 à Accra. En marge, il s'est entretenu avec Y.",
                None,
                Some("2019-04-04"),
            ),
            // A date of another event is never taken: an entry into office, a future visit.
            (
                "X, en fonction depuis son élection le 3 mai, a reçu Y.",
                None,
                None,
            ),
        ];
        for &(input, published, expected) in cases {
            check(input, published, expected);
        }
    }

    #[test]
    fn odd_inputs() {
        check("", None, None);
        check("le 99 mars 99999999999999999999", None, None);
        check("lundi", Some("2024-01-01"), Some("2024-01-01"));
    }
}
