//! Helpers for the extractor's tests: the project's lexicon, and a body read as a readout.

use super::Lexicon;

/// The project's own gazetteer, compiled.
pub fn lexicon() -> Lexicon {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let gazetteer =
        crate::gazetteer::load(root).unwrap_or_else(|e| panic!("the gazetteer loads: {e:?}"));
    Lexicon::new(gazetteer)
}

/// A body read in `language`, published on `published` ("2024-06-07") when given.
pub fn read(
    body: &str,
    published: Option<&str>,
    language: super::lang::Language,
) -> super::Extracted {
    let context = super::Context {
        published: published
            .map(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").expect("a publication date")),
        language: Some(language),
        fallback: super::lang::Language::Fr,
    };
    super::extract(body, &lexicon(), &context)
}

/// The participants of a body read in `language`, as the tables of cases write them.
pub fn parties(body: &str, language: super::lang::Language) -> Vec<String> {
    let found = read(body, None, language).participants.value;
    (found.iter())
        .map(|p| name_and_country(&p.name, p.country))
        .collect()
}

/// Asserts the participants of a body read in `language`, as the tables of cases write them.
pub fn assert_parties(body: &str, language: super::lang::Language, expected: &[&str]) {
    assert_eq!(parties(body, language), expected, "{body}");
}

/// A person as the tables of cases write them: "Wang Yi CN", or "Wang Yi -" without a country.
pub fn name_and_country(name: &str, country: Option<crate::model::CountryCode>) -> String {
    format!("{name} {}", country.map_or("-".into(), |c| c.to_string()))
}
