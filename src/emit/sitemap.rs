//! The sitemap and robots.txt: every page a search engine should index, by its permanent URL.

use crate::artifact::Artifact;
use crate::config::Config;
use crate::index::Archive;
use crate::render::Spec;

/// `sitemap.xml` with every page but redirects, tombstones, feeds and the 404 page, and `robots.txt`
/// pointing to it.
pub fn sitemap(archive: &Archive, config: &Config, specs: &[Spec]) -> Vec<Artifact> {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for spec in specs {
        if matches!(
            spec,
            Spec::NotFound | Spec::Redirect(_) | Spec::Tombstone(_) | Spec::Feed(_)
        ) {
            continue;
        }
        let path = spec.path(archive);
        let url = config.url(path.trim_end_matches("index.html"));
        xml.push_str(&format!(
            "<url><loc>{}</loc></url>\n",
            url.replace('&', "&amp;")
        ));
    }
    xml.push_str("</urlset>\n");
    let robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        config.url("sitemap.xml")
    );
    vec![
        Artifact {
            path: "sitemap.xml".into(),
            bytes: xml.into_bytes(),
        },
        Artifact {
            path: "robots.txt".into(),
            bytes: robots.into_bytes(),
        },
    ]
}
