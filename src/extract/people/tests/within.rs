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
        // Military ranks, written in full or shortened, and the services they are of, are no
        // part of a name; nor is a remit's adjective after the role.
        (
            "President Tom Ward met the officers. The meeting was attended by Lt Gen Sam Otieno, Commander of the Kenya Air Force, and Air Vice Marshal Ben Mensah, Chief of the Defence Staff.",
            &["Tom Ward -", "Sam Otieno KE", "Ben Mensah -"],
        ),
        (
            "Sayyid Tom Ward, Minister Responsible for Foreign Affairs of Oman, met Ghana's President Ali Khan.",
            &["Tom Ward OM", "Ali Khan GH"],
        ),
        // An honorific that names carry, between two words of a name, is one of them.
        (
            "Ghanaian President Ali Sheikh Khan received the envoys in Accra.",
            &["Ali Sheikh Khan GH"],
        ),
        (
            "Kenyan Minister Tom Haji Ward met the Ruler of Ajman Sheikh Ali Khan.",
            &["Tom Haji Ward KE", "Ali Khan -"],
        ),
        (
            "Malaysian Prime Minister Dato’ Seri Ali Tun Abdul Khan received President Tom Ward.",
            &["Ali Tun Abdul Khan MY", "Tom Ward -"],
        ),
        // A glottal stop written as an apostrophe, as often as the name has one, is one of its
        // letters.
        (
            "Tongan Prime Minister Sione Ma'a'olo met President Tom Ward in Apia.",
            &["Sione Ma'a'olo TO", "Tom Ward -"],
        ),
        (
            "President Tom Ward received the Samoan envoy, Ms Ana Fe’ao’ula, at State House.",
            &["Tom Ward -", "Ana Fe’ao’ula WS"],
        ),
        // So is the opening quotation mark it is often written with, and the ʻokina, a letter
        // with no case, that may open the name.
        (
            "Tongan Prime Minister Sione Ma‘a‘olo met President Tom Ward in Apia.",
            &["Sione Ma‘a‘olo TO", "Tom Ward -"],
        ),
        (
            "President Tom Ward met Tongan Prime Minister ʻAna Kaʻili in Apia.",
            &["Tom Ward -", "ʻAna Kaʻili TO"],
        ),
        // A double surname whose hyphen a blank parts from one half is one name.
        (
            "Her Excellency Ana Ruiz- Silva, High Commissioner of Ghana, called on the minister.",
            &["Ana Ruiz- Silva GH"],
        ),
        (
            "Ambassador Ana Ruiz -Silva of Ghana called on the minister.",
            &["Ana Ruiz -Silva GH"],
        ),
        // A place's word after a particle written with a capital ends the surname it opens.
        (
            "The Governor-General sent a message to Dame Ana La Grenade, Governor-General of Ghana.",
            &["Ana La Grenade GH"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(named_in(input, Language::En), *expected, "{input}");
    }
}

#[test]
fn no_name_after_an_article() {
    // A person's name takes no article: capitalised words right after one, or after its
    // contraction with a preposition, name a place, a body or a country, though a title runs on
    // to them; a title or an honorific opening them does not.
    let cases: &[(&str, &[&str])] = &[
        (
            "Porteur d'un message, Tom Ward s'est entretenu avec Ana Ruiz, ministre des Affaires étrangères au Beach Kinkole.",
            &["Tom Ward -", "Ana Ruiz -"],
        ),
        (
            "Le ministre Tom Ward a reçu tour à tour les ambassadeurs du Ghana, de la Petite Arcadie et du Kenya.",
            &["Tom Ward -"],
        ),
        (
            "Le président Tom Ward a présenté ses vœux au Haut Conseil Pastoral.",
            &["Tom Ward -"],
        ),
        (
            "Le président Tom Ward a rencontré le monarque, le Cheikh Ali Ben Saad Al-Khan.",
            &["Tom Ward -", "Cheikh Ali Ben Saad Al-Khan -"],
        ),
        (
            "Tom Ward a reçu le général Ali Khan et la Première ministre Ana Ruiz.",
            &["Tom Ward -", "Ali Khan -", "Ana Ruiz -"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(named(input), *expected, "{input}");
    }
}

#[test]
fn whom_a_verb_that_receives_takes() {
    // Its object, past the day and the city it is told at, set off by a comma; a long name too.
    let cases: &[(&str, &[&str])] = &[
        (
            "Le président Tom Ward a reçu ce jeudi 4 mai à Accra, Ali Ben Saad Abou Khan, qui lui a remis un message.",
            &["Tom Ward -", "Ali Ben Saad Abou Khan -"],
        ),
        (
            "Le président Tom Ward a reçu mardi à Nairobi, Ali Khan, envoyé de son homologue.",
            &["Tom Ward -", "Ali Khan -"],
        ),
        // Not a list of guests after their title.
        (
            "Le président Tom Ward a reçu les ambassadeurs du Ghana, Ali Khan, et de la Chine.",
            &["Tom Ward -", "Ali Khan GH"],
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(named(input), *expected, "{input}");
    }
}
