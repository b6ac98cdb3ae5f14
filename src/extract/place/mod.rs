//! Place: the city where the event took place, spelled as the text spells it; none for calls and messages.

use std::ops::Range;

use crate::extract::date;
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::people::Cast;
use crate::extract::text::{fold, title_case, Text};
use crate::model::{Confidence, EventKind};

/// The sentences that report the event.
pub struct Reports<F: Fn(usize) -> bool> {
    /// The one that reports it first.
    pub main: Option<usize>,
    /// The one that dates it.
    pub dated: Option<usize>,
    /// Whether a sentence tells the exchange again with one of its parties: asked only of the
    /// few after the main one, and only when nothing before has placed the event.
    pub tells_again: F,
}

/// The place of the event reported by the main sentence (or by the one that dates it), or,
/// failing that, of the line that dates the release, of the wire's city when the report points to
/// it, of a sentence that names the exchange again ("À son arrivée à Conakry, X a été accueilli
/// par Y"), of the headlines above the report ("X à Paris : …", "Y reçu par X à Niamey",
/// "Niamey : …") or of the dateline.
pub fn find(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    dates: &date::Dates,
    reports: &Reports<impl Fn(usize) -> bool>,
    kind: EventKind,
) -> Option<(String, Confidence)> {
    if matches!(
        kind,
        EventKind::PhoneCall | EventKind::VideoCall | EventKind::Message
    ) {
        return None;
    }
    let s = reports.main?;
    let tokens = text.sentences.get(s)?.tokens.clone();
    let reported = |s: usize| in_tokens(text, lex, cast, text.sentences[s].tokens.clone(), true);
    in_brackets(text, dates, tokens.clone())
        .or_else(|| reported(s))
        .or_else(|| reports.dated.filter(|&d| d != s).and_then(reported))
        .or_else(|| {
            let (line, _) = date::date_line(text, dates, 0..s)?;
            on_line(text, lex, line).map(|p| (p, Confidence::Medium))
        })
        .or_else(|| filed_at(text, lex, tokens.clone()))
        .or_else(|| {
            (s + 1..text.sentences.len())
                .filter(|&k| !text.sentences[k].heading && !text.sentences[k].caption)
                .take(3)
                .filter(|&k| !dated_otherwise(text, dates, reports.dated, k))
                .filter(|&k| (reports.tells_again)(k))
                .find_map(reported)
        })
        .or_else(|| {
            (s..text.sentences.len().min(s + 4))
                .filter(|&k| !text.sentences[k].heading && !text.sentences[k].caption)
                .filter(|&k| !dated_otherwise(text, dates, reports.dated, k))
                .find_map(|k| held_in(text, lex, cast, k))
        })
        .or_else(|| {
            let near = s.saturating_sub(2)..text.sentences.len().min(s + 4);
            near.filter(|&k| k != s && !text.sentences[k].heading && !text.sentences[k].caption)
                .find_map(|k| stayed_at(text, lex, k))
        })
        .or_else(|| {
            let headlines = text.sentences[..s].iter().take_while(|h| h.heading);
            headlines
                .take(3)
                .find_map(|h| {
                    in_tokens(text, lex, cast, h.tokens.clone(), false)
                        .or_else(|| in_brackets(text, dates, h.tokens.clone()))
                        .or_else(|| headed_by(text, lex, h.tokens.start))
                })
                .map(|(p, _)| (p, Confidence::Low))
        })
        .or_else(|| {
            let dated = reports.dated.map(|d| text.sentences[d].tokens.clone());
            dateline(text, lex, dates, kind, [Some(tokens.clone()), dated])
        })
        .map(|(place, confidence)| (unshouted(&place), confidence))
}

/// Whether sentence `s` writes a day other than the one that dates the event ("À la veille de
/// l'Assemblée générale, qui s'ouvre le 19 septembre à New York, X était venu voir Y"): the
/// places it names are those of that other day's event.
fn dated_otherwise(text: &Text, dates: &date::Dates, dated: Option<usize>, s: usize) -> bool {
    let in_sentence = |s: usize| {
        let tokens = text.sentences[s].tokens.clone();
        (dates.all.iter()).filter(move |d| tokens.contains(&d.tokens.start))
    };
    let Some(day) = dated.and_then(|d| in_sentence(d).next()) else {
        return false;
    };
    in_sentence(s).any(|d| (d.month, d.day) != (day.month, day.day))
}

