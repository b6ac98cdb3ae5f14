//! The main event of texts written the way readouts write them: its kind and its parties.

use crate::extract::testing::lexicon;
use crate::extract::text::Text;

mod apart;
mod kinds;
mod messages;
mod statements;

/// The main event's kind and parties.
fn check(input: &str, expected: &[&str]) {
    check_in(input, crate::model::Language::Fr, expected);
}

/// The main event's parties, in the given language.
fn check_in(input: &str, language: crate::model::Language, expected: &[&str]) {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = crate::extract::people::find(&text, &lex, None);
    let event = super::main(&text, &lex, &cast);
    let names: Vec<&str> = event
        .people
        .iter()
        .map(|&p| cast.people[p].name.as_str())
        .collect();
    assert_eq!(names, expected, "{input}");
}

/// The main event's kind.
fn kind_of(input: &str, expected: crate::model::EventKind) {
    kind_in(input, crate::model::Language::Fr, expected);
}

/// The main event's kind, in the given language.
fn kind_in(input: &str, language: crate::model::Language, expected: crate::model::EventKind) {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = crate::extract::people::find(&text, &lex, None);
    assert_eq!(super::main(&text, &lex, &cast).kind, expected, "{input}");
}

#[test]
fn main_events() {
    check(
        "Le président kirghize Sadyr Japarov a rencontré Wang Yi à Bichkek.",
        &["Sadyr Japarov", "Wang Yi"],
    );
    check(
        "Le 20 mars, Xi Jinping est arrivé à Moscou. Le même jour, il s'est entretenu avec Vladimir Poutine.",
        &["Xi Jinping", "Vladimir Poutine"],
    );
    // Who came along took no part, whatever title they are named after.
    check(
        "Avant leur entretien, le ministre Tom Ward et son homologue Ali Khan ont déjeuné en compagnie de Sam Otieno, conseiller du ministre, et de la Première dame, Lina Roux.",
        &["Tom Ward", "Ali Khan"],
    );
    // A spouse in the subject: an aside's cue before the exchange's verb does not reach whom it
    // takes.
    check(
        "Le président Tom Ward et son épouse ont reçu le roi Ali Khan et la reine Lina Roux au palais.",
        &["Tom Ward", "Ali Khan", "Lina Roux"],
    );
    // Parties met separately, one after another: the first is the party.
    check_in(
        "Kenyan President Tom Ward met separately with Peruvian Prime Minister Ali Khan and Ghanaian Foreign Minister Sam Otieno in Nairobi on Monday.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    check(
        "Le président Tom Ward a reçu séparément le ministre Ali Khan et l'ambassadeur Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
    );
    // So in English, and with the pronoun as the one the party met.
    check_in(
        "President Tom Ward stressed the ties between the two countries. He was speaking as Ambassador Ali Khan presented a message.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    check_in(
        "President Tom Ward stressed the ties between the two countries. Ambassador Ali Khan paid a courtesy call on him yesterday.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    // Who is quoted in the sentence before is the report's source, not whom the pronoun stands for.
    check_in(
        "Minister Tom Ward returned to work on Monday. \"He is well,\" spokesman Sam Otieno told reporters. He then held a meeting with Ambassador Ali Khan.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    check(
        "Xi Jinping est arrivé à Moscou. Vladimir Poutine a salué son arrivée. Il s'est entretenu avec Wang Yi.",
        &["Vladimir Poutine", "Wang Yi"],
    );
    check(
        "Le président Emmanuel Macron a reçu Mark Carney. Il l'a remercié.",
        &["Emmanuel Macron", "Mark Carney"],
    );
    // "Both leaders", as "the two leaders", after a fronted phrase that names the exchange.
    check_in(
        "President Tom Ward and his Kenyan counterpart, President Ali Khan, renewed their pledge to open a consulate.\n\nIn their first official meeting on Tuesday, both leaders spoke of trade.\n\nPresident Khan also met Speaker Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    // "The Ministers", as "the two Ministers", are the two named before, whatever country the
    // sentence goes on to name.
    check_in(
        "Minister Tom Ward spoke this morning with Peru's Foreign Minister, Ali Khan, on trade. The Ministers discussed the situation of the many Peruvian citizens in Ghana.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    // "The two" of a role, in the plural, after a fronted phrase that names the exchange are its
    // parties too.
    check(
        "Le Premier ministre Tom Ward est en visite à Accra, à l'invitation de son homologue Ali Khan.\n\nAu cours de leurs entretiens de mardi, les deux Premiers ministres ont signé trois accords.\n\nLe lendemain, M. Ward a été reçu par le président Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
    );
    check_in(
        "President Tom Ward arrived in Accra for a state visit at the invitation of President Ali Khan.\n\nDuring their meeting on Monday, the two leaders agreed to open a consulate. Later, President Ward was received by Speaker Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    // An exchange recalled by a word of the past is not the one reported, which the sentences
    // before it tell without a cue.
    check_in(
        "President Tom Ward and his Kenyan counterpart, President Ali Khan, renewed their pledge to open a consulate.\n\nPresident Khan's trip to Ghana comes after his recent talks with Chancellor Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Ali Khan"],
    );
    // Nor is an earlier exchange between parties the sentence names, which a word of sequence
    // sets before what it tells.
    check(
        "Deux jours après l'entretien téléphonique entre les présidents Tom Ward et Ali Khan, les gouvernements des deux pays préparent la reprise de leur coopération.\n\nMardi, le ministre Sam Otieno a reçu son homologue Paul Roux.",
        &["Sam Otieno", "Paul Roux"],
    );
    check(
        "Dans le prolongement de l'entretien téléphonique entre les présidents Tom Ward et Ali Khan, les gouvernements des deux pays préparent la reprise de leur coopération.\n\nMardi, le ministre Sam Otieno a reçu son homologue Paul Roux.",
        &["Sam Otieno", "Paul Roux"],
    );
    // An exchange told as a habit is not the one reported.
    check(
        "Le président Tom Ward a salué l'élection d'Ali Khan. « Depuis, je le rencontre souvent », a confié le président Ward. Dans une lettre, le président Ward a félicité M. Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    kind_of(
        "Le président Tom Ward a salué l'élection d'Ali Khan. « Depuis, je le rencontre souvent », a confié le président Ward. Dans une lettre, le président Ward a félicité M. Khan.",
        crate::model::EventKind::Message,
    );
    // An exchange told in the pluperfect came before the one reported, which a later sentence
    // tells.
    check(
        "Le ministre kényan avait déjà été reçu, lundi, par le Premier ministre Sam Otieno.\n\nLe président Tom Ward a reçu, mardi, le ministre kényan Ali Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    // Unless a verb of report sets its tense: then it is the exchange reported.
    check(
        "La présidence a annoncé mardi que le président Tom Ward avait eu un entretien téléphonique avec Ali Khan. Le président Khan a ensuite appelé le ministre Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
    );
    // A given name that opens a sentence before a comma and "who" is the person named so in full
    // before, a party of the talks its aside tells.
    check_in(
        "Prime Minister Datuk Seri Tom Ward Otieno arrived in Accra on Monday.\n\nTom, who held talks with President Ali Khan on Tuesday, said the visit was useful.",
        crate::model::Language::En,
        &["Tom Ward Otieno", "Ali Khan"],
    );
    // The building a meeting is held in is no party.
    check(
        "Le Premier ministre Tom Ward a participé, sur invitation du Premier ministre belge, à un dîner informel des chefs de gouvernement au Château de Val Fleuri, à Bruxelles, en date du 22 février.",
        &["Tom Ward"],
    );
    // Guests received as a group are named in a sentence after; envoys presenting their
    // credentials are received in turn, each a party where the text names as many as it counts,
    // else the first named.
    check(
        "Le président Tom Ward a reçu mardi les ministres de la Défense des pays voisins. La délégation comprenait le général Ali Khan, ministre de la Défense du Mali, et le général Sam Otieno, ministre de la Défense du Niger.",
        &["Tom Ward", "Ali Khan", "Sam Otieno"],
    );
    check(
        "Le président Tom Ward a reçu mardi les lettres de créance de trois nouveaux ambassadeurs. Se sont présentés Ali Khan pour le Ghana, Sam Otieno pour la Suède et Paul Roux pour l'Italie.",
        &["Tom Ward", "Ali Khan", "Sam Otieno", "Paul Roux"],
    );
    // Senders each writing to the one "respectivement" pairs them with: the first pair wrote.
    check(
        "Le roi Tom Ward et le Premier ministre Ali Khan ont adressé jeudi des messages respectivement au président Sam Otieno et au chancelier Paul Roux.",
        &["Tom Ward", "Sam Otieno"],
    );
    check_in(
        "King Tom Ward and Prime Minister Ali Khan sent messages to President Sam Otieno and Chancellor Paul Roux respectively.",
        crate::model::Language::En,
        &["Tom Ward", "Sam Otieno"],
    );
    // Envoys received one after another in one sentence are each a party; named as a group and
    // each one paragraphs later, the first is.
    check(
        "Le président Tom Ward a reçu les lettres de créance de Sam Otieno, nouvel ambassadeur du Ghana et Paul Roux de la Suède.",
        &["Tom Ward", "Sam Otieno", "Paul Roux"],
    );
    check(
        "Cinq ambassadeurs ont présenté vendredi leurs lettres de créance au chef de l'État, Tom Ward.\n\nLa cérémonie s'est ouverte par les honneurs militaires. Le chef du protocole a accueilli les diplomates. Les hymnes ont retenti. Le chef de l'État, M. Ward, a salué chacun d'eux.\n\nPremier à entrer : Son Excellence Monsieur Ali Khan, ambassadeur extraordinaire et plénipotentiaire du Ghana. Suivait M. Sam Otieno, ambassadeur de Suède.",
        &["Tom Ward", "Ali Khan"],
    );
    // A message handed over by an envoy: the envoy met the addressee, the sender stayed home.
    check(
        "Le président Tom Ward a reçu mardi un message écrit de son homologue ghanéen, le président Ali Khan. Le message lui a été remis par le ministre ghanéen Sam Otieno au cours d'une audience.",
        &["Tom Ward", "Sam Otieno"],
    );
    check(
        "Le président Tom Ward a reçu un message du président Ali Khan, remis par M. Sam Otieno, envoyé spécial.",
        &["Tom Ward", "Sam Otieno"],
    );
    // The sender named in the bearer's title is not the bearer, before or after it.
    check_in(
        "President Tom Ward has received a special message from his Ghanaian counterpart, President Ali Khan. The message was delivered by the special envoy of President Khan, Hon. Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Sam Otieno"],
    );
    check_in(
        "President Tom Ward on Thursday received a special message from Ghanaian President Ali Khan. The message was delivered by President Khan's Special Envoy Ambassador Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Sam Otieno"],
    );
    // A visit reported as an arrival: the host is who welcomed the visitor.
    check(
        "Le président Tom Ward est arrivé lundi soir à Bamako pour une visite de travail. Il était accompagné du ministre Ali Khan. À sa descente d'avion, le président Ward a été accueilli par le président malien, Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    // The sentence after the arrival may name the visitor by a pronoun only.
    check(
        "Le Premier ministre Tom Ward est arrivé jeudi à Niamey pour une visite d'amitié. Il a été accueilli à sa descente d'avion par le chef de l'État, le Général Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    check_in(
        "Prime Minister Tom Ward arrived in Accra on Thursday for a working visit. He was welcomed at the airport by the head of state, President Sam Otieno.",
        crate::model::Language::En,
        &["Tom Ward", "Sam Otieno"],
    );
    // Welcomed on arrival by others than the host: the meeting told after it is the exchange.
    check(
        "À son arrivée à l'aéroport de Bamako, le président Tom Ward a été accueilli par le ministre Ali Khan et l'ambassadeur Sam Otieno. Il sera reçu mercredi par les députés. À sa sortie de l'aéroport, le président Ward a été conduit au palais pour une réunion bilatérale avec le président Paul Roux.",
        &["Tom Ward", "Paul Roux"],
    );
    check_in(
        "On arrival at the airport, President Tom Ward was welcomed by Foreign Minister Ali Khan. President Ward then held talks with President Paul Roux at State House.",
        crate::model::Language::En,
        &["Tom Ward", "Paul Roux"],
    );
    // Attendees listed item after item before the party the cue takes, each with its title.
    check(
        "Le président Tom Ward a reçu, en présence du ministre Ali Khan, du secrétaire général de la présidence Sam Otieno et du directeur de cabinet Paul Roux, le roi Ivan Petrov.",
        &["Tom Ward", "Ivan Petrov"],
    );
    check(
        "Lors de l'audience tenue en présence du ministre Ali Khan, du secrétaire général Sam Otieno et du directeur de cabinet Paul Roux, le président Tom Ward a reçu le roi Ivan Petrov.",
        &["Tom Ward", "Ivan Petrov"],
    );
    // What a sentence opens by telling its subject did before is not the exchange it reports.
    check(
        "Deux jours après avoir reçu le ministre Ali Khan, le président Tom Ward a rencontré mardi à Lomé le roi Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    check(
        "Après s'être entretenu lundi avec le président Ali Khan, le Premier ministre Tom Ward a échangé par téléphone avec le président Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    check(
        "Deux jours après s'être rendu auprès du roi Ali Khan, le président Tom Ward a reçu mardi le ministre Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    check(
        "Mardi, après avoir reçu les honneurs militaires, le président Tom Ward, accompagné du ministre Ali Khan, s'est rendu au palais où il a été reçu par le roi Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
    );
    // An aside's noun a comma closes does not reach the subject after it.
    check(
        "Peu après son décès, le chef de l'État ghanéen, Tom Ward, a adressé ses condoléances au président Ali Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    // A title a party is given alone stands for whom the text names in that office elsewhere.
    check(
        "Le Premier ministre Tom Ward est arrivé dimanche à Accra.\n\nLa visite du Premier ministre au Ghana s'est achevée lundi par un entretien avec son homologue ghanéen, Ali Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    check(
        "L'ambassadeur du Ghana, M. Ali Khan, a été reçu pour la première fois par le Président de la République.\n\nLe Président Tom Ward et le président ghanéen Sam Otieno partagent les mêmes vues sur la sécurité.",
        &["Tom Ward", "Ali Khan"],
    );
    // A bare title restates whom a title of that office, their country's, named just before.
    check(
        "La disparition du chanteur a été apprise avec émotion par le président ghanéen, Tom Ward.\n\nSelon la présidence, le chef de l'État y voit une perte pour tout le continent.\n\nLe chef de l'État adresse ses condoléances à son homologue kényan, M. Ali Khan, et au peuple kényan.",
        &["Tom Ward", "Ali Khan"],
    );
    // Two offices joined by "et" make one title, which is no aside.
    check(
        "Le conseiller d'État et ministre des Affaires étrangères du Ghana, Tom Ward, a eu une conversation téléphonique avec le ministre kényan Ali Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    // An organisation's official left unnamed by the lead is the one the text names later.
    check(
        "Le président sortant de la Commission de l'Union africaine a été reçu lundi par le président Tom Ward.\n\nAprès huit années à la tête de la Commission, Moussa Faki Mahamat s'apprête à passer le témoin.",
        &["Tom Ward", "Moussa Faki Mahamat"],
    );
    // An honorific before a known name whose first word is also a place's is no name itself.
    check(
        "Le ministre kényan Tom Ward s'est entretenu avec Son Excellence Docteur Vincent Biruta, ministre des Affaires étrangères du Rwanda.",
        &["Tom Ward", "Vincent Biruta"],
    );
    // The heir's title, capitalised, is no name.
    check(
        "Le ministre kényan Tom Ward a été reçu par le Prince Héritier d'Abou Dhabi, Ali Khan.",
        &["Tom Ward", "Ali Khan"],
    );
    // Whichever holder of the office the text names: an earlier one in an older text.
    check(
        "Le président de la Commission de l'Union africaine a été reçu mardi par le président Tom Ward.\n\nJean Ping a salué l'engagement du pays en faveur de la paix.",
        &["Tom Ward", "Jean Ping"],
    );
    // A counterpart left unnamed, named in a post quoted after ("le Pdt X").
    check(
        "Le président Ali Khan et son homologue russe se sont entretenus au téléphone.\n\n« J'ai eu un entretien avec le Pdt Vladimir Poutine », a écrit le président.",
        &["Ali Khan", "Vladimir Poutine"],
    );
    // Parties of one country name one side of the exchange a sentence after reports.
    check(
        "La présidente suisse Aline Berthe et le conseiller fédéral suisse Marc Roux ont eu plusieurs entretiens à Genève. Mme Berthe a notamment rencontré le Premier ministre belge Tom Ward.",
        &["Aline Berthe", "Tom Ward"],
    );
    // Counterparts under a plural title are named, one per country, by the sentence that reports
    // the exchange again.
    check(
        "Le président Tom Ward s'est entretenu avec les présidents ghanéen et malien. Le président Tom Ward s'est entretenu lundi avec le président ghanéen Ali Khan ainsi qu'avec le président malien Sam Otieno.",
        &["Tom Ward", "Ali Khan", "Sam Otieno"],
    );
    // A lead that names one party under a headline or a caption that names both.
    check(
        "Le président Tom Ward reçoit à Accra le ministre Ali Khan\n\nLa première rencontre entre le chef de l'État et Ali Khan, ministre des Finances, a eu lieu mardi.",
        &["Ali Khan", "Tom Ward"],
    );
    check(
        "Le Premier ministre Tom Ward (à gauche), lundi à Accra, pendant son entretien avec le ministre Ali Khan. Photo : AFP |\n« L'entretien avec le ministre Ali Khan a été franc », précise le gouvernement.",
        &["Ali Khan", "Tom Ward"],
    );
}

#[test]
fn an_exchange_pointed_back_to_is_told_by_the_sentence_that_named_it() {
    use crate::extract::testing::read;
    use crate::model::EventKind::*;
    use crate::model::Language::{En, Fr};
    let cases: &[(&str, crate::model::Language, crate::model::EventKind, Option<&str>)] = &[
        // Named again after "the": the first telling, naming no one, says when and how.
        (
            "Ghana, Mali and Togo held a trilateral meeting on 3 May 2023 in Accra. The three sides reviewed border security. Minister Tom Ward, Minister Ali Khan and Minister Joe Banda attended the meeting.",
            En,
            Meeting,
            Some("2023-05-03"),
        ),
        (
            "On 3 May 2023, the three ministers had a conference call. \"Our region stands together,\" said Minister Tom Ward, who took part in the meeting with Minister Ali Khan.",
            En,
            PhoneCall,
            Some("2023-05-03"),
        ),
        (
            "Les ministres des trois pays ont tenu le 3 mai 2023 une visioconférence. Le ministre Tom Ward a salué, au cours de la réunion, la position du ministre Ali Khan.",
            Fr,
            VideoCall,
            Some("2023-05-03"),
        ),
        // Two leaders' summit is the exchange: its day, not the span of the visit told after it.
        (
            "Presidents Tom Ward and Ali Khan Hold Summit\nMarch 5, 2019\n\n1. On March 4, 2019, Presidents Tom Ward and Ali Khan held a summit at the palace. President Ali Khan is visiting Ghana March 3-5. The two presidents had in-depth discussions on trade.",
            En,
            Talks,
            Some("2019-03-04"),
        ),
        // A meeting named with its parties is the report's own: one told before is another.
        (
            "On 3 May 2023, the three ministers had a conference call. Minister Tom Ward met Minister Ali Khan on 5 May 2023.",
            En,
            Meeting,
            Some("2023-05-05"),
        ),
    ];
    for &(body, language, kind, date) in cases {
        let out = read(body, None, language);
        assert_eq!(out.kind.value, kind, "{body}");
        let got = out.date.value.map(|d| d.to_string());
        assert_eq!(got.as_deref(), date, "{body}");
    }
}

#[test]
fn a_sentence_that_tells_another_exchange_with_someone_else_dates_nothing() {
    use crate::extract::testing::read;
    use crate::model::Language::{En, Fr};
    let cases = [
        (
            "Prime Minister Tom Ward has held talks with President Ali Khan in Accra.\n\nThe two leaders discussed trade.\n\nThey also discussed security.\n\nYesterday, the Prime Minister also met President Joe Banda in Lomé.",
            En,
        ),
        (
            "Le Premier ministre Tom Ward s'est entretenu avec le président Ali Khan à Accra.\n\nLes deux dirigeants ont évoqué le commerce.\n\nIls ont aussi parlé de sécurité.\n\nHier, le Premier ministre a également rencontré le président Joe Banda à Lomé.",
            Fr,
        ),
    ];
    for (body, language) in cases {
        let out = read(body, Some("2024-05-03"), language);
        assert_eq!(out.date.value, None, "{body}");
    }
}

#[test]
fn talks_a_call_verb_tells_of_were_held_over_the_line() {
    kind_in(
        "The statement followed the Prime Minister's conversation on Sunday with Ali Khan, who had phoned him to congratulate him on the election.",
        crate::model::Language::En,
        crate::model::EventKind::PhoneCall,
    );
}

#[test]
fn talks_a_party_tells_next_as_a_call_were_one() {
    kind_of(
        "Le Premier ministre malien s'est entretenu avec Ali Khan, président du Ghana, vendredi. Leur discussion a porté sur la sécurité.\n« J'ai eu aujourd'hui un entretien téléphonique avec le président du Ghana Ali Khan », a-t-il écrit.",
        crate::model::EventKind::PhoneCall,
    );
}

/// "Les deux personnalités", "the two sides": the two people named before, whatever their roles.
#[test]
fn the_two_of_any_role_are_the_two_named_before() {
    use crate::model::Language::{En, Fr};
    for (input, language) in [
        (
            "Le président Tom Ward a reçu lundi le ministre Ali Khan. Les deux personnalités ont eu un tête-à-tête au palais.",
            Fr,
        ),
        (
            "Minister Ali Khan paid a courtesy call on President Tom Ward on Monday. The two sides held talks on trade.",
            En,
        ),
    ] {
        assert_eq!(second_parties(input, language).len(), 2, "{input}");
    }
}

/// The parties of the exchange the second sentence tells.
fn second_parties(input: &str, language: crate::model::Language) -> Vec<String> {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = crate::extract::people::find(&text, &lex, None);
    let again = super::in_sentence(&text, &lex, &cast, 1, None).expect(input);
    (again.people.iter())
        .map(|&p| cast.people[p].name.clone())
        .collect()
}

/// "Les deux ministres ont échangé …, en présence de Z": the subject stands for the two parties,
/// so whom the sentence names after an attendees' phrase only attended.
#[test]
fn attendees_after_the_two_named_as_subject_are_no_parties() {
    use crate::model::Language::{En, Fr};
    for (input, language) in [
        (
            "Le président Tom Ward a reçu lundi le ministre Ali Khan. Les deux personnalités ont échangé sur la sécurité, en présence du directeur de cabinet Sam Otieno.",
            Fr,
        ),
        (
            "President Tom Ward received Minister Ali Khan on Monday. The two leaders discussed trade in the presence of Chief of Staff Sam Otieno.",
            En,
        ),
    ] {
        assert_eq!(second_parties(input, language), ["Tom Ward", "Ali Khan"], "{input}");
    }
}
