//! Templates: the Tera templates every archive needs, compiled once, and the HTML escaping they
//! share with `annotated`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tera::Tera;

use crate::cite::highlight::{Format, Highlighter};
use crate::diag::{Checked, Diagnostic, Position};
use crate::layout::TEMPLATES;

/// The templates every archive needs; `base.html` and any others are free to add.
pub const PAGE_TEMPLATES: [&str; 18] = [
    "home.html",
    "feed.xml",
    "readout.html",
    "readouts.html",
    "person.html",
    "people.html",
    "country.html",
    "countries.html",
    "organisation.html",
    "organisations.html",
    "year.html",
    "years.html",
    "timeline.html",
    "undated.html",
    "404.html",
    "redirect.html",
    "gone.html",
    "search.html",
];

/// Compiled templates, parsed once per build.
pub struct Templates {
    pub(super) tera: Tera,
}

/// Compiles template files given as (name, text); `name` is relative to `templates/`.
pub fn compile(files: Vec<(String, String)>) -> Checked<Templates> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    tera.register_filter("highlight", Highlight(Highlighter::new()));
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let mut errors: Vec<Diagnostic> = PAGE_TEMPLATES
        .iter()
        .filter(|t| !names.iter().any(|n| n == *t))
        .map(|t| {
            Diagnostic::error(
                Path::new(TEMPLATES).join(t),
                Position::START,
                "template missing",
            )
            .with_help(
                "every archive needs this template; copy it from chancery's templates/ folder",
            )
        })
        .collect();
    if let Err(err) = tera.add_raw_templates(files) {
        errors.push(template_error(None, &err));
    }
    if errors.is_empty() {
        Ok(Templates { tera })
    } else {
        Err(errors)
    }
}

/// `{{ record | highlight(format="bibtex") }}`: a BibTeX or RIS record as highlighted HTML
/// (`cite::highlight`). Views hold the records as text and templates highlight them, so that a
/// page checked by the preview and not rendered is not highlighted either.
struct Highlight(Highlighter);

impl tera::Filter for Highlight {
    fn filter(
        &self,
        value: &tera::Value,
        args: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let text = (value.as_str()).ok_or_else(|| tera::Error::msg("highlight: not a text"))?;
        let format = match args.get("format").and_then(tera::Value::as_str) {
            Some("bibtex") => Format::Bibtex,
            Some("ris") => Format::Ris,
            _ => {
                return Err(tera::Error::msg(
                    "highlight: give format=\"bibtex\" or format=\"ris\"",
                ))
            }
        };
        Ok(self.0.highlight(text, format).into())
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Escapes text for HTML content and quoted attributes. Unlike Tera's default, leaves `/` alone,
/// so URLs stay readable in the page source. Templates and `annotated` share it.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut plain = 0;
    // The escaped characters are ASCII, so they never sit inside a multi-byte character: the
    // runs between them are copied whole.
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out
}

/// A Tera error as a diagnostic: Tera names the template in its message chain.
pub(super) fn template_error(template: Option<&str>, err: &tera::Error) -> Diagnostic {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let path = template.map_or_else(
        || PathBuf::from(TEMPLATES),
        |t| Path::new(TEMPLATES).join(t),
    );
    Diagnostic::error(path, Position::START, message.replace('\n', " "))
        .with_help("fix the template; the variables each page gets are listed in README.md")
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escaping_keeps_every_other_character() {
        assert_eq!(
            escape_html("l’« <b> » & \"Ürümqi\" d'été"),
            "l’« &lt;b&gt; » &amp; &quot;Ürümqi&quot; d&#39;été"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("é"), "é");
    }
}
