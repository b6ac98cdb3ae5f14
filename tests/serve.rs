//! Serving: incremental rebuilds equal full builds, and the preview server serves, watches and
//! reloads over real HTTP.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chancery::build::{Change, Live, Outcome, Session};
use chancery::config;
use chancery::output::MARKER;

use crate::support::{tree, Project};

/// A small deterministic random source (xorshift), so a failing sequence can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const PEOPLE: [&str; 9] = [
    "Wang Yi",
    "wang yi",
    "Xi Jinping",
    "Sadyr Japarov",
    "Kassym-Jomart Tokayev",
    "Yermek Kosherbayev",
    "Zheenbek Kulubaev",
    "Jean Dupont",
    "Élise Martin",
];
const COUNTRIES: [&str; 6] = ["CN", "KZ", "KG", "UZ", "FR", "RU"];
const KINDS: [&str; 5] = ["meeting", "talks", "phone_call", "video_call", "other"];
const TITLES: [&str; 4] = [
    "Entretien bilatéral",
    "Rencontre à Pékin",
    "Échange téléphonique",
    "Consultations",
];

/// A seed with front matter, so its metadata does not depend on the extractor.
fn random_seed(rng: &mut Rng, id: Option<&str>) -> String {
    let date = match rng.below(10) {
        0 => "\"\"".to_string(),
        1 => format!("\"--{:02}-{:02}\"", 1 + rng.below(12), 1 + rng.below(28)),
        _ => format!(
            "2{:03}-0{}-0{}",
            19 + rng.below(7),
            1 + rng.below(2),
            1 + rng.below(3)
        ),
    };
    let participants: Vec<String> = (0..1 + rng.below(3))
        .map(|_| {
            format!(
                "{{ name = \"{}\", country = \"{}\" }}",
                rng.pick(&PEOPLE),
                rng.pick(&COUNTRIES)
            )
        })
        .collect();
    let mentioned: Vec<String> = (0..rng.below(2))
        .map(|_| format!("\"{}\"", rng.pick(&PEOPLE)))
        .collect();
    let countries: Vec<String> = (0..rng.below(2))
        .map(|_| format!("\"{}\"", rng.pick(&COUNTRIES)))
        .collect();
    let mut id = id.map_or(String::new(), |id| format!("id = \"{id}\"\n"));
    match rng.below(10) {
        0 => id.push_str(&format!("slug = \"nouveau-{}\"\n", rng.below(3))),
        1 => id.push_str("withdrawn = \"Retiré à la demande du ministère.\"\n"),
        _ => {}
    }
    format!(
        "+++\n{id}title = \"{}\"\ndate = {date}\nkind = \"{}\"\nparticipants = [{}]\nmentioned_people = [{}]\nmentioned_countries = [{}]\n+++\nPremier paragraphe {}.\n\nSecond paragraphe.\n",
        rng.pick(&TITLES),
        rng.pick(&KINDS),
        participants.join(", "),
        mentioned.join(", "),
        countries.join(", "),
        rng.below(1000),
    )
}

/// The output folder as a full build of the project's current inputs would write it.
fn full_build(root: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let config = config::load(root).map_err(|e| format!("{e:?}"))?;
    let session = Session::load(root, config).map_err(|e| format!("{e:?}"))?;
    let site = session.site().map_err(|e| format!("{e:?}"))?;
    Ok(site.into_iter().map(|a| (a.path, a.bytes)).collect())
}

fn published(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = tree(dir);
    files.remove(MARKER);
    files
}

fn start(project: &Project) -> (Live, Outcome) {
    let config = config::load(project.root()).unwrap();
    Live::start(project.root(), config, &project.public()).unwrap_or_else(|e| panic!("{e:?}"))
}

/// Checks one step: the incremental result fails exactly when a full build does, equals it byte
/// for byte otherwise, and wrote only files whose bytes changed.
fn check_step(project: &Project, live: &mut Live, changes: &[Change], step: &str) {
    let before = published(&project.public());
    let result = live.apply(changes);
    let after = published(&project.public());
    match (full_build(project.root()), result) {
        (Ok(expected), Ok(outcome)) => {
            if expected != after {
                let differ: BTreeSet<&String> = expected
                    .keys()
                    .chain(after.keys())
                    .filter(|p| expected.get(*p) != after.get(*p))
                    .collect();
                panic!("{step}: the incremental site differs from a full build at {differ:?}");
            }
            for path in &outcome.written {
                assert_ne!(
                    before.get(path),
                    after.get(path),
                    "{step}: {path} rewritten unchanged"
                );
            }
            let changed = after
                .iter()
                .filter(|(p, b)| before.get(*p) != Some(b))
                .count();
            assert_eq!(changed, outcome.written.len(), "{step}: {outcome:?}");
        }
        (Err(_), Err(_)) => assert_eq!(before, after, "{step}: a failed rebuild wrote nothing"),
        (Ok(_), Err(e)) => panic!("{step}: a full build succeeds but the rebuild failed: {e:?}"),
        (Err(e), Ok(_)) => panic!("{step}: a full build fails but the rebuild succeeded: {e}"),
    }
}

