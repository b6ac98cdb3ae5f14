//! Place: the city where the event took place, spelled as the text spells it; none for calls and messages.

mod bylines;
mod dateline;
mod report;
mod scan;
mod venue;

use std::cell::OnceCell;
use std::ops::Range;

use crate::extract::date;
use crate::extract::lexicon::{CountryForm, Lexicon};
use crate::extract::people::Cast;
use crate::extract::text::{title_case, Text};
use crate::model::{Confidence, EventDate, EventKind};

pub use dateline::stays;
use dateline::{abroad, dateline, filed_at, headed_by, in_brackets, lead_abroad, on_line};
use report::{
    dated_otherwise, held_in, in_exchange, margin, margins_in, met_in, named_again_in, said_at,
    stayed_at, told_before, visited, Scope,
};
use scan::in_tokens;

/// The sentences that report the event.
pub struct Reports<F: Fn(usize) -> Option<Range<usize>>> {
    /// The one that reports it first.
    pub main: Option<usize>,
    /// The tokens of the cue by which it reports it, when one does.
    pub cue: Option<Range<usize>>,
    /// The one that dates it.
    pub dated: Option<usize>,
    /// The event's date, when known.
    pub date: Option<EventDate>,
    /// The cue by which a sentence tells the exchange again with one of its parties: asked only
    /// of the few after the main one, and only when nothing before has placed the event.
    pub tells_again: F,
}

