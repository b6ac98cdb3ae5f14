//! Citation records: one readout as CSL-JSON, BibTeX, RIS and a Chicago bibliography entry.
//!
//! Pure and deterministic: every format is a function of a [`Record`], which borrows what a
//! citation needs from the index entry and the configuration. `render` embeds the records in the
//! readout page; an archive-wide export can concatenate them.
//!
//! Three rules hold in every format. The issuer is the institution (publisher), never an
//! author: no format writes it where a reader would split it into a family and a given name,
//! and no format names an author at all, so every reader gets the same item (`ARCHITECTURE.md`
//! says why). The date is the one [`Record::issued`] gives, as precise as it is known. A date is
//! never invented: a year-less day and month stays year-less, in a note or a literal date.

pub mod bibtex;
pub mod chicago;
pub mod csl;
pub mod highlight;
pub mod ris;
pub mod style;

use chrono::NaiveDate;

use crate::config::Config;
use crate::index::{Archive, Entry};
use crate::model::{EventDate, EventKind};
use style::Style;

/// What a citation of one readout needs, borrowed from the archive and the configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    /// The readout's stable id.
    pub id: &'a str,
    pub title: &'a str,
    /// The event's date.
    pub date: Option<EventDate>,
    /// When the text was published, when known.
    pub published: Option<NaiveDate>,
    /// The issuing institution: `Metadata::publisher` (front matter, folder defaults or the text's
    /// signature), else `Config::publisher`, as the interface names it (`Archive::publisher`).
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
    /// The conventions of the interface's language, in which the record is written around the
    /// readout's own title.
    pub style: &'static Style,
}

/// The citation record of one readout of the archive.
pub fn record<'a>(entry: &'a Entry, archive: &'a Archive, config: &'a Config) -> Record<'a> {
    let m = &entry.readout.metadata;
    Record {
        id: &entry.readout.id,
        title: &m.title.value,
        date: m.date.value,
        published: m.published,
        publisher: archive.publisher(entry, config),
        url: config.url(&entry.path),
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
        style: Style::of(config.interface_language()),
    }
}

impl Record<'_> {
    /// The item's date, as precise as it is known: the event's full date, else the text's
    /// publication date (usually the same day or the next), else the event's year-less day and
    /// month.
    pub fn issued(&self) -> Option<EventDate> {
        match self.date {
            Some(date @ EventDate::Full(_)) => Some(date),
            date => self.published.map(EventDate::Full).or(date),
        }
    }

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
        let style = self.style;
        let date = match self.date {
            Some(date @ EventDate::DayMonth { .. }) => {
                Some((style.event_date).replace("{date}", &style.date_for_readers(date)))
            }
            _ => None,
        };
        let source = (self.source_url).map(|url| style.original.replace("{url}", url));
        date.into_iter().chain(source).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// A record with every field set, for the format modules' tables.
    pub fn sample<'a>(title: &'a str, date: &str) -> Record<'a> {
        Record {
            id: "000_77ea64a9e9cc6484",
            title,
            date: EventDate::parse(date),
            published: None,
            publisher: "Ministère des Affaires étrangères de la République populaire de Chine",
            url: "https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/"
                .to_string(),
            language: "fr",
            place: Some("Bichkek"),
            kind: EventKind::Meeting,
            participants: vec!["Sadyr Japarov", "Wang Yi"],
            source_url: None,
            style: Style::of(Language::Fr),
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
        let published = NaiveDate::from_ymd_opt(2025, 6, 7);
        let issued = |date: &str, published| {
            Record {
                published,
                ..sample("T", date)
            }
            .issued()
        };
        assert_eq!(
            issued("2025-06-05", published),
            EventDate::parse("2025-06-05")
        );
        assert_eq!(issued("--06-05", published), EventDate::parse("2025-06-07"));
        assert_eq!(issued("", published), EventDate::parse("2025-06-07"));
        assert_eq!(issued("--06-05", None), EventDate::parse("--06-05"));
        assert_eq!(issued("", None), None);
        let english = Record {
            source_url: Some("https://www.fmprc.gov.cn/eng/x.html"),
            style: Style::of(Language::En),
            ..sample("T", "--06-05")
        };
        assert_eq!(
            english.notes(),
            [
                "Date of the event: June 5 (year not given)",
                "Original text: https://www.fmprc.gov.cn/eng/x.html"
            ]
        );
        assert_eq!(
            sample("T", "").keywords(),
            ["Sadyr Japarov", "Wang Yi", "Bichkek"]
        );
    }
}
