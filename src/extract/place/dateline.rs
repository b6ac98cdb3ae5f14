//! The place where a release or a dispatch was written, when it is where the event was: the
//! dateline a wire or an agency opens with, the place and date in brackets that close a title,
//! the city a headline opens with, the line that dates a statement.

use std::ops::Range;

use super::bylines::{byline, sent_to};
use super::known_at;
use super::report::set_elsewhen;
use crate::extract::date;
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::people::Cast;
use crate::extract::text::{fold, Text};
use crate::model::{Confidence, CountryCode, EventKind};

/// The place of a "(Erbil, 23/04/2025)" that closes the sentence's title of an item, or a
/// headline ("Entretien de X avec Y (Paris, 19 décembre 2017)").
pub(super) fn in_brackets(
    text: &Text,
    dates: &date::Dates,
    tokens: Range<usize>,
) -> Option<(String, Confidence)> {
    (dates.all.iter())
        .filter(|d| tokens.contains(&d.tokens.start))
        .find_map(|d| date::place_in_brackets(text, d))
        .map(|p| (text.body[text.span(p)].to_string(), Confidence::High))
}

/// The known city a headline opens with before a colon, as news sites place what they report
/// ("Niamey : le président a reçu l'envoyé spécial").
pub(super) fn headed_by(text: &Text, lex: &Lexicon, start: usize) -> Option<(String, Confidence)> {
    let city = date::place_at(text, lex, start).filter(|c| text.tokens[c.end].is_punct(':'))?;
    Some((text.body[text.span(city)].to_string(), Confidence::Low))
}

