//! Places told by visits, venues, missions and stays, around the report.

use super::*;

#[test]
fn visits_the_report_tells_place_it() {
    for (input, expected) in [
        // The city visited, right after the visit or after the word that leads to it.
        (
            "Minister Ali Khan, visiting Nairobi for the summit, held a bilateral meeting with President Tom Ward.",
            Some("Nairobi"),
        ),
        (
            "On 4 May, Minister Ali Khan paid an official visit to Kampala and held talks with President Tom Ward.",
            Some("Kampala"),
        ),
        (
            "President Tom Ward welcomed Minister Ali Khan to Accra this morning and thanked him for his support.",
            Some("Accra"),
        ),
        // Past the guest's title and their name, which commas set off.
        (
            "President Tom Ward welcomed the Foreign Minister of Ruritania, Dr Ali Khan, to Accra for their first round of talks.",
            Some("Accra"),
        ),
        // A visit to come is not where they met.
        (
            "President Tom Ward met Minister Ali Khan ahead of his visit to Nairobi next week.",
            None,
        ),
        (
            "President Tom Ward met Minister Ali Khan and invited him to visit Kampala.",
            None,
        ),
        // A visit a later sentence tells is the one the report is of, unless recalled as past.
        (
            "President Tom Ward received Minister Ali Khan on Monday. Ward praised the minister's visit to Kampala for the trade fair.",
            Some("Kampala"),
        ),
        (
            "President Tom Ward received Minister Ali Khan on Monday. Ward recalled his own visit to Nairobi with pleasure.",
            None,
        ),
        // The exchange named again with a definite word, at its venue and city.
        (
            "President Tom Ward and visiting Minister Ali Khan met on Monday on trade.\nSpeaking to the press after the talks at the hotel in Mombasa, Ward said the ties were strong.",
            Some("Mombasa"),
        ),
        // Where a report told in the past says a party was.
        (
            "President Tom Ward received Minister Ali Khan on Monday. The minister was in Lusaka for a two-day working visit.",
            Some("Lusaka"),
        ),
        // Or named with a party the report names, then its city, however far below the report;
        // not with someone else.
        (
            "President Tom Ward and visiting Minister Ali Khan met on Monday on trade.\nThe ministry gave no details.\nTrade has doubled.\nThe talks were the first in years.\nAt the meeting with his counterpart Tom Ward in Mombasa on Monday, Khan asked for more flights.",
            Some("Mombasa"),
        ),
        (
            "President Tom Ward and visiting Minister Ali Khan met on Monday on trade.\nThe ministry gave no details.\nTrade has doubled.\nThe talks were the first in years.\nAt the meeting with Governor Sam Lee in Mombasa, Khan asked for more flights.",
            None,
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
}

#[test]
fn places_named_by_venues_missions_and_stays() {
    let cases = [
        // A venue's name that holds its city.
        (
            "Le président Tom Ward a reçu lundi, au Palais du peuple de Bamako-Koulouba, le ministre Ali Khan.",
            Some("Bamako"),
        ),
        (
            "À sa descente d'avion à l'aéroport international Niamey-Sud, le ministre Ali Khan a été accueilli par le président Tom Ward.",
            Some("Niamey"),
        ),
        // A venue's name joined to its city by "du".
        (
            "Le pape François a reçu lundi au Palais apostolique du Vatican le président Tom Ward.",
            Some("Vatican"),
        ),
        // An envoy's seat, however long the title before it.
        (
            "L'ambassadrice extraordinaire et plénipotentiaire de la République du Ghana à Dakar a présenté ses lettres de créance au président Tom Ward, au palais présidentiel à Bamako.",
            Some("Bamako"),
        ),
        // An envoy's residence, the city the envoy sits in.
        (
            "Le président Tom Ward a reçu l'ambassadeur de Hongrie au Burundi, Ali Khan, avec résidence à Nairobi.",
            None,
        ),
        (
            "Le président Tom Ward a reçu l'ambassadeur du Chili, Ali Khan, dont la résidence est basée à Kitwe en Zambie.",
            None,
        ),
        (
            "Le président Tom Ward a reçu l'ambassadeur du Chili, Ali Khan, dont la résidence se trouve à Kitwe.",
            None,
        ),
        // A mission named in more than one word, or by a word of its own, sits in its city.
        (
            "Le président Tom Ward a reçu l'envoyé Ali Khan, qui a salué le travail de la mission permanente du Ghana à Genève.",
            None,
        ),
        (
            "Le président Tom Ward a reçu le ministre Ali Khan, qui a salué le travail du haut-commissariat du Ghana à Lusaka.",
            None,
        ),
        // A residence after its article is the house where they met.
        (
            "Le président Tom Ward a reçu le ministre Ali Khan à la résidence du président à Lomé.",
            Some("Lomé"),
        ),
        // A party's stay or journey told beside the report; not one before the exchange.
        (
            "La ministre Ali Khan a été reçue par le chef de l'État. Elle a fait le déplacement de Niamey pour présenter sa candidature.",
            Some("Niamey"),
        ),
        (
            "Le président Tom Ward a reçu le ministre Ali Khan. La délégation séjourne à Lomé jusqu'à jeudi.",
            Some("Lomé"),
        ),
        (
            "Le président Tom Ward a reçu le ministre Ali Khan. Ce dernier l'a remercié à la suite de son récent séjour à Lomé.",
            None,
        ),
        // A visit a party is on, whatever kind of visit, told before the report.
        (
            "Le président Ali Khan est en visite d'amitié et de travail à Lomé. Il a été reçu mardi au palais par le président Tom Ward.",
            Some("Lomé"),
        ),
        (
            "Le président Ali Khan est en visite d'État à Lomé. Il a été reçu mardi au palais par le président Tom Ward.",
            Some("Lomé"),
        ),
        (
            "La ministre Ada Sow a reçu lundi son homologue Ali Khan. En visite d'amitié et de travail à Lomé, le ministre a remis un message du président.",
            Some("Lomé"),
        ),
        // An arrival at a venue whose hyphenated name holds the city.
        (
            "Le président Tom Ward a reçu mardi le ministre Ali Khan. À son arrivée à l'aéroport de Lomé-Tokoin, le ministre avait été accueilli par le Premier ministre.",
            Some("Lomé"),
        ),
        // A stay told last, however far from the report.
        (
            "Le président Tom Ward a reçu mardi le ministre Ali Khan. Ils ont parlé du commerce. Ils ont parlé de la sécurité. Le ministre a salué l'accord. Il a évoqué la route. Il a cité le port. La délégation s'est dite ravie de son séjour à Lomé.",
            Some("Lomé"),
        ),
        // Where the report says a party is.
        (
            "Le président Tom Ward a reçu mardi le ministre Ali Khan. L'envoyé de l'Union est à Niamey au nom de la Commission.",
            Some("Niamey"),
        ),
        // A party there in passing, or arrived there, the day of the arrival written first.
        (
            "Jeudi, le ministre Ali Khan a rencontré le président Tom Ward. Le ministre était de passage à Lomé.",
            Some("Lomé"),
        ),
        (
            "Le ministre Ali Khan a été reçu jeudi par le président Tom Ward. Il était de retour ce jeudi à Lomé pour la première fois depuis un an.",
            Some("Lomé"),
        ),
        (
            "Le président Ali Khan a été reçu par le président Tom Ward. Il est arrivé lundi à Lomé.",
            Some("Lomé"),
        ),
        // A stay dated another day is another visit's.
        (
            "Le président Tom Ward a reçu le 24 juillet le ministre Ali Khan. Le ministre avait séjourné à Accra le 21 juillet dernier.",
            None,
        ),
    ];
    for (input, expected) in cases {
        check(input, EventKind::Meeting, expected);
    }
    check_in(
        Language::En,
        "The ministers of Ghana and Togo agreed yesterday to build the road. The two sides met for an hour. They discussed trade. They discussed security. Minister Ali Khan arrived in Lomé on Monday night.",
        EventKind::Meeting,
        &[],
        Some("Lomé"),
    );
    check_in(
        Language::En,
        "Minister Ali Khan was received by President Tom Ward. He arrived on Monday in Lomé.",
        EventKind::Meeting,
        &[],
        Some("Lomé"),
    );
    // A venue named by its city, its own words in capitals between; the comma after it closes
    // the phrase, naming no other place.
    for (input, city) in [
        ("This morning, in the Vatican Apostolic Palace, Pope Francis received in audience President Tom Ward.", "Vatican"),
        ("President Tom Ward received Minister Ali Khan in the Nairobi State House, and they discussed trade.", "Nairobi"),
        // A venue's word a hyphen joins to its city.
        ("President Tom Ward and his guest Ali Khan held talks today at State House-Kampala.", "Kampala"),
        // A known place after its article.
        ("Pope Francis received President Tom Ward at the Vatican on Monday.", "Vatican"),
        // A mission they met at, the city it sits in.
        ("Minister Tom Ward met Prime Minister Ali Khan at the Ruritanian High Commission in London last night.", "London"),
        ("Minister Tom Ward met Prime Minister Ali Khan on Monday at the Embassy of Ruritania in Paris.", "Paris"),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], Some(city));
    }
    // The city a mission the report names sits in, whatever its name, is not where they met.
    for input in [
        "Prime Minister Tom Ward received a courtesy call from the High Commissioner of Ruritania to Zambia, Ali Khan, yesterday. He congratulated Khan on his appointment and pledged to work closely with the Ruritanian High Commission in Lusaka.",
        "President Tom Ward received Ambassador Ali Khan on Monday. He congratulated Khan on his appointment and thanked the Permanent Mission of Ruritania in Geneva for its support.",
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], None);
    }
}

