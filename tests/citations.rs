//! Citation records read back by a real client: citation-js parses every BibTeX, RIS and CSL-JSON
//! record of the seeds and of awkward fixtures, and renders it as a bibliography entry.

use std::collections::BTreeMap;
use std::path::Path;

use chancery::build::Session;
use chancery::cite::{self, bibtex::bibtex, chicago::chicago, csl::csl, ris::ris, Record};
use chancery::model::EventDate;
use chrono::Datelike;
use serde_json::{json, Value};

use crate::clients::{self, labelled_project, labelled_project_of};
use crate::support::{without_tags, Project};

/// A citation format: a pure function of the record.
type Format = fn(&Record) -> String;

/// The formats, by the file extension `citations.mjs` reads them by.
const FORMATS: [(&str, Format); 3] = [("bib", bibtex), ("ris", ris), ("json", csl)];

/// What citation-js made of one file: the parsed items and the rendered bibliography entry.
struct Parsed {
    items: Vec<Value>,
    bibliography: String,
}

/// Runs `tests/clients/citations.mjs` on the files, its bibliography in the locale of a reader of
/// `language`; `None` when Node is missing outside CI.
fn citation_js(files: &[&Path], language: &str) -> Option<BTreeMap<String, Parsed>> {
    let locale = match language {
        "en" => "--lang=en-US",
        _ => "--lang=fr-FR",
    };
    let args: Vec<&str> = std::iter::once(locale)
        .chain(files.iter().map(|f| f.to_str().unwrap()))
        .collect();
    let results = clients::node("citations.mjs", &args, false)?;
    let results = results.as_array().expect("citations.mjs prints an array");
    Some(
        results
            .iter()
            .map(|r| {
                let parsed = Parsed {
                    items: r["items"].as_array().cloned().unwrap_or_default(),
                    bibliography: r["bibliography"].as_str().unwrap_or_default().to_string(),
                };
                (r["file"].as_str().unwrap().to_string(), parsed)
            })
            .collect(),
    )
}

