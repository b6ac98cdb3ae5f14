//! Page stamps, signed letters, and the year a date takes from the page or the text.

use super::{check, check_in};
use crate::extract::lang::Language;

#[test]
fn page_stamps() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // A page's stamp, alone or with its time, dates a report that names no day.
        ("12/03/2022\nX a reçu Y en audience.", None, Some("2022-03-12")),
        // So does a photo's caption that writes its date in the days before the page; not one of
        // months before, an archive's.
        (
            "X a envoyé son ministre auprès de Y à Niamey.\n\nLe ministre reçu par Y le 14 mars 2023 à Niamey. © Présidence",
            Some("2023-03-15"),
            Some("2023-03-14"),
        ),
        (
            "X a envoyé son ministre auprès de Y à Niamey.\n\nLe ministre reçu par Y le 14 mars 2022 à Niamey. © Présidence",
            Some("2023-03-15"),
            None,
        ),
        // A line of a venue and its city closes with its date and a full stop.
        (
            "Compte rendu de l'entretien avec Y.\n\nCompte rendu de l'entretien du Président de la République avec Y, ministre des Affaires étrangères.\n\nCompte rendu du porte-parole\n\nPalais de l'Élysée - Paris le vendredi 5 mars 2021.\n\nLe Président de la République a reçu le ministre.",
            None,
            Some("2021-03-05"),
        ),
        (
            "Message à Y\n\nLe 09/02/2021 à 11h40\n\nX a adressé un message de condoléances à Y.",
            None,
            Some("2021-02-09"),
        ),
        (
            "Actualités\n· International\n· Mardi 8 juin 2021\nX a reçu Y au palais.",
            None,
            Some("2021-06-08"),
        ),
        (
            "Publié : 14/03/2022 10:05\nX a reçu Y au palais.",
            None,
            Some("2022-03-14"),
        ),
        // A site's bar between the dateline's city and its date.
        (
            "Lomé | 14 mars 2022\nX a reçu Y au palais.",
            None,
            Some("2022-03-14"),
        ),
        // A message for an occasion is dated by the occasion, which a page stamped in figures may
        // follow by days; the issuer's page that writes its day out dates the message it sends.
        (
            "05/07/2024\nX a adressé un message de félicitations à Y à l'occasion de la fête nationale.",
            None,
            None,
        ),
        (
            "Vendredi 5 juillet 2024\nX a adressé un message de félicitations à Y à l'occasion de la fête nationale.",
            None,
            Some("2024-07-05"),
        ),
        // A stamp whose day and month could be either way round is read day first, unless the
        // page's publication date shows the American order.
        (
            "03/04/2021\nThe President received Y at the palace.",
            None,
            Some("2021-04-03"),
        ),
        (
            "03/04/2021\nThe President received Y at the palace.",
            Some("2021-03-04"),
            Some("2021-03-04"),
        ),
        (
            "03/04/2021\nThe President received Y at the palace.",
            Some("2021-04-05"),
            Some("2021-04-03"),
        ),
        (
            "03.04.2021\nThe President received Y at the palace.",
            Some("2021-03-04"),
            Some("2021-04-03"),
        ),
        // A report that writes its own date months after its page's stamp contradicts it: the
        // stamp dates nothing.
        (
            "Chapeau\nLe Secrétaire général a reçu, le 12 mai 2019, Y au siège.\nPublié le : 04/02/2019\nIls ont évoqué la crise.",
            Some("2019-02-04"),
            None,
        ),
        (
            "Chapeau\nLe Secrétaire général a reçu Y au siège.\nPublié le : 04/02/2019\nIls ont évoqué la crise.",
            Some("2019-02-04"),
            Some("2019-02-04"),
        ),
        // A dateline may give its city's country in brackets: the lead's own day dates the
        // exchange, not the dispatch's.
        (
            "Accra (Ghana), 08 mai 2024 (AIP) – Le président X a commencé lundi 6 mai 2024 une série d'audiences.\nLors d'une audience au palais, X a reçu le ministre Y.",
            None,
            Some("2024-05-06"),
        ),
    ];
    for &(input, published, expected) in cases {
        check(input, published, expected);
    }
}

