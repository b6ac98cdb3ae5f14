//! Configuration: `config.toml` read into `Config`; unknown keys are errors.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Checked, Diagnostic, Position};
use crate::layout::CONFIG;
use crate::model::Language;

/// The languages the interface is written in (`render::labels` holds one table for each).
pub const INTERFACE_LANGUAGES: [&str; 2] = ["fr", "en"];

/// The site-wide settings. Passed explicitly to every stage that needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The archive's name, shown in every page's header.
    pub title: String,
    /// A sentence under the title on the home page.
    pub description: String,
    /// Where the site is published, always ending in `/` (`https://user.github.io/archive/`).
    pub base_url: String,
    /// The BCP 47 language of the texts and the interface (`fr` or `en`).
    pub language: String,
    /// The output folder, relative to the project root unless absolute.
    pub output: PathBuf,
    /// The body that issued the readouts, unless a readout's front matter names another.
    pub publisher: String,
    /// How many items a page of a list shows.
    pub page_size: usize,
    /// Whether the site has a search page and its index.
    pub search: bool,
}

impl Config {
    /// The path part of `base_url`, ending in `/`: `/` at a domain root, `/archive/` under a prefix.
    pub fn root_path(&self) -> &str {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
    }

    /// The same configuration published somewhere else (for `--base-url` and the preview server).
    /// The absolute URL of the file at `path` (from the site root), for what leaves the site:
    /// canonical links, feeds, citations, the sitemap. Every absolute URL is built here.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The link to the file at `path` from any page of the site: under the root path, so it
    /// works at a domain root and under a prefix alike. Every internal link is built here.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.root_path())
    }

    pub fn with_base_url(&self, base_url: &str) -> Result<Config, String> {
        Ok(Config {
            base_url: normalize_base_url(base_url)?,
            ..self.clone()
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: String,
    base_url: toml::Spanned<String>,
    language: toml::Spanned<String>,
    #[serde(default = "default_output")]
    output: PathBuf,
    publisher: String,
    #[serde(default = "default_page_size")]
    page_size: toml::Spanned<usize>,
    #[serde(default = "default_search")]
    search: bool,
}

fn default_search() -> bool {
    true
}

fn default_output() -> PathBuf {
    PathBuf::from("public")
}

fn default_page_size() -> toml::Spanned<usize> {
    toml::Spanned::new(0..0, 50)
}

/// Reads `config.toml` under `root`.
pub fn load(root: &Path) -> Checked<Config> {
    let path = Path::new(CONFIG);
    let text =
        std::fs::read_to_string(root.join(path)).map_err(|e| vec![Diagnostic::io(path, &e)])?;
    parse(path, &text)
}

pub fn parse(path: &Path, text: &str) -> Checked<Config> {
    let raw: RawConfig =
        toml::from_str(text).map_err(|e| vec![Diagnostic::toml(path, text, 0, &e)])?;
    let at = |span: std::ops::Range<usize>| Position::of_offset(text, span.start);
    let mut errors = Vec::new();
    let base_url = normalize_base_url(raw.base_url.get_ref()).unwrap_or_else(|help| {
        errors.push(
            Diagnostic::error(path, at(raw.base_url.span()), "invalid base_url").with_help(help),
        );
        String::new()
    });
    let language = raw.language.get_ref();
    if language.is_empty()
        || !language
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        errors.push(
            Diagnostic::error(
                path,
                at(raw.language.span()),
                format!("invalid language `{language}`"),
            )
            .with_help("write a language code such as \"fr\""),
        );
    } else if !INTERFACE_LANGUAGES.contains(&language.as_str()) {
        errors.push(
            Diagnostic::error(
                path,
                at(raw.language.span()),
                format!("no interface in language `{language}`"),
            )
            .with_help(format!(
                "the interface is written in {}; write one of them",
                INTERFACE_LANGUAGES.map(|l| format!("\"{l}\"")).join(" or ")
            )),
        );
    }
    if *raw.page_size.get_ref() == 0 {
        errors.push(
            Diagnostic::error(path, at(raw.page_size.span()), "page_size is 0")
                .with_help("give the number of items a list page shows, 1 or more (50 by default)"),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        title: raw.title,
        description: raw.description,
        base_url,
        language: raw.language.into_inner(),
        output: raw.output,
        publisher: raw.publisher,
        page_size: raw.page_size.into_inner(),
        search: raw.search,
    })
}

impl Config {
    /// The language of a readout whose own cannot be told: the config's, when the extractor reads it.
    pub fn text_language(&self) -> Language {
        self.interface_language()
    }

    /// The language pages speak: labels, dates and country names.
    pub fn interface_language(&self) -> Language {
        Language::parse(&self.language).unwrap_or_default()
    }
}

/// Checks that `url` is an absolute http(s) URL and makes it end in `/`.
fn normalize_base_url(url: &str) -> Result<String, String> {
    let help = || {
        format!("`{url}` must be an absolute http or https URL, such as \"https://user.github.io/archive/\"")
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(help)?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err(help());
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = "title = \"T\"\nbase_url = \"https://user.github.io/archive\"\nlanguage = \"fr\"\npublisher = \"P\"\n";

    #[test]
    fn base_url_gets_a_trailing_slash_and_a_root_path() {
        let config = parse(Path::new(CONFIG), VALID).unwrap();
        assert_eq!(config.base_url, "https://user.github.io/archive/");
        assert_eq!(config.root_path(), "/archive/");
        assert_eq!(config.output, PathBuf::from("public"));
        assert_eq!(config.page_size, 50);
        let at_root = config.with_base_url("http://127.0.0.1:1111").unwrap();
        assert_eq!(at_root.root_path(), "/");
    }

    #[test]
    fn errors_point_at_the_bad_key() {
        let check = |text: &str, expected: &str| {
            let errors = parse(Path::new(CONFIG), text).unwrap_err();
            assert_eq!(
                errors[0].to_string().lines().next().unwrap(),
                expected,
                "{text}"
            );
        };
        check(&format!("{VALID}colour = \"red\"\n"), "config.toml:5:1: error: unknown field `colour`, expected one of `title`, `description`, `base_url`, `language`, `output`, `publisher`, `page_size`, `search`");
        check(
            &VALID.replace("https://user.github.io/archive", "user.github.io"),
            "config.toml:2:12: error: invalid base_url",
        );
        check(
            &VALID.replace("\"fr\"", "\"f r\""),
            "config.toml:3:12: error: invalid language `f r`",
        );
        check(
            &VALID.replace("\"fr\"", "\"de\""),
            "config.toml:3:12: error: no interface in language `de`",
        );
        check(
            &format!("{VALID}page_size = 0\n"),
            "config.toml:5:13: error: page_size is 0",
        );
        check(
            "title = \"T\"\n",
            "config.toml:1:1: error: missing field `base_url`",
        );
    }
}
