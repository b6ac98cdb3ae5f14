//! Loading: seed files read into `SourceFile`s, front matter split from the body as published.

pub mod defaults;
pub mod front_matter;

use std::collections::HashMap;

use chrono::NaiveDate;
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::{Diagnostic, Position};
use crate::gazetteer::Gazetteer;
use crate::layout::{is_input_name, SEEDS};
pub use defaults::Defaults;
pub use front_matter::FrontMatter;

/// What the archive's structure says about a readout: when it was published (front matter or
/// file name) and its folders' defaults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Given {
    pub published: Option<NaiveDate>,
    pub defaults: Defaults,
}

/// One seed file, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Relative to the project root, with `/` separators (`seeds/x.txt`).
    pub rel_path: PathBuf,
    /// The file's text without its byte-order mark; line endings as written.
    pub text: String,
    /// Whether the file started with a byte-order mark, so rewriting it keeps one.
    pub bom: bool,
    /// Where the TOML between the `+++` lines sits in `text`, if there is front matter.
    pub front_matter_toml: Option<Range<usize>>,
    pub front_matter: FrontMatter,
    /// Where the body starts in `text`.
    pub body_start: usize,
    /// The defaults of the seed's folders (`defaults.toml`).
    pub defaults: Defaults,
}

impl SourceFile {
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// When the text was published: front matter `published`, else the date its file name starts
    /// with (`2025-11-20-japarov-wang.txt`).
    pub fn published(&self) -> Option<NaiveDate> {
        self.front_matter
            .published
            .or_else(|| file_date(&self.rel_path))
    }

    /// What the archive's structure says about the readout, beside its front matter.
    pub fn given(&self) -> Given {
        Given {
            published: self.published(),
            defaults: self.defaults.clone(),
        }
    }

    /// Front matter `id`, else the file's stem.
    pub fn id(&self) -> String {
        self.front_matter.id.clone().unwrap_or_else(|| {
            self.rel_path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
        })
    }
}

/// The date a seed's file name starts with: `2025-11-20-japarov-wang.txt`, `2025-11-20.txt`.
pub fn file_date(rel: &Path) -> Option<NaiveDate> {
    let name = rel.file_name()?.to_str()?;
    let date = NaiveDate::parse_from_str(name.get(..10)?, "%Y-%m-%d").ok()?;
    name[10..].starts_with(['-', '_', '.', ' ']).then_some(date)
}

/// Reads every seed under `root/seeds`, sorted by path, with its folder defaults. Bad files are
/// reported, good ones kept.
pub fn load(root: &Path, gazetteer: &Gazetteer) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut paths = Vec::new();
    let mut diagnostics = Vec::new();
    collect_files(root, Path::new(SEEDS), &mut paths, &mut diagnostics);
    paths.sort();
    let mut folders = defaults::Folders::default();
    let paths: Vec<(PathBuf, Defaults)> = paths
        .into_iter()
        .filter_map(|rel| Some((rel.clone(), folders.of_seed(root, &rel)?)))
        .collect();
    diagnostics.extend(folders.errors());
    // Reading and parsing are independent per file; the order is kept.
    let results: Vec<Result<SourceFile, Vec<Diagnostic>>> = paths
        .into_par_iter()
        .map(|(rel, defaults)| match std::fs::read(root.join(&rel)) {
            Ok(bytes) => parse(rel, bytes, gazetteer).map(|file| SourceFile { defaults, ..file }),
            Err(err) => Err(vec![Diagnostic::io(&rel, &err)]),
        })
        .collect();
    let mut files = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(file) => files.push(file),
            Err(errors) => diagnostics.extend(errors),
        }
    }
    reject_duplicate_ids(&mut files, &mut diagnostics);
    (files, diagnostics)
}

/// One seed at `rel` read again with its folder defaults, or `None` when it is gone.
pub fn read(
    root: &Path,
    rel: &Path,
    gazetteer: &Gazetteer,
) -> Result<Option<SourceFile>, Vec<Diagnostic>> {
    let mut folders = defaults::Folders::default();
    let Some(defaults) = folders.of_seed(root, rel) else {
        return Err(folders.errors());
    };
    match std::fs::read(root.join(rel)) {
        Ok(bytes) => parse(rel.to_path_buf(), bytes, gazetteer)
            .map(|file| Some(SourceFile { defaults, ..file })),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(vec![Diagnostic::io(rel, &e)]),
    }
}

