//! Readouts in several languages: translations link to each other, and an archive of French and
//! English readouts has one page per person and per country, in the interface's language.

use std::collections::{BTreeMap, BTreeSet};

use crate::clients::{labelled_project, LABELLED};
use crate::support::{attributes, repo, tree, Project};

const FRENCH: &str = "seeds/2024-05-16-wang-lavrov.txt";
const ENGLISH: &str = "seeds/2024-05-16-wang-lavrov-en.txt";

/// The readout pages of the built site, by path, with their HTML.
fn readout_pages(project: &Project) -> BTreeMap<String, String> {
    tree(&project.public())
        .into_iter()
        .filter(|(path, _)| {
            path.starts_with("readouts/")
                && path.ends_with("/index.html")
                && !path.starts_with("readouts/page/")
                && path.matches('/').count() == 2
        })
        .map(|(path, bytes)| (path, String::from_utf8(bytes).unwrap()))
        .collect()
}

/// The language a readout page marks its text with.
fn text_language(page: &str) -> String {
    let start = page
        .find("<div class=\"body\" lang=\"")
        .expect("the text's lang")
        + 24;
    page[start..start + 2].to_string()
}

/// Each readout page's translation links: (its text's language, [(link, hreflang, the name of the
/// language as the link writes it)]).
fn translation_links(project: &Project) -> BTreeMap<String, Vec<(String, String, String)>> {
    readout_pages(project)
        .into_iter()
        .map(|(path, page)| {
            let links = page
                .lines()
                .filter(|l| l.starts_with("<p class=\"translation\">"))
                .map(|l| {
                    let name = l.split("\">").nth(3).unwrap().split('<').next().unwrap();
                    let language = &attributes(l, "lang")[0];
                    assert_eq!(
                        attributes(l, "hreflang"),
                        std::slice::from_ref(language),
                        "{l}"
                    );
                    (
                        attributes(l, "href")[0].clone(),
                        language.clone(),
                        name.to_string(),
                    )
                })
                .collect();
            (format!("{}:{}", path, text_language(&page)), links)
        })
        .collect()
}

/// The URL of the readout page at `path` (`readouts/x/index.html`), as links write it.
fn url(path: &str) -> String {
    format!(
        "/archive/{}",
        path.split(':')
            .next()
            .unwrap()
            .trim_end_matches("index.html")
    )
}

/// Asserts that the site's two readouts link to each other, each naming the other's language.
fn assert_linked(project: &Project) {
    let links = translation_links(project);
    let pages: Vec<&String> = links.keys().collect();
    assert_eq!(pages.len(), 2, "{links:#?}");
    for (this, other) in [(pages[0], pages[1]), (pages[1], pages[0])] {
        let language = &other[other.len() - 2..];
        let name = if language == "en" {
            "English"
        } else {
            "Français"
        };
        let expected = (url(other), language.to_string(), name.to_string());
        assert_eq!(links[this], [expected], "{this} links to {other}");
    }
    assert_ne!(
        pages[0][pages[0].len() - 2..],
        pages[1][pages[1].len() - 2..]
    );
}

fn assert_unlinked(project: &Project) {
    let links = translation_links(project);
    assert!(links.values().all(Vec::is_empty), "{links:#?}");
}

#[test]
fn one_account_in_two_languages_links_its_translations() {
    // Same issuer, date and participants, named in each language as it names them.
    let project = Project::new("translations");
    project.build(&[]);
    assert_linked(&project);

    // Another issuer: two accounts of one meeting, not translations, unless the front matter says so.
    let english = std::fs::read_to_string(project.root().join(ENGLISH)).unwrap();
    let issued = format!("+++\npublisher = \"Ministry of Foreign Affairs of the Russian Federation\"\n+++\n{english}");
    project.write(ENGLISH, &issued);
    project.build(&[]);
    assert_unlinked(&project);
    project.write(
        ENGLISH,
        issued.replacen(
            "+++\n",
            "+++\ntranslation_of = \"2024-05-16-wang-lavrov\"\n",
            1,
        ),
    );
    project.build(&[]);
    assert_linked(&project);

    // Two texts in one language are two accounts, however alike.
    project.write(ENGLISH, &english);
    let french = std::fs::read_to_string(project.root().join(FRENCH)).unwrap();
    project.write(ENGLISH, format!("+++\nlanguage = \"fr\"\n+++\n{french}"));
    project.build(&[]);
    assert_unlinked(&project);
}

