//! Serving: incremental rebuilds equal full builds, and the preview server serves, watches and
//! reloads over real HTTP.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

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
    match rng.below(10) {
        0 => id.push_str(&format!("slug = \"nouveau-{}\"\n", rng.below(3))),
        1 => id.push_str("withdrawn = \"Retiré à la demande du ministère.\"\n"),
        _ => {}
    }
    format!(
        "+++\n{id}title = \"{}\"\ndate = {date}\nkind = \"{}\"\n{}\n{}\n{}\n+++\nPremier paragraphe {}.\n\nSecond paragraphe.\n",
        rng.pick(&TITLES),
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
    let (key, value) = match rng.below(8) {
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
/// for byte otherwise, and wrote only files whose bytes changed. Returns whether the rebuild
/// checked only some pages.
fn check_step(project: &Project, live: &mut Live, changes: &[Change], step: &str) -> bool {
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
            outcome.checked < pages
        }
        (Err(_), Err(_)) => {
            assert_eq!(before, after, "{step}: a failed rebuild wrote nothing");
            false
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
                project.write(&path, random_seed(&mut rng, None));
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
        if check_step(&project, &mut live, &changes, &step) {
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
        narrow += usize::from(check_step(&project, &mut live, &changes, &step));
    }
    // Withdrawn readouts, people who change country, and pages that appear or go (three items a
    // page) are the rest.
    assert!(narrow >= 45, "{narrow} of 80 retouches were put in place");
}

/// `chancery serve --watch --port 0` on a project, with an HTTP client and the reload stream.
struct Server {
    child: std::process::Child,
    base: String,
    agent: ureq::Agent,
    events: Receiver<(String, String)>,
}

/// How long anything may take on a slow, busy machine before a test gives up.
const PATIENCE: Duration = Duration::from_secs(60);

impl Server {
    fn start(project: &Project) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chancery"))
            .arg("--root")
            .arg(project.root())
            .args(["serve", "--watch", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chancery serve");
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (lines, received) = mpsc::channel();
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let base = loop {
            let line = received
                .recv_timeout(PATIENCE)
                .expect("the server says where it is");
            if let Some(rest) = line.strip_prefix("serving ") {
                break rest.split(' ').next().unwrap().to_string();
            }
        };
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut server = Server {
            child,
            base,
            agent,
            events: mpsc::channel().1,
        };
        server.events = server.subscribe();
        server
    }

    /// Status, content type and body of a page.
    fn get(&self, path: &str) -> (u16, String, String) {
        let mut response = self
            .agent
            .get(&format!("{}{path}", self.base))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let kind = response
            .headers()
            .get("content-type")
            .map_or(String::new(), |v| {
                v.to_str().unwrap_or_default().to_string()
            });
        let body = response.body_mut().read_to_string().unwrap();
        (response.status().as_u16(), kind, body)
    }

    fn address(&self) -> String {
        self.base
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string()
    }

    /// The status line's code for a request target sent as is, which HTTP clients would normalise.
    fn raw_status(&self, target: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(self.address()).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response).into_owned();
        let code = response
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        (code, response)
    }

    /// Named events of the reload stream, as (event, data).
    fn subscribe(&self) -> Receiver<(String, String)> {
        let mut stream = TcpStream::connect(self.address()).unwrap();
        write!(stream, "GET /__chancery/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let (events, received) = mpsc::channel();
        std::thread::spawn(move || {
            let (mut name, mut data) = (String::new(), Vec::new());
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if line == ": chancery" {
                    let _ = events.send(("open".to_string(), String::new()));
                }
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = line.strip_prefix("data: ") {
                    data.push(d.to_string());
                } else if line.is_empty() && !name.is_empty() {
                    let _ = events.send((std::mem::take(&mut name), data.join("\n")));
                    data.clear();
                }
            }
        });
        let (name, _) = received
            .recv_timeout(PATIENCE)
            .expect("the event stream opens");
        assert_eq!(name, "open");
        received
    }

    /// Waits for reload events until `done` holds; panics on a diagnostics event.
    fn reloads_until(&self, what: &str, done: impl Fn(&Server) -> bool) {
        let deadline = std::time::Instant::now() + PATIENCE;
        while !done(self) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.events.recv_timeout(left) {
                Ok((name, _)) if name == "reload" => {}
                Ok((name, data)) => panic!("{what}: unexpected {name} event: {data}"),
                Err(_) => panic!("{what}: no reload event"),
            }
        }
    }

    /// Waits for the next diagnostics event and returns its text.
    fn diagnostics(&self) -> String {
        let deadline = std::time::Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.events.recv_timeout(left) {
                Ok((name, data)) if name == "diagnostics" => return data,
                Ok(_) => {}
                Err(_) => panic!("no diagnostics event"),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes a file the way editors save: a temporary file beside it, renamed over it.
fn save(project: &Project, rel: &str, text: &str) {
    let path = project.root().join(rel);
    let temporary = path.with_file_name(format!(
        ".{}.tmp",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, &path).unwrap();
}

/// Where `chancery serve` writes its preview: beside `public/`, which it never touches.
fn preview(project: &Project) -> std::path::PathBuf {
    project.root().join("public-preview")
}

fn modified(project: &Project) -> BTreeMap<String, std::time::SystemTime> {
    let public = preview(project);
    tree(&public)
        .into_keys()
        .map(|p| {
            let time = std::fs::metadata(public.join(&p))
                .unwrap()
                .modified()
                .unwrap();
            (p, time)
        })
        .collect()
}

const CORRECTED: &str = "readouts/2025-10-29-wang-yi-recoit-yermek-kosherbayev/";
const WINDOWS: &str = "readouts/entretien-telephonique-entre-xi-jinping-et-sadyr-japarov/";

#[test]
fn pages_are_served_with_their_types_the_reload_script_and_the_site_404() {
    let project = Project::new("front-matter");
    let server = Server::start(&project);
    let (status, kind, home) = server.get("");
    assert_eq!((status, kind.as_str()), (200, "text/html; charset=utf-8"));
    assert!(home.contains("/__chancery/events") && home.contains("</script>\n</body>"));
    let on_disk = std::fs::read_to_string(preview(&project).join("index.html")).unwrap();
    assert!(
        !on_disk.contains("__chancery"),
        "the built files stay as a build writes them"
    );
    let (status, kind, _) = server.get("style.css");
    assert_eq!((status, kind.as_str()), (200, "text/css; charset=utf-8"));
    let (status, _, page) = server.get(CORRECTED.trim_end_matches('/'));
    assert_eq!(status, 200, "a folder serves its index.html");
    assert!(page.contains("Wang Yi reçoit Yermek Kosherbayev"));
    let (status, kind, missing) = server.get("no/such/page/");
    assert_eq!((status, kind.as_str()), (404, "text/html; charset=utf-8"));
    assert!(missing.contains("Page introuvable") && missing.contains("/__chancery/events"));
    let (status, _, _) = server.get("readouts/");
    assert_eq!(status, 200);
    let (status, _, _) = server.get(".chancery");
    assert_eq!(status, 404);
}

#[test]
fn nothing_outside_the_output_folder_is_served() {
    let project = Project::new("front-matter");
    let server = Server::start(&project);
    for target in [
        "/../config.toml",
        "/../../etc/passwd",
        "/%2e%2e/config.toml",
        "/%2E%2E%2Fconfig.toml",
        "/readouts/..%2f..%2fconfig.toml",
        "/..\\config.toml",
        "/%5c..%5cconfig.toml",
        "/index.html%00.css",
        "/%00",
        "//etc/passwd",
        "/%252e%252e/config.toml",
        "/%zz",
        "http://x/../config.toml",
        "*",
    ] {
        let (status, response) = server.raw_status(target);
        assert!(status == 400 || status == 404, "{target} answered {status}");
        assert!(
            !response.contains("base_url"),
            "{target} leaked config.toml"
        );
    }
}

#[test]
fn edits_rebuild_the_pages_they_touch_and_reload_the_browser() {
    let project = Project::new("front-matter");
    let server = Server::start(&project);
    let person = "people/sadyr-japarov/index.html";
    let windows = format!("{WINDOWS}index.html");

    // An edited readout: its own page changes, a page that does not show it is not rewritten.
    let before = modified(&project);
    let text = std::fs::read_to_string(project.root().join("seeds/corrected.txt")).unwrap();
    save(
        &project,
        "seeds/corrected.txt",
        &text.replace("Pékin", "Astana"),
    );
    server.reloads_until("edit", |s| s.get(CORRECTED).2.contains("Astana"));
    let after = modified(&project);
    assert_ne!(
        before[&format!("{CORRECTED}index.html")],
        after[&format!("{CORRECTED}index.html")]
    );
    assert_eq!(before[person], after[person], "{person} was rewritten");
    assert_eq!(before[&windows], after[&windows], "{windows} was rewritten");

    // A new readout: its page, and its new participant's page.
    let before = modified(&project);
    save(
        &project,
        "seeds/new.txt",
        "+++\ntitle = \"Visite de Jean Dupont\"\ndate = 2024-05-02\nkind = \"meeting\"\nparticipants = [{ name = \"Jean Dupont\", country = \"FR\" }, { name = \"Wang Yi\", country = \"CN\" }]\n+++\nTexte.\n",
    );
    let new = "readouts/2024-05-02-visite-de-jean-dupont/";
    server.reloads_until("add", |s| s.get(new).0 == 200);
    assert_eq!(server.get("people/jean-dupont/").0, 200);
    assert_eq!(before[&windows], modified(&project)[&windows]);

    // A renamed seed keeps its id, so its page stays where it was.
    std::fs::rename(
        project.root().join("seeds/new.txt"),
        project.root().join("seeds/renamed.txt"),
    )
    .unwrap();
    server.reloads_until("rename", |_| true);
    let renamed = "+++\nid = \"new\"\ntitle = \"Visite de Jean Dupont\"\ndate = 2024-05-02\nkind = \"meeting\"\nparticipants = [{ name = \"Jean Dupont\", country = \"FR\" }]\n+++\nTexte.\n";
    save(&project, "seeds/renamed.txt", renamed);
    server.reloads_until("rename", |s| {
        s.get(new).0 == 200 && !s.get("people/wang-yi/").2.contains(new)
    });

    // A deleted seed: its page and its only participant's page are gone.
    std::fs::remove_file(project.root().join("seeds/renamed.txt")).unwrap();
    server.reloads_until("delete", |s| s.get(new).0 == 404);
    assert_eq!(server.get("people/jean-dupont/").0, 404);
    assert!(!preview(&project).join(new).exists());
    assert!(
        !project.public().exists(),
        "the preview never writes the published folder"
    );

    // An edited template: the pages that use it change, the others are not rewritten.
    let before = modified(&project);
    let template = std::fs::read_to_string(project.root().join("templates/readout.html")).unwrap();
    save(
        &project,
        "templates/readout.html",
        &template.replace("</article>", "<p>Relu.</p></article>"),
    );
    server.reloads_until("template", |s| s.get(WINDOWS).2.contains("<p>Relu.</p>"));
    assert!(server.get(CORRECTED).2.contains("<p>Relu.</p>"));
    assert_eq!(
        before[person],
        modified(&project)[person],
        "{person} was rewritten"
    );
}

#[test]
fn a_broken_edit_shows_diagnostics_while_the_last_good_page_is_served() {
    let project = Project::new("front-matter");
    let server = Server::start(&project);
    let text = std::fs::read_to_string(project.root().join("seeds/corrected.txt")).unwrap();
    save(
        &project,
        "seeds/corrected.txt",
        &text.replace("place = \"Pékin\"", "place = Pékin"),
    );
    let diagnostics = server.diagnostics();
    assert!(
        diagnostics.starts_with("seeds/corrected.txt:6:9: error:"),
        "{diagnostics}"
    );
    let (status, _, page) = server.get(CORRECTED);
    assert_eq!(status, 200);
    assert!(page.contains("Pékin"), "the last good page is still served");

    // A page opened now learns of the failure at once.
    let late = server.subscribe();
    let (name, _) = late.recv_timeout(PATIENCE).unwrap();
    assert_eq!(name, "diagnostics");

    save(
        &project,
        "seeds/corrected.txt",
        &text.replace("Pékin", "Astana"),
    );
    server.reloads_until("fix", |s| s.get(CORRECTED).2.contains("Astana"));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let project = Project::new("front-matter");
    let mut server = Server::start(&project);
    let interrupted = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let deadline = std::time::Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "still running");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
}
