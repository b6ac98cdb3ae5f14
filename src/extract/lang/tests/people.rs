//! English names, titles and countries, and the parties a release names.

use super::*;

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
        // The Holy See names the Pope by its own titles.
        ("This morning the Holy Father Francis received in audience Mr. Tom Ward, President of Kenya.", &["Francis VA", "Tom Ward KE"]),
        ("His Holiness Pope Francis received in audience the President of Kenya, Mr. Tom Ward.", &["Francis VA", "Tom Ward KE"]),
        // A known person titled bare by an organisation's office they hold speaks for no country;
        // by an office of their country, for it.
        ("Kenyan President Tom Ward met with the Secretary General Mark Rutte at the Alliance's headquarters.", &["Tom Ward KE", "Mark Rutte -"]),
        ("Kenyan President Tom Ward met with the Prime Minister Mark Rutte in The Hague.", &["Tom Ward KE", "Mark Rutte NL"]),
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
        // A place's word after a particle, more of the name after it, is a surname.
        ("President Tom Ward of Kenya received Ambassador Paulo Da Costa Roux of Angola.", &["Tom Ward KE", "Paulo Da Costa Roux AO"]),
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
        // A body's name that "of" runs on is no part of its head's name after it.
        ("President Tom Ward received a delegation led by President of the Kenyan Academy of Sciences Ali Khan Otieno.", &["Tom Ward -", "Ali Khan Otieno KE"]),
        // A place's word after an honorific and a given name is the surname.
        ("Prime Minister Tom Ward met the Secretary-General, Ms Amina Bavaria, on Friday.", &["Tom Ward -", "Amina Bavaria -"]),
        // A colleague is a counterpart, whose title opens a name as its counterpart's does.
        ("Kenyan President Tom Ward sent a message to his colleague Ali Khan on the national day of Peru.", &["Tom Ward KE", "Ali Khan PE"]),
        // The country a party is said to represent, whatever the city of the dateline.
        ("ACCRA: Foreign Secretary Ali Khan is representing Peru while Foreign Secretary Tom Ward leads the other side.", &["Ali Khan PE", "Tom Ward GH"]),
        // An adjective of a body's name before its head's title is no name.
        ("President Tom Ward met in Lima with the head of the Andean Regional Government Ali Khan.", &["Tom Ward -", "Ali Khan -"]),
        // A portfolio naming a region "and the" body it oversees runs on to the name.
        ("Minister Tom Ward held a video call with the British Minister of State for Africa and the Commonwealth, Lord Ali Khan.", &["Tom Ward -", "Ali Khan GB"]),
        // An envoy's rank joined by "and" runs on to the country.
        ("Prime Minister Tom Ward held a farewell meeting with Ali Khan, Ambassador Extraordinary and Plenipotentiary of the Czech Republic.", &["Tom Ward -", "Ali Khan CZ"]),
        // Whose special envoy someone is: not a party, the envoy's country.
        ("Prime Minister Tom Ward and Kenyan President Paul Roux's special envoy, Ali Khan, met on Thursday.", &["Tom Ward -", "Ali Khan KE"]),
        ("President Tom Ward received Ali Khan, the president-elect of Guinea Bissau.", &["Tom Ward -", "Ali Khan GW"]),
        // The office won, written apart after its role, is the title's and no name.
        ("President Tom Ward sent a message to the President elect of Peru, Ali Khan.", &["Tom Ward -", "Ali Khan PE"]),
        ("President Tom Ward wrote to President Elect Ali Khan of Peru.", &["Tom Ward -", "Ali Khan PE"]),
        // Indian honorifics and a rank shortened are no names.
        ("Prime Minister Shri Narendra Modi had a telephone conversation today with H.E. Gen(ret) Ali Khan, Prime Minister of Thailand.", &["Narendra Modi IN", "Ali Khan TH"]),
        ("The Rt. Hon’ble Mr. Tom Ward, Prime Minister of Nepal, called on Shri Ali Khan, Vice-President of India.", &["Tom Ward NP", "Ali Khan IN"]),
        // A title hyphenated, as translations write it, is no part of the name.
        ("The Prime-Minister of the Russian Federation Tom Ward held talks with Prime-Minister Ali Khan of Peru.", &["Tom Ward RU", "Ali Khan PE"]),
        // An exchange's name in title case is no name.
        ("Foreign Minister Tom Ward, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Video Conference Meeting with Ali Khan, Secretary of State of the United States.", &["Tom Ward JP", "Ali Khan US"]),
        // An office only one country has gives that country, and is no part of the name.
        ("Taoiseach Tom Ward and Prime Minister Ali Khan spoke by phone this evening.", &["Tom Ward IE", "Ali Khan -"]),
        ("Minister Ali Khan received Tánaiste Tom Ward at the ministry today.", &["Ali Khan -", "Tom Ward IE"]),
        // A country's possessive opens a title after the name; a country's name may hold "and".
        ("Foreign Minister Tom Ward received Ali Khan, Ireland's Minister for Foreign Affairs, at the ministry.", &["Tom Ward -", "Ali Khan IE"]),
        // "The country's" title is held for the one country named before it, in its sentence or
        // the one before; not where that reach names two.
        ("Ghana values its ties with the region, says Ali Khan, the country's High Commissioner, who met Minister Tom Ward.", &["Ali Khan GH", "Tom Ward -"]),
        ("Talks on trade with Peru went well. Ali Khan, the nation's Ambassador, met Minister Tom Ward.", &["Ali Khan PE", "Tom Ward -"]),
        ("Trade between Ghana and Peru is growing, says Ali Khan, the country's Ambassador, who met Minister Tom Ward.", &["Ali Khan -", "Tom Ward -"]),
        ("King Tom Ward sent a message of congratulations to President of the Republic of Trinidad and Tobago, Ali Khan, on the national day.", &["Tom Ward -", "Ali Khan TT"]),
        // The words of a treaty's body in capitals are no name.
        ("President Tom Ward spoke by phone with the Secretary General of the South Atlantic Treaty Organization, Ali Khan.", &["Tom Ward -", "Ali Khan -"]),
        // The title as the press misspells it.
        ("Visiting Peruvian Prime Minster Tom Ward held talks with President Ali Khan of Kenya.", &["Tom Ward PE", "Ali Khan KE"]),
        // A plural's verb that a headline in title case capitalises is no name.
        ("Ghana And Kenya Prime Ministers Hold Bilateral Talks\nThe Prime Ministers of Ghana and Kenya spoke on Monday. Prime Minister Tom Ward of Ghana told his counterpart, Ali Khan, that the talks were useful.", &["Tom Ward GH", "Ali Khan KE"]),
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

