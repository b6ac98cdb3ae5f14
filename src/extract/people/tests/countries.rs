//! The country of each name: from offices, regions, organisations.

use super::*;

#[test]
fn countries_of_offices_regions_and_organisations() {
    // An organisation's official speaks for no country, though the gazetteer knows one and
    // a later mention names them untitled; where the office is held is not whose it is.
    check(
        "Le président du Conseil européen, Charles Michel, a appelé le président tchadien Ali Khan. Charles Michel a salué ses efforts.",
        &["Charles Michel -", "Ali Khan TD"],
    );
    check(
        "Le président tchadien Ali Khan a reçu l'envoyé spécial de l'Union européenne au Tchad, Tom Ward.",
        &["Ali Khan TD", "Tom Ward -"],
    );
    // The grade a title gives its role, capitalised, opens no body's name.
    check(
        "La Haute Représentante de l'UE pour les Affaires étrangères, Federica Mogherini, a reçu le ministre tchadien Ali Khan.",
        &["Federica Mogherini -", "Ali Khan TD"],
    );
    // Nor do the adjectives of an office its title capitalises: the title goes on to its
    // country, or to the organisation that makes its holder speak for none.
    check(
        "Le ministre Ali Khan a reçu le Représentant Permanent du Ghana, M. Tom Ward, puis la Directrice Générale Adjointe du ministère kényan, Mme Sara Lund.",
        &["Ali Khan -", "Tom Ward GH", "Sara Lund KE"],
    );
    check(
        "Le président tchadien Ali Khan a reçu la Secrétaire Exécutive de l'Union européenne, Federica Mogherini.",
        &["Ali Khan TD", "Federica Mogherini -"],
    );
    // "en charge de" goes on with the title as "chargée de" does: its demonym is the holder's.
    check(
        "Le ministre Ali Khan a reçu la sous-secrétaire d'État ghanéenne en charge des questions africaines, Mme Sara Lund.",
        &["Ali Khan -", "Sara Lund GH"],
    );
    // A minister's portfolio may name an organisation: the office is a government's still, of
    // the country or region its title goes on to name.
    check(
        "Le ministre Ali Khan a reçu la ministre de la Culture et de la Francophonie du Québec, Mme Sara Lund, et le vice-ministre de l'Intégration régionale et des Affaires de la CEDEAO du Ghana, Tom Ward.",
        &["Ali Khan -", "Sara Lund CA", "Tom Ward GH"],
    );
    // A name's country may follow it after "de", as English writes it after "of".
    check(
        "Le ministre Tom Ward a reçu le diplomate Ali Khan de la Côte d'Ivoire et les diplomates Sam Otieno du Kenya.",
        &["Tom Ward -", "Ali Khan CI", "Sam Otieno KE"],
    );
    // A title's list of portfolios runs over its commas to the "and" that closes it, and on to
    // the country of the office that holds them.
    assert_eq!(
        named_in(
            "Minister Ali Khan spoke with Lord Tom Ward, Minister for Central Asia, South America, the United Nations and the Commonwealth at the British Foreign Office, on Monday.",
            Language::En
        ),
        ["Ali Khan -", "Tom Ward GB"]
    );
    // A title after a name with none before is that name's, not the next name's: so over a
    // bureau a capitalised "and" joins.
    assert_eq!(
        named_in(
            "Tom Ward, Director General of the Europe and Central Asia Bureau of the Japanese Ministry of Foreign Affairs, Ali Khan, Secretary of State of the Mongolian Ministry of Foreign Affairs, and Sam Otieno, Deputy Assistant Secretary of State, met in Tokyo.",
            Language::En
        ),
        ["Tom Ward JP", "Ali Khan MN", "Sam Otieno -"]
    );
    // A title in capitals after a comma that closes on a name opens that name; one in lower
    // case that closes on a name is the name before's, the name after being whom it serves.
    assert_eq!(
        named_in(
            "During his meeting with President Ali Khan, Ambassador of Ghana to Kenya Tom Ward Otieno, who resides in Nairobi, thanked the president.",
            Language::En
        ),
        ["Ali Khan -", "Tom Ward Otieno GH"]
    );
    assert_eq!(
        named_in(
            "The minister called Sam Otieno, senior adviser to Kenyan President Tom Ward, on Friday.",
            Language::En
        ),
        ["Sam Otieno KE", "Tom Ward KE"]
    );
    // A capitalised title followed by a verb is its clause's subject, not the next name's title.
    assert_eq!(
        named_in(
            "The Kenyan Foreign Minister congratulated Mr. Tom Ward on his appointment.",
            Language::En
        ),
        ["Tom Ward -"]
    );
    // A title after the name may open with a possessive.
    check(
        "Le président tchadien Ali Khan a reçu Tom Ward, son homologue malien.",
        &["Ali Khan TD", "Tom Ward ML"],
    );
    // So may any word for a counterpart, and an organisation's title gives no country.
    check(
        "Le président tchadien Ali Khan a reçu Tom Ward, son alter ego malien.",
        &["Ali Khan TD", "Tom Ward ML"],
    );
    check(
        "Le président Tom Ward a rencontré Ada Sow, son vis-à-vis de l'Union africaine.",
        &["Tom Ward -", "Ada Sow -"],
    );
    // The office a person is congratulated on taking is their title, and its country theirs; a
    // clause that names no office gives none.
    check(
        "Le président a félicité Ali Khan pour sa nomination au poste de ministre des Affaires étrangères du Mali.",
        &["Ali Khan ML"],
    );
    // So is the office a person acts in, after a comma ("en sa qualité de").
    check(
        "Le chef de l'État a reçu les lettres de créance de SEM Ali Khan, en sa qualité d'ambassadeur extraordinaire et plénipotentiaire de la République du Ghana auprès du Bénin.",
        &["Ali Khan GH"],
    );
    // An organisation's office held in turn leaves a head of state their country.
    check(
        "Le président Félix Tshisekedi, en sa qualité de président de l'Union africaine, a appelé le président Tom Ward.",
        &["Félix Tshisekedi CD", "Tom Ward -"],
    );
    assert_eq!(
        named_in(
            "The President congratulated Tom Ward on his election as Ghana's Prime Minister and Ali Khan upon his visit to Accra as part of a tour.",
            Language::En
        ),
        ["Tom Ward GH"]
    );
    // An office only one country has; a region's government.
    check(
        "La conseillère fédérale Aline Berthe a reçu le Premier ministre du Québec, Marc Roux.",
        &["Aline Berthe CH", "Marc Roux CA"],
    );
    // A region's government named by the region's adjective, in either language.
    check(
        "Le président Ali Khan a reçu mardi le Premier ministre québécois Marc Roux et la ministre-présidente flamande Ana Silva.",
        &["Ali Khan -", "Marc Roux CA", "Ana Silva BE"],
    );
    assert_eq!(
        named_in(
            "President Ali Khan met Scottish First Minister Tom Ward and Bavarian Premier Sam Otieno in Accra.",
            Language::En
        ),
        ["Ali Khan -", "Tom Ward GB", "Sam Otieno DE"]
    );
    // A country's initials, with their full stops, open a title as its name does.
    assert_eq!(
        named_in(
            "President Ali Khan of Kenya received U.S. Deputy Trade Representative Tom Ward and the U.S. Ambassador to Kenya, Sam Otieno.",
            Language::En
        ),
        ["Ali Khan KE", "Tom Ward US", "Sam Otieno US"]
    );
    assert_eq!(
        named_in(
            "President Ali Khan of Kenya today received the U.K. High Commissioner to Kenya Tom Ward at State House.",
            Language::En
        ),
        ["Ali Khan KE", "Tom Ward GB"]
    );
    // The country after the name by its state's formal name.
    assert_eq!(
        named_in(
            "President Ali Khan of the Islamic Republic of Pakistan met President Tom Ward of the People's Republic of China.",
            Language::En
        ),
        ["Ali Khan PK", "Tom Ward CN"]
    );
    // A part of a country named as a country is, its office that country's, though its name
    // holds another's.
    assert_eq!(
        named_in(
            "Foreign Minister Ali Khan of Kenya met Northern Ireland Secretary Tom Ward in Belfast.",
            Language::En
        ),
        ["Ali Khan KE", "Tom Ward GB"]
    );
    // A headline in capitals shouts its verbs too, which end a title as they do in small
    // letters: the title before them is no title of the name after the colon.
    check(
        "LE PRÉSIDENT TOM WARD A REÇU UN APPEL : Macron à Alger en août",
        &["Emmanuel Macron FR"],
    );
    // A title after the name may open with a country's name of two words and a rank of two.
    assert_eq!(
        named_in(
            "Ali Khan, United States Deputy Assistant Secretary of State, took part in the talks.",
            Language::En
        ),
        ["Ali Khan US"]
    );
    // A title goes on over the city where its office is held.
    check(
        "Le consul général du Ghana à Lyon, M. Ali Khan, a rencontré le maire, M. Tom Ward.",
        &["Ali Khan GH", "Tom Ward -"],
    );
    // French writes "leader" for a party's or the opposition's head.
    check(
        "L'ambassadeur du Ghana Ali Khan a rencontré le leader de l'opposition Jean-Marc Roux.",
        &["Ali Khan GH", "Jean-Marc Roux -"],
    );
    // A pair of countries in a title names the holder's own first.
    check(
        "Le président Ali Khan a reçu le président du groupe d'amitié parlementaire Suède-Tchad, Tom Ward.",
        &["Ali Khan -", "Tom Ward SE"],
    );
    check(
        "Le coprésident de la commission mixte Ghana-Mali, M. Tom Ward, a été reçu à Bamako.",
        &["Tom Ward GH"],
    );
    // So does a combining form joined to a demonym.
    check(
        "Le président Ali Khan a reçu M. Tom Ward, président du groupe d'amitié franco-tchadienne.",
        &["Ali Khan -", "Tom Ward FR"],
    );
    assert_eq!(
        named_in(
            "President Tom Ward received Ali Khan, chairman of the Sino-Kenyan friendship group.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan CN"]
    );
    // Of two people sharing a name, the one whose office the title names.
    check(
        "Le prince Albert II a reçu le président tchadien Ali Khan.",
        &["Albert II MC", "Ali Khan TD"],
    );
    check(
        "Le roi Albert II a reçu le président tchadien Ali Khan.",
        &["Albert II BE", "Ali Khan TD"],
    );
    // An organisation's office after its possessive: the one who held it.
    assert_eq!(
        named_in(
            "Minister Tom Ward met with NATO's Secretary General Rasmussen in Brussels.",
            Language::En
        ),
        ["Tom Ward -", "Rasmussen -"]
    );
}

