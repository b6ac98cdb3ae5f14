//! A date the sentences beside the report write, when the report's own sentence writes none: the
//! lead often dates the event in the sentence before or after it, and a later sentence that tells
//! the same exchange again dates it too.

use std::ops::Range;

use chrono::{Datelike, Weekday};

use super::anchor::{after_line, completed, long_before, long_before_line, off_the_page};
use super::foreign::{in_the_past, is_foreign};
use super::relative::{relative, resolve_relative, Relative};
use super::stamps::{opens_as_dateline, timed};
use super::{occasion_of, opens_span, written_in, DateExpr, Report};
use crate::extract::text::Text;
use crate::model::EventDate;

/// How many words may open a report before the exchange it tells as told ("During the talks").
const OPENING: usize = 4;

/// The date a sentence beside `r`'s report gives its exchange, and the tokens it was read from.
/// `unresolved` is set when the report names a day nothing anchors (with its weekday, when it is
/// one): only a sentence that reports the same exchange again (`restates`) then dates it.
/// `another` tells a later sentence that announces another exchange ("Earlier, …") or tells one
/// between others.
pub(super) fn date_beside(
    r: &Report,
    unresolved: Option<Option<Weekday>>,
    restates: &dyn Fn(usize) -> bool,
    another: &dyn Fn(usize) -> bool,
) -> Option<(EventDate, Range<usize>)> {
    let (text, all, s_index) = (r.text, r.all, r.index);
    // "… a participé ce jeudi 7 janvier 2021 à l'investiture. En marge, il s'est entretenu avec …"
    // A report that opens on its exchange as one told already ("X on Tuesday bade farewell to Y.
    // During the meeting at State House, Y thanked X …") follows the sentence that told it,
    // whose day comes first.
    let opens_on_it = r.cue.is_some_and(|c| {
        (r.tokens.start..r.tokens.start + OPENING).contains(&c)
            && occasion_of(text, c)
            && text.points_back(c)
    });
    let near = if opens_on_it {
        [s_index.wrapping_sub(1), s_index + 1, s_index + 2]
    } else {
        [s_index + 1, s_index + 2, s_index.wrapping_sub(1)]
    };
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
    let written_on = (r.line.filter(|l| l.year.is_some())).and_then(|l| l.value()?.full());
    // The day the lead above the report gives its visit: a later sentence's day months before it
    // recalls an earlier event ("paid a state visit on 26 October 2016 … the ties, strengthened by
    // the President's visit on 8 May 2015, …").
    let led_on = (text
        .sentences
        .get(..s_index.saturating_sub(1))
        .unwrap_or_default())
    .iter()
    .filter(|x| !x.heading && !x.caption)
    .find_map(|x| {
        (all.iter().filter(|d| written_in(&x.tokens, d, r.line)))
            .find(|d| d.year.is_some() && !timed(text, d) && !off_the_page(d, r.published))
    })
    .and_then(|d| d.value()?.full());
    // "X met Y by videoconference. X noted that today is …": a day a sentence beside the report
    // counts back from the page ("today", "yesterday") gives way to one written out in another
    // beside it ("X held calls with Y and Z on February 4"), as the page may be a day later than
    // the exchange; a weekday named holds over such a lag.
    let mut counted: Option<(EventDate, Range<usize>)> = None;
    let loss = names_a_loss(text, &r.tokens);
    for (n, must_restate) in near.chain(restating) {
        if let Some(found) = counted.clone().filter(|_| must_restate) {
            return Some(found);
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
        // A day named but not anchored is only given a date by a report of the same exchange,
        // or by the sentence beside it that writes that weekday out with its date ("X a parlé
        // ce samedi avec Y. … selon l'agence, ce samedi 3 septembre 2022"): one day, named twice.
        let beside = !must_restate;
        let must_restate = must_restate || unresolved.is_some();
        // A day this sentence gives dates the loss, not the exchange: it tells a death, or it
        // comes after a report whose own words name the loss (below). So does one that tells the
        // oath of office a congratulation is sent for.
        let dates_a_loss = || loss && n > s_index || tells_a_death_or_oath(text, &x.tokens);
        let written_in = |d: &&_| written_in(&x.tokens, d, r.line);
        // A day put in the past after the report ("C'est suite à leur rencontre le 16 mai
        // dernier que …") is an earlier event's, unless the sentence tells the exchange again.
        // So is one in a sentence after it that tells an exchange in the pluperfect ("Ils avaient
        // eu un entretien le 24 novembre").
        // Not a relative clause after the date, which tells what its antecedent had done ("se
        // sont parlé le 4 août, un entretien préparé par le ministre, lequel avait appelé Y").
        let pluperfect = |d: &DateExpr| {
            let relative = (d.tokens.end..x.tokens.end)
                .find(|&k| text.words.relatives.contains(&text.fw(k)))
                .unwrap_or(x.tokens.end);
            text.in_pluperfect(x.tokens.start..relative)
        };
        // "Mis à jour le 16/10/2019 à 22:39" above the report: the page's stamp, not its lead's.
        let earlier = |d: &_| {
            n < s_index && timed(text, d)
                || n > s_index && (!must_restate && in_the_past(text, d) || pluperfect(d))
                || n != s_index && !must_restate && long_before(d, r.published)
                || off_the_page(d, r.published)
                || long_before(d, written_on)
                || long_before_line(d, r.filed)
                || n > s_index && long_before(d, led_on)
                || after_line(d, r.filed)
        };
        let own = || {
            (all.iter().filter(written_in))
                .filter(|d| !is_foreign(text, d, x.tokens.start) && !earlier(d))
        };
        let written = (own().find(|d| !opens_as_dateline(text, d, x.tokens.start)))
            .or_else(|| own().next())
            .or_else(|| {
                all.iter()
                    .filter(written_in)
                    .find(|d| opens_span(text, d, x.tokens.start))
            })
            .filter(|_| !x.heading);
        // "On the eve of the meeting, X attended the 16 February celebrations": the day before
        // the exchange's.
        let eve = text
            .words
            .dates
            .eve_of_exchange
            .open(text.folded_from(x.tokens.start));
        // "…, mardi. … de passage à Paris, mardi 26 avril": so is a day written without its year.
        let names_it = written
            .is_some_and(|d| beside && d.weekday.is_some() && d.weekday == unresolved.flatten());
        let date = match written {
            Some(d) => (d.value())
                .map(|v| completed(v, all, r.anchor, r.published))
                .and_then(|v| if eve { v.day_after() } else { Some(v) })
                .map(|v| (v, d.tokens.clone())),
            None if unresolved.is_some() => None,
            None => {
                // "X said on Friday that … . In a phone call with Y, X said …": where the report
                // sets its exchange as the occasion of the remarks, the lead's day of saying them
                // is the exchange's.
                let remarks_made = n + 1 == s_index && r.cue.is_some_and(|c| occasion_of(text, c));
                let from = if remarks_made {
                    usize::MAX
                } else {
                    x.tokens.start
                };
                let day = relative(text, &r.dates.calendar, x.tokens.clone(), from);
                let back = matches!(day, Some((_, Relative::DaysBack(_))));
                let day = day.and_then(|(k, rel)| {
                    Some((resolve_relative(&rel, r.counted_from?)?, k..k + 1))
                });
                if back && !must_restate {
                    counted = counted.or(day.filter(|_| !dates_a_loss()));
                    continue;
                }
                day
            }
        };
        // "X met Y on Tuesday. … On 3 May 2023 X met Z" (a Wednesday): a full date that is not the
        // weekday the report names is another day's.
        let other_day = |date: &EventDate| match (unresolved.flatten(), date) {
            (Some(w), EventDate::Full(d)) => d.weekday() != w,
            _ => false,
        };
        let date = date.filter(|(date, _)| !other_day(date));
        // "X sent condolences over the death of Z. Z succumbed on Monday, according to a statement
        // put out on Tuesday": a sentence that tells a death dates it, or its news, which the
        // condolence follows. Asked only of a sentence that gives a day.
        // "X sent condolences to Y following the plane crashes. A jetliner burst into flames on
        // Tuesday": where the report's own words name the death or disaster its message follows,
        // a sentence after it that tells not the exchange again dates the loss, however it words
        // it. A lead above the report tells the exchange.
        let date = date.filter(|_| !dates_a_loss() || restates(n));
        // Whether it reports the same exchange is asked last: it costs the most. A sentence set
        // on the exchange's eve names it.
        if let Some(found) = date.filter(|_| !must_restate || eve || names_it || restates(n)) {
            return Some(found);
        }
    }
    counted
}

/// Whether the sentence of `tokens` tells a death, whatever its word ("died", "succumbed", "a
/// succombé"), or that someone was sworn in ("was sworn in as President on July 25"): the act a
/// message follows or is sent for, whose day is not the message's.
fn tells_a_death_or_oath(text: &Text, tokens: &Range<usize>) -> bool {
    let dates = &text.words.dates;
    (tokens.clone()).any(|k| {
        let w = text.fw(k);
        dates.deaths.contains(&w) || dates.sworn_in.contains(&w)
    })
}

/// Whether the sentence of `tokens` names a death or a disaster ("following the plane crashes",
/// "après le décès de X", "in the wake of the earthquake").
fn names_a_loss(text: &Text, tokens: &Range<usize>) -> bool {
    let dates = &text.words.dates;
    (tokens.clone()).any(|k| {
        let w = text.fw(k);
        dates.deaths.contains(&w) || dates.disasters.contains(&w)
    })
}
