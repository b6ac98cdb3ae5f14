//! The live site: a build kept in step with its inputs change by change, for the preview server.
//!
//! `Live::apply` is the whole rebuild decision: it reads the changed inputs again, re-extracts only
//! the changed seeds, re-indexes, and renders only the pages whose fingerprint (what the page is
//! built from, `render::fingerprints`) or template changed; then it writes only the files whose
//! bytes changed and deletes the pages that are gone. Its output always equals a full build of the
//! same inputs. A rebuild that fails writes nothing: the last good site stays on disk.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::{self, Config};
use crate::diag::{Checked, Diagnostic, Position};
use crate::emit;
use crate::extract::Lexicon;
use crate::index::{self, Archive};
use crate::model::Readout;
use crate::output::{self, Staging};
use crate::permalink;
use crate::render::{self, Artifact, PAGE_TEMPLATES};
use crate::source::{self, SEEDS};

use super::{read_tree, readout, template_texts, Change, Session, STATIC};

/// A site on disk and what it was built from.
pub struct Live {
    root: PathBuf,
    output: PathBuf,
    /// The preview's own address: kept when `config.toml` is read again.
    base_url: String,
    session: Session,
    /// Owns the published readouts, so a rebuild re-indexes them without extracting them again.
    archive: Archive,
    /// The withdrawn readouts, which the archive keeps only as tombstones.
    withdrawn: Vec<Readout>,
    /// Why the readouts cannot have their permalinks, found at the last indexing.
    permalink_errors: Vec<Diagnostic>,
    /// A fingerprint of each readout's own values, by seed path.
    readouts: HashMap<PathBuf, u64>,
    /// A fingerprint of each page template with every template it may use.
    templates: HashMap<String, u64>,
    /// What keeps the inputs from building, by the input whose change may fix it.
    errors: BTreeMap<Input, Vec<Diagnostic>>,
    /// The fingerprint each page on disk was rendered from, by path.
    pages: HashMap<String, u64>,
    /// A hash of the bytes of every file on disk, by path; for the data exports, a hash of the
    /// hashes of their parts.
    files: HashMap<String, u64>,
    /// Each readout's part of every data export, by a hash of what it is made from.
    exports: HashMap<u64, Fragments>,
}

/// One readout's part of every data export (`emit::exports::fragments`), with their hashes.
struct Fragments {
    parts: [String; 4],
    hashes: [u64; 4],
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Input {
    Seed(PathBuf),
    Templates,
    Statics,
    /// Config and gazetteer: while they fail, every change reloads everything.
    Project,
}

/// What a rebuild did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// How many pages were rendered.
    pub rendered: usize,
    /// The files written, because their bytes changed, sorted.
    pub written: Vec<String>,
    /// The files deleted, because their page is gone, sorted.
    pub deleted: Vec<String>,
}

impl Live {
    /// Loads the project and builds it into `output` (checked by `output::check_output_dir`),
    /// replacing what was there in one swap.
    pub fn start(root: &Path, config: Config, output: &Path) -> Checked<(Live, Outcome)> {
        let base_url = config.base_url.clone();
        let session = Session::load(root, config)?;
        let texts = template_texts(root)?;
        let mut live = Live {
            root: root.to_path_buf(),
            output: output.to_path_buf(),
            base_url,
            archive: empty_archive(&session),
            withdrawn: Vec::new(),
            permalink_errors: Vec::new(),
            session,
            readouts: HashMap::new(),
            templates: template_fingerprints(&texts),
            errors: BTreeMap::new(),
            pages: HashMap::new(),
            files: HashMap::new(),
            exports: HashMap::new(),
        };
        live.extract_all();
        let staging = Staging::create(output).map_err(|d| vec![d])?;
        let outcome = live.publish(|a| staging.write(a), |_| Ok(()))?;
        staging.commit().map_err(|d| vec![d])?;
        Ok((live, outcome))
    }

