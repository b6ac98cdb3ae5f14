//! Extraction: works out a readout's metadata from its text and the gazetteer; pure, total, never fails.
//!
//! The body is prepared once (`text`), the people it names are found once (`people`), then each field
//! is read by its own module: the main exchange and its kind (`event`, `kind`), the date (`date`), the
//! place (`place`), other exchanges (`secondary`) and the title (`title`).

use std::ops::Range;

use chrono::NaiveDate;

use crate::model::{
    Ambiguous, Confidence, CountryCode, EventDate, EventKind, Evidence, Field, Language,
    Participant, Role, SecondaryEvent,
};
pub use crate::model::{Entity, Mention};

pub mod cues;
pub mod date;
pub mod event;
pub mod issuer;
pub mod kind;
pub mod lang;
pub mod lexicon;
pub mod mentions;
pub mod participants;
pub mod people;
pub mod place;
pub mod resolve;
pub mod secondary;
pub mod text;
pub mod title;

pub use lexicon::Lexicon;

/// What the extractor is told beside the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// When the text was published (front matter `published`); anchors relative dates.
    pub published: Option<NaiveDate>,
    /// The language the text is written in, when known (front matter, folder defaults, the command
    /// line); else it is detected from the text.
    pub language: Option<Language>,
    /// The language of a text whose own is too uncertain to tell (`config.toml`).
    pub fallback: Language,
}

/// A remark on the text for a human reviewer, at a byte offset of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remark {
    pub offset: usize,
    pub message: String,
}

/// Everything the extractor found in one body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted {
    /// The language the text was read in: as told, else detected, else the fallback (low confidence).
    pub language: Field<Language>,
    pub date: Field<Option<EventDate>>,
    pub kind: Field<EventKind>,
    pub place: Field<Option<String>>,
    pub participants: Field<Vec<Participant>>,
    /// The participants' countries and those of counterparts left unnamed ("son homologue malien"), sorted.
    pub countries: Field<Vec<CountryCode>>,
    pub mentioned_people: Field<Vec<String>>,
    pub mentioned_countries: Field<Vec<CountryCode>>,
    pub secondary: Field<Vec<SecondaryEvent>>,
    pub title: Field<String>,
    /// The agency or outlet the text names as its own (`issuer::find`): high confidence when it
    /// signs the text, low when the text merely names it.
    pub issuer: Field<Option<String>>,
    /// The words each field was read from, in the order of the fields above.
    pub evidence: Vec<Evidence>,
    /// Every person, country and organisation named, in body order. Spans may overlap
    /// ("mécanisme Chine-Asie centrale" holds "Chine"); `mentions::linkable` chooses among them.
    /// A country's combining form is one mention with the word it joins: "sino-kazakhes" is
    /// Kazakhstan (see `mentions::compounds`).
    pub mentions: Vec<Mention>,
    /// Names that could be any of several known people, in body order.
    pub ambiguous: Vec<Ambiguous>,
    /// The titles written by people's names, in body order (`people::roles`).
    pub roles: Vec<Role>,
    pub remarks: Vec<Remark>,
}

/// How many of its opening sentences a joint statement says the day it was issued in.
const ISSUED_WITHIN: usize = 6;

