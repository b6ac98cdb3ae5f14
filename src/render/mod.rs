//! Rendering: the archive through Tera templates into HTML pages, one artifact per page.

pub mod annotated;
mod chart;
mod citation;
mod encounters;
mod feed;
mod labels;
mod links;
mod pages;
mod pagination;
mod readers;
mod related;
mod specs;
mod templates;
mod timeline;
mod views;

use rayon::prelude::*;
use serde::Serialize;

use crate::artifact::{hash_serialized, Artifact};
use crate::cite::highlight::Highlighter;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::index::Archive;
pub use feed::Feed;
pub use labels::Labels;
use links::Links;
pub use links::Read;
pub use readers::Readers;
pub use specs::{specs, Spec};
use templates::template_error;
pub use templates::{compile, escape_html, Templates, PAGE_TEMPLATES};
use views::SiteView;

/// One page's values, ready for its template.
struct Page {
    template: &'static str,
    values: serde_json::Result<serde_json::Value>,
}

impl Page {
    fn new(template: &'static str, values: &impl Serialize) -> Page {
        Page {
            template,
            values: serde_json::to_value(values),
        }
    }

    /// The page's view hashed: the template sees nothing else, so two pages with the same
    /// fingerprint and the same templates render to the same bytes.
    fn fingerprint(&self) -> u64 {
        self.values.as_ref().map_or(0, hash_serialized)
    }

    fn render(self, templates: &Templates) -> Result<Vec<u8>, Diagnostic> {
        let template = self.template;
        self.values
            .map_err(tera::Error::json)
            .and_then(tera::Context::from_value)
            .and_then(|ctx| templates.tera.render(template, &ctx))
            .map(String::into_bytes)
            .map_err(|e| template_error(Some(template), &e))
    }
}

/// Renders the pages of `specs` in parallel, in no particular order. Pure: the same archive,
/// config and templates give the same bytes for each page.
pub fn render<'a>(
    archive: &'a Archive,
    config: &'a Config,
    templates: &'a Templates,
    specs: Vec<Spec>,
) -> impl ParallelIterator<Item = Result<Artifact, Diagnostic>> + 'a {
    let env = Env::new(archive, config);
    specs.into_par_iter().map(move |spec| {
        let (page, _) = env.page(spec);
        Ok(Artifact {
            path: spec.path(archive),
            bytes: page.render(templates)?,
        })
    })
}

/// A page built for the preview: its fingerprint, what its view read, and its file if it was
/// rendered.
pub struct Built {
    pub spec: Spec,
    pub path: String,
    pub fingerprint: u64,
    pub reads: Vec<Read>,
    pub file: Option<Result<Artifact, Diagnostic>>,
}

/// Builds the views of the pages of `specs` in parallel, in no particular order, and renders
/// those for which `stale(spec, path, fingerprint)` holds. Pure, like `render`.
pub fn build<'a>(
    archive: &'a Archive,
    config: &'a Config,
    templates: &'a Templates,
    specs: Vec<Spec>,
    stale: impl Fn(Spec, &str, u64) -> bool + Sync + Send + 'a,
) -> impl ParallelIterator<Item = Built> + 'a {
    let env = Env::new(archive, config);
    specs.into_par_iter().map(move |spec| {
        let (page, reads) = env.page(spec);
        let path = spec.path(archive);
        let fingerprint = page.fingerprint();
        let file = stale(spec, &path, fingerprint).then(|| {
            Ok(Artifact {
                path: path.clone(),
                bytes: page.render(templates)?,
            })
        });
        Built {
            spec,
            path,
            fingerprint,
            reads,
            file,
        }
    })
}

/// What building any page needs.
struct Env<'a> {
    archive: &'a Archive,
    site: SiteView<'a>,
    config: &'a Config,
    highlighter: Highlighter,
}

impl<'a> Env<'a> {
    fn new(archive: &'a Archive, config: &'a Config) -> Env<'a> {
        Env {
            archive,
            site: SiteView::new(config),
            config,
            highlighter: Highlighter::new(),
        }
    }

    /// The values of the page of `spec`, and what they were read from.
    fn page(&self, spec: Spec) -> (Page, Vec<Read>) {
        let builder = Builder {
            env: self,
            links: Links::new(self.archive, self.config, &self.site.labels),
        };
        let page = builder.page(spec);
        debug_assert_eq!(
            page.template,
            spec.template(),
            "Spec::template is out of date"
        );
        (page, builder.links.into_reads())
    }
}

/// One page being built: what every page needs, and the page's own record of what it reads.
struct Builder<'e, 'a> {
    env: &'e Env<'a>,
    links: Links<'e>,
}

impl<'a> std::ops::Deref for Builder<'_, 'a> {
    type Target = Env<'a>;

    fn deref(&self) -> &Env<'a> {
        self.env
    }
}
