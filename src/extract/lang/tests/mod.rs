//! English readouts read by the shared machinery: one case per rule, in sentences written the way
//! English-language ministries and wires write them.

use super::{detect, Language};
use crate::extract::testing::{self, lexicon};
use crate::extract::{extract, Context, Extracted};
use crate::model::{Confidence, Provenance};

mod folded;
mod people;

fn read(body: &str, published: Option<&str>) -> Extracted {
    testing::read(body, published, Language::En)
}

#[test]
fn dates_in_both_orders_with_weekdays_abbreviations_and_relative_days() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("Foreign Minister Ana Silva met her Chilean counterpart on 14 March 2024 in Lisbon.", None, Some("2024-03-14")),
        ("On Thursday, March 14, 2024, President Tom Ward received Prime Minister Ali Khan.", None, Some("2024-03-14")),
        ("Secretary Ward met Minister Khan on the 3rd of June.", Some("2024-06-10"), Some("2024-06-03")),
        ("President Tom Ward held talks with Prime Minister Ali Khan on Nov. 19.", None, Some("--11-19")),
        // A second dateline, under a stamp, opening the report's sentence is the release's.
        ("11.05.2020 04:42:00\nSINGAPORE, May 11, 2020 /PRNewswire/ -- Minister Tom Ward spoke with Ali Khan on 28 April 2020 via telephone.", None, Some("2020-04-28")),
        ("Minister Tom Ward's Telephone Call with Minister Ali Khan\nSINGAPORE, May 11, 2020 /PRNewswire/ -- Minister Tom Ward spoke with Minister Ali Khan on 28 April 2020 via telephone.", None, Some("2020-04-28")),
        // A date the lead opens with is the event's, not a dateline giving way to the next sentence's.
        ("On November 3, Minister Tom Ward held telephone talks with Ali Khan. They discussed the visit to Seoul on October 29.", None, Some("--11-03")),
        ("Secretary Tom Ward spoke with Minister Ali Khan yesterday.", Some("2023-01-04"), Some("2023-01-03")),
        // "Yesterday" counts from the dispatch's dateline, a distributor's credit before it, even
        // where the page's date, in another time zone, is the day before.
        ("(MENAFN- Nile News Network) CAIRO, Dec 24 (NNN-MENA) – President Tom Ward received a phone call from Ali Khan yesterday.", Some("2023-12-23"), Some("2023-12-23")),
        ("CAIRO, Dec 24 (NNN-MENA) – President Tom Ward received a phone call from Ali Khan yesterday.", Some("2023-12-23"), Some("2023-12-23")),
        // A sentence beside the report that tells an exchange between others dates that one.
        // Not one a speaker tells of the event's parties.
        ("President Tom Ward spoke on telephone with his Ghanaian counterpart, Ali Khan. The Press Secretary, Sam Otieno, told journalists during a briefing, Tuesday, that the two leaders had a telephone conversation on Monday.", Some("2017-02-15"), Some("2017-02-13")),
        ("Japan and Ghana agreed in phone talks Thursday to deepen their ties. Foreign Minister Tom Ward and Minister Ali Khan exchanged views on a wide range of issues during the call, according to the ministry. In phone talks Tuesday, President Sam Otieno offered Prime Minister Kofi Mensah his support.", Some("2021-10-07"), Some("2021-10-07")),
        ("Today, Secretary Tom Ward met Minister Ali Khan.", Some("2023-01-04"), Some("2023-01-04")),
        ("Secretary Tom Ward spoke to Minister Ali Khan this evening.", Some("2023-01-04"), Some("2023-01-04")),
        ("President Tom Ward met Prime Minister Ali Khan on Monday.", Some("2025-11-20"), Some("2025-11-17")),
        ("ASTANA, Nov 19 (Kazinform) - President Tom Ward met Prime Minister Ali Khan on Tuesday.", None, Some("--11-19")),
        ("President Tom Ward met Prime Minister Ali Khan, who may visit in May.", None, None),
        // A sentence after the report that opens by announcing another exchange dates that one;
        // "earlier this week" within one that tells the report again does not.
        ("The Emir Tom Ward sent cables to President Ali Khan. Earlier, the Emir had sent a cable to Sam Otieno, who fell ill on Saturday.", Some("2021-03-22"), None),
        ("Prime Minister Tom Ward met President Ali Khan. The meeting took place, earlier this week, on Monday, September 30, 2019 at the palace.", None, Some("2019-09-30")),
        ("President Tom Ward will meet Prime Minister Ali Khan next Tuesday.", Some("2025-11-20"), None),
        ("President Tom Ward met Prime Minister Ali Khan on Friday (April 13th).", Some("2018-04-14"), Some("2018-04-13")),
        // The brackets date the conversation held, not the page's stamp.
        ("date 2021-06-24 Minister Tom Ward, in a telephone conversation held (21 June) with Minister Ali Khan, discussed trade.", Some("2021-06-24"), Some("2021-06-21")),
        // A day after the page's labelled date, in the site's banner, is not the call's.
        ("date 2021-05-17 • Tue. May 18th, 2021\nSecretary Tom Ward's Call with Minister Ali Khan\n\nSecretary Tom Ward spoke with Minister Ali Khan about trade.", None, Some("2021-05-17")),
        ("date 2020-06-16 ROME, (WAM - 16th Jun, 2020) Minister Tom Ward reviewed relations with Ambassador Ali Khan in a video call.", None, Some("2020-06-16")),
        // A disaster's day is not the day the sympathy was sent.
        ("President Tom Ward sent a message of sympathy to President Ali Khan over the floods that hit the coast on August 11.", None, None),
        // The day an attribution after the event tells it on is the report's; the next sentence dates the meeting.
        ("Foreign Minister Tom Ward and his Thai counterpart Ali Khan have held talks in Bangkok, the ministry said Friday. The two held a meeting on Thursday.", Some("2024-11-15"), Some("2024-11-14")),
        // The day the page says the release was published on anchors its "today".
        ("The following release was published by the Office of the Spokesperson on Aug. 29, 2021.\nSecretary of State Tom Ward spoke today with Foreign Minister Ali Khan.", None, Some("2021-08-29")),
        // Without its year, past the long name of the office that put it out.
        ("The following statement was published by the Ministry of Foreign Affairs, Department of Asian and African Affairs on July 4.\nMinister Tom Ward spoke today with Minister Ali Khan.", None, Some("--07-04")),
        // With no other day told, the report's day is the best there is.
        ("Foreign Minister Tom Ward spoke by phone with Ali Khan, the ministry said Friday.", Some("2024-11-15"), Some("2024-11-15")),
        ("The meeting of President Tom Ward with Prime Minister Ali Khan came after their talks since 5 May.", None, None),
        ("President Tom Ward received Ambassador Ali Khan. It is their first meeting since he became President on May 10.", None, None),
        // A date before the event it names is that event's, not the call's.
        ("President Tom Ward spoke by phone with President Ali Khan and congratulated him on the June 2 referendum.", None, None),
        ("Prime Minister Ali Khan condemned the attack on the 9th of May when he called President Tom Ward.", None, None),
        ("In his congratulatory message, President Tom Ward told President-elect Ali Khan he would work with him after the Nov. 8 presidential election.", Some("2016-11-10"), None),
        // A year-less day told months before the page is a repost's: the page gives no year.
        ("President Tom Ward received Prime Minister Ali Khan on March 3.", Some("2022-11-20"), Some("--03-03")),
        // A page's stamp in its list of items, over a report that names no day.
        ("Envoy calls on the President\n  • World\n  • Tuesday, 4 June 2019\nPresident Tom Ward received Ambassador Ali Khan at his office.", Some("2019-06-04"), Some("2019-06-04")),
        // The sentence that names the parties by their countries dates the call the next one names them in.
        ("In a Sunday phone call, the presidents of Kenya and Peru discussed trade.\n\nREGIONAL ISSUES WERE DISCUSSED\n\nThe agency said Tom Ward and his Peruvian counterpart Ali Khan also exchanged views on security.", Some("2020-05-25"), Some("2020-05-24")),
    ];
    for &(body, published, expected) in cases {
        let got = read(body, published).date.value.map(|d| d.to_string());
        assert_eq!(got.as_deref(), expected, "{body}");
    }
}

