//! RIS: one `RPRT` record, the tagged format that EndNote, Zotero and citation-js import.

use chrono::Datelike;

use super::Record;
use crate::model::EventDate;

/// The record as RIS (2011 specification), lines ending in CR LF as the specification asks.
///
/// `RPRT`, a report, the item type of every other format (readers make `GOVDOC` a report too,
/// but citation-js then reads its date from `PY` alone, the year). The issuer is `PB` only: an
/// `AU` is read as a person's name. `PY` holds the year and `DA` the full date, where the
/// specification and readers look for them; a year-less date goes to a note. `CY` is left out:
/// it is the place of publication, not where the event happened, which is a keyword.
pub fn ris(record: &Record) -> String {
    let mut lines: Vec<(&str, String)> = vec![
        ("TY", "RPRT".to_string()),
        ("TI", one_line(record.title)),
        ("PB", one_line(record.publisher)),
        ("M3", record.style.genre(record.kind).to_string()),
    ];
    if let Some(EventDate::Full(d)) = record.issued() {
        lines.push(("PY", d.year().to_string()));
        lines.push(("DA", d.format("%Y/%m/%d/").to_string()));
    }
    lines.push(("UR", record.url.clone()));
    lines.push(("LA", record.language.to_string()));
    lines.extend(record.keywords().into_iter().map(|k| ("KW", one_line(k))));
    lines.extend(record.notes().into_iter().map(|n| ("N1", one_line(&n))));
    lines.push(("ER", String::new()));
    lines
        .into_iter()
        .map(|(tag, value)| format!("{tag}  - {value}\r\n"))
        .collect()
}

/// A value on one line: a line break would start a new, untagged line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    /// The values of `tag`, in order.
    fn check(title: &str, date: &str, tag: &str, expected: &[&str]) {
        let text = ris(&sample(title, date));
        let prefix = format!("{tag}  - ");
        let values: Vec<&str> = text
            .split("\r\n")
            .filter_map(|l| l.strip_prefix(&prefix))
            .collect();
        assert_eq!(values, expected, "{tag} of {title:?} {date:?}");
    }

    #[test]
    fn fields() {
        check("T", "", "TY", &["RPRT"]);
        check("T", "2025-11-19", "PY", &["2025"]);
        check("T", "2025-11-19", "DA", &["2025/11/19/"]);
        check("T", "--06-05", "PY", &[]);
        check("T", "--06-05", "DA", &[]);
        check(
            "T",
            "--06-05",
            "N1",
            &["Date de l’événement : 5 juin (année non précisée)"],
        );
        check("T", "", "DA", &[]);
        check("T", "", "N1", &[]);
        check("T", "", "AU", &[]);
        check("T", "", "CY", &[]);
        check(
            "T",
            "",
            "PB",
            &["Ministère des Affaires étrangères de la République populaire de Chine"],
        );
        check(
            "T",
            "",
            "UR",
            &["https://chancery.github.io/archive/readouts/2025-11-19-japarov-wang-yi/"],
        );
        check("T", "", "LA", &["fr"]);
        check("T", "", "M3", &["Rencontre"]);
        check("T", "", "KW", &["Sadyr Japarov", "Wang Yi", "Bichkek"]);
        check("T", "", "ER", &[""]);
    }

    #[test]
    fn awkward_titles() {
        check(
            r#"Le « grand » "pari" {x} & 50 % $ # _ ~ ^ \ été"#,
            "",
            "TI",
            &[r#"Le « grand » "pari" {x} & 50 % $ # _ ~ ^ \ été"#],
        );
        check(
            "Deux\nlignes\r\n  et  blancs",
            "",
            "TI",
            &["Deux lignes et blancs"],
        );
    }

    #[test]
    fn record_shape() {
        let text = ris(&sample("T", "2025-11-19"));
        assert!(text.starts_with("TY  - RPRT\r\n"));
        assert!(text.ends_with("\r\nER  - \r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }
}
