//! Links: every internal link resolves and every page is reachable, at a domain root and under a prefix.

use crate::support::{Project, Site};

fn check_site(base_url: &str) {
    let project = Project::new("seeds");
    project.build(&["--base-url", base_url]);
    let site = Site::read(&project.public(), base_url);
    assert_eq!(site.broken_links(), Vec::<String>::new());
    let unreachable: Vec<&String> = site
        .pages
        .keys()
        .filter(|p| *p != "404.html" && !site.reachable().contains(*p))
        .collect();
    assert!(
        unreachable.is_empty(),
        "not reachable from the home page: {unreachable:?}"
    );
    assert!(site.pages.len() > 15, "{} pages", site.pages.len());
    for (page, html) in &site.pages {
        assert!(
            html.contains(&format!(r#"<link rel="canonical" href="{base_url}"#)),
            "{page} has a canonical URL under {base_url}"
        );
    }
}

#[test]
fn links_resolve_at_a_domain_root() {
    check_site("https://archive.example.org/");
}

#[test]
fn links_resolve_under_a_path_prefix() {
    check_site("https://user.github.io/archive/");
}

#[test]
fn the_site_makes_no_external_requests() {
    let project = Project::new("seeds");
    project.build(&[]);
    let site = Site::read(&project.public(), "https://chancery.github.io/archive/");
    for (page, html) in &site.pages {
        for src in crate::support::attributes(html, "src") {
            assert!(!src.contains("://"), "{page} loads {src}");
        }
        assert!(
            !html.contains("@import") && !html.contains("//fonts."),
            "{page}"
        );
    }
    assert!(site.files.contains("style.css"));
}
