//! Which of the spellings a text gives a person is reported: the fuller, the gazetteer's.

use super::*;

#[test]
fn the_spelling_reported() {
    // A known person named by an alias, then by the full name the gazetteer gives them; also
    // where the full name's suffix is written with its point.
    let aliases: [(&str, [&str; 2]); 2] = [
        (
            "Jokowi met President Tom Ward on Monday. President Joko Widodo said the talks were useful.",
            ["Joko Widodo ID", "Tom Ward -"],
        ),
        (
            "Bongbong Marcos called President Tom Ward on Monday. President Ferdinand Marcos Jr. said the call was useful.",
            ["Ferdinand Marcos Jr. PH", "Tom Ward -"],
        ),
    ];
    for (input, expected) in aliases {
        assert_eq!(named_in(input, Language::En), expected, "{input}");
    }
    // A known person's name written once with a letter left out, added or mistyped, and
    // elsewhere as the gazetteer spells it, is that person, under the gazetteer's spelling,
    // whichever comes first.
    check(
        "Le président Tom Ward s'est entretenu avec son homologue gabonais Alli Bongo Ondimba. Le président Ali Bongo Ondimba l'a remercié.",
        &["Tom Ward -", "Ali Bongo Ondimba GA"],
    );
    check(
        "Le président Ali Bongo Ondimba a reçu M. Tom Ward. Le président Ali Bongo Ondimda a salué la coopération.",
        &["Ali Bongo Ondimba GA", "Tom Ward -"],
    );
    // The spelling the gazetteer knows, not a longer slip after it, nor its own name where the
    // text writes only the surname.
    check(
        "Le président Ali Bongo Ondimba a reçu M. Tom Ward. Le président Ali Bongo Ondimbaa a salué la coopération.",
        &["Ali Bongo Ondimba GA", "Tom Ward -"],
    );
    check(
        "Le président Mohamed Ould Cheikh El Ghazzouani a reçu M. Tom Ward. Le président Ghazouani a salué la coopération.",
        &["Mohamed Ould Cheikh El Ghazzouani MR", "Tom Ward -"],
    );
    // Not where two words differ, nor between two people the gazetteer does not know.
    check(
        "Le président Ali Bongo Ondimba a reçu M. Tom Ward. M. Alo Bongo Ondimbo a salué la coopération.",
        &["Ali Bongo Ondimba GA", "Tom Ward -", "Alo Bongo Ondimbo -"],
    );
    check(
        "Le ministre Tom Ward a reçu M. Sam Otieno. M. Tom Word a salué la coopération.",
        &["Tom Ward -", "Sam Otieno -", "Tom Word -"],
    );
}