/// A visit told before a report that writes its own day, "une visite" of whatever kind to the
/// city: where the audience was.
#[test]
fn visits_told_before_a_dated_report_place_it() {
    let body = "Le président Ali Khan a effectué du 2 au 3 juin 2007 une visite de travail à Lomé. Il a été accueilli à son arrivée samedi 2 juin par le président Tom Ward.";
    let read = crate::extract::testing::read(body, None, Language::Fr);
    assert_eq!(read.place.value.as_deref(), Some("Lomé"));
}

/// The place a verb of a stay tells past a time phrase.
#[test]
fn places_past_a_time_phrase() {
    for (input, city) in [
        (
            "Le ministre Ali Khan a été reçu par le président Tom Ward. Le ministre a séjourné en début de semaine dernière à Accra.",
            "Accra",
        ),
        (
            "Le président Tom Ward a reçu le ministre Ali Khan. Le ministre a séjourné, hier, à Lomé.",
            "Lomé",
        ),
    ] {
        check(input, EventKind::Meeting, Some(city));
    }
    for (input, city) in [
        (
            "Minister Ali Khan was received by President Tom Ward. He arrived late last week in Lomé.",
            "Lomé",
        ),
        (
            "President Tom Ward received Minister Ali Khan. The minister arrived early this morning in Accra.",
            "Accra",
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], Some(city));
    }
}

