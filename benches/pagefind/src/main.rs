//! Pagefind's indexer (`pagefind::api::PagefindIndex`) measured on chancery's benchmark corpus,
//! so that the choice of search engine recorded in ARCHITECTURE.md can be checked again.
//!
//! `cargo run --release --manifest-path benches/pagefind/Cargo.toml -- [READOUTS] [SHARDS]`
//! builds the generated corpus with chancery, then indexes it with Pagefind three ways: the
//! readout pages as HTML, the readouts as custom records with chancery's facets as filters, and
//! those records split into SHARDS separate indexes. For each it prints the time, the peak
//! memory above what the process held before (VmHWM, reset through /proc/self/clear_refs), the
//! index's bytes against the readout pages' bytes, and the bytes a first query fetches.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use chancery::build::{build, Options, Session};
use chancery::index::Archive;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

#[allow(dead_code)] // `project`, which finds the repository by its own manifest.
#[path = "../../corpus/mod.rs"]
mod corpus;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("READOUTS and SHARDS are numbers"))
        .collect();
    let size = args.first().copied().unwrap_or(10_000);
    let shards = args.get(1).copied().unwrap_or(10);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let project = corpus::project_of(&repo, size);
    let started = Instant::now();
    build(project.path(), &Options::default()).expect("the corpus builds");
    println!(
        "chancery build of {size} readouts: {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let public = project.path().join("public");
    let pages = readout_pages(&public);
    let page_bytes: u64 = pages.iter().map(|(_, html)| html.len() as u64).sum();
    println!(
        "{} readout pages, {:.1} MB",
        pages.len(),
        page_bytes as f64 / 1e6
    );

    let config = chancery::config::load(project.path()).expect("config");
    let session = Session::load(project.path(), config).expect("project loads");
    let archive = session.archive().expect("archive");

    let html = measure("HTML pages, one index", page_bytes, || async {
        let mut index = new_index();
        for (url, html) in &pages {
            index
                .add_html_file(None, Some(url.clone()), html.clone())
                .await
                .expect("page indexed");
        }
        index.get_files().await.expect("index built")
    })
    .await;
    drop(html);
    measure("custom records with filters, one index", page_bytes, || async {
        records_index(&archive, 0..archive.readouts.len()).await
    })
    .await;
    let per_shard = archive.readouts.len().div_ceil(shards);
    measure(
        &format!("custom records with filters, {shards} indexes"),
        page_bytes,
        || async {
            let mut all = Vec::new();
            for shard in 0..shards {
                let start = shard * per_shard;
                let end = (start + per_shard).min(archive.readouts.len());
                let files = records_index(&archive, start..end).await;
                all.extend(files.into_iter().map(|f| pagefind::api::SyntheticFile {
                    filename: Path::new(&format!("shard{shard}")).join(f.filename),
                    contents: f.contents,
                }));
            }
            all
        },
    )
    .await;
}

fn new_index() -> PagefindIndex {
    let options = PagefindServiceConfig::builder()
        .force_language("fr".to_string())
        .build();
    PagefindIndex::new(Some(options)).expect("options are valid")
}

/// The readouts of `range` as Pagefind custom records: the text, the title, and chancery's
/// facets as filters.
async fn records_index(
    archive: &Archive,
    range: std::ops::Range<usize>,
) -> Vec<pagefind::api::SyntheticFile> {
    let mut index = new_index();
    for entry in &archive.readouts[range] {
        let m = &entry.readout.metadata;
        let mut filters: BTreeMap<String, Vec<String>> = BTreeMap::new();
        filters.insert(
            "country".into(),
            m.countries.iter().map(|c| c.to_string()).collect(),
        );
        filters.insert(
            "person".into(),
            m.participants.value.iter().map(|p| p.name.clone()).collect(),
        );
        filters.insert("kind".into(), vec![m.kind.value.key().to_string()]);
        if let Some(year) = m.date.value.and_then(|d| d.year()) {
            filters.insert("year".into(), vec![year.to_string()]);
        }
        let meta = BTreeMap::from([("title".to_string(), m.title.value.clone())]);
        index
            .add_custom_record(
                format!("/{}", entry.path),
                entry.readout.body.clone(),
                "fr".into(),
                Some(meta),
                Some(filters),
                None,
            )
            .await
            .expect("record indexed");
    }
    index.get_files().await.expect("index built")
}

/// Runs `make`, then prints its time, its extra peak memory, its bytes and a first query's.
async fn measure<F, Fut>(name: &str, page_bytes: u64, make: F) -> Vec<pagefind::api::SyntheticFile>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Vec<pagefind::api::SyntheticFile>>,
{
    reset_peak();
    let before = rss_kb("VmRSS");
    let started = Instant::now();
    let files = make().await;
    let seconds = started.elapsed().as_secs_f64();
    let peak = rss_kb("VmHWM").saturating_sub(before);
    let bytes: u64 = files.iter().map(|f| f.contents.len() as u64).sum();
    println!(
        "{name}: {seconds:.2} s, peak +{:.0} MB, {} files, {:.1} MB = {:.0} % of the readout pages, first query ≈ {:.0} KB",
        peak as f64 / 1024.0,
        files.len(),
        bytes as f64 / 1e6,
        bytes as f64 * 100.0 / page_bytes as f64,
        first_query(&files) as f64 / 1024.0,
    );
    files
}

/// What Pagefind's client fetches for a one-word query showing the first five results: the
/// entry file, the script and WebAssembly, the metadata file, every filter file (facet counts
/// are shown with the results), one index chunk (the largest, as a word near its boundaries
/// may need it) and five fragments of average size.
fn first_query(files: &[pagefind::api::SyntheticFile]) -> u64 {
    let size = |f: &pagefind::api::SyntheticFile| f.contents.len() as u64;
    let named = |pred: &dyn Fn(&str) -> bool| -> Vec<u64> {
        files
            .iter()
            .filter(|f| pred(&f.filename.to_string_lossy()))
            .map(size)
            .collect()
    };
    let fixed: u64 = named(&|n| {
        n.ends_with("pagefind-entry.json")
            || n.ends_with("pagefind.js")
            || n.contains("wasm.fr")
            || n.contains("wasm.unknown")
            || n.ends_with(".pf_meta")
            || n.ends_with(".pf_filter")
    })
    .iter()
    .sum();
    let chunk = named(&|n| n.ends_with(".pf_index"))
        .into_iter()
        .max()
        .unwrap_or(0);
    let fragments = named(&|n| n.ends_with(".pf_fragment"));
    let fragment = fragments.iter().sum::<u64>() / fragments.len().max(1) as u64;
    fixed + chunk + 5 * fragment
}

/// The readout pages of the built site, by URL.
fn readout_pages(public: &Path) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = std::fs::read_dir(public.join("readouts"))
        .expect("readouts folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| !p.ends_with("page") && p.join("index.html").is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let html = std::fs::read_to_string(p.join("index.html")).expect("page");
            (format!("/readouts/{name}/"), html)
        })
        .collect();
    pages.sort();
    pages
}

/// Forgets the process's peak resident memory, so that the next peak is one step's.
fn reset_peak() {
    // Writing 5 resets VmHWM to the current resident set (Linux 4.0 and later).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// A line of /proc/self/status in KB.
fn rss_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0)
}
