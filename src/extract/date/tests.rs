//! The event's date on short sentences written for each rule.

use chrono::NaiveDate;

use super::*;
use crate::extract::lang::Language;

mod foreign;
mod reports;
mod stamps;

/// The date of the event reported by the sentence that names Y (else the text's first
/// sentence), given a publication date.
fn check(input: &str, published: Option<&str>, expected: Option<&str>) {
    check_in(Language::Fr, input, published, expected);
}

fn check_in(language: Language, input: &str, published: Option<&str>, expected: Option<&str>) {
    let text = Text::in_language(input, language);
    let published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
    let names_y =
        |s: &&crate::extract::text::Sentence| s.tokens.clone().any(|k| text.word(k) == "Y");
    let sentence = (text.sentences.iter().position(|s| names_y(&s)))
        .or_else(|| text.sentences.iter().position(|s| !s.heading));
    let found = event_date(
        &text,
        &Dates::of(&text, published),
        sentence,
        None,
        published,
        &|_| false,
        &|_| false,
    );
    assert_eq!(
        found.date.map(|d| d.to_string()).as_deref(),
        expected,
        "{input}"
    );
}

#[test]
fn written_dates() {
    check(
        "Le 19 novembre 2025, le président a reçu X.",
        None,
        Some("2025-11-19"),
    );
    check(
        "Le soir du 22 février 2021, X a appelé Y.",
        None,
        Some("2021-02-22"),
    );
    check("X a reçu, mardi 3 mai 2024, Y.", None, Some("2024-05-03"));
    // A long month's name one letter off, framed by a day and a year.
    check(
        "X a eu un entretien téléphonique ce mercredi 2 décemebre 2020 avec Y.",
        None,
        Some("2020-12-02"),
    );
    // A month in lower case, where months are capitalised, framed by a day and a year.
    check_in(
        Language::En,
        "3 june 2019, 10:15\n\nOn 3 june 2019, X met Y in Accra.",
        None,
        Some("2019-06-03"),
    );
    check("X a reçu le 1er juin Y.", None, Some("--06-01"));
    // A day written as a word, as a letter writes it.
    check(
        "« En ce douze mars 2021, je vous adresse mes vœux », écrit X à Y.",
        None,
        Some("2021-03-12"),
    );
    check("X a reçu Y le vingt-deux mai.", None, Some("--05-22"));
    // A day glued to its month in a badly spaced text.
    check("X a reçu le jeudi 14mars Y.", None, Some("--03-14"));
    // A short word glued to the first day of a range.
    check(
        "X a effectué, les04 et 05 mars 2019, une visite auprès de Y.",
        None,
        Some("2019-03-04"),
    );
    check("X a reçu Y le3 mai.", None, Some("--05-03"));
    check(
        "Dans la soirée du 5 juin, X a appelé Y.",
        None,
        Some("--06-05"),
    );
    check(
        "X a reçu le 5 juin Y.",
        Some("2024-06-07"),
        Some("2024-06-05"),
    );
    check(
        "X a reçu le 30 décembre Y.",
        Some("2024-01-02"),
        Some("2023-12-30"),
    );
    check(
        "X, en visite du 6 au 10 juillet, a rencontré Y le 7 juillet.",
        None,
        Some("--07-07"),
    );
    check(
        "Après le séisme survenu le 5 septembre, X a envoyé le 6 septembre un message.",
        None,
        Some("--09-06"),
    );
    check(
        "X a appelé Y, après leur appel du 2 juin dernier.",
        None,
        None,
    );
    check("A l'occasion de l'anniversaire (18 janvier 1950 - 18 janvier 2021), X et Y ont échangé des messages.", None, None);
    check("À l'occasion du 30e anniversaire de l'établissement des relations diplomatiques, le 5 mai 1994, X et Y ont échangé des messages.", None, None);
    check(
        "X a reçu le 24 janvier dernier son homologue Y.",
        None,
        Some("--01-24"),
    );
    check(
        "X a reçu le 24 janvier dernier son homologue Y.",
        Some("2024-03-02"),
        Some("2024-01-24"),
    );
    check(
        "X recevra le 24 janvier prochain son homologue Y.",
        None,
        None,
    );
    check("Le 31 février 2021, X a reçu Y.", None, None);
}

