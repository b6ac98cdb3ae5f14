//! Search: the index the build writes, queried by the browser's own engine (`static/search.js`)
//! run in Node (`tests/search/query.cjs`), on the seeds and on the labelled readouts.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::support::{copy_tree, repo, without_tags, Project};

/// Runs the searches on the built site of `project`, and returns what each found.
fn search(project: &Project, requests: &[Value]) -> Vec<Value> {
    let output = Command::new("node")
        .arg(repo().join("tests/search/query.cjs"))
        .arg(project.public())
        .args(requests.iter().map(Value::to_string))
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    found["searches"].as_array().unwrap().clone()
}

fn titles(found: &Value) -> Vec<&str> {
    (found["results"].as_array().unwrap().iter())
        .map(|r| r["title"].as_str().unwrap())
        .collect()
}

fn urls(found: &Value) -> Vec<&str> {
    (found["results"].as_array().unwrap().iter())
        .map(|r| r["url"].as_str().unwrap())
        .collect()
}

/// The words of paragraph `n` of a readout page, without its markup and its number.
fn page_paragraph(page: &str, n: u64) -> String {
    let start = page
        .find(&format!("<p id=\"p{n}\">"))
        .expect("the paragraph is on the page");
    let html = &page[start..start + page[start..].find("</p>").unwrap()];
    let text = without_tags(html)
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    text.trim().to_string()
}

fn seeds() -> Project {
    let project = Project::new("seeds");
    project.build(&[]);
    project
}

#[test]
fn kirghizistan_finds_the_two_readouts_about_kyrgyzstan_and_a_country_narrows_them() {
    let project = seeds();
    let found = search(
        &project,
        &[
            json!({ "q": "Kirghizistan" }),
            json!({ "q": "kirghizistan", "filters": { "country": ["uz"] } }),
            json!({ "q": "KIRGHIZISTAN", "filters": { "country": ["kz"] } }),
        ],
    );
    let all = titles(&found[0]);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().all(|t| t.contains("Japarov")), "{all:?}");
    // Every result links to the paragraph that matched, and its snippet is cut from the text of
    // that paragraph as the readout's page shows it.
    for r in found[0]["results"].as_array().unwrap() {
        let n = r["paragraph"].as_u64().unwrap();
        assert!(n >= 1, "{r}");
        let text = r["text"].as_str().unwrap();
        assert!(text.to_lowercase().contains("kirghiz"), "{r}");
        let url = r["url"].as_str().unwrap().trim_start_matches("/archive/");
        let page = std::fs::read_to_string(project.public().join(url).join("index.html")).unwrap();
        assert!(
            page_paragraph(&page, n).ends_with(text),
            "{text:?} is not paragraph {n} of {url}"
        );
    }
    // The facet counts say what narrowing gives.
    let countries: BTreeMap<String, u64> = (found[0]["facets"]["country"].as_array().unwrap())
        .iter()
        .map(|v| (v[0].as_str().unwrap().into(), v[1].as_u64().unwrap()))
        .collect();
    assert_eq!(countries["kg"], 2);
    assert_eq!(found[1]["total"], countries["uz"]);
    assert!(urls(&found[1]).iter().all(|u| urls(&found[0]).contains(u)));
    assert!(!countries.contains_key("kz"));
    assert_eq!(found[2]["total"], 0);
}

#[test]
fn phrases_match_words_in_order_across_stop_words() {
    let project = seeds();
    let found = search(
        &project,
        &[
            json!({ "q": "\"Ceinture et la Route\"" }),
            json!({ "q": "«ceinture et la route»" }),
            json!({ "q": "\"Route et la Ceinture\"" }),
            json!({ "q": "\"Ceinture la Route\"" }),
            json!({ "q": "Ceinture Route" }),
        ],
    );
    assert!(found[0]["total"].as_u64().unwrap() >= 1);
    assert_eq!(urls(&found[0]), urls(&found[1]));
    assert_eq!(found[2]["total"], 0, "the words are in the other order");
    assert_eq!(found[3]["total"], 0, "a word is missing between them");
    assert!(found[4]["total"].as_u64() >= found[0]["total"].as_u64());
    assert_eq!(found[0]["forms"], json!(["ceinture", "route"]));
}

