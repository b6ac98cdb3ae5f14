//! `chancery extract` and `chancery annotate`: the extractor's findings printed, and written into
//! front matter that the build reads back.

use serde_json::Value;

use crate::support::{repo, tree, Project};

#[test]
fn extract_json_has_exactly_the_promised_keys() {
    let files: Vec<String> = [
        "000_77ea64a9e9cc6484",
        "001_ed785dd3b18f5b9c",
        "004_c3a0a43d85b2b77a",
    ]
    .iter()
    .map(|f| {
        repo()
            .join("seeds")
            .join(format!("{f}.txt"))
            .display()
            .to_string()
    })
    .collect();
    let project = Project::new("seeds");
    let mut args = vec!["extract", "--json"];
    args.extend(files.iter().map(String::as_str));
    let out = project.run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 3);
    let keys: Vec<&str> = items[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "file",
        "language",
        "date",
        "kind",
        "place",
        "participants",
        "countries",
        "mentioned_people",
        "mentioned_countries",
        "secondary",
        "title",
        "published",
        "issuer",
        "evidence",
    ];
    expected.sort();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(sorted, expected);
    let first = &items[0];
    assert_eq!(first["file"], files[0].as_str());
    assert_eq!(first["date"], "2025-11-19");
    assert_eq!(first["language"], "fr");
    assert_eq!(first["kind"], "meeting");
    assert_eq!(first["place"], "Bichkek");
    assert_eq!(
        first["participants"],
        serde_json::json!([{"name": "Sadyr Japarov", "country": "KG"}, {"name": "Wang Yi", "country": "CN"}])
    );
    assert_eq!(first["countries"], serde_json::json!(["CN", "KG"]));
    assert_eq!(first["mentioned_countries"], serde_json::json!(["UZ"]));
    assert_eq!(
        first["secondary"][0]["participants"][1]["name"],
        "Zheenbek Kulubaev"
    );
    assert_eq!(items[1]["place"], Value::Null);
    assert_eq!(items[1]["kind"], "phone_call");
    assert_eq!(
        items[2]["title"],
        "Wang Yi s'entretient avec Yermek Kosherbayev à Beijing"
    );
}

#[test]
fn extract_reports_unreadable_files_and_goes_on() {
    let project = Project::new("seeds");
    let seed = repo()
        .join("seeds/001_ed785dd3b18f5b9c.txt")
        .display()
        .to_string();
    let out = project.run(&["extract", "missing.txt", &seed]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("missing.txt:1:1: error: cannot read"));
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("participants: Xi Jinping (CN), Sadyr Japarov (KG)"));
}

#[test]
fn extract_stops_quietly_when_its_reader_has_gone() {
    // Every labelled readout, so the JSON is far larger than a pipe's buffer.
    let folder = repo().join("../shared/readouts-more");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let project = Project::new("seeds");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_chancery"))
        .arg("--root")
        .arg(project.root())
        .args(["extract", "--json"])
        .args(&files)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away at once, as `| head -1` does after its line.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn annotate_keeps_bodies_and_corrections_and_the_build_reads_it_back() {
    let project = Project::new("seeds");
    project.write("seeds/windows.txt", "\u{feff}Le 5 juin 2024, le président kirghize Sadyr Japarov a rencontré Wang Yi à Bichkek.\r\nTexte.\r\n");
    project.write("seeds/corrected.txt", "+++\n# revu\nplace = \"Och\"\n+++\nLe 5 juin 2024, le président kirghize Sadyr Japarov a rencontré Wang Yi à Bichkek.\n");
    project.build(&[]);
    let site_before = tree(&project.public());
    let seeds_before = tree(&project.root().join("seeds"));

    let out = project.run(&["annotate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("5 files annotated\n"));
    for (name, before) in &seeds_before {
        let after = std::fs::read(project.root().join("seeds").join(name)).unwrap();
        let text = String::from_utf8(after.clone()).unwrap();
        let body_start = text
            .match_indices("+++")
            .nth(1)
            .map(|(i, _)| i + 3)
            .unwrap();
        let eol = if text.contains("\r\n") { 2 } else { 1 };
        let original = String::from_utf8(before.clone()).unwrap();
        let original_body = original.trim_start_matches('\u{feff}');
        let original_body = match original_body.strip_prefix("+++\n") {
            Some(rest) => &rest[rest.find("+++\n").unwrap() + 4..],
            None => original_body,
        };
        assert_eq!(
            &text[body_start + eol..],
            original_body,
            "{name}: the body is unchanged"
        );
        assert_eq!(
            text.starts_with('\u{feff}'),
            original.starts_with('\u{feff}'),
            "{name} keeps its BOM"
        );
    }
    let corrected = std::fs::read_to_string(project.root().join("seeds/corrected.txt")).unwrap();
    assert!(
        corrected.starts_with(
            "+++\n# revu\nplace = \"Och\"\ntitle = \"Sadyr Japarov rencontre Wang Yi à Och\"\n"
        ),
        "{corrected}"
    );
    assert_eq!(
        corrected.matches("place =").count(),
        1,
        "a human's value is kept"
    );
    let windows = std::fs::read_to_string(project.root().join("seeds/windows.txt")).unwrap();
    assert!(
        windows.starts_with("\u{feff}+++\r\ntitle = ") && windows.contains("\r\n+++\r\nLe 5 juin")
    );

    let again = project.run(&["annotate"]);
    assert!(
        String::from_utf8_lossy(&again.stdout).ends_with("0 files annotated\n"),
        "annotating twice changes nothing"
    );

    project.build(&["--locked"]);
    assert_eq!(
        site_before,
        tree(&project.public()),
        "front matter written by annotate builds the same site"
    );
}
