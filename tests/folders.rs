//! What the archive's folders say: publication dates in file names, folder defaults, the issuer
//! that signs a text, seeds with no text, and where each extracted field was read.

use crate::support::Project;

/// The `publisher` of each readout in the JSON Lines export, by id.
fn publishers(project: &Project) -> Vec<(String, String)> {
    let jsonl = project.page("data/readouts.jsonl");
    let mut out: Vec<(String, String)> = jsonl
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            (
                v["id"].as_str().unwrap_or_default().to_string(),
                v["publisher"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

const TALKS: &str = "Le ministre des Affaires étrangères Wang Yi s'est entretenu avec son homologue kirghize Jeenbek Kulubaev.\n";

#[test]
fn the_nearest_folder_defaults_then_the_signature_then_the_config_name_the_publisher() {
    let project = Project::new("front-matter");
    project.write(
        "seeds/africa/defaults.toml",
        "publisher = \"Continent\"\nlanguage = \"fr\"\n",
    );
    project.write("seeds/africa/ma/defaults.toml", "publisher = \"Royaume\"\n");
    project.write("seeds/africa/ma/near.txt", TALKS);
    project.write("seeds/africa/far.txt", TALKS);
    project.write(
        "seeds/africa/ma/own.txt",
        format!("+++\npublisher = \"Cabinet\"\n+++\n{TALKS}"),
    );
    project.write(
        "seeds/signed.txt",
        format!("RABAT, 3 avril (MAP) - {TALKS}"),
    );
    project.write("seeds/plain.txt", TALKS);
    project.build(&[]);
    let found = publishers(&project);
    let of = |id: &str| {
        found
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, p)| p.as_str())
            .unwrap_or_else(|| panic!("{id} in {found:?}"))
    };
    assert_eq!(of("near"), "Royaume");
    assert_eq!(of("far"), "Continent");
    assert_eq!(of("own"), "Cabinet");
    assert_eq!(of("signed"), "Maghreb Arabe Presse (MAP)");
    assert_eq!(
        of("plain"),
        "Ministère des Affaires étrangères de la République populaire de Chine"
    );
    let bibtex = project.page("data/readouts.bib");
    assert!(
        bibtex.contains("institution = {Royaume}"),
        "citations name the folder's publisher:\n{bibtex}"
    );
}

#[test]
fn a_bad_folder_defaults_file_is_an_error_at_its_line() {
    let project = Project::new("front-matter");
    project.write(
        "seeds/x/defaults.toml",
        "language = \"fr\"\nediteur = \"Y\"\n",
    );
    project.write("seeds/x/a.txt", TALKS);
    project.write("seeds/x/b.txt", TALKS);
    let out = project.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("seeds/x/defaults.toml:2:1: error: unknown field `editeur`"),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("error:").count(),
        2,
        "reported once: {stderr}"
    );
}

#[test]
fn seeds_with_no_text_are_errors_at_their_path() {
    let project = Project::new("front-matter");
    project.write("seeds/empty.txt", "");
    project.write("seeds/blank.txt", " \n\t\n");
    project.write("seeds/only-front-matter.txt", "+++\ntitle = \"T\"\n+++\n\n");
    let out = project.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    for (path, at) in [
        ("seeds/blank.txt", "1:1"),
        ("seeds/empty.txt", "1:1"),
        ("seeds/only-front-matter.txt", "4:1"),
    ] {
        assert!(
            stderr.contains(&format!("{path}:{at}: error: the readout has no text")),
            "{path}: {stderr}"
        );
    }
    assert!(!project.public().exists());
}

#[test]
fn a_file_name_date_places_an_undated_readout_in_time() {
    let project = Project::new("front-matter");
    project.write("seeds/2024-03-08-wang-kulubaev.txt", TALKS);
    project.write("seeds/wang-kulubaev-undated.txt", TALKS);
    project.build(&[]);
    let lock = std::fs::read_to_string(project.root().join("permalinks.lock")).unwrap();
    assert!(
        lock.contains("readouts/2024-03-08-"),
        "the URL carries the publication date:\n{lock}"
    );
    let year = project.page("years/2024/");
    assert!(year.contains("Kulubaev"), "listed on its year's page");
}

#[test]
fn extract_json_shows_where_each_field_was_read() {
    let project = Project::new("front-matter");
    project.write(
        "seeds/2024-04-04-signed.txt",
        "RABAT, 3 avril (MAP) - Le ministre des Affaires étrangères Nasser Bourita a reçu mardi à Rabat son homologue malien, Abdoulaye Diop.\n",
    );
    let path = project.root().join("seeds/2024-04-04-signed.txt");
    let out = project.run(&["extract", "--json", &path.display().to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let found = &v[0];
    assert_eq!(found["published"], "2024-04-04");
    assert_eq!(
        found["date"], "2024-04-02",
        "mardi, the Tuesday before publication"
    );
    assert_eq!(found["issuer"], "Maghreb Arabe Presse (MAP)");
    let words = |field: &str| {
        found["evidence"][field]["words"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(words("date"), "mardi");
    assert_eq!(words("kind"), "a reçu");
    assert_eq!(words("place"), "Rabat");
    assert_eq!(words("issuer"), "MAP");
    assert_eq!(found["evidence"]["issuer"]["line"], 1);
    assert_eq!(found["evidence"]["issuer"]["column"], 17);
}

#[test]
fn check_warns_when_a_readout_falls_back_to_the_default_publisher_while_its_text_names_another() {
    let project = Project::new("front-matter");
    project.write(
        "seeds/quoted.txt",
        format!(
            "{}\nL'entretien a été rapporté par Xinhua.\n",
            TALKS.trim_end()
        ),
    );
    project.build(&[]);
    let out = project.run(&["check"]);
    let stderr =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        stderr.contains("seeds/quoted.txt:2:")
            && stderr.contains("while the text names Agence de presse Xinhua"),
        "{stderr}"
    );
}
