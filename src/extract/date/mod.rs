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
mod beside;
mod calendar;
mod city;
mod foreign;
mod lines;
mod page_day;
mod relative;
mod stamps;
#[cfg(test)]
mod tests;
mod written;

use std::ops::Range;

use chrono::{NaiveDate, Weekday};

use crate::extract::text::Text;
use crate::model::{Confidence, EventDate};
use anchor::{
    after_line, after_the_page, completed, filed_in_year, long_after, off_the_page,
    stated_publication, title_date, written_year,
};
use beside::date_beside;
pub use city::{
    after_country, after_credit, after_stamp, dateline_city, dateline_place, known_place, place_at,
    place_before,
};
use foreign::{
    announced_after, follows_an_act, held_on, in_the_past, is_foreign, took_place_as_another,
};
pub use lines::{date_line, issued_on, signed_line, stamps, title_dated};
use page_day::page_day;
use relative::{
    arrival_before, dates_a_report, in_arrival_clause, of_another_event, relative,
    report_verb_between, report_weekday, resolve_relative, within_span, Relative,
};
pub use stamps::closes_dateline;
use stamps::{opens_as_dateline, post_stamp};
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
/// that report the same exchange again, `another` those that announce or tell another ("Earlier,
/// …", "In talks Tuesday, Z offered W …").
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
    // "… pour la fête nationale du 17 août. On se rappelle encore le 17 août 1960": a sentence
    // beside the report that recalls the past dates a bygone event, neither the exchange nor the
    // year of a day written without one.
    // Each date is asked once: those before the first recalled one are all kept.
    let recalled = |d: &DateExpr| !tokens.contains(&d.tokens.start) && recalls(text, d);
    let kept: Vec<DateExpr>;
    let all: &[DateExpr] = match dates.all.iter().position(recalled) {
        Some(first) => {
            kept = (dates.all[..first].iter())
                .chain(dates.all[first + 1..].iter().filter(|d| !recalled(d)))
                .cloned()
                .collect();
            &kept
        }
        None => &dates.all,
    };
    let titled = title_date(text, all, tokens.start, published);
    let stated = stated_publication(text, all);
    let anchor = (titled.map(|(date, _)| date))
        .or_else(|| stated?.full())
        .or(published)
        .or_else(|| timestamp(text))
        .or_else(|| post_stamp(text))
        .or_else(|| caption_day(text, all))
        .map(EventDate::Full)
        // "Khartoum, 20 April (SUNA)" over "on Thursday the 20th of April 2017": the dateline's
        // day in the year the text writes it with.
        .or_else(|| line.and_then(|l| l.value()).map(|v| written_year(v, all)))
        // "The following Readout was published … on March 9": the day it says it was put out,
        // without a year to give it.
        .or(stated);
    // A dateline gives the day the text was written: the days it names count from it rather
    // than from the page's date, often a day later ("Today, 5 May 2024, …"), or a day earlier
    // where the page keeps another time zone ("CAIRO, Dec 24 (NNN-MENA) – … yesterday" on a
    // page of 23 December); one without its year, in the anchor's.
    let counted_from = line
        .and_then(|l| l.value())
        .and_then(|l| filed_in_year(l, anchor))
        .map(EventDate::Full)
        .or(anchor);
    let in_sentence: Vec<&DateExpr> = all
        .iter()
        .filter(|d| written_in(&tokens, d, line))
        .collect();
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
    let report = Report {
        text,
        dates,
        all,
        index: s_index,
        tokens: tokens.clone(),
        cue,
        published,
        line,
        filed,
        anchor,
        titled,
        counted_from,
    };
    // "Après Oyo, le 26 septembre dernier, X a été l'hôte de Y ce 20 octobre": a day put in the
    // past gives way to one the sentence tells as its present.
    // A day after the stamp's is one to come, unless the sentence tells it as its present ("a
    // effectué ce 18 septembre 2006 une visite" under a page stamped the day before).
    let mut own: Vec<&&DateExpr> = (in_sentence.iter())
        .filter(|d| !is_foreign(text, d, tokens.start) && !off_the_page(d, published))
        .filter(|d| Some(**d) != reported_on)
        .filter(|d| !cue.is_some_and(|c| reports_before(text, d, c, &in_sentence)))
        .filter(|d| !cue.is_some_and(|c| announced_after(text, d, c, tokens.start)))
        // "X on Sunday held talks with Y, who is on a visit from March 2 to 5": a weekday the
        // report names is its day, not the first of a span without a year to find it in.
        .filter(|d| !(d.range && d.year.is_none() && names_weekday))
        .filter(|d| !after_line(d, filed) || told_as_present(text, d))
        .collect();
    // "Revenu au pays ce mercredi 9 novembre, X a reçu ce jeudi 10 novembre …": the journey's day
    // gives way to a day the sentence writes after it.
    let last = own.iter().map(|e| e.tokens.start).max();
    own.retain(|d| {
        !(in_arrival_clause(text, d.tokens.start, tokens.start)
            && last.is_some_and(|l| l > d.tokens.end))
    });
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
    // "Tehran, April 12, IRNA -- X on Sunday cabled Y": that dateline is the day the dispatch was
    // filed, which the weekday the sentence names counts back from.
    let filed_before_weekday = |d: &&&DateExpr| names_weekday && release(d);
    let written = (own.iter().find(|d| !in_the_past(text, d) && !release(d)))
        .or_else(|| own.iter().find(|d| !release(d)))
        .or(own.first().filter(|d| !filed_before_weekday(d)))
        .copied()
        .or_else(|| {
            in_sentence
                .iter()
                .find(|d| opens_span(text, d, tokens.start))
                .filter(|_| relative_day.is_none())
        })
        .or(beyond_stamp)
        .cloned();
    // "X, on a visit from 3 to 5 March 2019, met Y on Monday": the day the report names among
    // the span's, not its first.
    // A span written without its year takes the one the text writes it with elsewhere ("rendue
    // publique mercredi à l'issue de la visite du 20 au 22 juin" over "a effectué du 20 au 22 juin
    // 2011 une visite").
    let in_span = |d: &DateExpr| match (
        d.range,
        d.value().map(|v| written_year(v, all)),
        &relative_day,
    ) {
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
        if next_day_after(text, d.tokens.end..tokens.end) {
            found.date = found.date.and_then(|v| v.day_after());
        }
        return found;
    }
    // "Following the summit on 23 May 2015, a meeting was held that afternoon between X and Y":
    // the day of the event the sentence sets before its exchange, which followed it that day.
    let same_day = |d: &&&DateExpr| {
        !off_the_page(d, published) && same_day_after(text, d.tokens.end..tokens.end)
    };
    if let Some(d) = in_sentence.iter().find(same_day) {
        found.date = d.value().map(|v| completed(v, all, anchor, published));
        found.tokens = Some(d.tokens.clone());
        found.confidence = Confidence::Medium;
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
                words.places.stays.contains(&w) || words.visits.contains(&w)
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
        let told_back = |rel: &Relative| {
            let Relative::Weekday(w, before) = *rel else {
                return None;
            };
            let said = report_weekday(text, &dates.calendar, k, &tokens)?;
            let back = (said.num_days_from_monday() + 7 - w.num_days_from_monday()) % 7;
            let back = Relative::DaysBack(u64::from(back) + before);
            resolve_relative(&back, counted_from?)
        };
        match from_lead().or_else(|| counted_from.and_then(|a| resolve_relative(&rel, a))) {
            Some(date) => {
                // "X met Y this evening. … X and Y met this evening [Wednesday 26 February]" on a
                // page of the 27th: a day counted back from the page's date gives way to the one
                // a sentence that tells the same exchange again writes out, days before the page.
                let from_page = matches!(rel, Relative::DaysBack(_))
                    && line.is_none()
                    && titled.is_none()
                    && counted_from == published.map(EventDate::Full);
                let lags = |d: &EventDate| {
                    (d.full().zip(date.full())).is_some_and(|(d, p)| {
                        (1..=PAGE_AFTER_EXCHANGE_DAYS).contains(&(p - d).num_days())
                    })
                };
                let told_again = from_page
                    .then(|| date_beside(&report, Some(None), restates, another))
                    .flatten()
                    .filter(|(d, at)| lags(d) && !arrival_before(text, at.start));
                if let Some((d, tokens)) = told_again {
                    return found.dated(d, tokens);
                }
                found.date = Some(date);
                found.tokens = Some(k..k + 1);
                found.confidence = Confidence::Medium;
                return found;
            }
            // "October 3 (Agency) -- X met Y on Monday, the ministry said on Tuesday": the day
            // the report is told on is the dateline's, which the exchange's weekday counts back
            // from.
            None if matches!(rel, Relative::Weekday(..)) && told_back(&rel).is_some() => {
                found.date = told_back(&rel);
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
                // "X congratulates Y as they celebrate their Independence anniversary today. «
                // … which is being celebrated this Thursday, 10 October 2024 »": the full date a
                // sentence beside the report tells as the present is its today.
                let beside = s_index.saturating_sub(1)..s_index + 3;
                let present = |d: &&DateExpr| {
                    let n = text.sentence_of(d.tokens.start);
                    let x = &text.sentences[n];
                    beside.contains(&n)
                        && !x.heading
                        && Some(*d) != line
                        && told_as_present(text, d)
                        && !off_the_page(d, published)
                        && (n == s_index || !text.in_future(x.tokens.clone()))
                };
                if let Some(d) = all.iter().filter(|_| today).find(present) {
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
    let weekday = unresolved.map(|(_, w)| w);
    if let Some((date, tokens)) = date_beside(&report, weekday, restates, another) {
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
    let mut found = page_day(&report, contradicts_stamp, found);
    // "… a dépêché une délégation auprès de Y. Les ministres chez Y le 30 janvier 2024 à Lomé.
    // © DR" on a page of the 31st: a photo's caption that writes its full date in the days before
    // the page dates the exchange nothing else dates.
    if found.date.is_none() {
        if let Some(d) = all.iter().find(|d| captioned_before(text, d, published)) {
            found.date = d.value();
            found.tokens = Some(d.tokens.clone());
            found.confidence = Confidence::Low;
        }
    }
    found
}

/// How many days before the page a photo's caption may date the exchange it shows.
const CAPTION_WITHIN_DAYS: i64 = 7;

/// Whether `d` is a full date a photo's caption writes within days before the page's.
fn captioned_before(text: &Text, d: &DateExpr, published: Option<NaiveDate>) -> bool {
    let within = |p: NaiveDate| {
        d.value()
            .and_then(|v| v.full())
            .is_some_and(|v| (0..=CAPTION_WITHIN_DAYS).contains(&(p - v).num_days()))
    };
    published.is_some_and(within) && text.sentences[text.sentence_of(d.tokens.start)].caption
}

/// How many days after the exchange a page that counts its "today" may be put up.
const PAGE_AFTER_EXCHANGE_DAYS: i64 = 2;

/// Whether `d` is written in a sentence that opens by recalling the past ("Rappelons que …").
fn recalls(text: &Text, d: &DateExpr) -> bool {
    let s = &text.sentences[text.sentence_of(d.tokens.start)];
    text.words
        .dates
        .recalls
        .open(text.folded_from(s.tokens.start))
}

/// Whether `d` dates the report of an exchange its sentence tells after a verb of report, whose cue
/// is at token `cue`, and dates it again past that verb ("In a statement on Thursday (Feb 9), the
/// ministry said X and Y spoke on Wednesday (Feb 8)", "Dans un communiqué publié le 9 février, le
/// ministère a indiqué que X et Y se sont entretenus le 8 février").
fn reports_before(text: &Text, d: &DateExpr, cue: usize, in_sentence: &[&DateExpr]) -> bool {
    report_verb_between(text, d.tokens.end, cue)
        .is_some_and(|verb| in_sentence.iter().any(|e| e.tokens.start > verb))
}

/// Whether a full date is told as the text's present ("ce lundi 30 septembre 2019", "this 5 May
/// 2024").
fn told_as_present(text: &Text, d: &DateExpr) -> bool {
    d.year.is_some() && d.tokens.start > 0 && matches!(text.fw(d.tokens.start - 1), "ce" | "this")
}

/// The report being dated, and what anchors the days the text names.
struct Report<'a> {
    text: &'a Text<'a>,
    dates: &'a Dates,
    all: &'a [DateExpr],
    /// The report's sentence and its tokens.
    index: usize,
    tokens: Range<usize>,
    /// The token that names its exchange, when one does.
    cue: Option<usize>,
    published: Option<NaiveDate>,
    /// The line that dates the text as a whole: its signing line, else its dateline.
    line: Option<&'a DateExpr>,
    /// That line, where it is closed as a dispatch's dateline.
    filed: Option<&'a DateExpr>,
    /// The full date relative and year-less days are read against.
    anchor: Option<EventDate>,
    /// The date a release's title gives.
    titled: Option<(NaiveDate, &'a DateExpr)>,
    /// The day the text's relative days count from.
    counted_from: Option<EventDate>,
}

/// Whether `d` is written within `tokens`, and is not the `line` that dates the whole text.
fn written_in(tokens: &Range<usize>, d: &DateExpr, line: Option<&DateExpr>) -> bool {
    tokens.contains(&d.tokens.start) && Some(d) != line
}

/// Whether `d` is a span a visit is told by ("en visite du 3 au 5 mai"), which dates the event
/// when no day in it is named; not one a relative clause tells another event held over ("la
/// session qui s'est tenue à Niamey du 4 au 5 juillet"), nor the night an act's participle or a
/// death tells ("la mort du président survenue dans la nuit du 6 au 7 juillet"). A visit told
/// after an earlier event ("après avoir assisté au sommet, X a fait une visite du 25 au 29 août")
/// keeps its span.
fn opens_span(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    d.range
        && d.tokens.start > 0
        && text.fw(d.tokens.start - 1) == "du"
        && !took_place_as_another(text, d, sentence_start)
        && !follows_an_act(text, d.tokens.start, sentence_start)
}

/// Whether the exchange whose cue starts at token `cue` is set, by the words right before it, as
/// the occasion of what its sentence says ("Lors d'une conversation téléphonique avec …").
fn occasion_of(text: &Text, cue: usize) -> bool {
    (cue.saturating_sub(4)..cue).any(|k| text.words.occasion_leads.contains(&text.fw(k)))
}

/// "President X receives Y at State House, August 4, 2012. PPS … Y, who arrived at 11am Saturday":
/// the full date of a photo's caption, the page's day where it gives none, from which the weekday
/// the report names counts.
fn caption_day(text: &Text, all: &[DateExpr]) -> Option<NaiveDate> {
    let captioned = |d: &DateExpr| {
        (text.sentences.iter()).any(|s| s.caption && s.tokens.contains(&d.tokens.start))
    };
    (all.iter().filter(|d| captioned(d))).find_map(|d| d.value()?.full())
}

/// Whether `tokens`, after the day a sentence writes, say its exchange was held that same day
/// ("After the summit on 23 May, X met Y that afternoon", "le jour même").
fn same_day_after(text: &Text, tokens: Range<usize>) -> bool {
    tokens
        .into_iter()
        .any(|k| text.words.dates.same_day.open(text.folded_from(k)))
}

/// Whether `tokens`, after the day a sentence writes, say its exchange was held the day after
/// ("Having arrived on November 15, X met Y the following morning", "Arrivé le 15 mai, X a été
/// reçu le lendemain par Y"); not the day after another event ("le lendemain de son élection").
fn next_day_after(text: &Text, tokens: Range<usize>) -> bool {
    let phrases = &text.words.dates.next_day;
    tokens.into_iter().any(|k| {
        let rest = text.folded_from(k);
        phrases.open(rest)
            && (phrases.phrases().iter()).any(|p| {
                let after = k + p.split(' ').count();
                rest.starts_with(p) && !of_another_event(text.fw(after))
            })
    })
}
