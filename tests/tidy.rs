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
    let mut files = Vec::new();
    source_files(&repo().join("src"), &mut files);
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
    let mut files = Vec::new();
    source_files(&repo().join("src"), &mut files);
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
