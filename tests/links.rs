//! Links: every internal link resolves and every page is reachable, at a domain root and under a
//! prefix; `chancery check` finds broken links, orphan pages and missing permanent URLs.

use std::collections::BTreeSet;

use chancery::check::Site;
use chancery::config;

use crate::support::{attributes, Project};

fn check_site(base_url: &str) {
    let project = Project::new("seeds");
    project.build(&["--base-url", base_url]);
    let config = config::load(project.root())
        .unwrap()
        .with_base_url(base_url)
        .unwrap();
    let site = Site::read(&project.public(), &config).unwrap();
    assert_eq!(site.broken_links(&project.public()), []);
    assert_eq!(site.orphans(&project.public(), &BTreeSet::new()), []);
    let pages: Vec<&str> = site.pages().collect();
    assert!(pages.len() >= 23, "{pages:?}");
    for page in pages {
        let html = project.page(page);
        let canonical = format!(r#"<link rel="canonical" href="{base_url}"#);
        assert!(
            html.contains(&canonical),
            "{page} has a canonical URL under {base_url}"
        );
        for link in attributes(&html, "href")
            .iter()
            .filter(|l| l.starts_with('/'))
        {
            assert!(
                link.starts_with(config.root_path()),
                "{page}: {link} is under {}",
                config.root_path()
            );
        }
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
    for (page, html) in crate::support::tree(&project.public()) {
        let html = String::from_utf8_lossy(&html);
        for src in attributes(&html, "src") {
            assert!(!src.contains("://"), "{page} loads {src}");
        }
        assert!(
            !html.contains("@import") && !html.contains("//fonts."),
            "{page}"
        );
    }
    assert!(project.public().join("style.css").exists());
}

#[test]
fn check_passes_on_a_fresh_build_and_reports_what_to_review() {
    let project = Project::new("seeds");
    project.build(&[]);
    let out = project.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("check passed"));
    assert!(
        stderr
            .lines()
            .all(|l| l.is_empty() || l.contains(": warning: ") || l.starts_with("  help: ")),
        "{stderr}"
    );
}

#[test]
fn check_finds_broken_links_orphans_and_missing_urls() {
    let project = Project::new("seeds");
    project.build(&[]);
    let public = project.public();
    let wang = public.join("people/wang-yi/index.html");
    let html = std::fs::read_to_string(&wang).unwrap();
    std::fs::write(&wang, html.replacen("</main>", r#"<a href="/archive/people/nobody/">x</a><a href="/archive/readouts/#p9">y</a></main>"#, 1)).unwrap();
    std::fs::remove_dir_all(public.join("people/xi-jinping")).unwrap();
    project.write("public/lost/index.html", "<html></html>");
    let out = project.run(&["check"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(|l| &l[l.find("public/").unwrap()..])
        .collect();
    for expected in [
        "public/lost/index.html:1:1: error: no link leads to this page from the home page",
        "public/people/wang-yi/index.html:1:1: error: broken link: `/archive/people/nobody/` points to people/nobody/index.html, which does not exist",
        "public/people/wang-yi/index.html:1:1: error: broken link: `/archive/readouts/#p9` points to #p9, which readouts/index.html does not have",
        "public/people/xi-jinping/:1:1: error: /people/xi-jinping/ is in permalinks.lock but not in the output",
    ] {
        assert!(errors.contains(&expected), "missing {expected} in\n{stderr}");
    }
}

#[test]
fn the_sitemap_lists_every_page_by_its_permanent_url() {
    let project = Project::new("seeds");
    project.build(&[]);
    let base = "https://chancery.github.io/archive/";
    let sitemap = std::fs::read_to_string(project.public().join("sitemap.xml")).unwrap();
    let listed: BTreeSet<String> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| {
            format!(
                "{}index.html",
                s[..s.find("</loc>").unwrap()].strip_prefix(base).unwrap()
            )
        })
        .collect();
    let config = config::load(project.root()).unwrap();
    let site = Site::read(&project.public(), &config).unwrap();
    let pages: BTreeSet<String> = site
        .pages()
        .filter(|p| *p != "404.html")
        .map(String::from)
        .collect();
    assert_eq!(listed, pages);
    assert!(std::fs::read_to_string(project.public().join("robots.txt"))
        .unwrap()
        .contains(&format!("Sitemap: {base}sitemap.xml")));
}
