//! Incremental rebuilds: after any sequence of edits, what the preview's `Live` writes equals,
//! byte for byte, what a full build of the same inputs writes.

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

const PEOPLE: [&str; 10] = [
    "Wang Yi",
    "wang yi",
    "Xi Jinping",
    "Sadyr Japarov",
    "Kassym-Jomart Tokayev",
    "Yermek Kosherbayev",
    "Zheenbek Kulubaev",
    "Jean Dupont",
    "Jean DUPONT",
    "Élise Martin",
];
const COUNTRIES: [&str; 6] = ["CN", "KZ", "KG", "UZ", "FR", "RU"];
const LANGUAGES: [&str; 2] = ["fr", "en"];
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
    let mut id = id.map_or(String::new(), |id| format!("id = \"{id}\"\n"));
    match rng.below(20) {
        0..=1 => id.push_str(&format!("slug = \"nouveau-{}\"\n", rng.below(3))),
        2..=3 => id.push_str("withdrawn = \"Retiré à la demande du ministère.\"\n"),
        4 => id.push_str(&format!("translation_of = \"s0{}\"\n", rng.below(3))),
        _ => {}
    }
    format!(
        "+++\n{id}title = \"{}\"\nlanguage = \"{}\"\ndate = {date}\nkind = \"{}\"\n{}\n{}\n{}\n+++\nPremier paragraphe {}.\n\nSecond paragraphe.\n",
        rng.pick(&TITLES),
        rng.pick(&LANGUAGES),
        rng.pick(&KINDS),
        participants(rng),
        mentioned_people(rng),
        mentioned_countries(rng),
        rng.below(1000),
    )
}

fn participants(rng: &mut Rng) -> String {
    let list: Vec<String> = (0..1 + rng.below(3))
        .map(|_| {
            format!(
                "{{ name = \"{}\", country = \"{}\" }}",
                rng.pick(&PEOPLE),
                rng.pick(&COUNTRIES)
            )
        })
        .collect();
    format!("participants = [{}]", list.join(", "))
}

fn mentioned_people(rng: &mut Rng) -> String {
    let list: Vec<String> = (0..rng.below(2))
        .map(|_| format!("\"{}\"", rng.pick(&PEOPLE)))
        .collect();
    format!("mentioned_people = [{}]", list.join(", "))
}

fn mentioned_countries(rng: &mut Rng) -> String {
    let list: Vec<String> = (0..rng.below(2))
        .map(|_| format!("\"{}\"", rng.pick(&COUNTRIES)))
        .collect();
    format!("mentioned_countries = [{}]", list.join(", "))
}

/// `text` with one of its fields or its first paragraph changed: what an editor corrects. The
/// readout keeps its id and date, so it mostly keeps its position and path; a paragraph may name
/// a person or an organisation, which adds a link.
fn retouched(rng: &mut Rng, text: &str) -> String {
    let (key, value) = match rng.below(9) {
        0 => ("title = ", format!("\"{}\"", rng.pick(&TITLES))),
        1 => ("kind = ", format!("\"{}\"", rng.pick(&KINDS))),
        2 => ("Premier paragraphe", format!(" {}.", rng.below(1000))),
        3 => (
            "Premier paragraphe",
            format!(" avec {}.", rng.pick(&PEOPLE)),
        ),
        4 => (
            "Premier paragraphe",
            format!(" au sommet de l'{}.", rng.pick(&["OCS", "ONU", "OTSC"])),
        ),
        5 => ("participants = ", participants(rng)),
        6 => ("mentioned_people = ", mentioned_people(rng)),
        7 => ("language = ", format!("\"{}\"", rng.pick(&LANGUAGES))),
        _ => ("mentioned_countries = ", mentioned_countries(rng)),
    };
    let value = value.strip_prefix(key).unwrap_or(&value);
    text.lines()
        .map(|line| match line.starts_with(key) {
            true => format!("{key}{value}\n"),
            false => format!("{line}\n"),
        })
        .collect()
}

/// Lists of three items a page, so that people, countries and years have many pages.
fn paginate_by_three(project: &Project) {
    let config = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
    let config = config.replace("page_size = 50", "page_size = 3");
    assert!(config.contains("page_size = 3"));
    project.write("config.toml", config);
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
/// for byte otherwise, and wrote only files whose bytes changed. Returns how many pages the
/// rebuild checked when it checked only some.
fn check_step(project: &Project, live: &mut Live, changes: &[Change], step: &str) -> Option<usize> {
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
                let first = differ.first().map_or(String::new(), |path| {
                    format!(
                        "; {path}: {}",
                        difference(expected.get(*path), after.get(*path))
                    )
                });
                panic!(
                    "{step}: the incremental site differs from a full build at {differ:?}{first}"
                );
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
            let pages = after.keys().filter(|p| p.ends_with(".html")).count();
            (outcome.checked < pages).then_some(outcome.checked)
        }
        (Err(_), Err(_)) => {
            assert_eq!(before, after, "{step}: a failed rebuild wrote nothing");
            None
        }
        (Ok(_), Err(e)) => panic!("{step}: a full build succeeds but the rebuild failed: {e:?}"),
        (Err(e), Ok(_)) => panic!("{step}: a full build fails but the rebuild succeeded: {e}"),
    }
}

