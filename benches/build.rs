//! Build benchmark: the seeds and generated corpora of 1,000 and 10,000 readouts, built end to end.
//!
//! `cargo bench --bench build` prints, for each corpus, the median wall time of a full build
//! (load, extract, index, render, write) and the time per readout, so runs compare by ratio.

use std::path::Path;
use std::time::{Duration, Instant};

use chancery::build::{build, Options};

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
        results.push((count, median));
        println!(
            "{count:>6} readouts: median {:>8.1} ms, {:>6.1} µs per readout, output {:.1} KB per readout",
            median.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e6 / count as f64,
            bytes as f64 / 1024.0 / count as f64
        );
    }
    let (small, large) = (results[1], results[2]);
    println!(
        "scaling: {}x the readouts took {:.1}x the time",
        large.0 / small.0,
        large.1.as_secs_f64() / small.1.as_secs_f64()
    );
}

fn build_once(root: &Path) -> Duration {
    let started = Instant::now();
    build(root, &Options::default()).expect("the corpus builds");
    started.elapsed()
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
