//! Tidiness: module docs, one-way dependencies between pipeline stages, and a code map that stays true.

use std::path::Path;

use crate::support::repo;

/// The pipeline stages in order; a module may only `use crate::` stages before it (or itself).
const STAGES: &[&[&str]] = &[
    &["model", "diag", "artifact", "layout"],
    &["config"],
    &["gazetteer"],
    &["source"],
    &["extract"],
    &["permalink"],
    &["index"],
    &["cite"],
    &["render"],
    &["emit"],
    &["output"],
    &["build"],
    &["check"],
    &["annotate"],
    &["serve"],
    &["cli"],
];

fn stage_of(module: &str) -> Option<usize> {
    STAGES.iter().position(|s| s.contains(&module))
}

fn source_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `.rs` file under `src/`.
fn all_source_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    source_files(&repo().join("src"), &mut files);
    files
}

/// The top-level module a file belongs to: `src/extract/date.rs` → `extract`.
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(repo().join("src")).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    first.trim_end_matches(".rs").to_string()
}

#[test]
fn every_source_file_starts_with_a_module_doc() {
    let files = all_source_files();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//! "),
            "{} must start with a `//!` line saying what it is for",
            file.display()
        );
    }
}

#[test]
fn stages_only_depend_on_earlier_stages() {
    let files = all_source_files();
    for file in files {
        let module = module_of(&file);
        if module == "lib" || module == "main" {
            continue;
        }
        let own = stage_of(&module).unwrap_or_else(|| {
            panic!("module `{module}` is not a pipeline stage in tests/tidy.rs and ARCHITECTURE.md")
        });
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("crate::") {
            let used: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let stage = stage_of(&used)
                .unwrap_or_else(|| panic!("{}: unknown module crate::{used}", file.display()));
            assert!(
                stage <= own,
                "{}: `{module}` may not use the later stage `crate::{used}`",
                file.display()
            );
        }
    }
}

#[test]
fn the_code_map_lists_every_module() {
    let architecture = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let mut modules: Vec<String> = std::fs::read_dir(repo().join("src"))
        .unwrap()
        .flatten()
        .map(|e| {
            e.file_name()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .filter(|m| m != "lib" && m != "main")
        .collect();
    modules.sort();
    for module in &modules {
        assert!(
            architecture.contains(&format!("### `{module}`")),
            "ARCHITECTURE.md has no `### `{module}`` section"
        );
        assert!(
            stage_of(module).is_some(),
            "`{module}` is not a stage of tests/tidy.rs"
        );
    }
    for line in architecture.lines().filter(|l| l.starts_with("### `")) {
        let name = line.trim_start_matches("### `").split('`').next().unwrap();
        assert!(
            modules.iter().any(|m| m == name),
            "ARCHITECTURE.md describes `{name}`, which is not in src/"
        );
    }
}

/// Every `.rs` file of `src/<module>`, or `src/<module>.rs`.
fn files_of(module: &str) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let dir = repo().join("src").join(module);
    if dir.is_dir() {
        source_files(&dir, &mut files);
    } else {
        files.push(repo().join("src").join(format!("{module}.rs")));
    }
    files
}

#[test]
fn analysis_stages_touch_no_file_and_read_no_clock() {
    let forbidden = [
        "std::fs",
        "fs::",
        "File::",
        "SystemTime",
        "Instant",
        "::now(",
        "Local::",
        "std::env",
    ];
    for module in ["extract", "index", "render", "emit", "cite"] {
        for file in files_of(module) {
            let text = std::fs::read_to_string(&file).unwrap();
            for word in forbidden {
                assert!(
                    !text.contains(word),
                    "{}: `{module}` is pure and may not use `{word}`; read inputs in `source` or `build`, write in `output`",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn there_are_no_mutable_statics() {
    let files = all_source_files();
    let forbidden = [
        "static mut",
        "thread_local!",
        "OnceLock",
        // `std::cell::OnceCell` is not `Sync`, so no static can hold one: a value filled in
        // once per text (`extract::cues`) is no global state. A `static` of any cell is caught below.
        "LazyLock",
        "lazy_static",
    ];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{}: `{word}` is global state; pass it as an argument instead",
                file.display()
            );
        }
        for line in text
            .lines()
            .filter(|l| l.trim_start().starts_with("static "))
        {
            assert!(
                !["Mutex", "RwLock", "Cell", "Atomic"]
                    .iter()
                    .any(|t| line.contains(t)),
                "{}: `{}` is mutable global state",
                file.display(),
                line.trim()
            );
        }
    }
}

/// A URL attribute of a template is one value the view gives (`href="{{ x.url }}"`) or a link
/// within the page (`href="#p{{ p.n }}"`), never a URL put together from parts.
#[test]
fn templates_build_no_urls() {
    for entry in std::fs::read_dir(repo().join("templates"))
        .unwrap()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        assert!(
            !text.contains("site.root"),
            "templates/{name}: joins the root path with parts of a URL; give the view the URL"
        );
        for attribute in ["href=\"", "src=\"", "action=\""] {
            for (at, _) in text.match_indices(attribute) {
                let value = &text[at + attribute.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                if !value.contains("{{") || value.starts_with('#') {
                    continue;
                }
                let inner = value
                    .strip_prefix("{{")
                    .and_then(|v| v.strip_suffix("}}"))
                    .map(str::trim);
                let one_value = inner.is_some_and(|v| {
                    !v.is_empty()
                        && v.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                });
                assert!(
                    one_value,
                    "templates/{name}: `{attribute}{value}\"` builds a URL; give the view the whole URL"
                );
            }
        }
    }
}

/// Every URL is built by `Config::url` or `Config::link`: no other code joins the base URL or the
/// root path with a path.
#[test]
fn urls_are_built_in_one_place() {
    let files = all_source_files();
    for file in files.iter().filter(|f| !f.ends_with("src/config.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        for (at, _) in text.match_indices("format!(") {
            let mut depth = 0;
            let call: String = text[at + 7..]
                .chars()
                .take_while(|c| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth > 0
                })
                .collect();
            assert!(
                !call.contains(".base_url") && !call.contains("root_path()"),
                "{}: `format!{call})` joins a URL by hand; use `Config::url` or `Config::link`",
                file.display()
            );
        }
    }
}
