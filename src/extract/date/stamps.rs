//! Where a release dates itself: the dispatch's dateline, a page's stamp, the line a letter is
//! signed with, and the written dates of a text gathered once for the rules that read them.

use std::ops::Range;

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::written::{date_at, may_open, number, numeric_at, starts_with_digit, DateExpr};
use crate::extract::lang::{Words, STAMP_MONTHS};
use crate::extract::text::{Text, Token};
use crate::model::Language;

/// The written dates of a text, found once for the rules that read them (the event's date, the
/// line that dates a statement, the place a date closes a bracket with).
pub struct Dates {
    /// Every written date, in order.
    pub all: Vec<DateExpr>,
    /// The dispatch's dateline (`dateline`).
    pub dateline: Option<DateExpr>,
    /// The date a letter is signed with at its end (`signed_at`).
    pub signed: Option<DateExpr>,
    /// The months and weekdays of the text's language.
    pub(super) calendar: Calendar,
}

impl Dates {
    /// The number of the month a folded word names, in full or abbreviated: most words are
    /// answered by their shape, without being compared to each name.
    pub fn month(&self, folded: &str) -> Option<u32> {
        self.calendar.month(folded)
    }

    /// The dates of `text`, published on `published` when known.
    pub fn of(text: &Text, published: Option<NaiveDate>) -> Dates {
        let calendar = Calendar::of_text(text);
        let all = dates(text, &calendar, published);
        Dates {
            signed: signed_at(text, &all),
            all,
            dateline: dateline(text, &calendar, published),
            calendar,
        }
    }
}

/// Every written date of the text, in order.
fn dates(text: &Text, calendar: &Calendar, published: Option<NaiveDate>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.tokens.len() {
        // Most tokens open no date: answered before `date_at` is called.
        if !may_open(text, calendar, i) {
            i += 1;
            continue;
        }
        match date_at(text, calendar, published, i) {
            Some(d) => {
                i = d.tokens.end;
                out.push(d);
            }
            None => i += 1,
        }
    }
    out
}

/// A machine timestamp: "2021-10-27T10:14+0200", "2015-08-05 17:18:29", "27.10.2021".
pub fn timestamp(text: &Text) -> Option<NaiveDate> {
    // Most tokens open with a letter: answered before the call.
    (0..text.tokens.len())
        .filter(|&i| starts_with_digit(text.fw(i)))
        .find_map(|i| numeric_at(text, i, None).map(|(d, _)| d))
}

/// The day a post embedded in the text was put up, signed as its site signs it, in English
/// ("— Maroc Diplomatie (@MarocDiplomatie) March 30, 2022") or, day first, in the language of the
/// page that shows it ("(@MaeDiplomatie) 30 mars 2022", "(@Handle) 30 марта 2022 г."): the page's
/// day when it gives none.
pub(super) fn post_stamp(text: &Text) -> Option<NaiveDate> {
    let english = Words::of(Language::En);
    (2..text.tokens.len()).find_map(|k| {
        if !text.tokens[k].is_punct(')') {
            return None;
        }
        // A handle in camel case is read as several words ("@MarocDiplomatie"), one with an
        // underscore as words around it ("@MFA_Fr").
        let in_handle = |h: usize| text.tokens[h].is_word() || text.tokens[h].is_punct('_');
        let at = (k.saturating_sub(6)..k).rev().find(|&h| !in_handle(h))?;
        if !(at < k - 1 && text.tokens[at].is_punct('@')) {
            return None;
        }
        let month_first = || {
            let month = english.dates.month(text.fw(k + 1))?;
            let day = number(text.fw(k + 2), 1..32)?;
            let year = number(text.fw(k + 4), 1900..2101)?;
            (text.word(k + 3) == ",")
                .then(|| NaiveDate::from_ymd_opt(year as i32, month, day))
                .flatten()
        };
        let day_first = || {
            let day = number(text.fw(k + 1), 1..32)?;
            let w = text.fw(k + 2);
            let month = (text.words.dates.month(w))
                .or_else(|| english.dates.month(w))
                .or_else(|| stamp_month(text.word(k + 2)))?;
            let year = number(text.fw(k + 3), 1900..2101)?;
            NaiveDate::from_ymd_opt(year as i32, month, day)
        };
        month_first().or_else(day_first)
    })
}

/// The number of a month a post's stamp names in a language the extractor does not read, as the
/// page that shows the post writes it ("марта").
fn stamp_month(word: &str) -> Option<u32> {
    (STAMP_MONTHS.iter())
        .find_map(|months| months.iter().position(|m| *m == word))
        .map(|m| m as u32 + 1)
}

