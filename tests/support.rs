//! Test support: throwaway projects built with the real `chancery` binary, and a link checker.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A project in a temporary folder: the repository's config, templates, static files and
/// gazetteer, with the seeds of a fixture (or the repository's own).
pub struct Project {
    dir: tempfile::TempDir,
}

impl Project {
    /// A project with the seeds of `tests/fixtures/<fixture>/seeds`, or the repository's `seeds/` for "seeds".
    pub fn new(fixture: &str) -> Project {
        let dir = tempfile::tempdir().expect("temporary folder");
        for name in ["templates", "static", "data"] {
            copy_tree(&repo().join(name), &dir.path().join(name));
        }
        std::fs::copy(repo().join("config.toml"), dir.path().join("config.toml"))
            .expect("copy config");
        if fixture == "seeds" && repo().join("permalinks.lock").exists() {
            std::fs::copy(
                repo().join("permalinks.lock"),
                dir.path().join("permalinks.lock"),
            )
            .expect("copy ledger");
        }
        let seeds = if fixture == "seeds" {
            repo().join("seeds")
        } else {
            repo().join("tests/fixtures").join(fixture).join("seeds")
        };
        copy_tree(&seeds, &dir.path().join("seeds"));
        Project { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    /// Runs `chancery --root <project> <args…>`.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_chancery"))
            .arg("--root")
            .arg(self.root())
            .args(args)
            .output()
            .expect("run chancery")
    }

    /// Builds and asserts success; returns stdout.
    pub fn build(&self, args: &[&str]) -> String {
        let out = self.run(&[&["build"], args].concat());
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A page of the output as text (`people/wang-yi/` reads its index.html).
    pub fn page(&self, path: &str) -> String {
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        std::fs::read_to_string(self.public().join(&file)).unwrap_or_else(|e| panic!("{file}: {e}"))
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, by relative path.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// The text of an HTML fragment without its tags (entities left as written).
pub fn without_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// The values of every `name="…"` attribute in `html`, unescaped.
pub fn attributes(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| {
                rest[..end]
                    .replace("&amp;", "&")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
            })
        })
        .collect()
}

/// Writes `count` talks between Wang Yi and someone new each time, in the given month of 2024.
pub fn write_talks(project: &Project, count: usize, month: u32) {
    for i in 0..count {
        project.write(
            &format!("seeds/gen-{i:03}.txt"),
            format!("+++\ndate = 2024-{month:02}-{:02}\nkind = \"talks\"\nparticipants = [{{ name = \"Wang Yi\", country = \"CN\" }}, {{ name = \"Personne {i}\", country = \"KZ\" }}]\n+++\nTexte {i}.\n", i % 28 + 1),
        );
    }
}
