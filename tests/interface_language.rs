//! The interface's language: no label of one language left in the other's site, and every link to
//! a country page named as the interface names the country.

use std::collections::BTreeMap;
use std::path::Path;

use chancery::cite::style::Style;
use chancery::model::{EventKind, Language};

use crate::browse::labelled;
use crate::support::{repo, tree, Project};

/// Every label of a language: interface strings, month names and kinds of event; the words of
/// its citations (`cite::style`), the names its citations give issuers (`data/issuers.toml`), the
/// names of organisations (`data/organisations.toml`) and of the offices people pages show
/// (`data/people.toml`).
fn labels(language: &str) -> Vec<String> {
    let path = repo().join(format!("src/render/labels/{language}.toml"));
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let style = Style::of(Language::parse(language).unwrap());
    let genres = EventKind::ALL.map(|kind| style.genre(kind));
    let mut labels: Vec<String> = (genres.iter().chain(&style.months).copied())
        .chain([
            style.no_date,
            style.event_date,
            style.original,
            style.accessed,
        ])
        .map(|l| l.split('{').next().unwrap().trim().to_string())
        .collect();
    let people = std::fs::read_to_string(repo().join("data/people.toml")).unwrap();
    let people: toml::Table = toml::from_str(&people).unwrap();
    for office in people["office"].as_array().unwrap() {
        let key = if language == "en" { "english" } else { "name" };
        labels.push(office[key].as_str().unwrap().to_string());
    }
    for (file, list) in [("issuers", "issuer"), ("organisations", "organisation")] {
        let path = repo().join(format!("data/{file}.toml"));
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for entry in table[list].as_array().unwrap() {
            // A name that is the same in both languages has no `english`.
            if let Some(english) = entry.get("english").and_then(|e| e.as_str()) {
                let name = entry["name"].as_str().unwrap();
                labels.push(if language == "en" { english } else { name }.to_string());
            }
        }
    }
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

/// What the interface says on a page: the HTML without the readouts' titles and their people's
/// names, and the readout's own text (and its opening, which the head repeats), which are in the
/// readout's language. Citations are the interface's.
fn interface_text(html: &str, titles: &[String]) -> String {
    let mut text = html.to_string();
    for (open, close) in [
        ("<div class=\"body\"", "</div>\n<footer>"),
        ("<meta name=\"citation_abstract\"", ">"),
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
    // The addresses citations give are the site's paths, not words.
    while let Some(start) = text.find("https://") {
        let end = text[start..]
            .find(|c: char| c.is_whitespace() || c == '<')
            .map_or(text.len(), |e| start + e);
        text.replace_range(start..end, " ");
    }
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
        // What `static/cite.js` adds to an undated citation is shown too.
        for name in [
            " title=\"",
            " aria-label=\"",
            " alt=\"",
            " content=\"",
            " data-accessed=\"",
        ] {
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
    // A readout's title and the names of the people it names are its own words, not labels
    // ("King" is an English office and an English surname).
    let mut titles: Vec<String> = (jsonl.lines())
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .flat_map(|r| {
            let people = (r["participants"].as_array().unwrap().iter())
                .map(|p| p["name"].clone())
                .chain(r["mentioned_people"].as_array().unwrap().iter().cloned());
            std::iter::once(r["title"].clone())
                .chain(people)
                .map(|name| escape(name.as_str().unwrap()))
                .collect::<Vec<_>>()
        })
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
        let names = country_names(&project, language);
        let links = country_links(&project.public());
        assert!(
            links.len() > 100,
            "{language}: {} country links",
            links.len()
        );
        let misnamed: Vec<_> = (links.iter())
            .filter(|(_, slug, text)| names.get(slug).map(|n| escape(n)).as_ref() != Some(text))
            .collect();
        assert!(
            misnamed.is_empty(),
            "country links not named in {language}: {misnamed:#?}"
        );
    }
}

/// Each country's name in an interface of `language`, by the slug of its code, as the
/// gazetteer gives them: the first English name in English, the French name otherwise.
fn country_names(project: &Project, language: &str) -> BTreeMap<String, String> {
    let table = |file: &str| -> Vec<toml::Value> {
        let text = std::fs::read_to_string(project.root().join("data").join(file)).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        table["country"].as_array().unwrap().clone()
    };
    let mut names: BTreeMap<String, String> = (table("countries.toml").iter())
        .map(|c| (c["code"].as_str().unwrap(), c["name"].as_str().unwrap()))
        .map(|(code, name)| (code.to_lowercase(), name.to_string()))
        .collect();
    if language == "en" {
        for c in table("countries-en.toml") {
            let code = c["code"].as_str().unwrap().to_lowercase();
            if let Some(name) = c["names"].as_array().and_then(|n| n.first()) {
                names.insert(code, name.as_str().unwrap().to_string());
            }
        }
    }
    names
}

/// Every link to a country page in the site's pages that names the country, rather than a
/// word of a readout's text (which has a `title`) or a year: (page, code slug, text).
fn country_links(site: &Path) -> Vec<(String, String, String)> {
    let mut links = Vec::new();
    for (path, bytes) in tree(site) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for link in html.split("<a href=\"").skip(1) {
            let Some((url, rest)) = link.split_once("\">") else {
                continue;
            };
            let slug = url
                .strip_suffix('/')
                .and_then(|u| u.rsplit_once("/countries/"));
            let text = &rest[..rest.find("</a>").unwrap()];
            // A chart's bar and its table's row link to the page by year, not by name.
            let by_year = text.starts_with('<') || text.parse::<i32>().is_ok();
            if let Some((_, slug)) = slug.filter(|(_, s)| s.len() == 2 && !by_year) {
                links.push((path.clone(), slug.to_string(), text.to_string()));
            }
        }
    }
    links
}
