//! Date: when the main event happened, as far as the text supports it; never a guessed year.
//!
//! Anchors for relative dates ("hier", "mardi"), strongest first: the date a release's title
//! gives, the publication date (front matter or file name), a machine timestamp in the text
//! ("2021-10-27T10:14", "27.10.2021"), the day a post embedded in it was put up ("(@Handle)
//! March 30, 2022"), the dispatch's dateline ("Bakou, 22 juillet, AZERTAC"). A
//! day and month without a year take the anchor's year only when the anchor is a full date, and
//! then the latest such day on or before it. How dates are written is in `written`, which written
//! dates are other events' in `foreign`, relative days in `relative`, the year a year-less date
//! takes in `anchor`.

mod anchor;
mod calendar;
mod city;
mod foreign;
mod lines;
mod relative;
mod stamps;
#[cfg(test)]
mod tests;
mod written;

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::extract::text::Text;
use crate::model::{Confidence, EventDate};
use anchor::{
    after_line, after_the_page, completed, in_year_of, long_after, long_before, off_the_page,
    stated_publication, title_date, written_year,
};
pub use city::{
    after_country, after_credit, after_stamp, dateline_city, dateline_place, place_at, place_before,
};
use foreign::{held_on, in_the_past, is_foreign};
pub use lines::{date_line, signed_line, stamps, title_dated};
use relative::{dates_a_report, relative, reported_after, resolve_relative, within_span, Relative};
use stamps::{closes_dateline, opens_as_dateline, post_stamp, timed};
pub use stamps::{timestamp, wire_name, Dates};
pub use written::{place_in_brackets, DateExpr};

/// The date found, how sure it is, and remarks for a reviewer (as body offsets and messages).
pub struct Found {
    pub date: Option<EventDate>,
    /// The tokens the date was read from.
    pub tokens: Option<Range<usize>>,
    pub confidence: Confidence,
    pub remarks: Vec<(usize, String)>,
}

impl Found {
    /// Dated `date`, read from `tokens`, by a sentence other than the report.
    fn dated(mut self, date: EventDate, tokens: Range<usize>) -> Found {
        self.date = Some(date);
        self.tokens = Some(tokens);
        self.confidence = Confidence::Medium;
        self
    }
}

