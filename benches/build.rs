//! Build benchmark: the seeds and generated corpora of 1,000 and 10,000 readouts, built end to end.
//!
//! `cargo bench --bench build` prints, for each corpus, the median wall time of a full build
//! (load, extract, index, render, write) and the time per readout, so runs compare by ratio.

use std::path::Path;
use std::time::{Duration, Instant};

use chancery::build::{build, Options, Session};
use chancery::model::EventDate;
use chancery::{index, permalink};
use chrono::NaiveDate;

const RUNS: usize = 5;

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut results = Vec::new();
    for size in [0, 1_000, 10_000] {
        let project = tempfile::tempdir().expect("temporary folder");
        for dir in ["templates", "static", "data"] {
            copy_tree(&repo.join(dir), &project.path().join(dir));
        }
        std::fs::copy(repo.join("config.toml"), project.path().join("config.toml")).unwrap();
        copy_tree(&repo.join("seeds"), &project.path().join("seeds"));
        generate(&project.path().join("seeds"), size, &repo.join("seeds"));
        let count = std::fs::read_dir(project.path().join("seeds"))
            .unwrap()
            .count();
        let mut times: Vec<Duration> = (0..RUNS).map(|_| build_once(project.path())).collect();
        times.sort();
        let median = times[RUNS / 2];
        let bytes: u64 = dir_size(&project.path().join("public"));
        let ledger =
            std::fs::metadata(project.path().join("permalinks.lock")).map_or(0, |m| m.len());
        results.push((count, median));
        println!(
            "{count:>6} readouts: median {:>8.1} ms, {:>6.1} µs per readout, output {:.1} KB per readout, permalinks.lock {:.0} KB",
            median.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e6 / count as f64,
            bytes as f64 / 1024.0 / count as f64,
            ledger as f64 / 1024.0
        );
        if size == 10_000 {
            phases(project.path());
        }
    }
    let (small, large) = (results[1], results[2]);
    println!(
        "scaling: {}x the readouts took {:.1}x the time",
        large.0 / small.0,
        large.1.as_secs_f64() / small.1.as_secs_f64()
    );
}

/// Where a build's time goes: each stage timed on its own, rendering into no files.
fn phases(root: &Path) {
    let timed = |name: &str, started: Instant| {
        println!(
            "    {name:<18} {:>8.1} ms",
            started.elapsed().as_secs_f64() * 1e3
        )
    };
    let started = Instant::now();
    let config = chancery::config::load(root).expect("config");
    let session = Session::load(root, config).expect("project loads");
    timed("load", started);
    let started = Instant::now();
    let readouts = session.readouts();
    timed("extract", started);
    let started = Instant::now();
    let (assignment, _) = permalink::assign(&session.ledger, &readouts);
    let archive = index::build(readouts, assignment, &session.gazetteer);
    timed("permalinks + index", started);
    let started = Instant::now();
    session
        .render_each(&archive, |_| Ok(()))
        .expect("site renders");
    timed("render (no writes)", started);
}

fn build_once(root: &Path) -> Duration {
    let started = Instant::now();
    build(root, &Options::default()).expect("the corpus builds");
    started.elapsed()
}

/// Writes `n` readouts varied from the seeds' texts: other dates, people, countries and places.
fn generate(dir: &Path, n: usize, seeds: &Path) {
    let mut bodies: Vec<String> = std::fs::read_dir(seeds)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
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
            date.french(),
            places[i % places.len()]
        );
        let rest = bodies[i % bodies.len()]
            .split_once('\n')
            .map_or("", |(_, rest)| rest);
        std::fs::write(dir.join(format!("gen-{i:05}.txt")), format!("{lead}{rest}")).unwrap();
    }
}

fn copy_tree(from: &Path, to: &Path) {
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

fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                dir_size(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}
