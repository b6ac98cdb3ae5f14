//! The Nu HTML Checker (`vnu-jar`) on every page of the seeds archive and of an archive of every
//! labelled readout in `../shared/`.

use std::collections::BTreeMap;

use crate::clients::{labelled_project, vnu};
use crate::support::Project;

/// Builds the project and asserts that the checker finds no error in any page.
fn check(project: &Project) {
    project.build(&[]);
    let Some(errors) = vnu(&project.public()) else {
        return;
    };
    let mut by_message: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for e in &errors {
        let at = format!("{}:{}", e.file, e.line);
        by_message.entry(&e.message).or_default().push(at);
    }
    let files: std::collections::BTreeSet<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    let report: Vec<String> = by_message
        .iter()
        .map(|(message, at)| format!("{} × {message}\n    first at {}", at.len(), at[0]))
        .collect();
    assert!(
        errors.is_empty(),
        "{} errors in {} files:\n{}",
        errors.len(),
        files.len(),
        report.join("\n")
    );
}

#[test]
fn the_seeds_archive_is_valid_html() {
    check(&Project::new("seeds"));
}

#[test]
fn an_archive_of_every_labelled_readout_is_valid_html() {
    check(&labelled_project());
}
