//! The day the page itself gives, when no sentence dates the exchange: a date that sets the scene
//! before the report, the one a release's title closes with, the dispatch's dateline, a full date
//! told as the text's present.

use chrono::{Datelike, Weekday};

use super::anchor::{after_line, completed, in_year_of, long_after};
use super::foreign::{in_the_past, is_foreign};
use super::relative::{relative, reported_after, Relative};
use super::stamps::post_stamp;
use super::{told_as_present, DateExpr, Found, Report};
use crate::model::{Confidence, EventDate};

/// How many sentences before the report a date that opens one may set its scene.
const SCENE_SENTENCES: usize = 4;

/// How many words may name the day a sentence opens with before its date ("Dans la soirée du").
const SCENE_OPENER: usize = 4;

/// `found` dated by the page's own day for `r`'s report, when it has one. `contradicts_stamp` is
/// set when the report writes a date after the page's stamp, which then dates nothing.
pub(super) fn page_day(r: &Report, contradicts_stamp: bool, mut found: Found) -> Found {
    let (text, all, line, published) = (r.text, r.all, r.line, r.published);
    // A day after the page's or dispatch's own is no scene of the report's.
    let scene = scene(r).filter(|d| !long_after(d, published) && !after_line(d, r.filed));
    if let Some(d) = scene {
        found.date = d.value().map(|v| completed(v, all, r.anchor, published));
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
        return found;
    }
    // "PM meeting with the Prime Minister of X: 1 July 2022" over a report that names no day: the
    // release's own day, which a page that copies it stamps days later.
    // The title closes with the date after a colon or a dash, in brackets ("Leaders talk by phone
    // (May 4, 2021)") or after a comma that follows a word ("… - Readout, 4 May 2021"), not a
    // page's clock ("6:57 PM Jeudi, 28 Mars 2024 |"), a weekday's comma nor a stamp alone on its
    // line.
    let closes_title = |d: &DateExpr| {
        let title = &text.sentences[text.sentence_of(d.tokens.start)].tokens;
        let mark = d.tokens.start.checked_sub(1).filter(|&k| k > title.start);
        let bracketed = d.tokens.end + 1 == title.end && text.tokens[d.tokens.end].is_punct(')');
        let after_word = |k: usize| {
            text.tokens[k - 1].is_word() && text.words.dates.weekday(text.fw(k - 1)).is_none()
        };
        (d.tokens.end == title.end || bracketed)
            && mark.is_some_and(|k| {
                let c = if bracketed {
                    &['('][..]
                } else {
                    &[':', '-', '–', '—']
                };
                c.iter().any(|&c| text.tokens[k].is_punct(c))
                    || !bracketed && text.tokens[k].is_punct(',') && after_word(k)
            })
    };
    if let Some((date, d)) = r.titled.filter(|(_, d)| closes_title(d)) {
        found.date = Some(EventDate::Full(date));
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
        return found;
    }
    if let Some(d) = line
        .filter(|l| usable_line(r, l, contradicts_stamp))
        .and_then(|l| l.value())
    {
        // "BAKU, December 2" on a page of 2 December 2015: the dateline's day in the page's year.
        found.date = Some(in_year_of(d, r.anchor));
        found.tokens = line.map(|l| l.tokens.clone());
        found
            .remarks
            .push((0, "date taken from the dateline".into()));
        return found;
    }
    // "ce lundi 30 septembre 2019", "les entretiens de ce 11 avril 2018": a full date told as the
    // text's present is the day it reports.
    // "X a appelé, ce mardi, Y. … C'est ce dimanche 5 septembre 2021 que X a pris le pouvoir": a
    // present of another weekday than the one the exchange is told on is another day's.
    let weekday = named_weekday(r, r.index).or_else(|| named_weekday(r, r.index.checked_sub(1)?));
    let present = |d: &&DateExpr| {
        let start = text.sentences[text.sentence_of(d.tokens.start)]
            .tokens
            .start;
        told_as_present(text, d)
            && !long_after(d, published)
            && d.tokens.start > start
            && !is_foreign(text, d, start)
            && weekday.is_none_or(|w| {
                let own = d.weekday.or_else(|| Some(d.value()?.full()?.weekday()));
                own.is_none_or(|own| own == w)
            })
    };
    if let Some(d) = all.iter().find(present) {
        found.date = d.value();
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
        return found;
    }
    // "X and Y had their first phone call. … “I have spoken with Y” — X (@X) December 20, 2020":
    // a party's post the page quotes was put up the day of what it tells.
    // Most pages quote no post: one byte's search answers them.
    let quotes_post = text.folded.text.contains('@');
    let posted = (quotes_post.then(|| post_stamp(text)).flatten())
        .filter(|d| published.is_none_or(|p| *d <= p));
    if let Some(day) = posted.filter(|_| !contradicts_stamp) {
        found.date = Some(EventDate::Full(day));
        found.confidence = Confidence::Low;
        found
            .remarks
            .push((0, "date taken from an embedded post's stamp".into()));
    }
    found
}

