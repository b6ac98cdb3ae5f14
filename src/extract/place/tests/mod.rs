//! Places found in sentences written the way readouts write them.

use super::*;
use crate::extract::testing::lexicon;
use crate::extract::{event, people};
use crate::model::Language;

mod capitals;
mod datelines;
mod leads;
mod to_come;
mod venues;

fn check(input: &str, kind: EventKind, expected: Option<&str>) {
    check_again(input, kind, &[], expected);
}

/// The place, given the sentences that tell the exchange again.
fn check_again(input: &str, kind: EventKind, again: &[usize], expected: Option<&str>) {
    check_in(Language::Fr, input, kind, again, expected);
}

/// The place, in a text read in `language`.
fn check_in(
    language: Language,
    input: &str,
    kind: EventKind,
    again: &[usize],
    expected: Option<&str>,
) {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = people::find(&text, &lex, None);
    let sentence = text.sentences.iter().position(|s| !s.heading);
    let dates = date::Dates::of(&text, None);
    // The cue of the exchange a sentence reports, else none: an empty one where it starts.
    let cue = |s: usize| {
        event::in_sentence(&text, &lex, &cast, s, None)
            .and_then(|e| e.cue)
            .unwrap_or(text.sentences[s].tokens.start..text.sentences[s].tokens.start)
    };
    let reports = Reports {
        main: sentence,
        cue: sentence.map(cue),
        dated: None,
        date: dates.all.first().and_then(date::DateExpr::value),
        tells_again: |k| again.contains(&k).then(|| cue(k)),
    };
    let place = find(&text, &lex, &cast, &dates, &reports, kind).map(|(p, _)| p);
    assert_eq!(place.as_deref(), expected, "{input}");
}

