//! Rendering: the archive through Tera templates into HTML pages, one artifact per page.

pub mod annotated;
mod chart;
mod citation;
mod encounters;
mod feed;
mod fingerprint;
mod labels;
mod pages;
mod pagination;
mod specs;
mod templates;
mod timeline;
mod views;

use rayon::prelude::*;
use serde::Serialize;

use crate::artifact::Artifact;
use crate::cite::highlight::Highlighter;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::index::Archive;
pub use feed::Feed;
pub use fingerprint::Fingerprints;
pub use specs::{specs, Spec};
use templates::template_error;
pub use templates::{compile, escape_html, Templates, PAGE_TEMPLATES, TEMPLATES};
use views::{Links, SiteView};

/// One page to render: where it goes, with which template, from which values.
struct Page {
    template: &'static str,
    context: tera::Result<tera::Context>,
}

impl Page {
    fn new(template: &'static str, values: &impl Serialize) -> Page {
        Page {
            template,
            context: tera::Context::from_serialize(values),
        }
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
    let env = Env {
        site: SiteView::new(config),
        archive,
        config,
        highlighter: Highlighter::new(),
    };
    specs.into_par_iter().map(move |spec| {
        let page = env.page(spec);
        debug_assert_eq!(
            page.template,
            spec.template(),
            "Spec::template is out of date"
        );
        let html = page
            .context
            .and_then(|ctx| templates.tera.render(page.template, &ctx))
            .map_err(|e| template_error(Some(page.template), &e))?;
        Ok(Artifact {
            path: spec.path(env.archive),
            bytes: html.into_bytes(),
        })
    })
}

/// What building any page needs.
struct Env<'a> {
    site: SiteView<'a>,
    archive: &'a Archive,
    config: &'a Config,
    highlighter: Highlighter,
}

impl Env<'_> {
    fn links(&self) -> Links<'_> {
        Links {
            archive: self.archive,
            root: self.site.root,
            labels: &self.site.labels,
        }
    }
}
