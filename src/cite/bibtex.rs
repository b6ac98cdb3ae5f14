//! BibTeX: one `@techreport` entry that classic BibTeX and biblatex both read, as do Zotero and
//! citation-js.

use chrono::Datelike;

use super::Record;
use crate::model::{slugify, EventDate};

/// The record as one `@techreport` entry, ending in a newline.
///
/// `@techreport`, the report type of classic BibTeX (which reads biblatex's `@report` as
/// `@misc`, and loses its date); biblatex and citation-js read it as a report, the item type
/// of every other format. The issuer is the `institution`, and there is no `author`: braces
/// would keep it whole for biber, but other readers still take it for a person's family name.
/// A full date is biblatex's `date` and classic BibTeX's `year` and `month` (a month macro,
/// which both read); a year-less date goes to `note`, because both need a year.
pub fn bibtex(record: &Record) -> String {
    let mut fields: Vec<(&str, String)> = vec![
        ("title", braced(escape(record.title))),
        ("institution", braced(escape(record.publisher))),
        ("type", braced(escape(record.style.genre(record.kind)))),
    ];
    if let Some(EventDate::Full(d)) = record.issued() {
        fields.push(("date", braced(d.format("%Y-%m-%d").to_string())));
        fields.push(("year", braced(d.year().to_string())));
        fields.push(("month", d.format("%b").to_string().to_ascii_lowercase()));
    }
    fields.push(("url", braced(verbatim(&record.url))));
    if let Some(langid) = langid(record.language) {
        fields.push(("langid", braced(langid.to_string())));
    }
    let keywords = record.keywords();
    if !keywords.is_empty() {
        let escaped: Vec<String> = keywords.into_iter().map(escape).collect();
        fields.push(("keywords", braced(escaped.join(", "))));
    }
    let notes = record.notes();
    if !notes.is_empty() {
        fields.push(("note", braced(escape(&notes.join(". ")))));
    }
    let mut out = format!("@techreport{{{},\n", key(record.id));
    for (name, value) in fields {
        out.push_str(&format!("  {name} = {value},\n"));
    }
    out.push_str("}\n");
    out
}

/// A field value in braces.
fn braced(value: String) -> String {
    format!("{{{value}}}")
}

/// The entry key: ASCII, stable, from the readout id (`000_77EA` → `000-77ea`).
fn key(id: &str) -> String {
    let slug = slugify(id);
    if slug.is_empty() {
        "readout".to_string()
    } else {
        slug
    }
}

/// Text for a braced field: TeX's special characters as commands that keep braces balanced
/// (`\{` would unbalance them for BibTeX's own parser). Accents stay UTF-8, which biber reads.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A URL for biblatex's verbatim `url` field, where escapes would be read literally: only what
/// would break the entry is percent-encoded.
fn verbatim(url: &str) -> String {
    url.replace('\\', "%5C")
        .replace('{', "%7B")
        .replace('}', "%7D")
        .replace(' ', "%20")
}

/// The babel/polyglossia language name biblatex expects for a BCP 47 tag, when one is known.
fn langid(language: &str) -> Option<&'static str> {
    let primary = language.split('-').next().unwrap_or("");
    match primary.to_ascii_lowercase().as_str() {
        "fr" => Some("french"),
        "en" => Some("english"),
        "de" => Some("ngerman"),
        "es" => Some("spanish"),
        "it" => Some("italian"),
        "pt" => Some("portuguese"),
        "ru" => Some("russian"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    fn field(title: &str, date: &str, name: &str) -> Option<String> {
        let entry = bibtex(&sample(title, date));
        let prefix = format!("  {name} = ");
        entry.lines().find_map(|l| {
            let value = l.strip_prefix(&prefix)?.strip_suffix(',')?;
            let braced = value.strip_prefix('{').and_then(|v| v.strip_suffix('}'));
            Some(braced.unwrap_or(value).to_string())
        })
    }

    fn check(title: &str, date: &str, name: &str, expected: Option<&str>) {
        assert_eq!(
            field(title, date, name).as_deref(),
            expected,
            "{name} of {title:?} {date:?}"
        );
    }

    #[test]
    fn fields() {
        check("T", "2025-11-19", "date", Some("2025-11-19"));
        check("T", "2025-11-19", "year", Some("2025"));
        check("T", "2025-11-19", "month", Some("nov"));
        check("T", "--06-05", "date", None);
        check("T", "--06-05", "year", None);
        check(
            "T",
            "--06-05",
            "note",
            Some("Date de l’événement : 5 juin (année non précisée)"),
        );
        check("T", "", "date", None);
        check("T", "", "note", None);
        check("T", "", "author", None);
        check(
            "T",
            "",
            "institution",
            Some("Ministère des Affaires étrangères de la République populaire de Chine"),
        );
        check("T", "", "type", Some("Rencontre"));
        check(
            "T",
            "",
            "url",
            Some("https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/"),
        );
        check("T", "", "langid", Some("french"));
        check("T", "", "keywords", Some("Sadyr Japarov, Wang Yi, Bichkek"));
    }

    #[test]
    fn awkward_titles() {
        check(
            "Wang Yi & Japarov",
            "",
            "title",
            Some(r"Wang Yi \& Japarov"),
        );
        check("50 % $ # _", "", "title", Some(r"50 \% \$ \# \_"));
        check(
            "{x} a\\b",
            "",
            "title",
            Some(r"\textbraceleft{}x\textbraceright{} a\textbackslash{}b"),
        );
        check(
            "a~b^c",
            "",
            "title",
            Some(r"a\textasciitilde{}b\textasciicircum{}c"),
        );
        check(
            r#"Le « grand » "pari" à Pékin"#,
            "",
            "title",
            Some(r#"Le « grand » "pari" à Pékin"#),
        );
    }

    #[test]
    fn entry() {
        assert_eq!(
            bibtex(&sample("T", "2025-11-19")),
            "@techreport{000-77ea64a9e9cc6484,\n  title = {T},\n  institution = {Ministère des Affaires étrangères de la République populaire de Chine},\n  type = {Rencontre},\n  date = {2025-11-19},\n  year = {2025},\n  month = nov,\n  url = {https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/},\n  langid = {french},\n  keywords = {Sadyr Japarov, Wang Yi, Bichkek},\n}\n"
        );
        let check = |id: &str, expected: &str| assert_eq!(key(id), expected);
        check("000_77EA64a9", "000-77ea64a9");
        check("wang-kosherbayev-2025", "wang-kosherbayev-2025");
        check("Pékin été", "pekin-ete");
        check("«»", "readout");
        assert_eq!(verbatim("https://a/{b} c\\"), "https://a/%7Bb%7D%20c%5C");
        assert_eq!(langid("fr-CA"), Some("french"));
        assert_eq!(langid("zh"), None);
    }
}
