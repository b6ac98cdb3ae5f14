//! Places of the dispatch: wires' datelines, and the reports that put them aside.

use super::*;

#[test]
fn places_in_capitals_are_written_as_running_text_writes_them() {
    for (written, shown) in [
        ("MANILA", "Manila"),
        ("NEW YORK", "New York"),
        ("N'DJAMENA", "N'Djamena"),
        ("PORT-AU-PRINCE", "Port-au-Prince"),
        ("DAR ES SALAAM", "Dar es Salaam"),
        ("WASHINGTON, D.C.", "Washington, D.C."),
        ("Bichkek", "Bichkek"),
        ("Washington, D.C.", "Washington, D.C."),
    ] {
        assert_eq!(unshouted(written), shown);
    }
    check(
        "BICHKEK, 29 juin (Xinhua) -- Le président a reçu le ministre.",
        EventKind::Meeting,
        Some("Bichkek"),
    );
}

#[test]
fn wire_datelines_place_the_meeting_they_open() {
    for (input, expected) in [
        // A page's stamp captured before the dateline on its line.
        (
            "date 2021-03-09 KAMPALA: President Tom Ward held a bilateral meeting with the visiting minister Ali Khan today.",
            Some("Kampala"),
        ),
        // The page's stamp before a dated dateline that runs into the audience.
        (
            "date 2025-09-25 Dakar, September 24, 2025 – President Tom Ward received Minister Ali Khan at the palace.",
            Some("Dakar"),
        ),
        // A page's stamp and a headline over the dispatch's own dateline.
        (
            "Tuesday, March 3, 2015\n\nThe president and the pope on the family\n\nAccra, 2 March 2015 (GNA) - This morning President Tom Ward received Minister Ali Khan.",
            Some("Accra"),
        ),
        // A page's stamp over a dateline that leaves it the year, signed by the wire.
        (
            "Wed 10th March 2021\n\nKAMPALA, Mar 9 (Uganda Wire - 9th Mar, 2021 ) :Minister Tom Ward received the visiting envoy Ali Khan for an introductory call.",
            Some("Kampala"),
        ),
        // A comma left before the dateline where a page dropped its byline.
        (
            ", ACCRA, Ghana, May 4 – Talks between the visiting minister Ali Khan and President Tom Ward got underway at the palace.",
            Some("Accra"),
        ),
        // The city's country named before the colon or the dash.
        (
            "Accra, Ghana: The President held talks with the visiting Foreign Minister at the Jubilee House today.",
            Some("Accra"),
        ),
        (
            "COLOMBO, Sri Lanka — The two ministers reviewed their cooperation, the ministry said on Friday.\nThe visiting minister Ali Khan paid a courtesy call on President Tom Ward on March 3.",
            Some("Colombo"),
        ),
        // The city in brackets after the date the line opens with, named again as "here".
        (
            "Mar 9, 2021 (KAMPALA) — Ugandan President Tom Ward held talks with the visiting minister Ali Khan here on Tuesday.",
            Some("Kampala"),
        ),
        // A feed's clock before the dateline, a line of its own closed by a full stop.
        (
            "00:15 | Kampala (Uganda), Mar. 9.\nPresident Tom Ward held an audience with Minister Ali Khan of Kenya on trade.",
            Some("Kampala"),
        ),
        // The same, with an aside in lower case in brackets on where the city lies.
        (
            "00:15 | Kampala (central region), Mar. 9.\nPresident Tom Ward held an audience with Minister Ali Khan of Kenya on trade.",
            Some("Kampala"),
        ),
        // A dated dateline whose agency's credit runs into the audience.
        (
            "Kampala, March 9, 2021 (UNA) Ugandan President Tom Ward received the visiting minister Ali Khan at his office.",
            Some("Kampala"),
        ),
        // No comma between the dateline's city and its date.
        (
            "Kampala March 9, 2021 (UNA) Ugandan President Tom Ward received the visiting minister Ali Khan at his office.",
            Some("Kampala"),
        ),
        // A dated dateline that runs after a colon into a report naming the city's country.
        (
            "Apia [Samoa], March 9 : Minister Ali Khan on Tuesday called on Samoa Prime Minister Tom Ward and held talks.",
            Some("Apia"),
        ),
        // Its country in brackets, below a headline and a date line.
        (
            "Minister in talks with Samoan leader\nMarch 9, 2021\nAPIA (Samoa), 9 Mar 2021: Minister Ali Khan held talks with his Samoan counterpart, Tom Ward, today.",
            Some("Apia"),
        ),
        // A national agency's city before a full stop or its name between slashes.
        (
            "Minister visits Nairobi\nAstana. March 9. KazTAG - President Tom Ward held a meeting with Minister Ali Khan.",
            Some("Astana"),
        ),
        (
            "Ulaanbaatar /MONTSAME/. On March 9, President Tom Ward received Minister Ali Khan at his request.",
            Some("Ulaanbaatar"),
        ),
        (
            "Accra, Aug. 8, GNA - President Tom Ward on Wednesday received the Ambassador of Mali to Ghana, Ali Khan.",
            Some("Accra"),
        ),
        // A wire's city in capitals, its credit before the dash, over a report that names the
        // city's country or one of its people as the host; not over one that names neither.
        (
            "President Receives New Envoy\nKAMPALA (UNA)- Ugandan President Tom Ward on Monday received the new ambassador Ali Khan.",
            Some("Kampala"),
        ),
        (
            "NAIROBI (KNA) - President William Ruto on Monday received the new ambassador Ali Khan.",
            Some("Nairobi"),
        ),
        (
            "NAIROBI (Reuters) - President Tom Ward on Monday met the new ambassador Ali Khan.",
            None,
        ),
        // A dated dateline whose colon runs into a report that names one of the city's people.
        (
            "Nairobi [Kenya], March 9 (ANI): President William Ruto received Minister Ali Khan on Tuesday.",
            Some("Nairobi"),
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
    // Talks at a venue are held in person, as an audience is; talks anywhere may be a call.
    for (input, expected) in [
        (
            "Kampala, March 9, 2021 (UNA) – Uganda's Foreign Minister Tom Ward held discussions with Ali Khan at his office today.",
            Some("Kampala"),
        ),
        (
            "Kampala, March 9, 2021 (UNA) – Uganda's Foreign Minister Tom Ward held discussions with Ali Khan today.",
            None,
        ),
        // A venue's name of a few words.
        (
            "Kampala, March 9 (UNA) — Talks between Ugandan Foreign Minister Tom Ward and Kenyan Foreign Minister Ali Khan were held at the Nakasero State Hall on Monday.",
            Some("Kampala"),
        ),
        // A wire's name after a comma, as some agencies sign datelines, and talks on the margins
        // of a gathering.
        (
            "Accra, Aug. 8, GNA - Ghanaian Foreign Minister Tom Ward and Kenyan Foreign Minister Ali Khan discussed cooperation. The meeting was held on the sidelines of the summit.",
            Some("Accra"),
        ),
        // A party's visit told beside the talks.
        (
            "KAMPALA, 9 March 2021 — Trade was the focus of talks between Foreign Minister Tom Ward and his Kenyan counterpart Ali Khan yesterday. The visiting minister said the talks were fruitful.",
            Some("Kampala"),
        ),
        // …not one to come.
        (
            "KAMPALA, 9 March 2021 — Trade was the focus of talks between Foreign Minister Tom Ward and his Kenyan counterpart Ali Khan yesterday. The minister will be visiting Nairobi next month.",
            None,
        ),
        // A wire's dateline in the country the report says the guest is visiting.
        (
            "KAMPALA, March 9 (UNA) -- President Tom Ward held talks Tuesday with Prime Minister Ali Khan, who is on a state visit to Uganda.",
            Some("Kampala"),
        ),
        (
            "KAMPALA, March 9 (UNA) -- President Tom Ward held talks Tuesday with Prime Minister Ali Khan, who is on a state visit to Kenya.",
            None,
        ),
    ] {
        check_in(Language::En, input, EventKind::Talks, &[], expected);
    }
}

/// A dateline is the sender's city, not the place, when the report puts a party in another
/// country; a visit before or after the exchange does not.
#[test]
fn datelines_of_parties_abroad_place_nothing() {
    for (input, expected) in [
        (
            "KATHMANDU, March 29 (RSS): Minister Tom Ward today held a meeting with his Indian counterpart Ali Khan on the sidelines of the ministerial meeting. The Minister is presently in Sri Lanka attending the meeting.",
            None,
        ),
        (
            "ISLAMABAD: Prime Minister Tom Ward, who is on an official visit to China, met President Ali Khan on Monday.",
            None,
        ),
        (
            "NAIROBI: President Tom Ward received Minister Ali Khan, who is on a visit to Kenya, at State House.",
            Some("Nairobi"),
        ),
        (
            "BEIJING: State Councilor Tom Ward met Minister Ali Khan ahead of his visit to Japan next week.",
            Some("Beijing"),
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
    check(
        "Bamako (AMAP) – Le ministre Tom Ward, qui se trouve actuellement au Sénégal, a reçu mardi son homologue Ali Khan.",
        EventKind::Meeting,
        None,
    );
}

/// A sentence saying where the exchange was held places it before a wire's dateline, the
/// sender's city; one holding another event to come does not.
#[test]
fn where_an_exchange_was_held_comes_before_the_dateline() {
    for (input, expected) in [
        (
            "KAMPALA - President Tom Ward on Friday held a bilateral meeting with Minister Ali Khan. The meeting took place on the margins of the regional summit being held in Arusha, his office said.",
            "Arusha",
        ),
        (
            "KAMPALA - President Tom Ward on Friday held a bilateral meeting with Minister Ali Khan. The meeting was held on the sidelines of the regional summit being held in Arusha, his office said.",
            "Arusha",
        ),
        // An event on whose margins it was held, whatever the length of its name.
        (
            "NAIROBI (UNA) - President Tom Ward said on Tuesday in talks with Ali Khan that trade must grow. The talks, held on the sidelines of the summit of the heads of state of the East African Community in Arusha, were cordial.",
            "Arusha",
        ),
        (
            "KAMPALA: President Tom Ward received Minister Ali Khan here on Friday. The meeting also reviewed the summit to be held in Arusha next month.",
            "Kampala",
        ),
        (
            "Mar 9, 2021 (KAMPALA) — President Tom Ward held talks with Minister Ali Khan here. Ward and Khan discussed the regional summit to be held in Arusha as well.",
            "Kampala",
        ),
        // A gathering the participle follows was held there, not the exchange.
        (
            "KAMPALA - President Tom Ward on Friday received Minister Ali Khan at State House. Khan met with Ward in furtherance of the regional Summit held in Arusha.",
            "Kampala",
        ),
        // Unless the exchange was on its margins.
        (
            "KAMPALA - President Tom Ward on Friday held a bilateral meeting with Minister Ali Khan. They met on the sidelines of the regional Summit held in Arusha.",
            "Arusha",
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], Some(expected));
    }
    check(
        "NAIROBI (UNA) - Le président Tom Ward a déclaré mardi lors d'un entretien avec Ali Khan que le commerce devait croître. Cet entretien, organisé en marge du sommet des chefs d'État de la Communauté d'Afrique de l'Est à Arusha, a été cordial.",
        EventKind::Talks,
        Some("Arusha"),
    );
    // Nor one told in the future.
    check(
        "Le ministre Tom Ward s'est entretenu jeudi avec son homologue Ali Khan. Une séance de travail aura lieu bientôt, à Dakar, entre le ministre Tom Ward et le secrétaire général.",
        EventKind::Talks,
        None,
    );
}

/// The sentence after the report that tells the meeting again, naming no one, says where it was
/// held, though the dateline does not place it.
#[test]
fn the_next_sentence_tells_where_they_met() {
    for (input, expected) in [
        (
            "Geneva [Switzerland], May 4 : Minister Tom Ward on Monday held a bilateral meeting with Ali Khan, Foreign Minister of Ghana.\nThe two ministers met in New York on the sidelines of the General Assembly.",
            Some("New York"),
        ),
        (
            "Geneva [Switzerland], May 4 : Minister Tom Ward on Monday held a bilateral meeting with Ali Khan, Foreign Minister of Ghana.\nThe two ministers discussed trade in New York.",
            None,
        ),
        // Or where its subject sets them before the verb.
        (
            "President Tom Ward on Monday visited Malawi and held bilateral talks with President Ali Khan.\nThe two presidents at Umoja Palace in Lilongwe exchanged views on trade.",
            Some("Lilongwe"),
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
    // Or names again, with its city, the gathering on whose margins the report set the talks.
    for (input, expected) in [
        (
            "Le président Tom Ward et son homologue Ali Khan se sont entretenus lundi en marge du sommet des chefs d'État et de gouvernement de l'Union africaine (UA).\n\nC'est en marge de ce sommet des chefs d'État et de gouvernement de l'Union africaine (UA) à Niamey que les deux dirigeants ont fait le point de leur coopération.",
            Some("Niamey"),
        ),
        (
            "Le président Tom Ward et son homologue Ali Khan se sont entretenus lundi au palais présidentiel.\n\nC'est en marge du sommet de l'Union africaine à Niamey que le président avait reçu le ministre.",
            None,
        ),
    ] {
        check_in(Language::Fr, input, EventKind::Talks, &[], expected);
    }
}

/// A wire's dateline that a photo's caption runs into, with no space after its full stop, opens
/// the lead before the report: it places the meeting the report says was held "here".
#[test]
fn datelines_a_caption_runs_into_place_the_meeting() {
    let body = "\"Our ties are strong,\" President Tom Ward said.Kampala, Uganda (UNA) - Uganda and Kenya have agreed to trade more.\n\"Our ties are strong,\" President Tom Ward said after a bilateral meeting with Kenyan Prime Minister Ali Khan here, Sunday.";
    let read = crate::extract::testing::read(body, None, Language::En);
    assert_eq!(read.place.value.as_deref(), Some("Kampala"));
}

/// A date line that names the venue before the city ("Palais de la Nation, Dakar, le …") places
/// the audience the report tells at that venue.
#[test]
fn date_lines_that_name_the_venue_first_place_the_audience() {
    for (language, body) in [
        (
            Language::Fr,
            "Palais de la République, Lomé, le 7 octobre 2015.\nLe président Tom Ward a reçu au Palais de la République le ministre Ali Khan.",
        ),
        (
            Language::En,
            "State House of the Republic, Lomé, 7 October 2015.\nPresident Tom Ward received Minister Ali Khan at State House.",
        ),
    ] {
        let read = crate::extract::testing::read(body, None, language);
        assert_eq!(read.place.value.as_deref(), Some("Lomé"), "{body}");
    }
}

/// A hard-wrapped text's line break that cuts the place of a signed dateline keeps it a place,
/// written on one line.
#[test]
fn wrapped_datelines_place_the_audience() {
    check(
        "Dar es\nSalaam, 12 mai 2021 (APS).- Le président Tom Ward a reçu ce matin le ministre Ali Khan.",
        EventKind::Meeting,
        Some("Dar es Salaam"),
    );
}

/// A byline above the report that closes on the city the outlet wrote from places the audience
/// its reporter saw, as does a line saying the paper sent its reporter there; not a call, which
/// the outlet reports from wherever it is.
#[test]
fn bylines_that_close_on_a_city_place_the_audience() {
    for (language, body, expected) in [
        (
            Language::En,
            "President receives envoy\nThe Daily Mirror, Kampala\nPresident Tom Ward received Minister Ali Khan at State House on Monday.",
            Some("Kampala"),
        ),
        (
            Language::En,
            "National News Agency Accra\nPresident Tom Ward met Minister Ali Khan on Monday.",
            Some("Accra"),
        ),
        (
            Language::Fr,
            "Le président reçoit un émissaire\n\n12 mars 2024\nAgence Ouest (Lomé)\nPar AB\n\nLe président Tom Ward a reçu ce jour en audience le ministre Ali Khan.",
            Some("Lomé"),
        ),
        (
            Language::En,
            "The Daily Mirror, Kampala\nPresident Tom Ward spoke by telephone with Minister Ali Khan on Monday.",
            None,
        ),
        // A line saying the paper sent its own reporter to the city: the talks were held there.
        (
            Language::Fr,
            "Article publié le 03/05/2019 Dernière mise à jour le 04/05/2019 à 09:12 TU\nDe notre envoyé spécial à Accra\nLe président Tom Ward salue la foule.\n(Photo : AFP)\n« Nous avons beaucoup avancé », a déclaré le président Tom Ward à l'issue de son entretien avec le président Ali Khan.",
            Some("Accra"),
        ),
        (
            Language::En,
            "From our correspondent in Nairobi\nPresident Tom Ward waves to the crowd.\nPresident Tom Ward said trade was discussed during his talks with President Ali Khan.",
            Some("Nairobi"),
        ),
        (
            Language::Fr,
            "De notre envoyé spécial à Accra\nLe président Tom Ward s'est entretenu au téléphone avec le président Ali Khan.",
            None,
        ),
    ] {
        let read = crate::extract::testing::read(body, None, language);
        assert_eq!(read.place.value.as_deref(), expected, "{body}");
    }
}

/// A dateline signed otherwise than by the city first: the city a site sets on a line of its own
/// under the headline, one a label and a dash set before the date ("Communiqué - Lomé, le …"),
/// one an outlet's initials sign before it ("IO, Jakarta –"), one the text opens with before a
/// colon in running text's capitals, over a report that names its country.
#[test]
fn datelines_past_a_label_or_on_a_line_of_their_own_place_the_report() {
    for (language, input, kind, expected) in [
        (
            Language::Fr,
            "Communiqué conjoint à l'issue de la visite du Premier ministre\nAccra\nLe Premier ministre Tom Ward et son homologue Ali Khan ont adopté un communiqué conjoint.",
            EventKind::JointStatement,
            Some("Accra"),
        ),
        (
            Language::En,
            "President receives party leader\n\nAnkara\n\nPresident Tom Ward on Thursday received the party leader Ali Khan.",
            EventKind::Meeting,
            Some("Ankara"),
        ),
        (
            Language::Fr,
            "Le président reçoit son homologue\n\nCommuniqué - Lomé, le 4 mai 2021 - Le président Tom Ward a reçu ce jour son homologue Ali Khan.",
            EventKind::Meeting,
            Some("Lomé"),
        ),
        (
            Language::En,
            "President receives minister\n\nPress release – Nairobi, 3 May 2021 – President Tom Ward received Minister Ali Khan this morning.",
            EventKind::Meeting,
            Some("Nairobi"),
        ),
        (
            Language::En,
            "KN, Accra – On Friday, 10 January 2020, the Foreign Minister of Kenya Tom Ward held a strategic dialogue with Ali Khan, Minister of Foreign Affairs of the Republic of Ghana.",
            EventKind::Talks,
            Some("Accra"),
        ),
    ] {
        check_in(language, input, kind, &[], expected);
    }
    let body = "Muscat: An official session of talks was held between Oman and Qatar on Sunday.\n\nThe talks were attended by Minister Tom Ward of Oman and Minister Ali Khan of Qatar.";
    let read = crate::extract::testing::read(body, None, Language::En);
    assert_eq!(read.place.value.as_deref(), Some("Muscat"));
}

/// The dateline a dispatch's lead opens with, a dash after it, over a lead that puts the visit in
/// the city's country, places the talks a sentence further down reports.
#[test]
fn a_lead_s_dateline_places_the_report_below_it() {
    let body = "End of the president's visit to Ghana\n\nPANA, 21/12/2009\n\nAccra, Ghana - President Tom Ward of Kenya on Monday ended a three-day working visit to Ghana, during which the two countries signed an agreement.\n\nPresident Tom Ward held talks with his Ghanaian counterpart Ali Khan on trade.";
    let read = crate::extract::testing::read(body, None, Language::En);
    assert_eq!(read.place.value.as_deref(), Some("Accra"));
}