/// The records a readout page embeds, as a reader's copy or download gets them: the CSL-JSON of
/// its `<script>`, and the text of its highlighted BibTeX and RIS blocks.
fn page_records(html: &str) -> [String; 3] {
    let between = |start: &str, end: &str| {
        let from = html.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
        html[from..from + html[from..].find(end).unwrap()].to_string()
    };
    let text = |id: &str| {
        without_tags(&between(&format!("<div id=\"{id}\">"), "</div>"))
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    [
        text("cite-bib"),
        text("cite-ris"),
        between("id=\"cite-csl\">", "</script>"),
    ]
}

/// Every readout of a built project as a citation record, with its Chicago entry and its head
/// tags checked on the way. The records citation-js reads are those embedded in the built
/// readout pages; the BibTeX is read both as biblatex and as classic BibTeX (`.bibtex`).
fn check_project(project: &Project) -> usize {
    let config = chancery::config::load(project.root()).expect("config");
    let session = Session::load(project.root(), config).expect("project loads");
    let archive = session.archive().expect("archive");
    let out = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut records = Vec::new();
    for (i, entry) in archive.readouts.iter().enumerate() {
        let record = cite::record(entry, &archive, &session.config);
        let html = project.page(&entry.path);
        let embedded = page_records(&html);
        for ((ext, format), text) in FORMATS.into_iter().zip(embedded) {
            assert_eq!(
                text,
                format(&record),
                "{} embeds its .{ext} record as it is",
                entry.path
            );
            let exts: &[&str] = if ext == "bib" {
                &["bib", "bibtex"]
            } else {
                &[ext]
            };
            for ext in exts {
                let file = out.path().join(format!("{i}.{ext}"));
                std::fs::write(&file, &text).unwrap();
                files.push((file, i));
            }
        }
        check_chicago(&record);
        check_head(&html, &record);
        records.push(record);
    }
    let paths: Vec<&Path> = files.iter().map(|(f, _)| f.as_path()).collect();
    let Some(parsed) = citation_js(&paths, &session.config.language) else {
        return records.len();
    };
    for (file, i) in &files {
        let ext = file.extension().unwrap().to_str().unwrap();
        let result = &parsed[file.to_str().unwrap()];
        check_round_trip(&records[*i], ext, result);
    }
    records.len()
}

fn check_fixture(fixture: &str) -> usize {
    let project = Project::new(fixture);
    project.build(&[]);
    check_project(&project)
}

/// The head tags Zotero's Embedded Metadata translator reads describe the record's item.
fn check_head(html: &str, record: &Record) {
    let date = match record.issued() {
        Some(EventDate::Full(d)) => Some(d.format("%Y/%m/%d").to_string()),
        _ => None,
    };
    for (key, value) in [
        ("citation_title", Some(record.title.to_string())),
        ("citation_date", date),
        ("citation_publisher", Some(record.publisher.to_string())),
        (
            "citation_technical_report_institution",
            Some(record.publisher.to_string()),
        ),
        ("citation_public_url", Some(record.url.clone())),
        ("citation_language", Some(record.language.to_string())),
        ("citation_author", None),
        ("DC.creator", None),
    ] {
        let found = meta(html, key).map(|v| {
            v.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        });
        assert_eq!(found, value, "{}: {key}", record.id);
    }
}

fn check_chicago(record: &Record) {
    let entry = chicago(record);
    let style = record.style;
    let date = match record.issued() {
        Some(date) => style.date(date),
        None => style.no_date.to_string(),
    };
    for part in [record.publisher, &date, &record.url] {
        assert!(entry.contains(part), "{part:?} not in {entry}");
    }
    assert!(entry.starts_with(&style.quote(record.title)), "{entry}");
    assert!(!entry.contains("Consulté"), "{entry}");
}

/// The item type, title, date, language, issuer and URL survive, and there is no author: every
/// form gives citation-js the same item.
fn check_round_trip(record: &Record, ext: &str, parsed: &Parsed) {
    let at = format!("{} as .{ext}", record.id);
    assert_eq!(parsed.items.len(), 1, "{at}: one item");
    let item = &parsed.items[0];
    // RIS RPRT, BibTeX @techreport and CSL report all become a CSL `report`.
    assert_eq!(item["type"], "report", "{at}: {item}");
    assert_eq!(item["title"], record.title, "{at}");
    assert_eq!(item["publisher"], record.publisher, "{at}");
    assert_eq!(item["URL"], record.url, "{at}");
    assert_eq!(item["issued"], expected_issued(record, ext), "{at}: {item}");
    assert_eq!(
        item["genre"],
        record.style.genre(record.kind),
        "{at}: {item}"
    );
    // Classic BibTeX has no language field; biblatex's `langid` is a babel name.
    if ext != "bibtex" {
        let language = match item["language"].as_str().unwrap_or_default() {
            "french" => "fr",
            "english" => "en",
            other => other,
        };
        assert_eq!(language, record.language, "{at}: {item}");
    }
    assert!(item.get("author").is_none(), "{at}: no author: {item}");
    if let Some(date @ EventDate::DayMonth { .. }) = record.date {
        if ext != "json" {
            let note = item["note"].as_str().unwrap_or_default();
            let day_month = record.style.date_for_readers(date);
            assert!(note.contains(&day_month), "{at}: {item}");
        }
    }

    let bibliography = &parsed.bibliography;
    // APA typesets apostrophes, so names are compared without them.
    for part in [record.publisher, &record.url] {
        assert!(
            without_quotes(bibliography).contains(&without_quotes(part)),
            "{at}: {part:?} not in {bibliography}"
        );
    }
    // APA prints the year of a report; a year-less date only exists as CSL's literal date.
    let printed_date = match (record.issued(), ext) {
        (Some(d), _) if d.year().is_some() => d.year().map(|y| y.to_string()),
        (Some(d), "json") => Some(record.style.date(d)),
        _ => None,
    };
    match printed_date {
        Some(date) => {
            assert!(
                bibliography.contains(&date),
                "{at}: {date} not in {bibliography}"
            );
            assert!(!bibliography.contains("Consulté"), "{at}: {bibliography}");
        }
        // Undated, the style wants an access date, which the reader's copies carry
        // (`copies_carry_the_readers_access_date`).
        None => assert!(
            (bibliography.replace('\u{a0}', " ")).contains(&format!("({})", record.style.no_date)),
            "{at}: {bibliography}"
        ),
    }
    assert!(
        without_quotes(bibliography).contains(&without_quotes(record.title)),
        "{at}: title not in {bibliography}"
    );
}

/// What citation-js gives for `issued`: classic BibTeX keeps the year and the month.
fn expected_issued(record: &Record, ext: &str) -> Value {
    match (record.issued(), ext) {
        (Some(d @ EventDate::Full(_)), "bibtex") => {
            json!({ "date-parts": [[d.year(), d.month_day().0]] })
        }
        (Some(d @ EventDate::Full(_)), _) => {
            let (m, day) = d.month_day();
            json!({ "date-parts": [[d.year(), m, day]] })
        }
        (Some(d), "json") => json!({ "literal": record.style.date(d) }),
        _ => Value::Null,
    }
}

/// Text without quotes and with single spaces: the style prints straight quotes as French ones
/// (`"routes"` as `« routes »`, `d'accord` as `d’accord`).
fn without_quotes(text: &str) -> String {
    let bare: String = text
        .chars()
        .filter(|c| !matches!(c, '"' | '\'' | '’' | '«' | '»' | '“' | '”'))
        .collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn seeds_survive_citation_js() {
    assert_eq!(check_fixture("seeds"), 3);
}

#[test]
fn awkward_titles_and_dates_survive_citation_js() {
    assert_eq!(check_fixture("citations"), 4);
}

#[test]
fn every_labelled_readout_is_cited_the_same_way_in_every_form() {
    let project = labelled_project();
    project.build(&[]);
    assert!(check_project(&project) > 150);
}

/// An English interface cites in English around the readouts' own titles: the Chicago manual's
/// quotation marks and dates, English genres and issuers' English names; citation-js, with an
/// English reader's locale, reads every record back as the same item.
#[test]
fn an_english_interface_cites_in_english() {
    let project = labelled_project_of(&["readouts-en"]);
    let config = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
    project.write(
        "config.toml",
        config.replace("language = \"fr\"", "language = \"en\""),
    );
    project.build(&[]);
    assert!(check_project(&project) > 50);
    let html = project.page("readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/");
    let chicago =
        "“Sadyr Japarov rencontre Wang Yi à Bichkek.” Ministry of Foreign Affairs of the \
                   People&#39;s Republic of China, November 19, 2025.";
    assert!(html.contains(chicago), "{html}");
    assert!(html.contains("\"genre\":\"Meeting\""), "{html}");
    let cite = &html[html.find("<section class=\"cite\"").unwrap()..];
    for french in [
        "«",
        "Ministère",
        "Rencontre",
        "novembre",
        "s. d.",
        "Texte original",
    ] {
        assert!(!cite.contains(french), "{french} in {cite}");
    }
}

/// The value of `<meta name|property="key" content="…">` in a page's head, if any.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let head = &html[..html.find("</head>").unwrap()];
    ["name", "property"].iter().find_map(|attr| {
        let tag = format!("<meta {attr}=\"{key}\" content=\"");
        let start = head.find(&tag)? + tag.len();
        Some(&head[start..start + head[start..].find('"')?])
    })
}

#[test]
fn readout_pages_carry_what_reference_managers_read() {
    let project = Project::new("seeds");
    project.build(&[]);
    let path = "readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/";
    let url = format!("https://chancery.github.io/archive/{path}");
    let html = project.page(path);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));
    let publisher = "Ministère des Affaires étrangères de la République populaire de Chine";
    for (key, value) in [
        (
            "citation_title",
            "Sadyr Japarov rencontre Wang Yi à Bichkek",
        ),
        ("citation_date", "2025/11/19"),
        ("citation_publisher", publisher),
        ("citation_technical_report_institution", publisher),
        ("citation_public_url", url.as_str()),
        ("citation_language", "fr"),
        ("DC.type", "report"),
        ("og:title", "Sadyr Japarov rencontre Wang Yi à Bichkek"),
        ("og:url", url.as_str()),
        // Zotero ranks og:type above DC.type: "website" would make the item a web page.
        ("og:type", "article"),
    ] {
        assert_eq!(meta(&html, key), Some(value), "{key}");
    }
    assert_eq!(
        meta(&html, "citation_author"),
        None,
        "an institution is never split into a first and last name"
    );

    let start = html.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let json_ld: Value =
        serde_json::from_str(&html[start..start + html[start..].find("</script>").unwrap()])
            .unwrap();
    assert_eq!(json_ld["@type"], "Report");
    assert_eq!(json_ld["url"], url.as_str());
    assert_eq!(json_ld["publisher"]["name"], publisher);
    let event = &json_ld["about"];
    assert_eq!(event["@type"], "Event");
    assert_eq!(event["startDate"], "2025-11-19");
    assert_eq!(event["location"]["name"], "Bichkek");
    assert_eq!(event["attendee"][0]["name"], "Sadyr Japarov");
    assert_eq!(
        event["attendee"][1]["nationality"]["url"],
        "https://chancery.github.io/archive/countries/cn/"
    );

    for n in 1..=5 {
        assert!(
            html.contains(&format!("<p id=\"p{n}\"><a href=\"#p{n}\"")),
            "paragraph {n} links to itself"
        );
    }
    assert!(
        html.contains("data-file=\"000-77ea64a9e9cc6484.bib\"")
            && html.contains("data-file=\"000-77ea64a9e9cc6484.ris\"")
    );
    assert!(
        project.public().join("cite.css").exists() && project.public().join("cite.js").exists()
    );
}