/// The place of the event reported by the main sentence (or by the one that dates it), or,
/// failing that, of the line that dates the release, of a sentence saying where the exchange was
/// held, of the wire's city when the report points to it, of a sentence that names the exchange
/// again ("À son arrivée à Conakry, X a été accueilli par Y"), of the headlines above the report
/// ("X à Paris : …", "Y reçu par X à Niamey", "Niamey : …") or of the dateline.
pub fn find(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    dates: &date::Dates,
    reports: &Reports<impl Fn(usize) -> Option<Range<usize>>>,
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
    let scope = Scope::new(cast, dates, reports.date);
    let reported = |s: usize| in_tokens(text, lex, &scope, text.sentences[s].tokens.clone(), true);
    let told = |s: usize, cue: Option<&Range<usize>>| in_exchange(text, lex, &scope, s, cue);
    // Several of the steps below ask it of the same sentences: each is answered once.
    let dated: Vec<OnceCell<bool>> = vec![OnceCell::new(); text.sentences.len()];
    let otherwise =
        |k: usize| *dated[k].get_or_init(|| dated_otherwise(text, dates, reports.date, k));
    // The two sentences after the report's that tell of the event's own day, and of those, the
    // ones that mark no other exchange.
    let next = || text.running(s + 1..s + 3).filter(|&k| !otherwise(k));
    let unmarked = || next().filter(|&k| !lex.sentence_marks_another(text, k));
    // A statement's lead tells the visit for all its articles, the one that reports far below.
    let statement = kind == EventKind::JointStatement;
    let at_home = |(place, _): &(String, Confidence)| {
        !(abroad(text, lex, s, place) || statement && lead_abroad(text, lex, place))
    };
    in_brackets(text, dates, tokens.clone())
        .filter(at_home)
        .or_else(|| told(s, reports.cue.as_ref()))
        .or_else(|| reports.dated.filter(|&d| d != s).and_then(reported))
        .or_else(|| visited(text, lex, s))
        .or_else(|| {
            let (line, _) = date::date_line(text, dates, 0..s)?;
            // "Islamabad: November 18, 2015" over a visit told to another country: where the
            // release was dated, not where the visit was.
            (on_line(text, lex, line).map(|p| (p, Confidence::Medium))).filter(at_home)
        })
        // Where a sentence says the exchange was held, rather than where a wire filed it.
        .or_else(|| {
            text.running(s..s + 4)
                .filter(|&k| !otherwise(k))
                .find_map(|k| held_in(text, lex, &scope, k))
        })
        .or_else(|| filed_at(text, lex, cast, dates, tokens.clone(), kind).filter(at_home))
        // "X held a meeting with Y. The two ministers met in New York …": the next sentence tells
        // where, naming no one.
        .or_else(|| unmarked().find_map(|k| met_in(text, lex, &scope, k)))
        .or_else(|| {
            (margin(text, tokens.clone()).is_some())
                .then(|| unmarked().find_map(|k| margins_in(text, lex, &scope, k)))
                .flatten()
        })
        // "X met Y on Monday. Speaking after the bilateral talks at the State House in Dar es
        // Salaam, X said …": the exchange named again, where it was held.
        .or_else(|| next().find_map(|k| named_again_in(text, lex, &scope, k, None)))
        // "At the meeting with his counterpart X in Lima, Y said …": with a party the report
        // names, a sentence far below it.
        .or_else(|| {
            (text.running(s + 3..text.sentences.len()))
                .filter(|&k| !otherwise(k))
                .find_map(|k| named_again_in(text, lex, &scope, k, Some(&tokens)))
        })
        .or_else(|| {
            text.running(s + 1..text.sentences.len())
                .take(3)
                .filter(|&k| !otherwise(k))
                .find_map(|k| told(k, Some(&(reports.tells_again)(k)?)))
        })
        .or_else(|| {
            // A stay is told wherever the report tells of the visit, often last ("La délégation
            // s'est dite satisfaite de son séjour à Bamako"), unless told in the pluperfect on
            // another day ("il s'était rendu à Accra le 21 juillet").
            let near = s.saturating_sub(2)..text.sentences.len();
            text.running(near)
                .filter(|&k| k != s)
                .filter(|&k| {
                    !(otherwise(k) && text.in_pluperfect(text.sentences[k].tokens.clone()))
                })
                .find_map(|k| stayed_at(text, lex, k))
        })
        // "President X received the Greek Minister Y. … X appreciated the Greek official's visit
        // to Bucharest": a visit told in the sentences after the report's is the one it reports.
        .or_else(|| {
            text.running(s + 1..text.sentences.len())
                .take(3)
                .filter(|&k| !otherwise(k) && !text.in_pluperfect(text.sentences[k].tokens.clone()))
                .find_map(|k| visited(text, lex, k))
        })
        // "Le second a dit, hier, à Genève, que …": where a party of the report, in its lead,
        // spoke of the exchange.
        .or_else(|| {
            text.running(s.saturating_sub(1)..s + 4)
                .filter(|&k| !otherwise(k))
                .find_map(|k| said_at(text, lex, &scope, text.sentences[k].tokens.clone()))
        })
        // "Consultations were held in Oslo. The delegations were led by X and Y": the lead
        // right before a report that names its parties.
        .or_else(|| {
            s.checked_sub(1)
                .filter(|&b| !otherwise(b))
                .and_then(|b| told_before(text, lex, &scope, b))
        })
        // The headlines and captions right over the report, past a page's stamp, then the
        // headlines the text opens with: a site's banners may stand above the one over the report.
        .or_else(|| {
            let heading = |k: &usize| text.sentences[*k].heading;
            // A photo's caption right over the report shows its parties where they met, the
            // venue's city included ("at State House, Nairobi").
            let caption = |k: &usize| text.sentences[*k].caption;
            let over: Vec<usize> = (0..s)
                .rev()
                .skip_while(|&k| !heading(&k) && date::stamps(text, dates, k))
                .take_while(|k| heading(k) || caption(k))
                .take(3)
                .collect();
            // Those the text opens with, unless already read as the ones over the report.
            let top = (0..s)
                .take_while(heading)
                .take(3)
                .filter(|k| !over.contains(k));
            // The items of a list under the headline sum up the story and its background ("- The
            // visit is believed to be connected with his treatment in London"): they place nothing.
            let item = |k: &usize| {
                matches!(
                    text.word(text.sentences[*k].tokens.start),
                    "-" | "–" | "•" | "*"
                )
            };
            (over.iter().copied())
                .chain(top)
                .filter(|k| !item(k))
                .find_map(|k| {
                    let h = &text.sentences[k];
                    in_tokens(text, lex, &scope, h.tokens.clone(), h.caption)
                        .or_else(|| in_brackets(text, dates, h.tokens.clone()))
                        .or_else(|| headed_by(text, lex, h.tokens.start))
                })
                .map(|(p, _)| (p, Confidence::Low))
                .filter(at_home)
        })
        .or_else(|| {
            let dated = reports.dated.map(|d| text.sentences[d].tokens.clone());
            dateline(text, lex, cast, dates, kind, [Some(tokens.clone()), dated]).filter(at_home)
        })
        // "X visits Washington DC": the city the visit a headline the text opens with is to,
        // where nothing else places the report.
        .or_else(|| {
            (0..s)
                .take_while(|&k| text.sentences[k].heading)
                .take(3)
                .find_map(|k| visited(text, lex, k))
                .map(|(p, _)| (p, Confidence::Low))
        })
        // "Le président X est arrivé jeudi à Nouakchott. … Les deux présidents se sont entretenus
        // à huis clos", "X paid an official visit to Islamabad. … X called on Y": where nothing
        // else places the report, a stay or a visit a sentence of the lead before it tells.
        .or_else(|| {
            text.running(0..s)
                .filter(|&k| !otherwise(k) && !text.in_pluperfect(text.sentences[k].tokens.clone()))
                .find_map(|k| stayed_at(text, lex, k).or_else(|| visited(text, lex, k)))
                .map(|(p, _)| (p, Confidence::Low))
        })
        .map(|(place, confidence)| (unshouted(&one_line(&place)), confidence))
}

