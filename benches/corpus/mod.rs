//! Generated corpora for the benchmarks: readouts varied from the repository's seeds and from the
//! real readouts of `../shared/readouts/` beside the repository, so that texts have the lengths
//! real ones have. Without that folder the benchmarks stop: figures measured on the seeds alone
//! (an index twice as large against its pages, say) would compare with nothing.

use std::path::Path;

use chancery::cite::style::Style;
use chancery::model::{EventDate, Language};
use chrono::NaiveDate;

/// A project in a temporary folder: the repository's config, templates, static files, gazetteer
/// and seeds, and `n` generated readouts.
pub fn project(n: usize) -> tempfile::TempDir {
    project_of(Path::new(env!("CARGO_MANIFEST_DIR")), n)
}

/// [`project`] with the files of the repository at `repo`.
pub fn project_of(repo: &Path, n: usize) -> tempfile::TempDir {
    let project = tempfile::tempdir().expect("temporary folder");
    for dir in ["templates", "static", "data"] {
        copy_tree(&repo.join(dir), &project.path().join(dir));
    }
    std::fs::copy(repo.join("config.toml"), project.path().join("config.toml")).unwrap();
    copy_tree(&repo.join("seeds"), &project.path().join("seeds"));
    generate(&project.path().join("seeds"), n, &repo.join("seeds"));
    project
}

/// Writes `n` readouts varied from real texts: other dates, people, countries and places.
pub fn generate(dir: &Path, n: usize, seeds: &Path) {
    let shared = seeds.join("../../shared/readouts");
    let mut bodies: Vec<String> = [seeds, shared.as_path()]
        .iter()
        .flat_map(|folder| {
            std::fs::read_dir(folder).unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; the benchmarks need the real readouts beside the repository",
                    folder.display()
                )
            })
        })
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    bodies.sort();
    let people = [
        ("le président kirghize", "Sadyr Japarov"),
        ("le président kazakh", "Kassym-Jomart Tokayev"),
        ("le ministre chinois des Affaires étrangères", "Wang Yi"),
        (
            "le ministre des Affaires étrangères du Kazakhstan,",
            "Yermek Kosherbayev",
        ),
        ("le président chinois", "Xi Jinping"),
    ];
    let places = ["Bichkek", "Beijing", "Astana", "Tachkent"];
    for i in 0..n {
        let (title_a, a) = people[i % people.len()];
        let (_, b) = people[(i / people.len() + 1 + i) % people.len()];
        let date = NaiveDate::from_ymd_opt(
            2000 + (i % 26) as i32,
            (i % 12) as u32 + 1,
            (i % 28) as u32 + 1,
        )
        .map(EventDate::Full)
        .expect("a valid date");
        let lead = format!(
            "Le {}, {title_a} {a} a rencontré {b} à {}.\n",
            Style::of(Language::Fr).date(date),
            places[i % places.len()]
        );
        let rest = bodies[i % bodies.len()]
            .split_once('\n')
            .map_or("", |(_, rest)| rest);
        std::fs::write(dir.join(format!("gen-{i:05}.txt")), format!("{lead}{rest}")).unwrap();
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}
