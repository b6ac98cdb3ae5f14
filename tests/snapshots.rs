//! Snapshots of rendered HTML: a change to templates or views shows up as a reviewable diff.

use crate::support::Project;

#[test]
fn front_matter_site_pages() {
    let project = Project::new("front-matter");
    project.build(&[]);
    for (name, path) in [
        (
            "fm_readout",
            "readouts/2025-10-29-wang-yi-recoit-yermek-kosherbayev/",
        ),
        ("fm_person", "people/wang-yi/"),
        ("fm_country", "countries/kz/"),
        ("fm_home", ""),
    ] {
        insta::assert_snapshot!(name, project.page(path));
    }
}

#[test]
fn seed_pages() {
    let project = Project::new("seeds");
    project.build(&["--locked"]);
    for (name, path) in [
        (
            "seed_japarov_wang",
            "readouts/2025-11-19-sadyr-japarov-rencontre-wang-yi-a-bichkek/",
        ),
        ("seed_person_japarov", "people/sadyr-japarov/"),
        ("seed_country_kg", "countries/kg/"),
    ] {
        insta::assert_snapshot!(name, project.page(path));
    }
}