/// The city a wire's report opens with, where the dispatch was filed, when it is where the event
/// took place: in capitals right before the report, as agencies mark it ("DOHA: The Amir …
/// received …", "MANILA - …", on the text's first line or opening the report below a headline;
/// not a release's "OTTAWA, le 6 avril /CNW/ -"), before a dash or a colon that runs into the
/// report of an audience, the host's office ("Rabat – Le ministre … a reçu vendredi …"), or named
/// again by the report as "here" ("Colombo, Mar 29 (PTI) … meeting here").
pub(super) fn filed_at(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    dates: &date::Dates,
    report: Range<usize>,
    kind: EventKind,
) -> Option<(String, Confidence)> {
    let opens_report = |c: &Range<usize>| {
        let sep = date::after_country(text, lex, c);
        matches!(text.word(sep), ":" | "-" | "–" | "—").then_some(sep)
    };
    // The wire's credit in brackets at token `k`, then a dash into the report.
    let credit_dash = |k: usize| {
        text.tokens[k].is_punct('(')
            && matches!(text.word(date::after_credit(text, k)), "-" | "–" | "—")
    };
    // "Hanoï (VNA) – Le président … a reçu …": the city a national agency signs its dispatch
    // from, undated, places the audience as a dated signed dateline does, below a headline or a
    // photo's caption as well as on the text's first line.
    let signed = |c: &Range<usize>| text.words.places.signed_datelines_place && credit_dash(c.end);
    // "… Jokowi said.Antalya, Turkey (ANTARA News) - Indonesia and …": a caption run into the
    // dispatch leaves its dateline opening a sentence before the report, not a line.
    let credited = |c: &Range<usize>| credit_dash(date::after_country(text, lex, c));
    // "MANAMA (Bahrain), 19 Jan 2009: X held talks …": the report after the dateline's date and a
    // colon.
    let dated_colon = |c: &Range<usize>| {
        let k = date::after_country(text, lex, c);
        let d = (dates.all.iter()).find(|d| d.tokens.start == k + 1 && text.word(k) == ",")?;
        let colon = date::after_credit(text, d.tokens.end);
        (colon < report.end && text.word(colon) == ":").then_some(colon + 1..report.end)
    };
    // "TEHRAN (IRNA) - …": a wire's city in capitals, its credit between it and the dash.
    let wire = |c: &Range<usize>| {
        credit_dash(c.end) && !text.body[text.span(c.clone())].contains(char::is_lowercase)
    };
    let start = date::after_stamp(text, report.start);
    // "IO, Jakarta – On Friday, …", "AA - Ankara - …": an outlet's initials and their comma or
    // dash may stand before the city.
    let credit_first = credit_before(text, start);
    // "Oct 7, 2005 (ADDIS ABABA) — X held talks with Y here": the city in brackets after the
    // date the line opens with, then a dash into the report.
    let after_date = (dates.all.iter())
        .find(|d| d.tokens.start == start && text.word(d.tokens.end) == "(")
        .and_then(|d| date::place_before(text, lex, d.tokens.end + 1, &[')']))
        .filter(|c| matches!(text.word(c.end + 1), "-" | "–" | "—"));
    let after_credit = credit_first
        .and_then(|k| date::place_at(text, lex, k))
        .filter(|c| opens_report(c).is_some());
    // "Bujumbura, Burundi - Le chef de l'État … a achevé une visite au Burundi": the dateline
    // that opens the lead, a dash after it, above a report further down.
    let lead = |x: &crate::extract::text::Sentence| {
        let c = date::place_at(text, lex, x.tokens.start)?;
        (credited(&c) || !x.heading && opens_report(&c).is_some()).then_some(c)
    };
    let city = date::place_at(text, lex, start)
        .filter(|c| opens_report(c).is_some() || signed(c) || dated_colon(c).is_some() || wire(c))
        .or_else(|| after_date.clone())
        .or_else(|| after_credit.clone())
        .or_else(|| date::dateline_place(text, lex))
        .or_else(|| {
            (text.sentences.iter())
                .take_while(|x| x.tokens.start < report.start)
                .find_map(lead)
        })?;
    // The sentence the dateline opens, which tells the visit when the report comes later.
    let opened = text.sentences[text.sentence_of(city.start)].tokens.clone();
    let sep = opens_report(&city);
    // "Niamey- Le président …": a dash glued to the city marks a wire's dateline too; so does
    // the city's country named before the colon ("Doha, Qatar: The Amir …").
    let glued = sep.is_some_and(|k| text.tokens[k].glued || k > city.end) && city.start == start;
    let written = &text.body[text.span(city.clone())];
    let capitals = sep.is_some() && written.chars().all(|c| !c.is_lowercase()) || glued;
    let audience = sep.is_some() && city.start == start && kind == EventKind::Meeting;
    let here = report
        .clone()
        .any(|k| text.words.here.contains(&text.fw(k)));
    // "Muscat [Oman], February 16 (ANI): X met Y … in Oman": the report places the event in the
    // country of the city, which the wire then names.
    let country = lex.place_country(&fold(written));
    let in_its_country = || {
        let told = report
            .clone()
            .chain(opened.clone().filter(|k| !report.contains(k)));
        told.into_iter().any(|k| {
            let end = if report.contains(&k) {
                report.end
            } else {
                opened.end
            };
            text.introduces_place(k)
                && k + 1 < end
                && text.capitalised(k + 1)
                && (lex
                    .countries_in(text.folded_span(k + 1..(k + 5).min(end)))
                    .first())
                .is_some_and(|(r, hit)| {
                    r.start == 0 && hit.form == CountryForm::Name && Some(hit.code) == country
                })
        })
    };
    // "Suva [Fiji], May 15 : X called on Fiji Prime Minister Y": a dated dateline that runs after
    // a colon into a report naming the city's country or one of its people, as the host.
    let hosted = || Some(at_home_in(text, lex, cast, dated_colon(&city)?, country));
    // "TEHRAN (IRNA) - Iranian President X received …": the wire's city places the report that
    // names the city's country or one of its people, as the dash alone does ("MANILA - …"), and
    // so does the city a dateline brackets after its date.
    // "Muscat: An official session of talks was held …", "IO, Jakarta – …": so does a city the
    // text opens with before a colon or a dash, or that an outlet's initials sign.
    let opens_text = sep.is_some() && city.start == date::after_stamp(text, 0);
    let wired = || {
        (wire(&city)
            || after_date.as_ref() == Some(&city)
            || after_credit.as_ref() == Some(&city)
            || opens_text)
            && at_home_in(text, lex, cast, report.clone(), country)
    };
    // "BEIJING, May 11 (Xinhua) -- X held talks with Y, who is on a state visit to China": the
    // report puts the guest in the city's country.
    let visiting = || {
        country.is_some_and(|c| {
            stay_in(text, lex, report.clone(), |v| v == c)
                || stay_in(text, lex, opened.clone(), |v| v == c)
        })
    };
    let placed = capitals || audience || here || signed(&city) || in_its_country() || wired();
    (placed || hosted().unwrap_or(false) || visiting())
        .then(|| (written.to_string(), Confidence::Medium))
}

