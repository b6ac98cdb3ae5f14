//! English readouts read by the shared machinery: one case per rule, in sentences written the way
//! English-language ministries and wires write them.

use super::{detect, Language};
use crate::extract::testing::{self, lexicon};
use crate::extract::{extract, Context, Extracted};
use crate::model::{Confidence, Provenance};

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
fn names_without_their_titles_and_honorifics_with_the_country_the_title_gives() {
    let cases: &[(&str, &[&str])] = &[
        ("Kenyan President Tom Ward met Ethiopian Foreign Minister Ali Khan.", &["Tom Ward KE", "Ali Khan ET"]),
        ("H.E. Mr. Tom Ward, Minister for Foreign Affairs of Japan, met Dr. Ali Khan, Foreign Minister of Nepal.", &["Tom Ward JP", "Ali Khan NP"]),
        ("His Majesty King Tom Ward of Jordan received a call from Sheikh Ali Khan, Amir of the State of Qatar.", &["Tom Ward JO", "Ali Khan QA"]),
        ("Kazakhstan's Foreign Minister Tom Ward met the Russian Ambassador to Kazakhstan Ali Khan.", &["Tom Ward KZ", "Ali Khan RU"]),
        ("Ukrainian President Zelenskyy spoke to the Prime Minister.", &["Zelenskyy UA"]),
        // A pope is named by his name as pope alone.
        ("Pope Francis received President Tom Ward of Kenya at the Vatican.", &["Francis VA", "Tom Ward KE"]),
        // A particle glued to the surname is part of it; a middle initial makes no other person.
        ("Readout of the Secretary-General's meeting with H.E. Mr. Sergey V. Lavrov, Minister for Foreign Affairs of the Russian Federation\nToday, the Secretary-General met with H.E. Mr. Sergey Lavrov, Minister for Foreign Affairs of the Russian Federation.", &["Sergey V. Lavrov RU"]),
        ("Canadian Ambassador Peter MacArthur met Japanese Foreign Minister Ali Khan.", &["Peter MacArthur CA", "Ali Khan JP"]),
        // A body's adjectives in capitals are no name, as its nouns are not.
        ("The President of the Transitional Presidential Council, Tom Ward, received the Kenyan Ambassador Ali Khan.", &["Tom Ward -", "Ali Khan KE"]),
        // A chargé d'affaires, as English writes the title, accent or not.
        ("The Swedish Charge d'Affaires Tom Ward paid a courtesy call on Foreign Minister Ali Khan of Ghana.", &["Tom Ward SE", "Ali Khan GH"]),
        // A known person written with a middle initial the gazetteer leaves out keeps its country.
        ("Secretary of State Antony J. Blinken spoke today with Kenyan Foreign Minister Ali Khan.", &["Antony J. Blinken US", "Ali Khan KE"]),
        // An abbreviation in brackets restates the country before it.
        ("Kazakh Foreign Minister Ali Khan met United States (U.S.) Secretary of State Tom Ward.", &["Ali Khan KZ", "Tom Ward US"]),
        // A headline's surname counts with the country after it.
        ("Readout of the President's Call with Prime Minister Ward of Australia\nThe President spoke with Prime Minister Ward on Tuesday.", &["Ward AU"]),
        // The article of an Arabic name glued by a hyphen or set apart: one known person.
        ("The Emir Sheikh Tamim bin Hamad al-Thani sent a cable to President Ali Khan.", &["Tamim bin Hamad al-Thani QA", "Ali Khan -"]),
        // Names joined by particles run long.
        ("Kuwaiti Emir Sheikh Nawaf Al Ahmad Al Jaber Al Sabah received Jordanian Foreign Minister Ali Khan.", &["Nawaf Al Ahmad Al Jaber Al Sabah KW", "Ali Khan JO"]),
        // A title without a country takes the one of the ministry that issues the text.
        ("Ministry of Foreign Affairs of the Republic of Korea\n\nMinister of Foreign Affairs Tom Ward had a telephone conversation with Japanese Minister for Foreign Affairs Ali Khan.", &["Tom Ward KR", "Ali Khan JP"]),
        // A title without a country takes the one of the wire's city, after the photo's caption.
        ("Ali Khan receives a call. — Agency pic\nPUTRAJAYA, Aug 24 — Prime Minister Ali Khan received a phone call from Australian Prime Minister Tom Ward.", &["Ali Khan MY", "Tom Ward AU"]),
        // A middle initial before a particle, or one that is also a word, stays in the name.
        ("Minister Tom Ward held a meeting with H.E. Mr. Ali F. del Khan, Secretary of Foreign Affairs of the Philippines.", &["Tom Ward -", "Ali F. del Khan PH"]),
        ("Minister Tom Ward held a telephone meeting with Hon. Paul A. Roux, Secretary for Foreign Affairs of the Philippines.", &["Tom Ward -", "Paul A. Roux PH"]),
        // Stacked honorifics, the second also a place's word, are no name.
        ("Prime Minister Tan Sri Ali Khan received a phone call from Australian Prime Minister Tom Ward.", &["Ali Khan -", "Tom Ward AU"]),
        // A generational suffix after a comma ends the name, and the title follows it.
        ("President Ali Khan sent a cable to Tom Ward, Jr., President of the Republic of Palau.", &["Ali Khan -", "Tom Ward, Jr. PW"]),
        // A role that titles another name before a clause is not this name's.
        ("Kenyan Minister Tom Ward welcomed to the capital Ali Khan, Foreign Minister of Peru.", &["Tom Ward KE", "Ali Khan PE"]),
        // A verb a headline in title case capitalises is no part of the name before it.
        ("President Roux Held a Telephone Conversation with President Otieno\nPresident Roux and President Otieno of Peru spoke on the phone.", &["Roux -", "Otieno PE"]),
        ("Prime Minister Roux Invited to Talks with President Otieno\nPrime Minister Roux held talks with President Otieno of Peru.", &["Roux -", "Otieno PE"]),
        // An adjective of a body's name before its head's title is no name.
        ("President Tom Ward met in Lima with the head of the Andean Regional Government Ali Khan.", &["Tom Ward -", "Ali Khan -"]),
        // A portfolio naming a region "and the" body it oversees runs on to the name.
        ("Minister Tom Ward held a video call with the British Minister of State for Africa and the Commonwealth, Lord Ali Khan.", &["Tom Ward -", "Ali Khan GB"]),
        // An envoy's rank joined by "and" runs on to the country.
        ("Prime Minister Tom Ward held a farewell meeting with Ali Khan, Ambassador Extraordinary and Plenipotentiary of the Czech Republic.", &["Tom Ward -", "Ali Khan CZ"]),
        // Whose special envoy someone is: not a party, the envoy's country.
        ("Prime Minister Tom Ward and Kenyan President Paul Roux's special envoy, Ali Khan, met on Thursday.", &["Tom Ward -", "Ali Khan KE"]),
        ("President Tom Ward received Ali Khan, the president-elect of Guinea Bissau.", &["Tom Ward -", "Ali Khan GW"]),
        // Indian honorifics and a rank shortened are no names.
        ("Prime Minister Shri Narendra Modi had a telephone conversation today with H.E. Gen(ret) Ali Khan, Prime Minister of Thailand.", &["Narendra Modi IN", "Ali Khan TH"]),
        // An exchange's name in title case is no name.
        ("Foreign Minister Tom Ward, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Video Conference Meeting with Ali Khan, Secretary of State of the United States.", &["Tom Ward JP", "Ali Khan US"]),
        // An office only one country has gives that country, and is no part of the name.
        ("Taoiseach Tom Ward and Prime Minister Ali Khan spoke by phone this evening.", &["Tom Ward IE", "Ali Khan -"]),
        ("Minister Ali Khan received Tánaiste Tom Ward at the ministry today.", &["Ali Khan -", "Tom Ward IE"]),
        // A country's possessive opens a title after the name; a country's name may hold "and".
        ("Foreign Minister Tom Ward received Ali Khan, Ireland's Minister for Foreign Affairs, at the ministry.", &["Tom Ward -", "Ali Khan IE"]),
        ("King Tom Ward sent a message of congratulations to President of the Republic of Trinidad and Tobago, Ali Khan, on the national day.", &["Tom Ward -", "Ali Khan TT"]),
        // A country's name of before a renaming still gives it.
        ("Macedonian President Tom Ward sent a letter to his counterpart Ali Khan of Peru.", &["Tom Ward MK", "Ali Khan PE"]),
    ];
    check_parties(cases);
}