#[test]
fn english_stamps_and_signatures() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // A message for an occasion on a page stamped in figures is left undated; on the issuer's
        // page that writes its day out, it is dated by the page.
        (
            "Friday 4 October 2019\nThe King sent a message of congratulations to Y on the occasion of Independence Day.",
            Some("2019-10-04"),
            Some("2019-10-04"),
        ),
        (
            "04/10/2019\nThe King sent a message of congratulations to Y on the occasion of Independence Day.",
            Some("2019-10-04"),
            None,
        ),
        // A title that closes with its release's day dates a report that names none, not the
        // stamp of a page that copies it days later.
        (
            "date 2024-05-13\nPM meeting with the President of Ghana: 10 May 2024\nThe Prime Minister hosted Y in Downing Street.",
            Some("2024-05-13"),
            Some("2024-05-10"),
        ),
        // …in brackets, or after a comma that follows a word.
        (
            "Two leaders discuss the harvest by phone (May 4, 2021)\n\nThe Prime Minister has held phone talks with President Y on the harvest.",
            None,
            Some("2021-05-04"),
        ),
        (
            "The Minister holds first calls with island leaders - Readout, 4 May 2021\n\nThe Minister and Premier Y discussed fisheries.",
            None,
            Some("2021-05-04"),
        ),
        // A wire's stamp in brackets after the dateline's city dates the dispatch.
        (
            "MUSCAT, (ONA - 3rd Feb, 2022) The Foreign Minister received Y at the ministry.",
            None,
            Some("2022-02-03"),
        ),
        // …or after a dash that follows the city.
        (
            "Georgetown, Guyana – (May 4, 2021) President X has received a congratulatory letter from Y.",
            None,
            Some("2021-05-04"),
        ),
        // A dateline on a line of its own under the headline may close with a colon.
        (
            "Ministers hold talks\n\nColombo, March 3:\n\nThe Foreign Minister met Y here today.",
            Some("2021-03-05"),
            Some("2021-03-03"),
        ),
        // A page's stamp may give the time before the date.
        (
            "Leaders talk by phone\n09:15, 4 March 2024\nThe President had a phone call with Y.",
            None,
            Some("2024-03-04"),
        ),
        // A stamp that says it is the page's may open it, its time after the date.
        (
            "Posted: 03.11.2021 14:20:00\n\nThe President congratulated Y on the national holiday.",
            None,
            Some("2021-11-03"),
        ),
        (
            "Condolences to Y\nPublished : 2 Feb 2022 09:10 PM | Updated : 3 Feb 2022\nThe Minister sent a message of condolences to Y.",
            None,
            Some("2022-02-02"),
        ),
        // A letter signed at its end with a place and a date was written that day: "today"
        // counts from it, not from a distributor's stamp at the top.
        (
            "02/06/2021\nThe Prime Minister spoke today with Y.\n\nCanberra\nJune 01, 2021\n\nDisclaimer",
            None,
            Some("2021-06-01"),
        ),
        (
            "Her Excellency Y\n\nWe were saddened to learn of the floods.\n\nThe Palace, Oslo\n4 May 2023",
            None,
            Some("2023-05-04"),
        ),
        // A release closed by its issuer and the city it issued it in.
        (
            "Tuesday, 9 May 2023\n\nThe President has sent a message of condolences to Y.\nIssued by: Ministry of Foreign Affairs, Dar es Salaam.\n4th May 2023\n\nRelated posts",
            None,
            Some("2023-05-04"),
        ),
        // A dispatch's dateline that opens the report is the day it was filed, from which the
        // weekday the report names counts back.
        (
            "Mon, 05/06/2024 - 12:25\n\nLeaders hold talks\n\nAccra, May 6, GNA -- President X on Sunday held talks with President Y at the Jubilee House.",
            Some("2024-05-06"),
            Some("2024-05-05"),
        ),
        // The city on a line of its own under the issuer's, signed by the sender above.
        (
            "President Tom Ward\n--\nThe President of Ghana, Tom Ward has sent a condolence message to Ali Khan, President of Togo following the floods\nTom Ward\nIssued by:\nMinistry of Foreign Affairs and International Co-\noperation,\nDar es Salaam.\n4th May 2023",
            None,
            Some("2023-05-04"),
        ),
    ];
    for &(input, published, expected) in cases {
        check_in(Language::En, input, published, expected);
    }
}

