//! The live site: a build kept in step with its inputs change by change, for the preview server.
//!
//! `Live::apply` reads the changed inputs again (`Inputs::update`, which decides what must be
//! checked), builds the views of the pages that may have changed, renders those whose view or
//! template changed, writes only the files whose bytes changed and deletes the pages that are
//! gone. Its output always equals a full build of the same inputs. A rebuild that fails writes
//! nothing: the last good site stays on disk.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::artifact::{hash, Artifact};
use crate::config::Config;
use crate::diag::{Checked, Diagnostic};
use crate::emit::search::LiveIndex;
use crate::index::ReadoutIx;
use crate::layout::EXPORTS;
use crate::output::{self, Staging};
use crate::render::{self, Built, Readers, Spec};

use super::exports::Exports;
use super::inputs::{Inputs, Scope};
use super::{Change, Session};

/// A site on disk and what it was built from.
pub struct Live {
    output: PathBuf,
    inputs: Inputs,
    /// Which page read what, for the archive as it is now.
    readers: Readers,
    /// What is on disk.
    disk: Disk,
    /// Each readout's part of every data export.
    exports: Exports,
    /// The readouts whose parts of the data exports are not written yet (`None`: all of them).
    exports_due: Option<Vec<ReadoutIx>>,
    /// The search index, when the config has search.
    search: Option<LiveIndex>,
    /// The output may lag behind the inputs, because a rebuild failed: the next one checks
    /// every page and file.
    stale: bool,
}

/// The mirror of the output folder: what each file on disk was made from.
#[derive(Default)]
struct Disk {
    /// Each page's view fingerprint with its template's hash, by path.
    pages: HashMap<String, u64>,
    /// A hash of the bytes of every file, by path; for the data exports, a hash of the hashes of
    /// their parts.
    files: HashMap<String, u64>,
}

/// A file's path and a hash of what it is made from.
type MadeFrom = (String, u64);

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

impl Outcome {
    /// Adds the files written after the pages.
    pub fn add(&mut self, written: Vec<String>) {
        self.written.extend(written);
        self.written.sort();
    }
}

impl Live {
    /// Loads the project and builds it into `output` (checked by `output::check_output_dir`),
    /// replacing what was there in one swap.
    pub fn start(root: &Path, config: Config, output: &Path) -> Checked<(Live, Outcome)> {
        let mut live = Live {
            output: output.to_path_buf(),
            inputs: Inputs::load(root, config)?,
            readers: Readers::default(),
            disk: Disk::default(),
            exports: Exports::default(),
            exports_due: Some(Vec::new()),
            search: None,
            stale: false,
        };
        let staging = Staging::create(output).map_err(|d| vec![d])?;
        let mut outcome = live.publish(Scope::Everything, |a| staging.write(a), |_| Ok(()))?;
        outcome.add(live.publish_exports(|a| staging.write(a))?);
        staging.commit().map_err(|d| vec![d])?;
        Ok((live, outcome))
    }

