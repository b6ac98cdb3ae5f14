//! Browsing: the timeline, year, people, person, country and readout pages in both interface
//! languages, pinned by snapshots; charts, the undated list, and one page for one person.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{repo, tree, Project};

/// The repository's archive with its interface in `language`.
fn seeds_in(language: &str) -> Project {
    let project = Project::new("seeds");
    set_language(&project, language);
    project
}

fn set_language(project: &Project, language: &str) {
    let config = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
    let config = config.replace("language = \"fr\"", &format!("language = \"{language}\""));
    assert!(config.contains(&format!("language = \"{language}\"")));
    project.write("config.toml", config);
}

/// An archive of the labelled readouts of the `../shared` folders named, as seeds, each file
/// name starting with the day the text was published when its label gives it, as an archivist
/// names the files they keep.
pub(crate) fn labelled(folders: &[&str], language: &str) -> Project {
    let project = seeds_in(language);
    std::fs::remove_dir_all(project.root().join("seeds")).unwrap();
    std::fs::remove_file(project.root().join("permalinks.lock")).unwrap();
    for folder in folders {
        let from = repo().join("../shared").join(folder);
        for (name, published) in publication_days(&from) {
            let text = std::fs::read(from.join(&name))
                .unwrap_or_else(|e| panic!("the labelled readouts are in {}: {e}", from.display()));
            // Each folder numbers its files from 1: the folder keeps their ids apart.
            let day = published.map(|d| format!("{d}-")).unwrap_or_default();
            project.write(&format!("seeds/{folder}/{day}{folder}-{name}"), text);
        }
    }
    project.build(&[]);
    project
}

/// Each labelled file of `folder` with the day its label says it was published, if it does.
fn publication_days(folder: &Path) -> Vec<(String, Option<String>)> {
    let labels = std::fs::read_to_string(folder.join("labels.toml")).unwrap();
    let labels: toml::Table = toml::from_str(&labels).unwrap();
    (labels.values())
        .map(|label| {
            let file = label["file"].as_str().unwrap().to_string();
            let published = label.get("published").and_then(|p| p.as_str());
            (file, published.map(str::to_string))
        })
        .collect()
}

#[test]
fn browse_pages_in_both_languages() {
    for language in ["fr", "en"] {
        let project = seeds_in(language);
        project.build(&["--locked"]);
        for (name, path) in [
            ("timeline", "timeline/"),
            ("year", "years/2025/"),
            ("people", "people/"),
            ("person", "people/wang-yi/"),
            ("country", "countries/kz/"),
            (
                "readout",
                "readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/",
            ),
        ] {
            insta::assert_snapshot!(
                format!("browse_{name}_{language}"),
                main(&project.page(path))
            );
        }
    }
}

/// A readout that neither its text nor a publication date places in time is listed apart, on a
/// page the timeline links to.
#[test]
fn the_undated_list_in_both_languages() {
    for language in ["fr", "en"] {
        let project = seeds_in(language);
        project.write(
            "seeds/audience.txt",
            "Le ministre des Affaires étrangères a reçu une délégation parlementaire.\n",
        );
        project.build(&[]);
        insta::assert_snapshot!(
            format!("browse_undated_{language}"),
            main(&project.page("timeline/undated/"))
        );
        assert!(project
            .page("timeline/")
            .contains("/archive/timeline/undated/"));
    }
}

/// The part of a page between `<main` and `</main>`: what the page type adds to the frame.
fn main(html: &str) -> &str {
    let start = html.find("<main").expect("a main element");
    let end = html.find("</main>").expect("the end of main") + "</main>".len();
    &html[start..end]
}

/// The counts a chart's bars give, by label (`<title>2025 (12)</title>`).
fn bars(html: &str) -> BTreeMap<i32, usize> {
    let svg = html.split("<svg").nth(1).expect("a chart");
    svg.split("<rect")
        .skip(1)
        .map(|bar| {
            let title = &bar[bar.find("<title>").unwrap() + "<title>".len()..];
            let (year, count) = title.split_once(" (").unwrap();
            let count = count.split(')').next().unwrap();
            (year.parse().unwrap(), count.parse().unwrap())
        })
        .collect()
}