#[test]
fn archive_wide_exports_hold_every_readout_and_survive_citation_js() {
    let project = Project::new("seeds");
    project.build(&[]);
    let data = project.public().join("data");
    let lines: Vec<Value> = std::fs::read_to_string(data.join("readouts.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "id",
        "url",
        "title",
        "date",
        "published",
        "kind",
        "place",
        "participants",
        "countries",
        "mentioned_people",
        "mentioned_countries",
        "mentioned_organisations",
        "secondary",
        "publisher",
        "source_url",
        "source_file",
        "paragraphs",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
    let mut csv = csv::Reader::from_path(data.join("readouts.csv")).unwrap();
    let header = csv.headers().unwrap().clone();
    assert_eq!(header.len(), 15, "{header:?}");
    assert_eq!(
        (&header[0], &header[7], &header[14]),
        ("id", "participants", "source_file")
    );
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for (row, line) in rows.iter().zip(&lines) {
        assert_eq!(&row[0], line["id"].as_str().unwrap());
        assert_eq!(&row[1], line["url"].as_str().unwrap());
        assert!(project
            .public()
            .join(
                line["url"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("https://chancery.github.io/archive/")
            )
            .join("index.html")
            .exists());
    }
    assert_eq!(&rows[0][7], "Sadyr Japarov (KG); Wang Yi (CN)");

    let bib = data.join("readouts.bib");
    let csl = data.join("readouts.csl.json");
    let Some(parsed) = citation_js(&[bib.as_path(), csl.as_path()], "fr") else {
        return;
    };
    for file in [&bib, &csl] {
        let result = &parsed[file.to_str().unwrap()];
        assert_eq!(result.items.len(), 3, "{}", file.display());
        for (item, line) in result.items.iter().zip(&lines) {
            assert_eq!(item["type"], "report");
            assert_eq!(item["title"], line["title"]);
            assert_eq!(item["URL"], line["url"]);
            assert_eq!(item["publisher"], line["publisher"]);
        }
        for line in &lines {
            assert!(
                result.bibliography.contains(line["url"].as_str().unwrap()),
                "{}",
                result.bibliography
            );
        }
    }
}

/// In Chromium, the files the citation block downloads carry the reader's access date, which an
/// undated readout's reference needs, and its Chicago entry shows it; citation-js reads them.
#[test]
fn copies_carry_the_readers_access_date() {
    let project = Project::new("citations");
    project.build(&[]);
    let config = chancery::config::load(project.root()).expect("config");
    let session = Session::load(project.root(), config).expect("project loads");
    let archive = session.archive().expect("archive");
    let undated = archive
        .readouts
        .iter()
        .find(|e| {
            cite::record(e, &archive, &session.config)
                .issued()
                .is_none()
        })
        .expect("an undated readout");
    let downloads = tempfile::tempdir().unwrap();
    let dir = downloads.path().to_str().unwrap();
    let Some(result) = clients::browser("copies.mjs", &project, &[dir, &undated.path]) else {
        return;
    };
    assert_eq!(result["outside"], json!([]));
    let page = &result["pages"][0];
    assert_eq!(page["errors"], json!([]));
    // The browser's clock, in the machine's time zone (UTC here and in CI).
    let today = chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).date_naive();
    let french = today.format("%-d").to_string();
    let chicago = page["chicago"].as_str().unwrap();
    assert!(
        chicago.contains(", s.\u{a0}d. Consulté le ") || chicago.contains(", s. d. Consulté le "),
        "{chicago}"
    );
    assert!(
        chicago.contains(&french)
            && chicago.ends_with(&format!("{}.", undated_url(&session, undated)))
    );
    let files: Vec<&str> = (page["files"].as_array().unwrap().iter())
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 3, "{files:?}");
    let paths: Vec<&Path> = files.iter().map(Path::new).collect();
    let parsed = citation_js(&paths, "fr").expect("citation-js, as the browser ran");
    let accessed = json!({ "date-parts": [[today.year(), today.month(), today.day()]] });
    for file in files {
        let result = &parsed[file];
        assert_eq!(result.items[0]["accessed"], accessed, "{file}");
        let bibliography = result.bibliography.replace('\u{a0}', " ");
        assert!(
            bibliography.contains("Consulté") && bibliography.contains(", à l’adresse https://"),
            "{file}: {bibliography}"
        );
    }
}

fn undated_url(session: &Session, entry: &chancery::index::Entry) -> String {
    format!("{}{}", session.config.base_url, entry.path)
}