#[test]
fn a_release_titled_with_its_date_counts_its_yesterday_from_it() {
    // The copy was published later than the release, whose title gives its own date.
    let body = "PM call with President Ali Khan: 3 January 2023\nPrime Minister Tom Ward spoke to President Ali Khan yesterday afternoon.";
    let got = read(body, Some("2023-01-05")).date.value;
    assert_eq!(got.map(|d| d.to_string()).as_deref(), Some("2023-01-02"));
    // A photo's line dated years before the page is no release's title: the page's year holds.
    let body = "Minister Tom Ward and his counterpart Ali Khan in Rome, March 2, 2022

ROME - Minister Tom Ward called the meeting with Minister Ali Khan on February 3 productive.";
    let got = read(body, Some("2025-02-05")).date.value;
    assert_eq!(got.map(|d| d.to_string()).as_deref(), Some("2025-02-03"));
    // A long headline in title case is a headline, not the report: the body dates the meeting.
    let body = "Saturday, 14 April 2018\nUS Ambassador Tom Ward Meets Minister of Foreign Affairs, Ali Khan to Review the Bilateral Relations Between the Two Countries\nAmbassador Tom Ward met Minister Ali Khan. The meeting took place on Friday (April 13th).";
    let got = read(body, None).date.value;
    assert_eq!(got.map(|d| d.to_string()).as_deref(), Some("2018-04-13"));
}

