//! Serving: the preview server serves, watches and reloads over real HTTP.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use crate::support::{tree, Project};

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
    // The data exports follow the pages, written once the browsers are told to reload.
    let exported = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        server
            .get("data/readouts.jsonl")
            .2
            .contains("\"place\":\"Astana\"")
    });
    assert!(exported, "the data exports were not brought in step");

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
