//! The main event of texts written the way readouts write them: its kind and its parties.

use crate::extract::testing::lexicon;
use crate::extract::text::Text;

mod apart;

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
fn kinds_told_by_the_headline_or_the_lead() {
    use crate::model::EventKind::*;
    // What a party did besides, set off after a relative pronoun, is not the exchange reported.
    kind_of(
        "Le ministre Tom Ward, qui s'est entretenu la veille au téléphone avec le président Z, a reçu lundi le ministre Ali Khan.",
        Meeting,
    );
    // A headline's generic verb gives way to the mode its lead states.
    kind_of(
        "Le ministre des Affaires étrangères du Ghana Tom Ward a rencontré son homologue du Mali Ali Khan\nAccra, 4 mai – Le ministre Tom Ward a eu un entretien téléphonique avec le ministre Ali Khan.",
        PhoneCall,
    );
    // A statement given in full after the line that announces it.
    kind_of(
        "Le président Tom Ward effectue une visite d'État au Mali.\n\nÀ cette occasion, les deux présidents ont adopté une déclaration commune.\n\nVoici le texte de la déclaration commune :\n\nLe 3 mai, le président Tom Ward et le président Ali Khan se sont rencontrés à Bamako.",
        JointStatement,
    );
    // A statement named beside the words that point to it below, whatever meeting the line
    // tells before it.
    kind_of(
        "Le 3 mai s'est achevée à Bamako la réunion des ministres Tom Ward et Ali Khan, qui ont adopté la déclaration conjointe ci-après :\n\nLes deux ministres se sont réunis à Bamako.",
        JointStatement,
    );
    // The parties who publish a statement together are its authors, though it is not called
    // joint.
    kind_of(
        "GENÈVE, le 3 mai 2021 - Le président Tom Ward et le président Ali Khan se sont réunis à Genève. Ils ont publié la déclaration suivante :\n\nNos deux pays réaffirment leur amitié.",
        JointStatement,
    );
    kind_in(
        "Geneva, May 3 - President Tom Ward and President Ali Khan met in Geneva. They issued the following statement:\n\nOur two countries reaffirm their friendship.",
        crate::model::Language::En,
        JointStatement,
    );
    kind_of(
        "Le président Tom Ward a reçu le président Ali Khan. Nous publions ci-dessous le communiqué conjoint qui a clos la visite.\n\nLes deux chefs d'État ont eu des entretiens.",
        JointStatement,
    );
    kind_of(
        "Communiqué de presse conjoint des deux délégations\n\nLe ministre Tom Ward a effectué une visite au Mali où il a eu des entretiens avec Ali Khan.",
        JointStatement,
    );
    kind_of(
        "Communiqué conjoint franco-malien, en date du 3 mai, sur la coopération.\n\nLe président Ali Khan a été reçu par le président Tom Ward le 3 mai.",
        JointStatement,
    );
    // An exchange to come gives way to the one the text reports after it, though not to a
    // quote's future.
    kind_in(
        "President Tom Ward told Minister Ali Khan that he will invite their new leader to attend a meeting in May.\n\nWard had a phone call with Khan yesterday.",
        crate::model::Language::En,
        PhoneCall,
    );
    kind_in(
        "\"Our ties will stay strong,\" said Tom Ward, who attended the meeting with Ali Khan.\n\nWard had a phone call with Khan yesterday.",
        crate::model::Language::En,
        Meeting,
    );
    // Talks take the call the sentence before gives them.
    kind_of(
        "Le 4 mai, les consultations entre les deux ministères se sont tenues par visioconférence.\n\nLes questions bilatérales ont été examinées lors des consultations menées par le ministre Tom Ward et le ministre Ali Khan.",
        VideoCall,
    );
    kind_of(
        "Entretien téléphonique entre Tom Ward et Ali Khan\n\nLe président Tom Ward s'est entretenu mardi avec le président Ali Khan.",
        PhoneCall,
    );
    // Wishes given in the call the headline or the next sentence tells.
    kind_of(
        "Tom Ward s'est entretenu au téléphone avec Ali Khan\n\nLe président Tom Ward a félicité le président Ali Khan pour sa réélection.",
        PhoneCall,
    );
    kind_of(
        "Le président Tom Ward a présenté ses condoléances au président Ali Khan. Au cours d'un entretien téléphonique, le président Tom Ward a exprimé sa solidarité.",
        PhoneCall,
    );
    kind_of(
        "Le président Tom Ward a adressé ses félicitations au président Ali Khan. Les deux présidents avaient eu un entretien téléphonique en mai. Ils s'étaient appelés en juin.",
        Message,
    );
    // A call pointed back to several sentences on, whoever else that sentence names.
    kind_of(
        "Le président Tom Ward et le président Ali Khan se sont entretenus lundi de la paix. Ils ont salué leurs liens. Le Ghana veut renforcer ses échanges. Le ministre Joe Banda a visité le port. L'entretien téléphonique entre le président Tom Ward et le président Ali Khan a eu lieu alors que le ministre Joe Banda rencontrait son homologue.",
        PhoneCall,
    );
    kind_of(
        "Le président Tom Ward s'est entretenu lundi avec le président Ali Khan. Ils ont salué leurs liens. Le Ghana veut renforcer ses échanges. Le ministre Joe Banda a visité le port. L'entretien téléphonique entre le ministre Joe Banda et le président Tom Ward avait eu lieu en mai.",
        Talks,
    );
    // A call that a sentence after it, pointing back to it, says went by video was a video one.
    kind_in(
        "President Tom Ward and President Ali Khan held talks by teleconference on Monday. They reviewed trade. The teleconference ran over a secure video link set up for the two leaders.",
        crate::model::Language::En,
        VideoCall,
    );
    kind_of(
        "Le président Tom Ward a tenu lundi une téléconférence avec le président Ali Khan. L'entretien s'est déroulé par liaison vidéo.",
        VideoCall,
    );
    // A video call told as another, earlier one points back to nothing.
    kind_in(
        "President Tom Ward spoke by phone with President Ali Khan on Monday. They had held a video call in May.",
        crate::model::Language::En,
        PhoneCall,
    );
    // A report of what the parties declared, given as a joint statement's words.
    kind_of(
        "Le Ghana et le Mali ont exprimé lundi, lors de la visite du président Tom Ward, leur volonté d'unir leurs efforts. « Les deux parties veulent unir leurs efforts », affirme une déclaration commune publiée lundi à Bamako.",
        JointStatement,
    );
    kind_of(
        "Le président Tom Ward a reçu lundi le président Ali Khan. Les deux présidents ont publié une déclaration commune.",
        Meeting,
    );
    // Articles numbered from the first paragraph are a communiqué's.
    kind_of(
        "1. À l'invitation du président Tom Ward, le président Ali Khan a effectué une visite de travail au Togo.\n\n2. Les deux chefs d'État ont eu des entretiens en tête-à-tête.\n\n3. Ils ont salué la qualité de leurs relations.",
        JointStatement,
    );
    kind_of(
        "Le président Tom Ward a reçu le président Ali Khan.\n\n1. Les deux chefs d'État ont eu des entretiens.\n\n2. Ils ont salué leurs relations.\n\n3. Ils se reverront.",
        Meeting,
    );
    // A statement's title under the line that announces its text, below the page's own lines.
    kind_in(
        "Kenya and Ghana review ties\n\nWorld Saturday 16/July/2022 09:19 AM\nBy: KNA\nKenya and Ghana review ties\n\nNairobi: A joint statement was issued late Friday by Kenya and Ghana. Following is the text of the Nairobi Communique:\n\n\"Joint Communique between the Republic of Kenya and the Republic of Ghana\"\n\nAt the invitation of President Tom Ward, President Ali Khan paid an official visit to Kenya. Following the meeting with President Tom Ward, President Ali Khan met the Speaker.",
        crate::model::Language::En,
        JointStatement,
    );
    // The first article unnumbered, or lost to the capture.
    kind_in(
        "At the invitation of President Tom Ward, President Ali Khan paid a state visit to Ghana.\n\n2. The two leaders held talks.\n\n3. They agreed to meet again.",
        crate::model::Language::En,
        JointStatement,
    );
    kind_of(
        "2- La visite du président Ali Khan s'inscrit dans le renforcement des liens.\n\n3- Le président Tom Ward l'a accueilli à Lomé.\n\n4- Les deux chefs d'État ont eu des entretiens.",
        JointStatement,
    );
    // The present of a headline and the past historic tell a meeting too.
    kind_of("Le président Tom Ward reçoit le ministre Ali Khan", Meeting);
    kind_of(
        "Le président Tom Ward accueillit le ministre Ali Khan pour un entretien d'une heure.",
        Meeting,
    );
    kind_of(
        "Le président Tom Ward reçoit un appel du ministre Ali Khan",
        PhoneCall,
    );
    // A lead that names no kind takes the headline's.
    kind_of(
        "Visioconférence entre Tom Ward et Ali Khan\n\nLe président Tom Ward et le président Ali Khan ont fait le point mardi sur la coopération.",
        VideoCall,
    );
    // Talks the headline names a meeting were held face to face.
    kind_of(
        "Le président Tom Ward rencontre le ministre Ali Khan\n\nLe président Tom Ward s'est entretenu mardi avec le ministre Ali Khan.",
        Meeting,
    );
}

