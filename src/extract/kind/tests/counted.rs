//! Nouns that name an exchange only where a word counts them.

use super::*;

#[test]
fn a_dialogue_names_talks_only_where_a_word_counts_it() {
    use crate::model::Language::{En, Fr};
    let counted = [
        "Minister X held a dialogue with Minister Y in Accra.",
        "X and Y conducted the second Ministerial-Level Strategic Dialogue.",
        "The 5th dialog between the ministries took place in Lima.",
        "X and Y held the fourth Ghana-Kenya Annual Leaders' Dialogue in Accra.",
    ];
    for sentence in counted {
        check_in(sentence, En, Some(Talks));
    }
    check(
        "Le ministre X a coprésidé un dialogue stratégique avec Y.",
        Some(Talks),
    );
    check(
        "Le 12e dialogue politique s'est tenu mardi à Rabat.",
        Some(Talks),
    );
    // Uncounted, the noun names how the two countries deal with each other.
    for sentence in [
        "X said the two nations would pursue constructive dialogue on trade.",
        "X said he remained in close dialogue with Y.",
    ] {
        check_in(sentence, En, None);
    }
    for sentence in [
        "Les deux ministres ont salué la qualité du dialogue politique.",
        "X a plaidé pour le dialogue entre les deux pays.",
    ] {
        check_in(sentence, Fr, None);
    }
}