#[test]
fn a_translation_of_no_readout_is_an_error_at_its_id() {
    let project = Project::new("translations");
    let english = std::fs::read_to_string(project.root().join(ENGLISH)).unwrap();
    project.write(
        ENGLISH,
        format!("+++\nkind = \"talks\"\ntranslation_of = \"2024-05-16-wang\"\n+++\n{english}"),
    );
    project.write(
        "seeds/other.txt",
        "+++\ntranslation_of = \"Wang Lavrov\"\n+++\nTexte.\n",
    );
    let out = project.run(&["build"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("{ENGLISH}:3:18: error: `translation_of` names `2024-05-16-wang`, but no readout has that id")),
        "{stderr}"
    );
    assert!(stderr.contains("help: write the id of the readout this one translates"));
    assert!(
        stderr.contains("seeds/other.txt:2:18: error: invalid translation_of `Wang Lavrov`"),
        "{stderr}"
    );
    assert!(!project.public().exists(), "nothing is published");
}

/// Every labelled participant's name, and country, per language of the labelled texts.
fn labelled(language: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut people, mut countries) = (BTreeSet::new(), BTreeSet::new());
    for set in LABELLED {
        let folder = repo().join("../shared").join(set);
        let labels: toml::Table = std::fs::read_to_string(folder.join("labels.toml"))
            .unwrap()
            .parse()
            .unwrap();
        for label in labels.values() {
            let lang = label.get("lang").and_then(|l| l.as_str()).unwrap_or("fr");
            if lang != language {
                continue;
            }
            let strings = |key: &str| {
                label[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
            };
            people.extend(strings("participants"));
            countries.extend(strings("countries"));
        }
    }
    (people, countries)
}

/// The readouts a person's or country's page links to.
fn listed(page: &str) -> BTreeSet<String> {
    attributes(page, "href")
        .into_iter()
        .filter(|h| h.starts_with("/archive/readouts/") && !h.contains("/page/"))
        .filter(|h| h != "/archive/readouts/")
        .collect()
}

