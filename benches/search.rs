//! Search benchmark: what the search index costs the build, what it weighs, and what a query
//! fetches, on generated corpora.
//!
//! `cargo bench --bench search` builds a corpus of 10,000 readouts with and without the index
//! (`search = false` in config.toml), alternately, each build in a child process, and prints
//! the median wall and CPU times and their ratios, the extra peak memory of the index (the
//! children's VmHWM), the index's bytes against the readout pages' bytes, and, through the
//! browser's engine run by Node (`tests/search/query.cjs`), the bytes a first query fetches:
//! the index files it reads and the records and texts of the ten results the page shows; and,
//! in Chromium, the time from Enter to the results on screen, to their facets and snippets. `SEARCH_BENCH_SIZES=10000,100000`
//! measures other sizes (100,000 takes minutes), so growth can be compared.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chancery::build::{build, Options};

mod corpus;
mod process;

use process::TICKS_PER_SECOND;

const RUNS: usize = 3;
/// Queries of different weights: a country, a name, a word of every readout, a phrase.
const QUERIES: [&str; 4] = [
    "Kirghizistan",
    "Tokayev",
    "coopération",
    "\"Ceinture et la Route\"",
];

/// Set in the environment of a child that builds the corpus at this path once and prints its
/// time and peak memory: a fresh process, so memory the allocator kept from an earlier build
/// cannot hide the next build's peak.
const BUILD_ONCE: &str = "CHANCERY_BENCH_BUILD_ONCE";

fn main() {
    if let Ok(root) = std::env::var(BUILD_ONCE) {
        let started = Instant::now();
        build(Path::new(&root), &Options::default()).expect("the corpus builds");
        println!(
            "{} {} {}",
            started.elapsed().as_nanos(),
            {
                let (user, system) = process::cpu_ticks();
                user + system
            },
            status_kb("VmHWM")
        );
        return;
    }
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
    for _ in 0..runs {
        set_search(false);
        without.push(build_once(root));
        set_search(true);
        with.push(build_once(root));
    }
    let median_of = |runs: &[Run], of: fn(&Run) -> u64| {
        let mut values: Vec<u64> = runs.iter().map(of).collect();
        values.sort();
        values[values.len() / 2]
    };
    let wall = |r: &Run| r.wall_ms;
    let cpu = |r: &Run| r.cpu_ticks;
    let (wall_with, wall_without) = (median_of(&with, wall), median_of(&without, wall));
    let (cpu_with, cpu_without) = (median_of(&with, cpu), median_of(&without, cpu));
    // CPU time is what the index adds to the work; on a shared machine wall time also
    // counts the time other processes held the cores.
    println!(
        "{size} readouts: build {wall_without} ms without search, {wall_with} ms with it: {:.2}x; CPU {:.1} s without, {:.1} s with: {:.2}x",
        wall_with as f64 / wall_without as f64,
        cpu_without as f64 / TICKS_PER_SECOND,
        cpu_with as f64 / TICKS_PER_SECOND,
        cpu_with as f64 / cpu_without as f64
    );
    let peak = |runs: &[Run]| runs.iter().map(|r| r.peak_kb).max().unwrap_or(0);
    let (peak_with, peak_without) = (peak(&with), peak(&without));
    println!(
        "    peak memory of the build: {:.0} MB without, {:.0} MB with: +{:.0} MB",
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

/// The time from Enter to the results on screen in Chromium (`tests/clients/search.mjs`), timed
/// in the page from the key's event to the frame that shows them: the list with each result's
/// title, date, kind and participants, and the status line written; then to the number of
/// results announced (later when a phrase's results are counted once the first are shown), to
/// the facets' counts and to the snippets, drawn after it; with each request's times and the main thread's work. The queries run one after another
/// on one page, the first with nothing loaded but the page and what it loads; skipped without
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
            "    results on screen in Chromium: {:<26} {:>4} ms (counted {:>4} ms, facets {:>4} ms, snippets {:>4} ms)",
            time["q"].as_str().unwrap(),
            time["ms"],
            time["count"],
            time["facets"],
            time["snippets"]
        );
        let busy = &time["busy"];
        println!(
            "        ms from Enter: submitted {}, requests {}; main thread: script {} ms, style {} ms, layout {} ms, tasks {} ms",
            time["submitted"],
            requests(time["requests"].as_array().unwrap()),
            busy["script"],
            busy["style"],
            busy["layout"],
            busy["tasks"]
        );
    }
}

/// A query's requests by kind of file, in the order they were asked for: how many, when the
/// first was asked for and when the last answer arrived.
fn requests(requests: &[serde_json::Value]) -> String {
    let mut kinds: Vec<(&str, usize, u64, u64)> = Vec::new();
    for request in requests {
        let file = request["file"].as_str().unwrap();
        let kind = match file.split_once('/') {
            Some(("t", name)) if name.ends_with(".pos") => "shards with positions t/N.pos",
            Some(("t", _)) => "shards t/N.bin",
            Some(("d", _)) => "records d/N.json.gz",
            Some(("x", _)) => "texts x/",
            _ if file == "facets.bin" => "facets",
            _ => "other",
        };
        let (start, end) = (
            request["start"].as_u64().unwrap(),
            request["end"].as_u64().unwrap(),
        );
        match kinds.iter_mut().find(|(k, ..)| *k == kind) {
            Some((_, n, first, last)) => {
                *n += 1;
                *first = (*first).min(start);
                *last = (*last).max(end);
            }
            None => kinds.push((kind, 1, start, end)),
        }
    }
    let kinds: Vec<String> = kinds
        .iter()
        .map(|(kind, n, first, last)| format!("{n} {kind} {first}–{last}"))
        .collect();
    kinds.join(", ")
}

/// What a first query fetches: the manifest, the shards and facets the engine reads, and the
/// records and texts of the ten results the page shows, whose snippets are cut from the texts.
fn first_query(public: &Path, query: &str) {
    let request = serde_json::json!({ "q": query, "shown": 10 }).to_string();
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
    let fetched = found["fetched"].as_array().unwrap();
    let size = |f: &serde_json::Value| {
        let path = public.join("search").join(f.as_str().unwrap());
        std::fs::metadata(path).map_or(0, |m| m.len())
    };
    let (texts, index): (Vec<_>, Vec<_>) = fetched
        .iter()
        .partition(|f| f.as_str().unwrap().starts_with("x/"));
    let kb =
        |files: &[&serde_json::Value]| files.iter().map(|f| size(f)).sum::<u64>() as f64 / 1024.0;
    println!(
        "    {query:<26} {:>6} results: index {:>6.1} KB in {:>2} files + {} texts {:>5.1} KB = {:>6.1} KB (Node, cold: {:.0} ms)",
        found["searches"][0]["total"],
        kb(&index),
        index.len(),
        texts.len(),
        kb(&texts),
        kb(&index) + kb(&texts),
        ms(elapsed)
    );
}

/// What one build in a child process took.
struct Run {
    wall_ms: u64,
    /// User and system time of all its threads, in clock ticks.
    cpu_ticks: u64,
    peak_kb: u64,
}

/// One full build in a child process: its time and the child's peak resident set.
fn build_once(root: &Path) -> Run {
    let output = Command::new(std::env::current_exe().expect("the bench knows its path"))
        .env(BUILD_ONCE, root)
        .output()
        .expect("the bench runs itself");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut fields = stdout.split_whitespace().map(|f| f.parse::<u64>().unwrap());
    let mut next = || fields.next().expect("the child prints three numbers");
    Run {
        wall_ms: next() / 1_000_000,
        cpu_ticks: next(),
        peak_kb: next(),
    }
}

fn status_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
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