#[test]
fn a_joint_statement_is_dated_and_placed_by_the_line_under_its_title() {
    let body = "UPDATED: February 1, 2011 NO. 5 FEBRUARY 3, 2011\nChina-U.S. Joint Statement\nJanuary 19, 2011, Washington, D.C.\n\n1. At the invitation of President Barack Obama, President Hu Jintao is paying a state visit to the United States on January 18-21, 2011.";
    let x = read(body, None);
    assert_eq!(x.kind.value.key(), "joint_statement");
    assert_eq!(
        x.date.value.map(|d| d.to_string()).as_deref(),
        Some("2011-01-19")
    );
    assert_eq!(x.place.value.as_deref(), Some("Washington, D.C."));
}

#[test]
fn places_from_the_report_the_sentence_that_dates_it_the_release_line_or_the_wire_city() {
    let cases = [
        ("MANILA - Secretary Ali Khan held a meeting with Ambassador Tom Ward at the ministry.", Some("Manila")),
        ("Ward receives Khan\n\n  • Nation\n\nMANILA: Secretary Ali Khan received a courtesy call from Ambassador Tom Ward at the ministry.", Some("Manila")),
        ("Colombo, Mar 29 (PTI) Minister Ali Khan held talks with Minister Tom Ward here.", Some("Colombo")),
        ("WASHINGTON, Nov 19 (Reuters) - President Tom Ward met Prime Minister Ali Khan.", None),
        // The city a headline's visit is to, where the report names none.
        ("Minister Ali Khan visits Nairobi\n\nMinister Ali Khan met President Tom Ward on Monday to discuss trade.", Some("Nairobi")),
        ("Ambassador Tom Ward met Minister Ali Khan. The meeting took place in Jakarta on Friday (April 13th).", Some("Jakarta")),
        // The dateline a national agency signs on its own line, under the headline.
        ("President receives the minister\nBaku, May 12, AZERTAC\nPresident Tom Ward has received Minister Ali Khan.", Some("Baku")),
        // The wire's city, when the report places the event in its country.
        ("Muscat [Oman], March 3 (ANI): Minister Tom Ward met Minister Ali Khan on Sunday on the sidelines of a forum in Oman.", Some("Muscat")),
        // A city by what the text calls it.
        ("President Tom Ward and Minister Ali Khan met for two hours in the Turkish capital Ankara on Thursday.", Some("Ankara")),
        // The city after a palace named in Malay.
        ("President Tom Ward received Prime Minister Ali Khan at Istana Negara, Kuala Lumpur, on Monday.", Some("Kuala Lumpur")),
        ("Minister Ward meets with French counterpart\n\nJanuary 20, 2022 - Paris, France - Global Affairs\n\nMinister Tom Ward met yesterday with Minister Ali Khan.", Some("Paris")),
        // A city-state, and a country's second city, as places.
        ("Kenya and Peru signed Sunday in Hong Kong a joint communique.", Some("Hong Kong")),
        ("President Tom Ward met President Ali Khan at State House, Mombasa.", Some("Mombasa")),
        // A venue's city, known or not, set after it by a comma.
        ("President Tom Ward received Ambassador Ali Khan at State House, Kisoro.", Some("Kisoro")),
        // A known city right after a venue's name, and a villa's or a hotel's city.
        ("President Tom Ward received the envoy at State House Nairobi on Monday.", Some("Nairobi")),
        ("President Tom Ward met the envoy Ali Khan at the Presidential Villa, Abuja.", Some("Abuja")),
        ("President Tom Ward held a bilateral meeting with Prime Minister Ali Khan at the Grand Lagoon Hotel, Bali.", Some("Bali")),
        // A city a comma sets before its country's name, known or not; not a list of countries.
        ("Minister Tom Ward and Minister Ali Khan met at Port Lindsay, Sri Lanka, on the sidelines of the session.", Some("Port Lindsay")),
        ("Minister Tom Ward and Minister Ali Khan met in Kenya, Uganda and Tanzania.", None),
        // Where the report, or a sentence after it, says the exchange was held, known or not.
        ("Minister Tom Ward received Minister Ali Khan. During the meeting, held at the ministry's headquarters in Abu Dhabi, they discussed trade.", Some("Abu Dhabi")),
        ("Minister Tom Ward and Minister Ali Khan held consultations today. The ministers welcomed the visit. At the meeting held in Port Lindsay in the hills, they discussed trade.", Some("Port Lindsay")),
    ];
    for (body, expected) in cases {
        assert_eq!(read(body, None).place.value.as_deref(), expected, "{body}");
    }
}