    /// What the site is built from now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    /// Rebuilds what `changes` touch, reading each changed input from disk, and brings the output
    /// folder in step. On error nothing is written; the errors stay until the inputs are fixed.
    pub fn apply(&mut self, changes: &[Change]) -> Checked<Outcome> {
        let reload = self.errors.contains_key(&Input::Project)
            || changes
                .iter()
                .any(|c| matches!(c, Change::Config | Change::Gazetteer | Change::Ledger));
        if reload {
            self.reload();
        } else {
            let seeds: Vec<&Path> = changes
                .iter()
                .filter_map(|c| match c {
                    Change::Seed(path) => Some(path.as_path()),
                    _ => None,
                })
                .collect();
            if !seeds.is_empty() {
                self.update_seeds(&seeds);
            }
            if changes.iter().any(|c| matches!(c, Change::Template(_))) {
                self.update_templates();
            }
            if changes.iter().any(|c| matches!(c, Change::Static(_))) {
                self.update_statics();
            }
        }
        let mut errors: Vec<Diagnostic> = self.errors.values().flatten().cloned().collect();
        errors.extend(self.permalink_errors.iter().cloned());
        errors.extend(
            source::duplicate_ids(&self.session.sources)
                .into_iter()
                .map(|(_, d)| d),
        );
        if !errors.is_empty() {
            errors.sort();
            errors.dedup();
            return Err(errors);
        }
        let output = self.output.clone();
        let written = self.publish(
            |a| output::write_into(&output, a),
            |path| output::remove_from(&output, path),
        );
        if written.is_err() {
            // Some files may have been written: render and write everything next time.
            self.pages.clear();
            self.files.clear();
        }
        written
    }

    /// Reads everything again, as a full build does.
    fn reload(&mut self) {
        let loaded = config::load(&self.root)
            .and_then(|c| {
                c.with_base_url(&self.base_url).map_err(|help| {
                    vec![
                        Diagnostic::error(config::FILE, Position::START, "invalid base URL")
                            .with_help(help),
                    ]
                })
            })
            .and_then(|config| Session::load(&self.root, config))
            .and_then(|session| Ok((session, template_texts(&self.root)?)));
        self.errors.clear();
        match loaded {
            Ok((session, texts)) => {
                self.session = session;
                self.templates = template_fingerprints(&texts);
                self.extract_all();
            }
            Err(errors) => {
                self.errors.insert(Input::Project, errors);
            }
        }
    }

    /// Extracts every readout of the session and indexes them.
    fn extract_all(&mut self) {
        let lexicon = Lexicon::new(&self.session.gazetteer);
        let readouts: Vec<(Readout, u64)> = self
            .session
            .sources
            .par_iter()
            .map(|s| {
                let r = readout(s, &lexicon);
                let fingerprint = fingerprint_readout(&r);
                (r, fingerprint)
            })
            .collect();
        self.readouts = readouts
            .iter()
            .map(|(r, f)| (r.source.clone(), *f))
            .collect();
        self.index(readouts.into_iter().map(|(r, _)| r).collect());
    }

    /// Gives the readouts their permalinks and cross-links them.
    fn index(&mut self, readouts: Vec<Readout>) {
        let (assignment, errors) = permalink::assign(&self.session.ledger, &readouts);
        self.permalink_errors = errors;
        self.withdrawn = readouts
            .iter()
            .filter(|r| r.metadata.withdrawn.is_some())
            .cloned()
            .collect();
        self.archive = index::build(readouts, assignment, &self.session.gazetteer);
    }

    /// Every readout, taken back from the archive to be indexed again.
    fn take_readouts(&mut self) -> Vec<Readout> {
        let archive = std::mem::replace(&mut self.archive, empty_archive(&self.session));
        let mut readouts: Vec<Readout> = archive.readouts.into_iter().map(|e| e.readout).collect();
        readouts.append(&mut self.withdrawn);
        readouts
    }

    /// Reads the seeds at `paths` (files or folders, present or gone) again and re-indexes.
    fn update_seeds(&mut self, paths: &[&Path]) {
        let mut readouts = self.take_readouts();
        let gazetteer = &self.session.gazetteer;
        let lexicon = Lexicon::new(gazetteer);
        for &rel in paths {
            readouts.retain(|r| !r.source.starts_with(rel));
            self.session
                .sources
                .retain(|s| !s.rel_path.starts_with(rel));
            self.readouts.retain(|p, _| !p.starts_with(rel));
            self.errors
                .retain(|input, _| !matches!(input, Input::Seed(p) if p.starts_with(rel)));
            let mut files = Vec::new();
            let mut errors = Vec::new();
            let full = self.root.join(rel);
            if rel == Path::new(SEEDS) || full.is_dir() {
                source::collect_files(&self.root, rel, &mut files, &mut errors);
            } else if full.is_file() {
                files.push(rel.to_path_buf());
            }
            if !errors.is_empty() {
                self.errors.insert(Input::Seed(rel.to_path_buf()), errors);
            }
            for file in files {
                let bytes = match std::fs::read(self.root.join(&file)) {
                    Ok(bytes) => bytes,
                    // Gone since the event: the change that removed it is on its way.
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => {
                        let error = Diagnostic::io(&file, &e);
                        self.errors.insert(Input::Seed(file), vec![error]);
                        continue;
                    }
                };
                match source::parse(file.clone(), bytes, gazetteer) {
                    Ok(source) => {
                        let r = readout(&source, &lexicon);
                        self.readouts.insert(file, fingerprint_readout(&r));
                        readouts.push(r);
                        let sources = &mut self.session.sources;
                        let at = sources
                            .binary_search_by(|s| s.rel_path.cmp(&source.rel_path))
                            .unwrap_or_else(|i| i);
                        sources.insert(at, source);
                    }
                    Err(errors) => {
                        self.errors.insert(Input::Seed(file), errors);
                    }
                }
            }
        }
        self.index(readouts);
    }

