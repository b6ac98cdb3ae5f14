//! Interface labels: every string the site shows around the readouts, in the interface language
//! `config.toml` chooses, read from one TOML table per language (`labels/*.toml`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::model::{EventDate, EventKind};

/// The tables, by language code; `config::INTERFACE_LANGUAGES` lists the same codes.
const TABLES: [(&str, &str); 2] = [
    ("fr", include_str!("labels/fr.toml")),
    ("en", include_str!("labels/en.toml")),
];

/// The labels of one interface language. Templates see `text` as `site.t`.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    #[serde(skip_serializing)]
    months: [String; 12],
    #[serde(skip_serializing)]
    dates: Dates,
    #[serde(skip_serializing)]
    kinds: BTreeMap<String, String>,
    #[serde(rename(serialize = "t"))]
    pub text: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Dates {
    full: String,
    day_month: String,
    first_day: String,
    no_year: String,
    none: String,
    published: String,
}

impl Labels {
    /// The labels of `language`; French for a language without a table, which `config` refuses
    /// before anything is rendered.
    pub fn of(language: &str) -> Labels {
        let text = TABLES
            .iter()
            .find(|(code, _)| *code == language)
            .unwrap_or(&TABLES[0])
            .1;
        // The tables are part of the program and tested, so they always parse.
        toml::from_str(text).unwrap_or_else(|e| unreachable!("labels of {language}: {e}"))
    }

    /// A label of the interface by key; the key itself when the table lacks it, which the
    /// tests of the tables rule out.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.text.get(key).map_or(key, String::as_str)
    }

    pub fn kind(&self, kind: EventKind) -> &str {
        self.kinds
            .get(kind.key())
            .map_or(kind.key(), String::as_str)
    }

    pub fn month(&self, month: u32) -> &str {
        self.months
            .get(month as usize - 1)
            .map_or("?", String::as_str)
    }

    /// The date for readers: "19 novembre 2025" / "19 November 2025"; a year-less date says so,
    /// and so does a missing one.
    pub fn date(&self, date: Option<EventDate>) -> String {
        let Some(date) = date else {
            return self.dates.none.clone();
        };
        let d = &self.dates;
        let written = date.write(&d.full, &d.day_month, &d.first_day, |m| self.month(m));
        match date.year() {
            Some(_) => written,
            None => d.no_year.replace("{date}", &written),
        }
    }

    /// A readout's date where lists show it, with its `datetime` attribute: its event's full
    /// date, else "publié le …" with the day it was published (`placed_on`), else what the text
    /// says (`EventDate::datetime`).
    pub fn placed(
        &self,
        date: Option<EventDate>,
        placed_on: Option<NaiveDate>,
    ) -> (String, Option<String>) {
        match (date, placed_on) {
            (Some(EventDate::Full(_)), _) | (_, None) => {
                (self.date(date), date.map(EventDate::datetime))
            }
            (_, Some(day)) => (
                (self.dates.published).replace("{date}", &self.date(Some(EventDate::Full(day)))),
                Some(EventDate::Full(day).datetime()),
            ),
        }
    }

    /// "mars 2025" / "March 2025".
    pub fn month_year(&self, month: u32, year: i32) -> String {
        format!("{} {year}", self.month(month))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;

    #[test]
    fn every_language_has_every_label() {
        let tables: Vec<Labels> = TABLES.iter().map(|(code, _)| Labels::of(code)).collect();
        let keys = |l: &Labels| l.text.keys().cloned().collect::<Vec<_>>();
        for labels in &tables {
            assert_eq!(keys(labels), keys(&tables[0]));
            for kind in EventKind::ALL {
                assert!(labels.kinds.contains_key(kind.key()), "{}", kind.key());
            }
            assert_eq!(labels.kinds.len(), EventKind::ALL.len());
        }
    }

    #[test]
    fn dates_in_each_language() {
        let check = |language: &str, date: &str, expected: &str| {
            let labels = Labels::of(language);
            assert_eq!(labels.date(EventDate::parse(date)), expected, "{date}");
        };
        check("fr", "2025-11-19", "19 novembre 2025");
        check("fr", "2024-03-01", "1er mars 2024");
        check("fr", "--06-05", "5 juin (année non précisée)");
        check("fr", "", "date non précisée");
        check("en", "2025-11-19", "19 November 2025");
        check("en", "2024-03-01", "1 March 2024");
        check("en", "--06-05", "5 June (year not given)");
        check("en", "", "date not given");
        // Citations write French dates the same way.
        let d = EventDate::parse("2024-03-01").unwrap();
        let style = crate::cite::style::Style::of(crate::model::Language::Fr);
        assert_eq!(Labels::of("fr").date(Some(d)), style.date_for_readers(d));
    }

    #[test]
    fn lists_place_a_readout_by_its_event_else_its_publication() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let (fr, en) = (Labels::of("fr"), Labels::of("en"));
        let full = EventDate::parse("2025-11-19");
        let placed =
            |l: &Labels, date: &str, on: Option<NaiveDate>| l.placed(EventDate::parse(date), on);
        assert_eq!(
            fr.placed(full, day("2025-11-20")),
            ("19 novembre 2025".into(), Some("2025-11-19".into()))
        );
        let published = (Some("2025-11-20".to_string()), "publié le 20 novembre 2025");
        let by_publication = placed(&fr, "", day("2025-11-20"));
        assert_eq!((by_publication.1, by_publication.0.as_str()), published);
        assert_eq!(
            placed(&en, "--11-19", day("2025-11-20")).0,
            "published 20 November 2025"
        );
        assert_eq!(
            placed(&fr, "--11-19", None),
            (
                "19 novembre (année non précisée)".into(),
                Some("11-19".into())
            )
        );
        assert_eq!(placed(&en, "", None), ("date not given".into(), None));
    }
}