/// The known city a sentence tells a party's stay or journey to, in the two before the report or
/// the three after it ("La délégation séjourne à Lomé", "Elle a fait le déplacement de Niamey",
/// "À son arrivée à Dakar, …"): where the exchange took place.
fn stayed_at(text: &Text, lex: &Lexicon, sentence: usize) -> Option<(String, Confidence)> {
    let tokens = text.sentences[sentence].tokens.clone();
    let words = text.words;
    let to = |k: usize| text.introduces_place(k) || words.venue_joiners.contains(&text.fw(k));
    // "à la suite de son récent séjour à Lomé": a stay before the exchange.
    let earlier = |k: usize| {
        (k.saturating_sub(4).max(tokens.start)..k).any(|p| words.earlier.contains(&text.fw(p)))
    };
    (tokens.clone())
        .filter(|&k| words.stays.contains(&text.fw(k)) && to(k + 1) && !earlier(k))
        .find_map(|k| {
            known_at(text, lex, k + 2, tokens.end)
                .or_else(|| venue_city(text, lex, k + 2, tokens.end))
        })
        .map(|place| (place.to_string(), Confidence::Medium))
}

/// The place sentence `s` says an exchange it names was held in, known or not ("During the
/// meeting, held at the ministry's headquarters in Abu Dhabi, …", "At the meeting held in
/// Katoomba, …", "La rencontre s'est tenue à Kara"): a preposition of place a few words after
/// the word of holding.
fn held_in(text: &Text, lex: &Lexicon, cast: &Cast, s: usize) -> Option<(String, Confidence)> {
    let tokens = text.sentences[s].tokens.clone();
    let held = (tokens.clone()).find(|&k| text.words.held.contains(&text.fw(k)))?;
    let named = lex.kind_cues(text.folded_span(tokens.start..held), text.language);
    if named.is_empty() {
        return None;
    }
    let after = held + 1..(held + 10).min(tokens.end);
    in_tokens(text, lex, cast, after.clone(), true).or_else(|| {
        let k = after.clone().find(|&k| text.introduces_place(k))?;
        let city = unknown_city(text, lex, cast, k + 1, after.end)?;
        Some((text.body[text.span(city)].to_string(), Confidence::Medium))
    })
}

/// Up to three capitalised words from token `first` that are no one's name, no country, article
/// or month: a city the gazetteer does not know.
fn unknown_city(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    first: usize,
    end: usize,
) -> Option<Range<usize>> {
    let named = |k: usize| cast.mentions.iter().any(|m| m.name.contains(&k));
    let word = |k: usize| {
        k < end
            && text.tokens[k].is_word()
            && text.capitalised(k)
            && !named(k)
            && !text.words.not_places.contains(&text.fw(k))
            && !text.words.is_calendar_word(text.fw(k))
    };
    let last = (first..(first + 3).min(end))
        .take_while(|&k| word(k))
        .last()?;
    let city = first..last + 1;
    lex.countries_in(text.folded_span(city.clone()))
        .is_empty()
        .then_some(city)
}

/// The known city a headline opens with before a colon, as news sites place what they report
/// ("Niamey : le président a reçu l'envoyé spécial").
fn headed_by(text: &Text, lex: &Lexicon, start: usize) -> Option<(String, Confidence)> {
    let city = date::place_at(text, lex, start).filter(|c| text.tokens[c.end].is_punct(':'))?;
    Some((text.body[text.span(city)].to_string(), Confidence::Low))
}

/// The known city a venue opening at token `from` is named after ("l'aéroport international de
/// Lomé", "le palais présidentiel de Niamey").
fn venue_city<'a>(text: &Text<'a>, lex: &Lexicon, from: usize, end: usize) -> Option<&'a str> {
    let words = text.words;
    let venue = (from..(from + 3).min(end)).find(|&k| words.venues.contains(&text.fw(k)))?;
    let joiner =
        (venue + 1..(venue + 4).min(end)).find(|&k| words.venue_joiners.contains(&text.fw(k)))?;
    known_at(text, lex, joiner + 1, end)
}

