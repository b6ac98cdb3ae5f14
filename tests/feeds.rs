//! Atom feeds, read back with a real feed parser: the archive's and every person's, country's and
//! organisation's.

use std::collections::BTreeMap;

use feed_rs::model::{Feed, FeedType};

use crate::support::{tree, write_talks, Project};

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
