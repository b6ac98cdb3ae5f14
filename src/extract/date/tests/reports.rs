//! Days told beside the report: the report's own day after the fact, the day after the one
//! written, the days the sentences around it write, remarks made during the exchange.

use super::check_in;
use crate::extract::lang::Language;

#[test]
fn days_of_a_report_after_the_fact() {
    let cases: &[(Language, &str, Option<&str>, Option<&str>)] = &[
        // The day of the report, which tells the exchange as done: the exchange's own day is
        // written further on, or nowhere, and the dispatch's day is the report's too.
        (
            Language::Fr,
            "HANOÏ, 6 mars (AVI) -- Le ministre X a annoncé samedi avoir eu un entretien \
             téléphonique avec Y. Cette conversation s'est tenue vendredi.",
            Some("2021-03-06"),
            Some("2021-03-05"),
        ),
        (
            Language::En,
            "ANKARA, May 23 -- The foreign minister X said on Thursday he had talks with Y.",
            Some("2024-05-23"),
            None,
        ),
        // A full date the verb of report writes after the day the report names is the report's:
        // that day counts back from it.
        (
            Language::En,
            "X met Y in Accra on Sunday, the ministry said on Monday, March 4, 2019.",
            None,
            Some("2019-03-03"),
        ),
        (
            Language::Fr,
            "X a reçu dimanche Y, a annoncé lundi 4 mars 2019 la présidence.",
            None,
            Some("2019-03-03"),
        ),
        // Said during the exchange, the day is the exchange's.
        (
            Language::Fr,
            "« Nos liens sont anciens », a déclaré mardi X lors de sa rencontre avec Y.",
            Some("2024-05-22"),
            Some("2024-05-21"),
        ),
        (
            Language::En,
            "X met Y on Tuesday, the ministry said on Wednesday.",
            Some("2024-05-22"),
            Some("2024-05-21"),
        ),
        // Under a dateline without its year, the day the report is told on is the dateline's,
        // which the exchange's weekday counts back from.
        (
            Language::En,
            "CAIRO, June 12 (Agency) -- The foreign ministers X and Y held talks on Sunday in \
             Geneva, the ministry announced on Wednesday.",
            None,
            Some("--06-09"),
        ),
        (
            Language::En,
            "BEIJING, March 2 (Agency) -- X met Y on Friday, the spokesman told reporters on \
             Saturday.",
            None,
            Some("--03-01"),
        ),
        (
            Language::Fr,
            "DAKAR, 8 avril (Agence) -- Le président X a reçu jeudi son homologue Y, a indiqué \
             vendredi la présidence.",
            None,
            Some("--04-07"),
        ),
        // A day after a press briefing's name is the briefing's, where the exchange is told.
        (
            Language::En,
            "The President spoke on the telephone with Y. The spokesman told journalists at a press briefing, Wednesday, that the two leaders had a telephone conversation on Tuesday.",
            Some("2024-05-23"),
            Some("2024-05-21"),
        ),
    ];
    for &(language, input, published, expected) in cases {
        check_in(language, input, published, expected);
    }
}

#[test]
fn the_day_after_the_one_written() {
    let cases: &[(Language, &str, Option<&str>)] = &[
        (
            Language::En,
            "Having arrived in Accra on the afternoon of May 3, 2021, Minister X held talks with Y the following morning.",
            Some("2021-05-04"),
        ),
        (Language::En, "Having arrived on May 31, X met Y the next day.", Some("--06-01")),
        // The same day as another event the sentence opens on, where it says so.
        (
            Language::En,
            "Following the close of the regional summit on 14 June 2019 in Apia, a meeting was held that afternoon between Prime Minister X and Prime Minister Y.",
            Some("2019-06-14"),
        ),
        (
            Language::Fr,
            "À l'issue du sommet régional du 14 juin 2019 à Lomé, le président X a reçu le jour même son homologue Y.",
            Some("2019-06-14"),
        ),
        (
            Language::Fr,
            "Arrivé à Lomé le 3 mai 2021, le ministre X a été reçu le lendemain par Y.",
            Some("2021-05-04"),
        ),
        // The day after another event, named after it, is that event's.
        (
            Language::Fr,
            "Le président X a félicité le 3 mai 2021 Y, le lendemain de son élection.",
            Some("2021-05-03"),
        ),
    ];
    for &(language, input, expected) in cases {
        check_in(language, input, None, expected);
    }
}