#[test]
fn an_archive_in_two_languages_has_one_page_per_person_and_country() {
    let project = labelled_project();
    project.build(&[]);
    let site = tree(&project.public());
    let page = |path: &str| String::from_utf8(site[path].clone()).unwrap();
    let languages: BTreeMap<String, String> = readout_pages(&project)
        .into_iter()
        .map(|(path, html)| (url(&path), text_language(&html)))
        .collect();
    assert!(languages.values().any(|l| l == "en") && languages.values().any(|l| l == "fr"));

    // Every spelling of a known person leads to one page, named as the gazetteer names them.
    let people: toml::Table = std::fs::read_to_string(repo().join("data/people.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let mut known = BTreeMap::new();
    let people = people["person"].as_array().unwrap();
    // A full name is its bearer's page, though another person lists it as an alias.
    let full_names: BTreeSet<String> = people
        .iter()
        .map(|p| slug(p["name"].as_str().unwrap()))
        .collect();
    for person in people {
        let name = person["name"].as_str().unwrap();
        let aliases = person.get("aliases").and_then(|a| a.as_array());
        for alias in aliases.into_iter().flatten() {
            let alias = slug(alias.as_str().unwrap());
            if !full_names.contains(&alias) {
                let path = format!("people/{alias}/index.html");
                assert!(
                    !site.contains_key(&path),
                    "{alias} has a page beside {name}'s"
                );
                known.insert(alias, name.to_string());
            }
        }
        known.insert(slug(name), name.to_string());
    }

    // Nor with a middle initial ("Antony J. Blinken").
    let blinken = page("people/antony-blinken/index.html");
    assert!(!site.contains_key("people/antony-j-blinken/index.html"));
    assert!(blinken.contains(">Murat Nurtleu holds talks with Antony J. Blinken"));

    // People and countries that French and English texts both name: one page each, in the
    // interface's language, listing readouts of both languages.
    let (fr_people, fr_countries) = labelled("fr");
    let (en_people, en_countries) = labelled("en");
    let canonical = |names: &BTreeSet<String>| -> BTreeSet<String> {
        names
            .iter()
            .filter_map(|n| known.get(&slug(n)).cloned())
            .collect()
    };
    let both: Vec<String> = canonical(&fr_people)
        .intersection(&canonical(&en_people))
        .cloned()
        .collect();
    assert!(both.iter().any(|n| n == "Wang Yi"), "{both:?}");
    for name in &both {
        let html = page(&format!("people/{}/index.html", slug(name)));
        assert!(html.contains(&format!("<h1>{name}</h1>")), "{name}");
        let langs: BTreeSet<&str> = listed(&html)
            .iter()
            .map(|u| languages[u].as_str())
            .collect();
        assert_eq!(langs, BTreeSet::from(["en", "fr"]), "{name}'s page");
    }
    let lavrov = page("people/serguei-lavrov/index.html");
    assert!(listed(&lavrov).iter().any(|u| languages[u] == "en"));

    let names: toml::Table = std::fs::read_to_string(repo().join("data/countries.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let shared: Vec<&String> = fr_countries.intersection(&en_countries).collect();
    assert!(shared.len() >= 5, "{shared:?}");
    let index: String = (site.keys())
        .filter(|p| {
            p.starts_with("countries/")
                && (p.matches('/').count() == 1 || p.starts_with("countries/page/"))
        })
        .map(|p| page(p))
        .collect();
    for code in shared {
        let html = page(&format!("countries/{}/index.html", code.to_lowercase()));
        let name = french_name(&names, code);
        assert!(html.contains(&format!("<h1>{name}</h1>")), "{code}: {name}");
        assert_eq!(index.matches(&format!(">{name}<")).count(), 1, "{name}");
        let langs: BTreeSet<&str> = listed(&html)
            .iter()
            .map(|u| languages[u].as_str())
            .collect();
        assert_eq!(langs, BTreeSet::from(["en", "fr"]), "{code}'s page");
    }

    // The interface speaks the config's language whatever the texts' languages; the texts keep
    // theirs whatever the interface's.
    for (path, bytes) in &site {
        if path.ends_with(".html") {
            let html = String::from_utf8_lossy(bytes);
            assert!(
                html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"),
                "{path}"
            );
        }
    }
    let config = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
    project.write(
        "config.toml",
        config.replace("language = \"fr\"", "language = \"en\""),
    );
    project.build(&[]);
    let again: BTreeMap<String, String> = readout_pages(&project)
        .into_iter()
        .map(|(path, html)| {
            assert!(html.contains("<html lang=\"en\">"), "{path}");
            (url(&path), text_language(&html))
        })
        .collect();
    assert_eq!(again, languages);
    let people_pages = |site: &BTreeMap<String, Vec<u8>>| -> BTreeSet<String> {
        site.keys()
            .filter(|p| p.starts_with("people/"))
            .cloned()
            .collect()
    };
    assert_eq!(people_pages(&tree(&project.public())), people_pages(&site));
}

fn slug(name: &str) -> String {
    chancery::model::slugify(name)
}

/// A country's French name in `data/countries.toml`.
fn french_name(countries: &toml::Table, code: &str) -> String {
    let list = countries["country"].as_array().unwrap();
    let found = list.iter().find(|c| c["code"].as_str() == Some(code));
    found.and_then(|c| c["name"].as_str()).unwrap().to_string()
}

#[test]
fn a_known_person_is_named_as_the_interfaces_language_spells_them() {
    // The English readouts write "Sergei Lavrov" and "Sergey V. Lavrov": one page, at the same
    // address, headed with the gazetteer's name in the interface's language.
    for (language, name) in [("fr", "Sergueï Lavrov"), ("en", "Sergey Lavrov")] {
        let project = crate::browse::labelled(&["readouts-en"], language);
        let page = project.page("people/serguei-lavrov/");
        assert!(page.contains(&format!("<h1>{name}</h1>")), "{language}");
    }
}
