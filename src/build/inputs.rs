//! The inputs of the live site as last read: the session, its archive, and what keeps them from
//! building; and the one decision of what an edit makes the preview check again.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::artifact::hash;
use crate::config::{self, Config};
use crate::diag::{Checked, Diagnostic, Position};
use crate::index::{self, Archive, Before, ReadoutIx};
use crate::layout::{CONFIG, SEEDS, STATIC};
use crate::model::Readout;
use crate::permalink;
use crate::render::{self, Spec, PAGE_TEMPLATES};
use crate::source::{self, SourceFile};

use super::{read_tree, readout, template_texts, Change, Session};

/// What a rebuild must check.
pub(super) enum Scope {
    /// The readouts at these indices were put in place of their old versions: the archive has
    /// the same pages at the same paths, and only those whose views read one of these readouts
    /// or a part of the lists and counts of these people, countries and organisations that
    /// differs from what they were may have changed.
    Readouts(Vec<ReadoutIx>, Before),
    /// Only templates changed: the pages are the same with the same views, and only those whose
    /// page templates are named here may render differently.
    Templates(HashSet<String>),
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

pub(super) struct Inputs {
    root: PathBuf,
    /// The preview's own address: kept when `config.toml` is read again.
    base_url: String,
    pub(super) session: Session,
    /// Owns the published readouts, so a rebuild re-indexes them without extracting them again.
    pub(super) archive: Archive,
    /// The withdrawn readouts, which the archive keeps only as tombstones.
    withdrawn: Vec<Readout>,
    /// Why the readouts cannot be indexed (ids used twice, permalinks), found at the last
    /// indexing.
    index_errors: Vec<Diagnostic>,
    /// A hash of each page template with every template it may use.
    pub(super) templates: HashMap<String, u64>,
    /// What keeps the inputs from building, by the input whose change may fix it.
    errors: BTreeMap<Input, Vec<Diagnostic>>,
}

impl Inputs {
    pub(super) fn load(root: &Path, config: Config) -> Checked<Inputs> {
        let base_url = config.base_url.clone();
        let session = Session::load(root, config)?;
        let texts = template_texts(root)?;
        let mut inputs = Inputs {
            root: root.to_path_buf(),
            base_url,
            archive: empty_archive(&session),
            session,
            withdrawn: Vec::new(),
            index_errors: Vec::new(),
            templates: template_hashes(&texts),
            errors: BTreeMap::new(),
        };
        inputs.extract_all();
        Ok(inputs)
    }

    /// Every problem that keeps the inputs from building, sorted.
    pub(super) fn errors(&self) -> Vec<Diagnostic> {
        let mut errors: Vec<Diagnostic> = self.errors.values().flatten().cloned().collect();
        errors.extend(self.index_errors.iter().cloned());
        errors.sort();
        errors.dedup();
        errors
    }

    /// Reads the inputs that `changes` touch again and decides what the site must be checked
    /// for. This is the one place that decides when an edit takes the narrow path: only the pages
    /// whose views read an edited readout, or the lists of what it is counted in, are checked
    /// (`Scope::Readouts`). It does when every row holds:
    ///
    /// | condition                                                        | checked by              |
    /// |------------------------------------------------------------------|-------------------------|
    /// | only seed files changed: no config, gazetteer, ledger, template or static file | here |
    /// | the last rebuild succeeded (else every page is checked)          | `Live::apply`           |
    /// | each changed seed is a published readout and still parses        | `swap_seeds`            |
    /// | it keeps its path                                                | `permalink::keeps_path` |
    /// | it keeps its place: same id, same date, not withdrawn            | `Archive::relink`       |
    /// | what it names already has a page and keeps it; every person keeps name and country | `Archive::relink` |
    /// | every page is where it was: the archive's page specs are the same | `swap_seeds`           |
    ///
    /// Why that suffices: on the narrow path nothing changes in the archive but the edited
    /// readouts and the lists and counts of what they are counted in, which page views read
    /// through `render::Links` (recorded, `render::Readers`); everything else a view may read
    /// (names, paths and countries, how many entities and years there are, redirects,
    /// tombstones, the config) stays as it is, by the rows above.
    pub(super) fn update(&mut self, changes: &[Change], specs: &[Spec]) -> Scope {
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
        let others = changes.iter().any(|c| !matches!(c, Change::Seed(_)));
        let mut scope = Scope::Everything;
        if !seeds.is_empty() {
            match self.swap_seeds(&seeds, specs) {
                Some((swapped, before)) if !others => scope = Scope::Readouts(swapped, before),
                Some(_) => {}
                None => self.read_seeds(&seeds),
            }
        }
        if changes.iter().any(|c| matches!(c, Change::Template(_))) {
            let edited = self.update_templates();
            if changes.iter().all(|c| matches!(c, Change::Template(_))) {
                scope = Scope::Templates(edited);
            }
        }
        if changes.iter().any(|c| matches!(c, Change::Static(_))) {
            self.update_statics();
        }
        scope
    }