/// The seed files under `root/rel`, recursively, with paths relative to `root`; unsorted. The
/// folders' `defaults.toml` files are not seeds.
pub fn collect_files(
    root: &Path,
    rel: &Path,
    out: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let entries = match std::fs::read_dir(root.join(rel)) {
        Ok(entries) => entries,
        Err(err) => return diagnostics.push(Diagnostic::io(rel, &err)),
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !is_input_name(&name) {
            continue;
        }
        let child = rel.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => collect_files(root, &child, out, diagnostics),
            Ok(_) if name == defaults::FILE => {}
            Ok(_) => out.push(child),
            Err(err) => diagnostics.push(Diagnostic::io(&child, &err)),
        }
    }
}

/// Splits a seed into front matter and body. `rel_path` is only used in messages and ids.
pub fn parse(
    rel_path: PathBuf,
    bytes: Vec<u8>,
    gazetteer: &Gazetteer,
) -> Result<SourceFile, Vec<Diagnostic>> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = std::str::from_utf8(&err.as_bytes()[..err.utf8_error().valid_up_to()])
            .unwrap_or_default();
        vec![Diagnostic::error(
            &rel_path,
            Position::of_offset(valid, valid.len()),
            "the file is not valid UTF-8",
        )
        .with_help("save the file as UTF-8")]
    })?;
    let bom = text.starts_with('\u{feff}');
    let text = if bom {
        text['\u{feff}'.len_utf8()..].to_string()
    } else {
        text
    };
    let (front_matter_toml, body_start) =
        split_front_matter(&rel_path, &text).map_err(|d| vec![d])?;
    let front_matter = match &front_matter_toml {
        Some(toml) => {
            let block = front_matter::Block {
                path: &rel_path,
                file_text: &text,
                toml: toml.clone(),
                body: &text[body_start..],
            };
            front_matter::parse(&block, gazetteer)?
        }
        None => FrontMatter::default(),
    };
    if text[body_start..].trim().is_empty() {
        return Err(vec![Diagnostic::error(
            &rel_path,
            Position::of_offset(&text, body_start),
            "the readout has no text",
        )
        .with_help(
            "paste the text of the readout below its front matter, or delete the file",
        )]);
    }
    Ok(SourceFile {
        rel_path,
        text,
        bom,
        front_matter_toml,
        front_matter,
        body_start,
        defaults: Defaults::default(),
    })
}

/// Finds the `+++` block at the top of `text`: (TOML range, body start).
fn split_front_matter(
    path: &Path,
    text: &str,
) -> Result<(Option<Range<usize>>, usize), Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next().filter(|l| l.trim_end() == "+++") else {
        return Ok((None, 0));
    };
    let toml_start = first.len();
    let mut offset = toml_start;
    for line in lines {
        if line.trim_end() == "+++" {
            return Ok((Some(toml_start..offset), offset + line.len()));
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        path,
        Position::START,
        "the front matter opened here is never closed",
    )
    .with_help("add a line containing only +++ after the front matter"))
}

/// Two seeds may not share an id: the second and later ones are reported and dropped.
fn reject_duplicate_ids(files: &mut Vec<SourceFile>, diagnostics: &mut Vec<Diagnostic>) {
    let duplicates = duplicate_ids(files);
    for (index, _) in duplicates.iter().rev() {
        files.remove(*index);
    }
    diagnostics.extend(duplicates.into_iter().map(|(_, d)| d));
}

/// The files, in the given order, whose id an earlier file already has, each with its error.
pub fn duplicate_ids(files: &[SourceFile]) -> Vec<(usize, Diagnostic)> {
    let mut seen: HashMap<String, &Path> = HashMap::with_capacity(files.len());
    let mut duplicates = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let id = file.id();
        if let Some(first) = seen.get(&id) {
            duplicates.push((
                index,
                Diagnostic::error(
                    &file.rel_path,
                    Position::START,
                    format!("id `{id}` is already used by {}", first.display()),
                )
                .with_help("give one of the two readouts another `id` in its front matter"),
            ));
        } else {
            seen.insert(id, &file.rel_path);
        }
    }
    duplicates
}
