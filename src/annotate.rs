//! Annotation: what the extractor finds in a seed, printed (`chancery extract`) or written into the
//! seed's front matter for a human to review (`chancery annotate`), the body left byte for byte.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::diag::{Checked, Diagnostic, Position};
use crate::extract::{self, resolve::resolve, Context, Extracted, Lexicon};
use crate::gazetteer::Gazetteer;
use crate::model::{
    paragraphs, CountryCode, EventDate, EventKind, Metadata, Participant, SecondaryEvent,
};
use crate::output;
use crate::source::{self, SourceFile};

/// One file's findings, with the keys `chancery extract --json` promises.
#[derive(Debug, Serialize)]
pub struct Findings {
    pub file: String,
    pub date: Option<EventDate>,
    pub kind: EventKind,
    pub place: Option<String>,
    pub participants: Vec<Participant>,
    pub countries: Vec<CountryCode>,
    pub mentioned_people: Vec<String>,
    pub mentioned_countries: Vec<CountryCode>,
    pub secondary: Vec<SecondaryEvent>,
    pub title: String,
    /// When the text was published: front matter, else the file name's date.
    pub published: Option<NaiveDate>,
    /// The agency or outlet the text names as its own.
    pub issuer: Option<String>,
    /// Where each field was read, by field.
    pub evidence: BTreeMap<&'static str, Evidence>,
}

/// The words a field was read from, where the file has them.
#[derive(Debug, Serialize)]
pub struct Evidence {
    /// 1-based line and column (in characters) in the file.
    pub line: usize,
    pub column: usize,
    pub words: String,
}

impl Findings {
    fn new(file: String, source: &SourceFile, x: Extracted) -> Findings {
        let body = source.body();
        let evidence = x
            .evidence
            .iter()
            .map(|e| {
                let at = Position::of_offset(&source.text, source.body_start + e.span.start);
                let words = body[e.span.clone()].split_whitespace().collect::<Vec<_>>();
                let evidence = Evidence {
                    line: at.line,
                    column: at.column,
                    words: words.join(" "),
                };
                (e.field, evidence)
            })
            .collect();
        Findings {
            published: source.published(),
            issuer: x.issuer.value,
            evidence,
            file,
            date: x.date.value,
            kind: x.kind.value,
            place: x.place.value,
            participants: x.participants.value,
            countries: x.countries.value,
            mentioned_people: x.mentioned_people.value,
            mentioned_countries: x.mentioned_countries.value,
            secondary: x.secondary.value,
            title: x.title.value,
        }
    }
}

/// Reads one seed given on the command line (its front matter checked, its `published` used).
fn read(path: &Path, gazetteer: &Gazetteer) -> Checked<SourceFile> {
    let bytes = std::fs::read(path).map_err(|e| vec![Diagnostic::io(path, &e)])?;
    source::parse(path.to_path_buf(), bytes, gazetteer)
}

fn extract_file(file: &SourceFile, lexicon: &Lexicon) -> Extracted {
    extract::extract(
        file.body(),
        lexicon,
        &Context {
            published: file.published(),
        },
    )
}

/// What the extractor finds in each file; files that cannot be read are reported.
pub fn findings(paths: &[PathBuf], lexicon: &Lexicon) -> (Vec<Findings>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match read(path, &lexicon.gazetteer) {
            Ok(file) => found.push(Findings::new(
                path.display().to_string(),
                &file,
                extract_file(&file, lexicon),
            )),
            Err(e) => errors.extend(e),
        }
    }
    (found, errors)
}