#[test]
fn english_titles_give_their_holders_country() {
    let named = |input: &str| named_in(input, Language::En);
    // The Crown's representative in a realm holds an office, as a governor does.
    assert_eq!(
        named(
            "The King sent a cable to Governor-General of Barbados Tom Ward on the national day."
        ),
        ["Tom Ward BB"]
    );
    // "and" between two portfolios goes on with the title before the role.
    assert_eq!(
        named(
            "Kenyan Foreign Affairs and International Trade Minister Tom Ward arrived on Monday."
        ),
        ["Tom Ward KE"]
    );
    // A family name written first in capitals, as East Asian issuers write it, is a known
    // person's whose name the gazetteer writes in the other order.
    assert_eq!(
        named("On May 3, Mr. KISHIDA Fumio, Prime Minister, sent a message to Mr. Tom Ward."),
        ["Kishida Fumio JP", "Tom Ward -"]
    );
}

#[test]
fn an_organisations_official_takes_no_country_of_the_dateline() {
    // The dateline's country is the default of a title that names none, not of an office of an
    // organisation, whoever is received there, in either language.
    let homed = |input: &str, language: Language| {
        let lex = lexicon();
        let text = Text::in_language(input, language);
        let cast = find(&text, &lex, CountryCode::parse("GH"));
        (cast.people.iter())
            .map(|p| crate::extract::testing::name_and_country(&p.name, p.country))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        homed(
            "ACCRA – Minister Ali Khan received the NATO Secretary General Tom Ward on Monday.",
            Language::En
        ),
        ["Ali Khan GH", "Tom Ward -"]
    );
    assert_eq!(
        homed(
            "In a message from the Director-General of the WHO, Dr. Sara Lund, to Minister Ali Khan.",
            Language::En
        ),
        ["Sara Lund -", "Ali Khan GH"]
    );
    assert_eq!(
        homed(
            "Le ministre Ali Khan a reçu le directeur général de l'OMS, M. Tom Ward, à Accra.",
            Language::Fr
        ),
        ["Ali Khan GH", "Tom Ward -"]
    );
    // A minister whose portfolio names an organisation serves the state.
    assert_eq!(
        homed(
            "La ministre de la Coopération et de la Francophonie, Sara Lund, a reçu M. Tom Ward.",
            Language::Fr
        ),
        ["Sara Lund GH", "Tom Ward GH"]
    );
    assert_eq!(
        homed(
            "ACCRA – The Minister for ECOWAS Affairs, Sara Lund, received Mr. Tom Ward.",
            Language::En
        ),
        ["Sara Lund GH", "Tom Ward GH"]
    );
}