#[test]
fn days_written_in_words_and_years_read_from_the_page() {
    let cases: &[(Language, &str, Option<&str>, Option<&str>)] = &[
        // The first of a month written as a word.
        (Language::Fr, "Le président X a reçu hier premier mars 2026 son homologue Y.", None, Some("2026-03-01")),
        // A number in words before a word that abbreviates a month is no day: "dix sept" is 17.
        (Language::Fr, "Le président X a reçu les lettres de créance de dix sept nouveaux ambassadeurs, dont Y, le 12 mai 2024.", None, Some("2024-05-12")),
        // "du" after "datée" is the letter's own date.
        (Language::Fr, "Dans une lettre datée du 4 juin 2019, X adresse à Y ses félicitations.", None, Some("2019-06-04")),
        // The weekday after "today" names the day, which the page may follow.
        (Language::Fr, "X a reçu aujourd'hui mardi au palais l'ambassadeur Y.", Some("2024-04-10"), Some("2024-04-09")),
        (Language::En, "X met Y today, Tuesday, at the palace.", Some("2024-04-10"), Some("2024-04-09")),
        // A communiqué's dateline in brackets on its own line.
        (Language::Fr, "Communiqué de presse.\n(Niamey, 5 mars 2024). Le président X a reçu ce lundi Y.", None, Some("2024-03-04")),
        // A wire's full stop before its name closes the dateline.
        (Language::En, "All news\n\nMOSCOW, April 9. /TASS/. X and Y are holding talks via video link on Tuesday.", None, Some("--04-09")),
        // A page's stamp that opens the text with a time.
        (Language::En, "11:01 / 09.04.2024\n\nX had a telephone conversation with Y.", None, Some("2024-04-09")),
        // The dateline's day takes the page's year.
        (Language::En, "BAKU, Azerbaijan, April 9. X received Y at the palace.", Some("2024-04-10"), Some("2024-04-09")),
        // A lead set as a heading, its full stop lost, dates the exchange the next line tells.
        (Language::En, "PM call with the Prime Minister of Fiji: 6 July 2024\nThe Prime Minister spoke to the Prime Minister of Fiji this morning\nThe Prime Minister thanked Y for his kind words.", Some("2024-07-08"), Some("2024-07-06")),
        // A wire's dateline may give its city's country in square brackets: the day it was filed
        // on gives way to the one the lead writes.
        (Language::En, "Accra [Ghana], March 4 (Agency): Ghana and Togo held consultations on March 3 in Accra.\n\nThe Ghanaian side was led by Minister X, while Minister Y led the Togolese side.", None, Some("--03-03")),
        // A dateline's day without its year takes the year the text writes the same day with.
        (Language::En, "KHARTOUM, 3 May (SUNA) - X and Y on Friday signed a joint statement.\n\nThe ministers met on Friday the 3rd of May 2019 at the ministry.", None, Some("2019-05-03")),
        // A day after the dispatch's dateline is one to come, not the day it reports.
        (Language::En, "BAKU, March 12, AZERTAC\n\nThe President received Y.\n\nThey noted that a forum will be held in Baku on March 13.", Some("2018-03-12"), Some("2018-03-12")),
        // A line further down that a lower-case word leads into its date tells a past event,
        // however a body's acronym in capitals may follow it like a wire's name.
        (Language::En, "NAIROBI: The Secretary-General held a video call with Minister Y on Tuesday.\n\nThe two discussed the summit.\n\nCreated on June 3, 1975, ECOWAS now counts fifteen members.", None, None),
        // …unless the report tells it as its present, under a page stamped the day before.
        (Language::Fr, "09/04/2024\nLe président X a effectué ce 10 avril 2024 une visite à Lomé où il a rencontré son homologue Y.", None, Some("2024-04-10")),
        // A dateline in brackets may open the text, its lead on the same line.
        (Language::Fr, "(Lomé, 9 avril 2024). Le président X est arrivé ce mardi à Lomé, où il a été reçu par le président Y.", None, Some("2024-04-09")),
        // A post embedded in a page without a date, signed in English whatever the text's
        // language, gives the day its weekday counts from.
        (Language::Fr, "Le ministre X a reçu mercredi à Rabat son homologue Y.\n\nLe ministre a reçu aujourd'hui son homologue. pic.twitter.com/Ab1 — Diplomatie (@MaeDiplomatie) April 10, 2024\n\nIls ont évoqué la coopération.", None, Some("2024-04-10")),
        // …its handle may join words with an underscore.
        (Language::Fr, "Le ministre X a été reçu mardi à Vienne par son homologue Y.\n\nBelle rencontre ce jour à Vienne avec mon homologue. — Ministère (@Min_Aff2) March 3, 2026", None, Some("2026-03-03")),
        // Where nothing else dates the exchange, a party's post the page quotes dates it…
        (Language::En, "X and Y had their first phone conversation.\n\n“I have spoken with Y.” — X (@X_Office) December 20, 2020\n\nThe call lasted an hour.", Some("2020-12-21"), Some("2020-12-20")),
        // …its stamp written day first in the language of the page that shows it.
        (Language::Fr, "Le ministre X a eu une conversation téléphonique avec son homologue Y, a annoncé le ministère.\n\nEntretien avec mon homologue. pic.twitter.com/Ab1 — Z (@Z_Min) 3 mars 2021", None, Some("2021-03-03")),
        (Language::Fr, "Le ministre X a eu une conversation téléphonique avec son homologue Y, a annoncé le ministère.\n\nEntretien avec mon homologue. — Z (@Z_Min) 15 июля 2019 г.", None, Some("2019-07-15")),
        // A dateline's year after a slash glued to its day, as some agencies write it.
        (Language::En, "Addis Ababa August 25/2021 (ENA) Minister Tom Ward received on Tuesday the envoy Y.", None, Some("2021-08-24")),
        // A year-less day takes the year the text writes the same day with.
        (Language::En, "X met Y on March 6.\n\nZ (@Z) March 6, 2023", None, Some("2023-03-06")),
        // …the latest, when an anniversary writes the first year and the present one.
        (Language::En, "On the afternoon of October 1, X received Y. X congratulated China on the 75th anniversary of its National Day (October 1, 1949 - October 1, 2024).", None, Some("2024-10-01")),
        (Language::Fr, "Le 1er octobre, X a reçu Y à l'occasion du 75e anniversaire de la fête nationale (1er octobre 1949 - 1er octobre 2024).", Some("2024-10-02"), Some("2024-10-01")),
        // …but not a bygone year a sentence recalling the past writes it with.
        (Language::Fr, "X a adressé ses félicitations à Y à l'occasion de la célébration, le 17 août, de la fête nationale. Il lui souhaite la prospérité. On se rappelle encore le 17 août 1960, jour de l'indépendance.", None, Some("--08-17")),
        (Language::En, "President X congratulated President Y on March 6 on his country's national day. It will be recalled that on March 6, 1957 the country became free.", None, Some("--03-06")),
        // …the first day of a span included.
        (Language::Fr, "Le président X a effectué du 2 au 3 juin 2007 une visite à Lomé. Il a été accueilli à son arrivée samedi 2 juin par le président Y.", None, Some("2007-06-02")),
        // A date that opens a sentence before the report sets its scene.
        (Language::Fr, "Visite au palais\nMardi 9 avril, il est midi au palais. Le cortège arrive. La garde rend les honneurs. X vient à la rencontre de Y.", None, Some("--04-09")),
        // …past the words that name its day.
        (Language::Fr, "En date du 14 juin 2011, le ministre X s'est rendu à Genève. Il était accompagné de son conseiller Z.\n\nAudience au palais\n\nLe président Y a reçu le ministre en audience.", None, Some("2011-06-14")),
        // A full date told as the text's present, far from the report.
        (Language::Fr, "X a reçu Y au palais. Ils ont parlé de commerce. Ils ont parlé d'énergie. Ils ont parlé de sécurité. Les délégations, à l'issue des entretiens de ce 11 avril 2018, ont réaffirmé leur volonté.", None, Some("2018-04-11")),
        // A full date months before the page, in a sentence before the report, is another day's.
        (Language::Fr, "Le roi X lors de son discours, le mardi 29 juillet 2025.\n\nLe roi X a adressé un message de félicitations à Y.", Some("2026-01-03"), None),
        (Language::Fr, "Le roi X lors de son discours, le mardi 29 juillet 2025.\n\nLe roi X a adressé un message de félicitations à Y.", Some("2025-07-30"), Some("2025-07-29")),
        // A January date written with the year just ended, days before its page, is a slip.
        (Language::En, "X met Y on January 13th 2020.", Some("2021-01-14"), Some("2021-01-13")),
        (Language::Fr, "X a reçu Y le 5 janvier 2023.", Some("2024-02-20"), Some("2023-01-05")),
        // A year its weekday contradicts is a slip: the page's year or another the text writes
        // mends it when the weekday fits; else the weekday may as well be the slip.
        (Language::Fr, "Le ministre X a reçu ce lundi 3 mars 2035 l'ambassadeur Y.\n\n© Agence 2025", None, Some("2025-03-03")),
        (Language::Fr, "Le ministre X a reçu ce lundi 3 mars 2035 l'ambassadeur Y.", Some("2025-03-04"), Some("2025-03-03")),
        (Language::Fr, "Le ministre X a reçu ce lundi 3 mars 2035 l'ambassadeur Y.", None, Some("2035-03-03")),
        // In January, the year just ended is the slip where the new one gives the weekday.
        (Language::Fr, "Le président X s'est entretenu le lundi 12 janvier 2025 avec Y.", None, Some("2026-01-12")),
        // Or the month is, on a page put up days after that day of its own month.
        (Language::Fr, "Le ministre X a reçu ce mercredi 20 juin 2021 l'ambassadeur Y.", Some("2021-10-22"), Some("2021-10-20")),
        // An English page may write its stamp either way round: one that reads both ways dates
        // nothing without a publication date.
        (Language::En, "03/04/2021\nThe President spoke today with Y.", None, None),
        // A month glued to its year is still read with it.
        (Language::Fr, "Message de X à Y\n\nParis, le 4 mars2024\n\nMonsieur le Président,\n\nJ'ai appris avec tristesse la nouvelle survenue le 1er mars.", Some("2024-03-07"), Some("2024-03-04")),
        // A French letter's heading line, its place before the date, dates the letter.
        (Language::Fr, "Message de X à Y\n\nLE PRÉSIDENT\n\nParis, le lundi 4 mars 2024.\n\nMonsieur le Président,\n\nJ'ai appris avec tristesse la nouvelle.", None, Some("2024-03-04")),
        // A day told months before the day the text says it was written on is another event's.
        (Language::En, "3 May 2024 – X held a meeting with Y at the palace.\n\nThey talked about trade.\n\nThey welcomed the progress made since the visit of 9 January 2024.", None, Some("2024-05-03")),
        // A sentence that opens with a full date before the report sets its scene.
        (Language::En, "The Minister X today paid a visit to Z.\n\nOn 18 May 2017, the Minister came to the capital at the invitation of W.\n\nThe visit marked an anniversary.\n\nThe talks between W and Y covered trade.", None, Some("2017-05-18")),
        // A deadline's day is not the event's.
        (Language::Fr, "X a reçu Y. Ils ont évoqué la formation du gouvernement dans le délai qui expire le 31 octobre.", Some("2022-09-28"), None),
        // A full date years after the page is no day the page reports: a caption caught with it.
        (Language::Fr, "X et Y lors d'un entretien à Genève, le 8 mars 2029.\nLe président X a reçu jeudi Y.", Some("2024-03-08"), Some("2024-03-07")),
    ];
    for &(language, input, published, expected) in cases {
        check_in(language, input, published, expected);
    }
}

