//! The project's layout: the folders its inputs live in, which file names are inputs, and the
//! fixed paths of the files the site always has besides its pages.

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

/// The data exports in the site: the whole archive as JSON Lines, CSV, BibTeX and CSL-JSON.
pub const EXPORTS: [&str; 4] = [
    "data/readouts.jsonl",
    "data/readouts.csv",
    "data/readouts.bib",
    "data/readouts.csl.json",
];
/// The stylesheet of the highlighted citation records, made by the build.
pub const CITATION_CSS: &str = "cite.css";
/// The script of the citation buttons, a file of `static/`.
pub const CITATION_SCRIPT: &str = "cite.js";

/// The search page, and the folder of its index (`emit::search`).
pub const SEARCH: &str = "search/";
/// The search engine's scripts, in the order a page loads them (the reading of the index's
/// files, then the engine), files of `static/`.
pub const SEARCH_ENGINE: [&str; 2] = ["search-index.js", "search.js"];
/// The search page's script, a file of `static/`.
pub const SEARCH_PAGE_SCRIPT: &str = "search-page.js";
/// The files of the index every search reads, its manifest and its facets, which the search
/// page asks for as it loads (`emit::search`).
pub const SEARCH_MANIFEST: &str = "search/index.json";
pub const SEARCH_FACETS: &str = "search/facets.bin";

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
