//! CSL-JSON: the record as a one-item array, the form citation processors and Zotero exchange.

use chrono::Datelike;
use serde_json::{json, Value};

use super::Record;
use crate::model::EventDate;

/// The record as a CSL-JSON array of one item, on one line, keys sorted.
///
/// The issuer is the `publisher`, and there is no `author`. A full date is
/// `issued.date-parts`; a year-less one is a `literal` date (CSL has no date-parts without a
/// year); no date, no `issued`. Every `<` is written
/// `\u003c`, so the JSON can sit inside a `<script>` element as it is.
pub fn csl(record: &Record) -> String {
    script_safe(&Value::Array(vec![item(record)]))
}

/// JSON text that can sit inside a `<script>` element: `<` only occurs inside JSON strings,
/// where `\u003c` means the same.
pub fn script_safe(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The record as one CSL-JSON item.
pub fn item(record: &Record) -> Value {
    let mut item = json!({
        "id": record.id,
        "type": "report",
        "title": record.title,
        "publisher": record.publisher,
        "genre": record.style.genre(record.kind),
        "URL": record.url,
        "language": record.language,
    });
    let issued = match record.issued() {
        Some(EventDate::Full(d)) => Some(json!({ "date-parts": [[d.year(), d.month(), d.day()]] })),
        Some(date) => Some(json!({ "literal": record.style.date(date) })),
        None => None,
    };
    let keywords = record.keywords();
    let notes = record.notes();
    let optional = [
        ("issued", issued),
        ("event-place", record.place.map(|p| json!(p))),
        (
            "keyword",
            (!keywords.is_empty()).then(|| json!(keywords.join(", "))),
        ),
        ("note", (!notes.is_empty()).then(|| json!(notes.join("\n")))),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            item[key] = value;
        }
    }
    item
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    /// Checks the fields of the one item that `expected` lists, as JSON text.
    fn check(title: &str, date: &str, expected: &[(&str, &str)]) {
        let text = csl(&sample(title, date));
        let items: Vec<Value> = serde_json::from_str(&text).unwrap();
        let item = &items[0];
        for (key, value) in expected {
            assert_eq!(item[key].to_string(), *value, "{key} in {text}");
        }
    }

    #[test]
    fn fields() {
        check(
            "T",
            "2025-11-19",
            &[("type", r#""report""#), ("id", r#""000_77ea64a9e9cc6484""#)],
        );
        check(
            "T",
            "2025-11-19",
            &[("issued", r#"{"date-parts":[[2025,11,19]]}"#)],
        );
        check(
            "T",
            "--06-05",
            &[
                ("issued", r#"{"literal":"5 juin"}"#),
                (
                    "note",
                    r#""Date de l’événement : 5 juin (année non précisée)""#,
                ),
            ],
        );
        check("T", "", &[("issued", "null"), ("note", "null")]);
        check("T", "", &[("author", "null")]);
        check(
            "T",
            "",
            &[(
                "publisher",
                r#""Ministère des Affaires étrangères de la République populaire de Chine""#,
            )],
        );
        check(
            "T",
            "",
            &[
                ("event-place", r#""Bichkek""#),
                ("keyword", r#""Sadyr Japarov, Wang Yi, Bichkek""#),
                ("genre", r#""Rencontre""#),
            ],
        );
        check(
            "T",
            "",
            &[
                ("language", r#""fr""#),
                (
                    "URL",
                    r#""https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/""#,
                ),
            ],
        );
    }

    #[test]
    fn awkward_titles() {
        check(
            r#"Le « grand » "pari" {x} & 50 % $ # _ ~ ^ \ été"#,
            "",
            &[(
                "title",
                r#""Le « grand » \"pari\" {x} & 50 % $ # _ ~ ^ \\ été""#,
            )],
        );
        check(
            "</script><!-- a<b",
            "",
            &[("title", r#""</script><!-- a<b""#)],
        );
        assert!(!csl(&sample("</script>", "")).contains('<'));
    }
}
