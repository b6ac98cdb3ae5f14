//! The visitor an exchange that names its host alone was held with.

use crate::extract::testing::assert_parties;
use crate::model::Language;

#[test]
fn the_visitor_a_sentence_before_tells() {
    let cases: &[(&str, &[&str])] = &[
        // The visitor in the possessive before the word of the visit.
        (
            "Minister Tom Ward underlined the ties between the two countries during Ghanaian Foreign Minister Ali Khan's official visit. On Tuesday, Ward said the meeting had gone well.",
            &["Ali Khan GH", "Tom Ward -"],
        ),
        // The visitor as the agent after it.
        (
            "The accords were signed during a working visit to Lima from 3 to 5 June by the Minister of Foreign Affairs, the Honourable Ali Khan. During talks with Minister Tom Ward on 4 June, trade was discussed.",
            &["Ali Khan -", "Tom Ward -"],
        ),
        // A visit to come, or one before the exchange, is another's.
        (
            "Minister Tom Ward spoke of the preparations ahead of Minister Ali Khan's visit. On Tuesday, Ward said the meeting had gone well.",
            &["Tom Ward -"],
        ),
    ];
    for (body, expected) in cases {
        assert_parties(body, Language::En, expected);
    }
}