/// Large cities and the towns that host summits are known, so that an English report, which
/// never takes an unknown word after "in" for a city, places the meetings held there.
#[test]
fn large_cities_are_known() {
    for (input, expected) in [
        (
            "Prime Minister Tom Ward met Chancellor Ali Khan in Toronto on Monday on the margins of the trade conference.",
            "Toronto",
        ),
        (
            "On June 3, Foreign Minister Tom Ward held talks with Minister Ali Khan in Guangzhou.",
            "Guangzhou",
        ),
        // A capital by the longer name Spanish gives it, whole.
        (
            "Foreign Minister Tom Ward met his Chilean counterpart Ali Khan in Santiago de Chile on Monday.",
            "Santiago de Chile",
        ),
        (
            "The Minister for Foreign Affairs, Tom Ward, met her counterpart Ali Khan in Melbourne today.",
            "Melbourne",
        ),
        (
            "President Tom Ward had a meeting with Governor Ali Khan at the Hotel Palace in Yekaterinburg.",
            "Yekaterinburg",
        ),
        (
            "Prime Minister Tom Ward held a bilateral meeting with Prime Minister Ali Khan on the margins of the Leaders Meeting in Nadi yesterday.",
            "Nadi",
        ),
        (
            "Prime Minister Tom Ward and Prime Minister Ali Khan met in Queenstown on 12 June for the annual Leaders' Meeting.",
            "Queenstown",
        ),
        (
            "WASHINGTON, DC – Prime Minister Tom Ward, who is on a working visit to Washington, DC, held talks with Ali Khan.",
            "Washington, DC",
        ),
        // A palace named in its country's language, its city after a comma.
        (
            "Ambassador Tom Ward presented his credentials to President Ali Khan at the Palácio da Alvorada, Brasilia, Brazil.",
            "Brasilia",
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], Some(expected));
    }
    // A city the gazetteer does not know, by the word its name closes with.
    for (input, expected) in [
        (
            "Prime Minister Tom Ward held a bilateral meeting with Prime Minister Ali Khan in Sakura City that afternoon.",
            Some("Sakura City"),
        ),
        (
            "Prime Minister Tom Ward held a bilateral meeting with Prime Minister Ali Khan in Sakura that afternoon.",
            None,
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
}

/// An exchange on the margins of an event whose name holds a city was held there.
#[test]
fn events_named_after_their_city_place_their_margins() {
    for (language, input, expected) in [
        (
            Language::En,
            "Minister Tom Ward met his counterpart Ali Khan on the sidelines of the Munich Security Conference.",
            Some("Munich"),
        ),
        (
            Language::En,
            "On the margins of the Boao Forum for Asia, Vice President Tom Ward held talks with Prime Minister Ali Khan.",
            Some("Boao"),
        ),
        (
            Language::En,
            "President Tom Ward met with Governor Ali Khan on the sidelines of the St. Petersburg International Economic Forum on June 6.",
            Some("St. Petersburg"),
        ),
        (
            Language::Fr,
            "En marge de la Conférence de Toronto sur la sécurité, le ministre Tom Ward a eu une entrevue avec Ali Khan.",
            Some("Toronto"),
        ),
        (
            Language::Fr,
            "Le ministre Tom Ward a rencontré Ali Khan en marge de la visite du président Paul Martin.",
            None,
        ),
        // The gathering's noun in lower case, and the frame of a gathering as its margins.
        (
            Language::Fr,
            "Le ministre Tom Ward s'est entretenu avec Ali Khan en marge du sommet du G20 de Rio de Janeiro.",
            Some("Rio de Janeiro"),
        ),
        (
            Language::Fr,
            "Le ministre Tom Ward s'entretient avec Ali Khan dans le cadre de la 12e conférence de Toronto sur la sécurité.",
            Some("Toronto"),
        ),
        (
            Language::Fr,
            "Le ministre Tom Ward a reçu Ali Khan dans le cadre de la coopération entre le Mali et le Niger.",
            None,
        ),
    ] {
        check_in(language, input, EventKind::Meeting, &[], expected);
    }
}

/// The exchange's own clause places it before the clauses around it, which may tell another
/// event; a sentence set in another time tells another event, not where this one was.
#[test]
fn places_of_other_events_are_not_the_exchange_s() {
    for (input, expected) in [
        (
            "Minister Ali Khan, who attended the ASEAN Regional Forum in Manila, called on President Tom Ward at the convention centre in Pasay City.",
            Some("Pasay City"),
        ),
        (
            "Following his address to the General Assembly in New York, President Tom Ward met Chancellor Ali Khan in Washington, D.C.",
            Some("Washington, D.C."),
        ),
        // The place before the cue stands when the exchange's clause names none, or only its topic.
        (
            "On the sidelines of the summit in Doha, Minister Ali Khan met President Tom Ward to discuss the siege of Khartoum.",
            Some("Doha"),
        ),
    ] {
        check_in(Language::En, input, EventKind::Meeting, &[], expected);
    }
    for (input, expected) in [
        (
            "Le président Tom Ward s'est entretenu mardi avec l'ambassadeur Ali Khan. Ali Khan a dit que son entretien avec le président a porté sur le sommet qui se tiendra samedi prochain à Dakar.",
            None,
        ),
        (
            "La ministre Ali Khan a reçu le 20 janvier son homologue Tom Ward. Les deux ministres s'étaient déjà entretenus lors d'une réunion à Riga en novembre passé.",
            None,
        ),
    ] {
        check_again(input, EventKind::Meeting, &[1], expected);
    }
    // A place right after the date of another day is that day's event's.
    for (language, input, expected) in [
        (
            Language::Fr,
            "Le vice-Premier ministre Tom Ward a rencontré le 20 septembre des dirigeants venus pour l'Exposition qui se déroulera du 21 au 24 septembre à Nanning.",
            None,
        ),
        (
            Language::Fr,
            "Le président Tom Ward a reçu le 20 septembre à Dakar le ministre Ali Khan.",
            Some("Dakar"),
        ),
        (
            Language::En,
            "Minister Tom Ward and Minister Ali Khan held a trilateral meeting on October 28, 2022 in Tokyo.",
            Some("Tokyo"),
        ),
        (
            Language::En,
            "On 3 May, Minister Tom Ward met Minister Ali Khan, who will attend the summit on 5 May in Lisbon.",
            None,
        ),
        // So is a place right before it.
        (
            Language::Fr,
            "Le 3 mai, le ministre Tom Ward a échangé avec le président Ali Khan sur les accords conclus lors de sa visite à Lomé du 2 au 5 avril.",
            None,
        ),
        (
            Language::Fr,
            "Le 3 mai, le ministre Tom Ward a échangé avec le président Ali Khan sur les accords signés à Lomé le 2 avril.",
            None,
        ),
        // A place the event a word sets to come holds is that event's.
        (
            Language::Fr,
            "La ministre Ali Khan s'est entretenue jeudi avec son homologue Tom Ward pour évoquer la prochaine conférence sur l'océan à Lisbonne.",
            None,
        ),
        (
            Language::En,
            "Minister Tom Ward held talks with Minister Ali Khan on preparations for the upcoming climate summit in Nairobi.",
            None,
        ),
        // So is a place right after a year put before the text's.
        (
            Language::Fr,
            "Le ministre Tom Ward, opéré l'an dernier à Genève, a eu un entretien avec le président Ali Khan.",
            None,
        ),
        (
            Language::En,
            "Minister Tom Ward, whom he first received last year in Geneva, held talks with Minister Ali Khan.",
            None,
        ),
    ] {
        check_in(language, input, EventKind::Meeting, &[], expected);
    }
}

#[test]
fn places() {
    use EventKind::*;
    check(
        "Le président Sadyr Japarov a rencontré Wang Yi, ministre, à Bichkek.",
        Meeting,
        Some("Bichkek"),
    );
    check(
        "Wang Yi s’est entretenu à Beijing avec Yermek Kosherbayev.",
        Talks,
        Some("Beijing"),
    );
    check(
        "Arrivé la veille à Oyo, le ministre Sergueï Lavrov s'est entretenu avec le président.",
        Talks,
        Some("Oyo"),
    );
    check(
        "Le président a reçu au palais de Carthage le ministre.",
        Meeting,
        Some("Carthage"),
    );
    // A palace named after a place, then after the city it stands in.
    check(
        "Le président a reçu jeudi au palais de Carthage de Tunis le ministre.",
        Meeting,
        Some("Tunis"),
    );
    check(
        "Paul Biya a reçu au Palais de l’Unité de Yaoundé, le président.",
        Meeting,
        Some("Yaoundé"),
    );
    check(
        "X a transmis à Sa Majesté le Roi un message.",
        Meeting,
        None,
    );
    check("X a appelé Y à Paris.", PhoneCall, None);
    // A sentence telling the exchange again places it; a second headline places it too.
    check_again(
        "Le président Tom Ward a reçu l'envoyé du Mali.\nÀ son arrivée à Kayes, l'envoyé a été accueilli par le président Ward.",
        Meeting,
        &[1],
        Some("Kayes"),
    );
    check(
        "Mali : le président reçoit un envoyé\nTom Ward reçu par Ali Khan à Bamako\nLe président Ali Khan a reçu mardi Tom Ward au palais.",
        Meeting,
        Some("Bamako"),
    );
    // A consul's post names the city he serves in, not where he went.
    check(
        "Le consul général du Japon à Lyon, Tom Ward, a été reçu à Grenoble par le maire.",
        Meeting,
        Some("Grenoble"),
    );
    check(
        "Niamey : le président a reçu l'envoyé spécial\nLe président Tom Ward a reçu mardi l'envoyé spécial Ali Khan. Il se rendra le 19 septembre à Genève.",
        Meeting,
        Some("Niamey"),
    );
    check(
        "Ignazio Cassis à Paris : «Le moment était venu»\nIls se sont entretenus vendredi.",
        Talks,
        Some("Paris"),
    );
    check("X a envoyé un message à Wang Yi.", Meeting, None);
    // A seat of government named as a place is a venue, which gives no city.
    check(
        "Le président Tom Ward a reçu lundi à Kosyam le ministre Ali Khan.",
        Meeting,
        None,
    );
    // The place of what a party did besides, set off after a relative pronoun, is not the
    // exchange's.
    check_in(
        Language::En,
        "Minister Tom Ward, who took part in the regional ministers' meeting in Tianjin, called on President Ali Khan at the guest house in Shanghai.",
        Meeting,
        &[],
        Some("Shanghai"),
    );
    // The headline right over the report, past the page's stamp, under a site's banners.
    check(
        "Accueil\nActualités\nSe connecter\nLe ministre Ali Khan en visite de travail à Lomé\nMis à jour le 4/05/2021 à 18:10\nLe président Tom Ward a reçu mardi le ministre Ali Khan au Palais.",
        Meeting,
        Some("Lomé"),
    );
    // So does a photo's caption over the report, its credit after a slash.
    check_in(
        Language::En,
        "President Tom Ward holds talks with President Ali Khan at State House, Nairobi./PSU\n\nPresident Tom Ward began his term by holding talks with President Ali Khan.",
        Talks,
        &[],
        Some("Nairobi"),
    );
    // The items of a list under the headline tell the story's background, not its place.
    check_in(
        Language::En,
        "President Tom Ward receives the envoy\n- The visit comes after the president's long rest in Geneva\n- The envoy arrived on Monday\nPresident Tom Ward on Tuesday received the visiting envoy Ali Khan at the State House.",
        Meeting,
        &[],
        None,
    );
    // A communiqué's place on the line below its date, alone or with its country.
    for (language, input, expected) in [
        (
            Language::En,
            "Joint Communiqué of the Ministerial Forum\n6 April 2018\nBrisbane, Australia\nThe Forum was co-chaired by Minister Tom Ward and Minister Ali Khan.",
            Some("Brisbane"),
        ),
        (
            Language::Fr,
            "Communiqué conjoint\n12 mars 2019\nNiamey\nLes ministres Tom Ward et Ali Khan ont présidé la commission mixte.",
            Some("Niamey"),
        ),
        (
            Language::En,
            "Joint Communiqué of the Ministerial Forum\n6 April 2018\nAustralia, Papua New Guinea\nThe Forum was co-chaired by Minister Tom Ward and Minister Ali Khan.",
            None,
        ),
    ] {
        check_in(language, input, JointStatement, &[], expected);
    }
    // "SM", Sa Majesté run together, is no city a headline names.
    check(
        "M. Tom Ward reçoit son homologue, porteur d'un message à SM le Roi\nLe ministre Tom Ward a reçu vendredi le ministre Ali Khan.",
        Meeting,
        None,
    );
    // A known capital a comma sets off after the word.
    check_in(
        Language::En,
        "Turkish President Tom Ward on Tuesday received Minister Ali Khan in the Turkish capital, Ankara, the agency reported.",
        Meeting,
        &[],
        Some("Ankara"),
    );
    check_in(
        Language::En,
        "President Tom Ward received Minister Ali Khan, who praised the growth of human capital, Tourism and trade.",
        Meeting,
        &[],
        None,
    );
    check(
        "Le ministre X a rencontré Y dans la ville portuaire de Tanger.",
        Meeting,
        Some("Tanger"),
    );
    // A city of several words the gazetteer does not know, by what the text calls it.
    check_in(
        Language::En,
        "Minister Ali Khan met President Tom Ward in the coastal city of Puerto Limón, Costa Rica, on Monday.",
        Meeting,
        &[],
        Some("Puerto Limón"),
    );
    // A known city set before the building's word, as English names a residence or an office.
    check_in(
        Language::En,
        "Ambassador Ali Khan met Prime Minister Tom Ward at his Nairobi residence today.",
        Meeting,
        &[],
        Some("Nairobi"),
    );
    check_in(
        Language::En,
        "Prime Minister Tom Ward held talks with Ali Khan at the Kampala House in Nairobi today.",
        Meeting,
        &[],
        Some("Nairobi"),
    );
    // Not the name of an authority in a title.
    check_in(
        Language::En,
        "President Tom Ward received a delegation led by the Lord Mayor of the City of Bristol, Ali Khan.",
        Meeting,
        &[],
        None,
    );
    check(
        "Le ministre a reçu hier à Phnom Penh Tom Ward, envoyé spécial.",
        Meeting,
        Some("Phnom Penh"),
    );
    // A country's preposition that holds the article of a city's name; not a capital named
    // after its country, which names the country.
    check(
        "Le président Tom Ward a reçu jeudi au Caire le ministre Ali Khan.",
        Meeting,
        Some("Caire"),
    );
    check(
        "Le pape a reçu en audience au Vatican le président Tom Ward, accompagné de son épouse.",
        Meeting,
        Some("Vatican"),
    );
    check(
        "Le ministre Tom Ward, en visite au Koweït, a rencontré son homologue Ali Khan.",
        Meeting,
        None,
    );
    check(
        "Le ministre Tom Ward s'est entretenu avec Ali Khan des mesures prises en Catalogne.",
        Talks,
        None,
    );
    // Where a sentence after the report says the exchange was held.
    check(
        "Le président Tom Ward a reçu le ministre Ali Khan. La rencontre s'est tenue à Kara en présence des ministres.",
        Meeting,
        Some("Kara"),
    );
    check_in(
        Language::En,
        "President Tom Ward received the credentials of Ambassador Ali Khan. The audience took place at the Commission's headquarters in Kara, Togo.",
        Meeting,
        &[],
        Some("Kara"),
    );
    // Or that the exchange's host held it there, the exchange named after the verb.
    check_in(
        Language::En,
        "Foreign Minister Tom Ward says today's meeting between Ali Khan and Sam Lee was useful. Mr Ward says the discussions went on for hours. He says Kenya hosted the meeting in Nairobi because peace matters to the region.",
        Meeting,
        &[],
        Some("Nairobi"),
    );
    // A city a comma sets before its country's name, known or not.
    check(
        "Les deux ministres se sont rencontrés à Port Lindsay, Sri Lanka, en marge de la session.",
        Meeting,
        Some("Port Lindsay"),
    );
    // "A" for "À", a capital French often writes without its accent; not the verb of a line in
    // capitals.
    check(
        "A Lomé, le ministre Ali Khan a été reçu mardi par le président Tom Ward.",
        Meeting,
        Some("Lomé"),
    );
    let text = Text::in_language(
        "LE PRÉSIDENT TOM WARD A REÇU LE MINISTRE\nA Lomé, il a reçu le ministre.",
        Language::Fr,
    );
    let a: Vec<bool> = (0..text.tokens.len())
        .filter(|&k| text.word(k) == "A")
        .map(|k| text.introduces_place(k))
        .collect();
    assert_eq!(a, [false, true]);
    // Or before its preposition and name.
    check(
        "Les deux dirigeants se sont réunis à Port Lindsay, au Royaume-Uni, en marge du sommet.",
        Meeting,
        Some("Port Lindsay"),
    );
    check(
        "X a reçu son homologue à New York.",
        Meeting,
        Some("New York"),
    );
    check(
        "Le ministre Tom Ward a été reçu mardi à La Havane par son homologue.",
        Meeting,
        Some("La Havane"),
    );
    check(
        "Bakou, 5 juillet, AZERTAC\n\nLe président a reçu le ministre.",
        Meeting,
        Some("Bakou"),
    );
    // An agency's undated signed dateline places the audience; a call stays without a place.
    check(
        "Dakar (APS) – Le président a reçu mardi l'ambassadeur du Japon.",
        Meeting,
        Some("Dakar"),
    );
    // Below a headline as well.
    check(
        "Le président reçoit l'ambassadeur du Japon\n\nDakar (APS) – Le président Tom Ward a reçu mardi l'ambassadeur du Japon, Ali Khan.",
        Meeting,
        Some("Dakar"),
    );
    check(
        "Dakar (APS) – Le président s'est entretenu au téléphone avec son homologue.",
        PhoneCall,
        None,
    );
    check(
        "Bakou, 5 juillet\n\nLe président a reçu le ministre à Gabala.",
        Meeting,
        Some("Gabala"),
    );
    check("Paris, le président a reçu le ministre.", PhoneCall, None);
    // A dateline running into an audience places it, unless a release wire marks it; talks
    // may have been held from afar.
    check(
        "Ottawa, le 6 avril 2025 /CNW/ - Aujourd'hui, le premier ministre a reçu le ministre.",
        Meeting,
        None,
    );
    check(
        "Lomé, 4 mai 2021 – Le chef de l'État a reçu en audience le ministre Tom Ward.",
        Meeting,
        Some("Lomé"),
    );
    check(
        "Lomé, 4 mai 2021 – Le chef de l'État s'est entretenu avec le ministre Tom Ward.",
        Talks,
        None,
    );
    // An undated city in small letters before a dash that runs into an audience is the host's
    // office; talks may have been held from afar.
    check(
        "Rabat – Le ministre Tom Ward a reçu vendredi son homologue Ali Khan, porteur d'un message.",
        Meeting,
        Some("Rabat"),
    );
    check_in(
        Language::En,
        "M. Tom Ward receives envoy\nNairobi - President Tom Ward on Monday received Minister Ali Khan at State House.",
        Meeting,
        &[],
        Some("Nairobi"),
    );
    check(
        "Rabat – Le ministre Tom Ward s'est entretenu vendredi avec son homologue Ali Khan.",
        Talks,
        None,
    );
}
