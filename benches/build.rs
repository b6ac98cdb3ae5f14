//! Build benchmark: the seeds and generated corpora of 1,000 and 10,000 readouts, built end to end.
//!
//! `cargo bench --bench build` prints, for each corpus, the median wall time of a full build
//! (load, extract, index, render, write) and the time per readout, so runs compare by ratio;
//! and the median user and system CPU time of a build: the user time is chancery's own work,
//! while the wall and system times also count the file system's (allocating and freeing the
//! inodes of tens of thousands of pages), which differ between two runs of one binary.

use std::path::Path;
use std::time::{Duration, Instant};

use chancery::build::{build, Options, Session};
use chancery::output::Staging;
use chancery::{index, permalink};

mod corpus;
mod process;

const RUNS: usize = 5;

fn main() {
    let mut results = Vec::new();
    for size in [0, 1_000, 10_000] {
        let project = corpus::project(size);
        let count = std::fs::read_dir(project.path().join("seeds"))
            .unwrap()
            .count();
        let runs: Vec<Run> = (0..RUNS).map(|_| build_once(project.path())).collect();
        let median_of = |of: fn(&Run) -> Duration| {
            let mut values: Vec<Duration> = runs.iter().map(of).collect();
            values.sort();
            values[RUNS / 2]
        };
        let median = median_of(|r| r.wall);
        let (user, system) = (median_of(|r| r.user), median_of(|r| r.system));
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
        println!(
            "        CPU per build, median: user {:.2} s, system {:.2} s",
            user.as_secs_f64(),
            system.as_secs_f64()
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

/// One full build's wall time and the CPU time the process spent in it.
struct Run {
    wall: Duration,
    user: Duration,
    system: Duration,
}

fn build_once(root: &Path) -> Run {
    let ticks = |t: u64| Duration::from_secs_f64(t as f64 / process::TICKS_PER_SECOND);
    let (user, system) = process::cpu_ticks();
    let started = Instant::now();
    build(root, &Options::default()).expect("the corpus builds");
    let wall = started.elapsed();
    let (user_after, system_after) = process::cpu_ticks();
    Run {
        wall,
        user: ticks(user_after - user),
        system: ticks(system_after - system),
    }
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