/// The dispatch's dateline: a date at the very start ("Bakou, 22 juillet, AZERTAC", "OTTAWA, ON, le
/// 6 avril 2025"), or at the start of one of the first lines, closed by the wire's name or the line's
/// end ("Kinshasa,17 Juin 2022(ACP).-", "Berne, Communiqué de presse, 17.08.2015", a stamp line).
/// Never a span of days ("du 5 au 8 octobre 2010" under a bulletin's name): the days an issue
/// covers, not the day a dispatch was filed.
fn dateline(text: &Text, calendar: &Calendar, published: Option<NaiveDate>) -> Option<DateExpr> {
    let first = text.sentences.first()?.tokens.clone();
    // "date 2020-06-16 ABU DHABI, …": a page's date the text opens with, labelled as one.
    let labelled = text
        .words
        .dates
        .stamp_labels
        .contains(&text.fw(first.start));
    // "date 2025-09-25 New York, 24 septembre 2025 – …": the dispatch's own dateline after it.
    let after_stamp = labelled
        .then(|| date_at(text, calendar, published, first.start + 1))
        .flatten()
        .and_then(|stamp| {
            let rest = stamp.tokens.end..first.end;
            opening_date(text, calendar, published, rest, false)
                .flatten()
                .filter(|d| d.tokens.start > stamp.tokens.end)
        });
    if after_stamp.is_some() {
        return after_stamp;
    }
    // "(MENAFN- Nile News Network) CAIRO, Dec 24 (NNN-MENA) – …": a distributor's credit in brackets
    // before the dispatch's dateline.
    let credited = (text.tokens.get(first.start)).is_some_and(|t| t.is_punct('('));
    let after_credit = credited
        .then(|| {
            (first.start + 1..first.end.min(first.start + 12))
                .find(|&k| text.tokens[k].is_punct(')'))
        })
        .flatten()
        .and_then(|close| opening_date(text, calendar, published, close + 1..first.end, false))
        .flatten();
    if after_credit.is_some() {
        return after_credit;
    }
    if let Some(found) = opening_date(text, calendar, published, first, labelled) {
        return found;
    }
    // The first line again, when a time opens it ("11:01 / 09.10.2020"): a page's stamp.
    let line_starts =
        (0..text.tokens.len().min(200)).filter(|&k| k == 0 || text.tokens[k].newline_before);
    line_starts.take(LINES_READ).find_map(|line| {
        // A stamp in a list of the page's items ("• Monday, 21 May 2018"), or a line in brackets
        // ("(Ouagadougou, 3 octobre 2020).").
        let bracketed = text.tokens[line].is_punct('(');
        let start = line + usize::from(matches!(text.fw(line), "•" | "·" | "*") || bracketed);
        // "00:01 | Bogota (Colombia), Dec. 4.": a feed's clock before the dateline.
        let clock = super::city::after_clock(text, start);
        let start = clock.unwrap_or(start);
        // "14:43, 27 October 2025": a page's stamp may put the time first, or say what it is
        // ("Posted: 12.06.2023 09:48").
        let timed =
            clock.is_some() || starts_with_digit(text.fw(start)) && text.word(start + 1) == ":";
        let labelled =
            text.words.dates.stamp_labels.contains(&text.fw(start)) && text.word(start + 1) == ":";
        // The first line was read above, but for a bracket that opens it, which no lead does.
        if line == 0 && !timed && !labelled && !bracketed {
            return None;
        }
        // "MINSK (Outlet / Agency - 26th November, 2020) …" under a headline: the wire's stamp
        // in brackets after the dateline's city, as `opening_date` reads it on the first line.
        if line > 0 && !bracketed && !timed && !labelled {
            let end = (start + 1..text.tokens.len())
                .find(|&k| text.line_ends_before(k))
                .unwrap_or(text.tokens.len());
            let stamp = opening_date(text, calendar, published, start..end, false).flatten();
            if let Some(d) =
                stamp.filter(|d| (start..d.tokens.start).any(|j| text.tokens[j].is_punct('(')))
            {
                return Some(d);
            }
        }
        (start..start + 8)
            .find_map(|k| {
                if k > start && text.line_ends_before(k) {
                    return None;
                }
                let d = date_at(text, calendar, published, k)?;
                let opens = text.capitalised(start) || k == start || timed || labelled;
                let closed = bracketed
                    && text
                        .tokens
                        .get(d.tokens.end)
                        .is_some_and(|t| t.is_punct(')'));
                // "Posted: 12.06.2023 09:48:00", "Published : 19 Aug 2023 10:32 PM": the time
                // after a stamp that says it is the page's; a site's clock is written alike.
                let clock = labelled
                    && starts_with_digit(text.fw(d.tokens.end))
                    && text.word(d.tokens.end + 1) == ":";
                // "Bogota (Colombia), Dec. 4.": a line of a place and its date, closed by a
                // full stop; a venue before its city ("Palais de l'Élysée - Paris le 26 janvier
                // 2007.").
                let stopped = text.word(d.tokens.end) == "."
                    && text.line_ends_before(d.tokens.end + 1)
                    && (start..k).all(|j| {
                        let t = &text.tokens[j];
                        // "Arequipa (Arequipa region), Jan. 28.": an aside on where the city
                        // lies may be in lower case.
                        let aside = || {
                            (start..j)
                                .rev()
                                .find(|&p| text.tokens[p].is_punct('('))
                                .and_then(|p| super::city::after_aside(text, p))
                                .is_some_and(|e| j < e)
                        };
                        t.capitalised
                            || t.is_punct(',')
                            || t.is_punct('(')
                            || t.is_punct(')')
                            || dash(t)
                            || joins_a_place(text, j)
                            || aside()
                    });
                let closes = closed || clock || stopped || closes_dateline(text, &d);
                // "Created on June 3, 1975, ECOWAS now counts …": a date a lower-case word leads
                // into tells an event, however a wire's name may seem to close it; a dateline
                // sets it after its place, a comma or a particle ("Paris, le 5 mai").
                let told = k > start
                    && !(bracketed || timed || labelled)
                    && (text.tokens[k - 1]).is_word()
                    && !text.capitalised(k - 1)
                    && !text.words.particles.contains(&text.fw(k - 1));
                (closes && opens && !told).then_some(d)
            })
            .filter(|d| !d.range)
    })
}

