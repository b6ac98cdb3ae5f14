//! The archive as a dataset: every readout's metadata and permanent URL as JSON Lines, CSV,
//! BibTeX and CSL-JSON, under `data/` in the site, for researchers who want the whole archive.

use serde::Serialize;
use serde_json::Value;

use crate::cite::{self, bibtex::bibtex, csl};
use crate::config::Config;
use crate::index::{Archive, Entry};
use crate::model::{CountryCode, EventDate, EventKind, Participant, SecondaryEvent};
use crate::render::Artifact;

/// Where the exports go in the site.
pub const DIR: &str = "data";

/// One readout in the JSON Lines export: every metadata field, the URL to cite, and the text.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    url: String,
    title: &'a str,
    date: Option<EventDate>,
    kind: EventKind,
    place: Option<&'a str>,
    participants: &'a [Participant],
    countries: &'a [CountryCode],
    mentioned_people: &'a [String],
    mentioned_countries: &'a [CountryCode],
    mentioned_organisations: Vec<&'a str>,
    secondary: &'a [SecondaryEvent],
    publisher: &'a str,
    source_url: Option<&'a str>,
    /// The seed file the readout comes from, for corrections.
    source_file: String,
    /// The paragraphs, in order.
    paragraphs: Vec<&'a str>,
}

fn line<'a>(entry: &'a Entry, archive: &'a Archive, config: &'a Config) -> Line<'a> {
    let r = &entry.readout;
    let m = &r.metadata;
    Line {
        id: &r.id,
        url: format!("{}{}", config.base_url, entry.path),
        title: &m.title.value,
        date: m.date.value,
        kind: m.kind.value,
        place: m.place.value.as_deref(),
        participants: &m.participants.value,
        countries: &m.countries,
        mentioned_people: &m.mentioned_people.value,
        mentioned_countries: &m.mentioned_countries.value,
        mentioned_organisations: entry
            .mentioned_organisations
            .iter()
            .map(|ix| archive.organisations[*ix].name.as_str())
            .collect(),
        secondary: &m.secondary.value,
        publisher: m.publisher.as_deref().unwrap_or(&config.publisher),
        source_url: m.source_url.as_deref(),
        source_file: r.source.to_string_lossy().replace('\\', "/"),
        paragraphs: r.paragraph_texts().collect(),
    }
}

/// The four export files, in the archive's order (newest first).
pub fn exports(archive: &Archive, config: &Config) -> Vec<Artifact> {
    let file = |name: &str, bytes: Vec<u8>| Artifact {
        path: format!("{DIR}/{name}"),
        bytes,
    };
    let mut jsonl = String::new();
    let mut bib = String::new();
    let mut items = Vec::with_capacity(archive.readouts.len());
    for entry in &archive.readouts {
        // Plain data: serialising cannot fail.
        jsonl.push_str(&serde_json::to_string(&line(entry, archive, config)).unwrap_or_default());
        jsonl.push('\n');
        let record = cite::record(entry, config);
        bib.push_str(&bibtex(&record));
        bib.push('\n');
        items.push(csl::item(&record));
    }
    vec![
        file("readouts.jsonl", jsonl.into_bytes()),
        file("readouts.csv", csv(archive, config)),
        file("readouts.bib", bib.into_bytes()),
        file("readouts.csl.json", csl_list(&items).into_bytes()),
    ]
}

/// A CSL-JSON array with one item per line, so a changed readout is a one-line diff.
fn csl_list(items: &[Value]) -> String {
    let lines: Vec<String> = items.iter().map(Value::to_string).collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

/// The CSV columns; lists are joined with "; ", a participant written "Name (CC)".
const COLUMNS: [&str; 14] = [
    "id",
    "url",
    "date",
    "kind",
    "title",
    "place",
    "participants",
    "countries",
    "mentioned_people",
    "mentioned_countries",
    "mentioned_organisations",
    "publisher",
    "source_url",
    "source_file",
];

fn csv(archive: &Archive, config: &Config) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let joined = |items: Vec<String>| items.join("; ");
    let codes = |codes: &[CountryCode]| joined(codes.iter().map(CountryCode::to_string).collect());
    // Writing to memory cannot fail.
    let _ = out.write_record(COLUMNS);
    for entry in &archive.readouts {
        let l = line(entry, archive, config);
        let people = joined(l.participants.iter().map(Participant::to_string).collect());
        let _ = out.write_record([
            l.id.to_string(),
            l.url,
            l.date.map(|d| d.to_string()).unwrap_or_default(),
            l.kind.key().to_string(),
            l.title.to_string(),
            l.place.unwrap_or_default().to_string(),
            people,
            codes(l.countries),
            joined(l.mentioned_people.to_vec()),
            codes(l.mentioned_countries),
            joined(
                l.mentioned_organisations
                    .iter()
                    .map(|n| n.to_string())
                    .collect(),
            ),
            l.publisher.to_string(),
            l.source_url.unwrap_or_default().to_string(),
            l.source_file,
        ]);
    }
    out.into_inner().unwrap_or_default()
}
