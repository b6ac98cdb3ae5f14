//! The readout page's citation data: head metadata for reference managers (Highwire `citation_*`,
//! Dublin Core, Open Graph, schema.org JSON-LD) and the "Citer ce document" block.

use serde::Serialize;
use serde_json::json;

use crate::cite::bibtex::bibtex;
use crate::cite::chicago::chicago;
use crate::cite::csl::{csl, script_safe};
use crate::cite::ris::ris;
use crate::cite::{record, Record};
use crate::config::Config;
use crate::index::{Archive, Entry};
use crate::model::EventDate;

use super::views::PersonLink;

/// What `readout.html` needs to make the page citable.
#[derive(Serialize)]
pub struct CitationView {
    /// `citation_date` (`YYYY/MM/DD`) and `DC.date` (`YYYY-MM-DD`): the record's date, only when
    /// full (a reference manager would take a year-less day for a year).
    pub date: Option<String>,
    pub dc_date: Option<String>,
    /// `citation_keywords`: the participants and the place.
    pub keywords: String,
    /// The first paragraph, for `citation_abstract`.
    pub abstract_text: String,
    /// The schema.org record, ready for a `<script type="application/ld+json">`.
    pub json_ld: String,
    /// The CSL-JSON record, ready for a `<script type="application/vnd.citationstyles.csl+json">`.
    pub csl: String,
    /// The Chicago bibliography entry, as text.
    pub chicago: String,
    /// How `static/cite.js` adds the reader's access date to an undated entry: the words around
    /// it and the locale it is written in.
    pub accessed: &'static str,
    pub locale: &'static str,
    /// The BibTeX and RIS records, as text: templates highlight them (`highlight` filter).
    pub bibtex: String,
    pub ris: String,
    /// The name downloads are saved under, without extension.
    pub filename: String,
}

/// The longest abstract, in characters: a preview, not the text.
const ABSTRACT: usize = 300;

/// The longest page description, in characters: what search engines and link previews show.
const DESCRIPTION: usize = 160;

pub fn view(
    entry: &Entry,
    archive: &Archive,
    config: &Config,
    attendees: &[PersonLink],
) -> CitationView {
    let r = record(entry, archive, config);
    let first = entry.readout.paragraph_texts().next().unwrap_or_default();
    let full = match r.issued() {
        Some(EventDate::Full(d)) => Some(d),
        _ => None,
    };
    CitationView {
        date: full.map(|d| d.format("%Y/%m/%d").to_string()),
        dc_date: full.map(|d| d.format("%Y-%m-%d").to_string()),
        keywords: r.keywords().join("; "),
        abstract_text: shorten(first, ABSTRACT),
        json_ld: json_ld(&r, attendees, config),
        csl: csl(&r),
        chicago: chicago(&r),
        accessed: r.style.accessed,
        locale: r.style.locale,
        bibtex: bibtex(&r),
        ris: ris(&r),
        filename: crate::model::slugify(&entry.readout.id),
    }
}

/// A `Report` about the `Event`, with its attendees and place, in schema.org terms.
fn json_ld(r: &Record, attendees: &[PersonLink], config: &Config) -> String {
    // Linked data wants absolute URLs; the page's links are root-relative.
    let absolute = |url: &str| config.url(url.strip_prefix(config.root_path()).unwrap_or(url));
    let people: Vec<_> = attendees
        .iter()
        .map(|p| {
            let mut person = json!({ "@type": "Person", "name": p.name, "url": absolute(&p.url) });
            if let Some(c) = &p.country {
                person["nationality"] =
                    json!({ "@type": "Country", "name": c.name, "url": absolute(&c.url) });
            }
            person
        })
        .collect();
    let mut event = json!({ "@type": "Event", "name": r.title, "attendee": people });
    if let Some(EventDate::Full(d)) = r.date {
        event["startDate"] = json!(d.format("%Y-%m-%d").to_string());
    }
    if let Some(place) = r.place {
        event["location"] = json!({ "@type": "Place", "name": place });
    }
    let mut report = json!({
        "@context": "https://schema.org",
        "@type": "Report",
        "@id": r.url,
        "url": r.url,
        "name": r.title,
        "inLanguage": r.language,
        "publisher": { "@type": "GovernmentOrganization", "name": r.publisher },
        "about": event,
    });
    if let Some(source) = r.source_url {
        report["isBasedOn"] = json!(source);
    }
    if let Some(published) = r.published {
        report["datePublished"] = json!(published.format("%Y-%m-%d").to_string());
    }
    script_safe(&report)
}

/// A readout page's description (`description`, `og:description`): its first paragraph, cut
/// shorter than the abstract.
pub fn description(entry: &Entry) -> String {
    let first = entry.readout.paragraph_texts().next().unwrap_or_default();
    shorten(first, DESCRIPTION)
}

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abstracts_are_cut_at_a_word() {
        assert_eq!(shorten("Un texte court.", 300), "Un texte court.");
        assert_eq!(
            shorten("Le 19 novembre 2025, le président", 22),
            "Le 19 novembre 2025…"
        );
        assert_eq!(shorten("ééééé ééééé", 8), "ééééé…");
    }
}
