//! Places a lead tells before the report that names the exchange's parties.

use crate::extract::testing::read;
use crate::model::Language;

/// Each body's place, read in its language.
fn places(cases: &[(&str, Language, Option<&str>)]) {
    for &(body, language, expected) in cases {
        let out = read(body, None, language);
        assert_eq!(out.place.value.as_deref(), expected, "{body}");
    }
}

/// A lead that names the exchange and where it was held, and no one, places the report after it
/// that names who held it.
#[test]
fn a_lead_naming_no_one_places_the_report_after_it() {
    places(&[
        (
            "Political consultations between the foreign ministries of Ghana and Mali took place in Oslo on Monday. The Ghanaian delegation was led by Deputy Minister Tom Ward, the Malian one by Ali Khan.",
            Language::En,
            Some("Oslo"),
        ),
        (
            "Des consultations politiques entre les deux ministères se sont tenues lundi à Bamako. La délégation ghanéenne était conduite par le vice-ministre Tom Ward, la délégation malienne par Ali Khan.",
            Language::Fr,
            Some("Bamako"),
        ),
        // A lead that names no exchange places none.
        (
            "Ghana and Mali opened a trade office in Oslo last year. Minister Tom Ward met his counterpart Ali Khan on Tuesday.",
            Language::En,
            None,
        ),
    ]);
}

/// A stay or a visit the lead tells, sentences before the report, places it where nothing else
/// does.
#[test]
fn a_stay_or_a_visit_the_lead_tells_places_the_report_below() {
    places(&[
        (
            "Le président Tom Ward est arrivé mardi 4 mars à Nouakchott. Le temps était doux. Les drapeaux flottaient. Les présidents Tom Ward et Ali Khan se sont entretenus en tête-à-tête dans l'après-midi.",
            Language::Fr,
            Some("Nouakchott"),
        ),
        (
            "At the invitation of Minister Ali Khan, Minister Tom Ward paid a three-day working visit to Islamabad from 3 to 5 May 2011. Minister Tom Ward called on President Sam Otieno.",
            Language::En,
            Some("Islamabad"),
        ),
        // A stay told as earlier than the report places nothing.
        (
            "Le président Tom Ward s'était rendu à Nouakchott en 2019. Une visite attendue. Les drapeaux flottaient. Les présidents Tom Ward et Ali Khan se sont entretenus en tête-à-tête.",
            Language::Fr,
            None,
        ),
    ]);
}
