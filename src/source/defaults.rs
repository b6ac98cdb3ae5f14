//! Folder defaults: a `defaults.toml` in any folder under `seeds/` sets values for every seed below
//! it (the nearest folder wins, a seed's front matter wins over all of them).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::Diagnostic;

/// The name of a folder's defaults file; it is never read as a readout.
pub const FILE: &str = "defaults.toml";

/// What a folder says about the seeds below it. Unknown keys are errors, at their line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// The body that issued the readouts ("Ministère des Affaires étrangères du Maroc").
    pub publisher: Option<String>,
    /// The language the readouts are written in, as an ISO 639-1 code ("fr").
    pub language: Option<String>,
}

impl Defaults {
    /// These defaults, with those of a nearer folder over them.
    fn with(self, nearer: Defaults) -> Defaults {
        Defaults {
            publisher: nearer.publisher.or(self.publisher),
            language: nearer.language.or(self.language),
        }
    }
}

/// Parses one defaults file; `rel` is its path for messages.
pub fn parse(rel: &Path, text: &str) -> Result<Defaults, Diagnostic> {
    toml::from_str(text).map_err(|e| {
        Diagnostic::toml(rel, text, 0, &e)
            .with_help("a defaults.toml may set `publisher` and `language`")
    })
}

/// The folder defaults of each folder asked for, each file read once; a bad file is reported once.
#[derive(Default)]
pub struct Folders {
    read: HashMap<PathBuf, Option<Defaults>>,
    errors: Vec<Diagnostic>,
}

impl Folders {
    /// The defaults that apply to the seed at `rel` (relative to `root`): its folders' files, from
    /// `seeds/` down to its own folder; `None` when one of them is bad (see `errors`).
    pub fn of_seed(&mut self, root: &Path, rel: &Path) -> Option<Defaults> {
        self.of_folder(root, rel.parent().unwrap_or(Path::new("")))
    }

    /// The errors of the files read so far.
    pub fn errors(self) -> Vec<Diagnostic> {
        self.errors
    }

    fn of_folder(&mut self, root: &Path, folder: &Path) -> Option<Defaults> {
        if let Some(known) = self.read.get(folder) {
            return known.clone();
        }
        let top = folder == Path::new(super::SEEDS) || !folder.starts_with(super::SEEDS);
        let above = match folder.parent() {
            Some(parent) if !top => self.of_folder(root, parent),
            _ => Some(Defaults::default()),
        };
        let rel = folder.join(FILE);
        let own = match std::fs::read_to_string(root.join(&rel)) {
            Ok(text) => parse(&rel, &text).map_err(|d| self.errors.push(d)).ok(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(Defaults::default()),
            Err(e) => {
                self.errors.push(Diagnostic::io(&rel, &e));
                None
            }
        };
        let result = above.zip(own).map(|(above, own)| above.with(own));
        self.read.insert(folder.to_path_buf(), result.clone());
        result
    }
}