/// How many of the first lines may hold the dateline: a headline, a standfirst and a photo's
/// caption and credits may stand above it.
const LINES_READ: usize = 8;

/// The date the words `first` open with, as a dateline or a lead writes it: `Some(None)` when a
/// date is found there that dates no dispatch, `None` when the opening words run into no date.
/// `labelled` when a stamp's label opens them.
fn opening_date(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    first: Range<usize>,
    labelled: bool,
) -> Option<Option<DateExpr>> {
    let mut k = first.start;
    while k < first.end.min(first.start + 8) {
        if let Some(d) = date_at(text, calendar, published, k) {
            // "Le 3 novembre, le ministre …", "On November 3, the Minister …": after a word that
            // is no place, a date the lead opens with is the event's, unless a stamp's end follows.
            let placed = k == first.start
                || labelled && k == first.start + 1
                || (first.start..k).any(|j| parts(&text.tokens[j]));
            return Some(Some(d).filter(|d| !d.range && (placed || closes_dateline(text, d))));
        }
        let t = &text.tokens[k];
        // The bracket may follow the city's comma or its last word ("MINSK (Outlet / Agency -
        // 26th November, 2020)"); after a word, one with no date is an aside ("Xi Jinping (R)").
        if t.is_punct('(') && k > first.start {
            let stamp = bracketed_stamp(text, calendar, published, k);
            if stamp.is_some() || text.tokens[k - 1].is_punct(',') {
                return Some(stamp);
            }
        }
        // "Pékin (Chine), 04 sept 2024 (AIP) –": the city's country in brackets before the comma.
        if let Some(close) = (k > first.start)
            .then(|| country_in_brackets(text, k))
            .flatten()
        {
            k = close + 1;
            continue;
        }
        // "Cité du Vatican, 30 juin 2014 (VIS)": a particle may join a city's capitalised words.
        let joins = k > first.start
            && text.words.particles.contains(&text.fw(k))
            && text.capitalised(k + 1);
        // "Georgetown, Guyana – (August 23, 2020) …": a dash before the stamp in brackets.
        let to_stamp = dash(t) && (text.tokens.get(k + 1)).is_some_and(|n| n.is_punct('('));
        // "Accra [Ghana], March 3 (Agency):": the city's country in square brackets.
        let country = k > first.start && (t.is_punct('[') || t.is_punct(']'));
        let lead = parts(t)
            || country
            || text.fw(k) == "le"
            || joins
            || to_stamp
            || t.is_word() && (t.capitalised || labelled && k == first.start);
        if !lead {
            break;
        }
        k += 1;
    }
    None
}