/// The weekday sentence `n` names as the day of what it tells ("ce mardi").
fn named_weekday(r: &Report, n: usize) -> Option<Weekday> {
    let x = r.text.sentences.get(n)?;
    match relative(r.text, &r.dates.calendar, x.tokens.clone(), usize::MAX)?.1 {
        Relative::Weekday(w, _) | Relative::LastWeekday(w, _) => Some(w),
        Relative::DaysBack(_) | Relative::MonthDay(..) => None,
    }
}

/// Whether the page's stamp or the dispatch's dateline `l` may date `r`'s report.
fn usable_line(r: &Report, l: &DateExpr, contradicts_stamp: bool) -> bool {
    let text = r.text;
    let tokens = r.tokens.clone();
    // A date alone on its line is the page's stamp: a news page reports that day's events, but a
    // message for an occasion ("à l'occasion de la fête nationale") is sent for the occasion's
    // day, which a page stamped in figures ("23/07/2023"), as a site does whatever copy it puts
    // up, may follow by days. The issuer's own page writes its day out ("Monday 12 July 2021"),
    // that of the message it sends for the day.
    let figures_alone = || {
        let s = &text.sentences[text.sentence_of(l.tokens.start)];
        let calendar = &r.dates.calendar;
        let in_figures = !(l.tokens.clone()).any(|k| calendar.month(text.fw(k)).is_some());
        s.tokens == l.tokens && l.year.is_some() && in_figures
    };
    let for_an_occasion =
        || (tokens.clone()).any(|k| text.words.dates.occasions.contains(&text.fw(k)));
    // No day of an exchange told as to come, though a quote's future is the quote's ("noted:
    // “this will not break …”").
    let to_come = || {
        let quote = (tokens.clone()).find(|&k| matches!(text.word(k), "“" | "«" | "\""));
        text.in_future(tokens.start..quote.unwrap_or(tokens.end))
    };
    let cue = r.cue.unwrap_or(usize::MAX);
    let after_the_fact = || reported_after(text, &r.dates.calendar, tokens.clone(), cue);
    !(contradicts_stamp || to_come() || figures_alone() && for_an_occasion() || after_the_fact())
}

/// A date that opens one of the sentences before the report, beyond the one right before it, and
/// sets its scene ("Mardi 15 avril, il est 12h au palais présidentiel … Le président X vient à la
/// rencontre de son homologue"); never the dateline, nor a day put in the past.
fn scene<'a>(r: &Report<'a>) -> Option<&'a DateExpr> {
    let text = r.text;
    let before = r.index.saturating_sub(SCENE_SENTENCES)..r.index.saturating_sub(1);
    // "En date du 7 mars 2008, …", "Dans la soirée du 5 juin, …": past the words that name its
    // day, the date still opens the sentence.
    let of_a_day = |k: usize, start: usize| {
        k > start + 1
            && k <= start + SCENE_OPENER
            && text.fw(k - 1) == "du"
            && text.words.dates.day_parts.contains(&text.fw(k - 2))
    };
    before.rev().find_map(|n| {
        let x = text.sentences.get(n).filter(|x| x.running())?;
        let opener = text
            .words
            .dates
            .date_articles
            .contains(&text.fw(x.tokens.start));
        let start = x.tokens.start + usize::from(opener);
        (r.all.iter())
            .find(|d| d.tokens.start == start || of_a_day(d.tokens.start, x.tokens.start))
            .filter(|d| Some(*d) != r.line && !d.range && !in_the_past(text, d))
            .filter(|d| !is_foreign(text, d, x.tokens.start))
    })
}
