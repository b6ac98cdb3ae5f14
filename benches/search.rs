//! Search benchmark: what the search index costs the build, what it weighs, and what a query
//! fetches, on generated corpora.
//!
//! `cargo bench --bench search` builds a corpus of 10,000 readouts with and without the index
//! (`search = false` in config.toml), alternately, and prints the median times and their ratio,
//! the extra peak memory of the index (VmHWM, reset through /proc/self/clear_refs before each
//! build), the index's bytes against the readout pages' bytes, and, through the browser's engine
//! run by Node (`tests/search/query.cjs`), the bytes a first query fetches: the index files it
//! reads and the pages of the ten results it shows snippets of; and, in Chromium, the time from
//! Enter to the results on screen. `SEARCH_BENCH_SIZES=10000,100000`
//! measures other sizes (100,000 takes minutes), so growth can be compared.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chancery::build::{build, Options};

mod corpus;

const RUNS: usize = 3;
/// Queries of different weights: a country, a name, a word of every readout, a phrase.
const QUERIES: [&str; 4] = [
    "Kirghizistan",
    "Tokayev",
    "coopération",
    "\"Ceinture et la Route\"",
];

fn main() {
    let sizes: Vec<usize> = std::env::var("SEARCH_BENCH_SIZES")
        .unwrap_or_else(|_| "10000".into())
        .split(',')
        .map(|s| s.trim().parse().expect("SEARCH_BENCH_SIZES lists numbers"))
        .collect();
    for size in sizes {
        measure(size);
    }
}

fn measure(size: usize) {
    let project = corpus::project(size);
    let root = project.path();
    let config = std::fs::read_to_string(root.join("config.toml")).unwrap();
    let set_search = |on: bool| {
        let text = config.replace("search = true", &format!("search = {on}"));
        std::fs::write(root.join("config.toml"), text).unwrap();
    };
    let runs = if size > 10_000 { 1 } else { RUNS };
    let (mut with, mut without) = (Vec::new(), Vec::new());
    let (mut peak_with, mut peak_without) = (0, 0);
    for _ in 0..runs {
        set_search(false);
        let (time, peak) = build_once(root);
        without.push(time);
        peak_without = peak_without.max(peak);
        set_search(true);
        let (time, peak) = build_once(root);
        with.push(time);
        peak_with = peak_with.max(peak);
    }
    let (with, without) = (median(with), median(without));
    println!(
        "{size} readouts: build {:.0} ms without search, {:.0} ms with it: {:.2}x",
        ms(without),
        ms(with),
        with.as_secs_f64() / without.as_secs_f64()
    );
    println!(
        "    peak memory above the start of the build: {:.0} MB without, {:.0} MB with: +{:.0} MB",
        mb(peak_without),
        mb(peak_with),
        mb(peak_with.saturating_sub(peak_without))
    );
    let public = root.join("public");
    let index = dir_size(&public.join("search"));
    let pages: u64 = walk(&public.join("readouts"))
        .iter()
        .filter(|p| !p.starts_with(public.join("readouts/page")))
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    let files = count_files(&public.join("search"));
    println!(
        "    index {:.1} MB in {files} files, readout pages {:.1} MB: {:.1} %",
        index as f64 / 1e6,
        pages as f64 / 1e6,
        index as f64 * 100.0 / pages as f64
    );
    for query in QUERIES {
        first_query(&public, query);
    }
    on_screen(&public);
}

/// The time from Enter to the results on screen in Chromium (`tests/clients/search.mjs`), the
/// queries one after another on one page, the first with nothing loaded; skipped without
/// Chromium and the npm packages (`bash .ci/run` installs them).
fn on_screen(public: &Path) {
    let clients = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients");
    if !clients.join("node_modules").is_dir() || !Path::new("/usr/bin/chromium").is_file() {
        println!("    results on screen: skipped, no Chromium or tests/clients/node_modules");
        return;
    }
    let output = Command::new("node")
        .arg(clients.join("search.mjs"))
        .arg(public)
        .arg("https://chancery.github.io/archive/")
        .args(QUERIES)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for time in found["times"].as_array().unwrap() {
        println!(
            "    results on screen in Chromium: {:<26} {:>4} ms",
            time["q"].as_str().unwrap(),
            time["ms"]
        );
    }
}

/// What a first query fetches: the index files the engine reads, and the ten result pages the
/// snippets come from.
fn first_query(public: &Path, query: &str) {
    let request = serde_json::json!({ "q": query }).to_string();
    let started = Instant::now();
    let output = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search/query.cjs"))
        .arg(public)
        .arg(&request)
        .output()
        .expect("node runs (apt-get install nodejs)");
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let size = |path: &Path| std::fs::metadata(path).map_or(0, |m| m.len());
    let index: u64 = found["fetched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| size(&public.join("search").join(f.as_str().unwrap())))
        .sum();
    let search = &found["searches"][0];
    let root = "/archive/";
    let pages: u64 = search["results"]
        .as_array()
        .unwrap()
        .iter()
        .take(10)
        .map(|r| {
            let url = r["url"].as_str().unwrap();
            size(&public.join(url.trim_start_matches(root)).join("index.html"))
        })
        .sum();
    println!(
        "    {query:<26} {:>6} results: index {:>6.1} KB in {:>2} files + 10 result pages {:>5.1} KB = {:>6.1} KB (Node, cold: {:.0} ms)",
        search["total"],
        index as f64 / 1024.0,
        found["fetched"].as_array().unwrap().len(),
        pages as f64 / 1024.0,
        (index + pages) as f64 / 1024.0,
        ms(elapsed)
    );
}

/// One full build; its time and its peak memory above the memory held when it started.
fn build_once(root: &Path) -> (Duration, u64) {
    // Writing 5 resets the peak resident set to the current one (Linux 4.0 and later).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_kb("VmRSS");
    let started = Instant::now();
    build(root, &Options::default()).expect("the corpus builds");
    let elapsed = started.elapsed();
    (elapsed, status_kb("VmHWM").saturating_sub(before))
}

fn status_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn dir_size(dir: &Path) -> u64 {
    walk(dir)
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum()
}

fn count_files(dir: &Path) -> usize {
    walk(dir).len()
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out
}
