//! Pages in Chromium: axe-core on every page type at desktop and phone widths and in the dark
//! scheme, with screenshots under `target/screenshots/` for review.

use chancery::build::Session;
use chancery::model::EventDate;
use serde_json::Value;

use crate::clients::{browser, labelled_project, screenshots};
use crate::support::{copy_tree, repo, tree, Project};

/// One page of each type of the built project, by path from the site root: the lists, one
/// entity of each kind, and readouts with a full date, a year-less date, no date, and notes.
fn page_types(project: &Project) -> Vec<String> {
    let config = chancery::config::load(project.root()).expect("config");
    let session = Session::load(project.root(), config).expect("project loads");
    let archive = session.archive().expect("archive");
    let readout = |wanted: &dyn Fn(&chancery::index::Entry) -> bool| {
        let entry = archive.readouts.iter().find(|e| wanted(e));
        entry.expect("a readout of each kind").path.clone()
    };
    let date = |e: &chancery::index::Entry| e.readout.metadata.date.value;
    let mut pages = vec![
        readout(&|e| matches!(date(e), Some(EventDate::Full(_)))),
        readout(&|e| matches!(date(e), Some(EventDate::DayMonth { .. }))),
        readout(&|e| date(e).is_none()),
        readout(&|e| !e.readout.metadata.notes.is_empty()),
        archive.people[0].path(),
        archive.countries[0].path(),
        archive.organisations[0].path(),
    ];
    let site = tree(&project.public());
    for list in [
        "",
        "readouts/",
        "readouts/page/2/",
        "people/",
        "countries/",
        "organisations/",
        "years/",
        "timeline/",
        "timeline/undated/",
    ] {
        assert!(site.contains_key(&format!("{list}index.html")), "{list}");
        pages.push(list.to_string());
    }
    let year = site.keys().find(|p| p.starts_with("years/2"));
    pages.push(year.unwrap().trim_end_matches("index.html").to_string());
    pages.push("404.html".to_string());
    pages
}

/// The violations of one page at one width that reach `serious` or `critical`, as text.
fn serious(page: &Value) -> Vec<String> {
    let violations = page["violations"].as_array().unwrap();
    violations
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| {
            let nodes = v["nodes"].as_array().unwrap();
            format!(
                "{} {} at {}: {} ({} elements, first {})",
                v["impact"],
                v["id"],
                page["viewport"],
                v["help"],
                nodes.len(),
                nodes[0]
            )
        })
        .collect()
}

#[test]
fn every_page_type_passes_axe_at_desktop_and_phone_widths_and_in_the_dark() {
    let project = labelled_project();
    copy_tree(
        &repo().join("tests/fixtures/annotations/seeds"),
        &project.root().join("seeds/annotations"),
    );
    project.build(&[]);
    let pages = page_types(&project);
    let shots = screenshots("page-types");
    // Only this run's pages, for review.
    let _ = std::fs::remove_dir_all(&shots);
    let paths: Vec<&str> = pages.iter().map(String::as_str).collect();
    let Some(result) = browser(
        "axe.mjs",
        &project,
        &[&[shots.to_str().unwrap()], &paths[..]].concat(),
    ) else {
        return;
    };
    let checked = result["pages"].as_array().unwrap();
    // Desktop, phone, and desktop in the dark scheme.
    assert_eq!(checked.len(), 3 * pages.len());
    let mut problems = Vec::new();
    for page in checked {
        let path = page["path"].as_str().unwrap();
        problems.extend(serious(page).into_iter().map(|p| format!("/{path}: {p}")));
        for error in page["errors"].as_array().unwrap() {
            problems.push(format!("/{path}: script error {error}"));
        }
    }
    assert_eq!(
        result["outside"],
        Value::Array(vec![]),
        "requests left the site"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for path in &paths {
        let name = path.trim_end_matches('/').replace('/', "_");
        let name = if name.is_empty() { "home".into() } else { name };
        assert!(shots.join(format!("{name}-phone.png")).is_file(), "{name}");
    }
}
