//! Checks of a built site: every internal link resolves, every page is reachable from the home
//! page, every URL of the ledger is there; and a list of what the extractor was unsure of.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::build::Session;
use crate::config::{self, Config};
use crate::diag::{Diagnostic, Position};
use crate::layout;
use crate::model::{slugify, Confidence, Field, Provenance, Readout};
use crate::permalink::Ledger;
use crate::source::SourceFile;

/// The HTML pages of a built site with their links and anchors.
pub struct Site {
    /// The path prefix of internal links (`/` or `/archive/`).
    root: String,
    base_url: String,
    /// Every file of the site, by path from the output folder.
    files: BTreeSet<String>,
    /// Every HTML page with the links it makes and the ids it has.
    pages: BTreeMap<String, Page>,
}

struct Page {
    links: Vec<String>,
    ids: BTreeSet<String>,
}

impl Site {
    /// Reads the site in `output`, built for `config`'s `base_url`.
    pub fn read(output: &Path, config: &Config) -> std::io::Result<Site> {
        let mut files = BTreeSet::new();
        let mut pages = BTreeMap::new();
        let mut stack = vec![PathBuf::new()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(output.join(&dir))? {
                let entry = entry?;
                let rel = dir.join(entry.file_name());
                if entry.file_type()?.is_dir() {
                    stack.push(rel);
                    continue;
                }
                let path = rel.to_string_lossy().replace('\\', "/");
                if path.ends_with(".html") {
                    let html = std::fs::read_to_string(entry.path())?;
                    let links = attribute_values(&html, "href")
                        .chain(attribute_values(&html, "src"))
                        .collect();
                    pages.insert(
                        path.clone(),
                        Page {
                            links,
                            ids: attribute_values(&html, "id").collect(),
                        },
                    );
                }
                files.insert(path);
            }
        }
        Ok(Site {
            root: config.root_path().to_string(),
            base_url: config.base_url.clone(),
            files,
            pages,
        })
    }

    pub fn pages(&self) -> impl Iterator<Item = &str> {
        self.pages.keys().map(String::as_str)
    }

    /// The file a link on page `from` points to, `Ok(None)` for an external link, or why it is broken.
    pub fn resolve(&self, from: &str, link: &str) -> Result<Option<String>, String> {
        let (path, fragment) = link
            .split_once('#')
            .map_or((link, None), |(p, f)| (p, Some(f)));
        let site_path = if path.is_empty() {
            from.to_string()
        } else if let Some(rest) = path
            .strip_prefix(&self.base_url)
            .or_else(|| path.strip_prefix(&self.root))
        {
            let dir = if rest.is_empty() || rest.ends_with('/') {
                "index.html"
            } else {
                ""
            };
            format!("{rest}{dir}")
        } else if ["http://", "https://", "mailto:", "data:"]
            .iter()
            .any(|s| path.starts_with(s))
        {
            return Ok(None);
        } else {
            return Err(format!(
                "`{link}` is neither under {} nor an external address",
                self.root
            ));
        };
        if !self.files.contains(&site_path) {
            return Err(format!(
                "`{link}` points to {site_path}, which does not exist"
            ));
        }
        if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
            let ids = self.pages.get(&site_path).map(|p| &p.ids);
            if !ids.is_some_and(|ids| ids.contains(fragment)) {
                return Err(format!(
                    "`{link}` points to #{fragment}, which {site_path} does not have"
                ));
            }
        }
        Ok(Some(site_path))
    }

    /// Every internal link that does not resolve.
    pub fn broken_links(&self, output: &Path) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (from, page) in &self.pages {
            for link in &page.links {
                if let Err(why) = self.resolve(from, link) {
                    out.push(
                        Diagnostic::error(output.join(from), Position::START, format!("broken link: {why}"))
                            .with_help("fix the template or the front matter that makes this link, then build again"),
                    );
                }
            }
        }
        out
    }

    /// The pages that following links from the home page reaches.
    pub fn reachable(&self) -> BTreeSet<&str> {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut queue = vec!["index.html"];
        while let Some(page) = queue.pop() {
            if !seen.insert(page) {
                continue;
            }
            let Some(p) = self.pages.get(page) else {
                continue;
            };
            for link in &p.links {
                if let Ok(Some(target)) = self.resolve(page, link) {
                    if let Some((key, _)) = self.pages.get_key_value(&target) {
                        queue.push(key.as_str());
                    }
                }
            }
        }
        seen
    }

    /// Pages no reader can find by browsing: not reachable from the home page. Redirects,
    /// tombstones and the 404 page are reached from outside, by old links, so they are exempt.
    pub fn orphans(&self, output: &Path, exempt: &BTreeSet<String>) -> Vec<Diagnostic> {
        let reachable = self.reachable();
        self.pages()
            .filter(|p| !reachable.contains(p) && *p != "404.html" && !exempt.contains(*p))
            .map(|p| {
                Diagnostic::error(
                    output.join(p),
                    Position::START,
                    "no link leads to this page from the home page",
                )
                .with_help("link it from a list or an index template")
            })
            .collect()
    }

    /// Every URL the ledger promises that the site does not have.
    pub fn missing_urls(&self, output: &Path, ledger: &Ledger) -> Vec<Diagnostic> {
        ledger
            .paths()
            .into_iter()
            .filter(|path| !self.files.contains(&format!("{path}index.html")))
            .map(|path| {
                Diagnostic::error(
                    output.join(path),
                    Position::START,
                    format!("/{path} is in permalinks.lock but not in the output"),
                )
                .with_help("run `chancery build`; a published URL must never disappear")
            })
            .collect()
    }
}

