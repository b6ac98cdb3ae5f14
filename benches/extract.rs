//! Times the extractor on the labelled readouts in `../shared/readouts/` and
//! `../shared/readouts-more/`: median time per readout.

use std::path::Path;
use std::time::Instant;

use chancery::extract::{extract, Context, Lexicon};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gazetteer = chancery::gazetteer::load(root).unwrap_or_else(|e| panic!("gazetteer: {e:?}"));
    let built = Instant::now();
    let lexicon = Lexicon::new(gazetteer);
    let build_time = built.elapsed();
    let mut bodies: Vec<String> = ["readouts", "readouts-more"]
        .iter()
        .flat_map(|name| {
            let folder = root.join("../shared").join(name);
            std::fs::read_dir(&folder)
                .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| std::fs::read_to_string(p).expect("a readable readout"))
        })
        .collect();
    bodies.sort();
    let context = Context::default();
    let rounds = 200;
    let mut per_readout = Vec::with_capacity(rounds * bodies.len());
    for _ in 0..rounds {
        for body in &bodies {
            let start = Instant::now();
            std::hint::black_box(extract(std::hint::black_box(body), &lexicon, &context));
            per_readout.push(start.elapsed());
        }
    }
    per_readout.sort();
    let at = |q: f64| per_readout[((per_readout.len() - 1) as f64 * q) as usize];
    println!("lexicon built in {build_time:?}");
    println!(
        "{} readouts × {rounds} rounds: median {:?}, p90 {:?}, max {:?} per readout",
        bodies.len(),
        at(0.5),
        at(0.9),
        at(1.0)
    );
}
