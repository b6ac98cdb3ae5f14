//! Front matter: the TOML block between `+++` lines that lets a human correct any field.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Position};
use crate::gazetteer::Gazetteer;
use crate::model::{
    paragraphs, slugify, CountryCode, EventDate, EventKind, Language, Note, Participant,
    SecondaryEvent,
};

/// What a human wrote about a readout. Every field is optional; a field that is present wins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub id: Option<String>,
    pub slug: Option<String>,
    pub title: Option<String>,
    /// `Some(None)` when the front matter says the text has no date (`date = ""`).
    pub date: Option<Option<EventDate>>,
    /// When the text was published; anchors relative dates such as "hier".
    pub published: Option<NaiveDate>,
    pub kind: Option<EventKind>,
    /// The language the text is written in, when a human says so.
    pub language: Option<Language>,
    /// `Some(None)` when the front matter says there is no place (`place = ""`).
    pub place: Option<Option<String>>,
    pub participants: Option<Vec<Participant>>,
    pub mentioned_people: Option<Vec<String>>,
    pub mentioned_countries: Option<Vec<CountryCode>>,
    pub secondary: Option<Vec<SecondaryEvent>>,
    pub publisher: Option<String>,
    pub source: Option<String>,
    /// Why the readout was taken down; its URL keeps a notice.
    pub withdrawn: Option<String>,
    /// Editors' notes on paragraphs, each on a paragraph the body has.
    pub notes: Vec<Note>,
    /// Mentions pinned to a person: (the mention as written, the person's canonical name).
    pub mentions: Vec<(String, String)>,
    /// The id of the readout this one translates, with where the id is written, so that an id
    /// no readout has is reported there.
    pub translation_of: Option<(String, Position)>,
}

/// The keys a front matter may hold, with the meaning README.md documents.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: Option<Spanned<String>>,
    slug: Option<Spanned<String>>,
    title: Option<String>,
    date: Option<Spanned<toml::Value>>,
    published: Option<Spanned<toml::Value>>,
    kind: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    place: Option<String>,
    participants: Option<Vec<RawParticipant>>,
    mentioned_people: Option<Vec<String>>,
    mentioned_countries: Option<Vec<Spanned<String>>>,
    secondary: Option<Vec<RawSecondary>>,
    publisher: Option<String>,
    source: Option<Spanned<String>>,
    withdrawn: Option<String>,
    translation_of: Option<Spanned<String>>,
    #[serde(default)]
    notes: Vec<RawNote>,
    /// Mention as written → person key.
    #[serde(default)]
    mentions: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    paragraph: Spanned<i64>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipant {
    name: String,
    #[serde(default)]
    country: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSecondary {
    kind: Spanned<String>,
    participants: Vec<RawParticipant>,
}

/// Where the front matter's TOML sits in the file, so errors point at lines of the seed itself.
pub struct Block<'a> {
    pub path: &'a Path,
    pub file_text: &'a str,
    pub toml: Range<usize>,
    /// The text after the front matter, whose paragraphs notes point to.
    pub body: &'a str,
}

impl Block<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>, help: &str) -> Diagnostic {
        Diagnostic::error(self.path, self.position(span), message).with_help(help)
    }

    fn position(&self, span: Range<usize>) -> Position {
        Position::of_offset(self.file_text, self.toml.start + span.start)
    }
}