    /// What the site is built from now.
    pub fn session(&self) -> &Session {
        &self.inputs.session
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    /// Rebuilds what `changes` touch, reading each changed input from disk, and brings the output
    /// folder in step. On error nothing is written; the errors stay until the inputs are fixed.
    pub fn apply(&mut self, changes: &[Change]) -> Checked<Outcome> {
        let mut outcome = self.apply_pages(changes)?;
        outcome.add(self.write_exports()?);
        Ok(outcome)
    }

    /// [`Live::apply`] but for the data exports, which no page shows and which are the largest
    /// files of the site: the preview announces the pages first, then calls
    /// [`Live::write_exports`].
    pub fn apply_pages(&mut self, changes: &[Change]) -> Checked<Outcome> {
        let scope = self.inputs.update(changes, &self.readers.specs);
        let errors = self.inputs.errors();
        if !errors.is_empty() {
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
            self.disk = Disk::default();
        }
        written
    }

    /// Brings the data exports in step with the last rebuild of the pages; returns the files
    /// written. On error the next rebuild writes everything again.
    pub fn write_exports(&mut self) -> Checked<Vec<String>> {
        let output = self.output.clone();
        let written = self.publish_exports(|a| output::write_into(&output, a));
        if written.is_err() {
            self.stale = true;
            self.disk = Disk::default();
        }
        written
    }

    /// Remakes the export parts of the readouts due and writes the export files that changed.
    fn publish_exports(
        &mut self,
        write: impl Fn(&Artifact) -> Result<(), Diagnostic> + Sync,
    ) -> Checked<Vec<String>> {
        let due = self.exports_due.replace(Vec::new());
        let inputs = &self.inputs;
        (self.exports)
            .update(&inputs.archive, &inputs.session.config, due.as_deref())
            .map_err(|d| vec![d])?;
        let (versions, assembled) = self.exports.files(|path, v| self.disk.changed(path, v));
        let mut errors: Vec<Diagnostic> = assembled
            .par_iter()
            .filter_map(|a| write(a).err())
            .collect();
        if !errors.is_empty() {
            errors.sort();
            return Err(errors);
        }
        self.disk.files.extend(versions);
        Ok(assembled.into_iter().map(|a| a.path).collect())
    }

    /// Renders the pages that may have changed, then writes the files whose bytes changed and
    /// removes those that are no longer part of the site. Writes nothing when a page fails.
    fn publish(
        &mut self,
        scope: Scope,
        write: impl Fn(&Artifact) -> Result<(), Diagnostic> + Sync,
        remove: impl Fn(&str) -> Result<(), Diagnostic>,
    ) -> Checked<Outcome> {
        let (specs, changed) = match scope {
            Scope::Readouts(rxs, before) => {
                let (archive, config) = (&self.inputs.archive, &self.inputs.session.config);
                (self.readers.of(&rxs, &before, archive, config), Some(rxs))
            }
            Scope::Templates(edited) => {
                let specs = (self.readers.specs.iter())
                    .filter(|spec| edited.contains(spec.template()))
                    .copied()
                    .collect();
                (specs, Some(Vec::new()))
            }
            Scope::Everything => {
                let session = &self.inputs.session;
                let specs = render::specs(&self.inputs.archive, &session.config);
                self.readers = Readers::new(specs.clone());
                (specs, None)
            }
        };
        let everything = changed.is_none();
        // The pages' paths, the static files and the generated files only change with everything,
        // but for the search index, which reads every readout's text.
        let others = match changed.as_deref() {
            None => {
                let search = self.search_index(None).map_err(|d| vec![d])?;
                self.site_files(search)?
            }
            Some([]) => Vec::new(),
            Some(changed) => self.search_index(Some(changed)).map_err(|d| vec![d])?,
        };
        let checked = specs.len();
        let (pages, files) = self.build_pages(specs)?;
        let rendered = files.len();
        match (&mut self.exports_due, changed) {
            (Some(due), Some(changed)) => due.extend(changed),
            (due, _) => *due = None,
        }
        let mut hashes = Vec::new();
        let changed: Vec<&Artifact> = (files.iter().chain(&others))
            .filter(|a| {
                let bytes = hash(&a.bytes);
                hashes.push((a.path.clone(), bytes));
                self.disk.changed(&a.path, bytes)
            })
            .collect();
        let mut errors: Vec<Diagnostic> =
            changed.par_iter().filter_map(|a| write(a).err()).collect();
        let mut written: Vec<String> = changed.iter().map(|a| a.path.clone()).collect();
        written.sort();
        let deleted = self.disk.record(pages, hashes, everything);
        errors.extend(deleted.iter().filter_map(|p| remove(p).err()));
        if !errors.is_empty() {
            errors.sort();
            return Err(errors);
        }
        Ok(Outcome {
            checked,
            rendered,
            written,
            deleted,
        })
    }

    /// The files of the site that are not pages: the static files and the generated files;
    /// errors when one has the path of another.
    fn site_files(&self, search: Vec<Artifact>) -> Checked<Vec<Artifact>> {
        let (session, archive) = (&self.inputs.session, &self.inputs.archive);
        let generated = session.generated(archive, &self.readers.specs, search);
        let paths: HashSet<String> = (self.readers.specs.iter())
            .map(|s| s.path(archive))
            .chain(generated.iter().map(|g| g.path.clone()))
            .chain(EXPORTS.map(String::from))
            .collect();
        let collisions = session.collisions(|path| paths.contains(path));
        if !collisions.is_empty() {
            return Err(collisions);
        }
        Ok(session.statics.iter().cloned().chain(generated).collect())
    }

    /// The search index's files once the readouts at `changed`, which kept their places, are
    /// analysed again: those that may have changed; every file when `changed` is `None`.
    fn search_index(&mut self, changed: Option<&[ReadoutIx]>) -> Result<Vec<Artifact>, Diagnostic> {
        let (config, archive) = (&self.inputs.session.config, &self.inputs.archive);
        if !config.search {
            self.search = None;
            return Ok(Vec::new());
        }
        match (&mut self.search, changed) {
            (Some(index), Some(changed)) => index.update(archive, config, changed),
            _ => {
                let (index, files) = LiveIndex::new(archive, config)?;
                self.search = Some(index);
                Ok(files)
            }
        }
    }

    /// Builds the views of the pages of `specs`, records what they read, and renders those whose
    /// view or template changed since they were written. Returns every page's path with what it
    /// is made from, and the rendered files.
    fn build_pages(&mut self, specs: Vec<Spec>) -> Checked<(Vec<MadeFrom>, Vec<Artifact>)> {
        let (inputs, disk) = (&self.inputs, &self.disk);
        let session = &inputs.session;
        let made_from = |spec: Spec, fingerprint: u64| {
            hash((fingerprint, inputs.templates.get(spec.template())))
        };
        let built: Vec<Built> = render::build(
            &inputs.archive,
            &session.config,
            &session.templates,
            specs,
            |spec, path, fingerprint| disk.pages.get(path) != Some(&made_from(spec, fingerprint)),
        )
        .collect();
        let mut pages = Vec::with_capacity(built.len());
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for page in built {
            pages.push((page.path, made_from(page.spec, page.fingerprint)));
            self.readers.record(page.spec, page.reads);
            match page.file {
                Some(Ok(file)) => files.push(file),
                Some(Err(error)) => errors.push(error),
                None => {}
            }
        }
        if !errors.is_empty() {
            errors.sort();
            errors.dedup();
            return Err(errors);
        }
        Ok((pages, files))
    }
}

impl Disk {
    /// Whether the file at `path` is not on disk as `hash` says it should be.
    fn changed(&self, path: &str, hash: u64) -> bool {
        self.files.get(path) != Some(&hash)
    }

    /// Records the pages built and the files written; after a rebuild of `everything`, returns
    /// the files on disk that are no longer part of the site, sorted, and forgets them.
    fn record(
        &mut self,
        pages: Vec<MadeFrom>,
        files: Vec<MadeFrom>,
        everything: bool,
    ) -> Vec<String> {
        if !everything {
            self.files.extend(files);
            self.pages.extend(pages);
            return Vec::new();
        }
        // Every page's file keeps its hash unless it was written again; the data exports, which
        // every site has, keep theirs until `Live::publish_exports` records them.
        let kept = pages.iter().map(|(path, _)| path.as_str()).chain(EXPORTS);
        let mut next: HashMap<String, u64> = kept
            .filter_map(|path| Some((path.to_string(), *self.files.get(path)?)))
            .collect();
        next.extend(files);
        let mut deleted: Vec<String> = (self.files.keys())
            .filter(|p| !next.contains_key(*p))
            .cloned()
            .collect();
        deleted.sort();
        self.files = next;
        self.pages = pages.into_iter().collect();
        deleted
    }
}
