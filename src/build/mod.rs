//! Orchestration: a `Session` holds what was loaded from the project; building runs the stages in order.

mod change;
mod exports;
mod inputs;
mod live;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::artifact::Artifact;
use crate::config::{self, Config};
use crate::diag::{Checked, Diagnostic, Position};
use crate::emit;
use crate::extract::{self, resolve::resolve, Context, Lexicon};
use crate::gazetteer;
use crate::index::{self, Archive};
use crate::layout::{is_input_name, CITATION_CSS, LEDGER, STATIC, TEMPLATES};
use crate::model::{paragraphs, Language, Readout};
use crate::output::{self, Staging};
use crate::permalink::{self, LedgerFile};
use crate::render::{self, Templates};
use crate::source::{self, SourceFile};
pub use change::Change;
pub use live::{Live, Outcome};

/// Everything read from a project, ready to build.
pub struct Session {
    pub config: Config,
    /// The gazetteer, compiled for the extractor.
    pub lexicon: Lexicon,
    pub sources: Vec<SourceFile>,
    pub templates: Templates,
    /// The files of `static/`, with their paths inside it.
    pub statics: Vec<Artifact>,
    /// The URLs published so far.
    pub ledger: LedgerFile,
}

impl Session {
    /// Reads the project under `root`. Every bad file is reported, not just the first.
    pub fn load(root: &Path, config: Config) -> Checked<Session> {
        let gazetteer = gazetteer::load(root);
        let mut errors = Vec::new();
        let (sources, source_errors) = match &gazetteer {
            Ok(g) => source::load(root, g),
            Err(_) => (Vec::new(), Vec::new()),
        };
        errors.extend(source_errors);
        let templates = template_texts(root).and_then(render::compile);
        let statics = read_tree(root, Path::new(STATIC));
        let ledger = permalink::load(root);
        match (gazetteer, templates, statics, ledger) {
            (Ok(gazetteer), Ok(templates), Ok(statics), Ok(ledger)) if errors.is_empty() => {
                Ok(Session {
                    config,
                    lexicon: Lexicon::new(gazetteer),
                    sources,
                    templates,
                    statics,
                    ledger,
                })
            }
            (g, t, s, l) => {
                let failures = [g.err(), t.err(), s.err(), l.err()];
                errors.extend(failures.into_iter().flatten().flatten());
                Err(errors)
            }
        }
    }

    /// The readouts: extracted, then corrected by their front matter.
    pub fn readouts(&self) -> Vec<Readout> {
        self.sources
            .par_iter()
            .map(|source| readout(source, &self.lexicon, self.config.text_language()))
            .collect()
    }

    /// The cross-linked archive, with every readout at its permanent URL.
    pub fn archive(&self) -> Checked<Archive> {
        let readouts = self.readouts();
        let (assignment, errors) = permalink::assign(&self.ledger, &readouts);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(index::build(
            readouts,
            assignment,
            &self.lexicon.gazetteer,
            self.config.interface_language(),
        ))
    }

    /// Renders the site and hands every file to `write`, in parallel and in no particular order.
    /// Returns how many files were written; every template error is reported. A static file
    /// that has the path of a page or a generated file is an error, found once the pages are
    /// rendered: callers write into a staging folder or memory, never over the published site.
    pub fn render_each(
        &self,
        archive: &Archive,
        write: impl Fn(Artifact) -> Result<(), Diagnostic> + Sync,
    ) -> Checked<usize> {
        let specs = render::specs(archive, &self.config);
        // The search index reads the archive only, and part of its work is on one thread: it is
        // built while the pages render.
        let (search, mut errors) = rayon::join(
            || self.search_index(archive),
            || {
                let pages = render::render(archive, &self.config, &self.templates, specs.clone());
                pages
                    .map(|page| write(page?))
                    .filter_map(Result::err)
                    .collect::<Vec<_>>()
            },
        );
        // A file that cannot be made is an error like a page's: the site is not published.
        let generated = emit::exports::exports(archive, &self.config)
            .and_then(|mut files| {
                files.extend(self.generated(archive, &specs, search?));
                Ok(files)
            })
            .unwrap_or_else(|error| {
                errors.push(error);
                Vec::new()
            });
        let pages: HashSet<String> = specs
            .iter()
            .map(|s| s.path(archive))
            .chain(generated.iter().map(|a| a.path.clone()))
            .collect();
        let collisions = self.collisions(|path| pages.contains(path));
        if !collisions.is_empty() {
            return Err(collisions);
        }
        let statics = self.statics.par_iter().cloned();
        errors.par_extend(statics.chain(generated).map(&write).filter_map(Result::err));
        errors.sort();
        errors.dedup();
        if errors.is_empty() {
            Ok(pages.len() + self.statics.len())
        } else {
            Err(errors)
        }
    }

    /// Files made without templates but the data exports (`emit::exports`, which the live site
    /// assembles from the parts it keeps): the sitemap, the citation stylesheet and the search
    /// index's files `search`.
    fn generated(
        &self,
        archive: &Archive,
        specs: &[render::Spec],
        search: Vec<Artifact>,
    ) -> Vec<Artifact> {
        let mut generated = emit::sitemap::sitemap(archive, &self.config, specs);
        generated.push(citation_stylesheet());
        generated.extend(search);
        generated
    }

    /// The search index, if the config has search.
    fn search_index(&self, archive: &Archive) -> Result<Vec<Artifact>, Diagnostic> {
        match self.config.search {
            true => emit::search::index(archive, &self.config),
            false => Ok(Vec::new()),
        }
    }

