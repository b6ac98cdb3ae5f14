//! The archive as a dataset: every readout's metadata and permanent URL as JSON Lines, CSV,
//! BibTeX and CSL-JSON, under `data/` in the site, for researchers who want the whole archive.

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;

use crate::artifact::Artifact;
use crate::cite::{self, bibtex::bibtex, csl};
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::index::{Archive, Entry};
use crate::layout::EXPORTS;
use crate::model::{CountryCode, EventDate, EventKind, Participant, SecondaryEvent};

/// One readout in the JSON Lines export: every metadata field, the URL to cite, and the text.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    url: String,
    title: &'a str,
    date: Option<EventDate>,
    /// When the text was published, which places it in time when `date` is not full.
    published: Option<NaiveDate>,
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
        url: config.url(&entry.path),
        title: &m.title.value,
        date: m.date.value,
        published: m.published,
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

/// One readout's part of each export file, in the order of [`EXPORTS`]. It depends only on the
/// readout, its path, the names of the organisations it mentions and the config, so a caller can
/// keep it while those stay the same. A line that cannot be serialised is reported, never
/// written empty.
pub fn fragments(
    entry: &Entry,
    archive: &Archive,
    config: &Config,
) -> Result<[String; 4], Diagnostic> {
    let l = line(entry, archive, config);
    let row = csv_row(&l)?;
    let mut jsonl =
        serde_json::to_string(&l).map_err(|err| Diagnostic::unwritable(EXPORTS[0], err))?;
    jsonl.push('\n');
    let record = cite::record(entry, archive, config);
    let mut bib = bibtex(&record);
    bib.push('\n');
    Ok([jsonl, row, bib, csl::item(&record).to_string()])
}

/// The export file `EXPORTS[file]` from every readout's fragment for it, in the archive's order
/// (newest first).
pub fn assemble(file: usize, fragments: &[&str]) -> Artifact {
    let length: usize = fragments.iter().map(|f| f.len() + 2).sum();
    let mut text = String::with_capacity(length + 256);
    match file {
        // A CSL-JSON array with one item per line, so a changed readout is a one-line diff.
        3 => {
            text.push_str("[\n");
            for (ix, fragment) in fragments.iter().enumerate() {
                if ix > 0 {
                    text.push_str(",\n");
                }
                text.push_str(fragment);
            }
            text.push_str("\n]\n");
        }
        _ => {
            if file == 1 {
                // The column names are plain words: nothing to quote.
                text.push_str(&COLUMNS.join(","));
                text.push('\n');
            }
            fragments.iter().for_each(|f| text.push_str(f));
        }
    }
    Artifact {
        path: EXPORTS[file].to_string(),
        bytes: text.into_bytes(),
    }
}

/// The export files, in the order of [`EXPORTS`].
pub fn exports(archive: &Archive, config: &Config) -> Result<Vec<Artifact>, Diagnostic> {
    let fragments: Vec<[String; 4]> = archive
        .readouts
        .par_iter()
        .map(|entry| fragments(entry, archive, config))
        .collect::<Result<_, _>>()?;
    Ok((0..EXPORTS.len())
        .map(|file| {
            let parts: Vec<&str> = fragments.iter().map(|f| f[file].as_str()).collect();
            assemble(file, &parts)
        })
        .collect())
}

/// The CSV columns; lists are joined with "; ", a participant written "Name (CC)".
const COLUMNS: [&str; 15] = [
    "id",
    "url",
    "date",
    "published",
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

/// One readout's CSV line, with its line break.
fn csv_row(l: &Line) -> Result<String, Diagnostic> {
    let joined = |items: Vec<String>| items.join("; ");
    let codes = |codes: &[CountryCode]| joined(codes.iter().map(CountryCode::to_string).collect());
    let people = joined(l.participants.iter().map(Participant::to_string).collect());
    let unwritable = |err: &dyn std::fmt::Display| Diagnostic::unwritable(EXPORTS[1], err);
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        l.id,
        &l.url,
        &l.date.map(|d| d.to_string()).unwrap_or_default(),
        &l.published.map(|d| d.to_string()).unwrap_or_default(),
        l.kind.key(),
        l.title,
        l.place.unwrap_or_default(),
        &people,
        &codes(l.countries),
        &l.mentioned_people.join("; "),
        &codes(l.mentioned_countries),
        &l.mentioned_organisations.join("; "),
        l.publisher,
        l.source_url.unwrap_or_default(),
        &l.source_file,
    ])
    .map_err(|err| unwritable(&err))?;
    let bytes = out.into_inner().map_err(|err| unwritable(&err))?;
    String::from_utf8(bytes).map_err(|err| unwritable(&err))
}