/// Plain-text lines for a reader, one block per file.
pub fn describe(f: &Findings) -> String {
    let names = |people: &[Participant]| {
        people
            .iter()
            .map(Participant::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let codes = |codes: &[CountryCode]| {
        codes
            .iter()
            .map(CountryCode::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = format!(
        "{}\n  title:        {}\n  date:         {}\n  kind:         {}\n  place:        {}\n  participants: {}\n  countries:    {}\n  mentioned:    {}; {}\n",
        f.file,
        f.title,
        f.date.map_or("-".into(), |d| d.to_string()),
        f.kind.key(),
        f.place.as_deref().unwrap_or("-"),
        names(&f.participants),
        codes(&f.countries),
        f.mentioned_people.join(", "),
        codes(&f.mentioned_countries),
    );
    for event in &f.secondary {
        out.push_str(&format!(
            "  also:         {} {}\n",
            event.kind.key(),
            names(&event.participants)
        ));
    }
    out
}

/// The front-matter keys `annotate` writes, in order, with their TOML for this metadata.
fn front_matter_lines(x: &Metadata) -> Vec<(&'static str, String)> {
    fn value(v: impl Serialize) -> String {
        // Values are strings, arrays and tables of strings: always serialisable.
        toml::Value::try_from(v)
            .map(|v| v.to_string())
            .unwrap_or_default()
    }
    let people = |list: &[Participant]| -> String {
        let items: Vec<String> = list
            .iter()
            .map(|p| match p.country {
                Some(c) => format!(
                    "{{ name = {}, country = {} }}",
                    value(&p.name),
                    value(c.as_str())
                ),
                None => format!("{{ name = {} }}", value(&p.name)),
            })
            .collect();
        format!("[{}]", items.join(", "))
    };
    let secondary: Vec<String> = x
        .secondary
        .value
        .iter()
        .map(|e| {
            format!(
                "{{ kind = {}, participants = {} }}",
                value(e.kind.key()),
                people(&e.participants)
            )
        })
        .collect();
    vec![
        ("title", value(&x.title.value)),
        (
            "date",
            value(x.date.value.map_or(String::new(), |d| d.to_string())),
        ),
        ("kind", value(x.kind.value.key())),
        ("place", value(x.place.value.clone().unwrap_or_default())),
        ("participants", people(&x.participants.value)),
        ("mentioned_people", value(&x.mentioned_people.value)),
        (
            "mentioned_countries",
            value(
                x.mentioned_countries
                    .value
                    .iter()
                    .map(CountryCode::as_str)
                    .collect::<Vec<_>>(),
            ),
        ),
        ("secondary", format!("[{}]", secondary.join(", "))),
    ]
}

/// The seed's new text: its front matter with every missing key added, then the body unchanged.
/// Keys already in the front matter are kept as written: a human's corrections win.
pub fn annotated(file: &SourceFile, lexicon: &Lexicon) -> String {
    // Resolved, so a title composed from corrected fields agrees with them.
    let body = file.body();
    let x = resolve(
        &file.front_matter,
        &file.given(),
        extract_file(file, lexicon),
        body,
        &paragraphs(body),
    );
    let eol = if file.text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let existing = file.front_matter_toml.clone().map_or("", |r| &file.text[r]);
    // Top-level keys go before the first table (`[mentions]`, `[[notes]]`): after it, TOML would
    // read them as the table's.
    let tables = table_start(existing);
    let (top, rest) = existing.split_at(tables);
    let present: Vec<&str> = top
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim()))
        .collect();
    let mut block = top.to_string();
    if !block.is_empty() && !block.ends_with('\n') {
        block.push_str(eol);
    }
    for (key, toml) in front_matter_lines(&x) {
        if !present.contains(&key) {
            block.push_str(&format!("{key} = {toml}{eol}"));
        }
    }
    block.push_str(rest);
    if !block.is_empty() && !block.ends_with('\n') {
        block.push_str(eol);
    }
    let bom = if file.bom { "\u{feff}" } else { "" };
    format!("{bom}+++{eol}{block}+++{eol}{}", file.body())
}

/// Where the first table header (`[name]` or `[[name]]`) of a TOML text starts, or its end.
fn table_start(toml: &str) -> usize {
    let mut offset = 0;
    for line in toml.split_inclusive('\n') {
        if line.trim_start().starts_with('[') {
            return offset;
        }
        offset += line.len();
    }
    toml.len()
}

/// Writes the findings into each seed's front matter. Returns the files it changed.
pub fn annotate(paths: &[PathBuf], lexicon: &Lexicon) -> Checked<Vec<PathBuf>> {
    let mut changed = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let result = read(path, &lexicon.gazetteer).and_then(|file| {
            let text = annotated(&file, lexicon);
            let before = std::fs::read(path).map_err(|e| vec![Diagnostic::io(path, &e)])?;
            if before != text.as_bytes() {
                output::replace_file(path, text.as_bytes()).map_err(|d| vec![d])?;
                changed.push(path.clone());
            }
            Ok(())
        });
        errors.extend(result.err().into_iter().flatten());
    }
    if errors.is_empty() {
        Ok(changed)
    } else {
        Err(errors)
    }
}

/// Every seed of the project, for `annotate` without arguments.
pub fn all_seeds(root: &Path, gazetteer: &Gazetteer) -> Checked<Vec<PathBuf>> {
    let (files, errors) = source::load(root, gazetteer);
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(files.into_iter().map(|f| root.join(f.rel_path)).collect())
}
