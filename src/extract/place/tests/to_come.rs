//! Places of exchanges and gatherings a verb in the future tells to come.

use super::*;

/// A place a verb in the future sets before its preposition, or after the noun of an exchange
/// told again, is that of an event to come, not of the exchange.
#[test]
fn a_place_a_verb_in_the_future_sets_is_of_an_event_to_come() {
    for (language, input, expected) in [
        (
            Language::Fr,
            "Le ministre Tom Ward a reçu lundi une invitation du président Ali Khan à prendre part au sommet de l'Union qui se tiendra à Nairobi.",
            None,
        ),
        (
            Language::Fr,
            "Le ministre Tom Ward a reçu mardi l'envoyé Ali Khan, venu l'inviter à la conférence qui aura lieu à Lomé.",
            None,
        ),
        (
            Language::En,
            "Minister Tom Ward received on Monday Ambassador Ali Khan, who handed him an invitation to the forum which will be held in Nairobi.",
            None,
        ),
        // What was done stays placed.
        (
            Language::Fr,
            "Le ministre Tom Ward a reçu lundi l'envoyé Ali Khan qui était arrivé à Nairobi.",
            Some("Nairobi"),
        ),
    ] {
        check_in(language, input, EventKind::Meeting, &[], expected);
    }
    // An exchange told again whose verb of holding, after its noun, is in the future.
    for (language, input) in [
        (
            Language::Fr,
            "Le ministre Tom Ward s'est entretenu jeudi avec son homologue Ali Khan. Dans ce cadre, une séance de travail aura lieu prochainement, à Genève, entre Tom Ward et le secrétaire général Sam Cole.",
        ),
        (
            Language::En,
            "Minister Tom Ward held talks with his counterpart Ali Khan on Thursday. A working session will be held soon, in Geneva, between Tom Ward and Secretary General Sam Cole.",
        ),
    ] {
        let place = crate::extract::testing::read(input, None, language).place.value;
        assert_eq!(place, None, "{input}");
    }
}