/// Reads one body.
pub fn extract(body: &str, lexicon: &Lexicon, context: &Context) -> Extracted {
    let language = lang::of(body, context);
    let text = text::Text::in_language(body, language.value);
    let issuer = issuer::find(&text, lexicon);
    let folded_countries = lexicon.countries_in(&text.folded.text);
    // The country a bare title ("le président de la République") stands for: the dateline's
    // city's, else that of the agency that signs the text, else the one its envoys are posted to.
    let dates = date::Dates::of(&text, context.published);
    let home = date::dateline_city(&text, lexicon, &dates)
        .or_else(|| {
            let signed = issuer.as_ref().filter(|f| f.signed)?;
            lexicon.gazetteer.issuers[signed.issuer].country
        })
        .or_else(|| people::host_of_envoy(&text, &folded_countries));
    let cast = people::find(&text, lexicon, home);
    let mut main = event::main(&text, lexicon, &cast);
    let heads = participants::delegation_heads(&text, &cast, &main, &folded_countries);
    for head in &heads {
        if !main.people.contains(&head.person) {
            main.people.push(head.person);
        }
    }
    // A statement is dated and placed by the line under its title, past a page's stamp, or the one
    // right over it, else by its title, else by the line it is signed with.
    // A joint statement's opening lines may say the day it was issued, over the visit it closes.
    let issued = || {
        (main.kind == EventKind::JointStatement)
            .then(|| date::issued_on(&text, &dates, 0..ISSUED_WITHIN))
            .flatten()
    };
    let titled = main.title.and_then(|t| {
        let under = (t + 1..text.sentences.len())
            .find(|&k| !date::stamps(&text, &dates, k))
            .unwrap_or(t + 1);
        date::date_line(&text, &dates, under..under + 2)
            .or_else(|| date::date_line(&text, &dates, t.saturating_sub(1)..t))
            .or_else(|| issued().map(|(_, found)| (t, found)))
            .or_else(|| date::title_dated(&text, &dates, t))
    });
    let signed = || {
        (main.kind == EventKind::JointStatement)
            .then(|| date::signed_line(&text, &dates))
            .flatten()
    };
    // The sentence that tells the day a statement was issued places nothing: it is often a
    // dispatch's lead under its dateline ("Minsk, 28 juin (VNA) - … ont publié le 27 juin une
    // déclaration commune").
    let (statement, found_date) = match titled.or_else(signed) {
        Some((line, found)) => (Some(line), found),
        None => (
            None,
            match issued() {
                Some((_, found)) => found,
                None => date::event_date(
                    &text,
                    &dates,
                    // A report whose own words name no exchange ("X and Y affirmed the ties …") is
                    // dated by the first sentence that does, though it names no party ("The two
                    // countries held their consultations yesterday, February 19").
                    match main.cue {
                        Some(_) => main.sentence,
                        None => event::first_cued(&text, lexicon)
                            .map_or(main.sentence, |(s, _)| Some(s)),
                    },
                    main.cue.as_ref().map(|c| c.start),
                    context.published,
                    &|s| {
                        event::restates(&text, lexicon, &cast, &main, s)
                            || event::announces_series(&text, s)
                    },
                    &|s| {
                        lexicon.sentence_opens_another(&text, s)
                            || event::tells_another(&text, lexicon, &cast, &main, s)
                    },
                ),
            },
        ),
    };
    let dated = (found_date.tokens.as_ref())
        .and_then(|t| (text.sentences.iter()).position(|s| s.tokens.contains(&t.start)));
    let reports = place::Reports {
        main: main.sentence,
        cue: main.cue.clone(),
        dated,
        date: found_date.date,
        tells_again: |k| event::tells_again(&text, lexicon, &cast, &main, k),
    };
    // A statement's date line seldom names a place: its report of the meeting then does.
    let place = statement
        .and_then(|line| place::on_statement_line(&text, lexicon, line))
        .map(|p| (p, Confidence::High))
        .or_else(|| place::find(&text, lexicon, &cast, &dates, &reports, main.kind));
    let secondary: Vec<SecondaryEvent> = secondary::find(&text, lexicon, &cast, &main)
        .into_iter()
        .map(|e| SecondaryEvent {
            kind: e.kind,
            participants: participants::listed(&cast, &e.people),
        })
        .collect();

    let mut remarks: Vec<Remark> = found_date
        .remarks
        .into_iter()
        .map(|(offset, message)| Remark { offset, message })
        .collect();
    let event_offset = main
        .sentence
        .map_or(0, |s| text.span(text.sentences[s].tokens.clone()).start);
    let mut who = participants::listed(&cast, &main.people);
    for (who, p) in who.iter_mut().zip(&main.people) {
        let head = heads.iter().find(|h| h.person == *p);
        // Whose envoy a party is tells their country before the dateline's default does.
        let own = who.country.filter(|_| !cast.people[*p].homed);
        who.country = (own.or(head.and_then(|h| h.country)))
            .or_else(|| participants::sender_country(&text, &cast, *p))
            .or(who.country);
    }
    let grounds = participants::Grounds {
        text: &text,
        lex: lexicon,
        cast: &cast,
        event: &main,
        hits: &folded_countries,
    };
    participants::worked_out(grounds, &mut who);
    // "le vice-président du Conseil départemental de La Réunion": an overseas department's
    // official is of the state it is part of.
    for p in &mut who {
        p.country = p.country.map(|c| lexicon.gazetteer.sovereign(c));
    }
    let mut countries: Vec<CountryCode> = who
        .iter()
        .filter_map(|p| p.country)
        .chain(main.unnamed.iter().map(|&c| lexicon.gazetteer.sovereign(c)))
        .collect();
    countries.sort();
    countries.dedup();
    for code in &main.unnamed {
        remarks.push(Remark {
            offset: event_offset,
            message: format!("a counterpart from {code} is not named"),
        });
    }
    let who_confidence = if who.is_empty() {
        remarks.push(Remark {
            offset: event_offset,
            message: "no participant found".into(),
        });
        Confidence::Low
    } else {
        main.people
            .iter()
            .map(|&p| cast.people[p].confidence)
            .min()
            .unwrap_or(Confidence::Low)
    };
    let kind_confidence = if main.cued {
        Confidence::High
    } else {
        Confidence::Low
    };
    let (place_value, place_confidence) = match place {
        Some((p, c)) => (Some(p), c),
        None => (None, Confidence::Medium),
    };
    let title = title::compose(
        &text.words.titles,
        main.kind,
        &who,
        place_value.as_deref(),
        body,
    );

    let country_hits: Vec<(Range<usize>, lexicon::CountryHit)> = folded_countries
        .into_iter()
        // A country's name is a proper noun: "la réunion ministérielle" does not name La Réunion.
        .filter(|(r, hit)| hit.form != lexicon::CountryForm::Name || text.proper(r.clone()))
        .map(|(r, hit)| (text.folded.body_span(r), hit))
        .collect();
    let mut mentions: Vec<Mention> = cast
        .mentions
        .iter()
        .map(|m| Mention {
            span: text.span(m.name.clone()),
            entity: Entity::Person(cast.people[m.person].name.clone()),
        })
        .chain(mentions::compounds(body, &country_hits))
        .chain(
            lexicon
                .organisations_in(body, &text.folded)
                .into_iter()
                .map(|(span, org)| Mention {
                    span,
                    entity: Entity::Organisation(lexicon.gazetteer.organisations[org].key.clone()),
                }),
        )
        .collect();
    mentions.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.entity).cmp(&(b.span.start, b.span.end, &b.entity))
    });
    let ambiguous = cast
        .ambiguous
        .iter()
        .map(|a| {
            let mut candidates: Vec<String> = a
                .candidates
                .iter()
                .map(|&p| lexicon.gazetteer.people[p].name.clone())
                .collect();
            candidates.sort();
            Ambiguous {
                span: text.span(a.name.clone()),
                phrase: text.span(a.phrase.clone()),
                candidates,
            }
        })
        .collect();
    // "Mentioned" means merely mentioned: whoever took part in an event, and their countries, is not.
    let took_part: Vec<&Participant> = who
        .iter()
        .chain(secondary.iter().flat_map(|e| &e.participants))
        .collect();
    let mut mentioned_people: Vec<String> = cast
        .people
        .iter()
        .map(|p| p.name.clone())
        .filter(|name| !took_part.iter().any(|p| p.name == *name))
        .collect();
    mentioned_people.sort();
    mentioned_people.dedup();
    let mut mentioned_countries: Vec<CountryCode> = country_hits
        .iter()
        .map(|(_, hit)| hit.code)
        .filter(|c| !countries.contains(c) && !took_part.iter().any(|p| p.country == Some(*c)))
        .collect();
    mentioned_countries.sort();
    mentioned_countries.dedup();

    let sentence_span = main
        .sentence
        .map(|s| text.span(text.sentences[s].tokens.clone()));
    // The place as the text writes it, else however it writes it ("RABAT, 12 mars"), else the
    // words that name it as a country's capital ("dans la capitale chinoise").
    let place_span = place_value.as_deref().and_then(|p| {
        let from = sentence_span.as_ref().map_or(0, |s| s.start);
        let at = body[from..]
            .find(p)
            .map(|i| i + from)
            .or_else(|| body.find(p));
        at.map(|at| at..at + p.len())
            .or_else(|| text.find_folded(p, from))
            .or_else(|| {
                let first = main.sentence.map_or(0, |s| text.sentences[s].tokens.start);
                place::naming_capital(&text, lexicon, p, first).map(|t| text.span(t))
            })
    });
    let people_span = |people: &[usize]| {
        let spans: Vec<Range<usize>> = cast
            .mentions
            .iter()
            .filter(|m| people.contains(&m.person))
            .map(|m| text.span(m.name.clone()))
            .filter(|s| sentence_span.as_ref().is_none_or(|e| s.start >= e.start))
            .collect();
        let start = spans.iter().map(|s| s.start).min()?;
        Some(start..spans.iter().map(|s| s.end).max()?)
    };
    let evidence = [
        ("date", found_date.tokens.clone().map(|t| text.span(t))),
        ("kind", main.cue.clone().map(|k| text.span(k))),
        ("place", place_span),
        (
            "participants",
            people_span(&main.people).or(sentence_span.clone()),
        ),
        ("countries", sentence_span),
        (
            "issuer",
            issuer.as_ref().map(|f| text.span(f.tokens.clone())),
        ),
    ]
    .into_iter()
    .filter_map(|(field, span)| Some(Evidence { field, span: span? }))
    .collect();
    let issuer = match issuer {
        Some(f) => Field::extracted(
            Some(lexicon.gazetteer.issuers[f.issuer].name.clone()),
            if f.signed {
                Confidence::High
            } else {
                Confidence::Low
            },
        ),
        None => Field::extracted(None, Confidence::Medium),
    };

    let title_confidence = who_confidence.min(kind_confidence).min(place_confidence);
    Extracted {
        language,
        date: Field::extracted(found_date.date, found_date.confidence),
        kind: Field::extracted(main.kind, kind_confidence),
        place: Field::extracted(place_value, place_confidence),
        participants: Field::extracted(who, who_confidence),
        countries: Field::extracted(countries, who_confidence),
        mentioned_people: Field::extracted(mentioned_people, Confidence::Medium),
        mentioned_countries: Field::extracted(mentioned_countries, Confidence::High),
        secondary: Field::extracted(secondary, Confidence::Low),
        title: Field::extracted(title, title_confidence),
        issuer,
        evidence,
        mentions,
        ambiguous,
        roles: people::roles(&text, lexicon, &cast),
        remarks,
    }
}

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