/// A place in capitals, as datelines write it ("MANILA", "PORT-AU-PRINCE"), in the capitals of
/// running text ("Manila", "Port-au-Prince"): each word's first letter but the short words that
/// join the others; abbreviations ("D.C.") as written.
fn unshouted(place: &str) -> String {
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3
        || place.chars().any(char::is_lowercase)
    {
        return place.to_string();
    }
    let mut out = String::with_capacity(place.len());
    let mut first = true;
    for word in place.split_inclusive([' ', '-', '\'']) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if word.contains('.') {
            out.push_str(word);
        } else if letters <= 2 && !first && !word.ends_with('\'') {
            out.push_str(&word.to_lowercase());
        } else {
            out.push_str(&title_case(word));
        }
        first = false;
    }
    out
}

/// The place of a "(Erbil, 23/04/2025)" that closes the sentence's title of an item, or a
/// headline ("Entretien de X avec Y (Paris, 19 décembre 2017)").
fn in_brackets(
    text: &Text,
    dates: &date::Dates,
    tokens: Range<usize>,
) -> Option<(String, Confidence)> {
    (dates.all.iter())
        .filter(|d| tokens.contains(&d.tokens.start))
        .find_map(|d| date::place_in_brackets(text, d))
        .map(|p| (text.body[text.span(p)].to_string(), Confidence::High))
}

