//! Building: the seeds become a cross-linked site; front matter wins; builds are deterministic and atomic.

use crate::support::{tree, write_talks, Project};

#[test]
fn seeds_build_into_pages_for_every_readout_person_and_country() {
    let project = Project::new("seeds");
    project.build(&[]);
    let home = project.page("");
    for person in [
        "sadyr-japarov",
        "wang-yi",
        "xi-jinping",
        "yermek-kosherbayev",
        "zheenbek-kulubaev",
        "kassym-jomart-tokayev",
    ] {
        let page = project.page(&format!("people/{person}/"));
        assert!(page.contains("<h1>"), "{person}");
    }
    for country in ["cn", "kg", "kz", "uz"] {
        project.page(&format!("countries/{country}/"));
    }
    let readouts = [
        "readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/",
        "readouts/2021-02-22-entretien-telephonique-entre-xi-jinping-et-sadyr-japarov/",
    ];
    for path in readouts {
        let page = project.page(path);
        assert!(
            page.contains(r#"<p id="p1">"#),
            "{path} has paragraph anchors"
        );
        assert!(home.contains(path), "home links {path}");
    }
    let japarov = project.page(readouts[0]);
    assert!(japarov.contains("19 novembre 2025"));
    assert!(japarov.contains(r#"href="/archive/people/sadyr-japarov/""#));
    assert!(japarov.contains(r#"href="/archive/countries/kg/""#));
    let person = project.page("people/sadyr-japarov/");
    assert!(
        person.contains(readouts[0]) && person.contains(readouts[1]),
        "a person links back to their readouts"
    );
    assert!(
        person.contains("/archive/people/wang-yi/"),
        "a person page lists the people met"
    );
}

#[test]
fn front_matter_wins_over_the_text() {
    let project = Project::new("front-matter");
    project.build(&[]);
    let page = project.page("readouts/2025-10-29-wang-yi-recoit-yermek-kosherbayev/");
    for expected in [
        "<h1>Wang Yi reçoit Yermek Kosherbayev</h1>",
        "29 octobre 2025",
        "Rencontre",
        "Pékin",
        "Ambassade de Chine en France",
        r#"href="https://example.org/readouts/1""#,
        r#"href="/archive/people/kassym-jomart-tokayev/""#,
        r#"href="/archive/countries/kg/""#,
    ] {
        assert!(page.contains(expected), "missing {expected}");
    }
    // CRLF, a byte-order mark and a year-less date in the second seed.
    let windows =
        project.page("readouts/entretien-telephonique-entre-xi-jinping-et-sadyr-japarov/");
    assert!(windows.contains("5 juin (année non précisée)"));
    assert!(windows.contains("<p id=\"p1\"><a href=\"#p1\" title=\"Lien vers le paragraphe 1\">1</a> Dans la soirée du 5 juin, <a href=\"/archive/people/xi-jinping/\">Xi Jinping</a> a eu un entretien téléphonique avec <a href=\"/archive/people/sadyr-japarov/\">Sadyr Japarov</a>.</p>"));
    assert!(windows.contains("<p id=\"p2\"><a href=\"#p2\" title=\"Lien vers le paragraphe 2\">2</a> Les deux présidents ont échangé leurs vues.</p>"));
}

#[test]
fn two_builds_are_byte_identical() {
    let project = Project::new("seeds");
    project.build(&[]);
    let first = tree(&project.public());
    project.build(&["--output", "again"]);
    assert_eq!(first, tree(&project.root().join("again")));
}

#[test]
fn a_failed_build_leaves_the_published_site_untouched() {
    let project = Project::new("seeds");
    project.build(&[]);
    let before = tree(&project.public());
    project.write("seeds/broken.txt", "+++\ntitle = \n+++\nTexte.\n");
    let out = project.run(&["build"]);
    assert!(!out.status.success());
    assert_eq!(before, tree(&project.public()));
    let leftovers: Vec<_> = std::fs::read_dir(project.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_output_folder_cannot_be_an_input_folder() {
    let project = Project::new("seeds");
    for output in [
        ".",
        "..",
        "seeds",
        "templates",
        "static",
        "data",
        "seeds/out",
        "config.toml",
    ] {
        let out = project.run(&["build", "--output", output]);
        assert!(!out.status.success(), "--output {output} was accepted");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("error:") && stderr.contains("help:"),
            "{stderr}"
        );
    }
    std::fs::create_dir(project.root().join("notes")).unwrap();
    project.write("notes/mine.txt", "keep me");
    assert!(
        !project
            .run(&["build", "--output", "notes"])
            .status
            .success(),
        "a folder chancery did not write is never replaced"
    );
    assert_eq!(
        std::fs::read_to_string(project.root().join("notes/mine.txt")).unwrap(),
        "keep me"
    );
    assert!(tree(&project.root().join("seeds")).len() == 3);
}

#[test]
fn lists_paginate_at_fifty() {
    let project = Project::new("front-matter");
    write_talks(&project, 120, 1);
    project.build(&[]);
    let first = project.page("readouts/");
    assert!(
        first.contains(r#"<span aria-current="page">1</span>"#)
            && first.contains(r#"href="/archive/readouts/page/2/" aria-label="Page 2""#)
            && first.contains(r#"href="/archive/readouts/page/3/" aria-label="Page 3""#)
    );
    let last = project.page("readouts/page/3/");
    assert_eq!(last.matches("<li><time datetime=").count(), 122 - 100);
    let wang = project.page("people/wang-yi/page/3/");
    let last_of_three = |html: &str| {
        html.contains(r#"<span aria-current="page">3</span>"#) && !html.contains(r#"rel="next""#)
    };
    assert!(last_of_three(&wang));
    let people = project.page("people/");
    let listed: usize = (people.split(r#"<ul class="entities">"#).skip(1))
        .map(|list| list[..list.find("</ul>").unwrap()].matches("<li>").count())
        .sum();
    assert_eq!(listed, 50);
    assert!(last_of_three(&project.page("years/2024/page/3/")));
}

#[test]
fn spellings_of_a_known_person_share_one_page() {
    let project = Project::new("front-matter");
    for (file, name) in [("a.txt", "Sergei Lavrov"), ("b.txt", "Sergueï Lavrov")] {
        project.write(
            &format!("seeds/{file}"),
            format!("+++\ndate = 2024-05-0{}\nkind = \"talks\"\nparticipants = [{{ name = \"Wang Yi\", country = \"CN\" }}, {{ name = \"{name}\", country = \"RU\" }}]\n+++\nTexte.\n", file.len()),
        );
    }
    project.build(&[]);
    let page = project.page("people/serguei-lavrov/");
    assert!(
        page.contains("<h1>Sergueï Lavrov</h1>"),
        "the gazetteer's name names the page"
    );
    assert_eq!(
        page.matches("<li><time datetime=").count(),
        2,
        "both spellings are filed under one person"
    );
    assert!(!project.public().join("people/sergei-lavrov").exists());
}