/// The place on the line that dates a statement ("Islamabad: November 18, 2015"), unless the
/// statement's lead tells the visit in another country.
pub fn on_statement_line(text: &Text, lex: &Lexicon, line: usize) -> Option<String> {
    on_line(text, lex, line)
        .filter(|place| !lead_abroad(text, lex, place))
        .map(|place| unshouted(&place))
}

/// A place a hard-wrapped text's line break cuts ("Cité\ndu Vatican") on one line, its words
/// one space apart.
fn one_line(place: &str) -> String {
    place.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// The longest known place of up to six tokens starting at token `first` and ending by `end`
/// ("Washington, D.C.").
fn known_at<'a>(text: &Text<'a>, lex: &Lexicon, first: usize, end: usize) -> Option<&'a str> {
    known_from(text, lex, first, end).map(|(place, _)| place)
}

/// The known place `known_at` finds, and the token right after its name.
fn known_from<'a>(
    text: &Text<'a>,
    lex: &Lexicon,
    first: usize,
    end: usize,
) -> Option<(&'a str, usize)> {
    (1..=6).rev().filter(|&n| first + n <= end).find_map(|len| {
        let words = first..first + len;
        // The text's own folded span of the words, not a fold of them made again: asked up to
        // six times at every word a place may open.
        lex.place_country(text.folded_span(words.clone()))
            .map(|_| (&text.body[text.span(words)], first + len))
    })
}

/// The tokens that name `city` as a country's capital ("la capitale chinoise" for Pékin), the
/// first from token `from` on, else the first in the text: the place's evidence where the text
/// never writes the city's name.
pub fn naming_capital(text: &Text, lex: &Lexicon, city: &str, from: usize) -> Option<Range<usize>> {
    let end = text.tokens.len();
    let names = |first: usize| {
        capital_named(text, lex, first, end)
            .filter(|(named, _)| *named == city)
            .map(|(_, after)| first..after)
    };
    (from..end)
        .find_map(names)
        .or_else(|| (0..from).find_map(names))
}

/// The capital a country's demonym or name tells from token `first` on, after an article or
/// not, where no city's name follows to say which ("dans la capitale chinoise", "in the Kenyan
/// capital", "the Emirati capital", "la capitale du Sénégal", "the capital of Kenya"): that
/// country's capital as the text's language writes it, and the token after the phrase. A
/// demonym two countries share ("la capitale congolaise") tells none.
fn capital_named<'l>(
    text: &Text,
    lex: &'l Lexicon,
    first: usize,
    end: usize,
) -> Option<(&'l str, usize)> {
    let words = text.words;
    let article = |k: usize| k < end && words.definite.contains(&text.fw(k));
    let at = first + usize::from(article(first));
    let noun = (at..(at + 3).min(end)).find(|&k| words.places.capitals.contains(&text.fw(k)))?;
    // The one country the whole of tokens `r` names in one of `forms`.
    let country = |r: Range<usize>, forms: &[CountryForm]| {
        let folded = text.folded_span(r);
        let hits = lex.countries_in(folded);
        let mut codes = (hits.iter())
            .filter(|(span, hit)| *span == (0..folded.len()) && forms.contains(&hit.form))
            .map(|(_, hit)| hit);
        let hit = codes.next()?;
        let shared = hit.form == CountryForm::Demonym && !lex.namesakes(hit.code).is_empty();
        (codes.all(|c| c.code == hit.code) && !shared).then_some(hit.code)
    };
    // The country the tokens from `from` name, in up to `most` of them, and the token after.
    let named_from = |from: usize, most: usize, forms: &[CountryForm]| {
        (1..=most)
            .rev()
            .filter(|&n| from + n <= end)
            .find_map(|n| country(from..from + n, forms).map(|code| (code, from + n)))
    };
    let (code, after) = if noun > at {
        // "the Kenyan capital", "the South African capital", "the UAE capital".
        (
            country(at..noun, &[CountryForm::Demonym, CountryForm::Name])?,
            noun + 1,
        )
    } else if noun + 1 < end && words.genitives.contains(&text.fw(noun + 1)) {
        // "la capitale du Sénégal", "the capital of Kenya".
        let name = noun + 2 + usize::from(article(noun + 2));
        named_from(name, 3, &[CountryForm::Name])?
    } else {
        // "la capitale chinoise", "la capitale sud-africaine".
        named_from(noun + 1, 2, &[CountryForm::Demonym])?
    };
    // "in the Turkish capital, Ankara", "in the Chinese capital Peking": the city the text names
    // is its own.
    let known = |k: usize| k < end && known_at(text, lex, k, end).is_some();
    let comma = after < end && text.tokens[after].is_punct(',');
    let word = after < end && text.tokens[after].is_word() && text.capitalised(after);
    if word || known(after) || comma && known(after + 1) {
        return None;
    }
    let city = lex.gazetteer.country(code)?.capital_in(text.language)?;
    Some((city, after))
}

#[cfg(test)]
mod tests;
