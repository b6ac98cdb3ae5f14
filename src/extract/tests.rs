//! The extractor as a whole: country names as common words, odd inputs, organisations, a bare
//! title's country, statements dated by their lines, determinism.

use super::*;

#[test]
fn country_names_written_as_common_words_are_not_mentions() {
    let lex = testing::lexicon();
    let countries = |body: &str| {
        extract(body, &lex, &Context::default())
            .mentioned_countries
            .value
    };
    let code = |s| CountryCode::parse(s).unwrap();
    assert_eq!(
        countries("Ahmed Attaf a eu des entretiens en marge de la réunion ministérielle."),
        []
    );
    assert_eq!(
        countries("Le président a visité La Réunion, puis le Kazakhstan."),
        [code("KZ"), code("RE")]
    );
    assert_eq!(
        countries("Une délégation kazakhe était présente."),
        [code("KZ")],
        "demonyms are lower case"
    );
}

#[test]
fn odd_inputs_never_panic() {
    let lex = testing::lexicon();
    let long = "Le président Xi Jinping a reçu à Paris ".repeat(2000);
    let garbage: String = (0u32..3000)
        .filter_map(|i| char::from_u32(i * 37 % 0x2FFF))
        .collect();
    let inputs = [
        "",
        " \n\t ",
        "+++\ntitle = \"x\"\n+++\n",
        "’«»",
        "M.",
        "MM. et",
        "le 31",
        "Le 1er",
        "à",
        "à À",
        "AlbertII",
        "(((",
        "Xi Jinping",
        "Bakou, 22 juillet,",
        &long,
        &garbage,
        "\u{feff}\u{0}\u{200b}é́",
    ];
    for input in inputs {
        let out = extract(input, &lex, &Context::default());
        for m in &out.mentions {
            assert!(input.get(m.span.clone()).is_some(), "{input:?}: {m:?}");
        }
        for r in &out.remarks {
            assert!(input.is_char_boundary(r.offset), "{input:?}: {r:?}");
        }
    }
}