/// The city a wire's report opens with, where the dispatch was filed, when it is where the event
/// took place: in capitals right before the report, as agencies mark it ("DOHA: The Amir …
/// received …", "MANILA - …", on the text's first line or opening the report below a headline;
/// not a release's "OTTAWA, le 6 avril /CNW/ -"), or named again by the report as "here"
/// ("Colombo, Mar 29 (PTI) … meeting here").
fn filed_at(text: &Text, lex: &Lexicon, report: Range<usize>) -> Option<(String, Confidence)> {
    let opens_report = |c: &Range<usize>| {
        let sep = date::after_country(text, lex, c);
        matches!(text.word(sep), ":" | "-" | "–" | "—").then_some(sep)
    };
    let start = date::after_stamp(text, report.start);
    let city = date::place_at(text, lex, start)
        .filter(|c| opens_report(c).is_some())
        .or_else(|| date::dateline_place(text, lex))?;
    let sep = opens_report(&city);
    // "Niamey- Le président …": a dash glued to the city marks a wire's dateline too; so does
    // the city's country named before the colon ("Doha, Qatar: The Amir …").
    let glued = sep.is_some_and(|k| text.tokens[k].glued || k > city.end) && city.start == start;
    let written = &text.body[text.span(city.clone())];
    let capitals = sep.is_some() && written.chars().all(|c| !c.is_lowercase()) || glued;
    let here = report
        .clone()
        .any(|k| text.words.here.contains(&text.fw(k)));
    // "Muscat [Oman], February 16 (ANI): X met Y … in Oman": the report places the event in the
    // country of the city, which the wire then names.
    let country = lex.place_country(&fold(written));
    let in_its_country = || {
        report.clone().any(|k| {
            text.introduces_place(k)
                && k + 1 < report.end
                && text.capitalised(k + 1)
                && (lex
                    .countries_in(text.folded_span(k + 1..(k + 5).min(report.end)))
                    .first())
                .is_some_and(|(r, hit)| {
                    r.start == 0 && hit.form == CountryForm::Name && Some(hit.code) == country
                })
        })
    };
    // "Hanoï (VNA) – Le président … a reçu …": the city a national agency signs its dispatch
    // from, undated, places the audience as a dated signed dateline does.
    let signed = text.words.signed_datelines_place
        && text.tokens[city.end].is_punct('(')
        && matches!(
            text.word(date::after_credit(text, city.end)),
            "-" | "–" | "—"
        );
    (capitals || here || signed || in_its_country())
        .then(|| (written.to_string(), Confidence::Medium))
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
fn dateline(
    text: &Text,
    lex: &Lexicon,
    dates: &date::Dates,
    kind: EventKind,
    reports: [Option<Range<usize>>; 2],
) -> Option<(String, Confidence)> {
    opening(text, lex).or_else(|| {
        if kind == EventKind::JointStatement {
            return None;
        }
        let d = dates.dateline.as_ref()?;
        let line = (0..=d.tokens.start)
            .rev()
            .find(|&k| k == 0 || text.tokens[k].newline_before)?;
        let signed = text.words.signed_datelines_place
            && (text.tokens.get(d.tokens.end)).is_some_and(|t| t.is_punct('('));
        let ends_line = text
            .tokens
            .get(d.tokens.end)
            .is_none_or(|t| t.newline_before)
            || wire_ends_line(text, d.tokens.end);
        let city = date::place_at(text, lex, line).filter(|c| text.tokens[c.end].is_punct(','))?;
        // "Addis Ababa, August 11, 2023 (Addis Walta) Ethiopian Prime Minister X received …": the
        // agency's credit may stand between the date and the report when the report names the
        // city's country, as a national agency's report of its host does; an international wire
        // merely files from there ("WASHINGTON, Nov 19 (Reuters) - X met Y").
        let opens = date::after_credit(text, d.tokens.end);
        let credited = opens > d.tokens.end;
        let dash = matches!(text.word(opens), "-" | "–" | "—");
        let country = lex.place_country(&fold(&text.body[text.span(city.clone())]));
        let hosted = |r: &Range<usize>| {
            (lex.countries_in(text.folded_span(r.clone())).iter())
                .any(|(_, hit)| Some(hit.code) == country)
        };
        let audience = kind == EventKind::Meeting
            && (dash || credited)
            && (reports.iter().flatten())
                .any(|r| r.contains(&(opens + usize::from(dash))) && (!credited || hosted(r)));
        (signed || ends_line || audience)
            .then(|| (text.body[text.span(city)].to_string(), Confidence::Medium))
    })
}

/// Whether token `k` opens the wire's name that ends a dateline's line after a comma, as national
/// agencies sign theirs ("Baku, December 2, AZERTAC"): the date ends the line all the same.
fn wire_ends_line(text: &Text, k: usize) -> bool {
    let line_end = |k: usize| text.tokens.get(k).is_none_or(|t| t.newline_before);
    k + 1 < text.tokens.len()
        && text.tokens[k].is_punct(',')
        && !text.tokens[k + 1].newline_before
        && date::wire_name(text, k + 1)
        && line_end(k + 2)
}

/// A first line that is a known place, or opens with one before a comma.
fn opening(text: &Text, lex: &Lexicon) -> Option<(String, Confidence)> {
    let first = text.sentences.first().filter(|s| s.heading)?.tokens.clone();
    // A first line that is only a known place ("New York", then the date below it).
    let whole = text.span(first.clone());
    if lex
        .place_country(&fold(&text.body[whole.clone()]))
        .is_some()
    {
        return Some((text.body[whole].to_string(), Confidence::Medium));
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

fn in_tokens(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    tokens: std::ops::Range<usize>,
    palaces: bool,
) -> Option<(String, Confidence)> {
    let named = |k: usize| cast.mentions.iter().any(|m| m.name.contains(&k));
    for k in tokens.clone() {
        // "in the German city of Bonn", "dans la ville portuaire de Tanger", "in capital Ankara":
        // a city by what the text calls it.
        let of = (text.words.city_of.iter()).find_map(|&(w, of)| match of {
            _ if text.fw(k) != w => None,
            "" => Some(k),
            _ => (k + 1..k + 3).find(|&j| text.fw(j) == of),
        });
        let city = of.map_or(tokens.end, |j| j + 1);
        if city < tokens.end && text.capitalised(city) && !named(city) {
            let place = known_at(text, lex, city, tokens.end).unwrap_or(text.word(city));
            return Some((place.to_string(), Confidence::High));
        }
        // "au Palais du peuple de Bamako-Koulouba", "à l'aéroport international Niamey-Sud": a
        // venue's name that holds its city.
        if palaces
            && text.capitalised(k)
            && text.word(k).contains('-')
            && (k.saturating_sub(5)..k)
                .any(|p| p >= tokens.start && text.words.venues.contains(&text.fw(p)))
        {
            if let Some(city) = city_in_compound(lex, text.word(k)) {
                return Some((city.to_string(), Confidence::High));
            }
        }
        // "at State House Nairobi": a known city right after a venue's name.
        let words = text.words;
        if palaces && text.capitalised(k) && words.venues.contains(&text.fw(k)) {
            if let Some(city) = known_at(text, lex, k + 1, tokens.end) {
                return Some((city.to_string(), Confidence::High));
            }
        }
        let introduces = text.introduces_place(k);
        // "au palais de Carthage", "au Palais de l’Unité de Yaoundé", "at State House, Nairobi":
        // the city after a venue.
        let palace = palaces
            && words.venue_joiners.contains(&text.fw(k))
            && (k.saturating_sub(5)..k)
                .any(|p| p >= tokens.start && words.venues.contains(&text.fw(p)));
        let site = introduces || words.sites.contains(&text.fw(k));
        if !(site || palace) || k + 1 >= tokens.end {
            continue;
        }
        // "l'ambassadrice extraordinaire et plénipotentiaire du Ghana à Dakar": a mission's title
        // runs on to its seat, up to the comma that closes it.
        let mission = (k.saturating_sub(10).max(tokens.start)..k)
            .rev()
            .take_while(|&p| !text.tokens[p].is_punct(','))
            .any(|p| words.missions.contains(&text.fw(p)));
        if mission {
            continue;
        }
        let first = k + 1;
        if !text.capitalised(first) {
            continue;
        }
        if site && !named(first) {
            if let Some(city) = before_country(text, lex, first, tokens.end) {
                return Some((text.body[text.span(city)].to_string(), Confidence::High));
            }
        }
        if !(introduces || palace) {
            continue;
        }
        // A known place, its article included ("à La Haye"), even where a name runs on from it
        // ("a reçu à Phnom Penh Tom Ward": the guest comes after the place), else one
        // capitalised word after "à" that is no article, possessive or month ("à Sa Majesté").
        if let Some(place) = known_at(text, lex, first, tokens.end) {
            return Some((place.to_string(), Confidence::High));
        }
        if named(first) {
            continue;
        }
        if text.words.not_places.contains(&text.fw(first))
            || text.words.is_calendar_word(text.fw(first))
        {
            continue;
        }
        // "at State House, Entebbe": the word a comma sets after a venue is its city, known or
        // not, in either language.
        let after_venue = palace && text.tokens[k].is_punct(',');
        let is_country = !lex.countries_in(text.fw(first)).is_empty();
        if (introduces && text.words.unknown_places || after_venue)
            && !is_country
            && text.tokens[first].is_word()
            && lex.by_surname(text.fw(first)).is_empty()
        {
            let next_is_name = text.capitalised(first + 1) && first + 1 < tokens.end;
            if !next_is_name {
                return Some((text.word(first).to_string(), Confidence::Medium));
            }
        }
    }
    None
}

/// "at Nuvara Eliya, Sri Lanka": up to three capitalised words that a comma sets before the name of
/// a country, starting at token `first`, are a city of that country, known or not.
fn before_country(text: &Text, lex: &Lexicon, first: usize, end: usize) -> Option<Range<usize>> {
    (1..=3).find_map(|n| {
        let comma = first + n;
        let words = (first..comma).all(|k| text.tokens[k].is_word() && text.capitalised(k));
        if comma + 1 >= end || !words || !text.tokens[comma].is_punct(',') {
            return None;
        }
        let after = text.folded_span(comma + 1..(comma + 4).min(end));
        let country = (lex.countries_in(after).first())
            .is_some_and(|(r, hit)| r.start == 0 && hit.form == CountryForm::Name);
        let city_is_country = !lex.countries_in(text.folded_span(first..comma)).is_empty();
        (country && !city_is_country).then_some(first..comma)
    })
}

/// The known place a hyphenated name is, opens or ends with ("Bamako-Koulouba", "Niamey-Sud").
fn city_in_compound<'a>(lex: &Lexicon, word: &'a str) -> Option<&'a str> {
    let hyphens = word.match_indices('-').map(|(i, _)| i);
    let parts = hyphens.flat_map(|i| [&word[..i], &word[i + 1..]]);
    std::iter::once(word)
        .chain(parts)
        .find(|part| lex.place_country(&fold(part)).is_some())
}

/// The longest known place of up to six tokens starting at token `first` and ending by `end`
/// ("Washington, D.C.").
fn known_at<'a>(text: &Text<'a>, lex: &Lexicon, first: usize, end: usize) -> Option<&'a str> {
    (1..=6).rev().filter(|&n| first + n <= end).find_map(|len| {
        let span = text.span(first..first + len);
        let place = &text.body[span];
        lex.place_country(&fold(place)).map(|_| place)
    })
}

/// The first known place on a line that dates a statement ("May 7, 2008 Tokyo").
pub fn on_line(text: &Text, lex: &Lexicon, sentence: usize) -> Option<String> {
    let tokens = text.sentences.get(sentence)?.tokens.clone();
    tokens
        .clone()
        .find_map(|k| known_at(text, lex, k, tokens.end))
        .map(str::to_string)
}

#[cfg(test)]
mod tests;