#[test]
fn a_city_named_as_one_is_the_place_known_or_not() {
    let body = "Foreign Minister Tom Ward met Foreign Minister Ali Khan in the Austrian city of Graz on Friday.";
    assert_eq!(read(body, None).place.value.as_deref(), Some("Graz"));
}

#[test]
fn kinds_from_verbs_of_meeting_and_calling() {
    let cases = [
        ("President Tom Ward met Prime Minister Ali Khan.", "meeting"),
        // The meeting something was discussed at, and a visit paid to someone, are meetings.
        (
            "President Tom Ward and Prime Minister Ali Khan discussed regional security in a meeting on Thursday.",
            "meeting",
        ),
        (
            "During his meeting with Prime Minister Ali Khan, President Tom Ward discussed trade.",
            "meeting",
        ),
        (
            "President Tom Ward paid a brief visit to President Ali Khan in the capital.",
            "meeting",
        ),
        (
            "President Tom Ward received a telephone call from Prime Minister Ali Khan.",
            "phone_call",
        ),
        (
            "The Prime Minister spoke to President Tom Ward this morning.",
            "phone_call",
        ),
        (
            "Secretary of State Tom Ward spoke today with Chilean Foreign Minister Ali Khan.",
            "phone_call",
        ),
        (
            "Foreign Minister Tom Ward spoke this morning with his Kenyan counterpart Ali Khan.",
            "phone_call",
        ),
        // A call held by video is a video call.
        (
            "High Representative Tom Ward held a call by videoconference with Minister Ali Khan.",
            "video_call",
        ),
        // Talks to come, told before they are held.
        (
            "Prime Minister Tom Ward was on Monday expected to discuss trade with his visiting counterpart Ali Khan.",
            "talks",
        ),
        // The host of talks holds talks.
        (
            "President Tom Ward today hosted bilateral talks with President Ali Khan at State House.",
            "talks",
        ),
        (
            "General Secretary Tom Ward gave a reception on Monday for visiting Prime Minister Ali Khan.",
            "meeting",
        ),
        // A later sentence that tells how the talks were held, before anyone else is named.
        (
            "The talks between President Tom Ward and President Ali Khan ended late in the evening. They began at six. At the start of the video conference, the two leaders greeted each other.",
            "video_call",
        ),
        (
            "President Tom Ward held talks with President Ali Khan in Rome. Later, President Tom Ward spoke by phone with Prime Minister Sam Otieno.",
            "talks",
        ),
        // Two sentences on, only "the" call points back to the talks; "a" call is another.
        (
            "President Tom Ward held talks with President Ali Khan. They lasted two hours. In May, the two leaders had a phone call.",
            "talks",
        ),
        (
            "Secretary Tom Ward held talks with Minister Ali Khan.",
            "talks",
        ),
        (
            "President Tom Ward and Prime Minister Ali Khan held a video conference.",
            "video_call",
        ),
        // A video teleconference as governments abbreviate it.
        (
            "Prime Minister Tom Ward and Prime Minister Ali Khan held a Leaders' Meeting via VTC on 3 May 2021.",
            "video_call",
        ),
        (
            "Ambassador Tom Ward paid a courtesy call on Prime Minister Ali Khan.",
            "meeting",
        ),
        // Talks told as under way.
        (
            "Foreign Minister Tom Ward and his Thai counterpart Ali Khan have been discussing trade in Bangkok.",
            "talks",
        ),
        // "called the meeting useful" judges the meeting; no one was called.
        (
            "Minister Tom Ward called the meeting with Minister Ali Khan in Rome useful.",
            "meeting",
        ),
        (
            "President Tom Ward sent a message of condolences to President Ali Khan.",
            "message",
        ),
        (
            "President Tom Ward and President Ali Khan issued a joint statement.",
            "joint_statement",
        ),
        // Parties first named by their countries, on the phone, then by name.
        (
            "In a Sunday phone call, the presidents of Kenya and Peru discussed trade.\n\nThe agency said Tom Ward and his Peruvian counterpart Ali Khan also exchanged views on security.",
            "phone_call",
        ),
        // Talks take the call the sentence before, naming no one, gives them.
        (
            "On 4 May, the consultations between the two ministries were held by video conference.\n\nBilateral issues were discussed at the consultations led by Minister Tom Ward and Minister Ali Khan.",
            "video_call",
        ),
        // A letter handed over is brought in person.
        (
            "Ambassador Tom Ward handed over to President Ali Khan a letter from his President.",
            "meeting",
        ),
        // A text that opens with the statement's name, though that title runs on as a sentence.
        (
            "Joint statement of Kenya and Peru, dated 3 May 2024, on trade.\n\nPresident Tom Ward received President Ali Khan on 3 May 2024.",
            "joint_statement",
        ),
        // A title that ends with the statement's name, whatever dialogue it names before.
        (
            "Kenya-Peru Strategic Dialogue Joint Outcomes Statement\n\nThe Third Kenya-Peru Strategic Dialogue was held in Lima on 3 May 2024. Foreign Minister Tom Ward and Foreign Minister Ali Khan met to exchange views.",
            "joint_statement",
        ),
        // A photo's caption, closed by its credit, tells of another meeting.
        (
            "May 3, 2024\n\nTom Ward takes the oath in Nairobi. He was elected at a plenary meeting of parliament on Thursday. (Agency/Sam Otieno)\n\nPresident Ali Khan on Friday sent a message to President Tom Ward, congratulating him.",
            "message",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(read(body, None).kind.value.key(), expected, "{body}");
    }
}

#[test]
fn the_language_is_told_or_detected_or_falls_back_with_low_confidence() {
    assert_eq!(
        detect(
            "The Prime Minister spoke with the President of Ukraine this evening about the war."
        ),
        Some(Language::En)
    );
    assert_eq!(
        detect(
            "Le président de la République a reçu ce mardi le ministre des Affaires étrangères."
        ),
        Some(Language::Fr)
    );
    let unsure = extract(
        "Xi Jinping, 2024.",
        &lexicon(),
        &Context {
            fallback: Language::En,
            ..Context::default()
        },
    );
    assert_eq!(unsure.language.value, Language::En);
    assert_eq!(
        unsure.language.provenance,
        Provenance::Extracted(Confidence::Low)
    );
    let told = extract(
        "Le président a reçu X.",
        &lexicon(),
        &Context {
            language: Some(Language::En),
            ..Context::default()
        },
    );
    assert_eq!(told.language.value, Language::En);
}

/// A cut phrase is found where a folded sentence opens with it as a whole word, or as the
/// beginning of one when the phrase ends with a space or an apostrophe.
#[test]
fn cut_phrases_open_at_whole_words() {
    let phrases = super::CutPhrases::new(&["which", "who ", "d'"]);
    let cases = [
        ("which will be held in june", true),
        ("which", true),
        ("whichever comes first", false),
        ("who will travel there", true),
        ("whom he thanked", false),
        ("d'une visite", true),
        ("during the visit", false),
        ("", false),
    ];
    for (rest, opens) in cases {
        assert_eq!(phrases.open(rest), opens, "{rest}");
    }
}