#[test]
fn talks_told_again_as_a_meeting() {
    use crate::model::EventKind::*;
    kind_of(
        "Le président Tom Ward a eu un entretien mardi avec le président Ali Khan au palais. Cette rencontre, la première après l'élection, a porté sur la sécurité.",
        Meeting,
    );
    kind_of(
        "Le ministre Tom Ward a eu des entretiens à Accra avec le ministre Ali Khan. Lors de cette entrevue, ils ont examiné leurs relations.",
        Meeting,
    );
    // A meeting after the talks, or before them, is another exchange.
    kind_of(
        "Le président Tom Ward a eu un entretien avec le président Ali Khan à l'aéroport. Ils se sont par la suite retrouvés en tête à tête au palais.",
        Talks,
    );
    kind_of(
        "Le président Tom Ward s'est entretenu avec le président Ali Khan. Leur première rencontre avait eu lieu en mai.",
        Talks,
    );
    // Whoever else it names, the meeting is theirs.
    kind_of(
        "Le président Tom Ward s'est entretenu avec le président Ali Khan. Le ministre Joe Banda a rencontré le ministre Ali Khan.",
        Talks,
    );
    // English issuers call any talks "the meeting".
    kind_in(
        "Foreign Minister Tom Ward held talks with Foreign Minister Ali Khan in Accra. The meeting focused on trade.",
        crate::model::Language::En,
        Talks,
    );
}

