//! Citation records: one readout as CSL-JSON, BibTeX, RIS and a Chicago bibliography entry.
//!
//! Pure and deterministic: every format is a function of a [`Record`], which borrows what a
//! citation needs from the index entry and the configuration. `render` embeds the records in the
//! readout page; an archive-wide export can concatenate them.
//!
//! Two rules hold in every format. The publisher is an institution, never a person: no format
//! writes it where a reader would split it into a family and a given name. A date is never
//! invented: a year-less day and month stays year-less, in a note or a literal date.

pub mod bibtex;
pub mod chicago;
pub mod csl;
pub mod highlight;
pub mod ris;

use crate::config::Config;
use crate::index::Entry;
use crate::model::{EventDate, EventKind};

/// What a citation of one readout needs, borrowed from the archive and the configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// The readout's stable id.
    pub id: &'a str,
    pub title: &'a str,
    pub date: Option<EventDate>,
    /// The issuing institution: front matter `publisher`, else `Config::publisher`.
    pub publisher: &'a str,
    /// The readout page's permanent URL, the one to cite.
    pub url: String,
    /// The BCP 47 language of the readout's text (`fr`, `en`), whatever the interface's.
    pub language: &'a str,
    pub place: Option<&'a str>,
    pub kind: EventKind,
    /// The main event's participants, in the text's order.
    pub participants: Vec<&'a str>,
    /// Where the ministry published the text, when known.
    pub source_url: Option<&'a str>,
}

/// The citation record of one readout of the archive.
pub fn record<'a>(entry: &'a Entry, config: &'a Config) -> Record<'a> {
    let m = &entry.readout.metadata;
    Record {
        id: &entry.readout.id,
        title: &m.title.value,
        date: m.date.value,
        publisher: m.publisher.as_deref().unwrap_or(&config.publisher),
        url: format!("{}{}", config.base_url, entry.path),
        language: m.language.value.tag(),
        place: m.place.value.as_deref(),
        kind: m.kind.value,
        participants: m
            .participants
            .value
            .iter()
            .map(|p| p.name.as_str())
            .collect(),
        source_url: m.source_url.as_deref(),
    }
}

impl Record<'_> {
    /// Subject keywords: the participants, then the place.
    pub fn keywords(&self) -> Vec<&str> {
        self.participants
            .iter()
            .copied()
            .chain(self.place)
            .collect()
    }

    /// Free-text notes for what no field of BibTeX, RIS or CSL holds: a year-less date and the
    /// original publication's URL.
    pub fn notes(&self) -> Vec<String> {
        let date = match self.date {
            Some(date @ EventDate::DayMonth { .. }) => Some(format!(
                "Date de l’événement : {} (année non précisée)",
                date.french()
            )),
            _ => None,
        };
        let source = self.source_url.map(|url| format!("Texte original : {url}"));
        date.into_iter().chain(source).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record with every field set, for the format modules' tables.
    pub fn sample<'a>(title: &'a str, date: &str) -> Record<'a> {
        Record {
            id: "000_77ea64a9e9cc6484",
            title,
            date: EventDate::parse(date),
            publisher: "Ministère des Affaires étrangères de la République populaire de Chine",
            url: "https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/"
                .to_string(),
            language: "fr",
            place: Some("Bichkek"),
            kind: EventKind::Meeting,
            participants: vec!["Sadyr Japarov", "Wang Yi"],
            source_url: None,
        }
    }

    #[test]
    fn notes_keep_a_yearless_date_and_the_original() {
        let check = |date: &str, source: Option<&'static str>, expected: &[&str]| {
            let record = Record {
                source_url: source,
                ..sample("T", date)
            };
            assert_eq!(record.notes(), expected);
        };
        check("2025-11-19", None, &[]);
        check("", None, &[]);
        check(
            "--06-05",
            Some("https://www.fmprc.gov.cn/fra/x.html"),
            &[
                "Date de l’événement : 5 juin (année non précisée)",
                "Texte original : https://www.fmprc.gov.cn/fra/x.html",
            ],
        );
        assert_eq!(
            sample("T", "").keywords(),
            ["Sadyr Japarov", "Wang Yi", "Bichkek"]
        );
    }
}
