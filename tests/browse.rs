//! Browsing: the timeline, year, people, person, country and readout pages in both interface
//! languages, pinned by snapshots, and no label of one language left in the other's site.

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

/// An archive of the labelled readouts of the `../shared` folders named, as seeds.
fn labelled(folders: &[&str], language: &str) -> Project {
    let project = seeds_in(language);
    std::fs::remove_dir_all(project.root().join("seeds")).unwrap();
    std::fs::remove_file(project.root().join("permalinks.lock")).unwrap();
    for folder in folders {
        let from = repo().join("../shared").join(folder);
        let entries = std::fs::read_dir(&from)
            .unwrap_or_else(|e| panic!("the labelled readouts are in {}: {e}", from.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().unwrap().to_string_lossy();
                // Each folder numbers its files from 1: the folder keeps their ids apart.
                let seed = format!("seeds/{folder}/{folder}-{name}");
                project.write(&seed, std::fs::read(&path).unwrap());
            }
        }
    }
    project.build(&[]);
    project
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

/// The part of a page between `<main` and `</main>`: what the page type adds to the frame.
fn main(html: &str) -> &str {
    let start = html.find("<main").expect("a main element");
    let end = html.find("</main>").expect("the end of main") + "</main>".len();
    &html[start..end]
}

/// Every label of a language: interface strings, month names and kinds of event.
fn labels(language: &str) -> Vec<String> {
    let path = repo().join(format!("src/render/labels/{language}.toml"));
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut labels = Vec::new();
    for (_, value) in table {
        match value {
            toml::Value::String(s) => labels.push(s),
            toml::Value::Array(a) => {
                labels.extend(a.into_iter().filter_map(|v| v.as_str().map(String::from)))
            }
            toml::Value::Table(t) => labels.extend(
                t.into_iter()
                    .filter_map(|(_, v)| v.as_str().map(String::from)),
            ),
            _ => {}
        }
    }
    labels
}

/// The labels of `other` that a reader of `language` would not read as theirs: not also a label
/// of `language`, long enough to be words, without placeholders.
fn foreign(language: &str, other: &str) -> Vec<String> {
    let own = labels(language);
    labels(other)
        .into_iter()
        .filter(|l| l.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !l.contains('{'))
        .filter(|l| !own.contains(l))
        .collect()
}

/// What the interface says on a page: the HTML without the readouts' titles, the readout's own
/// text and its citation records, which are in the readout's language.
fn interface_text(html: &str, titles: &[String]) -> String {
    let mut text = html.to_string();
    for (open, close) in [
        ("<div class=\"body\">", "</div>\n<footer>"),
        ("<section class=\"cite\"", "</section>"),
        ("<meta name=\"citation_", ">"),
        ("<meta name=\"DC.", ">"),
        ("<meta property=\"og:", ">"),
        ("<meta name=\"description\"", ">"),
    ] {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, " ");
        }
    }
    let mut text = shown(&text);
    for title in titles {
        text = text.replace(title.as_str(), " ");
    }
    text
}

/// The text a page shows: outside its tags, and in the attributes readers see or hear.
fn shown(html: &str) -> String {
    let mut shown = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        shown.push_str(&rest[..open]);
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        let tag = &rest[open..close];
        for name in [" title=\"", " aria-label=\"", " alt=\"", " content=\""] {
            if let Some(at) = tag.find(name) {
                let value = &tag[at + name.len()..];
                shown.push(' ');
                shown.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                shown.push(' ');
            }
        }
        // Scripts hold data, not text.
        let skip = tag
            .starts_with("<script")
            .then(|| rest[close..].find("</script>"))
            .flatten();
        rest = &rest[close + skip.unwrap_or(0)..];
        shown.push(' ');
    }
    shown.push_str(rest);
    shown
}

/// Text as the templates escape it.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Whether `text[at..at + len]` is a whole word; a hyphen joins words, so that a label is not
/// found inside a name of the gazetteer ("Pays" in "Pays-Bas").
fn is_word_at(text: &str, at: usize, len: usize) -> bool {
    let joins = |c: char| c.is_alphanumeric() || c == '-';
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(joins) && !after.is_some_and(joins)
}

/// The foreign labels each page of a built site shows, by page.
fn leaks(site: &Path, language: &str, other: &str) -> BTreeMap<String, Vec<String>> {
    let foreign = foreign(language, other);
    let jsonl = std::fs::read_to_string(site.join("data/readouts.jsonl")).unwrap();
    let mut titles: Vec<String> = (jsonl.lines())
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .map(|r| escape(r["title"].as_str().unwrap()))
        .collect();
    // The longest first, so that a title inside another is not cut out of it first.
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, bytes) in tree(site) {
        if !path.ends_with(".html") {
            continue;
        }
        let text = interface_text(&String::from_utf8(bytes).unwrap(), &titles);
        for label in &foreign {
            let escaped = escape(label);
            if text
                .match_indices(escaped.as_str())
                .any(|(at, m)| is_word_at(&text, at, m.len()))
            {
                found.entry(path.clone()).or_default().push(label.clone());
            }
        }
    }
    found
}

#[test]
fn no_label_of_one_language_is_left_in_the_other() {
    // Each interface over readouts in its own language, so that the texts cannot hide a label.
    for (language, other, folders) in [
        ("en", "fr", &["readouts-en"][..]),
        ("fr", "en", &["readouts", "readouts-more"][..]),
    ] {
        let project = labelled(folders, language);
        if language == "en" {
            // The site's own title and description are the config's, not labels.
            let config = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
            let config = (config.lines())
                .map(|line| match line.split_once(" = ") {
                    Some(("title", _)) => "title = \"Chancery: diplomatic readouts\"".to_string(),
                    Some(("description", _)) => "description = \"Official readouts.\"".to_string(),
                    _ => line.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n");
            project.write("config.toml", config);
            project.build(&[]);
        }
        let pages = tree(&project.public()).len();
        assert!(pages > 200, "{language}: {pages} files");
        let leaks = leaks(&project.public(), language, other);
        assert!(
            leaks.is_empty(),
            "{other} labels in the {language} site: {leaks:#?}"
        );
    }
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

/// How many readouts of the data export have a full date, by year, among those `keep` accepts.
fn dated(project: &Project, keep: impl Fn(&serde_json::Value) -> bool) -> BTreeMap<i32, usize> {
    let jsonl = std::fs::read_to_string(project.public().join("data/readouts.jsonl")).unwrap();
    let mut years = BTreeMap::new();
    for line in jsonl.lines() {
        let readout: serde_json::Value = serde_json::from_str(line).unwrap();
        let year = readout["date"]
            .as_str()
            .and_then(|d| d.get(..4)?.parse::<i32>().ok());
        if let Some(year) = year.filter(|_| keep(&readout)) {
            *years.entry(year).or_insert(0) += 1;
        }
    }
    years
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
