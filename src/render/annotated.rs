//! Annotated text: a paragraph with its mentions as links, and editors' notes from Markdown, both
//! as HTML built here with the templates' own escaping.
//!
//! The paragraph's text stays byte for byte as published: removing the tags and decoding the
//! entities gives it back (`tests/annotations.rs` checks this on generated inputs).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::escape_html;

/// A span of the body to link: where it goes and the canonical name of what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor<'a> {
    pub span: Range<usize>,
    pub url: String,
    pub title: &'a str,
}

/// The HTML of the paragraph at `range` of `body`, with each anchor inside it as a link. Anchors
/// must be sorted and disjoint (as `Metadata::mentions` are); any that are not, that leave the
/// paragraph or that cut a character are left out, so the text always comes through whole.
pub fn paragraph_html(body: &str, range: Range<usize>, anchors: &[Anchor]) -> String {
    let Some(text) = body.get(range.clone()) else {
        return String::new();
    };
    let mut out = String::with_capacity(text.len() + anchors.len() * 64);
    let mut at = range.start;
    for a in anchors {
        let inside = range.start <= a.span.start && a.span.end <= range.end;
        if !inside || a.span.start < at || a.span.is_empty() {
            continue;
        }
        let (Some(before), Some(name)) = (body.get(at..a.span.start), body.get(a.span.clone()))
        else {
            continue;
        };
        out.push_str(&escape_html(before));
        out.push_str(&format!("<a href=\"{}\"", escape_html(&a.url)));
        // The canonical name as a tooltip, where the text names it otherwise ("chinois",
        // "M. Xi"); a title that repeats the link's text would only be read twice.
        if name != a.title {
            out.push_str(&format!(" title=\"{}\"", escape_html(a.title)));
        }
        out.push_str(&format!(">{}</a>", escape_html(name)));
        at = a.span.end;
    }
    out.push_str(&escape_html(&body[at..range.end]));
    out
}

/// An editor's note as HTML. Markdown gives emphasis, links and lists; raw HTML in the note is
/// shown as text, and links to `javascript:` and the like lead nowhere, so a note can never add
/// markup or scripts to the page.
pub fn note_html(markdown: &str) -> String {
    let events =
        Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: if is_script_url(&dest_url) {
                    "#".into()
                } else {
                    dest_url
                },
                title,
                id,
            }),
            other => other,
        });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

/// Whether a URL runs code or embeds a document when followed.
fn is_script_url(url: &str) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take_while(|c| *c != ':')
        .collect::<String>()
        .to_ascii_lowercase();
    url.contains(':') && matches!(scheme.as_str(), "javascript" | "vbscript" | "data")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(body: &str, text: &str, url: &str) -> Anchor<'static> {
        let at = body.find(text).unwrap();
        Anchor {
            span: at..at + text.len(),
            url: url.into(),
            title: "Nom",
        }
    }

    #[test]
    fn links_wrap_the_names_and_escape_the_rest() {
        let body = "Un <b> & Xi Jinping.\nDeux";
        let check = |anchors: &[Anchor], expected: &str| {
            assert_eq!(
                paragraph_html(body, 0..body.find('\n').unwrap(), anchors),
                expected
            )
        };
        check(&[], "Un &lt;b&gt; &amp; Xi Jinping.");
        check(
            &[anchor(body, "Xi Jinping", "/people/xi-jinping/")],
            "Un &lt;b&gt; &amp; <a href=\"/people/xi-jinping/\" title=\"Nom\">Xi Jinping</a>.",
        );
        // Named as it is written: no title repeating the text.
        let named = Anchor {
            title: "Xi Jinping",
            ..anchor(body, "Xi Jinping", "/a/")
        };
        check(
            &[named],
            "Un &lt;b&gt; &amp; <a href=\"/a/\">Xi Jinping</a>.",
        );
        // Outside the paragraph, overlapping, or cutting a character: left out.
        check(
            &[anchor(body, "Deux", "/x/")],
            "Un &lt;b&gt; &amp; Xi Jinping.",
        );
        check(
            &[
                anchor(body, "Xi Jinping", "/a/"),
                anchor(body, "Jinping", "/b/"),
            ],
            "Un &lt;b&gt; &amp; <a href=\"/a/\" title=\"Nom\">Xi Jinping</a>.",
        );
        let accented = "é";
        let cut = Anchor {
            span: 0..1,
            url: "/x/".into(),
            title: "",
        };
        assert_eq!(paragraph_html(accented, 0..2, &[cut]), "é");
    }

    #[test]
    fn notes_are_markdown_without_raw_html() {
        assert_eq!(
            note_html("La ligne *Chine–Kirghizistan–Ouzbékistan*."),
            "<p>La ligne <em>Chine–Kirghizistan–Ouzbékistan</em>.</p>\n"
        );
        let html = note_html("<script>alert(1)</script> et <b>gras</b>");
        assert!(
            !html.contains("<script>") && !html.contains("<b>"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;"), "{html}");
        let link = note_html("[source](https://example.org/a?b=1&c=2)");
        assert!(
            link.contains("href=\"https://example.org/a?b=1&amp;c=2\""),
            "{link}"
        );
        let script = note_html("[x](javascript:alert(1)) [y]( JavaScript:alert(1))");
        assert!(!script.to_lowercase().contains("javascript"), "{script}");
    }
}