#[test]
fn kinds_of_messages_envoys_and_meals() {
    use crate::model::EventKind::*;
    let english = [
        // A cable received is a message, whoever received it.
        (
            "The Amir Tom Ward received a congratulatory cable from President Ali Khan on his re-election.",
            Message,
        ),
        (
            "President Tom Ward has sent his warm congratulations to President Ali Khan on his election.",
            Message,
        ),
        // Wishes received are a message, not a visitor.
        (
            "Amir Tom Ward receives congratulations from President Ali Khan",
            Message,
        ),
        // Credentials are presented in person.
        (
            "Ambassador Tom Ward presented his credentials to President Ali Khan on Tuesday.",
            Meeting,
        ),
        // A special message is handed over by an envoy, received in person.
        (
            "President Tom Ward received a special message from President Ali Khan, delivered by his envoy.",
            Meeting,
        ),
        // Talks over a meal are held at table together.
        (
            "Prime Minister Tom Ward held talks with President Ali Khan over a working dinner on Monday.",
            Meeting,
        ),
        // A telegram is a message, as a cable is.
        (
            "President Tom Ward has sent a telegram of condolence to President Ali Khan after the floods.",
            Message,
        ),
        // Discussions held during a bilateral meeting are the meeting's.
        (
            "Prime Minister Tom Ward and his counterpart Ali Khan held discussions on trade during a bilateral meeting in Suva.",
            Meeting,
        ),
        // A message taken by a minister on the addressee's behalf was handed to no one in person.
        (
            "The Emir Tom Ward received a written message from President Ali Khan on ties. The message was received by Foreign Minister Sam Otieno during his meeting with the Ghanaian ambassador.",
            Message,
        ),
        // Cables of congratulation are messages, several as one.
        (
            "King Tom Ward has sent cables of congratulation to President Ali Khan on the national day.",
            Message,
        ),
        // An appeal is no call.
        (
            "President Tom Ward called for closer ties when Ambassador Ali Khan paid a courtesy call on him.",
            Meeting,
        ),
        // Wishes conveyed by telephone were a call's.
        (
            "The Emir Tom Ward conveyed his congratulations to President Ali Khan by telephone.",
            PhoneCall,
        ),
        // A conference over the line is a call, dialling someone too; negotiations are talks.
        (
            "President Tom Ward and President Ali Khan held a teleconference on the floods.",
            PhoneCall,
        ),
        (
            "Prime Minister Tom Ward dialled President Ali Khan on Friday to discuss the border.",
            PhoneCall,
        ),
        (
            "Foreign Minister Tom Ward held negotiations with Foreign Minister Ali Khan in Geneva.",
            Talks,
        ),
        // Writing to someone is sending a letter; a joint press release titles a joint statement.
        (
            "President Tom Ward wrote to President Ali Khan on Monday to thank him for his support.",
            Message,
        ),
        (
            "Joint press release\n\nPresident Tom Ward and President Ali Khan met in Accra on Monday.",
            JointStatement,
        ),
        // A letter given in full is a message, though its body names no exchange.
        (
            "Your Excellency,\n\nIt is with great pleasure that I learnt of your re-election.\n\nPlease accept the assurances of my highest consideration.\n\nXi Jinping",
            Message,
        ),
    ];
    for (input, kind) in english {
        kind_in(input, crate::model::Language::En, kind);
    }
    kind_of(
        "Le président Tom Ward a reçu un télégramme de condoléances du président Ali Khan.",
        Message,
    );
    // A headline that names the exchange over a body that names neither party.
    kind_of(
        "Message de condoléances du président Tom Ward au président Ali Khan\n\nC'est avec une profonde tristesse que nous avons appris la disparition de l'ancien Premier ministre.",
        Message,
    );
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
    // The building a meeting is held in is no party.
    check(
        "Le Premier ministre Tom Ward a participé, sur invitation du Premier ministre belge, à un dîner informel des chefs de gouvernement au Château de Val Fleuri, à Bruxelles, en date du 22 février.",
        &["Tom Ward"],
    );
    // Guests received as a group are named in a sentence after; envoys presenting their
    // credentials are received in turn, the first named being the party.
    check(
        "Le président Tom Ward a reçu mardi les ministres de la Défense des pays voisins. La délégation comprenait le général Ali Khan, ministre de la Défense du Mali, et le général Sam Otieno, ministre de la Défense du Niger.",
        &["Tom Ward", "Ali Khan", "Sam Otieno"],
    );
    check(
        "Le président Tom Ward a reçu mardi les lettres de créance de trois nouveaux ambassadeurs. Se sont présentés Ali Khan pour le Ghana, Sam Otieno pour la Suède et Paul Roux pour l'Italie.",
        &["Tom Ward", "Ali Khan"],
    );
    // Envoys received one after another in one sentence, or named as a group and each one
    // paragraphs later: the first is the party.
    check(
        "Le président Tom Ward a reçu les lettres de créance de Sam Otieno, nouvel ambassadeur du Ghana et Paul Roux de la Suède.",
        &["Tom Ward", "Sam Otieno"],
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
    // Counterparts left unnamed are named by the sentence that reports the exchange again.
    check(
        "Le président Tom Ward s'est entretenu avec les présidents ghanéen et malien. Le président Tom Ward s'est entretenu lundi avec le président ghanéen Ali Khan ainsi qu'avec le président malien Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
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