    /// Reads everything again, as a full build does.
    fn reload(&mut self) {
        let loaded = config::load(&self.root)
            .and_then(|c| {
                c.with_base_url(&self.base_url).map_err(|help| {
                    vec![
                        Diagnostic::error(CONFIG, Position::START, "invalid base URL")
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
                self.templates = template_hashes(&texts);
                self.extract_all();
            }
            Err(errors) => {
                self.errors.insert(Input::Project, errors);
            }
        }
    }

    /// Extracts every readout of the session and indexes them.
    fn extract_all(&mut self) {
        let readouts = self.session.readouts();
        self.index(readouts);
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
        (self.index_errors).extend(source::unknown_translations(&self.session.sources));
        self.withdrawn = readouts
            .iter()
            .filter(|r| r.metadata.withdrawn.is_some())
            .cloned()
            .collect();
        let session = &self.session;
        let language = session.config.interface_language();
        self.archive = index::build(readouts, assignment, &session.lexicon.gazetteer, language);
    }

    /// Every readout, taken back from the archive to be indexed again.
    fn take_readouts(&mut self) -> Vec<Readout> {
        let archive = std::mem::replace(&mut self.archive, empty_archive(&self.session));
        let mut readouts: Vec<Readout> = archive.readouts.into_iter().map(|e| e.readout).collect();
        readouts.append(&mut self.withdrawn);
        readouts
    }

    /// Reads the seeds at `paths` (files or folders, present or gone) again and indexes the
    /// archive again.
    fn read_seeds(&mut self, paths: &[&Path]) {
        let mut readouts = self.take_readouts();
        for &rel in paths {
            readouts.retain(|r| !r.source.starts_with(rel));
            self.session
                .sources
                .retain(|s| !s.rel_path.starts_with(rel));
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
                        readouts.push(readout(
                            &source,
                            &self.session.lexicon,
                            self.session.config.text_language(),
                        ));
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
    }

    /// Swaps in the new version of each seed file at `paths` when it is published, still reads
    /// and keeps its path, the archive keeps its pages (`Archive::relink`) and its pages are
    /// still `specs`; returns their indices and what they are counted in. Returns `None` at the
    /// first that does not; the seeds are then read again with the rest.
    fn swap_seeds(&mut self, paths: &[&Path], specs: &[Spec]) -> Option<(Vec<ReadoutIx>, Before)> {
        let mut swapped = Vec::new();
        let mut before = Before::default();
        for &rel in paths {
            let rx = (self.archive.readouts.iter()).position(|e| e.readout.source == rel)?;
            let source = self.read_seed(rel).ok().flatten()?;
            let new = readout(
                &source,
                &self.session.lexicon,
                self.session.config.text_language(),
            );
            let old = &self.archive.readouts[rx].readout;
            if !permalink::keeps_path(&self.session.ledger.ledger, old, &new) {
                return None;
            }
            let gazetteer = &self.session.lexicon.gazetteer;
            before.extend(self.archive.relink(rx, new, gazetteer)?);
            self.put_source(source);
            swapped.push(rx);
        }
        (render::specs(&self.archive, &self.session.config) == specs).then_some((swapped, before))
    }

    /// The seed file at `rel` parsed, or `None` when it is gone.
    fn read_seed(&self, rel: &Path) -> Result<Option<SourceFile>, Vec<Diagnostic>> {
        source::read(&self.root, rel, &self.session.lexicon.gazetteer)
    }

    /// Puts a source into the session's sources, replacing the one at its path.
    fn put_source(&mut self, source: SourceFile) {
        let sources = &mut self.session.sources;
        match sources.binary_search_by(|s| s.rel_path.cmp(&source.rel_path)) {
            Ok(at) => sources[at] = source,
            Err(at) => sources.insert(at, source),
        }
    }

    /// Compiles the templates again; returns the page templates whose hash changed.
    fn update_templates(&mut self) -> HashSet<String> {
        self.errors.remove(&Input::Templates);
        let compiled = template_texts(&self.root)
            .and_then(|texts| Ok((template_hashes(&texts), render::compile(texts)?)));
        match compiled {
            Ok((hashes, templates)) => {
                let old = std::mem::replace(&mut self.templates, hashes);
                self.session.templates = templates;
                (self.templates.iter())
                    .filter(|(name, hash)| old.get(*name) != Some(*hash))
                    .map(|(name, _)| name.clone())
                    .collect()
            }
            Err(errors) => {
                self.errors.insert(Input::Templates, errors);
                HashSet::new()
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
}

/// A placeholder while the archive is indexed again.
fn empty_archive(session: &Session) -> Archive {
    let assignment = permalink::Assignment {
        paths: Vec::new(),
        ledger: permalink::Ledger::default(),
    };
    let language = session.config.interface_language();
    index::build(Vec::new(), assignment, &session.lexicon.gazetteer, language)
}

/// A hash of each page template together with every template it may use: the templates that
/// are not pages (`base.html`, `macros.html`) and page templates other templates name.
fn template_hashes(texts: &[(String, String)]) -> HashMap<String, u64> {
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
