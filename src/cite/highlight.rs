//! Syntax highlighting of the BibTeX and RIS records, as HTML with CSS classes, for the readout page.

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxDefinition, SyntaxReference, SyntaxSet, SyntaxSetBuilder};
use syntect::util::LinesWithEndings;

/// Every class starts with this, so the site's own CSS classes never collide with them.
const CLASSES: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "cite-" };

/// The syntaxes, written for the records this stage produces (see each file's comment).
const SYNTAXES: [&str; 2] = [
    include_str!("bibtex.sublime-syntax"),
    include_str!("ris.sublime-syntax"),
];

/// Which record a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Bibtex,
    Ris,
}

/// The syntaxes, loaded with the templates that use them and kept while they are: syntect
/// compiles a syntax's patterns the first time it is used, so a highlighter made for each build
/// would compile them again on every rebuild of the preview.
pub struct Highlighter {
    syntaxes: SyntaxSet,
}

impl Highlighter {
    pub fn new() -> Highlighter {
        let mut builder = SyntaxSetBuilder::new();
        builder.add_plain_text_syntax();
        for syntax in SYNTAXES {
            builder.add(
                SyntaxDefinition::load_from_str(syntax, true, None)
                    .expect("the syntaxes are valid, as the tests show"),
            );
        }
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

/// The CSS for the classes of [`Highlighter::highlight`]: written here rather than made from a
/// bundled syntect theme, whose stylesheet is some 18 KB for the few classes the two syntaxes use
/// and whose colours fail WCAG contrast on the records' background.
pub fn stylesheet() -> String {
    include_str!("highlight.css").to_string()
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
        let record = sample("Wang Yi & <Japarov> {1} ~", "2025-11-19");
        let (bib, ris) = (bibtex(&record), ris(&record));
        let check_bib = |expected: &str| check(&h, &bib, Format::Bibtex, expected);
        check_bib("<pre class=\"cite-code\"><span class=\"cite-bibtex\"><span class=\"cite-keyword\">@techreport</span>{<span class=\"cite-constant\">000-77ea64a9e9cc6484</span>,\n");
        check_bib("<span class=\"cite-tag\">title</span> = {Wang Yi <span class=\"cite-escape\">\\&amp;</span> &lt;Japarov&gt; <span class=\"cite-escape\">\\textbraceleft{}</span>1<span class=\"cite-escape\">\\textbraceright{}</span> <span class=\"cite-escape\">\\textasciitilde{}</span>},\n");
        check_bib("<span class=\"cite-tag\">date</span> = {2025-11-19},\n");
        check_bib(
            "<span class=\"cite-tag\">month</span> = <span class=\"cite-constant\">nov</span>,\n",
        );
        check_bib("\n}\n</span></pre>");
        let check_ris = |expected: &str| check(&h, &ris, Format::Ris, expected);
        check_ris("<span class=\"cite-ris\"><span class=\"cite-keyword\">TY</span>  - <span class=\"cite-constant\">RPRT</span>\r\n");
        check_ris("<span class=\"cite-tag\">TI</span>  - Wang Yi &amp; &lt;Japarov&gt; {1} ~\r\n");
        check_ris("<span class=\"cite-keyword\">ER</span>  - \r\n</span></pre>");
    }

    #[test]
    fn markup_stays_small() {
        // Pages have a budget of 10 KB; both records together must take a small part of it.
        let h = Highlighter::new();
        let record = sample("Sadyr Japarov rencontre Wang Yi à Bichkek", "2025-11-19");
        let html = h.highlight(&bibtex(&record), Format::Bibtex)
            + &h.highlight(&ris(&record), Format::Ris);
        assert!(html.len() < 2000, "{} bytes", html.len());
    }

    #[test]
    fn the_stylesheet_styles_exactly_the_classes_the_records_get() {
        let h = Highlighter::new();
        let record = sample("Wang Yi & {1}", "2025-11-19");
        let html = h.highlight(&bibtex(&record), Format::Bibtex)
            + &h.highlight(&ris(&record), Format::Ris);
        let mut used: Vec<String> = html
            .split("class=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].replace(' ', "."))
            // The outer spans and the `pre` keep the site's text colour.
            .filter(|c| !["cite-bibtex", "cite-ris", "cite-code"].contains(&c.as_str()))
            .map(|c| format!(".{c}"))
            .collect();
        used.sort();
        used.dedup();
        let mut styled: Vec<String> = stylesheet()
            .lines()
            .filter_map(|l| l.strip_suffix('}')?.split(" {").next())
            .map(str::to_string)
            .collect();
        styled.sort();
        assert_eq!(used, styled);
    }
}