    fn update_templates(&mut self) {
        self.errors.remove(&Input::Templates);
        let compiled = template_texts(&self.root)
            .and_then(|texts| Ok((template_fingerprints(&texts), render::compile(texts)?)));
        match compiled {
            Ok((fingerprints, templates)) => {
                self.templates = fingerprints;
                self.session.templates = templates;
            }
            Err(errors) => {
                self.errors.insert(Input::Templates, errors);
            }
        }
    }

    fn update_statics(&mut self) {
        self.errors.remove(&Input::Statics);
        match read_tree(&self.root, Path::new(STATIC)) {
            Ok(statics) => self.session.statics = statics,
            Err(errors) => {
                self.errors.insert(Input::Statics, errors);
            }
        }
    }

    /// Renders the pages whose fingerprint changed, then writes the files whose bytes changed and
    /// removes those that are no longer part of the site. Renders everything into nothing on error.
    fn publish(
        &mut self,
        write: impl Fn(&Artifact) -> Result<(), Diagnostic> + Sync,
        remove: impl Fn(&str) -> Result<(), Diagnostic>,
    ) -> Checked<Outcome> {
        let archive = &self.archive;
        let session = &self.session;
        let own: Vec<u64> = archive
            .readouts
            .iter()
            .map(|e| self.readouts.get(&e.readout.source).copied().unwrap_or(0))
            .collect();
        let site = hash_debug(&session.config);
        let mut pages = HashMap::with_capacity(self.pages.len());
        let mut todo = Vec::new();
        let fingerprints = render::fingerprints(archive, &own);
        let specs: Vec<render::Spec> = fingerprints.iter().map(|(spec, _)| *spec).collect();
        let generated = session.generated(archive, &specs);
        for (spec, fingerprint) in fingerprints {
            let template = self.templates.get(spec.template());
            let fingerprint = hash((fingerprint, site, template));
            let path = spec.path(archive);
            if self.pages.get(&path) != Some(&fingerprint) {
                todo.push(spec);
            }
            pages.insert(path, fingerprint);
        }
        let exports = export_paths();
        let collisions = session.collisions(|path| {
            pages.contains_key(path)
                || generated.iter().any(|g| g.path == path)
                || exports.iter().any(|e| e == path)
        });
        if !collisions.is_empty() {
            return Err(collisions);
        }
        let rendered = todo.len();
        let (artifacts, mut errors): (Vec<_>, Vec<_>) =
            render::render(archive, &session.config, &session.templates, todo).partition_map(
                |page| match page {
                    Ok(a) => rayon::iter::Either::Left(a),
                    Err(d) => rayon::iter::Either::Right(d),
                },
            );
        if !errors.is_empty() {
            errors.sort();
            errors.dedup();
            return Err(errors);
        }
        let mut files: HashMap<String, u64> = pages
            .keys()
            .filter_map(|p| Some((p.clone(), *self.files.get(p)?)))
            .collect();
        let keys = update_exports(&mut self.exports, archive, &session.config, &own, site);
        let mut assembled = Vec::new();
        for (file, path) in exports.into_iter().enumerate() {
            let version = hash(
                keys.iter()
                    .map(|k| self.exports[k].hashes[file])
                    .collect::<Vec<u64>>(),
            );
            if self.files.get(&path) != Some(&version) {
                let parts: Vec<&str> = keys
                    .iter()
                    .map(|k| self.exports[k].parts[file].as_str())
                    .collect();
                assembled.push(emit::exports::assemble(file, &parts));
            }
            files.insert(path, version);
        }
        let changed: Vec<&Artifact> = artifacts
            .iter()
            .chain(&session.statics)
            .chain(&generated)
            .filter(|a| {
                let bytes = hash(&a.bytes);
                files.insert(a.path.clone(), bytes);
                self.files.get(&a.path) != Some(&bytes)
            })
            .chain(&assembled)
            .collect();
        let mut errors: Vec<Diagnostic> =
            changed.par_iter().filter_map(|a| write(a).err()).collect();
        let mut deleted: Vec<String> = self
            .files
            .keys()
            .filter(|p| !files.contains_key(*p))
            .cloned()
            .collect();
        deleted.sort();
        errors.extend(deleted.iter().filter_map(|p| remove(p).err()));
        if !errors.is_empty() {
            errors.sort();
            return Err(errors);
        }
        let mut written: Vec<String> = changed.iter().map(|a| a.path.clone()).collect();
        written.sort();
        self.pages = pages;
        self.files = files;
        Ok(Outcome {
            rendered,
            written,
            deleted,
        })
    }
}