#[test]
fn relative_dates() {
    check("X a reçu hier Y.", Some("2024-06-07"), Some("2024-06-06"));
    check("X a reçu mardi Y.", Some("2021-10-27"), Some("2021-10-26"));
    check(
        "X a reçu ce lundi Y.",
        Some("2025-06-23"),
        Some("2025-06-23"),
    );
    check("X a reçu mardi Y.", None, None);
    check(
        "Aujourd'hui, X a appelé Y.",
        Some("2025-04-06"),
        Some("2025-04-06"),
    );
    // A visit of so many days told to end on a day opened so many days before it.
    check(
        "Le président X a achevé, lundi, une visite de travail de trois jours auprès de Y.",
        Some("2009-12-21"),
        Some("2009-12-19"),
    );
    check_in(
        Language::En,
        "President X wrapped up a three-day state visit to Y on Monday.",
        Some("2009-12-21"),
        Some("2009-12-19"),
    );
    check_in(
        Language::En,
        "President X concluded his visit of two days to Y on Monday.",
        Some("2009-12-21"),
        Some("2009-12-20"),
    );
    // The day of an arrival gives way to the one the sentence tells its exchange on.
    check(
        "Le président X, arrivé lundi soir à Paris, a été reçu mardi par Y.",
        Some("2019-09-18"),
        Some("2019-09-17"),
    );
    check_in(
        Language::En,
        "President X, who arrived in Accra on Monday, held talks with Y on Tuesday.",
        Some("2019-09-18"),
        Some("2019-09-17"),
    );
    // So does the day a clause that opens on a return or an arrival writes.
    check(
        "Revenu au pays dans la nuit du lundi 3 mars 2025, le président X a reçu ce mardi 4 mars 2025 son homologue Y.",
        None,
        Some("2025-03-04"),
    );
    check_in(
        Language::En,
        "Having arrived in Accra on 3 May 2021, President X held talks with Y on 4 May 2021.",
        None,
        Some("2021-05-04"),
    );
    check(
        "En visite depuis ce mercredi, X a été reçu.",
        Some("2016-07-21"),
        None,
    );
    check(
        "Bakou, 22 juillet, AZERTAC\nX s’est entretenu hier avec Y.",
        None,
        Some("--07-21"),
    );
    check(
        "OTTAWA, le 6 avril 2025 /CNW/ - Aujourd'hui, X s'est entretenu avec Y.",
        None,
        Some("2025-04-06"),
    );
    // The dateline, not the page's later date, is the day "today" and "hier" count from.
    check(
        "Aujourd'hui, 5 mai 2024, le ministre a reçu Y.",
        Some("2024-05-06"),
        Some("2024-05-05"),
    );
    check(
        "DAKAR, le 12 mars 2023 - X a reçu hier Y.",
        Some("2023-03-13"),
        Some("2023-03-11"),
    );
    // A date over the page days after its publication is the day a copy of it was viewed.
    check_in(
        Language::En,
        "Tue, May 14, 2024\n\nTwo ministers meet on trade\n\nMinister X hosted a dinner with Y on Friday.",
        Some("2024-05-05"),
        Some("2024-05-03"),
    );
    check(
        "Minsk, 28 juin (VNA) - Les deux pays ont publié le 27 juin une déclaration.",
        None,
        Some("--06-27"),
    );
    check(
        "2015-08-05 17:18:29 cri\nX s'est entretenu ce 5 août avec Y.",
        None,
        Some("2015-08-05"),
    );
    // The days a weekly bulletin covers are no dateline: "ce matin" is the page's day.
    check(
        "La Lettre diplomatique\ndu 11 au 15 mars 2019 (semaine 11)\n\nCe matin, le ministre X a reçu Y.",
        Some("2019-03-15"),
        Some("2019-03-15"),
    );
    for (sentence, day) in [
        (
            "President X last evening held talks with President Y.",
            Some("2022-10-09"),
        ),
        (
            "The meeting of X and Y took place last afternoon at the Secretariat.",
            Some("2022-10-09"),
        ),
        (
            "X met Y on the last morning of his visit to the capital.",
            None,
        ),
    ] {
        check_in(Language::En, sentence, Some("2022-10-10"), day);
    }
    // A day of the month alone is one of the dispatch's month, or of the month before.
    let english = [
        (
            "Newswire, May 8 -- X held talks with Y on the 7th.",
            None,
            Some("--05-07"),
        ),
        (
            "X held a video call with Y on the 7th.",
            Some("2021-12-08"),
            Some("2021-12-07"),
        ),
        (
            "X met Y on the 30th, local time.",
            Some("2021-12-02"),
            Some("2021-11-30"),
        ),
        (
            "X met Y on the 75th anniversary of their ties.",
            Some("2021-12-02"),
            None,
        ),
        // The day of a disaster named right before it is not the message's.
        (
            "X sent Y a message of condolences over the devastation caused by a strong earthquake on September 19.",
            None,
            None,
        ),
        // A weekday before a month's name is a written date's, not a day to count back to.
        (
            "X received Y in audience. Y invited X to his inauguration scheduled for Saturday, May 12, 2018. Y arrived on Tuesday, May 8, 2018.",
            Some("2018-05-09"),
            Some("2018-05-08"),
        ),
        // A month glued to its day, as a badly spaced text leaves it; not a lower-case word.
        (
            "X made the remarks at his reception forthe new ambassador Y in Hanoi on March14.",
            None,
            Some("--03-14"),
        ),
        (
            "X received Y on November3, 2014 in Hanoi.",
            None,
            Some("2014-11-03"),
        ),
        ("X met Y, who may2 visit.", Some("2021-12-02"), None),
    ];
    for (input, published, expected) in english {
        check_in(Language::En, input, published, expected);
    }
}

