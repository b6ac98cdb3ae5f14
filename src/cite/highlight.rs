//! Syntax highlighting of the BibTeX and RIS records, as HTML with CSS classes, for the readout page.

use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxDefinition, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Every class starts with this, so the site's own CSS classes never collide with them.
const CLASSES: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "cite-" };

/// The bundled theme the stylesheet is made from; a light one, like the site.
const THEME: &str = "InspiredGitHub";

/// RIS has no bundled syntax: tags, the separator and values are enough to read a record.
const RIS_SYNTAX: &str = r#"%YAML 1.2
---
name: RIS
file_extensions: [ris]
scope: text.ris
contexts:
  main:
    - match: '^(TY|ER)(  - )(.*)$'
      captures:
        1: keyword.control.record.ris
        2: punctuation.separator.ris
        3: entity.name.type.ris
    - match: '^([A-Z][A-Z0-9])(  - )(.*)$'
      captures:
        1: keyword.other.tag.ris
        2: punctuation.separator.ris
        3: string.unquoted.value.ris
"#;

/// Which record a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Highlighted with the BibTeX syntax bundled with syntect (from Sublime Text's LaTeX package).
    Bibtex,
    /// Highlighted with the small syntax above.
    Ris,
}

/// The syntaxes, compiled once per build and shared by every page.
pub struct Highlighter {
    syntaxes: SyntaxSet,
}

impl Highlighter {
    pub fn new() -> Highlighter {
        let mut builder = SyntaxSet::load_defaults_newlines().into_builder();
        builder.add(
            SyntaxDefinition::load_from_str(RIS_SYNTAX, true, None)
                .expect("the RIS syntax is valid YAML, checked by the tests"),
        );
        Highlighter {
            syntaxes: builder.build(),
        }
    }

    /// The record as `<pre class="cite-code">…</pre>`, each token in a `<span>` with classes.
    /// Text that a syntax fails on is shown plain, never lost.
    pub fn highlight(&self, record_text: &str, format: Format) -> String {
        let name = match format {
            Format::Bibtex => "BibTeX",
            Format::Ris => "RIS",
        };
        let plain = self.syntaxes.find_syntax_plain_text();
        let syntax = self.syntaxes.find_syntax_by_name(name).unwrap_or(plain);
        let spans = self
            .classed(record_text, syntax)
            .or_else(|_| self.classed(record_text, plain))
            .unwrap_or_default();
        format!("<pre class=\"cite-code\">{spans}</pre>")
    }

    fn classed(&self, text: &str, syntax: &SyntaxReference) -> Result<String, syntect::Error> {
        let mut html = ClassedHTMLGenerator::new_with_class_style(syntax, &self.syntaxes, CLASSES);
        for line in LinesWithEndings::from(text) {
            html.parse_html_for_line_which_includes_newline(line)?;
        }
        Ok(html.finalize())
    }
}

impl Default for Highlighter {
    fn default() -> Highlighter {
        Highlighter::new()
    }
}

/// The CSS for the classes of [`Highlighter::highlight`], from a bundled theme.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    themes
        .themes
        .get(THEME)
        .and_then(|theme| css_for_theme_with_class_style(theme, CLASSES).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::super::{bibtex::bibtex, ris::ris};
    use super::*;

    /// Checks that `expected` occurs in the highlighted HTML.
    fn check(highlighter: &Highlighter, text: &str, format: Format, expected: &str) {
        let html = highlighter.highlight(text, format);
        assert!(html.contains(expected), "{expected:?} not in {html}");
    }

    #[test]
    fn records_get_classes() {
        let h = Highlighter::new();
        let record = sample("Wang Yi & <Japarov>", "2025-11-19");
        let (bib, ris) = (bibtex(&record), ris(&record));
        check(&h, &bib, Format::Bibtex, "<pre class=\"cite-code\">");
        check(&h, &bib, Format::Bibtex, "cite-entry-type cite-bibtex\"><span class=\"cite-punctuation cite-definition cite-keyword cite-bibtex\">@</span>report</span>");
        check(&h, &bib, Format::Bibtex, "Wang Yi \\&amp; &lt;Japarov&gt;");
        check(
            &h,
            &ris,
            Format::Ris,
            "<span class=\"cite-keyword cite-control cite-record cite-ris\">TY</span>",
        );
        check(
            &h,
            &ris,
            Format::Ris,
            "<span class=\"cite-keyword cite-other cite-tag cite-ris\">PB</span>",
        );
        check(&h, &ris, Format::Ris, "Wang Yi &amp; &lt;Japarov&gt;");
    }

    #[test]
    fn the_stylesheet_styles_the_classes() {
        let css = stylesheet();
        assert!(css.contains(".cite-code {"), "{css}");
        assert!(css.contains(".cite-keyword"), "{css}");
        assert!(css.contains(".cite-string"), "{css}");
    }
}