/// Where two versions of a file first differ: the line, as a full build writes it and as the
/// rebuild left it.
fn difference(expected: Option<&Vec<u8>>, actual: Option<&Vec<u8>>) -> String {
    let (Some(expected), Some(actual)) = (expected, actual) else {
        return format!(
            "only in {}",
            if expected.is_some() {
                "the full build"
            } else {
                "the rebuild"
            }
        );
    };
    let (expected, actual) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let mut lines = expected.lines().zip(actual.lines()).enumerate();
    match lines.find(|(_, (a, b))| a != b) {
        Some((n, (a, b))) => format!(
            "line {}: the full build has {:?}, the rebuild {:?}",
            n + 1,
            a.trim(),
            b.trim()
        ),
        None => "one is longer than the other".to_string(),
    }
}

#[test]
fn random_edits_rebuild_exactly_what_a_full_build_writes() {
    let project = Project::new("front-matter");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    paginate_by_three(&project);
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
    let mut narrow: Vec<String> = Vec::new();
    for step in 0..150 {
        if !broken.is_empty() && rng.below(3) > 0 {
            let path = broken.swap_remove(rng.below(broken.len()));
            project.write(&path, random_seed(&mut rng, None));
            let what = format!("step {step}: fix {path}");
            check_step(&project, &mut live, &[seed(&path)], &what);
            continue;
        }
        let (what, changes) = match rng.below(16) {
            0..=1 if !seeds.is_empty() => {
                let path = rng.pick(&seeds).clone();
                project.write(&path, random_seed(&mut rng, None));
                (format!("edit {path}"), vec![seed(&path)])
            }
            2..=5 if !seeds.is_empty() => {
                // Edits that mostly keep the archive's pages, so the readouts are put in place.
                let paths: Vec<String> = (0..1 + rng.below(2))
                    .map(|_| rng.pick(&seeds).clone())
                    .collect();
                for path in &paths {
                    let text = std::fs::read_to_string(project.root().join(path)).unwrap();
                    project.write(path, retouched(&mut rng, &text));
                }
                let what = format!("retouch {}", paths.join(" "));
                (what, paths.iter().map(|p| seed(p)).collect())
            }
            6 => {
                let path = format!("seeds/s{next:02}.txt");
                next += 1;
                // Half the time, another account of a readout, in the other language or not:
                // both are then translations, and stay so or not as either is edited.
                let text = match rng.below(2) {
                    0 if !seeds.is_empty() => {
                        let of = project.root().join(rng.pick(&seeds));
                        let text = std::fs::read_to_string(of).unwrap();
                        let language = format!("language = \"{}\"", rng.pick(&LANGUAGES));
                        text.lines()
                            .map(|l| match l.starts_with("language = ") {
                                true => format!("{language}\n"),
                                false => format!("{l}\n"),
                            })
                            .collect()
                    }
                    _ => random_seed(&mut rng, None),
                };
                project.write(&path, text);
                seeds.push(path.clone());
                (format!("add {path}"), vec![seed(&path)])
            }
            7 if !seeds.is_empty() => {
                let path = seeds.remove(rng.below(seeds.len()));
                std::fs::remove_file(project.root().join(&path)).unwrap();
                (format!("delete {path}"), vec![seed(&path)])
            }
            8 if !seeds.is_empty() => {
                let from = seeds.remove(rng.below(seeds.len()));
                let to = format!("seeds/sub/r{next:02}.txt");
                next += 1;
                std::fs::create_dir_all(project.root().join("seeds/sub")).unwrap();
                std::fs::rename(project.root().join(&from), project.root().join(&to)).unwrap();
                seeds.push(to.clone());
                (format!("rename {from} {to}"), vec![seed(&from), seed(&to)])
            }
            9 if !seeds.is_empty() => {
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
            10 => {
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
            11 => {
                let path = format!("static/extra-{}.txt", rng.below(3));
                if rng.below(2) == 0 {
                    project.write(&path, format!("v{step}"));
                } else {
                    let _ = std::fs::remove_file(project.root().join(&path));
                }
                (format!("static {path}"), vec![Change::Static(path.into())])
            }
            12 if rng.below(2) == 0 => {
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
            12 => {
                let text = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
                let text = text.replacen("title = \"", &format!("title = \"{step} "), 1);
                project.write("config.toml", text);
                ("config".to_string(), vec![Change::Config])
            }
            13 => {
                // The gazetteer: a country renamed, or a person the seeds name made known.
                let (file, text) = match rng.below(2) {
                    0 => {
                        let file = "data/countries.toml";
                        let text = std::fs::read_to_string(project.root().join(file)).unwrap();
                        let name = rng.pick(&["Kazakhstan", "Kirghizistan"]);
                        let from = format!("name = \"{name}");
                        (file, text.replacen(&from, &format!("{from}-{step}"), 1))
                    }
                    _ => {
                        let file = "data/people.toml";
                        let text = std::fs::read_to_string(project.root().join(file)).unwrap();
                        let known = "\n[[person]]\nname = \"Jean Dupont\"\ncountry = \"FR\"\nsurname = \"Dupont\"\n";
                        match text.contains(known) {
                            true => (file, text.replace(known, "")),
                            false => (file, format!("{text}{known}")),
                        }
                    }
                };
                project.write(file, text);
                (format!("gazetteer {file}"), vec![Change::Gazetteer])
            }
            14 => {
                let text = std::fs::read_to_string(project.root().join("config.toml")).unwrap();
                let key = rng.pick(&["publisher = \"", "description = \""]);
                let text = text.replacen(key, &format!("{key}{step} "), 1);
                project.write("config.toml", text);
                (format!("config {key}"), vec![Change::Config])
            }
            _ => {
                let dir = "seeds/sub";
                let _ = std::fs::remove_dir_all(project.root().join(dir));
                seeds.retain(|s| !s.starts_with(dir));
                ("delete seeds/sub".to_string(), vec![seed(dir)])
            }
        };
        let step = format!("step {step}: {what}");
        if check_step(&project, &mut live, &changes, &step).is_some() {
            narrow.push(step);
        }
    }
    // Retouches that keep the archive's pages, links changed or not, take the narrow path.
    assert!(narrow.len() >= 5, "{narrow:#?}");
}

#[test]
fn retouched_readouts_are_put_in_place_as_a_full_build_indexes_them() {
    let project = Project::new("front-matter");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    paginate_by_three(&project);
    let seeds: Vec<String> = (0..40).map(|i| format!("seeds/s{i:02}.txt")).collect();
    for path in &seeds {
        // Without requested slugs, two of which could ask for one path.
        let text = random_seed(&mut rng, None);
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("slug")).collect();
        project.write(path, lines.join("\n") + "\n");
    }
    // Published once, as an archive is, so every readout's URL is in permalinks.lock.
    let options = chancery::build::Options {
        output: Some("built".into()),
        ..Default::default()
    };
    chancery::build::build(project.root(), &options).unwrap();
    let (mut live, _) = start(&project);
    let mut narrow = 0;
    for step in 0..80 {
        let paths: Vec<&String> = (0..1 + rng.below(2)).map(|_| rng.pick(&seeds)).collect();
        for path in &paths {
            let text = std::fs::read_to_string(project.root().join(path)).unwrap();
            project.write(path, retouched(&mut rng, &text));
        }
        let changes: Vec<Change> = paths.iter().map(|p| Change::Seed(p.into())).collect();
        let step = format!("step {step}: retouch {paths:?}");
        narrow += usize::from(check_step(&project, &mut live, &changes, &step).is_some());
    }
    // Withdrawn readouts, people who change country, and pages that appear or go (three items a
    // page) are the rest.
    assert!(narrow >= 45, "{narrow} of 80 retouches were put in place");
}

/// A corrected paragraph re-checks the readout's page and the feeds that quote its text, not the
/// pages that only list it; a corrected participant of a dated readout keeps the narrow path.
#[test]
fn an_edited_text_rechecks_only_the_pages_that_show_it() {
    let project = Project::new("front-matter");
    let pair = |first: &str| {
        format!("{{ name = \"{first}\", country = \"CN\" }}, {{ name = \"Sadyr Japarov\", country = \"KG\" }}")
    };
    let seed = |day: usize, first: &str, paragraph: &str| {
        format!(
            "+++\ntitle = \"Entretien du {day}\"\nlanguage = \"fr\"\ndate = 2024-03-{day:02}\nkind = \"talks\"\nparticipants = [{}]\n+++\n{paragraph}\n",
            pair(first)
        )
    };
    let first = |day: usize| ["Wang Yi", "Xi Jinping"][day % 2];
    for day in 1..=20 {
        let text = seed(day, first(day), "Les deux parties ont eu un entretien.");
        project.write(&format!("seeds/s{day:02}.txt"), text);
    }
    let (mut live, _) = start(&project);
    let changes = [Change::Seed("seeds/s10.txt".into())];
    let text = seed(10, first(10), "Les deux parties ont eu un long entretien.");
    project.write("seeds/s10.txt", text);
    // Its page, and the feeds of the archive, its two participants and their two countries.
    let checked = check_step(&project, &mut live, &changes, "paragraph corrected");
    assert!(checked.is_some_and(|n| n <= 6), "{checked:?} pages checked");
    project.write("seeds/s10.txt", seed(10, first(11), "Les deux parties."));
    let checked = check_step(&project, &mut live, &changes, "participant corrected");
    assert!(
        checked.is_some(),
        "a corrected participant rebuilt everything"
    );
}