fn parties(body: &str) -> Vec<String> {
    testing::parties(body, Language::En)
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
        // A title set before an honorific that a possessive opens is the name's.
        ("President Tom Ward received the Ambassador of Ghana to Kenya Her Excellency Ali Khan, who called on him to bid farewell.", &["Tom Ward KE", "Ali Khan GH"]),
        // Where an envoy is posted is not their country, the state's formal name after its
        // article too; whom they call on is of it. A high commissioner is an envoy.
        ("President Tom Ward received the credentials of the Ambassador of Peru to the Republic of Kenya, Ali Khan.", &["Tom Ward KE", "Ali Khan PE"]),
        ("Permanent Secretary Tom Ward received a courtesy call from the Ghanaian High Commissioner to Kenya Ali Khan.", &["Tom Ward KE", "Ali Khan GH"]),
        ("Minister Tom Ward received the Ambassador Extraordinary and Plenipotentiary of the Republic of Peru to the Republic of Kenya, Ali Khan, who hailed the ties of Peru with Chile and Kenya.", &["Tom Ward KE", "Ali Khan PE"]),
        // An exchange to come names no party of this one.
        ("President Tom Ward spoke by phone with Kenyan President Ali Khan in advance of his meeting tomorrow with President Sam Otieno.", &["Tom Ward -", "Ali Khan KE"]),
        ("Minister Tom Ward met Kenyan Minister Ali Khan prior to the talks with Minister Sam Otieno.", &["Tom Ward -", "Ali Khan KE"]),
        // A headline that tells the calls in the plural: one with each of those the report names.
        ("Minister Ward Has Phone Calls With Peruvian, Chilean Leaders\n\nMinister Tom Ward has spoken by phone today with Peruvian President Ali Khan, the Chilean President Sam Otieno and Prime Minister Paul Roux of Kenya.", &["Tom Ward -", "Ali Khan PE"]),
        // A title after "from" opens the next name: it is not the country the name before
        // comes from.
        ("This was said at a courtesy call received by Prime Minister Tom Ward from Tongan Prime Minister, Ali Khan.", &["Tom Ward -", "Ali Khan TO"]),
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
fn a_later_title_of_a_party_s_office_gives_its_country() {
    let cases: &[(&str, &[&str])] = &[
        // The report names more countries than the parties': the title that restates the
        // office, with its country, is the party's.
        ("Prime Minister Tom Ward and US Secretary of State Ali Khan met on Monday and discussed Libya and Sudan.\nDuring the talks, the Ghanaian Prime Minister stressed the value of trade.", &["Tom Ward GH", "Ali Khan US"]),
        // Where two parties hold the office, the title restates neither.
        ("Prime Minister Tom Ward met Prime Minister Ali Khan on Monday and discussed Libya and Sudan.\nThe Ghanaian Prime Minister stressed the value of trade.", &["Tom Ward -", "Ali Khan -"]),
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
    let french: Vec<&str> = crate::extract::lang::fr::WORDS.roles.to_vec();
    for role in roles(body) {
        let words = crate::extract::text::fold(&role);
        assert!(
            !words
                .split(' ')
                .any(|w| french.contains(&w) && !crate::extract::lang::en::WORDS.roles.contains(&w)),
            "{role}"
        );
    }
}
