//! Places a text names only as a country's capital.

use super::*;

#[test]
fn a_capital_told_by_its_country_is_that_country_s_capital() {
    use EventKind::Meeting;
    for (language, input, expected) in [
        // The demonym after the noun, in French, as French writes the city.
        (
            Language::Fr,
            "Le ministre Tom Ward a été reçu mardi dans la capitale chinoise par son homologue Ali Khan.",
            Some("Pékin"),
        ),
        (
            Language::Fr,
            "Arrivé lundi à la capitale sénégalaise, le président Tom Ward s'est entretenu avec le président Ali Khan.",
            Some("Dakar"),
        ),
        // The country's name after the noun's genitive.
        (
            Language::Fr,
            "Le président Tom Ward a reçu son homologue Ali Khan dans la capitale du Gabon.",
            Some("Libreville"),
        ),
        // The demonym before the noun, in English, as English writes the city.
        (
            Language::En,
            "Minister Tom Ward held talks with President Ali Khan in the Kenyan capital on Friday.",
            Some("Nairobi"),
        ),
        (
            Language::En,
            "President Tom Ward met Minister Ali Khan in the Emirati capital.",
            Some("Abu Dhabi"),
        ),
        (
            Language::En,
            "President Tom Ward received Minister Ali Khan in the capital of Cuba.",
            Some("Havana"),
        ),
        // A stay in the capital.
        (
            Language::Fr,
            "Le ministre Tom Ward a rencontré le président Ali Khan. Il s'est dit satisfait de son séjour dans la capitale cubaine.",
            Some("La Havane"),
        ),
        // The city the text names after the noun is its own.
        (
            Language::En,
            "President Tom Ward received Minister Ali Khan in the Chinese capital Peking on Monday.",
            Some("Peking"),
        ),
        // A demonym two countries share tells neither capital.
        (
            Language::Fr,
            "Le ministre Tom Ward a rencontré le président Ali Khan dans la capitale congolaise.",
            None,
        ),
        // "dans" places nothing else.
        (
            Language::Fr,
            "Le ministre Tom Ward a rencontré le président Ali Khan dans la salle Sénégal.",
            None,
        ),
    ] {
        check_in(language, input, Meeting, &[], expected);
    }
}
