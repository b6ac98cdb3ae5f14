//! How an exchange went, said between its noun and the party.

use super::*;

#[test]
fn how_an_exchange_went_said_between_its_noun_and_the_party() {
    for sentence in [
        "Le président X a fait état d'échanges approfondis avec son homologue Y.",
        "Le ministre X a eu un échange fructueux avec l'ambassadeur Y.",
        "X a salué des échanges francs avec Y sur la sécurité.",
    ] {
        check(sentence, Some(Talks));
    }
    // Trade between two countries is no exchange between people.
    check("X a évoqué les échanges commerciaux avec le Ghana.", None);
}