#[test]
fn dates_as_readouts_write_them() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // Wire datelines: the dispatch's date anchors a year-less event date.
        (
            "DAKAR, 14 févr. (APS) - Le ministre X a reçu hier son homologue Y.",
            None,
            Some("--02-13"),
        ),
        // A city whose name a particle joins ("Ville de Panama") dates its dispatch too.
        (
            "Ville de Panama, 3 mars 2016 (ACAN). Le président X a reçu ce matin le ministre Y.",
            None,
            Some("2016-03-03"),
        ),
        (
            "Niamey, 03 nov. 2019 (ANP).- Le président X a reçu mardi son homologue Y.",
            None,
            Some("2019-10-29"),
        ),
        (
            "ASTANA, 9 sept (Kazinform) -- X s'est entretenu ce 8 septembre avec Y.",
            None,
            Some("--09-08"),
        ),
        (
            "Communiqué\nLomé, 21 déc. 2018 (ATOP) - X a reçu Y mercredi.",
            None,
            Some("2018-12-19"),
        ),
        // A date the lead opens with, no place before it, is the event's, not a dateline that
        // gives way to a date the next sentences write.
        (
            "Le 3 novembre, le ministre X s'est entretenu au téléphone avec Y. Ils ont évoqué la visite du 29 octobre à Séoul.",
            None,
            Some("--11-03"),
        ),
        // Numeric dates.
        ("Le 07/03/2018, X a reçu Y.", None, Some("2018-03-07")),
        ("Le 07.03.2018, X a reçu Y.", None, Some("2018-03-07")),
        ("Le 07/03/18, X a reçu Y.", None, Some("2018-03-07")),
        ("Le 07/03/98, X a reçu Y.", None, Some("1998-03-07")),
        // Brackets giving the date of the day named before them.
        (
            "Un tête-à-tête s'est tenu cet après-midi (07/03/18) entre X et Y.",
            None,
            Some("2018-03-07"),
        ),
        (
            "X a rencontré hier soir (mercredi 7 mars 2018) Y.",
            None,
            Some("2018-03-07"),
        ),
        (
            "Publié le 2018-03-08\nX a reçu Y ce mercredi.",
            None,
            Some("2018-03-07"),
        ),
        // A weekday before the date, with or without a comma; "ce 12 mars".
        (
            "X a reçu ce vendredi, 12 mars 2021 Y.",
            None,
            Some("2021-03-12"),
        ),
        (
            "X a reçu ce 12 mars Y.",
            Some("2021-03-15"),
            Some("2021-03-12"),
        ),
        // Ranges give their first day.
        (
            "X a effectué une visite chez Y les 16 et 17 octobre 2019.",
            None,
            Some("2019-10-16"),
        ),
        (
            "X a effectué une visite chez Y du 3 au 5 mai 2022.",
            None,
            Some("2022-05-03"),
        ),
        (
            "X a effectué une visite chez Y les 14, 15 et 16 mars 2011.",
            None,
            Some("2011-03-14"),
        ),
        (
            "En date du 2 juin 2020, X a reçu Y.",
            None,
            Some("2020-06-02"),
        ),
        // The event dated in the sentence before the one that reports it.
        (
            "X s'est rendu jeudi 4 avril 2019 à Accra. En marge, il s'est entretenu avec Y.",
            None,
            Some("2019-04-04"),
        ),
        // A date of another event is never taken: an entry into office, a future visit.
        (
            "X, en fonction depuis son élection le 3 mai, a reçu Y.",
            None,
            None,
        ),
    ];
    for &(input, published, expected) in cases {
        check(input, published, expected);
    }
}

