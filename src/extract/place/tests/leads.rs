//! Places a lead tells before the report that names the exchange's parties.

use crate::extract::testing::read;
use crate::model::Language;

/// A lead that names the exchange and where it was held, and no one, places the report after it
/// that names who held it.
#[test]
fn a_lead_naming_no_one_places_the_report_after_it() {
    for (body, language, expected) in [
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
    ] {
        let out = read(body, None, language);
        assert_eq!(out.place.value.as_deref(), expected, "{body}");
    }
}
