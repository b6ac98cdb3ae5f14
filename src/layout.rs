//! The project's layout: the folders its inputs live in, and which file names are inputs.

/// The site's settings.
pub const CONFIG: &str = "config.toml";
/// The ledger of every URL ever published.
pub const LEDGER: &str = "permalinks.lock";
/// The readouts, one file each, in folders if the archive wants them.
pub const SEEDS: &str = "seeds";
/// The Tera templates.
pub const TEMPLATES: &str = "templates";
/// The files copied as they are into the output.
pub const STATIC: &str = "static";
/// The gazetteer.
pub const DATA: &str = "data";

/// The folders an output folder may never be, contain or sit inside, because replacing it would
/// destroy input: the input folders, the sources and the repository.
pub const PROTECTED: [&str; 6] = [SEEDS, TEMPLATES, STATIC, DATA, "src", ".git"];

/// Whether a file or folder name in an input folder is an input: editors' temporary, swap and
/// backup files are not, nor hidden files (`4913` is the file vim creates to test whether it may
/// write in a folder).
pub fn is_input_name(name: &str) -> bool {
    !(name == "4913"
        || name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".tmp")
        || name.ends_with(".swp"))
}
