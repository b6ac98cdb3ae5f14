//! The dateline's city: where the dispatch was filed, read past what a page or an outlet sets
//! before it (a stamp, a bracketed credit) and with the country it may name after it.

use std::ops::Range;

use super::stamps::{wire_name, Dates};
use super::written::dashed;
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::text::{fold, Text, TokenKind};
use crate::model::CountryCode;

/// The country of the dateline's city: where the dispatch was filed. The text opens with it
/// ("Hanoï (VNA) –", "Bakou, 22 juillet"), or, after a caption, one of its first lines does in
/// capitals, as agencies write it ("PUTRAJAYA, Aug 24 —", "KATHMANDU:"), or as a line of its own
/// that only its date closes ("Doha, 09 October 2023" under a ministry's headline) or a dash.
pub fn dateline_city(text: &Text, lex: &Lexicon, dates: &Dates) -> Option<CountryCode> {
    let country = |r: Range<usize>| lex.place_country(&fold(&text.body[text.span(r)]));
    let capitals = |r: &Range<usize>| {
        text.body[text.span(r.clone())]
            .chars()
            .all(|c| !c.is_lowercase())
    };
    // "Doha, 09 October 2023" on a line of its own under the headline: a page's stamp of the
    // city the release was issued in and its day, in whatever case the page writes it; or
    // opening the report after a dash ("Asmara, 20 February 2010 – President X …").
    let stamp_line = |r: &Range<usize>| {
        (text.tokens.get(r.end)).is_some_and(|t| t.is_punct(','))
            && (dates.all.iter()).any(|d| {
                let end = d.tokens.end;
                let dash = (text.tokens.get(end))
                    .is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '–' | '—')));
                d.tokens.start == r.end + 1
                    && d.year.is_some()
                    && (dash || text.line_ends_before(end + usize::from(text.word(end) == ".")))
            })
    };
    // "Le 5 novembre 2021 – Ottawa (Ontario) – Affaires mondiales Canada": a release line puts
    // its date first and its city after a dash or a comma.
    let after_date = || {
        let d = dates.dateline.as_ref()?;
        let sep = text.tokens.get(d.tokens.end)?;
        (matches!(sep.kind, TokenKind::Punct(',' | '-' | '–' | '—')) && !sep.newline_before)
            .then(|| place_at(text, lex, d.tokens.end + 1))?
    };
    dateline_place(text, lex)
        .and_then(country)
        .or_else(|| after_date().and_then(country))
        .or_else(|| {
            let line_starts =
                (1..text.tokens.len().min(300)).filter(|&k| text.tokens[k].newline_before);
            line_starts
                .take(8)
                .find_map(|k| {
                    place_at(text, lex, after_credit(text, k))
                        .filter(|r| capitals(r) || stamp_line(r))
                })
                .and_then(country)
        })
}

/// "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 28 (KUNA) --": where a line goes on after
/// the bracketed credit of the outlet that carries the dispatch, or its name as some agencies sign
/// it, after a comma or between slashes ("Accra, Aug. 8, GNA -", "BEIJING, November 9. /TASS/."),
/// else `k`.
pub fn after_credit(text: &Text, k: usize) -> usize {
    let on_line = |j: usize| (text.tokens.get(j)).is_some_and(|t| !t.newline_before);
    let wire = |j: usize| on_line(j) && wire_name(text, j);
    let punct = |j: usize, c: char| (text.tokens.get(j)).is_some_and(|t| t.is_punct(c));
    if punct(k, ',') && wire(k + 1) && !punct(k + 2, ',') {
        return k + 2;
    }
    let slashed = |j: usize| punct(j, '/') && wire(j + 1) && punct(j + 2, '/');
    let after_stop = k + usize::from(punct(k, '.'));
    if slashed(after_stop) {
        return after_stop + 3 + usize::from(punct(after_stop + 3, '.'));
    }
    if !punct(k, '(') {
        return k;
    }
    let mut depth = 0;
    for j in k..text.tokens.len().min(k + 16) {
        let t = &text.tokens[j];
        if j > k && t.newline_before {
            break;
        }
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth -= 1;
            if depth == 0 {
                return j + 1;
            }
        }
    }
    k
}

/// "date 2022-11-28 PUTRAJAYA: …": where a line goes on after the page's stamp a capture sets
/// before the dispatch (a machine date, after a label of `DateWords::stamp_labels`), or after the
/// comma a page leaves opening the line where it dropped the byline before it (", NAIROBI, Kenya,
/// Aug 30 –"), else `k`.
pub fn after_stamp(text: &Text, k: usize) -> usize {
    let stray = (text.tokens.get(k))
        .is_some_and(|t| t.is_punct(',') && (k == 0 || t.newline_before))
        && (text.tokens.get(k + 1)).is_some_and(|t| !t.newline_before);
    if stray {
        return after_stamp(text, k + 1);
    }
    let iso = |j: usize| {
        (text.tokens.get(j)).is_some_and(|t| j == k || !t.newline_before)
            && dashed(text.fw(j)).is_some()
    };
    match after_clock(text, k) {
        Some(clocked) => clocked,
        None if iso(k) => k + 1,
        None if text.words.dates.stamp_labels.contains(&text.fw(k)) && iso(k + 1) => k + 2,
        None => k,
    }
}