/// A joint statement is dated by its own date line, under its title or right over it, or by the
/// line it is signed with at its end, not by the first day of the visit it closes.
#[test]
fn statements_are_dated_by_their_own_lines() {
    for (language, body, date, place) in [
        (
            Language::Fr,
            "Communiqué conjoint\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite officielle au Ghana du 2 au 4 mars 2019.\n\nFait à Accra, le 4 mars 2019",
            "2019-03-04",
            Some("Accra"),
        ),
        (
            Language::Fr,
            "4 mars 2019\n\nCommuniqué conjoint\n\nÀ l'invitation du président Tom Ward, le président Ali Khan a effectué une visite officielle au Ghana du 2 au 4 mars 2019.",
            "2019-03-04",
            None,
        ),
        (
            Language::En,
            "Joint Statement\n\nAt the invitation of President Tom Ward, President Ali Khan paid a state visit to Ghana from 2 to 4 March 2019.\n\nDone at Accra on 4 March 2019",
            "2019-03-04",
            Some("Accra"),
        ),
    ] {
        let read = crate::extract::testing::read(body, None, language);
        let found = read.date.value.map(|d| d.to_string());
        assert_eq!(found.as_deref(), Some(date), "{body}");
        assert_eq!(read.place.value.as_deref(), place, "{body}");
    }
}