/// The values of every `name="…"` attribute in `html`, with entities decoded.
fn attribute_values<'a>(html: &'a str, name: &str) -> impl Iterator<Item = String> + 'a {
    let needle = format!(" {name}=\"");
    let at: Vec<usize> = html
        .match_indices(&needle)
        .map(|(i, _)| i + needle.len())
        .collect();
    at.into_iter().filter_map(move |start| {
        let rest = &html[start..];
        rest.find('"').map(|end| {
            rest[..end]
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
    })
}

/// Warnings for the fields the extractor guessed with low confidence, for a human to review, at the
/// words each was read from; and for readouts cited under the config's default publisher while
/// their text names another issuer.
pub fn review(readouts: &[Readout], sources: &[SourceFile], config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in readouts {
        let m = &r.metadata;
        let source = sources.iter().find(|s| s.rel_path == r.source);
        let unsure = |field: &Provenance| matches!(field, Provenance::Extracted(Confidence::Low));
        let fields: [(&str, &str, bool); 5] = [
            ("date", "date", unsure(&m.date.provenance)),
            ("kind", "kind", unsure(&m.kind.provenance)),
            ("place", "place", unsure(&m.place.provenance)),
            (
                "participants",
                "participants",
                unsure(&m.participants.provenance),
            ),
            (
                "secondary events",
                "secondary",
                low_and_present(&m.secondary),
            ),
        ];
        for (name, key, _) in fields.iter().filter(|(_, _, low)| *low) {
            let evidence = m.evidence.iter().find(|e| e.field == *key);
            let (position, words) = match (evidence, source) {
                (Some(e), Some(s)) => (
                    Position::of_offset(&s.text, s.body_start + e.span.start),
                    format!(", from “{}”", one_line(&r.body[e.span.clone()])),
                ),
                _ => (Position::START, String::new()),
            };
            out.push(
                Diagnostic::warning(
                    &r.source,
                    position,
                    format!("the {name} was guessed with low confidence{words}"),
                )
                .with_help(
                    "check it against the text and correct it in the front matter if needed",
                ),
            );
        }
        if let (None, Some(named)) = (&m.publisher, &m.named_issuer) {
            let position = match (m.evidence.iter().find(|e| e.field == "issuer"), source) {
                (Some(e), Some(s)) => Position::of_offset(&s.text, s.body_start + e.span.start),
                _ => Position::START,
            };
            out.push(
                Diagnostic::warning(
                    &r.source,
                    position,
                    format!(
                        "cited as issued by the config's default, {}, while the text names {named}",
                        config.publisher
                    ),
                )
                .with_help(
                    "set `publisher` in the front matter, or in a defaults.toml of its folder",
                ),
            );
        }
    }
    out
}

/// Words on one line, for a message.
fn one_line(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Warnings for the names that could be several known people and that no front matter pins,
/// at their line and column in the seed: they are left unlinked until a human says who they are.
pub fn unresolved(readouts: &[Readout], sources: &[SourceFile]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in readouts {
        let Some(source) = sources.iter().find(|s| s.rel_path == r.source) else {
            continue;
        };
        for a in &r.metadata.unresolved {
            let written = r.body.get(a.phrase.clone()).unwrap_or_default();
            let keys: Vec<String> = a.candidates.iter().map(|c| slugify(c)).collect();
            out.push(
                Diagnostic::warning(
                    &r.source,
                    Position::of_offset(&source.text, source.body_start + a.span.start),
                    format!(
                        "“{written}” could be {}; it is left unlinked",
                        a.candidates.join(" or ")
                    ),
                )
                .with_help(format!(
                    "say who it is in the front matter: [mentions] \"{written}\" = \"{}\"",
                    keys.join("\" or \"")
                )),
            );
        }
    }
    out
}

fn low_and_present<T>(field: &Field<Vec<T>>) -> bool {
    !field.value.is_empty() && field.provenance == Provenance::Extracted(Confidence::Low)
}

/// Checks the project under `root` against its built site in `output` (config's, unless given).
/// Returns every finding: errors make the check fail, warnings are for review.
pub fn check(root: &Path, output: Option<&Path>) -> Vec<Diagnostic> {
    let session = match config::load(root).and_then(|config| Session::load(root, config)) {
        Ok(s) => s,
        Err(errors) => return errors,
    };
    let readouts = session.readouts();
    let archive = match session.archive() {
        Ok(a) => a,
        Err(errors) => return errors,
    };
    let mut findings = review(&readouts, &session.sources, &session.config);
    findings.extend(unresolved(&readouts, &session.sources));
    for change in archive.ledger.changes_from(&session.ledger.ledger) {
        findings.push(
            Diagnostic::warning(
                layout::LEDGER,
                Position::START,
                format!("not yet recorded: {change}"),
            )
            .with_help("run `chancery build` and commit permalinks.lock"),
        );
    }
    let output = root.join(output.unwrap_or(&session.config.output));
    let site = match Site::read(&output, &session.config) {
        Ok(site) => site,
        Err(err) => {
            findings.push(Diagnostic::io(&output, &err).with_help("run `chancery build` first"));
            return findings;
        }
    };
    let exempt: BTreeSet<String> = archive
        .redirects
        .iter()
        .map(|r| &r.from)
        .chain(archive.tombstones.iter().map(|t| &t.path))
        .map(|p| format!("{p}index.html"))
        .collect();
    findings.extend(site.broken_links(&output));
    findings.extend(site.orphans(&output, &exempt));
    findings.extend(site.missing_urls(&output, &archive.ledger));
    findings
}