/// Parses and checks a front-matter block; every problem in it is reported.
pub fn parse(block: &Block, gazetteer: &Gazetteer) -> Result<FrontMatter, Vec<Diagnostic>> {
    let toml_text = &block.file_text[block.toml.clone()];
    let raw: Raw = toml::from_str(toml_text).map_err(|e| {
        vec![Diagnostic::toml(
            block.path,
            block.file_text,
            block.toml.start,
            &e,
        )]
    })?;
    let mut errors = Vec::new();
    let mut country = |code: &Spanned<String>| {
        let parsed = CountryCode::parse(code.get_ref()).filter(|c| gazetteer.country(*c).is_some());
        if parsed.is_none() {
            errors.push(block.error(
                code.span(),
                format!("unknown country `{}`", code.get_ref()),
                "write an ISO 3166-1 alpha-2 code listed in data/countries.toml, such as \"KG\"",
            ));
        }
        parsed
    };
    let mut participants = |list: Vec<RawParticipant>| -> Vec<Participant> {
        list.into_iter()
            .map(|p| Participant {
                country: p.country.as_ref().and_then(&mut country),
                name: p.name,
            })
            .collect()
    };
    let participant_list = raw.participants.map(&mut participants);
    let secondary_raw = raw.secondary.map(|list| {
        list.into_iter()
            .map(|s| (s.kind, participants(s.participants)))
            .collect::<Vec<_>>()
    });
    let mentioned_countries = raw
        .mentioned_countries
        .map(|codes| codes.iter().filter_map(&mut country).collect::<Vec<_>>());

    let mut kind = |value: &Spanned<String>| {
        let parsed = EventKind::from_key(value.get_ref());
        if parsed.is_none() {
            let keys: Vec<&str> = EventKind::ALL.iter().map(|k| k.key()).collect();
            errors.push(block.error(
                value.span(),
                format!("unknown kind `{}`", value.get_ref()),
                &format!("write one of: {}", keys.join(", ")),
            ));
        }
        parsed
    };
    let front_kind = raw.kind.as_ref().and_then(&mut kind);
    let secondary = secondary_raw.map(|list| {
        list.into_iter()
            .filter_map(|(k, participants)| {
                Some(SecondaryEvent {
                    kind: kind(&k)?,
                    participants,
                })
            })
            .collect()
    });

    let date = raw.date.map(|value| match value.get_ref() {
        toml::Value::String(s) if s.is_empty() => Some(None),
        value_ref => event_date(value_ref).map(Some).or_else(|| {
            errors.push(block.error(
                value.span(),
                "invalid date",
                "write the date of the event as 2025-11-19, as \"--11-19\" when the year is unknown, or \"\" when there is none",
            ));
            None
        }),
    });
    let language = raw.language.and_then(|value| {
        Language::parse(value.get_ref()).or_else(|| {
            errors.push(block.error(
                value.span(),
                format!("unknown language `{}`", value.get_ref()),
                "write \"fr\" or \"en\", the languages the extractor reads",
            ));
            None
        })
    });
    let published = raw
        .published
        .and_then(|value| match event_date(value.get_ref()) {
            Some(EventDate::Full(d)) => Some(d),
            _ => {
                errors.push(block.error(
                    value.span(),
                    "invalid publication date",
                    "write the full date the text was published, as 2025-11-20",
                ));
                None
            }
        });
    for (field, value) in [
        ("id", &raw.id),
        ("slug", &raw.slug),
        ("translation_of", &raw.translation_of),
    ] {
        if let Some(v) = value.as_ref().filter(|v| !is_slug(v.get_ref())) {
            errors.push(block.error(
                v.span(),
                format!("invalid {field} `{}`", v.get_ref()),
                "use only lower-case ASCII letters, digits, `-` and `_`",
            ));
        }
    }
    if let Some(url) = raw
        .source
        .as_ref()
        .filter(|u| !u.get_ref().starts_with("http"))
    {
        errors.push(block.error(
            url.span(),
            "invalid source URL",
            "write the full address where the text was published, starting with https://",
        ));
    }
    let paragraph_count = paragraphs(block.body).len();
    let mut notes = Vec::new();
    for note in raw.notes {
        match usize::try_from(*note.paragraph.get_ref()) {
            Ok(n) if (1..=paragraph_count).contains(&n) => notes.push(Note {
                paragraph: n,
                text: note.text,
            }),
            _ => errors.push(block.error(
                note.paragraph.span(),
                format!(
                    "note on paragraph {}, but the text has {paragraph_count} paragraph{}",
                    note.paragraph.get_ref(),
                    if paragraph_count == 1 { "" } else { "s" }
                ),
                "paragraphs are the text's non-blank lines, counted from 1 as in the page's #p1, #p2… anchors",
            )),
        }
    }
    let mut mentions = Vec::new();
    for (text, key) in raw.mentions {
        match gazetteer.person_by_key(key.get_ref()) {
            Some(person) => mentions.push((text, person.name.clone())),
            None => errors.push(block.error(
                key.span(),
                format!("unknown person `{}`", key.get_ref()),
                &format!(
                    "write the key of a person listed in data/people.toml: the slug of the name, such as \"{}\"",
                    gazetteer.people.first().map_or_else(|| "wang-yi".to_string(), |p| slugify(&p.name))
                ),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(FrontMatter {
        id: raw.id.map(Spanned::into_inner),
        slug: raw.slug.map(Spanned::into_inner),
        title: raw.title,
        date: date.flatten(),
        published,
        kind: front_kind,
        language,
        place: raw.place.map(|p| Some(p).filter(|p| !p.is_empty())),
        participants: participant_list,
        mentioned_people: raw.mentioned_people,
        mentioned_countries,
        secondary,
        publisher: raw.publisher,
        source: raw.source.map(Spanned::into_inner),
        withdrawn: raw.withdrawn,
        notes,
        mentions,
        translation_of: raw
            .translation_of
            .map(|id| (id.get_ref().clone(), block.position(id.span()))),
    })
}

/// A TOML date (`2025-11-19`) or a string (`"2025-11-19"`, `"--11-19"`).
fn event_date(value: &toml::Value) -> Option<EventDate> {
    match value {
        toml::Value::String(s) => EventDate::parse(s),
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
                .map(EventDate::Full)
        }
        _ => None,
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
