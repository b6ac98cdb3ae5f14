//! Permalinks: the ledger keeps every published URL, moves leave redirects, removals fail or leave tombstones.

use crate::support::{attributes, repo, Project};

const SEED: &str = "seeds/corrected.txt";

fn ledger(project: &Project) -> String {
    std::fs::read_to_string(project.root().join("permalinks.lock"))
        .expect("the build writes permalinks.lock")
}

/// The fixture's seed with one front-matter line replaced.
fn edit(project: &Project, from: &str, to: &str) {
    let path = project.root().join(SEED);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

const PATH: &str = "readouts/2025-10-29-wang-yi-recoit-yermek-kosherbayev/";

#[test]
fn correcting_a_title_or_a_participant_keeps_the_url() {
    let project = Project::new("front-matter");
    project.build(&[]);
    let before = ledger(&project);
    edit(
        &project,
        "title = \"Wang Yi reçoit Yermek Kosherbayev\"",
        "title = \"Wang Yi s'entretient avec Yermek Kosherbayev\"",
    );
    edit(
        &project,
        "{ name = \"Yermek Kosherbayev\", country = \"KZ\" }",
        "{ name = \"Murat Nurtleu\", country = \"KZ\" }",
    );
    edit(&project, "date = 2025-10-29", "date = 2025-10-28");
    let out = project.build(&[]);
    assert!(
        !out.contains("new readout") && !out.contains("moves"),
        "{out}"
    );
    let page = project.page(PATH);
    assert!(
        page.contains("<h1>Wang Yi s&#39;entretient avec Yermek Kosherbayev</h1>")
            && page.contains("Murat Nurtleu")
    );
    let after = ledger(&project);
    assert!(
        after.starts_with(&before[..before.find("[people]").unwrap()]),
        "readout paths are unchanged"
    );
    project.page("people/yermek-kosherbayev/");
}

#[test]
fn a_new_slug_moves_the_page_and_leaves_a_redirect() {
    let project = Project::new("front-matter");
    project.build(&[]);
    edit(&project, "+++\n#", "+++\nslug = \"wang-kosherbayev\"\n#");
    let out = project.build(&[]);
    assert!(out.contains("moves from"), "{out}");
    let new = "readouts/2025-10-29-wang-kosherbayev/";
    assert!(project
        .page(new)
        .contains("<h1>Wang Yi reçoit Yermek Kosherbayev</h1>"));
    let redirect = project.page(PATH);
    let target = format!("https://chancery.github.io/archive/{new}");
    assert_eq!(
        attributes(&redirect, "href"),
        [target.clone(), target.clone()]
    );
    assert!(redirect.contains(&format!(
        "<meta http-equiv=\"refresh\" content=\"0; url={target}\">"
    )));
    assert!(
        redirect.contains(&format!("location.replace(\"{target}\" + location.hash)")),
        "the fragment is kept"
    );
    assert!(ledger(&project).contains(&format!("\"{PATH}\" = \"corrected\"")));
    // Moving back reuses the first URL and redirects from the second.
    edit(
        &project,
        "slug = \"wang-kosherbayev\"",
        "slug = \"wang-yi-recoit-yermek-kosherbayev\"",
    );
    project.build(&[]);
    assert!(project.page(PATH).contains("<h1>"));
    assert!(project
        .page(new)
        .contains(&format!("url=https://chancery.github.io/archive/{PATH}")));
}

#[test]
fn a_vanished_seed_fails_the_build_unless_withdrawn() {
    let project = Project::new("front-matter");
    project.build(&[]);
    let seed = std::fs::read_to_string(project.root().join(SEED)).unwrap();
    std::fs::remove_file(project.root().join(SEED)).unwrap();
    let out = project.run(&["build"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let line = ledger(&project)
        .lines()
        .position(|l| l.starts_with("corrected ="))
        .unwrap()
        + 1;
    assert!(
        stderr.starts_with(&format!("permalinks.lock:{line}:1: error: readout `corrected` was published at /{PATH}, but no seed has this id\n  help: restore its seed")),
        "{stderr}"
    );
    project.write(
        SEED,
        seed.replacen(
            "+++\n#",
            "+++\nwithdrawn = \"Texte retiré à la demande de l'éditeur.\"\n#",
            1,
        ),
    );
    project.build(&["--locked"]);
    let tombstone = project.page(PATH);
    assert!(
        tombstone.contains("Texte retiré à la demande de l&#39;éditeur."),
        "{tombstone}"
    );
    assert!(
        !project.page("").contains(PATH),
        "a withdrawn readout is no longer listed"
    );
}

#[test]
fn locked_builds_refuse_to_change_the_ledger() {
    let project = Project::new("front-matter");
    let out = project.run(&["build", "--locked"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("permalinks.lock:1:1: error: --locked, but the ledger would change: new readout `corrected`"));
    assert!(!project.root().join("permalinks.lock").exists() && !project.public().exists());
    project.build(&[]);
    project.build(&["--locked"]);
    let before = ledger(&project);
    project.write(
        "seeds/new.txt",
        "+++\ndate = 2024-05-03\nkind = \"talks\"\n+++\nTexte.\n",
    );
    assert!(!project.run(&["build", "--locked"]).status.success());
    assert_eq!(before, ledger(&project));
}

#[test]
fn the_committed_ledger_covers_the_seeds() {
    let project = Project::new("seeds");
    assert!(
        repo().join("permalinks.lock").exists(),
        "permalinks.lock is committed"
    );
    let out = project.run(&["build", "--locked"]);
    assert!(
        out.status.success(),
        "run `cargo run -- build` and commit permalinks.lock:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