/// The token after an outlet's initials and the comma or dash that opens a dateline at token `k`
/// ("IO, Jakarta –", "AA - Ankara -"): two to five capital letters.
fn credit_before(text: &Text, k: usize) -> Option<usize> {
    let w = text.word(k);
    let initials = (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let mark = (text.tokens.get(k + 1))
        .is_some_and(|t| !t.newline_before && matches!(text.word(k + 1), "," | "-" | "–" | "—"));
    (initials && mark).then_some(k + 2)
}

/// The known place a text opens with before a comma, on a line of its own, as agencies date
/// their dispatches ("Bakou, 5 juillet, AZERTAC"), or that opens the line of the dispatch's date
/// further down when that line ends with the date or the date is signed by the wire in brackets
/// ("Berne, Communiqué de presse, 17.08.2015", "Kinshasa, 17 juin 2022 (ACP).- Le président …"):
/// where it was written, most often where the event was. A dateline that runs, after a dash or
/// the agency's credit, into the sentence that reports an audience or the one that dates it
/// ("Lomé, 4 mai 2021 – Le chef de l'État a reçu …") is the office of the host who received,
/// and places it; one marked by a release wire ("OTTAWA, le 6 avril
/// /CNW/ - Aujourd'hui, …"), or running into talks that may have been held from afar, is a
/// press release's, not a place of the event; nor does a wire's dateline place a joint
/// statement, a text issued wherever its parties were.
pub(super) fn dateline(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    dates: &date::Dates,
    kind: EventKind,
    reports: [Option<Range<usize>>; 2],
) -> Option<(String, Confidence)> {
    let report = reports[0].as_ref().map(|r| r.start);
    opening(text, lex, report).or_else(|| {
        if kind == EventKind::JointStatement {
            return None;
        }
        let agency = matches!(kind, EventKind::Meeting | EventKind::Talks)
            .then(|| agency_opening(text, lex, reports[0].as_ref()?.start))
            .flatten();
        if let Some(city) = agency {
            return Some((text.body[text.span(city)].to_string(), Confidence::Medium));
        }
        let in_person = kind == EventKind::Meeting
            || kind == EventKind::Talks
                && (reports[0].as_ref())
                    .is_some_and(|r| at_a_venue(text, r) || told_in_person(text, r));
        let bylined = || {
            let report = reports[0].as_ref()?.start;
            let city = (byline(text, lex, report).filter(|_| in_person))
                .or_else(|| sent_to(text, lex, report))?;
            Some((text.body[text.span(city)].to_string(), Confidence::Low))
        };
        let dated = || {
            let d = dates.dateline.as_ref()?;
            let line_of = |k: usize| {
                (0..=k)
                    .rev()
                    .find(|&j| j == 0 || text.tokens[j].newline_before)
            };
            let line = line_of(d.tokens.start)?;
            // "Cité\ndu Vatican, 30 juin 2014 (VIS)": a hard-wrapped text's line break may cut the
            // place the date follows.
            let wrapped = || {
                date::place_at(text, lex, line_of(line.checked_sub(1)?)?)
                    .filter(|c| c.end + 1 == d.tokens.start)
            };
            let start = date::after_stamp(text, line);
            // "Addis Ababa August 25/2021 (ENA) …": some agencies set the date right after the
            // city, with no comma between them.
            let city = (date::place_at(text, lex, start).or_else(wrapped))
                .filter(|c| text.tokens[date::after_country(text, lex, c)].is_punct(','))
                .or_else(|| date::known_place(text, lex, start..d.tokens.start))
                .or_else(|| labelled(text, lex, line, d))?;
            let places = signed(text, d)
                || ends_line(text, d)
                || in_person && runs_into_audience(text, lex, cast, d, &city, &reports);
            places.then(|| (text.body[text.span(city)].to_string(), Confidence::Medium))
        };
        // "Monday, April 20, 2015" over "Vatican City, 18 April 2015 (VIS) - This morning …": a
        // page's stamp may stand over the dispatch's own dateline, on the line the report opens,
        // which may leave the year to the stamp when the wire signs it ("Tue 5th October 2021"
        // over "ISLAMABAD, Oct 4 (APP): …").
        let under_stamp = || {
            let start = reports[0].as_ref()?.start;
            let line = (0..=start)
                .rev()
                .find(|&j| j == 0 || text.tokens[j].newline_before)?;
            let city = date::place_at(text, lex, line)?;
            let comma = date::after_country(text, lex, &city);
            let comma = text
                .tokens
                .get(comma)
                .filter(|t| t.is_punct(','))
                .map(|_| comma)?;
            let credited = |d: &date::DateExpr| {
                text.tokens
                    .get(d.tokens.end)
                    .is_some_and(|t| t.is_punct('('))
            };
            let d = (dates.all.iter())
                .find(|d| d.tokens.start == comma + 1 && (d.year.is_some() || credited(d)))?;
            (in_person && line > 0 && date::closes_dateline(text, d))
                .then(|| (text.body[text.span(city)].to_string(), Confidence::Medium))
        };
        dated().or_else(under_stamp).or_else(bylined)
    })
}

/// "Communiqué - Libreville, le 24 mai 2018 - …", "Press release – Nairobi, 3 May 2021 – …": the
/// known city of one to three words a label and a dash set before the dateline's date and its
/// comma, on the date's line.
fn labelled(text: &Text, lex: &Lexicon, line: usize, d: &date::DateExpr) -> Option<Range<usize>> {
    let comma = (d.tokens.start.saturating_sub(2)..d.tokens.start)
        .find(|&k| k > line && text.tokens[k].is_punct(','))?;
    (1..=3)
        .rev()
        .filter(|&n| comma >= line + n + 2)
        .find_map(|n| {
            let city = comma - n..comma;
            let dash = matches!(text.word(city.start - 1), "-" | "–" | "—");
            dash.then(|| date::known_place(text, lex, city)).flatten()
        })
}

/// The known city a national agency's dispatch opens with before a full stop or its name between
/// slashes on the line where the report starts, when the agency's name follows on the line
/// ("Astana. July 4. KazTAG - …", "NUR-SULTAN. KAZINFORM – …", "Ulaanbaatar /MONTSAME/. On March
/// 16, …"): the agency reports from its capital the audiences and talks held there.
fn agency_opening(text: &Text, lex: &Lexicon, report: usize) -> Option<Range<usize>> {
    let line = (0..=report)
        .rev()
        .find(|&k| k == 0 || text.tokens[k].newline_before)?;
    let city = date::place_before(text, lex, date::after_stamp(text, line), &['.', '/'])?;
    let agency = |k: usize| {
        text.tokens[k].is_word() && text.word(k).chars().filter(|c| c.is_uppercase()).count() >= 3
    };
    (city.end + 1..text.tokens.len().min(city.end + 8))
        .take_while(|&k| !text.tokens[k].newline_before)
        .any(agency)
        .then_some(city)
}

/// Whether the wire signs the dateline's date in brackets, where its language's agencies date
/// from the place of the event ("Kinshasa, 17 juin 2022 (ACP).- …").
fn signed(text: &Text, d: &date::DateExpr) -> bool {
    text.words.places.signed_datelines_place
        && (text.tokens.get(d.tokens.end)).is_some_and(|t| t.is_punct('('))
}

/// "X held a discussion with Y at his office today", "Talks … were held at the Mansudae Assembly
/// Hall": talks at a venue, its name of a few words at most, are held in person.
fn at_a_venue(text: &Text, report: &Range<usize>) -> bool {
    (report.clone()).any(|k| {
        text.words.places.venues.contains(&text.fw(k))
            && (k.saturating_sub(VENUE_NAME_WORDS + 1).max(report.start)..k)
                .any(|j| text.introduces_place(j) || text.words.places.sites.contains(&text.fw(j)))
    })
}

/// How many words a venue's name may have before the word that makes it one ("Mansudae Assembly
/// Hall"), its article included.
const VENUE_NAME_WORDS: usize = 3;

/// "Talks between X and his counterpart Y … The visiting minister told …", "The meeting was held
/// on the sidelines of the summit": talks beside which the report or the next sentences tell a
/// party's visit or arrival, or a gathering's margins, not to come, are held in person.
fn told_in_person(text: &Text, report: &Range<usize>) -> bool {
    let s = text.sentence_of(report.start);
    let words = text.words;
    (s..text.sentences.len().min(s + 3)).any(|n| {
        let x = &text.sentences[n];
        !x.heading
            && !text.in_future(x.tokens.clone())
            && (x.tokens.clone()).any(|k| {
                let w = text.fw(k);
                words.places.stays.contains(&w)
                    || words.places.journeys.contains(&w)
                    || words.places.sidelines.contains(&w)
            })
    })
}

/// Whether the dateline's date ends its line, alone or before the wire's name after a comma, as
/// national agencies sign theirs ("Baku, December 2, AZERTAC"), or a full stop ("Bogota
/// (Colombia), Dec. 4.").
fn ends_line(text: &Text, d: &date::DateExpr) -> bool {
    let end = d.tokens.end;
    let mark = |c: char| (text.tokens.get(end)).is_some_and(|t| t.is_punct(c));
    let signed = mark(',') && text.line_ends_before(date::after_credit(text, end));
    let stopped = mark('.') && text.line_ends_before(end + 1);
    text.line_ends_before(end) || signed || stopped
}

/// Whether the dateline runs, after a dash or the agency's credit, into the sentence that reports
/// the audience or the one that dates it. "Addis Ababa, August 11, 2023 (Addis Walta) Ethiopian
/// Prime Minister X received …": the agency's credit may stand between the date and the report
/// when the report names the city's country, as a national agency's report of its host does; an
/// international wire merely files from there ("WASHINGTON, Nov 19 (Reuters) - X met Y").
fn runs_into_audience(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    d: &date::DateExpr,
    city: &Range<usize>,
    reports: &[Option<Range<usize>>; 2],
) -> bool {
    let opens = date::after_credit(text, d.tokens.end);
    let credited = opens > d.tokens.end;
    let dash = matches!(text.word(opens), "-" | "–" | "—");
    let country = lex.place_country(&fold(&text.body[text.span(city.clone())]));
    (dash || credited)
        && (reports.iter().flatten()).any(|r| {
            r.contains(&(opens + usize::from(dash)))
                && (!credited || at_home_in(text, lex, cast, r.clone(), country))
        })
}

/// Whether `tokens` name the `country` of a wire's city, or one of its people: the report of a
/// national agency's host, where an international wire merely files from the city.
fn at_home_in(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    tokens: Range<usize>,
    country: Option<CountryCode>,
) -> bool {
    let Some(country) = country else {
        return false;
    };
    (lex.countries_in(text.folded_span(tokens.clone())).iter()).any(|(_, hit)| hit.code == country)
        || (cast.mentions.iter()).any(|m| {
            let person = &cast.people[m.person];
            // A country the dateline gave a bare title says nothing of where the wire is.
            tokens.contains(&m.name.start) && person.country == Some(country) && !person.homed
        })
}

/// A first line that is a known place, or opens with one before a comma; else a line of its own
/// among the headings above the report that is only a known place, as a site sets the city of
/// what it reports under the headline ("Communiqué conjoint …" over "Dakar").
fn opening(text: &Text, lex: &Lexicon, report: Option<usize>) -> Option<(String, Confidence)> {
    let first = text.sentences.first().filter(|s| s.heading)?.tokens.clone();
    // A line that is only a known place ("New York", then the date below it).
    let alone = |tokens: Range<usize>| {
        let whole = text.span(tokens);
        (lex.place_country(&fold(&text.body[whole.clone()]))
            .is_some())
        .then(|| (text.body[whole].to_string(), Confidence::Medium))
    };
    if let Some(place) = alone(first.clone()) {
        return Some(place);
    }
    // Above the report, or above the first line of running text where the report is a title.
    let running = (text.sentences.iter()).find(|x| !x.heading && !x.caption);
    let report = report
        .unwrap_or(0)
        .max(running.map_or(0, |x| x.tokens.start));
    // The last line of a heading, which may run on from the headline above it.
    let last_line = |x: &Range<usize>| {
        let start = (x.clone())
            .rev()
            .find(|&k| k == x.start || text.tokens[k].newline_before)
            .unwrap_or(x.start);
        start..x.end
    };
    let under = (text.sentences.iter())
        .take_while(|x| x.tokens.end <= report)
        .filter(|x| x.heading)
        .map(|x| last_line(&x.tokens))
        .filter(|line| line.start > 0 && line.len() <= LONE_PLACE_TOKENS)
        .find_map(alone);
    if under.is_some() {
        return under;
    }
    (1..=3).rev().find_map(|len| {
        let comma = first.start + len;
        if comma >= first.end || !text.tokens[comma].is_punct(',') {
            return None;
        }
        let span = text.span(first.start..comma);
        lex.place_country(&fold(&text.body[span.clone()]))?;
        Some((text.body[span].to_string(), Confidence::Medium))
    })
}

/// The first known place on a line that dates a statement ("May 7, 2008 Tokyo"), else the line
/// below it when that line is only a known place, or one and its country ("6 April 2018" over
/// "Brisbane, Australia"), as communiqués set their date and place one above the other.
pub(super) fn on_line(text: &Text, lex: &Lexicon, sentence: usize) -> Option<String> {
    let tokens = text.sentences.get(sentence)?.tokens.clone();
    let below = || {
        let line = text.sentences.get(sentence + 1).filter(|b| b.heading)?;
        let written = &text.body[text.span(line.tokens.clone())];
        let (place, country) = written.split_once(',').unwrap_or((written, ""));
        let folded = fold(country.trim());
        let country = folded.is_empty()
            || (lex.countries_in(&folded).first())
                .is_some_and(|(r, hit)| *r == (0..folded.len()) && hit.form == CountryForm::Name);
        (country && lex.place_country(&fold(place.trim())).is_some())
            .then(|| place.trim().to_string())
    };
    (tokens.clone())
        .find_map(|k| known_at(text, lex, k, tokens.end))
        .map(str::to_string)
        .or_else(below)
}

/// Whether the report, in sentence `s` or the two after it, puts a party in another country than
/// that of the dateline's `place` ("KATHMANDU, March 29 (RSS): … The Minister is presently in Sri
/// Lanka", "ISLAMABAD (APP): X, who is on an official visit to China, met Y"): the dateline is the
/// sender's city, not where the exchange was; a visit set before or after the exchange ("ahead of
/// his visit to Japan") says nothing of it.
pub(super) fn abroad(text: &Text, lex: &Lexicon, s: usize, place: &str) -> bool {
    let Some(home) = lex.place_country(&fold(place)) else {
        return false;
    };
    text.running(s..s + 3)
        .any(|k| stay_in(text, lex, text.sentences[k].tokens.clone(), |c| c != home))
}

/// Whether a statement's lead ("At the invitation of X, Y paid an official visit to Z"), its
/// first two sentences of running text as a title's honours may cut it, tells the visit in
/// another country than that of `place`, and none in its own: the line that dates the statement
/// at `place` is then where the release was dated, not where the visit was.
pub(super) fn lead_abroad(text: &Text, lex: &Lexicon, place: &str) -> bool {
    let Some(home) = lex.place_country(&fold(place)) else {
        return false;
    };
    let lead: Vec<usize> = text.running(0..text.sentences.len()).take(2).collect();
    let told = |country: &dyn Fn(CountryCode) -> bool| {
        (lead.iter()).any(|&k| stay_in(text, lex, text.sentences[k].tokens.clone(), country))
    };
    told(&|c| c != home) && !told(&|c| c == home)
}

/// Whether `tokens` tell a party's stay or visit, at the time of the exchange, in a country that
/// `country` accepts ("who is on a state visit to China", "is presently in Sri Lanka").
fn stay_in(
    text: &Text,
    lex: &Lexicon,
    tokens: Range<usize>,
    country: impl Fn(CountryCode) -> bool,
) -> bool {
    stays(text, lex, tokens).any(|(_, c)| country(c))
}

/// The stays and visits `tokens` tell at the time of the exchange, each as the token of its word
/// and the country it is in ("who is on a state visit to China", "is presently in Sri Lanka"), in
/// token order. Lazy: every token is checked against four word lists, and most callers want only
/// the first stay, or whether there is one.
pub fn stays<'t>(
    text: &'t Text,
    lex: &'t Lexicon,
    tokens: Range<usize>,
) -> impl Iterator<Item = (usize, CountryCode)> + 't {
    let words = text.words;
    let (start, end) = (tokens.start, tokens.end);
    let told = move |k: usize| {
        let w = text.fw(k);
        [
            words.places.whereabouts,
            words.places.stays,
            words.places.journeys,
            words.visits,
        ]
        .iter()
        .any(|list| list.contains(&w))
    };
    let to = move |j: usize| {
        let w = text.fw(j);
        text.introduces_place(j)
            || words.places.journeys_to.contains(&w)
            || words.postings.contains(&w)
    };
    // "a visit to Accra": a city the gazetteer knows names its country.
    let city = move |first: usize| {
        (text.capitalised(first)).then_some(())?;
        (1..=3.min(end - first))
            .rev()
            .find_map(|n| lex.place_country(text.folded_span(first..first + n)))
    };
    let names = move |first: usize| {
        let after = text.folded_span(first..(first + 5).min(end));
        (lex.countries_in(after).first())
            .filter(|(r, hit)| r.start == 0 && hit.form == CountryForm::Name)
            .map(|(_, hit)| hit.code)
            .or_else(|| city(first))
    };
    // "an official visit to the Republic of X": the name may follow the state's style,
    // capitalised words and the short ones that join them.
    let styled = move |k: usize| {
        let t = &text.tokens[k];
        t.is_word() && (t.capitalised || text.fw(k).len() <= 3)
    };
    (tokens.filter(move |&k| told(k) && !set_elsewhen(text, start, k))).flat_map(move |k| {
        (k + 1..(k + 4).min(end))
            .filter(move |&j| to(j))
            .flat_map(move |j| {
                (j + 1..(j + 6).min(end))
                    .take_while(move |&k| k == j + 1 || styled(k - 1))
                    .filter_map(names)
            })
            .map(move |c| (k, c))
    })
}

/// How many tokens a line that is only a place may hold ("Port of Spain", "Washington, D.C.").
const LONE_PLACE_TOKENS: usize = 6;