#[test]
fn random_edits_rebuild_exactly_what_a_full_build_writes() {
    let project = Project::new("front-matter");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..60 {
        project.write(&format!("seeds/s{i:02}.txt"), random_seed(&mut rng, None));
    }
    let (mut live, _) = start(&project);
    assert_eq!(
        published(&project.public()),
        full_build(project.root()).unwrap()
    );
    let mut seeds: Vec<String> = (0..60).map(|i| format!("seeds/s{i:02}.txt")).collect();
    let mut next = 60;
    let seed = |p: &str| Change::Seed(PathBuf::from(p));
    let mut broken: Vec<String> = Vec::new();
    for step in 0..150 {
        if !broken.is_empty() && rng.below(3) > 0 {
            let path = broken.swap_remove(rng.below(broken.len()));
            project.write(&path, random_seed(&mut rng, None));
            let what = format!("step {step}: fix {path}");
            check_step(&project, &mut live, &[seed(&path)], &what);
            continue;
        }
        let (what, changes) = match rng.below(12) {
            0..=3 if !seeds.is_empty() => {
                let path = rng.pick(&seeds).clone();
                project.write(&path, random_seed(&mut rng, None));
                (format!("edit {path}"), vec![seed(&path)])
            }
            4 => {
                let path = format!("seeds/s{next:02}.txt");
                next += 1;
                project.write(&path, random_seed(&mut rng, None));
                seeds.push(path.clone());
                (format!("add {path}"), vec![seed(&path)])
            }
            5 if !seeds.is_empty() => {
                let path = seeds.remove(rng.below(seeds.len()));
                std::fs::remove_file(project.root().join(&path)).unwrap();
                (format!("delete {path}"), vec![seed(&path)])
            }
            6 if !seeds.is_empty() => {
                let from = seeds.remove(rng.below(seeds.len()));
                let to = format!("seeds/sub/r{next:02}.txt");
                next += 1;
                std::fs::create_dir_all(project.root().join("seeds/sub")).unwrap();
                std::fs::rename(project.root().join(&from), project.root().join(&to)).unwrap();
                seeds.push(to.clone());
                (format!("rename {from} {to}"), vec![seed(&from), seed(&to)])
            }
            7 if !seeds.is_empty() => {
                // Broken, then fixed at one of the next steps.
                let path = rng.pick(&seeds).clone();
                let text = match rng.below(2) {
                    0 => "+++\ntitle = \n+++\nTexte.\n".to_string(),
                    _ => random_seed(&mut rng, Some("s00")),
                };
                project.write(&path, text);
                broken.push(path.clone());
                (format!("break {path}"), vec![seed(&path)])
            }
            8 => {
                let (name, text) = match rng.below(3) {
                    0 => ("readout.html", "</article>"),
                    1 => ("base.html", "</footer>"),
                    _ => ("person.html", "{% endblock content %}"),
                };
                let path = format!("templates/{name}");
                let old = std::fs::read_to_string(project.root().join(&path)).unwrap();
                let extra = if rng.below(2) == 0 {
                    format!("<p>v{step}</p>")
                } else {
                    format!("{{# note {step} #}}")
                };
                project.write(&path, old.replacen(text, &format!("{extra}{text}"), 1));
                (
                    format!("template {path}"),
                    vec![Change::Template(path.into())],
                )
            }
            9 => {
                let path = format!("static/extra-{}.txt", rng.below(3));
                if rng.below(2) == 0 {
                    project.write(&path, format!("v{step}"));
                } else {
                    let _ = std::fs::remove_file(project.root().join(&path));
                }
                (format!("static {path}"), vec![Change::Static(path.into())])
            }
            10 if rng.below(2) == 0 => {
                // A build records every URL in permalinks.lock, and the preview reads it again;
                // removed again later, so that deletions and renames are not errors for ever.
                let ledger = project.root().join("permalinks.lock");
                let what = if ledger.exists() {
                    std::fs::remove_file(ledger).unwrap();
                    "ledger removed".to_string()
                } else {
                    let options = chancery::build::Options {
                        output: Some("built".into()),
                        ..Default::default()
                    };
                    let built = chancery::build::build(project.root(), &options);
                    format!("ledger written: {}", built.is_ok())
                };
                (what, vec![Change::Ledger])
            }
            10 => {
                let text = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
                let text = text.replacen("title = \"", &format!("title = \"{step} "), 1);
                project.write("config.toml", text);
                ("config".to_string(), vec![Change::Config])
            }
            _ => {
                let dir = "seeds/sub";
                let _ = std::fs::remove_dir_all(project.root().join(dir));
                seeds.retain(|s| !s.starts_with(dir));
                ("delete seeds/sub".to_string(), vec![seed(dir)])
            }
        };
        check_step(
            &project,
            &mut live,
            &changes,
            &format!("step {step}: {what}"),
        );
    }
}
