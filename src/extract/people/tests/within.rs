//! What a name holds between its first and last words, and what ends it, as readouts write them.

use super::*;

#[test]
fn what_a_name_holds() {
    let cases: &[(&str, &[&str])] = &[
        // Letters of a seat in a parliament other than the Commons end the name.
        (
            "The Minister for Finance, Tom Ward TD, met the Kenyan Ambassador Ali Khan.",
            &["Tom Ward -", "Ali Khan KE"],
        ),
        (
            "The rapporteur, Ms Ana Ruiz MEP, met Ghana's Foreign Minister Ali Khan JP in Accra.",
            &["Ana Ruiz -", "Ali Khan GH"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(named_in(input, Language::En), *expected, "{input}");
    }
}