#[test]
fn days_beside_the_report() {
    let cases: &[(Language, &str, Option<&str>, Option<&str>)] = &[
        // A day counted back from the page beside the report gives way to one written out beside
        // it: the page may be a day later than the exchange.
        (
            Language::En,
            "The President held separate calls with two leaders on March 9. He first spoke with Y by videoconference. He observed that today marks the start of the planting season.",
            Some("2025-03-10"),
            Some("2025-03-09"),
        ),
        (
            Language::Fr,
            "Le président a eu deux entretiens le 9 mars. Il s'est d'abord entretenu avec Y par visioconférence. Il a rappelé qu'aujourd'hui marque le début des semailles.",
            Some("2025-03-10"),
            Some("2025-03-09"),
        ),
        // The day a quote is told on, after its verb of saying, is the quote's: the night it
        // recalls counts back from it.
        (
            Language::En,
            "X and Y discussed trade over the phone. \"Last night, Y phoned me. We had planned a call this week,\" X noted here on Wednesday.",
            Some("2022-05-04"),
            Some("2022-05-03"),
        ),
        // A weekday the report names, nothing anchoring it, is the day the sentence beside it
        // writes out with that weekday, with its year or without.
        (
            Language::Fr,
            "Les présidents X et Z ont rencontré tour à tour leur homologue Y, jeudi. Ils étaient tous deux à Rome, jeudi 14 mars, pour un sommet.",
            None,
            Some("--03-14"),
        ),
        (
            Language::En,
            "President X held talks with Y on Thursday. Both leaders were in Rome on Thursday, 14 March, for the summit.",
            None,
            Some("--03-14"),
        ),
        // A weekday holds over such a lag.
        (
            Language::Fr,
            "Le président a accueilli Y au palais. La rencontre s'est tenue lundi. Leur coopération, lancée un 4 mars, a dix ans.",
            Some("2025-03-04"),
            Some("2025-03-03"),
        ),
        // A report's "today", nothing anchoring it, is the full date a sentence beside it tells
        // as the present.
        (
            Language::En,
            "Prime Minister X congratulates Y and the people of Ghana as they celebrate their National Day today. \"The day, which is being celebrated this Thursday, 10 October 2024, recalls our bonds,\" X said.",
            None,
            Some("2024-10-10"),
        ),
        (
            Language::Fr,
            "Le président X adresse aujourd'hui ses félicitations à Y pour la fête nationale. Le Ghana célèbre ce jeudi 10 octobre 2024 son indépendance.",
            None,
            Some("2024-10-10"),
        ),
        // A sentence that opens on the eve of the exchange dates the day before it.
        (
            Language::En,
            "The Chancellor X held talks with President Y on Monday in the capital. On the eve of the talks, Y laid a wreath at the memorial on 8 June.",
            None,
            Some("--06-09"),
        ),
        (
            Language::Fr,
            "Le chancelier X a rencontré lundi le président Y dans la capitale. La veille de la rencontre, Y a assisté le 8 juin au concert donné en son honneur.",
            None,
            Some("--06-09"),
        ),
        // The span of another event a sentence after the report writes does not date it: the lead
        // before it does.
        (
            Language::Fr,
            "Le président X a effectué une visite de travail au Mali ce jour 12 mai 2016. Il a été accueilli à l'aéroport par le président Y. Les deux chefs d'État ont salué les accords signés lors de la commission mixte qui s'est tenue à Bamako du 2 au 3 juin 2014.",
            None,
            Some("2016-05-12"),
        ),
        // A visit told after an earlier event keeps its span.
        (
            Language::Fr,
            "Le président X, après avoir assisté au forum qui s'est tenu à Abuja, a effectué une visite d'État au Ghana du 3 au 5 mai 2012. Il a été reçu à l'aéroport par le président Y.",
            None,
            Some("2012-05-03"),
        ),
    ];
    for &(language, input, published, expected) in cases {
        check_in(language, input, published, expected);
    }
}