/// Where a party of the report, in its lead, spoke of the exchange: the place a verb of report
/// tells right after it or past a time phrase set off by commas.
#[test]
fn places_told_with_a_verb_of_report() {
    for (input, expected) in [
        (
            "Le président Tom Ward a reçu le ministre Ali Khan. Le ministre a dit, hier, à Dakar, que les liens étaient solides.",
            Some("Dakar"),
        ),
        (
            "Le président Tom Ward s'est entretenu avec le ministre Ali Khan. Ils ont souligné, samedi à Genève, la qualité de leurs relations.",
            Some("Genève"),
        ),
        // A place the verb does not tell is another event's.
        (
            "Le président Tom Ward a reçu le ministre Ali Khan. Le ministre a indiqué que le prochain sommet réunira les chefs d'État à Dakar.",
            None,
        ),
    ] {
        check(input, EventKind::Meeting, expected);
    }
    for (input, expected) in [
        (
            "President Tom Ward met Minister Ali Khan on Monday. Khan said in Nairobi after the meeting that trade would grow.",
            Some("Nairobi"),
        ),
        (
            "President Tom Ward met Minister Ali Khan on Monday. Khan said the next round of talks would take place in Nairobi.",
            None,
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
}

#[test]
fn an_office_after_a_venue_s_comma_is_no_city() {
    for (input, kind, expected) in [
        // A list of offices: the word after the ministry's comma heads the next item.
        (
            "Joint Statement\n\nThe council was held on 3 May 2021 via videoconference, co-chaired by President Tom Ward and President Ali Khan with the participation of the Minister of Interior, the ministry of Industry, Minister of Trade and their counterparts.",
            EventKind::JointStatement,
            None,
        ),
        // An abbreviation's first letter after the venue's comma opens the subject's title.
        (
            "Today at the White House, U.S. President Tom Ward received his counterpart, Ali Khan.",
            EventKind::Meeting,
            None,
        ),
        (
            "On Monday at State House, H.E. President Tom Ward received the Minister Ali Khan.",
            EventKind::Meeting,
            None,
        ),
        // A city still follows a venue's comma.
        (
            "President Tom Ward held talks with President Ali Khan at State House, Nairobi.",
            EventKind::Talks,
            Some("Nairobi"),
        ),
    ] {
        check_in(Language::En, input, kind, &[], expected);
    }
}

/// A place whose name holds its article is read whole, its article in lower case or not.
#[test]
fn a_place_whose_name_holds_its_article() {
    for (input, language, expected) in [
        (
            "Minister Tom Ward held talks with Minister Ali Khan in the Hague on Monday.",
            Language::En,
            "the Hague",
        ),
        (
            "Minister Tom Ward held talks with Minister Ali Khan in The Hague on Monday.",
            Language::En,
            "The Hague",
        ),
        (
            "Le ministre Tom Ward s'est entretenu lundi à la Haye avec le ministre Ali Khan.",
            Language::Fr,
            "la Haye",
        ),
    ] {
        check_in(language, input, EventKind::Talks, &[], Some(expected));
    }
}
