//! Atom feeds, read back with a real feed parser: the archive's and every person's, country's and
//! organisation's.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Datelike;
use feed_rs::model::{Feed, FeedType};

use crate::clients::labelled_project;
use crate::support::{attributes, tree, write_talks, Project};

const BASE: &str = "https://chancery.github.io/archive/";

/// Every `feed.xml` of the built site, parsed, by path.
fn feeds(project: &Project) -> BTreeMap<String, Feed> {
    tree(&project.public())
        .into_iter()
        .filter(|(path, _)| path.ends_with("feed.xml"))
        .map(|(path, bytes)| {
            let feed = feed_rs::parser::parse(bytes.as_slice())
                .unwrap_or_else(|e| panic!("{path} is not a valid feed: {e}"));
            (path, feed)
        })
        .collect()
}

#[test]
fn every_feed_is_atom_and_links_to_the_readouts_it_lists() {
    let project = Project::new("seeds");
    project.build(&["--locked"]);
    let feeds = feeds(&project);
    for path in [
        "feed.xml",
        "people/wang-yi/feed.xml",
        "countries/kg/feed.xml",
        "organisations/ocs/feed.xml",
    ] {
        assert!(
            feeds.contains_key(path),
            "{path} missing: {:?}",
            feeds.keys()
        );
    }
    let site = tree(&project.public());
    for (path, feed) in &feeds {
        assert_eq!(feed.feed_type, FeedType::Atom, "{path}");
        assert_eq!(
            feed.id,
            format!("{BASE}{path}"),
            "{path}: its id is its URL"
        );
        let page = path.trim_end_matches("feed.xml");
        assert!(
            site.contains_key(&format!("{page}index.html")),
            "{path} follows a page"
        );
        let dates: Vec<_> = feed.entries.iter().map(|e| e.updated).collect();
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "{path}: newest first"
        );
        if let Some(newest) = feed.entries.first() {
            assert_eq!(
                feed.updated, newest.updated,
                "{path}: updated with its newest entry"
            );
        }
        for entry in &feed.entries {
            let readout = entry.id.strip_prefix(BASE).expect("a permanent URL");
            let html = String::from_utf8(site[&format!("{readout}index.html")].clone()).unwrap();
            let title = &entry.title.as_ref().unwrap().content;
            assert!(html.contains(&format!("<h1>{}</h1>", title.replace('\'', "&#39;"))));
            let day = entry.updated.unwrap().format("%Y-%m-%d").to_string();
            assert!(
                html.contains(&format!("datetime=\"{day}\"")),
                "{readout}: {day}"
            );
            let summary = &entry.summary.as_ref().unwrap().content;
            let opening: String = summary.chars().take(40).collect();
            assert!(!summary.is_empty() && html.contains(&opening), "{readout}");
        }
    }
    let titles = |path: &str| -> Vec<String> {
        let entries = &feeds[path].entries;
        entries
            .iter()
            .map(|e| e.title.clone().unwrap().content)
            .collect()
    };
    assert_eq!(
        titles("people/wang-yi/feed.xml"),
        [
            "Sadyr Japarov rencontre Wang Yi à Bichkek",
            "Wang Yi s'entretient avec Yermek Kosherbayev à Beijing"
        ]
    );
    assert_eq!(titles("feed.xml").len(), 3);
    let home = project.page("");
    assert!(home.contains(r#"<link rel="alternate" type="application/atom+xml" title="Chancery : comptes rendus diplomatiques" href="/archive/feed.xml">"#));
}

#[test]
fn feeds_carry_the_fifty_newest_dated_readouts() {
    let project = Project::new("front-matter");
    write_talks(&project, 60, 2);
    project.write(
        "seeds/undated.txt",
        "+++\ndate = \"--03-01\"\nkind = \"talks\"\nparticipants = [{ name = \"Wang Yi\", country = \"CN\" }]\n+++\nSans année.\n",
    );
    // Control characters, invisible on the page, that XML forbids (TOML refuses them).
    project.write(
        "seeds/control.txt",
        "+++\ndate = 2023-03-01\nkind = \"talks\"\ntitle = \"Un titre\"\nparticipants = [{ name = \"Élise Martin\", country = \"FR\" }]\n+++\nUn\u{b} texte\u{1}.\n",
    );
    project.build(&[]);
    let feeds = feeds(&project);
    let martin = &feeds["people/elise-martin/feed.xml"].entries[0];
    assert_eq!(martin.summary.as_ref().unwrap().content, "Un texte.");
    let wang = &feeds["people/wang-yi/feed.xml"];
    assert_eq!(wang.entries.len(), 50);
    assert!(wang.entries.iter().all(|e| e.updated.is_some()));
    let summaries: Vec<&str> = (wang.entries.iter())
        .map(|e| e.summary.as_ref().unwrap().content.as_str())
        .collect();
    assert!(
        !summaries.contains(&"Sans année."),
        "a year-less readout has no entry"
    );
    assert_eq!(wang.updated, wang.entries[0].updated);
    let single = &feeds["people/personne-0/feed.xml"];
    assert_eq!(single.entries.len(), 1);
}

/// The readout links a page lists, as permanent URLs.
fn listed(html: &str) -> BTreeSet<String> {
    html.split("<ol class=\"readouts\">")
        .skip(1)
        .flat_map(|list| attributes(&list[..list.find("</ol>").unwrap()], "href"))
        .map(|href| format!("{BASE}{}", href.trim_start_matches("/archive/")))
        .collect()
}

#[test]
fn feeds_of_every_labelled_readout_list_what_their_pages_list() {
    let project = labelled_project();
    project.build(&[]);
    let feeds = feeds(&project);
    let site = tree(&project.public());
    let readouts = site
        .keys()
        .filter(|p| p.starts_with("readouts/") && !p.starts_with("readouts/page/"))
        .count()
        - 1;
    assert_eq!(feeds["feed.xml"].entries.len(), readouts.min(50));
    let mut compared = 0;
    for (path, feed) in &feeds {
        assert!(
            feed.updated.unwrap().year() > 1970,
            "{path}: updated {:?}",
            feed.updated
        );
        assert!(!feed.entries.is_empty(), "{path} is empty");
        for entry in &feed.entries {
            assert!(entry.id.starts_with(BASE), "{path}: {}", entry.id);
            assert_eq!(entry.links[0].href, entry.id, "{path}");
            assert!(entry.updated.is_some(), "{path}: {}", entry.id);
        }
        let page =
            String::from_utf8(site[&path.replace("feed.xml", "index.html")].clone()).unwrap();
        if path != "feed.xml" && !page.contains("Page 1 sur") {
            let ids: BTreeSet<String> = feed.entries.iter().map(|e| e.id.clone()).collect();
            assert_eq!(ids, listed(&page), "{path} lists what its page lists");
            compared += 1;
        }
    }
    assert!(compared > 100, "{compared} feeds compared with their pages");

    // A readout with no full date enters feeds by its publication date.
    let by_published = feeds["feed.xml"]
        .entries
        .iter()
        .chain(feeds.values().flat_map(|f| &f.entries))
        .find(|e| {
            let readout = e.id.strip_prefix(BASE).unwrap();
            let html = String::from_utf8(site[&format!("{readout}index.html")].clone()).unwrap();
            let day = e.updated.unwrap().format("%Y-%m-%d").to_string();
            !html.contains(&format!("datetime=\"{day}\""))
        });
    assert!(by_published.is_some(), "no entry dated by its publication");
}