/// The closing bracket of a place's country in brackets opened at token `open`, a few capitalised
/// words a comma follows ("Pékin (Chine), 04 sept 2024"); not an aside after a name ("X (R) and
/// Y").
fn country_in_brackets(text: &Text, open: usize) -> Option<usize> {
    if !text.tokens[open].is_punct('(') {
        return None;
    }
    let close = (open + 2..open + COUNTRY_WORDS + 2)
        .find(|&j| text.tokens.get(j).is_some_and(|t| t.is_punct(')')))?;
    let words = (open + 1..close).all(|j| text.tokens[j].is_word() && text.capitalised(j));
    let comma = text.tokens.get(close + 1).is_some_and(|t| t.is_punct(','));
    (words && comma).then_some(close)
}

/// How many words a country's name in brackets after a dateline's city may take ("(Burkina
/// Faso)").
const COUNTRY_WORDS: usize = 3;

/// Whether a token parts a dateline's place from its date: a comma, or the bar a site sets
/// between them ("Accra | 3 March 2019").
fn parts(t: &Token) -> bool {
    t.is_punct(',') || t.is_punct('|')
}

/// Whether a token is a dash: a hyphen set apart is one.
fn dash(t: &Token) -> bool {
    t.is_punct('–') || t.is_punct('—') || t.is_punct('-') && !t.glued
}

/// Whether token `k` joins the capitalised words of a place in lower case: a particle, an elided
/// article or the article a date takes ("Palais de l'Élysée - Paris le 26 janvier 2007").
fn joins_a_place(text: &Text, k: usize) -> bool {
    let w = text.fw(k);
    let words = text.words;
    words.particles.contains(&w)
        || words.dates.date_articles.contains(&w)
        || w.len() <= 2 && w.ends_with('\'')
}

/// "ABU DHABI, (Agency / WAM - 15th Jun, 2021) …": the wire's stamp in brackets after the
/// dateline's city, the date closing them; the bracket opens at token `open`.
fn bracketed_stamp(
    text: &Text,
    calendar: &Calendar,
    published: Option<NaiveDate>,
    open: usize,
) -> Option<DateExpr> {
    (open + 1..text.tokens.len().min(open + 16))
        .take_while(|&k| !text.tokens[k].newline_before && !text.tokens[k].is_punct(')'))
        .find_map(|k| date_at(text, calendar, published, k))
        .filter(|d| d.year.is_some() && !d.range)
        .filter(|d| {
            text.tokens
                .get(d.tokens.end)
                .is_some_and(|t| t.is_punct(')'))
        })
}

/// A letter's or a telegram's closing lines, the place it was signed in over the date
/// ("Royal Palace, Stockholm" / "11 March 2022"), or a French letter's heading line, the place
/// before the date ("Paris, le 13 février 2007."): the day it was written, whatever a distributor
/// stamped at the top.
fn signed_at(text: &Text, all: &[DateExpr]) -> Option<DateExpr> {
    let ends_line = |d: &&DateExpr| {
        let stop = text
            .tokens
            .get(d.tokens.end)
            .is_some_and(|t| t.is_punct('.'));
        text.line_ends_before(d.tokens.end + usize::from(stop))
    };
    let place_line = |d: &&DateExpr| {
        let start = (d.tokens.start.saturating_sub(7)..d.tokens.start)
            .rev()
            .find(|&k| text.tokens[k].newline_before);
        // On the date's own line, the place ends with a comma and "le", or after the words of
        // signing ("Fait à Lomé, le 4 mars 2019", "Done at Accra on 4 March 2019") with "on".
        let own = !text.tokens[d.tokens.start].newline_before;
        let signing = |start: usize| {
            text.words.signing.contains(&text.fw(start)) && !text.capitalised(start + 1)
        };
        let le = |start: usize| {
            let before = d.tokens.start.checked_sub(1).map(|p| text.fw(p));
            usize::from(own && (before == Some("le") || signing(start) && before == Some("on")))
        };
        let place =
            |start: usize| start + if signing(start) { 2 } else { 0 }..d.tokens.start - le(start);
        start.is_some_and(|start| {
            let before = d.tokens.start - le(start) - 1;
            start > 0
                && place_words(text, place(start))
                && (!own || signing(start) || text.tokens[before].is_punct(','))
        })
    };
    (all.iter().rev())
        .find(|d| {
            d.year.is_some() && !d.range && ends_line(d) && (place_line(d) || issued_in(text, d))
        })
        .cloned()
}

