//! The live site: a build kept in step with its inputs change by change, for the preview server.
//!
//! `Live::apply` is the whole rebuild decision: it reads the changed inputs again, re-extracts only
//! the changed seeds, relinks them in the archive (`Archive::relink`) or else re-indexes it, and
//! renders only the pages whose fingerprint (what the page is built from, `render::Fingerprints`)
//! or template changed; then it writes only the files whose bytes changed and deletes the pages
//! that are gone. Its output always equals a full build of the
//! same inputs. A rebuild that fails writes nothing: the last good site stays on disk.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::artifact::{hash, hash_debug, Artifact};
use crate::config::{self, Config};
use crate::diag::{Checked, Diagnostic, Position};
use crate::index::{self, Archive, ReadoutIx, Touched};
use crate::model::Readout;
use crate::output::{self, Staging};
use crate::permalink;
use crate::render::{self, Fingerprints, PAGE_TEMPLATES};
use crate::source::{self, SourceFile, SEEDS};

use super::exports::{self, Exports};
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
    /// Why the readouts cannot be indexed (ids used twice, permalinks), found at the last
    /// indexing.
    index_errors: Vec<Diagnostic>,
    /// A fingerprint of each readout's own values, by seed path.
    readouts: HashMap<PathBuf, u64>,
    /// The same fingerprints in the archive's order.
    own: Vec<u64>,
    /// The fingerprint of every page of the archive, as it is now.
    fingerprints: Fingerprints,
    /// A fingerprint of each page template with every template it may use.
    templates: HashMap<String, u64>,
    /// What keeps the inputs from building, by the input whose change may fix it.
    errors: BTreeMap<Input, Vec<Diagnostic>>,
    /// The fingerprint each page on disk was rendered from, by path.
    pages: HashMap<String, u64>,
    /// A hash of the bytes of every file on disk, by path; for the data exports, a hash of the
    /// hashes of their parts.
    files: HashMap<String, u64>,
    /// Each readout's part of every data export.
    exports: Exports,
    /// The output may lag behind the inputs, because a rebuild failed: the next one checks
    /// every page and file.
    stale: bool,
}