#[test]
fn days_named_beside_another() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // A stamp that names its weekday is not the day of another weekday the text names.
        (
            "Jeudi 4 avril\nX s'est entretenu ce lundi avec Y.",
            None,
            None,
        ),
        (
            "Jeudi 4 avril\nX s'est entretenu ce jeudi avec Y.",
            None,
            Some("--04-04"),
        ),
        // The weekday the report names, written out with its date in the sentence beside it, is
        // that date; another weekday's date is not.
        (
            "X a parlé ce vendredi avec Y au téléphone. La presse en a fait état ce vendredi 7 juin 2024.",
            None,
            Some("2024-06-07"),
        ),
        (
            "X a parlé ce vendredi avec Y au téléphone. La presse en a fait état ce samedi 8 juin 2024.",
            None,
            None,
        ),
        // The day a stay lasts until is its end, not the day of the talks it tells.
        (
            "Le président X, en visite en France jusqu'à samedi, s'est entretenu jeudi avec Y.",
            Some("2024-05-24"),
            Some("2024-05-23"),
        ),
        (
            "X s'est entretenu avec Y, qui l'a prié de rester jusque lundi.",
            Some("2024-05-25"),
            None,
        ),
        // "la veille" of the day the sentence names.
        (
            "X est rentré dimanche, après deux jours chez Y qui l'avait reçu la veille.",
            Some("2023-03-14"),
            Some("2023-03-11"),
        ),
        (
            "Y, accueilli la veille par X, est reparti mardi.",
            Some("2023-03-14"),
            Some("2023-03-13"),
        ),
        // Today, for an occasion held on a day of the year, is that day.
        (
            "X a appelé aujourd'hui Y à l'occasion de la fête de l'indépendance du 5 juillet.",
            None,
            Some("--07-05"),
        ),
        (
            "X a appelé aujourd'hui Y, après leur rencontre du 5 juillet.",
            None,
            None,
        ),
        // What a relative clause after the day says its antecedent had done does not set the
        // day before the exchange.
        (
            "Que se sont dit X et Y au téléphone ?\n\nX et Y se sont parlé le 3 mai, une conversation préparée par le ministre Z, lequel avait appelé Y.",
            Some("2023-05-08"),
            Some("2023-05-03"),
        ),
        // An eve with no day beside it, or another event's eve, dates nothing.
        (
            "La veille, X s'était entretenu avec Y.",
            Some("2023-03-14"),
            None,
        ),
        (
            "X a reçu Y à la veille du sommet.",
            Some("2023-03-14"),
            None,
        ),
    ];
    for &(input, published, expected) in cases {
        check(input, published, expected);
    }
}

#[test]
fn odd_inputs() {
    check("", None, None);
    check("le 99 mars 99999999999999999999", None, None);
    check("lundi", Some("2024-01-01"), Some("2024-01-01"));
}

/// A weekday the report names while a party is on a visit whose days the text writes is that
/// weekday among the visit's days, or the first after the arrival its lead dates: not the first of
/// them, nor one counted back from nowhere.
#[test]
fn weekdays_within_a_visit_s_days() {
    let cases: &[(Language, &str, Option<&str>)] = &[
        (
            Language::En,
            "Minister X, on a visit to Ghana from March 3-5, 2019, met President Y in Accra on Monday.",
            Some("2019-03-04"),
        ),
        (
            Language::Fr,
            "Le ministre X, en visite au Ghana du 3 au 5 mars 2019, a été reçu dimanche par le président Y.",
            Some("2019-03-03"),
        ),
        // The weekday after a lead that writes the day of the arrival counts on from it.
        (
            Language::En,
            "President X arrived in Accra on Saturday, March 2, 2019 for a three-day visit. On Sunday, he held talks with Prime Minister Y.",
            Some("2019-03-03"),
        ),
        (
            Language::Fr,
            "Le président X est arrivé samedi 2 mars 2019 à Accra pour une visite d'État. Dimanche, il s'est entretenu avec le Premier ministre Y.",
            Some("2019-03-03"),
        ),
        // A span without a year gives way to the weekday, which the dateline's day is.
        (
            Language::En,
            "BEIJING, March 3 (Xinhua) -- President X on Sunday held talks with Prime Minister Y, who is on a state visit to China from March 2 to 5.",
            Some("--03-03"),
        ),
        // A span written without its year takes the one the text writes it with elsewhere.
        (
            Language::Fr,
            "Le ministre X a été reçu lundi par Y, au cours de sa visite du 3 au 5 mars. Il avait effectué du 3 au 5 mars 2019 une visite au Ghana.",
            Some("2019-03-04"),
        ),
        (
            Language::En,
            "Minister X met Y on Monday, during his visit from March 3 to 5. The visit to Ghana ran from March 3 to 5, 2019.",
            Some("2019-03-04"),
        ),
        // No weekday: the visit's first day.
        (
            Language::En,
            "Minister X held talks with President Y in Accra on March 3-5, 2019.",
            Some("2019-03-03"),
        ),
    ];
    for &(language, input, expected) in cases {
        check_in(language, input, None, expected);
    }
}

#[test]
fn a_caption_s_day_where_the_page_gives_none() {
    // The weekday the report names counts from the full date of a photo's caption.
    check_in(
        Language::En,
        "President X receives the minister at the palace in Accra, May 4, 2019. GPS\n\nMinister Y held talks with X on Saturday at the palace.",
        None,
        Some("2019-05-04"),
    );
}
