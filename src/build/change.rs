//! Changes: which input of the project a file event touches.

use std::path::{Component, Path, PathBuf};

use crate::gazetteer;
use crate::layout::{is_input_name, CONFIG, LEDGER, SEEDS, STATIC, TEMPLATES};
use crate::source;

/// One input that may have changed: added, modified or deleted alike, because applying a change
/// reads the file again (or finds it gone). Paths are relative to the project root.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// A seed file, or a folder of seeds (`seeds/…`).
    Seed(PathBuf),
    /// A file or folder under `templates/`.
    Template(PathBuf),
    /// A file or folder under `static/`.
    Static(PathBuf),
    /// `config.toml`.
    Config,
    /// A file of the gazetteer under `data/`.
    Gazetteer,
    /// `permalinks.lock`, written by `chancery build`.
    Ledger,
}

impl Change {
    /// The change a file event at `rel` (relative to the project root) makes, if it is an input.
    /// Editors' temporary, swap and backup files are not inputs.
    pub fn of_path(rel: &Path) -> Option<Change> {
        let mut names = Vec::new();
        for component in rel.components() {
            match component {
                Component::Normal(name) => names.push(name.to_str()?),
                Component::CurDir => {}
                _ => return None,
            }
        }
        let (&first, rest) = names.split_first()?;
        if rest.iter().any(|name| !is_input_name(name)) {
            return None;
        }
        let path = || names.join("/").into();
        match first {
            CONFIG if rest.is_empty() => Some(Change::Config),
            LEDGER if rest.is_empty() => Some(Change::Ledger),
            // A folder's defaults apply to every seed below it: the folder is read again.
            SEEDS if rest.last() == Some(&source::defaults::FILE) => {
                Some(Change::Seed(names[..names.len() - 1].join("/").into()))
            }
            SEEDS => Some(Change::Seed(path())),
            TEMPLATES => Some(Change::Template(path())),
            STATIC => Some(Change::Static(path())),
            _ if gazetteer::FILES
                .iter()
                .any(|f| Path::new(f).starts_with(first)) =>
            {
                Some(Change::Gazetteer)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_events_become_changes_and_editor_files_are_ignored() {
        let of = |p: &str| Change::of_path(Path::new(p));
        assert_eq!(of("seeds/a.txt"), Some(Change::Seed("seeds/a.txt".into())));
        assert_eq!(of("./seeds/sub"), Some(Change::Seed("seeds/sub".into())));
        assert_eq!(
            of("seeds/sub/defaults.toml"),
            Some(Change::Seed("seeds/sub".into()))
        );
        assert_eq!(
            of("templates/base.html"),
            Some(Change::Template("templates/base.html".into()))
        );
        assert_eq!(
            of("static/style.css"),
            Some(Change::Static("static/style.css".into()))
        );
        assert_eq!(of("config.toml"), Some(Change::Config));
        assert_eq!(of("data/people.toml"), Some(Change::Gazetteer));
        assert_eq!(of("permalinks.lock"), Some(Change::Ledger));
        for ignored in [
            "seeds/.a.txt.swp",
            "seeds/a.txt~",
            "seeds/4913",
            "seeds/.#a.txt",
            "seeds/#a.txt#",
            "templates/.base.html.swx",
            "public/index.html",
            "config.toml.bak",
            "README.md",
            "../seeds/a.txt",
            "/seeds/a.txt",
        ] {
            assert_eq!(of(ignored), None, "{ignored}");
        }
    }
}