/// "00:01 | Bogota (Colombia), Dec. 4.": where a line goes on after the clock a site's feed sets
/// before a bar, when one opens it at `k`.
pub fn after_clock(text: &Text, k: usize) -> Option<usize> {
    let digits = |j: usize| j < text.tokens.len() && text.fw(j).bytes().all(|b| b.is_ascii_digit());
    let punct = |j: usize, c: char| {
        (text.tokens.get(j)).is_some_and(|t| t.is_punct(c) && !t.newline_before)
    };
    (digits(k) && punct(k + 1, ':') && digits(k + 2) && punct(k + 3, '|')).then_some(k + 4)
}

/// "MANILA, Philippines —", "Suva [Fiji], May 15", "MANAMA (Bahrain), 19 Jan 2009": the token after the name of the country a
/// dateline gives its city, when it does, else after the city.
pub fn after_country(text: &Text, lex: &Lexicon, city: &Range<usize>) -> usize {
    let country = lex.place_country(&fold(&text.body[text.span(city.clone())]));
    let opens = (text.tokens.get(city.end))
        .is_some_and(|t| t.is_punct(',') || t.is_punct('[') || t.is_punct('('));
    let named = |n: usize| {
        let name = city.end + 1..city.end + 1 + n;
        name.end < text.tokens.len()
            && !text.tokens[name.end].newline_before
            && (lex.countries_in(text.folded_span(name.clone())).first()).is_some_and(|(r, hit)| {
                r.start == 0
                    && r.end == text.folded_span(name.clone()).len()
                    && hit.form == CountryForm::Name
                    && Some(hit.code) == country
            })
    };
    let Some(n) = (1..=3).filter(|_| opens).find(|&n| named(n)) else {
        return after_aside(text, city.end).unwrap_or(city.end);
    };
    let end = city.end + 1 + n;
    end + usize::from(text.tokens[end].is_punct(']') || text.tokens[end].is_punct(')'))
}

/// "Arequipa (Arequipa region), Jan. 28.", "Mombasa (coast province), 3 May": where a line goes
/// on after a bracketed aside that opens at `k` and tells, in two to four words some of which
/// are in lower case, where the city lies; a wire's credit in brackets is its name alone.
pub fn after_aside(text: &Text, k: usize) -> Option<usize> {
    if !(text.tokens.get(k)).is_some_and(|t| t.is_punct('(')) {
        return None;
    }
    let close = (k + 1..text.tokens.len().min(k + 6))
        .take_while(|&j| !text.tokens[j].newline_before)
        .find(|&j| text.tokens[j].is_punct(')'))?;
    let words = k + 1..close;
    let word = |j: usize| matches!(text.tokens[j].kind, TokenKind::Word);
    let lower = |j: usize| text.word(j).starts_with(char::is_lowercase);
    (words.len() >= 2 && words.clone().all(word) && words.clone().any(lower)).then_some(close + 1)
}

/// The tokens of the known place a text opens with, after a page's stamp, before a comma, a
/// bracket, a dash or a colon ("DOHA: …", "Colombo, Mar 29 (PTI)").
pub fn dateline_place(text: &Text, lex: &Lexicon) -> Option<Range<usize>> {
    place_at(text, lex, after_stamp(text, 0))
}

/// The tokens of a known place of one to three tokens from `start`, before a comma, a bracket, a
/// dash or a colon on the same line ("Muscat [Oman], February 16 (ANI):" brackets its country).
pub fn place_at(text: &Text, lex: &Lexicon, start: usize) -> Option<Range<usize>> {
    place_before(text, lex, start, &[',', '(', '[', '-', '–', '—', ':'])
}

/// The tokens of a known place of one to three tokens from `start`, before one of the marks
/// `ends` on the same line.
pub fn place_before(
    text: &Text,
    lex: &Lexicon,
    start: usize,
    ends: &[char],
) -> Option<Range<usize>> {
    (1..=3).rev().find_map(|n| {
        let next = text.tokens.get(start + n)?;
        if !matches!(next.kind, TokenKind::Punct(c) if ends.contains(&c)) || next.newline_before {
            return None;
        }
        known_place(text, lex, start..start + n)
    })
}

/// Tokens `r`, one to three, if they are a known place's name.
pub fn known_place(text: &Text, lex: &Lexicon, r: Range<usize>) -> Option<Range<usize>> {
    ((1..=3).contains(&r.len())
        && lex
            .place_country(&fold(&text.body[text.span(r.clone())]))
            .is_some())
    .then_some(r)
}