#[test]
fn organisations_by_name_alias_and_acronym_as_written() {
    let lex = testing::lexicon();
    let found = |body: &str| -> Vec<String> {
        extract(body, &lex, &Context::default())
            .mentions
            .into_iter()
            .filter_map(|m| match m.entity {
                Entity::Organisation(key) => Some(format!("{} {key}", &body[m.span])),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        found("l’Organisation de coopération de Shanghai (OCS) et les Nations Unies"),
        [
            "Organisation de coopération de Shanghai ocs",
            "OCS ocs",
            "Nations Unies onu"
        ]
    );
    // An acronym only as written: "ocs" and "Ue" are no organisation.
    assert!(found("les ocs, Ue, docs").is_empty());
    assert_eq!(
        found("le Conseil de sécurité de l’Onu"),
        ["Conseil de sécurité de l’Onu conseil-de-securite"]
    );
}

#[test]
fn a_bare_title_takes_the_country_of_the_agency_that_signs_the_text_or_of_its_stamp_line() {
    let lex = testing::lexicon();
    let who = |body: &str| -> Vec<String> {
        let out = extract(body, &lex, &Context::default());
        (out.participants.value.iter())
            .map(|p| testing::name_and_country(&p.name, p.country))
            .collect()
    };
    assert_eq!(
        who("Actualités, 3 avril (MAP) - Le chef du gouvernement, M. Aziz Dupont, a reçu l'ambassadeur du Japon, Taro Yamada."),
        ["Aziz Dupont MA", "Taro Yamada JP"]
    );
    assert_eq!(
        who("Le chef du gouvernement, M. Aziz Dupont, a reçu l'ambassadeur du Japon, Taro Yamada, a rapporté la MAP."),
        ["Aziz Dupont -", "Taro Yamada JP"],
        "an agency merely named does not say whose the title is"
    );
    // A ministry's page sets the city it was issued in and the day on a line of their own under
    // the headline: its principal, written by a bare title, is of that city's country.
    assert_eq!(
        who("Foreign Minister Receives Japanese Counterpart\nAccra, 04 March 2022\nThe Minister of Foreign Affairs Aziz Dupont received today the Foreign Minister of Japan, Taro Yamada."),
        ["Aziz Dupont GH", "Taro Yamada JP"]
    );
    assert_eq!(
        who("Foreign Minister Receives Counterpart\nThe talks in Accra, 04 March 2022, went well.\nThe Minister of Foreign Affairs Aziz Dupont received today the Foreign Minister of Japan, Taro Yamada."),
        ["Aziz Dupont -", "Taro Yamada JP"],
        "a city the line goes on past is no stamp"
    );
    assert_eq!(
        who("News\nAccra, 04 March 2022 – The Minister of Foreign Affairs Aziz Dupont received today the Foreign Minister of Japan, Taro Yamada."),
        ["Aziz Dupont GH", "Taro Yamada JP"],
        "a dash after the date opens the report"
    );
}

#[test]
fn an_envoy_with_no_country_is_of_the_country_of_who_sent_them() {
    let lex = testing::lexicon();
    let out = extract(
        "Le président Tom Ward a reçu lundi Ali Khan, envoyé spécial de Muhammadu Buhari.",
        &lex,
        &Context::default(),
    );
    let who: Vec<String> = (out.participants.value.iter())
        .map(|p| testing::name_and_country(&p.name, p.country))
        .collect();
    assert_eq!(who, ["Tom Ward -", "Ali Khan NG"]);
}

/// "the US Special Envoy for Sudan": the country an envoy's mandate covers is not theirs.
#[test]
fn an_envoy_is_not_of_the_country_their_mandate_covers() {
    let lex = testing::lexicon();
    let out = extract(
        "Ghanaian President Tom Ward met the US Special Envoy for Sudan, Mr. Ali Khan, at State House.",
        &lex,
        &Context::default(),
    );
    let who: Vec<String> = (out.participants.value.iter())
        .map(|p| testing::name_and_country(&p.name, p.country))
        .collect();
    assert_eq!(who, ["Tom Ward GH", "Ali Khan US"]);
}

/// "there will be a meeting between both countries to be held in Arusha": a meeting to come,
/// though a party tells it, places nothing.
#[test]
fn a_meeting_a_party_tells_to_come_places_nothing() {
    let body = "President Tom Ward of Ghana left Kenya after bilateral meetings with Prime Minister Ali Khan.\nKhan stated that Ghana and Kenya agreed that there will be a Joint Security Meeting between both countries to be held in Arusha on Monday.";
    let out = testing::read(body, None, Language::En);
    assert_eq!(out.place.value.as_deref(), None, "{body}");
}

/// "la secrétaire d'État chargée de la Francophonie": an organisation a title puts its holder in
/// charge of does not make them its official, so the other country named is theirs.
#[test]
fn an_organisation_a_title_is_in_charge_of_leaves_its_holder_a_country() {
    let lex = testing::lexicon();
    for body in [
        "Le président béninois Tom Ward a reçu la secrétaire d'État chargée de la Francophonie, Mme Sophie Roux. Ils ont évoqué la coopération entre la France et le Bénin.",
        "Ghanaian President Tom Ward received Sophie Roux, Minister responsible for La Francophonie. They discussed cooperation between Ghana and Canada.",
    ] {
        let out = extract(body, &lex, &Context::default());
        let countries: Vec<String> = (out.participants.value.iter())
            .map(|p| p.country.map_or("-".into(), |c| c.to_string()))
            .collect();
        assert!(!countries.contains(&"-".to_string()), "{body}: {countries:?}");
    }
}

#[test]
fn an_overseas_department_s_official_is_of_the_state_it_is_part_of() {
    let lex = testing::lexicon();
    let out = extract(
        "Le président du Conseil régional de la Martinique, Paul Durand, a reçu mardi l'ambassadeur du Japon, Taro Yamada.",
        &lex,
        &Context::default(),
    );
    let who: Vec<String> = (out.participants.value.iter())
        .map(|p| testing::name_and_country(&p.name, p.country))
        .collect();
    assert_eq!(who, ["Paul Durand FR", "Taro Yamada JP"]);
    let codes: Vec<String> = out.countries.value.iter().map(|c| c.to_string()).collect();
    assert_eq!(codes, ["FR", "JP"]);
}

#[test]
fn a_headline_closed_by_place_and_date_in_brackets_places_the_meeting() {
    let body = "Entretien de Tom Ward avec son homologue malien, Ali Khan (Lomé, 4 mai 2021)\n\nTom Ward a reçu le 4 mai son homologue malien, Ali Khan.";
    let out = testing::read(body, None, Language::Fr);
    assert_eq!(out.place.value.as_deref(), Some("Lomé"), "{body}");
}

#[test]
fn a_statement_is_dated_and_placed_by_the_line_it_is_signed_on() {
    let cases = [
        (
            "Communiqué conjoint de la visite du président Ali Khan au Togo\n\nLomé, le 4 mai 2021\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite au Togo.",
            Some("2021-05-04"),
            Some("Lomé"),
        ),
        (
            "Communiqué conjoint de la visite du président Ali Khan au Togo\n\n4 mai 2021\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite au Togo.",
            Some("2021-05-04"),
            None,
        ),
        // A visit's span on the line, in capitals, past the page's stamp under the title.
        (
            "Visite du président Ali Khan au Togo : communiqué conjoint\n\nPublié le mercredi 6 mai 2021 à 11h41\n\nLOMÉ, DU 3 AU 5 MAI 2021\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite au Togo les 3, 4 et 5 mai 2021.",
            Some("2021-05-03"),
            Some("Lomé"),
        ),
        // Signed at home, over a lead that tells the visit abroad: the release's city.
        (
            "Communiqué conjoint\n\nAccra, le 4 mai 2021\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite d'État au Togo.\n\nLes deux chefs d'État ont salué la croissance des échanges.",
            Some("2021-05-04"),
            None,
        ),
    ];
    for (body, date, place) in cases {
        let out = testing::read(body, None, Language::Fr);
        let found = out.date.value.map(|d| d.to_string());
        assert_eq!(found.as_deref(), date, "{body}");
        assert_eq!(out.place.value.as_deref(), place, "{body}");
    }
}

#[test]
fn a_statement_signed_at_home_over_a_visit_abroad_is_not_placed_by_its_line() {
    // The report below the lead, far from it, and the country after its article.
    let body = "JOINT STATEMENT OF GHANA AND KENYA\nNairobi: May 4, 2016\nAt the invitation of President Tom Ward, President Ali Khan paid a state visit to the Republic of Ghana on 3-4 May 2016.\nBoth sides welcomed the growth of trade.\nBoth sides stressed the need for peace.\n1. The two Presidents held talks in a warm atmosphere.";
    let out = testing::read(body, None, Language::En);
    assert_eq!(out.place.value.as_deref(), None, "{body}");
}

#[test]
fn whole_texts_dated_as_their_issuers_date_them() {
    let cases = [
        // A wire's stamp in brackets may follow the city's name with no comma, on a line under
        // the headline.
        (
            Language::En,
            "Omani and Indian ministers hold talks\n\nMUSCAT (Outlet News / ONA - 3rd Feb, 2022) Omani Foreign Minister Tom Ward and Indian Foreign Minister Ali Khan have started their talks in Muscat.",
            None,
            "2022-02-03",
        ),
        // A day after a press briefing's name is the briefing's.
        (
            Language::Fr,
            "Le président s'est entretenu au téléphone avec le président Ali Khan. Le porte-parole a expliqué lors d'un point de presse, mercredi, que les deux dirigeants avaient eu un entretien téléphonique mardi.",
            Some("2024-05-23"),
            "2024-05-21",
        ),
        // A site's name and trail of links repeat a statement's title above a stamp: the line
        // under the statement's own heading dates it, not the page's stamp.
        (
            Language::En,
            "Ghana-Togo Joint Statement\nHome> Visits> Ghana-Togo Joint Statement\nUPDATED: May 20, 2021 NO. 21\nGhana-Togo Joint Statement\nMay 4, 2021, Accra\n\n1. Relations\n\nThe two sides agreed that regular exchanges between their leaders are essential. President Tom Ward invited President Ali Khan to visit Togo next year.",
            None,
            "2021-05-04",
        ),
        // A day written before the verb of report that tells the exchange, which the sentence
        // dates again past that verb, is the report's.
        (
            Language::En,
            "In a statement on Thursday (May 6), the ministry said Foreign Minister Tom Ward and Foreign Minister Ali Khan spoke in a telephone call on Wednesday (May 5).",
            Some("2021-05-06"),
            "2021-05-05",
        ),
        (
            Language::En,
            "On Friday, March 3, the ministry announced that Foreign Minister Tom Ward held talks with Foreign Minister Ali Khan in Accra on Thursday, March 2.",
            Some("2023-03-04"),
            "2023-03-02",
        ),
        // "This evening" on a page of the next day gives way to the day a sentence that tells
        // the same meeting again writes out.
        (
            Language::En,
            "Foreign Office\nMinister meets counterpart in Accra\nForeign Minister Tom Ward met Foreign Minister Ali Khan this evening at the Foreign Office, Accra.\nForeign Minister Tom Ward and Foreign Minister Ali Khan met this evening [Tuesday 4 May] at the Foreign Office, Accra.\nThey discussed trade and security.",
            Some("2021-05-05"),
            "2021-05-04",
        ),
        // A paper's stamp, with its time, over a headline that repeats the statement's title is
        // the day the paper put it up: the statement's "yesterday" counts back from it.
        (
            Language::En,
            "NEWS\n\nGhana, Togo Issue Joint Statement\n\n5 May 2021 09:12\nGhana, Togo Issue Joint Statement\n\nForeign Minister Tom Ward and Foreign Minister Ali Khan met yesterday in Accra and renewed their commitment to deepen trade.",
            Some("2021-05-05"),
            "2021-05-04",
        ),
        // A lead before the report that tells a party's arrival or journey with its day dates
        // the exchange held there, as one that tells the visit does.
        (
            Language::Fr,
            "Le président Tom Ward a foulé le sol ghanéen le mercredi 15 mai 2019. Son arrivée intervient une semaine après celle du Premier ministre. L'entretien entre Tom Ward et le président Ali Khan, tenu au palais, a porté sur la coopération.",
            None,
            "2019-05-15",
        ),
        (
            Language::Fr,
            "Le ministre Tom Ward s'est rendu à Accra les 9 et 10 mai 2023. Il y a visité le port. Pendant son séjour, il a eu un entretien avec le président Ali Khan.",
            None,
            "2023-05-09",
        ),
        (
            Language::En,
            "President Tom Ward travelled to Accra on 3 May 2021 at the invitation of his counterpart. The two countries have long shared close ties. President Tom Ward held talks with President Ali Khan at the Jubilee House.",
            None,
            "2021-05-03",
        ),
    ];
    for (language, body, published, date) in cases {
        let found = testing::read(body, published, language).date.value;
        assert_eq!(
            found.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{body}"
        );
    }
}

#[test]
fn a_caption_s_aside_in_brackets_leaves_the_dateline_below_it_read() {
    // "(R)" after a name in the caption dates nothing: the wire's dateline under it still places
    // the meeting, its city's name in capitals.
    let body = "Omani President Tom Ward (R) meets with visiting Indian Foreign Minister Ali Khan in Muscat, capital of Oman, Feb. 3, 2022. (ONA/Photographer)\n\n\n\nMUSCAT, Feb. 3 (ONA) -- Omani President Tom Ward met with visiting Indian Foreign Minister Ali Khan Thursday, discussing trade.";
    let out = testing::read(body, None, Language::En);
    assert_eq!(out.place.value.as_deref(), Some("Muscat"), "{body}");
}

#[test]
fn extraction_is_deterministic() {
    let lex = testing::lexicon();
    let body =
        "Le 19 novembre 2025, le président kirghize Sadyr Japarov a rencontré Wang Yi à Bichkek.";
    assert_eq!(
        extract(body, &lex, &Context::default()),
        extract(body, &lex, &Context::default())
    );
}

#[test]
fn a_trilateral_statement_s_parties_are_the_three_its_first_sentence_names() {
    let lex = testing::lexicon();
    // A headline cut short by an abbreviation leaves a fragment that tells the talks by titles;
    // the statement's title is the heading under it.
    let body = "Final Communique Issued At The End Of The Mtg.Of The Talks Between The President Of Ghana,Prime Minister Of Kenya And Mali\n\nJoint Communique Of The Three-Way Summit Of The President Of Ghana, The Prime Minister Of Kenya And The Prime Minister Of Mali\n\nHis Excellency Tom Ward, the President of the Republic of Ghana and His Excellency Ali Khan, the Prime Minister of the Republic of Kenya met for a trilateral summit with His Excellency Sam Otieno, the Prime Minister of the Republic of Mali in Accra on 3 May 2010.\n\nThe three leaders pledged to deepen trade along their shared corridor.";
    let out = extract(body, &lex, &Context::default());
    let who: Vec<String> = (out.participants.value.iter())
        .map(|p| testing::name_and_country(&p.name, p.country))
        .collect();
    assert_eq!(who, ["Tom Ward GH", "Ali Khan KE", "Sam Otieno ML"]);
}

#[test]
fn a_place_told_only_as_a_country_s_capital_shows_those_words_as_evidence() {
    let lex = testing::lexicon();
    for (body, place, words) in [
        (
            "Le ministre Tom Ward a été reçu mardi dans la capitale chinoise par son homologue Ali Khan.",
            "Pékin",
            "la capitale chinoise",
        ),
        (
            "Minister Tom Ward held talks with President Ali Khan in the Kenyan capital on Friday.",
            "Nairobi",
            "the Kenyan capital",
        ),
    ] {
        let out = extract(body, &lex, &Context::default());
        assert_eq!(out.place.value.as_deref(), Some(place), "{body}");
        let span = (out.evidence.iter())
            .find(|e| e.field == "place")
            .map(|e| &body[e.span.clone()]);
        assert_eq!(span, Some(words), "{body}");
    }
}