/// A day in the possessive of the exchange after a verb of report is the exchange's ("the
/// ministry said following Thursday's phone talks"), not the report's.
#[test]
fn a_day_that_owns_the_exchange_after_a_verb_of_report_dates_it() {
    let body =
        "President Tom Ward and his counterpart Ali Khan have agreed to cooperate on trade, \
                the ministry said on Friday.\n\"Having taken part in a teleconference with \
                regional leaders earlier in the day, both leaders reiterated their commitment to \
                cooperate,\" the ministry said following Thursday's phone talks between the two \
                leaders.";
    let out = crate::extract::testing::read(body, Some("2024-05-24"), Language::En);
    let date = out.date.value.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2024-05-23"), "{body}");
}

/// "X said on Tuesday that … . In a phone call with Y, X said …": a lead that dates remarks the
/// report says were made in the exchange dates it; a lead's day of saying beside a report that
/// does not say so is only the saying's.
#[test]
fn remarks_made_in_the_exchange_date_it() {
    let cases: &[(Language, &str, Option<&str>, Option<&str>)] = &[
        (
            Language::Fr,
            "Le président Tom Ward a déclaré mardi que la coopération restait une priorité. Lors d'un \
             entretien téléphonique avec le président Ali Khan, M. Ward a indiqué que son pays était prêt.",
            Some("2024-05-23"),
            Some("2024-05-21"),
        ),
        (
            Language::En,
            "President Tom Ward said on Tuesday that trade remained a priority. Ward made the remarks in a \
             phone call with President Ali Khan.",
            Some("2024-05-23"),
            Some("2024-05-21"),
        ),
        // Not remarks made in it: the lead's day is that of the saying.
        (
            Language::En,
            "President Tom Ward said on Tuesday that trade remained a priority. Ward held a phone call \
             with President Ali Khan.",
            Some("2024-05-23"),
            None,
        ),
    ];
    for &(language, body, published, expected) in cases {
        let read = crate::extract::testing::read(body, published, language);
        let date = read.date.value.map(|d| d.to_string());
        assert_eq!(date.as_deref(), expected, "{body}");
    }
}

/// A day a clause after the cue announces, of a report told as done, is another event's; that of
/// an exchange itself told as to come is the exchange's.
#[test]
fn days_announced_after_a_report_told_as_done_are_not_its() {
    let cases: &[(Language, &str, Option<&str>)] = &[
        (
            Language::Fr,
            "Le président Tom Ward a eu un entretien avec le président Ali Khan, a indiqué la \
             présidence, qui précise que M. Ward sera de retour à Accra le 28 mai 2024.",
            None,
        ),
        (
            Language::En,
            "President Tom Ward held talks with President Ali Khan, the presidency said, adding \
             that Ward will return to Accra on 28 May 2024.",
            None,
        ),
        (
            Language::Fr,
            "Le président Tom Ward aura un entretien avec le président Ali Khan, qu'il recevra \
             à Genève le 28 mai 2024.",
            Some("2024-05-28"),
        ),
    ];
    for &(language, body, expected) in cases {
        let read = crate::extract::testing::read(body, None, language);
        let date = read.date.value.map(|d| d.to_string());
        assert_eq!(date.as_deref(), expected, "{body}");
    }
}