    /// The static files that have the path of a generated file, as errors.
    fn collisions(&self, is_page: impl Fn(&str) -> bool) -> Vec<Diagnostic> {
        self.statics
            .iter()
            .filter(|f| is_page(&f.path))
            .map(|f| {
                Diagnostic::error(
                    Path::new(STATIC).join(&f.path),
                    Position::START,
                    "this file has the same path as a generated file",
                )
                .with_help("rename or remove the file in static/")
            })
            .collect()
    }

    /// Builds the site into `output` (checked by `output::check_output_dir`) in one swap.
    /// Returns how many files the site has.
    pub fn publish(&self, archive: &Archive, output: &Path) -> Checked<usize> {
        let staging = Staging::create(output).map_err(|d| vec![d])?;
        let files = self.render_each(archive, |artifact| staging.write(&artifact))?;
        staging.commit().map_err(|d| vec![d])?;
        Ok(files)
    }

    /// Every file of the site, sorted by path.
    pub fn site(&self) -> Checked<Vec<Artifact>> {
        let archive = self.archive()?;
        let files = Mutex::new(Vec::new());
        self.render_each(&archive, |a| {
            files.lock().unwrap_or_else(|e| e.into_inner()).push(a);
            Ok(())
        })?;
        let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// How a build is asked for on the command line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The output folder, instead of config.toml's `output`.
    pub output: Option<PathBuf>,
    /// Publish at another address than config.toml's `base_url`.
    pub base_url: Option<String>,
    /// Fail instead of changing `permalinks.lock`.
    pub locked: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct Report {
    pub readouts: usize,
    pub files: usize,
    pub output: PathBuf,
    /// The new URLs recorded in `permalinks.lock`, one line each.
    pub ledger_changes: Vec<String>,
}

/// Builds the project under `root`: the whole site into the output folder in one swap, then the
/// new URLs into `permalinks.lock`. Nothing is written when anything is wrong.
pub fn build(root: &Path, options: &Options) -> Checked<Report> {
    let mut config = config::load(root)?;
    if let Some(url) = &options.base_url {
        config = config.with_base_url(url).map_err(|help| {
            vec![
                Diagnostic::error("--base-url", Position::START, "invalid base URL")
                    .with_help(help),
            ]
        })?;
    }
    let output = output::check_output_dir(root, options.output.as_ref().unwrap_or(&config.output))
        .map_err(|d| vec![d])?;
    let session = Session::load(root, config)?;
    let archive = session.archive()?;
    let ledger_changes = archive.ledger.changes_from(&session.ledger.ledger);
    if options.locked && !ledger_changes.is_empty() {
        let list = ledger_changes.join("; ");
        return Err(vec![Diagnostic::error(
            LEDGER,
            Position::START,
            format!("--locked, but the ledger would change: {list}"),
        )
        .with_help("build without --locked and commit permalinks.lock")]);
    }
    // The ledger is serialised before the site is published, so that neither is written when
    // it cannot be.
    let ledger = (!ledger_changes.is_empty())
        .then(|| archive.ledger.to_toml())
        .transpose()
        .map_err(|d| vec![d])?;
    let files = session.publish(&archive, &output)?;
    if let Some(ledger) = ledger {
        output::replace_file(&root.join(LEDGER), ledger.as_bytes()).map_err(|d| vec![d])?;
    }
    Ok(Report {
        readouts: archive.readouts.len(),
        files,
        output,
        ledger_changes,
    })
}

/// The stylesheet for the classes `cite::highlight` gives the BibTeX and RIS records.
fn citation_stylesheet() -> Artifact {
    Artifact {
        path: CITATION_CSS.to_string(),
        bytes: crate::cite::highlight::stylesheet().into_bytes(),
    }
}

/// One readout from its source file.
pub fn readout(source: &SourceFile, lexicon: &Lexicon, fallback: Language) -> Readout {
    let body = source.body();
    let context = Context {
        published: source.published(),
        language: source.language(),
        fallback,
    };
    let paragraphs = paragraphs(body);
    let metadata = resolve(
        &source.front_matter,
        &source.given(),
        extract::extract(body, lexicon, &context),
        body,
        &paragraphs,
    );
    Readout {
        id: source.id(),
        source: source.rel_path.clone(),
        metadata,
        body: body.to_string(),
        paragraphs,
    }
}

/// Every file under `root/rel`, recursively, with paths relative to `rel` using `/`, sorted.
fn read_tree(root: &Path, rel: &Path) -> Checked<Vec<Artifact>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(root.join(rel).join(&dir)) {
            Ok(e) => e,
            Err(err) => {
                errors.push(Diagnostic::io(&rel.join(&dir), &err));
                continue;
            }
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !is_input_name(&name) {
                continue;
            }
            let child = dir.join(&name);
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(child);
                continue;
            }
            match std::fs::read(entry.path()) {
                Ok(bytes) => files.push(Artifact {
                    path: slash_path(&child),
                    bytes,
                }),
                Err(err) => errors.push(Diagnostic::io(&rel.join(&child), &err)),
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// The texts of `templates/`, by name relative to it, sorted.
fn template_texts(root: &Path) -> Checked<Vec<(String, String)>> {
    read_tree(root, Path::new(TEMPLATES))?
        .into_iter()
        .map(|a| text_file(TEMPLATES, a))
        .collect()
}

fn text_file(folder: &str, file: Artifact) -> Result<(String, String), Vec<Diagnostic>> {
    String::from_utf8(file.bytes)
        .map(|text| (file.path.clone(), text))
        .map_err(|_| {
            vec![Diagnostic::error(
                Path::new(folder).join(&file.path),
                Position::START,
                "the file is not valid UTF-8",
            )
            .with_help("save the file as UTF-8")]
        })
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