/// "Issued by: The Ministry of Foreign Affairs, Dar es Salaam." over a date on its own line: a
/// release closed by its issuer and the city it was issued in, after the line's last comma.
fn issued_in(text: &Text, d: &DateExpr) -> bool {
    let k = d.tokens.start;
    if k == 0 || !text.tokens[k].newline_before {
        return false;
    }
    let end = k - usize::from(text.tokens[k - 1].is_punct('.'));
    // The city after the line's last comma, or on a line of its own under the issuer's, which
    // ends with the comma.
    let Some(start) = (end.saturating_sub(5).max(1)..end)
        .rev()
        .find(|&j| text.tokens[j - 1].is_punct(',') || text.tokens[j].newline_before)
        .filter(|&j| text.tokens[j - 1].is_punct(','))
    else {
        return false;
    };
    let city = start..end;
    // A city's name may hold a short particle in lower case ("Dar es Salaam", "Porto-Novo").
    let word = |j: usize| {
        let t = &text.tokens[j];
        t.is_word() && (t.capitalised || text.word(j).chars().count() <= 3)
    };
    !city.is_empty()
        && text.tokens[city.start].capitalised
        && text.tokens[city.end - 1].capitalised
        && city.clone().all(word)
}

/// Whether a date opens its sentence as a dateline does ("SINGAPORE, May 11, 2020 /PRNewswire/ --
/// Minister X spoke with Y on 28 April 2020"): after a place and a comma, closed as a stamp is.
pub(super) fn opens_as_dateline(text: &Text, d: &DateExpr, sentence_start: usize) -> bool {
    let before = sentence_start..d.tokens.start;
    before.len() >= 2
        && before.len() <= 6
        && text.tokens[d.tokens.start - 1].is_punct(',')
        && place_words(text, before)
        && closes_dateline(text, d)
}

/// Whether tokens `r` are capitalised words and commas, as a place written before a date is
/// ("Royal Palace, Stockholm", "SINGAPORE,"), and not empty.
fn place_words(text: &Text, r: Range<usize>) -> bool {
    !r.is_empty()
        && r.clone().all(|k| {
            let t = &text.tokens[k];
            t.is_punct(',') || t.is_word() && t.capitalised
        })
}

/// Whether what follows a date closes it as a dateline or a stamp: the line's end, a bracket, a
/// slash or a dash ("Le 31 janvier 2020 - Ottawa"), a colon that ends the line, or after a comma a time or the wire's name in
/// capitals ("20 September 2021, 21:16", "YEREVAN, DECEMBER 27, ARMENPRESS."), or a time after a
/// word ("Le 16/01/2018 à 17h06"); not a clause going on.
pub fn closes_dateline(text: &Text, d: &DateExpr) -> bool {
    let next = text.tokens.get(d.tokens.end);
    let stamp = text
        .word(d.tokens.end + 1)
        .starts_with(|c: char| c.is_ascii_digit())
        || wire_name(text, d.tokens.end + 1);
    timed(text, d)
        || next.is_none_or(|t| {
            t.newline_before
                || t.is_punct('(')
                || t.is_punct('/')
                || dash(t)
                // "date 2021-05-17 • Tue. May 18th, 2021": a bullet between a page's items.
                || t.is_punct('•')
                || t.is_punct(',') && stamp
                // "MOSCOW, December 30. /TASS/.": a full stop before the wire's name.
                || t.is_punct('.') && text.word(d.tokens.end + 1) == "/"
                // "New Delhi, March 3:": a colon that ends the dateline's line.
                || t.is_punct(':') && text.line_ends_before(d.tokens.end + 1)
        })
}

/// Whether a word and a clock time follow a date ("Le 16/01/2018 à 17h06", "le 16/10/2019 à
/// 22:39"), as a page stamps the time it put a text up or changed it.
pub(super) fn timed(text: &Text, d: &DateExpr) -> bool {
    (text.tokens.get(d.tokens.end)).is_some_and(|t| t.is_word()) && clock(text, d.tokens.end + 1)
}

/// Whether a clock time follows a date right after it ("28 Feb 2019 14:59"), as a paper stamps
/// the time it put a page up.
pub(super) fn clocked(text: &Text, d: &DateExpr) -> bool {
    clock(text, d.tokens.end)
}

/// Whether a clock time starts at token `k` ("17h06", "22:39").
fn clock(text: &Text, k: usize) -> bool {
    let time = text.word(k);
    time.starts_with(|c: char| c.is_ascii_digit())
        && (time.contains('h') || text.word(k + 1) == ":")
}

/// Whether token `k` is a wire's name as agencies sign their datelines: a word of three capitals
/// or more ("AZERTAC", "ARMENPRESS").
pub fn wire_name(text: &Text, k: usize) -> bool {
    let word = text.word(k);
    word.chars().count() >= 3 && word.chars().all(char::is_uppercase)
}
