//! The real clients the tests read the output with: Node scripts in `tests/clients/` (Chromium
//! through Playwright, axe-core, citation-js) and the Nu HTML Checker, all pinned by
//! `tests/clients/package-lock.json`. A missing tool fails the test in CI (`CI=true`) and skips
//! it, with a notice, elsewhere.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::{repo, Project};

/// The folder of the Node scripts and their `node_modules`.
fn dir() -> PathBuf {
    repo().join("tests/clients")
}

/// `true` when the tool is there; otherwise a failure in CI and a skip elsewhere.
fn present(tool: &str, found: bool) -> bool {
    if found {
        return true;
    }
    let hint = format!("{tool} is missing: `bash .ci/run` installs it (see README.md, \"Browser and validator tests\")");
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{hint}");
    eprintln!("skipped: {hint}");
    false
}

fn node_modules() -> bool {
    present(
        "node with tests/clients/node_modules (`npm ci --prefix tests/clients`)",
        dir().join("node_modules/.package-lock.json").is_file()
            && Command::new("node").arg("--version").output().is_ok(),
    )
}

/// The Chromium the browser scripts drive: `$CHROMIUM`, else Debian's.
fn chromium() -> bool {
    let path = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    present("chromium", Path::new(&path).is_file())
}

/// Runs `node tests/clients/<script> <args…>` and returns what it prints, as JSON; `None` when
/// the tools are missing outside CI. `browser` says the script drives Chromium.
pub fn node(script: &str, args: &[&str], browser: bool) -> Option<Value> {
    if !node_modules() || (browser && !chromium()) {
        return None;
    }
    let out = Command::new("node")
        .arg(dir().join(script))
        .args(args)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "{script} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{script} prints JSON: {e}")),
    )
}

/// Runs a browser script on the built site of `project`, served at the config's `base_url`:
/// `node tests/clients/<script> <public> <base_url> <args…>`.
pub fn browser(script: &str, project: &Project, args: &[&str]) -> Option<Value> {
    let public = project.public();
    let base = chancery::config::load(project.root())
        .expect("config")
        .base_url;
    let site = [public.to_str().unwrap(), base.as_str()];
    node(script, &[&site[..], args].concat(), true)
}

/// One message of the Nu HTML Checker: the file (relative to the checked folder), line and text.
pub struct Invalid {
    pub file: String,
    pub line: u64,
    pub message: String,
}

/// The errors the Nu HTML Checker (`vnu-jar`, on Java) finds in the HTML files under `dir`.
pub fn vnu(dir: &Path) -> Option<Vec<Invalid>> {
    let jar = self::dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output().is_ok();
    if !present("java", java) || !node_modules() {
        return None;
    }
    let out = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--format", "json", "--skip-non-html"])
        .arg(dir)
        .output()
        .expect("run java");
    let report: Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|_| panic!("vnu: {}", String::from_utf8_lossy(&out.stderr)));
    let prefix = format!("file:{}/", dir.display());
    let messages = report["messages"].as_array().expect("vnu messages");
    Some(
        messages
            .iter()
            .map(|m| Invalid {
                file: m["url"].as_str().unwrap_or("").replace(&prefix, ""),
                line: m["lastLine"].as_u64().unwrap_or(0),
                message: m["message"].as_str().unwrap_or("").to_string(),
            })
            .collect(),
    )
}

/// Where a test saves its screenshots for review: `target/screenshots/<name>/`.
pub fn screenshots(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target"));
    target.join("screenshots").join(name)
}

/// The labelled readout folders beside the repository.
pub const LABELLED: [&str; 3] = ["readouts", "readouts-more", "readouts-en"];

/// The seeds plus every labelled readout of `../shared/`, each with the publication date its
/// labels give (what an archivist knows of a text), as `published` in its front matter.
pub fn labelled_project() -> Project {
    labelled_project_of(&LABELLED)
}

/// The seeds plus the labelled readouts of the `sets` of `../shared/`, as `labelled_project`.
pub fn labelled_project_of(sets: &[&str]) -> Project {
    let project = Project::new("seeds");
    for set in sets {
        let folder = repo().join("../shared").join(set);
        let labels: toml::Table = std::fs::read_to_string(folder.join("labels.toml"))
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .parse()
            .expect("labels.toml");
        for label in labels.values() {
            let file = label["file"].as_str().unwrap();
            let text = std::fs::read_to_string(folder.join(file)).unwrap();
            let front = match label.get("published").and_then(|p| p.as_str()) {
                Some(date) => format!("+++\npublished = {date}\n+++\n"),
                None => String::new(),
            };
            project.write(&format!("seeds/labelled/{set}-{file}"), front + &text);
        }
    }
    project
}
