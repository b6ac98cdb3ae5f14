//! Build benchmark: the seeds and generated corpora of 1,000 and 10,000 readouts, built end to end.
//!
//! `cargo bench --bench build` prints, for each corpus, the median wall time of a full build
//! (load, extract, index, render, write) and the time per readout, so runs compare by ratio.

use std::path::Path;
use std::time::{Duration, Instant};

use chancery::build::{build, Options, Session};
use chancery::output::Staging;
use chancery::{index, permalink};

mod corpus;

const RUNS: usize = 5;

fn main() {
    let mut results = Vec::new();
    for size in [0, 1_000, 10_000] {
        let project = corpus::project(size);
        let count = std::fs::read_dir(project.path().join("seeds"))
            .unwrap()
            .count();
        let mut times: Vec<Duration> = (0..RUNS).map(|_| build_once(project.path())).collect();
        times.sort();
        let median = times[RUNS / 2];
        let bytes: u64 = dir_size(&project.path().join("public"));
        let search: u64 = dir_size(&project.path().join("public/search"));
        let ledger =
            std::fs::metadata(project.path().join("permalinks.lock")).map_or(0, |m| m.len());
        results.push((count, median));
        println!(
            "{count:>6} readouts: median {:>8.1} ms, {:>6.1} µs per readout, output {:.1} KB per readout ({:.1} KB of it the search index), permalinks.lock {:.0} KB",
            median.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e6 / count as f64,
            bytes as f64 / 1024.0 / count as f64,
            search as f64 / 1024.0 / count as f64,
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
    let language = session.config.interface_language();
    let archive = index::build(readouts, assignment, &session.lexicon.gazetteer, language);
    timed("permalinks + index", started);
    let started = Instant::now();
    session
        .render_each(&archive, |_| Ok(()))
        .expect("site renders");
    timed("render (no writes)", started);
    let output = root.join(&session.config.output);
    let started = Instant::now();
    let staging = Staging::create(&output).expect("staging folder");
    session
        .render_each(&archive, |artifact| staging.write(&artifact))
        .expect("site renders");
    timed("render + write", started);
    let started = Instant::now();
    staging.commit().expect("the site is swapped in");
    timed("swap, old site gone", started);
}

fn build_once(root: &Path) -> Duration {
    let started = Instant::now();
    build(root, &Options::default()).expect("the corpus builds");
    started.elapsed()
}

/// The bytes of the files under `dir`; none when it does not exist.
fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
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