#[test]
fn apostrophes_case_and_accents_are_folded() {
    let project = seeds();
    let found = search(
        &project,
        &[
            json!({ "q": "l’histoire" }),
            json!({ "q": "l'histoire" }),
            json!({ "q": "HISTOIRE" }),
            json!({ "q": "d’amitié" }),
            json!({ "q": "d'amitie" }),
            json!({ "q": "Amitié" }),
        ],
    );
    assert!(found[0]["total"].as_u64().unwrap() >= 1);
    assert_eq!(urls(&found[0]), urls(&found[1]));
    assert_eq!(urls(&found[0]), urls(&found[2]));
    assert!(found[3]["total"].as_u64().unwrap() >= 1);
    assert_eq!(urls(&found[3]), urls(&found[4]));
    assert_eq!(urls(&found[3]), urls(&found[5]));
}

#[test]
fn inflections_excluded_words_ranking_and_dates() {
    let project = seeds();
    let found = search(
        &project,
        &[
            json!({ "q": "Kirghizistan -téléphonique" }),
            json!({ "q": "Kosherbayev" }),
            json!({ "q": "échange" }),
            json!({ "q": "échanges" }),
            json!({ "q": "développement", "sort": "date" }),
            json!({ "q": "", "filters": { "person": ["sadyr-japarov"] } }),
        ],
    );
    let titles0 = titles(&found[0]);
    assert_eq!(titles0.len(), 1, "{titles0:?}");
    assert!(!titles0[0].contains("téléphonique"), "{titles0:?}");
    // A name among the participants ranks its readout first.
    assert!(titles(&found[1])[0].contains("Kosherbayev"));
    // Another form of the word finds the same readouts.
    let mut plural = urls(&found[3]);
    let mut singular = urls(&found[2]);
    assert!(!singular.is_empty());
    plural.sort();
    singular.sort();
    assert_eq!(plural, singular);
    // By date: newest first, as the archive lists them.
    let dated = urls(&found[4]);
    assert!(
        dated.windows(2).all(|w| w[0][18..28] >= w[1][18..28]),
        "{dated:?}"
    );
    // Facets alone, without words.
    assert_eq!(found[5]["total"], 2);
}

/// The labelled French readouts.
fn shared() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/readouts"))
}

/// A project of the labelled French readouts, built.
fn labelled() -> Project {
    let project = Project::new("seeds");
    std::fs::remove_dir_all(project.root().join("seeds")).unwrap();
    copy_tree(shared(), &project.root().join("seeds"));
    std::fs::remove_file(project.root().join("seeds/labels.toml")).unwrap();
    std::fs::remove_file(project.root().join("permalinks.lock")).ok();
    project.build(&[]);
    project
}

/// A phrase is checked only in the results shown before they are counted: the first page, the
/// count and the facets are those found when every result is checked first, by relevance and
/// by date, with words, excluded words and other phrases beside it, and for a phrase whose
/// words are in every candidate but never in its order.
#[test]
fn a_phrases_first_results_are_those_of_every_result_checked() {
    let project = labelled();
    let queries = [
        "\"deux pays\"",
        "\"Premier ministre\"",
        "\"deux chefs\" coopération",
        "\"partenariat stratégique\" -Chine",
        "\"deux pays\" \"Premier ministre\"",
        "\"ministre des Affaires étrangères\" Wang",
        "\"pays deux\"",
    ];
    let mut requests = Vec::new();
    for q in queries {
        for sort in ["relevance", "date"] {
            requests.push(json!({ "q": q, "sort": sort, "shown": 3 }));
            requests.push(json!({ "q": q, "sort": sort, "counted": true }));
        }
    }
    let found = search(&project, &requests);
    for (pair, request) in found.chunks(2).zip(requests.iter().step_by(2)) {
        let (first, all) = (&pair[0], &pair[1]);
        let shown = first["results"].as_array().unwrap();
        assert_eq!(
            shown[..],
            all["results"].as_array().unwrap()[..shown.len()],
            "{request}"
        );
        assert_eq!(first["total"], all["total"], "{request}");
        assert_eq!(first["facets"], all["facets"], "{request}");
    }
    let total = |i: usize| found[4 * i]["total"].as_u64().unwrap();
    assert!(total(0) > 3 && total(1) > 3, "{found:?}");
    assert_eq!(
        found[0]["lazy"], true,
        "the first page leaves results to check"
    );
    assert_eq!(found[2]["lazy"], true, "the first page by date too");
    assert_eq!(total(6), 0, "the words are in the other order");
}