/// The paths of the data exports in the site.
fn export_paths() -> Vec<String> {
    let dir = emit::exports::DIR;
    emit::exports::FILES
        .iter()
        .map(|name| format!("{dir}/{name}"))
        .collect()
}

/// Brings `cache` to the archive's readouts, making the parts of those whose inputs changed, and
/// returns their keys in the archive's order. A part depends on the readout's own values (`own`),
/// its path, the organisations it names and the config (`site`).
fn update_exports(
    cache: &mut HashMap<u64, Fragments>,
    archive: &Archive,
    config: &Config,
    own: &[u64],
    site: u64,
) -> Vec<u64> {
    let keys: Vec<u64> = archive
        .readouts
        .iter()
        .enumerate()
        .map(|(rx, entry)| {
            let organisations: Vec<&str> = entry
                .mentioned_organisations
                .iter()
                .map(|ix| archive.organisations[*ix].name.as_str())
                .collect();
            hash((own[rx], &entry.path, organisations, site))
        })
        .collect();
    let mut old = std::mem::take(cache);
    let mut missing = Vec::new();
    for (rx, key) in keys.iter().enumerate() {
        match old.remove(key) {
            Some(fragments) => {
                cache.insert(*key, fragments);
            }
            None if !cache.contains_key(key) => missing.push((rx, *key)),
            None => {}
        }
    }
    let made: Vec<(u64, Fragments)> = missing
        .into_par_iter()
        .map(|(rx, key)| {
            let parts = emit::exports::fragments(&archive.readouts[rx], archive, config);
            let hashes = parts.each_ref().map(hash);
            (key, Fragments { parts, hashes })
        })
        .collect();
    cache.extend(made);
    keys
}

fn empty_archive(session: &Session) -> Archive {
    let (assignment, _) = permalink::assign(&session.ledger, &[]);
    index::build(Vec::new(), assignment, &session.gazetteer)
}

/// A fingerprint of each page template together with every template it may use: the templates
/// that are not pages (`base.html`, `macros.html`) and page templates other templates name.
fn template_fingerprints(texts: &[(String, String)]) -> HashMap<String, u64> {
    let named_elsewhere = |name: &str| {
        texts.iter().any(|(other, text)| {
            other != name
                && (text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'")))
        })
    };
    let shared: Vec<&(String, String)> = texts
        .iter()
        .filter(|(name, _)| !PAGE_TEMPLATES.contains(&name.as_str()) || named_elsewhere(name))
        .collect();
    let shared = hash(&shared);
    texts
        .iter()
        .filter(|(name, _)| PAGE_TEMPLATES.contains(&name.as_str()))
        .map(|(name, text)| (name.clone(), hash((shared, text))))
        .collect()
}

/// A readout's own values, whatever fields the model grows: through its `Debug` form.
fn fingerprint_readout(readout: &Readout) -> u64 {
    hash_debug(readout)
}

fn hash_debug(value: &impl std::fmt::Debug) -> u64 {
    struct Writer(DefaultHasher);
    impl std::fmt::Write for Writer {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut w = Writer(DefaultHasher::new());
    // Writing into a hasher cannot fail.
    let _ = write!(w, "{value:?}");
    w.0.finish()
}

fn hash(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
