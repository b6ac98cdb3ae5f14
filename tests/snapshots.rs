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