#[test]
fn a_participants_surname_finds_every_readout_they_took_part_in() {
    let shared = shared();
    let project = labelled();
    let labels: toml::Table =
        toml::from_str(&std::fs::read_to_string(shared.join("labels.toml")).unwrap()).unwrap();
    // The built URL of every seed file, from the data export.
    let export = std::fs::read_to_string(project.public().join("data/readouts.jsonl")).unwrap();
    let url_of: BTreeMap<String, String> = export
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| {
            let file = r["source_file"]
                .as_str()
                .unwrap()
                .trim_start_matches("seeds/");
            let url = r["url"].as_str().unwrap();
            (
                file.to_string(),
                url[url.find("/archive/").unwrap()..].to_string(),
            )
        })
        .collect();
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for label in labels.values() {
        let file = label["file"].as_str().unwrap();
        for name in label["participants"].as_array().unwrap() {
            let surname = name
                .as_str()
                .unwrap()
                .rsplit(' ')
                .next()
                .unwrap()
                .to_string();
            expected
                .entry(surname)
                .or_default()
                .push(url_of[file].clone());
        }
    }
    let requests: Vec<Value> = expected.keys().map(|s| json!({ "q": s })).collect();
    let found = search(&project, &requests);
    let (mut wanted, mut missed) = (0, Vec::new());
    for ((surname, readouts), found) in expected.iter().zip(&found) {
        for url in readouts {
            wanted += 1;
            if !urls(found).contains(&url.as_str()) {
                missed.push(format!("{surname}: {url}"));
            }
        }
    }
    println!("{wanted} participations, {} missed", missed.len());
    assert!(
        wanted >= 80,
        "the labelled readouts are in ../shared/readouts"
    );
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn the_search_page_in_chromium_under_a_path_prefix() {
    let project = seeds();
    let Some(found) = crate::clients::browser("search.mjs", &project, &[]) else {
        return;
    };
    assert_eq!(found["errors"], json!([]), "{found}");
    assert_eq!(found["outside"], json!([]), "{found}");
    let steps = &found["steps"];
    let titles = |step: &str| -> Vec<String> {
        serde_json::from_value(steps[step]["titles"].clone()).unwrap()
    };
    // The two readouts about Kyrgyzstan, linked at their paragraph, under /archive/.
    let kg = titles("kirghizistan");
    assert_eq!(kg.len(), 2, "{steps}");
    assert!(kg.iter().all(|t| t.contains("Japarov")), "{kg:?}");
    for link in steps["kirghizistan"]["links"].as_array().unwrap() {
        let link = link.as_str().unwrap();
        assert!(
            link.starts_with("/archive/readouts/") && link.contains("#p"),
            "{link}"
        );
    }
    assert!(
        steps["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>Kirghizistan</mark>"),
        "{steps}"
    );
    // A country narrows them, the address holds it, a reload and the back button keep it.
    let narrowed = titles("narrowed");
    assert_eq!(narrowed.len(), 1, "{steps}");
    assert!(steps["narrowed"]["address"]
        .as_str()
        .unwrap()
        .ends_with("/archive/search/?q=Kirghizistan&country=uz"));
    assert_eq!(steps["reloaded"], steps["narrowed"]);
    assert_eq!(titles("back"), kg);
    assert!(!titles("phrase").is_empty());
    // Its results are counted and the count announced once the first are shown.
    let phrase = &steps["phrase"];
    assert_eq!(phrase["busy"], "false", "{phrase}");
    assert!(
        phrase["status"].as_str().unwrap().contains("résultat"),
        "{phrase}"
    );
    assert!(!titles("curly").is_empty());
    assert_eq!(titles("curly"), titles("straight"));
    // A result opens at its paragraph.
    let opened = steps["opened"]["address"].as_str().unwrap();
    let target = steps["opened"]["target"].as_str().unwrap();
    assert!(
        opened.ends_with(&format!("#{target}")) && target.starts_with('p'),
        "{opened}"
    );
    // The box in every page's header leads to the search page with the results.
    assert!(titles("header")[0].contains("Kosherbayev"), "{steps}");
}
