//! Watching: file events under the project's inputs, debounced, as batches of `Change`s.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::{Event, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use crate::build::Change;
use crate::gazetteer;
use crate::layout::{SEEDS, STATIC, TEMPLATES};

/// How long the inputs must be quiet before a batch is sent: long enough to see an editor's save
/// (temporary file, rename) as one batch, short enough to stay well under the 50 ms target.
const QUIET: Duration = Duration::from_millis(10);

/// The longest a batch waits for quiet, so that a stream of events still rebuilds.
const LONGEST: Duration = Duration::from_millis(500);

/// How often `--poll` looks at every file, on file systems that send no events.
const POLL: Duration = Duration::from_millis(200);

/// Watches the project while it is alive.
pub struct Watching {
    _watcher: Box<dyn Watcher + Send>,
}

/// Sends each batch of changes under `root` (canonical) to `changes`, until dropped.
pub fn watch(root: &Path, poll: bool, changes: Sender<Vec<Change>>) -> notify::Result<Watching> {
    let (events, received) = mpsc::channel();
    let config = notify::Config::default().with_poll_interval(POLL);
    let mut watcher: Box<dyn Watcher + Send> = if poll {
        Box::new(PollWatcher::new(events, config)?)
    } else {
        Box::new(RecommendedWatcher::new(events, config)?)
    };
    add(watcher.as_mut(), root)?;
    let root = root.to_path_buf();
    // Ends when the watcher, and so the sender of its events, is dropped.
    std::thread::spawn(move || debounce(&root, &received, &changes));
    Ok(Watching { _watcher: watcher })
}

/// The input folders recursively, and the project folder itself for `config.toml`,
/// `permalinks.lock` and input folders created later; never the output folder.
fn add(watcher: &mut dyn Watcher, root: &Path) -> notify::Result<()> {
    watcher.watch(root, RecursiveMode::NonRecursive)?;
    let data = gazetteer::FILES
        .iter()
        .filter_map(|f| Path::new(f).parent());
    let folders: BTreeSet<&Path> = [SEEDS, TEMPLATES, STATIC]
        .into_iter()
        .map(Path::new)
        .chain(data)
        .collect();
    for folder in folders {
        let path = root.join(folder);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    Ok(())
}

/// Gathers events until the inputs are quiet, then sends their changes as one batch.
fn debounce(root: &Path, events: &Receiver<notify::Result<Event>>, changes: &Sender<Vec<Change>>) {
    let mut paths: BTreeSet<PathBuf> = BTreeSet::new();
    let mut first = Instant::now();
    loop {
        let wait = if paths.is_empty() {
            Duration::MAX
        } else {
            QUIET.min(LONGEST.saturating_sub(first.elapsed()))
        };
        match events.recv_timeout(wait) {
            // Reading a file is not changing it: rebuilds read the inputs.
            Ok(Ok(event)) if !matches!(event.kind, EventKind::Access(_)) => {
                if paths.is_empty() {
                    first = Instant::now();
                }
                paths.extend(event.paths);
            }
            // A watcher error (a folder gone, too many watches) leaves the next events to tell.
            Ok(_) => {}
            Err(RecvTimeoutError::Timeout) => {
                let batch = batch(root, paths.iter().map(PathBuf::as_path));
                paths.clear();
                if !batch.is_empty() && changes.send(batch).is_err() {
                    return;
                }
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// The changes that events at `paths` make, each once, in a stable order.
pub fn batch<'a>(root: &Path, paths: impl Iterator<Item = &'a Path>) -> Vec<Change> {
    let changes: BTreeSet<Change> = paths
        .filter_map(|p| p.strip_prefix(root).ok())
        .filter_map(Change::of_path)
        .collect();
    changes.into_iter().collect()
}