/// The readouts of the data export.
fn exported(project: &Project) -> Vec<serde_json::Value> {
    let jsonl = std::fs::read_to_string(project.public().join("data/readouts.jsonl")).unwrap();
    (jsonl.lines())
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// The year an exported readout is placed in: its event's full date's, else its publication's.
fn placed_year(readout: &serde_json::Value) -> Option<i32> {
    let full = readout["date"].as_str().filter(|d| !d.starts_with("--"));
    let day = full.or(readout["published"].as_str())?;
    day.get(..4)?.parse().ok()
}

/// How many readouts of the data export are placed in each year, among those `keep` accepts.
fn dated(project: &Project, keep: impl Fn(&serde_json::Value) -> bool) -> BTreeMap<i32, usize> {
    let mut years = BTreeMap::new();
    for readout in exported(project).iter().filter(|r| keep(r)) {
        if let Some(year) = placed_year(readout) {
            *years.entry(year).or_insert(0) += 1;
        }
    }
    years
}

/// The readout pages a list page links to (`<ol class="readouts">`), by URL.
fn listed(html: &str) -> Vec<String> {
    (html.split("<ol class=\"readouts\">").skip(1))
        .flat_map(|list| list[..list.find("</ol>").unwrap()].split("<li>").skip(1))
        .filter_map(|item| {
            let at = item.find("<a href=\"")? + "<a href=\"".len();
            Some(item[at..at + item[at..].find('"')?].to_string())
        })
        .collect()
}

/// Every list page of a paginated list starting at `path`.
fn list_pages(project: &Project, path: &str) -> Vec<String> {
    let mut pages = vec![project.page(path)];
    for n in 2.. {
        match std::fs::read_to_string(project.public().join(format!("{path}page/{n}/index.html"))) {
            Ok(page) => pages.push(page),
            Err(_) => break,
        }
    }
    pages
}

/// An archive of every labelled readout, named by the day each was published when known: each
/// readout is on the page of the year its event's full date or else its publication places it
/// in, the lists saying "publié le …" for the second; only those with neither are listed as
/// undated, from the timeline.
#[test]
fn every_labelled_readout_is_placed_in_time_or_listed_as_undated() {
    let project = labelled(&["readouts", "readouts-more", "readouts-en"], "fr");
    let readouts = exported(&project);
    let path_of = |r: &serde_json::Value| {
        let url = r["url"].as_str().unwrap();
        url.trim_start_matches("https://chancery.github.io")
            .to_string()
    };
    let mut by_publication = 0;
    let mut undated = Vec::new();
    for readout in &readouts {
        let url = path_of(readout);
        let Some(year) = placed_year(readout) else {
            undated.push(url);
            continue;
        };
        let pages = list_pages(&project, &format!("years/{year}/"));
        let item = (pages.iter())
            .flat_map(|page| page.split("<li>"))
            .find(|item| item.contains(&format!("<a href=\"{url}\">")))
            .unwrap_or_else(|| panic!("{url} is not on the pages of {year}"));
        if readout["date"].as_str().is_none_or(|d| d.starts_with("--")) {
            by_publication += 1;
            let day = readout["published"].as_str().unwrap();
            assert!(
                item.contains(&format!("<time datetime=\"{day}\">publié le ")),
                "{item}"
            );
        }
    }
    assert!(
        by_publication >= 3,
        "{by_publication} placed by publication"
    );
    let timeline = project.page("timeline/");
    if undated.is_empty() {
        assert!(!timeline.contains("timeline/undated/"));
        return;
    }
    assert!(
        timeline.contains(&format!(
            "<a href=\"/archive/timeline/undated/\">Comptes rendus sans date</a> <span class=\"count\">{}</span>",
            undated.len()
        )),
        "{timeline}"
    );
    let mut listed: Vec<String> = (list_pages(&project, "timeline/undated/").iter())
        .flat_map(|page| listed(page))
        .collect();
    listed.sort();
    undated.sort();
    assert_eq!(listed, undated);
}

#[test]
fn the_charts_count_every_dated_readout_and_are_valid_svg() {
    let project = labelled(&["readouts", "readouts-more", "readouts-en"], "fr");
    let nonzero = |bars: BTreeMap<i32, usize>| -> BTreeMap<i32, usize> {
        bars.into_iter().filter(|(_, c)| *c > 0).collect()
    };
    let all = dated(&project, |_| true);
    assert!(all.values().sum::<usize>() > 10, "{all:?}");
    assert_eq!(nonzero(bars(&project.page("timeline/"))), all);
    // Each country with dated readouts charts them; one without any has no chart.
    let mut charted = 0;
    for code in ["CN", "FR", "RU", "US", "KZ", "KG", "GB", "IN"] {
        let page = project.page(&format!("countries/{}/", code.to_lowercase()));
        let years = dated(&project, |r| {
            r["countries"].as_array().unwrap().iter().any(|c| c == code)
        });
        if years.is_empty() {
            assert!(!page.contains("<svg"), "{code}");
        } else {
            charted += 1;
            assert_eq!(nonzero(bars(&page)), years, "{code}");
        }
    }
    assert!(charted >= 3, "{charted} countries charted");
    // Every chart is well-formed SVG with a text alternative.
    let mut charts = 0;
    for (path, bytes) in tree(&project.public()) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for svg in html.split("<svg").skip(1) {
            charts += 1;
            let svg = &svg[..svg
                .find("</svg>")
                .unwrap_or_else(|| panic!("{path}: unclosed svg"))];
            assert!(
                svg.contains("role=\"group\" aria-labelledby=") && svg.contains("<title id="),
                "{path}"
            );
            assert_eq!(
                svg.matches("<a ").count(),
                svg.matches("</a>").count(),
                "{path}"
            );
            assert_eq!(
                svg.matches("<rect").count(),
                svg.matches("</rect>").count(),
                "{path}"
            );
            assert!(
                html.contains("<table class=\"counts\">"),
                "{path}: a chart without its table"
            );
        }
    }
    assert!(charts > 10, "{charts} charts");
}

/// "le Président López Obrador" and "Andrés Manuel López Obrador" are one person of the
/// gazetteer (a surname of two words no one else bears): one page, and the page a ledger
/// already gave the short spelling redirects to it.
#[test]
fn spellings_of_one_person_make_one_page_and_the_old_one_redirects() {
    let project = labelled(&["readouts"], "fr");
    let site = tree(&project.public());
    let person = project.page("people/andres-manuel-lopez-obrador/");
    assert!(
        person.contains("message-de-xi-jinping-a-andres-manuel-lopez-obrador"),
        "{person}"
    );
    assert!(!site.contains_key("people/lopez-obrador/index.html"));
    let ledger = std::fs::read_to_string(project.root().join("permalinks.lock")).unwrap();
    let ledger = ledger.replace(
        "[people]\n",
        "[people]\nlopez-obrador = \"people/lopez-obrador/\"\n",
    );
    project.write("permalinks.lock", ledger);
    project.build(&[]);
    let redirect = project.page("people/lopez-obrador/");
    assert!(
        redirect
            .contains("url=https://chancery.github.io/archive/people/andres-manuel-lopez-obrador/"),
        "{redirect}"
    );
    let people = project.page("people/");
    assert_eq!(people.matches("López Obrador").count(), 1, "{people}");
}
