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

use crate::artifact::{hash, hash_value, Artifact};
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

/// One page's values, ready for its template. The site's values, the same on every page, are
/// added when it is rendered: see [`Shared`].
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

    /// The page's view hashed with the site's: the template sees nothing else, so two pages with
    /// the same fingerprint and the same templates render to the same bytes.
    fn fingerprint(&self, site: &Shared) -> u64 {
        (self.values.as_ref()).map_or(0, |values| hash((site.hash, hash_value(values))))
    }

    fn render(self, templates: &Templates, site: &Shared) -> Result<Vec<u8>, Diagnostic> {
        let template = self.template;
        self.values
            .map_err(tera::Error::json)
            .and_then(tera::Context::from_value)
            .and_then(|page| {
                let mut ctx = (site.context.as_ref())
                    .map_err(|e| tera::Error::msg(e.to_string()))?
                    .clone();
                ctx.extend(page);
                templates.tera.render(template, &ctx)
            })
            .map(String::into_bytes)
            .map_err(|e| template_error(Some(template), &e))
    }
}

/// The site's values, which every template gets as `site`: serialized and hashed once for all
/// the pages of a build rather than with each page, in a context each page's values extend.
struct Shared {
    context: serde_json::Result<tera::Context>,
    hash: u64,
}

impl Shared {
    fn new(site: &SiteView) -> Shared {
        let value = serde_json::to_value(site);
        let hash = value.as_ref().map_or(0, hash_value);
        let context = value.map(|site| {
            let mut context = tera::Context::new();
            context.insert("site", &site);
            context
        });
        Shared { context, hash }
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
            bytes: page.render(templates, &env.shared)?,
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
        let fingerprint = page.fingerprint(&env.shared);
        let file = stale(spec, &path, fingerprint).then(|| {
            Ok(Artifact {
                path: path.clone(),
                bytes: page.render(templates, &env.shared)?,
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
    shared: Shared,
    config: &'a Config,
}

impl<'a> Env<'a> {
    fn new(archive: &'a Archive, config: &'a Config) -> Env<'a> {
        let site = SiteView::new(config);
        Env {
            archive,
            shared: Shared::new(&site),
            site,
            config,
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