/// What a rebuild must check.
enum Scope {
    /// The readouts at these indices were put in place of their old versions (`Archive::relink`):
    /// the archive has the same pages at the same paths, and only those of the readouts and of
    /// the people, countries and organisations they are counted in may have changed.
    Readouts(Vec<ReadoutIx>, Touched),
    Everything,
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
    /// How many pages were checked for changes: every page, unless only some readouts changed
    /// and the archive kept its pages.
    pub checked: usize,
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
        let archive = empty_archive(&session);
        let mut live = Live {
            root: root.to_path_buf(),
            output: output.to_path_buf(),
            base_url,
            fingerprints: Fingerprints::new(&archive, &[], session.config.page_size),
            archive,
            withdrawn: Vec::new(),
            index_errors: Vec::new(),
            session,
            readouts: HashMap::new(),
            own: Vec::new(),
            templates: template_fingerprints(&texts),
            errors: BTreeMap::new(),
            pages: HashMap::new(),
            files: HashMap::new(),
            exports: Exports::default(),
            stale: false,
        };
        live.extract_all();
        let staging = Staging::create(output).map_err(|d| vec![d])?;
        let outcome = live.publish(Scope::Everything, |a| staging.write(a), |_| Ok(()))?;
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
        let scope = self.update(changes);
        let mut errors: Vec<Diagnostic> = self.errors.values().flatten().cloned().collect();
        errors.extend(self.index_errors.iter().cloned());
        if !errors.is_empty() {
            errors.sort();
            errors.dedup();
            self.stale = true;
            return Err(errors);
        }
        let scope = if self.stale { Scope::Everything } else { scope };
        let output = self.output.clone();
        let written = self.publish(
            scope,
            |a| output::write_into(&output, a),
            |path| output::remove_from(&output, path),
        );
        self.stale = written.is_err();
        if written.is_err() {
            // Some files may have been written: render and write everything next time.
            self.pages.clear();
            self.files.clear();
        }
        written
    }

    /// Reads the inputs that `changes` touch again, and says what the site must be checked for.
    fn update(&mut self, changes: &[Change]) -> Scope {
        let reload = self.errors.contains_key(&Input::Project)
            || changes
                .iter()
                .any(|c| matches!(c, Change::Config | Change::Gazetteer | Change::Ledger));
        if reload {
            self.reload();
            return Scope::Everything;
        }
        let seeds: Vec<&Path> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Seed(path) => Some(path.as_path()),
                _ => None,
            })
            .collect();
        let mut scope = if seeds.is_empty() {
            Scope::Everything
        } else {
            self.update_seeds(&seeds)
        };
        if changes.iter().any(|c| matches!(c, Change::Template(_))) {
            self.update_templates();
            scope = Scope::Everything;
        }
        if changes.iter().any(|c| matches!(c, Change::Static(_))) {
            self.update_statics();
            scope = Scope::Everything;
        }
        scope
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
        let lexicon = &self.session.lexicon;
        let readouts: Vec<(Readout, u64)> = self
            .session
            .sources
            .par_iter()
            .map(|s| {
                let r = readout(s, lexicon);
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
        self.index_errors = errors;
        self.index_errors.extend(
            source::duplicate_ids(&self.session.sources)
                .into_iter()
                .map(|(_, d)| d),
        );
        self.withdrawn = readouts
            .iter()
            .filter(|r| r.metadata.withdrawn.is_some())
            .cloned()
            .collect();
        self.archive = index::build(readouts, assignment, &self.session.lexicon.gazetteer);
        self.own = (self.archive.readouts.iter())
            .map(|e| self.readouts.get(&e.readout.source).copied().unwrap_or(0))
            .collect();
    }

    /// Every readout, taken back from the archive to be indexed again.
    fn take_readouts(&mut self) -> Vec<Readout> {
        let archive = std::mem::replace(&mut self.archive, empty_archive(&self.session));
        let mut readouts: Vec<Readout> = archive.readouts.into_iter().map(|e| e.readout).collect();
        readouts.append(&mut self.withdrawn);
        readouts
    }

    /// Reads the seeds at `paths` (files or folders, present or gone) again. Seeds that keep their
    /// path and leave the archive with the same pages are relinked in it; any other change indexes
    /// the archive again.
    fn update_seeds(&mut self, paths: &[&Path]) -> Scope {
        if let Some((swapped, touched)) = self.swap_seeds(paths) {
            return Scope::Readouts(swapped, touched);
        }
        let mut readouts = self.take_readouts();
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
                match self.read_seed(&file) {
                    Ok(Some(source)) => {
                        let r = readout(&source, &self.session.lexicon);
                        self.readouts.insert(file, fingerprint_readout(&r));
                        readouts.push(r);
                        self.put_source(source);
                    }
                    // Gone since the event: the change that removed it is on its way.
                    Ok(None) => {}
                    Err(errors) => {
                        self.errors.insert(Input::Seed(file), errors);
                    }
                }
            }
        }
        self.index(readouts);
        Scope::Everything
    }

    /// Swaps in the new version of each seed file at `paths` when it is published, still reads
    /// and keeps its path, and the archive keeps its pages (`Archive::relink`), so nothing needs
    /// indexing again; returns their indices and what they are counted in. Returns `None` at the
    /// first that does not; those swapped before it are read again with the rest.
    fn swap_seeds(&mut self, paths: &[&Path]) -> Option<(Vec<ReadoutIx>, Touched)> {
        let mut swapped = Vec::new();
        let mut touched = Touched::default();
        for &rel in paths {
            let rx = (self.archive.readouts.iter()).position(|e| e.readout.source == rel)?;
            let source = self.read_seed(rel).ok().flatten()?;
            let new = readout(&source, &self.session.lexicon);
            let old = &self.archive.readouts[rx].readout;
            if !permalink::keeps_path(&self.session.ledger.ledger, old, &new) {
                return None;
            }
            let fingerprint = fingerprint_readout(&new);
            let gazetteer = &self.session.lexicon.gazetteer;
            touched.extend(self.archive.relink(rx, new, gazetteer)?);
            self.readouts.insert(rel.to_path_buf(), fingerprint);
            self.own[rx] = fingerprint;
            self.put_source(source);
            swapped.push(rx);
        }
        Some((swapped, touched))
    }

    /// The seed file at `rel` parsed, or `None` when it is gone.
    fn read_seed(&self, rel: &Path) -> Result<Option<SourceFile>, Vec<Diagnostic>> {
        match std::fs::read(self.root.join(rel)) {
            Ok(bytes) => {
                source::parse(rel.to_path_buf(), bytes, &self.session.lexicon.gazetteer).map(Some)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(vec![Diagnostic::io(rel, &e)]),
        }
    }

    /// Puts a source into the session's sources, replacing the one at its path.
    fn put_source(&mut self, source: SourceFile) {
        let sources = &mut self.session.sources;
        match sources.binary_search_by(|s| s.rel_path.cmp(&source.rel_path)) {
            Ok(at) => sources[at] = source,
            Err(at) => sources.insert(at, source),
        }
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
    /// removes those that are no longer part of the site. Writes nothing when a page fails.
    fn publish(
        &mut self,
        scope: Scope,
        write: impl Fn(&Artifact) -> Result<(), Diagnostic> + Sync,
        remove: impl Fn(&str) -> Result<(), Diagnostic>,
    ) -> Checked<Outcome> {
        let archive = &self.archive;
        let session = &self.session;
        // The replaced readouts, unless every page must be checked.
        let (changed_readouts, updated) = match &scope {
            Scope::Readouts(rxs, touched) => {
                let updated = (self.fingerprints).update(archive, &self.own, rxs, touched);
                (updated.is_some().then_some(rxs.as_slice()), updated)
            }
            Scope::Everything => (None, None),
        };
        let everything = changed_readouts.is_none();
        let checked = updated.unwrap_or_else(|| {
            self.fingerprints = Fingerprints::new(archive, &self.own, session.config.page_size);
            (0..self.fingerprints.pages.len()).collect()
        });
        let site = hash_debug(&session.config);
        let pages: Vec<(String, u64)> = checked
            .iter()
            .map(|ix| {
                let (spec, fingerprint) = self.fingerprints.pages[*ix];
                let template = self.templates.get(spec.template());
                (spec.path(archive), hash((fingerprint, site, template)))
            })
            .collect();
        let todo: Vec<render::Spec> = checked
            .iter()
            .zip(&pages)
            .filter(|(_, (path, fingerprint))| self.pages.get(path) != Some(fingerprint))
            .map(|(ix, _)| self.fingerprints.pages[*ix].0)
            .collect();
        let exports = exports::paths();
        // The pages' paths, the static files and the generated files only change with everything.
        let (generated, statics) = if everything {
            let specs: Vec<render::Spec> = self.fingerprints.pages.iter().map(|p| p.0).collect();
            let generated = session.generated(archive, &specs);
            let paths: HashSet<&str> = pages.iter().map(|(path, _)| path.as_str()).collect();
            let collisions = session.collisions(|path| {
                paths.contains(path)
                    || generated.iter().any(|g| g.path == path)
                    || exports.iter().any(|e| e == path)
            });
            if !collisions.is_empty() {
                return Err(collisions);
            }
            (generated, session.statics.as_slice())
        } else {
            (Vec::new(), &[][..])
        };
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
        let mut files: Vec<(String, u64)> = Vec::new();
        (self.exports).update(
            archive,
            &session.config,
            (&self.own, site),
            changed_readouts,
        );
        let (versions, assembled): (Vec<_>, Vec<_>) = (self.exports)
            .files(|path, version| self.files.get(path) != Some(&version))
            .into_iter()
            .unzip();
        let assembled: Vec<Artifact> = assembled.into_iter().flatten().collect();
        files.extend(versions);
        let changed: Vec<&Artifact> = artifacts
            .iter()
            .chain(statics)
            .chain(&generated)
            .filter(|a| {
                let bytes = hash(&a.bytes);
                files.push((a.path.clone(), bytes));
                self.files.get(&a.path) != Some(&bytes)
            })
            .chain(&assembled)
            .collect();
        let mut errors: Vec<Diagnostic> =
            changed.par_iter().filter_map(|a| write(a).err()).collect();
        let mut written: Vec<String> = changed.iter().map(|a| a.path.clone()).collect();
        written.sort();
        let mut deleted = Vec::new();
        if everything {
            // Every page's file keeps its hash unless it was written again; any other file that
            // is not part of the site now is deleted.
            let mut next: HashMap<String, u64> = pages
                .iter()
                .filter_map(|(path, _)| Some((path.clone(), *self.files.get(path)?)))
                .collect();
            next.extend(files);
            deleted = (self.files.keys())
                .filter(|p| !next.contains_key(*p))
                .cloned()
                .collect();
            deleted.sort();
            errors.extend(deleted.iter().filter_map(|p| remove(p).err()));
            self.files = next;
            self.pages = pages.into_iter().collect();
        } else {
            self.files.extend(files);
            self.pages.extend(pages);
        }
        if !errors.is_empty() {
            errors.sort();
            return Err(errors);
        }
        Ok(Outcome {
            checked: checked.len(),
            rendered,
            written,
            deleted,
        })
    }
}

/// A placeholder while the archive is indexed again.
fn empty_archive(session: &Session) -> Archive {
    let assignment = permalink::Assignment {
        paths: Vec::new(),
        ledger: permalink::Ledger::default(),
    };
    index::build(Vec::new(), assignment, &session.lexicon.gazetteer)
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