#[test]
fn one_person_whatever_the_language_of_the_text() {
    let english = read(
        "Foreign Minister Sergey Lavrov met Secretary of State Marco Rubio.",
        None,
    );
    let french = extract(
        "Le ministre Sergueï Lavrov a rencontré le secrétaire d'État Marco Rubio.",
        &lexicon(),
        &Context::default(),
    );
    // Each text's spelling, and the known person it is filed under (one page for both).
    let lex = lexicon();
    let known = |x: &Extracted| -> Vec<(String, Vec<usize>)> {
        x.participants
            .value
            .iter()
            .map(|p| {
                let folded = crate::extract::text::fold(&p.name);
                let people = lex.people_in(&folded).into_iter().map(|(_, k)| k).collect();
                (p.name.clone(), people)
            })
            .collect()
    };
    let (english, french) = (known(&english), known(&french));
    assert_eq!(english[0].0, "Sergey Lavrov");
    assert_eq!(french[0].0, "Sergueï Lavrov");
    assert_eq!(english[0].1, french[0].1);
    assert_eq!(english[0].1.len(), 1);
}

#[test]
fn countries_and_organisations_named_in_english() {
    let out = read(
        "Sino-Kazakh ties were discussed by Kyrgyz and Emirati officials at the United Nations and the SCO, before the EU summit in Kuala Lumpur.",
        None,
    );
    let codes: Vec<String> = out
        .mentioned_countries
        .value
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(codes, ["AE", "CN", "KG", "KZ"]);
    let organisations: Vec<String> = out
        .mentions
        .iter()
        .filter_map(|m| match &m.entity {
            crate::model::Entity::Organisation(key) => Some(key.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(organisations, ["onu", "ocs", "union-europeenne"]);
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

fn parties(body: &str) -> Vec<String> {
    (read(body, None).participants.value.iter())
        .map(|p| testing::name_and_country(&p.name, p.country))
        .collect()
}

fn check_parties(cases: &[(&str, &[&str])]) {
    for &(body, expected) in cases {
        assert_eq!(parties(body), expected, "{body}");
    }
}

#[test]
fn the_issuers_own_principal_named_in_the_headline_a_byline_or_a_signature() {
    let cases: &[(&str, &[&str])] = &[
        // The headline names the office-holder the report calls "the Prime Minister".
        ("Prime Minister Tom Ward call with President Ali Khan of Kenya\n\nThe Prime Minister spoke to the President of Kenya Ali Khan this afternoon.", &["Tom Ward -", "Ali Khan KE"]),
        // A byline under the headline names the Secretary-General.
        ("Readout of the Secretary-General’s meeting with Mr. Ali Khan, Minister for Foreign Affairs of Peru\n\nTom Ward, Secretary-General\n\nToday, the Secretary-General met with Mr. Ali Khan, Minister for Foreign Affairs of Peru.", &["Tom Ward -", "Ali Khan PE"]),
        // The report's last line signs it.
        ("The President spoke today by video conference with Chilean President Ali Khan.\nThey discussed trade.\nPresident Tom Ward, Readout of the President's Video Conference with President Khan", &["Tom Ward -", "Ali Khan CL"]),
        // No one is named under the office: the counterpart alone.
        ("The Prime Minister spoke to the President of Kenya Ali Khan this afternoon.", &["Ali Khan KE"]),
        // The spokesperson a statement is attributed to speaks for it and takes no part.
        ("The below is attributable to Spokesperson Sam Otieno: Secretary of State Tom Ward spoke today with Kenyan Foreign Minister Ali Khan.", &["Tom Ward -", "Ali Khan KE"]),
        // The leaders of a meeting to come are not parties to the talks reported.
        ("Foreign Minister Tom Ward and his Thai counterpart Ali Khan held talks on Thursday to prepare an upcoming meeting between their leaders, Sam Otieno and John Doe.", &["Tom Ward -", "Ali Khan TH"]),
        // A plural title names a council, not the issuer's principal: the next sentence names the parties.
        ("Today, the Prime Ministers’ Council met in Riga, with the Finnish counterpart. Prime Minister Tom Ward welcomed Finnish Prime Minister Ali Khan and Estonian Prime Minister Sam Otieno.\nTom Ward spoke of the railway.", &["Ali Khan FI", "Tom Ward -", "Sam Otieno EE"]),
        // A pronoun opening the report stands for the bare title of the sentence before it.
        ("Prime Minister Tom Ward visits Japan\n\nFrom 2 to 5 May, the Prime Minister was in Japan for an official visit. He met on 3 May Mr. Ali Khan, Prime Minister of Japan.", &["Tom Ward -", "Ali Khan JP"]),
        // Someone named in the report itself is not the principal.
        ("The President met Chilean Foreign Minister Ali Khan. He conveyed the greetings of President Tom Ward.", &["Ali Khan CL"]),
    ];
    check_parties(cases);
}

#[test]
fn a_letter_by_another_name_is_the_exchange_reported() {
    let cases: &[(&str, &[&str])] = &[
        // Cables to two heads of state, the sender named after them.
        ("In cables to Kenyan President Ali Khan and Ghanaian President Sam Otieno, King Tom Ward offered his condolences after the floods.", &["Ali Khan KE", "Sam Otieno GH", "Tom Ward -"]),
    ];
    check_parties(cases);
}

#[test]
fn names_across_line_breaks_possessives_and_patronymics() {
    let cases: &[(&str, &[&str])] = &[
        // "Rt. Hon." at the end of a line: the name is on the next.
        ("Mr. Tom Ward, Minister for Foreign Affairs of Japan, held a meeting with Rt. Hon.\nAli Khan, Minister of Foreign Affairs of New Zealand.", &["Tom Ward JP", "Ali Khan NZ"]),
        // A possessive is no part of a name.
        ("President Tom Ward’s call with Kenyan President Ali Khan's adviser lasted an hour.", &["Tom Ward -", "Ali Khan KE"]),
        // What a name heads, glued to it by a hyphen, is no part of it.
        ("A Prime Minister Tom Ward-led delegation held talks in Lima with Peruvian Prime Minister Ali Khan.", &["Tom Ward -", "Ali Khan PE"]),
        // A known name goes on with its patronymic.
        ("Crown Prince Mohammed bin Salman bin Abdulaziz received a phone call from Kenyan President Ali Khan.", &["Mohammed bin Salman bin Abdulaziz SA", "Ali Khan KE"]),
        // The family name after its article, which is written with a capital.
        ("King Salman bin Abdulaziz Al Saud received a cable from Kenyan President Ali Khan.", &["Salman bin Abdulaziz Al Saud SA", "Ali Khan KE"]),
        // A minister's portfolios end right before the name.
        ("Prime Minister Tom Ward met Minister of International Trade and Industry Ali Khan of Malaysia in Tokyo.", &["Tom Ward -", "Ali Khan MY"]),
        // "and" between two portfolios, then the country, then the name after a comma.
        ("Prime Minister Tom Ward received the Minister of International Relations and Cooperation of the Republic of South Africa, Dr Ali Khan.", &["Tom Ward -", "Ali Khan ZA"]),
        // Malaysian honorifics before the name, with the apostrophe that shortens "Dato’".
        ("Prime Minister Datuk Seri Ali Khan received a phone call from Australian Prime Minister Tom Ward.", &["Ali Khan -", "Tom Ward AU"]),
        ("President Tom Ward received Malaysian Foreign Minister Dato’ Ali Khan at the palace.", &["Tom Ward -", "Ali Khan MY"]),
        // "Md." shortens a given name: the name goes on after it.
        ("Minister Tom Ward met Bangladeshi Foreign Adviser Md. Ali Khan in Muscat.", &["Tom Ward -", "Md. Ali Khan BD"]),
        // An envoy's rank is his title's, not a name.
        ("President Tom Ward received the credentials of the Ambassador Extraordinary and Plenipotentiary of the Republic of Peru Ali Khan.", &["Tom Ward -", "Ali Khan PE"]),
        // A title without a country takes the one of the dateline after the outlet's credit.
        // A known name that opens with an honorific's word keeps it.
        ("Prime Minister Sheikh Hasina received the visiting Foreign Secretary of India Ali Khan.", &["Sheikh Hasina BD", "Ali Khan IN"]),
        ("Amir receives call\n(Outlet- Kuwait News Agency (KUNA)) KUWAIT, Feb 28 (KUNA) -- His Highness the Amir Sheikh Tom Ward received a telephone call from Sheikh Ali Khan, Amir of the State of Qatar.", &["Tom Ward KW", "Ali Khan QA"]),
    ];
    check_parties(cases);
}

#[test]
fn a_photo_credit_makes_a_caption_and_a_statement_names_its_parties_in_its_preamble() {
    // The caption above the report tells of the letter; the report of the audience.
    let body = "DOHA: President Ali Khan reads a letter from King Paul Roux, delivered by Minister Tom Ward. – Agency\n\nDOHA: President Ali Khan received yesterday Minister Tom Ward, who handed him a letter from King Paul Roux.";
    let x = read(body, None);
    assert_eq!(x.kind.value.key(), "meeting");
    assert_eq!(parties(body), ["Ali Khan QA", "Tom Ward QA"]);
    // The agency's signature at the end of the report makes no caption.
    let body = "President Tom Ward spoke with Kenyan President Ali Khan by telephone. - Agency";
    assert_eq!(read(body, None).kind.value.key(), "phone_call");
    assert_eq!(parties(body), ["Tom Ward -", "Ali Khan KE"]);
    // The host who invited and the guest, whoever else the guest met.
    let body = "Kenya-Japan Joint Statement\n3 May 2024, Nairobi\n\n1. At the invitation of President Tom Ward of Kenya, Prime Minister Ali Khan of Japan paid an official visit to Kenya from 2 to 4 May 2024. During the visit, Prime Minister Ali Khan also met with Vice President Paul Roux.";
    assert_eq!(parties(body), ["Tom Ward KE", "Ali Khan JP"]);
    // A headline's unnamed ministers, named by the report under it.
    let body = "Kenyan and Ethiopian Foreign Ministers meet in Addis Ababa. The meeting was their first this year.\n\nThe Foreign Minister of Kenya, Tom Ward, and the Foreign Minister of Ethiopia Ali Khan, met this morning in Addis Ababa.";
    assert_eq!(parties(body), ["Tom Ward KE", "Ali Khan ET"]);
}

#[test]
fn roles_are_english_titles_one_per_case_without_honorifics() {
    let roles = |body: &str| -> Vec<String> {
        (read(body, None).roles.into_iter())
            .map(|r| format!("{}: {}", r.person, r.title))
            .collect()
    };
    let body = "His Highness the Amir Sheikh Tom Ward received Kazakhstan's Foreign Minister Ali Khan and his counterpart Paul Roux. Later, foreign minister Ali Khan met Prime Minister Datuk Seri Lee Wong, Minister for Foreign Affairs of Malaysia.";
    // The country is the person's, not the office's: "Kazakhstan's Foreign Minister" is the
    // role "Foreign Minister".
    assert_eq!(
        roles(body),
        [
            "Tom Ward: Amir",
            "Ali Khan: Foreign Minister",
            "Lee Wong: Prime Minister",
            "Lee Wong: Minister for Foreign Affairs",
        ]
    );
    // Each names an office the gazetteer lists, which a French interface shows in French.
    let offices: Vec<String> = (read(body, None).roles.iter())
        .map(|r| r.shown(Language::Fr).to_string())
        .collect();
    assert_eq!(
        offices,
        [
            "émir",
            "ministre des Affaires étrangères",
            "premier ministre",
            "ministre des Affaires étrangères"
        ]
    );
    let french: Vec<&str> = super::fr::WORDS.roles.to_vec();
    for role in roles(body) {
        let words = crate::extract::text::fold(&role);
        assert!(
            !words
                .split(' ')
                .any(|w| french.contains(&w) && !super::en::WORDS.roles.contains(&w)),
            "{role}"
        );
    }
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