/// A joint statement is dated by the day its opening lines say it was issued, over the days of
/// the visit it closes, and by the visit's days over a dispatch's dateline its title opens with.
#[test]
fn statements_are_dated_by_the_day_they_were_issued() {
    for (language, body, date) in [
        (
            Language::En,
            "[GH] JOINT COMMUNIQUE BY THE TWO PRESIDENTS ISSUED 25TH JUNE 2019 AT STATE HOUSE, ACCRA.\nJOINT COMMUNIQUE BY H.E TOM WARD, PRESIDENT OF THE REPUBLIC OF TOGO AFTER AN OFFICIAL WORKING VISIT TO HIS COUNTERPART, H.E ALI KHAN, PRESIDENT OF THE REPUBLIC OF GHANA ON 24TH- 25TH\nJUNE 2019 AT STATE HOUSE, ACCRA.\nThe meeting between the two presidents was attended by ministers. The talks were held in a warm atmosphere.",
            "2019-06-25",
        ),
        (
            Language::Fr,
            "Déclaration commune\n\nLes deux pays réaffirment leur amitié, souligne la Déclaration commune rendue publique mercredi à Accra à l'issue de la visite du 20 au 22 juin du président Tom Ward.\n\nÀ l'invitation du président Ali Khan, le président Tom Ward a effectué du 20 au 22 juin 2011 une visite officielle au Ghana.",
            "2011-06-22",
        ),
        (
            Language::Fr,
            "AGNEWS, le 11 avril 2010 – Communiqué conjoint clôturant la visite officielle au Ghana de S.E.M. Tom Ward, Président de la République du Togo du 10 au 11 avril 2010. – 11-04-2010 Kofi Mensah\n\n1. Sur invitation de son homologue, Son Excellence Ali Khan, Président de la République du Ghana, Son Excellence Tom Ward s'est rendu au Ghana, les 10 et 11 avril 2010.\n\n2. Pendant ce séjour, les deux Chefs d'Etat ont tenu plusieurs séances de travail.",
            "2010-04-10",
        ),
    ] {
        let read = crate::extract::testing::read(body, None, language);
        let found = read.date.value.map(|d| d.to_string());
        assert_eq!(found.as_deref(), Some(date), "{body}");
    }
}