/// A day a later sentence recalls months before the one the lead gives the visit is an earlier
/// event's, whatever visit of a party it tells; the lead's day dates the exchange.
#[test]
fn a_visit_recalled_long_before_the_lead_s_does_not_date_the_exchange() {
    let body = "In response to an invitation from Ghanaian President Ali Khan, Kenyan President \
                Tom Ward paid a state visit to Ghana on March 14 and 15, 2019.\n\nThe presidents \
                underlined the importance of their long friendship.\n\nThe two presidents \
                discussed the range of issues on their common agenda.\n\nThe two presidents \
                agreed that the partnership, deepened through President Ali Khan's visit to Kenya \
                on June 2, 2017, has grown in trade and investment.";
    let out = crate::extract::testing::read(body, None, Language::En);
    let date = out.date.value.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2019-03-14"), "{body}");
}

/// A report that opens on its exchange as one told already ("During the meeting, …") is dated by
/// the sentence that told it, before a day a later sentence gives something else.
#[test]
fn a_report_opening_on_the_exchange_told_before_takes_that_sentence_s_day() {
    let body = "The outgoing Ambassador of Ghana, Tom Ward, on Tuesday took leave of President \
                Ali Khan at the end of his posting.\n\nDuring the meeting at State House, \
                President Ali Khan thanked Ambassador Ward for his service.\n\nThe President \
                praised his work on the trade talks, which ended with a new accord on April 2, \
                2024.";
    let out = crate::extract::testing::read(body, Some("2024-05-23"), Language::En);
    let date = out.date.value.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("2024-05-21"), "{body}");
}

/// A lead that tells an exchange of the report's kind, naming no one, dates the report that comes
/// after sentences of background.
#[test]
fn a_lead_naming_no_one_dates_the_exchange_reported_after_background() {
    let cases: &[(&str, Option<&str>)] = &[(
        "Rabat: A round of talks was held between Morocco and Ghana at the Ministry of \
             Foreign Affairs on Tuesday.\n\nThe Moroccan side was led by Tom Ward, Secretary \
             General of the Ministry, while the Ghanaian side was led by Ali Khan, Chief \
             Director.\n\nThe two sides reviewed the ties between the two countries.\n\nDuring \
             the session, the two sides held talks on regional issues.",
        Some("2024-05-21"),
    )];
    for &(body, expected) in cases {
        let out = crate::extract::testing::read(body, Some("2024-05-23"), Language::En);
        let date = out.date.value.map(|d| d.to_string());
        assert_eq!(date.as_deref(), expected, "{body}");
    }
}

/// A full date a later sentence writes months before the day of a dateline without a year, put in
/// that date's year, recalls an earlier event: the dateline dates the report.
#[test]
fn a_day_long_before_a_dateline_without_its_year_recalls_an_earlier_event() {
    let body = "MOSCOW, November 20. /TASS/. President Tom Ward congratulated Ali Khan on winning \
                the presidential election and expressed hope for dialogue.\n\"Please accept my \
                congratulations,\" Ward said in a telegram.\nWard last met Khan when the latter \
                visited Moscow on February 3, 2022.";
    let out = crate::extract::testing::read(body, None, Language::En);
    let date = out.date.value.map(|d| d.to_string());
    assert_eq!(date.as_deref(), Some("--11-20"), "{body}");
}

/// A full date told as the present, of another weekday than the one the exchange is told on,
/// is another day's.
#[test]
fn a_present_of_another_weekday_than_the_exchange_s_does_not_date_it() {
    let body =
        "Selon nos sources, le président Tom Ward a câblé, ce mardi, le président Ali Khan.\n\n\
                Même si l'on ignore les sujets de leur discussion, on peut penser que Tom Ward \
                cherche des appuis.\n\nLes relations entre les deux pays étaient tendues.\n\nLa \
                frontière était fermée depuis des mois.\n\nC'est ce dimanche 5 septembre 2021 que \
                Tom Ward a pris le pouvoir.";
    let out = crate::extract::testing::read(body, None, Language::Fr);
    assert_eq!(out.date.value, None, "{body}");
}
