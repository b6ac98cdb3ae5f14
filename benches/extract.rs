//! Times the extractor on the labelled readouts of `../shared/readouts/`,
//! `../shared/readouts-more/` (French) and `../shared/readouts-en/` (English), language detection
//! included: median time per readout, per folder.
//!
//! `EXTRACT_BENCH_ROUNDS` sets how many times each readout is read (200 by default): a few rounds
//! under `valgrind --tool=callgrind` count the instructions of a change, which a loaded machine
//! does not blur.

use std::path::Path;
use std::time::Instant;

use chancery::extract::{extract, Context, Lexicon};

/// The readouts of a folder, sorted by name.
fn bodies(folder: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a readable readout"))
        .collect()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gazetteer = chancery::gazetteer::load(root).unwrap_or_else(|e| panic!("gazetteer: {e:?}"));
    let built = Instant::now();
    let lexicon = Lexicon::new(gazetteer);
    println!("lexicon built in {:?}", built.elapsed());
    let context = Context::default();
    let rounds = std::env::var("EXTRACT_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    for folder in ["readouts", "readouts-more", "readouts-en"] {
        let bodies = bodies(&root.join("../shared").join(folder));
        let mut per_readout = Vec::with_capacity(rounds * bodies.len());
        // Each readout's fastest round: the least a shared machine's other work disturbed it.
        let mut fastest = vec![std::time::Duration::MAX; bodies.len()];
        for _ in 0..rounds {
            for (body, fastest) in bodies.iter().zip(&mut fastest) {
                let start = Instant::now();
                std::hint::black_box(extract(std::hint::black_box(body), &lexicon, &context));
                let took = start.elapsed();
                per_readout.push(took);
                *fastest = took.min(*fastest);
            }
        }
        per_readout.sort();
        fastest.sort();
        let at = |q: f64| per_readout[((per_readout.len() - 1) as f64 * q) as usize];
        println!(
            "{folder}: {} readouts × {rounds} rounds: median {:?}, p90 {:?}, max {:?} per readout; \
             median of each readout's fastest round {:?}",
            bodies.len(),
            at(0.5),
            at(0.9),
            at(1.0),
            fastest[fastest.len() / 2]
        );
    }
}
