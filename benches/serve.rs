//! Preview benchmark on a generated corpus of 10,000 readouts, through the real `chancery serve
//! --watch` and its reload stream.
//!
//! The corpus is built once first, as a published archive is, so its URLs are in
//! `permalinks.lock`. `cargo bench --bench serve` then prints the median time from saving one
//! edited readout to its reload event (the files are on disk before the event is sent), for three
//! kinds of edit: a paragraph added to the text, a corrected title, and a corrected participant,
//! which moves the readout between people's pages; and, for comparison, for a seed added and
//! deleted, which index the archive again. It prints the time a template edit takes the
//! same way, and the time of a full render of the corpus for comparison. Run by `cargo test`
//! (without `--bench`), it is a quick smoke run on 500 readouts.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chancery::build::Session;
use chancery::config;

mod corpus;

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let (readouts, edits) = if measuring { (10_000, 21) } else { (500, 3) };
    let project = corpus::project(readouts);
    let root = project.path();
    chancery::build::build(root, &chancery::build::Options::default()).expect("the corpus builds");
    let mut server = Server(
        Command::new(env!("CARGO_BIN_EXE_chancery"))
            .arg("--root")
            .arg(root)
            .args(["serve", "--watch", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start chancery serve"),
    );
    let mut lines = BufReader::new(server.0.stdout.take().unwrap()).lines();
    let address = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| {
            Some(
                l.strip_prefix("serving http://")?
                    .split('/')
                    .next()?
                    .to_string(),
            )
        })
        .expect("the server says where it is");
    // The server's own log is not read from here on; drain it so it never blocks.
    std::thread::spawn(move || lines.for_each(drop));
    let mut stream = TcpStream::connect(&address).unwrap();
    write!(stream, "GET /__chancery/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut events = BufReader::new(stream).lines().map_while(Result::ok);
    events
        .by_ref()
        .find(|l| l == ": chancery")
        .expect("the stream opens");
    let mut reload = |what: &str| {
        events
            .by_ref()
            .find(|l| l.starts_with("event: "))
            .filter(|l| l == "event: reload")
            .unwrap_or_else(|| panic!("{what}: no reload event"));
    };

    let seed = root.join(format!("seeds/gen-{:05}.txt", readouts / 2));
    let original = std::fs::read_to_string(&seed).unwrap();
    let edit = |text: String| save(&seed, &text);
    let added = |i: usize| root.join(format!("seeds/new-{i:02}.txt"));
    // Each change with what it does to the archive; the last two are not edits of a readout:
    // they shift every readout after them, so the archive is indexed again.
    let kinds: [(&str, &dyn Fn(usize)); 5] = [
        ("one seed edited: a paragraph added", &|i| {
            edit(format!("{original}Paragraphe ajouté {i}.\n"))
        }),
        ("one seed edited: the title corrected", &|i| {
            edit(format!("+++\ntitle = \"Entretien {i}\"\n+++\n{original}"))
        }),
        ("one seed edited: a participant corrected", &|i| {
            let name = ["Wang Yi", "Xi Jinping"][i % 2];
            edit(format!("+++\nparticipants = [{{ name = \"{name}\", country = \"CN\" }}, {{ name = \"Sadyr Japarov\", country = \"KG\" }}]\n+++\n{original}"))
        }),
        ("one seed added", &|i| {
            save(&added(i), &format!("{original}Paragraphe ajouté {i}.\n"))
        }),
        ("one seed deleted", &|i| {
            std::fs::remove_file(added(i)).unwrap()
        }),
    ];
    let timed: Vec<(&str, Vec<Duration>)> = kinds
        .iter()
        .map(|(kind, change)| {
            let mut times: Vec<Duration> = (0..edits)
                .map(|i| {
                    let started = Instant::now();
                    change(i);
                    reload(kind);
                    let elapsed = started.elapsed();
                    // Let the machine settle, so each change is timed on its own.
                    std::thread::sleep(Duration::from_millis(100));
                    elapsed
                })
                .collect();
            times.sort();
            (*kind, times)
        })
        .collect();

    let template = root.join("templates/readout.html");
    let text = std::fs::read_to_string(&template).unwrap();
    let started = Instant::now();
    save(
        &template,
        &text.replace("</article>", "<p>Relu.</p></article>"),
    );
    reload("template edit");
    let template_edit = started.elapsed();
    drop(server);

    let config = config::load(root).unwrap();
    let session = Session::load(root, config).unwrap();
    let archive = session.archive().unwrap();
    let started = Instant::now();
    let pages = session.render_each(&archive, |_| Ok(())).unwrap();
    let full_render = started.elapsed();

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    for (kind, times) in timed {
        println!(
            "{readouts} readouts, {kind} → on disk and announced: median {:.1} ms (min {:.1}, max {:.1}, {edits} times)",
            ms(times[edits / 2]),
            ms(times[0]),
            ms(times[edits - 1])
        );
    }
    println!(
        "readout.html edited → on disk and announced: {:.1} ms",
        ms(template_edit)
    );
    println!(
        "full render of the {pages} files, not written: {:.1} ms",
        ms(full_render)
    );
}

/// The server process, stopped however the benchmark ends.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Saves the way editors do: a temporary file renamed over the old one.
fn save(path: &Path, text: &str) {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}
