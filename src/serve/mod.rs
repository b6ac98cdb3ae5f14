//! The preview server: serves the output folder on 127.0.0.1 and, when watching, rebuilds what
//! changed and reloads the browser.

mod http;
mod reload;
mod watch;

use std::collections::BTreeSet;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::Instant;

use crate::build::{Change, Live};
use crate::config::Config;
use crate::diag::{Checked, Diagnostic, Position};

pub use http::{content_type, resolve, Refusal};
pub use reload::{inject, Hub, EVENTS};
pub use watch::{batch, watch, Watching};

/// How the preview is asked for.
#[derive(Clone, Debug)]
pub struct Options {
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub watch: bool,
    /// Poll the files instead of waiting for events.
    pub poll: bool,
}

/// Threads answering requests; event streams do not hold one.
const WORKERS: usize = 4;

/// Builds the project into `output` (checked by `output::check_output_dir`) with links to the
/// preview's own address, serves it, and rebuilds on changes if asked, until `stop` receives
/// (or is dropped). Prints `serving http://ADDRESS/` once the site is ready.
/// Where the preview goes unless `--output` says otherwise: beside the published output, never
/// in it, because the preview's links point to the local server (`public` → `public-preview`).
pub fn preview_dir(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!("{name}-preview"))
}

pub fn run(
    root: &Path,
    config: Config,
    output: &Path,
    options: &Options,
    stop: Receiver<()>,
) -> Checked<()> {
    let server = tiny_http::Server::http(SocketAddr::new(options.bind, options.port))
        .map_err(|e| vec![socket_error(options, &e.to_string())])?;
    let address = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| vec![socket_error(options, "not an IP address")])?;
    let local = match address.ip() {
        ip if ip.is_unspecified() => SocketAddr::new([127, 0, 0, 1].into(), address.port()),
        _ => address,
    };
    let base_url = format!("http://{local}/");
    let config = config.with_base_url(&base_url).map_err(|help| {
        vec![Diagnostic::error("--bind", Position::START, "cannot make a base URL").with_help(help)]
    })?;
    let started = Instant::now();
    let (live, outcome) = Live::start(root, config, output)?;
    let served = live.output().canonicalize().map_err(|e| {
        vec![Diagnostic::error(
            output,
            Position::START,
            format!("cannot read: {e}"),
        )]
    })?;
    println!(
        "built {} files in {:.2} s",
        outcome.written.len(),
        started.elapsed().as_secs_f64()
    );
    let root = root
        .canonicalize()
        .map_err(|e| vec![Diagnostic::io(root, &e)])?;
    let hub = Arc::new(Hub::default());
    let server = Arc::new(server);
    let (changes, rebuilds) = mpsc::channel();
    let watching = if options.watch {
        let watching = watch(&root, options.poll, changes).map_err(|e| {
            vec![
                Diagnostic::error(&root, Position::START, format!("cannot watch: {e}"))
                    .with_help("try --poll on file systems that send no events"),
            ]
        })?;
        Some(watching)
    } else {
        None
    };
    let rebuilder = {
        let hub = Arc::clone(&hub);
        std::thread::spawn(move || rebuild_loop(live, &rebuilds, &hub))
    };
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, hub, served) = (Arc::clone(&server), Arc::clone(&hub), served.clone());
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    http::respond(request, &served, &hub);
                }
            })
        })
        .collect();
    println!("serving {base_url} from {}", served.display());
    let _ = std::io::stdout().flush();
    // Either a stop request or the sender gone: both mean stop.
    let _ = stop.recv();
    drop(watching);
    for _ in &workers {
        server.unblock();
    }
    for worker in workers {
        let _ = worker.join();
    }
    let _ = rebuilder.join();
    Ok(())
}

fn socket_error(options: &Options, why: &str) -> Diagnostic {
    let address = SocketAddr::new(options.bind, options.port);
    Diagnostic::error(
        format!("{address}"),
        Position::START,
        format!("cannot serve: {why}"),
    )
    .with_help("choose another --port, or stop the program that uses it")
}

/// Applies each batch of changes (with any that arrived meanwhile) and tells the browsers.
fn rebuild_loop(mut live: Live, rebuilds: &Receiver<Vec<Change>>, hub: &Hub) {
    while let Ok(first) = rebuilds.recv() {
        let started = Instant::now();
        let mut changes: BTreeSet<Change> = first.into_iter().collect();
        changes.extend(rebuilds.try_iter().flatten());
        let changes: Vec<Change> = changes.into_iter().collect();
        match live.apply_pages(&changes) {
            Ok(mut outcome) => {
                // The pages are on disk: the browsers reload while the data exports are written.
                hub.reload();
                match live.write_exports() {
                    Ok(written) => outcome.add(written),
                    Err(errors) => {
                        report(&errors, "the data exports could not be written");
                    }
                }
                println!(
                    "rebuilt in {:.1} ms: {} pages checked, {} rendered, {} files written, {} removed",
                    started.elapsed().as_secs_f64() * 1e3,
                    outcome.checked,
                    outcome.rendered,
                    outcome.written.len(),
                    outcome.deleted.len()
                );
            }
            Err(errors) => {
                hub.fail(&report(
                    &errors,
                    "the last change does not build; serving the last good site",
                ));
            }
        }
        let _ = std::io::stdout().flush();
    }
}

/// Prints `errors`, sorted and each once, and what they mean for the preview; returns their text.
fn report(errors: &[Diagnostic], meaning: &str) -> String {
    let mut errors = errors.to_vec();
    errors.sort();
    errors.dedup();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let text = text.join("\n");
    eprintln!("{text}\nerror: {meaning}");
    text
}