/// The date of the event reported by `sentence` (its cue at token `cue`, when one named it), among
/// the text's `dates`, anchored on `published` when relative; `restates` tells the later sentences
/// that report the same exchange again, `another` those that announce another ("Earlier, …").
pub fn event_date(
    text: &Text,
    dates: &Dates,
    sentence: Option<usize>,
    cue: Option<usize>,
    published: Option<NaiveDate>,
    restates: &dyn Fn(usize) -> bool,
    another: &dyn Fn(usize) -> bool,
) -> Found {
    // A letter signed with a date at its end was written that day, whatever a distributor
    // stamped at its top; a line dated months after the page is no date of the text's.
    let line =
        (dates.signed.as_ref().or(dates.dateline.as_ref())).filter(|l| !long_after(l, published));
    // The day the dispatch was filed, where a dateline is closed as one ("Baku, March 12,
    // AZERTAC"), not a day a lead opens with ("Après Kano, le 3 mars dernier, …").
    let filed = line.filter(|l| closes_dateline(text, l));
    let mut found = Found {
        date: None,
        tokens: None,
        confidence: Confidence::Low,
        remarks: Vec::new(),
    };
    let Some((s_index, s)) = sentence.and_then(|i| Some((i, text.sentences.get(i)?))) else {
        // A letter that reports no exchange is still dated by the day it was signed.
        if let Some(d) = dates.signed.as_ref() {
            found.date = d.value();
            found.tokens = Some(d.tokens.clone());
            found.confidence = Confidence::Medium;
        }
        return found;
    };
    let tokens = s.tokens.clone();
    let all = &dates.all;
    let titled = title_date(text, all, tokens.start, published);
    let anchor = (titled.map(|(date, _)| date))
        .or_else(|| stated_publication(text, all))
        .or(published)
        .or_else(|| timestamp(text))
        .or_else(|| post_stamp(text))
        .map(EventDate::Full)
        // "Khartoum, 20 April (SUNA)" over "on Thursday the 20th of April 2017": the dateline's
        // day in the year the text writes it with.
        .or_else(|| line.and_then(|l| l.value()).map(|v| written_year(v, all)));
    // A dateline with its year gives the day the text was written: the days it names count from
    // it rather than from the page's date, often a day later ("Today, 5 May 2024, …").
    let counted_from = (line.filter(|l| l.year.is_some()))
        .and_then(|l| l.value())
        .or(anchor);
    let in_sentence: Vec<&DateExpr> = all
        .iter()
        .filter(|d| tokens.contains(&d.tokens.start) && Some(*d) != line)
        .collect();
    // A span ("en visite du 3 au 5 mai") dates the event when no day in it is named.
    let span =
        |d: &&&DateExpr| d.range && d.tokens.start > 0 && text.fw(d.tokens.start - 1) == "du";
    let relative_day = relative(
        text,
        &dates.calendar,
        tokens.clone(),
        cue.unwrap_or(usize::MAX),
    );
    let names_weekday = matches!(relative_day, Some((_, Relative::Weekday(..))));
    // "X met Y on Sunday, the ministry said on Monday, March 4, 2019": a date a verb of report
    // writes after the day the sentence names is the report's, which that day counts back from.
    let reported_on = relative_day.and_then(|(k, _)| {
        (in_sentence.iter().copied())
            .find(|d| d.tokens.start > k && dates_a_report(text, d.tokens.start, &tokens))
    });
    let counted_from = counted_from.or_else(|| reported_on.and_then(DateExpr::value));
    // "Après Oyo, le 26 septembre dernier, X a été l'hôte de Y ce 20 octobre": a day put in the
    // past gives way to one the sentence tells as its present.
    // A day after the stamp's is one to come, unless the sentence tells it as its present ("a
    // effectué ce 18 septembre 2006 une visite" under a page stamped the day before).
    let own: Vec<&&DateExpr> = (in_sentence.iter())
        .filter(|d| !is_foreign(text, d, tokens.start) && !off_the_page(d, published))
        .filter(|d| Some(**d) != reported_on)
        // "X on Sunday held talks with Y, who is on a visit from March 2 to 5": a weekday the
        // report names is its day, not the first of a span without a year to find it in.
        .filter(|d| !(d.range && d.year.is_none() && names_weekday))
        .filter(|d| !after_line(d, filed) || told_as_present(text, d))
        .collect();
    // "X s'est entretenu, le 18 septembre 2012, avec Y" under "Publié le : 11/07/2012": a report
    // that writes its own full date after its page's stamp contradicts that stamp, which then
    // dates nothing; a day to come is written in the future, which this is not. Told by the
    // exchange's own words within months of the stamp, the report's date stands; years after
    // it, it is a slip.
    let beyond = |d: &&&DateExpr| {
        !is_foreign(text, d, tokens.start)
            && (after_the_page(d, published) || d.year.is_some() && after_line(d, filed))
    };
    let contradicts_stamp =
        own.is_empty() && in_sentence.iter().any(|d| beyond(&d)) && !text.in_future(tokens.clone());
    let beyond_stamp = (in_sentence.iter())
        .find(|d| beyond(d) && !long_after(d, published))
        .filter(|_| contradicts_stamp && cue.is_some());
    // "SINGAPORE, May 11, 2020 /PRNewswire/ -- X spoke with Y on 28 April 2020": a dateline that
    // opens the sentence gives way to another day it writes.
    let release = |d: &&&DateExpr| opens_as_dateline(text, d, tokens.start);
    let written = (own.iter().find(|d| !in_the_past(text, d) && !release(d)))
        .or_else(|| own.iter().find(|d| !release(d)))
        .or(own.first())
        .copied()
        .or_else(|| {
            in_sentence
                .iter()
                .find(span)
                .filter(|_| relative_day.is_none())
        })
        .or(beyond_stamp)
        .cloned();
    // "X, on a visit from 3 to 5 March 2019, met Y on Monday": the day the report names among
    // the span's, not its first.
    let in_span = |d: &DateExpr| match (d.range, d.value(), &relative_day) {
        (true, Some(EventDate::Full(start)), Some((_, rel))) => within_span(rel, start),
        _ => None,
    };
    if let Some(d) = written {
        let at = text.span(d.tokens.clone()).start;
        found.date = in_span(d).or(d.value());
        found.tokens = Some(d.tokens.clone());
        found.confidence = if d.year.is_some() {
            Confidence::High
        } else {
            Confidence::Medium
        };
        if beyond_stamp == Some(&d) {
            found.confidence = Confidence::Medium;
            (found.remarks).push((at, "the page's stamp is earlier than this date".into()));
        }
        if d.slipped {
            found.confidence = Confidence::Medium;
            found
                .remarks
                .push((at, "the text's weekday does not match its year".into()));
        }
        found.date = found.date.map(|v| completed(v, all, anchor, published));
        return found;
    }
    // The weekday the report names, when nothing anchors it.
    let mut unresolved: Option<(usize, Option<Weekday>)> = None;
    let day_named = relative_day.is_some();
    if let Some((k, rel)) = relative_day {
        let at = text.span(k..k + 1).start;
        // "X est arrivé samedi 2 mars 2019 à Accra … Dimanche, il s'est entretenu avec Y": a
        // weekday the report names counts on from the day its lead writes, not back from a page
        // that may be days later.
        let from_lead = || {
            let lead = (s_index.checked_sub(1)).filter(|&n| !text.sentences[n].heading)?;
            let lead = text.sentences[lead].tokens.clone();
            let words = text.words;
            let stay = |k: usize| {
                let w = text.fw(k);
                words.stays.contains(&w) || words.visits.contains(&w)
            };
            if !lead.clone().any(stay) {
                return None;
            }
            let d = (all.iter())
                .filter(|d| lead.contains(&d.tokens.start) && d.year.is_some() && Some(*d) != line)
                .find(|d| !is_foreign(text, d, lead.start) && !off_the_page(d, published))?;
            let day = match d.value()? {
                EventDate::Full(start) => within_span(&rel, start)?,
                EventDate::DayMonth { .. } => return None,
            };
            // Never a day after the page's.
            let published = published.map(EventDate::Full);
            published.is_none_or(|p| day <= p).then_some(day)
        };
        match from_lead().or_else(|| counted_from.and_then(|a| resolve_relative(&rel, a))) {
            Some(date) => {
                found.date = Some(date);
                found.tokens = Some(k..k + 1);
                found.confidence = Confidence::Medium;
                return found;
            }
            // A wire dated "Colombo, Mar 29" that says "on Tuesday" most often reports that day,
            // unless the dateline names another weekday ("Mercredi 15 mai" over "ce vendredi").
            None if matches!(rel, Relative::Weekday(w, 0)
                if line.and_then(|l| l.weekday).is_none_or(|own| own == w))
                && anchor.is_some() =>
            {
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
            None => {
                // "aujourd'hui, à l'occasion de la Journée du 15 juillet": today is the yearly
                // day the occasion is held on.
                let today = matches!(rel, Relative::DaysBack(0));
                if let Some(d) = in_sentence
                    .iter()
                    .find(|d| today && held_on(text, d, tokens.start))
                {
                    found.date = d.value();
                    found.tokens = Some(d.tokens.clone());
                    found.confidence = Confidence::Medium;
                    return found;
                }
                if let Some((d, date)) = in_sentence.iter().find_map(|d| Some((d, in_span(d)?))) {
                    found.date = Some(date);
                    found.tokens = Some(d.tokens.clone());
                    found.confidence = Confidence::Medium;
                    return found;
                }
                let weekday = match rel {
                    Relative::Weekday(w, _) | Relative::LastWeekday(w, _) => Some(w),
                    Relative::DaysBack(_) | Relative::MonthDay(..) => None,
                };
                unresolved = Some((at, weekday));
            }
        }
    }
    // The lead often dates the event in the sentence before or after the one that reports it
    // ("… a participé ce jeudi 7 janvier 2021 à l'investiture. En marge, il s'est entretenu avec …").
    let near = [s_index + 1, s_index + 2, s_index.wrapping_sub(1)];
    // Further on, a sentence that reports the same exchange again ("… s'est rendu à Berlin le 20
    // décembre 2013 pour y avoir une entrevue avec son homologue") dates it.
    let later = s_index + 3..text.sentences.len();
    // Before it, a lead that tells a party's arrival or visit ("X est arrivé ce mardi 30
    // septembre 2025 à Y pour une visite …") dates the welcome it reports after.
    let earlier = (0..s_index.saturating_sub(1)).rev();
    let near = near.into_iter().map(|n| (n, false));
    let restating = later.chain(earlier).map(|n| (n, true));
    // The day the text says it was written on: a day told months before it is another event's
    // ("the Joint Statement issued on 9 February 2023" under a line dated 3 November 2023).
    let written_on = line
        .filter(|l| l.year.is_some())
        .and_then(|l| match l.value()? {
            EventDate::Full(date) => Some(date),
            EventDate::DayMonth { .. } => None,
        });
    // "X met Y by videoconference. X noted that today is …": a day a sentence beside the report
    // counts back from the page ("today", "yesterday") gives way to one written out in another
    // beside it ("X held calls with Y and Z on February 4"), as the page may be a day later than
    // the exchange; a weekday named holds over such a lag.
    let mut counted: Option<(EventDate, Range<usize>)> = None;
    for (n, must_restate) in near.chain(restating) {
        if let Some((date, tokens)) = counted.clone().filter(|_| must_restate) {
            return found.dated(date, tokens);
        }
        // A line set as a heading right above the report may be its lead, its full stop lost
        // ("The Prime Minister spoke to X this morning"): a day it names dates the exchange; a
        // date a headline writes is the title's (`title_date`).
        let lead_above = s_index.checked_sub(1) == Some(n);
        let Some(x) = (text.sentences.get(n)).filter(|x| (!x.heading || lead_above) && !x.caption)
        else {
            continue;
        };
        // "Earlier, both leaders had sent a cable to X, who tested positive on Saturday": a
        // sentence after the report that announces another exchange dates that one.
        // "The two leaders will meet at the summit on 9 September": an exchange to come.
        if n > s_index && (another(n) || text.in_future(x.tokens.clone())) {
            continue;
        }
        // A day named but not anchored is only given a date by a report of the same exchange.
        let must_restate = must_restate || unresolved.is_some();
        let written_in = |d: &&DateExpr| x.tokens.contains(&d.tokens.start) && Some(*d) != line;
        // A day put in the past after the report ("C'est suite à leur rencontre le 16 mai
        // dernier que …") is an earlier event's, unless the sentence tells the exchange again.
        // So is one in a sentence after it that tells an exchange in the pluperfect ("Ils avaient
        // eu un entretien le 24 novembre").
        let pluperfect = || text.in_pluperfect(x.tokens.clone());
        // "Mis à jour le 16/10/2019 à 22:39" above the report: the page's stamp, not its lead's.
        let earlier = |d: &DateExpr| {
            n < s_index && timed(text, d)
                || n > s_index && (!must_restate && in_the_past(text, d) || pluperfect())
                || n != s_index && !must_restate && long_before(d, published)
                || off_the_page(d, published)
                || long_before(d, written_on)
                || after_line(d, filed)
        };
        let own = || {
            (all.iter().filter(written_in))
                .filter(|d| !is_foreign(text, d, x.tokens.start) && !earlier(d))
        };
        let written = (own().find(|d| !opens_as_dateline(text, d, x.tokens.start)))
            .or_else(|| own().next())
            .or_else(|| all.iter().filter(written_in).find(|d| span(&d)))
            .filter(|_| !x.heading);
        let date = match written {
            Some(d) => {
                (d.value()).map(|v| (completed(v, all, anchor, published), d.tokens.clone()))
            }
            None if unresolved.is_some() => None,
            None => {
                // "X said on Friday that … . In a phone call with Y, X said …": where the report
                // sets its exchange as the occasion of the remarks, the lead's day of saying them
                // is the exchange's.
                let remarks_made = n + 1 == s_index && cue.is_some_and(|c| occasion_of(text, c));
                let from = if remarks_made {
                    usize::MAX
                } else {
                    x.tokens.start
                };
                let day = relative(text, &dates.calendar, x.tokens.clone(), from);
                let back = matches!(day, Some((_, Relative::DaysBack(_))));
                let day = day
                    .and_then(|(k, rel)| Some((resolve_relative(&rel, counted_from?)?, k..k + 1)));
                if back && !must_restate {
                    counted = counted.or(day);
                    continue;
                }
                day
            }
        };
        // "X met Y on Tuesday. … On 3 May 2023 X met Z" (a Wednesday): a full date that is not the
        // weekday the report names is another day's.
        let other_day = |date: &EventDate| match (unresolved.and_then(|(_, w)| w), date) {
            (Some(w), EventDate::Full(d)) => d.weekday() != w,
            _ => false,
        };
        let date = date.filter(|(date, _)| !other_day(date));
        // Whether it reports the same exchange is asked last: it costs the most.
        if let Some((date, tokens)) = date.filter(|_| !must_restate || restates(n)) {
            return found.dated(date, tokens);
        }
    }
    if let Some((date, tokens)) = counted {
        return found.dated(date, tokens);
    }
    // Nothing else dates the exchange: the day its report was told on is the best there is.
    let told = (!day_named)
        .then(|| relative(text, &dates.calendar, tokens.clone(), usize::MAX))
        .flatten();
    if let Some((date, k)) =
        told.and_then(|(k, rel)| Some((resolve_relative(&rel, counted_from?)?, k)))
    {
        found.date = Some(date);
        found.tokens = Some(k..k + 1);
        found.confidence = Confidence::Low;
        return found;
    }
    if let Some((at, _)) = unresolved {
        found.remarks.push((
            at,
            "relative date: give `published` in front matter to resolve it".into(),
        ));
        return found;
    }
    // A date alone on its line is the page's stamp: a news page reports that day's events, but a
    // message for an occasion ("à l'occasion de la fête nationale") is sent for the occasion's
    // day, which a page stamped in figures ("23/07/2023"), as a site does whatever copy it puts
    // up, may follow by days. The issuer's own page writes its day out ("Monday 12 July 2021"),
    // that of the message it sends for the day.
    let figures_alone = |l: &&DateExpr| {
        let s = &text.sentences[text.sentence_of(l.tokens.start)];
        let in_figures = !(l.tokens.clone()).any(|k| dates.calendar.month(text.fw(k)).is_some());
        s.tokens == l.tokens && l.year.is_some() && in_figures
    };
    // A day after the page's or dispatch's own is no scene of the report's.
    let scene = scene(text, all, s_index, line)
        .filter(|d| !long_after(d, published) && !after_line(d, filed));
    if let Some(d) = scene {
        found.date = d.value().map(|v| completed(v, all, anchor, published));
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
        return found;
    }
    // "PM meeting with the Prime Minister of X: 1 July 2022" over a report that names no day: the
    // release's own day, which a page that copies it stamps days later.
    // The title closes with the date after a colon or a dash, not a page's clock ("6:57 PM Jeudi,
    // 28 Mars 2024 |") nor a stamp alone on its line.
    let closes_title = |d: &DateExpr| {
        let title = &text.sentences[text.sentence_of(d.tokens.start)].tokens;
        let mark = d.tokens.start.checked_sub(1).filter(|&k| k > title.start);
        d.tokens.end == title.end
            && mark.is_some_and(|k| {
                [':', '-', '–', '—']
                    .iter()
                    .any(|&c| text.tokens[k].is_punct(c))
            })
    };
    if let Some((date, d)) = titled.filter(|(_, d)| closes_title(d)) {
        found.date = Some(EventDate::Full(date));
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
        return found;
    }
    let after_the_fact = || {
        reported_after(
            text,
            &dates.calendar,
            tokens.clone(),
            cue.unwrap_or(usize::MAX),
        )
    };
    let for_an_occasion = tokens
        .clone()
        .any(|k| text.words.occasions.contains(&text.fw(k)));
    // The page's stamp or the dispatch's dateline is no day of an exchange told as to come,
    // though a quote's future is the quote's ("noted: “this will not break …”").
    let to_come = || {
        let quote = (tokens.clone()).find(|&k| matches!(text.word(k), "“" | "«" | "\""));
        text.in_future(tokens.start..quote.unwrap_or(tokens.end))
    };
    if let Some(d) = line
        .filter(|_| !contradicts_stamp && !to_come())
        .filter(|l| !(figures_alone(l) && for_an_occasion))
        .filter(|_| !after_the_fact())
        .and_then(|l| l.value())
    {
        // "BAKU, December 2" on a page of 2 December 2015: the dateline's day in the page's year.
        found.date = Some(in_year_of(d, anchor));
        found.tokens = line.map(|l| l.tokens.clone());
        found
            .remarks
            .push((0, "date taken from the dateline".into()));
        return found;
    }
    // "ce lundi 30 septembre 2019", "les entretiens de ce 11 avril 2018": a full date told as the
    // text's present is the day it reports.
    let present = |d: &&DateExpr| {
        let start = text.sentences[text.sentence_of(d.tokens.start)]
            .tokens
            .start;
        told_as_present(text, d)
            && !long_after(d, published)
            && d.tokens.start > start
            && !is_foreign(text, d, start)
    };
    if let Some(d) = all.iter().find(present) {
        found.date = d.value();
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
    }
    found
}

/// Whether a full date is told as the text's present ("ce lundi 30 septembre 2019", "this 5 May
/// 2024").
fn told_as_present(text: &Text, d: &DateExpr) -> bool {
    d.year.is_some() && d.tokens.start > 0 && matches!(text.fw(d.tokens.start - 1), "ce" | "this")
}

/// How many sentences before the report a date that opens one may set its scene.
const SCENE_SENTENCES: usize = 4;

/// A date that opens one of the sentences before the report, beyond the one right before it, and
/// sets its scene ("Mardi 15 avril, il est 12h au palais présidentiel … Le président X vient à la
/// rencontre de son homologue"); never the dateline, nor a day put in the past.
fn scene<'a>(
    text: &Text,
    all: &'a [DateExpr],
    report: usize,
    line: Option<&DateExpr>,
) -> Option<&'a DateExpr> {
    let before = report.saturating_sub(SCENE_SENTENCES)..report.saturating_sub(1);
    before.rev().find_map(|n| {
        let x = text.sentences.get(n).filter(|x| !x.heading && !x.caption)?;
        let start = x.tokens.start + usize::from(matches!(text.fw(x.tokens.start), "le" | "on"));
        all.iter()
            .find(|d| d.tokens.start == start)
            .filter(|d| Some(*d) != line && !d.range && !in_the_past(text, d))
            .filter(|d| !is_foreign(text, d, x.tokens.start))
    })
}

/// Whether the exchange whose cue starts at token `cue` is set, by the words right before it, as
/// the occasion of what its sentence says ("Lors d'une conversation téléphonique avec …").
fn occasion_of(text: &Text, cue: usize) -> bool {
    (cue.saturating_sub(4)..cue).any(|k| text.words.occasion_leads.contains(&text.fw(k)))
}
