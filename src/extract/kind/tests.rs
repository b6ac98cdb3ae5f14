//! The kinds that sentences' cues add up to, one table of cases per family of phrasings.

use crate::extract::testing::lexicon;
use crate::model::EventKind::{self, *};

mod counted;
mod manners;

fn check(sentence: &str, expected: Option<EventKind>) {
    check_in(sentence, crate::model::Language::Fr, expected);
}

fn check_in(sentence: &str, language: crate::model::Language, expected: Option<EventKind>) {
    let lex = lexicon();
    let folded = crate::extract::text::fold(sentence);
    let cues = lex.kind_cues(&folded, language);
    assert_eq!(
        super::classify(&cues).map(|(k, _)| k),
        expected,
        "{sentence}"
    );
}

#[test]
fn kinds() {
    check(
        "Le président X a rencontré samedi le ministre Y.",
        Some(Meeting),
    );
    // An infinitive the negated verb says was done; one meant is no exchange.
    check(
        "Le ministre X n'a pas manqué de rencontrer le président Y en marge du sommet.",
        Some(Meeting),
    );
    check(
        "Le ministre X ne manquera pas de rencontrer le président Y.",
        None,
    );
    check("X a reçu en audience Y.", Some(Meeting));
    // What a host says while receiving a guest is said in person.
    check(
        "X a salué lors de son accueil au palais de l'envoyé Y les liens entre les deux pays.",
        Some(Meeting),
    );
    // An interview granted to a visitor is an audience, held in person.
    check(
        "Le chef de l'État X a accordé mardi un entretien au ministre Y.",
        Some(Meeting),
    );
    check(
        "X a accordé un entretien téléphonique au ministre Y.",
        Some(PhoneCall),
    );
    check(
        "Le président X accueillait le Prince Y au bas du perron.",
        Some(Meeting),
    );
    check("X a reçu un appel téléphonique de Y.", Some(PhoneCall));
    check(
        "X s’est entretenu, ce samedi, par téléphone avec Y.",
        Some(PhoneCall),
    );
    check("X a donné un coup de fil au président Y.", Some(PhoneCall));
    // The verb of calling, whatever is said between it and its auxiliary; calling for
    // something is an appeal.
    check(
        "X a, depuis Dakar, appelé le président Y pour lui dire sa solidarité.",
        Some(PhoneCall),
    );
    check(
        "X a appelé à la retenue lors de sa rencontre avec Y.",
        Some(Meeting),
    );
    // A word that names the telephone is no appeal, whatever follows it.
    check(
        "X et Y ont eu mardi un entretien téléphonique au sujet de la crise.",
        Some(PhoneCall),
    );
    // A tête-à-tête is held face to face: a meeting.
    check("X et Y ont eu un tête-à-tête au palais.", Some(Meeting));
    // Wishes conveyed by telephone were a call's.
    check(
        "X a présenté ses félicitations, par téléphone, au président Y.",
        Some(PhoneCall),
    );
    check("X s'est entretenu avec Y à Washington.", Some(Talks));
    check("X a mené des discussions bilatérales avec Y.", Some(Talks));
    check(
        "X a eu lundi une séance de travail avec son homologue Y.",
        Some(Talks),
    );
    check(
        "X et Y ont échangé des messages de félicitations.",
        Some(Message),
    );
    check("X a adressé ses sincères condoléances à Y.", Some(Message));
    check(
        "X a échangé ce lundi 6 mai 2024 au Palais avec Y.",
        Some(Talks),
    );
    check("X et Y ont échangé des lettres.", Some(Message));
    check(
        "X a échangé mercredi des félicitations avec Y.",
        Some(Message),
    );
    check("Un échange de messages entre X et Y.", Some(Message));
    check(
        "X a reçu à Rabat Y, porteur d'un message du président Z.",
        Some(Meeting),
    );
    check("X a reçu une lettre du président Y.", Some(Message));
    // Wishes received came in writing, not with a visitor.
    check(
        "Le président X a reçu des félicitations de plusieurs chefs d'État.",
        Some(Message),
    );
    // So did messages received, however many.
    check(
        "La présidente X a reçu jeudi des messages de soutien de ses homologues.",
        Some(Message),
    );
    // Whoever bears a message or an invitation brings it in person.
    check(
        "X a échangé lundi avec la ministre Y, porteuse d'une invitation du président Z.",
        Some(Meeting),
    );
    // A message handed over is brought in person.
    check(
        "L'envoyé X a remis au chef de l'État Y le message de son président.",
        Some(Meeting),
    );
    check("Le président X a remis ses lettres à Y.", Some(Meeting));
    check(
        "L'ambassadeur X a délivré jeudi au ministre Y un message du président Z.",
        Some(Meeting),
    );
    // Whatever the verb's tense, a message handed over is brought in person.
    check(
        "L'envoyé X, venu spécialement remettre un message du président Z, a été reçu par Y.",
        Some(Meeting),
    );
    check(
        "X a transmis un message de félicitations à Y.",
        Some(Message),
    );
    // Face to face, however the words are joined, and whatever verb names the talks held
    // in it: a meeting.
    check("X et Y ont eu un tête à tête.", Some(Meeting));
    check(
        "X et Y se sont entretenus en tête-à-tête lundi.",
        Some(Meeting),
    );
    check(
        "X a eu de longs entretiens en tête à tête avec Y.",
        Some(Meeting),
    );
    check(
        "Le sommet a culminé avec l'entretien en tête à tête de X avec Y.",
        Some(Meeting),
    );
    // A message handed over at an audience was brought in person.
    check(
        "Le message de Z a été transmis lundi à X par Y au cours d'une audience.",
        Some(Meeting),
    );
    // A declaration the parties adopt is a joint statement.
    check(
        "Les ministres X, Y et Z adoptent la Déclaration de Lomé.",
        Some(JointStatement),
    );
    check(
        "Déclaration de presse conjointe de X et de Y à Niamey.",
        Some(JointStatement),
    );
    check("X a eu une conversation avec Y.", Some(Talks));
    check("X a eu des échanges avec Y à Paris.", Some(Talks));
    check(
        "X, à travers un courrier adressé le 3 mai à Y, l'a félicité.",
        Some(Message),
    );
    check(
        "X a écrit à son homologue Y pour lui proposer une rencontre.",
        Some(Message),
    );
    check("X et Y ont tenu mardi une téléconférence.", Some(PhoneCall));
    check(
        "X a eu une conversation téléphonique avec Y.",
        Some(PhoneCall),
    );
    check(
        "Les deux pays ont publié une déclaration commune.",
        Some(JointStatement),
    );
    check("X et Y ont tenu une visioconférence.", Some(VideoCall));
    // One to one, but over the line.
    check(
        "L'invitation a été faite lors d'un tête-à-tête en visioconférence avec Y.",
        Some(VideoCall),
    );
    check(
        "X et Y ont eu un tête-à-tête téléphonique.",
        Some(PhoneCall),
    );
    check("X a tenu une brève réunion avec Y.", Some(Meeting));
    check("X a eu jeudi un appel cordial avec Y.", Some(PhoneCall));
    // A time "during the call" is a call's, never an appeal's.
    check(
        "Au cours de cet appel, X a souligné auprès de Y la nécessité du dialogue.",
        Some(PhoneCall),
    );
    check(
        "Pendant l'appel, X a souligné auprès de Y la nécessité du dialogue.",
        Some(PhoneCall),
    );
    check("X et Y ont tenu un sommet virtuel.", Some(VideoCall));
    check(
        "X s'est entretenu avec Y lors d'une réunion organisée virtuellement.",
        Some(VideoCall),
    );
    check("X et Y ont échangé en visio mardi.", Some(VideoCall));
    check(
        "Le président X a été mardi l'hôte du président Y.",
        Some(Meeting),
    );
    check("X a tenu des réunions avec Y et Z.", Some(Meeting));
    check(
        "À sa descente d'avion, X a été accueilli par Y.",
        Some(Meeting),
    );
    // Many exchanges summed up name none of them.
    check("X et Z ont eu de nombreux entretiens bilatéraux.", None);
    check(
        "X a eu plusieurs entretiens et a notamment rencontré Y.",
        Some(Meeting),
    );
    check("X a salué le développement de la coopération.", None);
    check(
        "X a remercié lundi Y, venu prendre congé au terme de sa mission.",
        Some(Meeting),
    );
    check(
        "L'ambassadeur Y a pris congé mardi du président X, au terme de sa mission.",
        Some(Meeting),
    );
    check(
        "X a rendu ce matin une visite de courtoisie au président Y.",
        Some(Meeting),
    );
    // A visit's purpose names the exchange.
    check(
        "X a effectué mardi sa première visite à Lomé pour rencontrer Y et Z.",
        Some(Meeting),
    );
    check(
        "X s'est rendu à Accra afin de s'entretenir avec Y.",
        Some(Talks),
    );
    // The exchange a discussion was held at names the kind.
    check(
        "X a discuté de la coopération lors de sa rencontre avec Y.",
        Some(Meeting),
    );
    check(
        "X et Y ont discuté au cours de leur entrevue des questions régionales.",
        Some(Meeting),
    );
    // A topic at the heart of the meeting: the dialogue is what they spoke of.
    check(
        "Le dialogue politique a été au cœur de la rencontre mardi de X avec Y.",
        Some(Meeting),
    );
    check(
        "Les échanges commerciaux étaient au menu de la rencontre de X avec Y.",
        Some(Meeting),
    );
    // Talks over a meal are held at table together.
    check(
        "X s'est entretenu mardi soir au cours d'un dîner de travail avec Y.",
        Some(Meeting),
    );
    check("X a offert un déjeuner en l'honneur de Y.", Some(Meeting));
    // The call is the act, the wishes it conveyed its purpose.
    check(
        "X a appelé mardi Y pour le remercier du message qu'il lui avait adressé.",
        Some(PhoneCall),
    );
    check(
        "X a eu un appel téléphonique avec Y, au cours duquel il lui a présenté ses vœux.",
        Some(PhoneCall),
    );
    check(
        "Dans son message, X a lancé un appel à Y pour la paix.",
        Some(Message),
    );
    check(
        "X l'a téléphoné lundi pour lui présenter ses félicitations.",
        Some(PhoneCall),
    );
}

#[test]
fn every_form_of_a_video_call() {
    use crate::model::Language::{En, Fr};
    let cases = [
        ("X held a meeting through videoconferencing with Y.", En),
        ("X and Y held an online summit on Monday.", En),
        ("X had an online conversation with Y.", En),
        ("X and Y held online talks on the crisis.", En),
        ("X a eu avec Y des rencontres virtuelles.", Fr),
        ("X a tenu avec Y des entretiens virtuels.", Fr),
        ("X et Y ont tenu deux visioconférences.", Fr),
    ];
    for (sentence, language) in cases {
        check_in(sentence, language, Some(VideoCall));
    }
}

#[test]
fn every_number_of_a_noun_of_exchange() {
    check(
        "Le palais a été le théâtre de deux audiences.",
        Some(Meeting),
    );
    check("X et Y ont eu deux entrevues à Paris.", Some(Meeting));
    check(
        "Les négociations de X avec Y ont été franches.",
        Some(Talks),
    );
    // The singular of consultations names the talks as the plural does.
    check(
        "La 4e consultation politique entre les ministères s'est tenue mardi à Rabat.",
        Some(Talks),
    );
    check_in(
        "The third political consultation between the two ministries took place in Quito.",
        crate::model::Language::En,
        Some(Talks),
    );
}

#[test]
fn a_visit_paid_to_someone_is_a_meeting() {
    check("X a rendu visite lundi au président Y.", Some(Meeting));
    check(
        "X a rendu une visite d'amitié et de travail à son homologue Y.",
        Some(Meeting),
    );
    check("X rend visite à son homologue Y à Lomé.", Some(Meeting));
}

#[test]
fn messages_received_on_a_day_and_wishes() {
    use crate::model::Language::{En, Fr};
    let cases = [
        (
            "X received Tuesday a cable from Y on his re-election.",
            En,
            Message,
        ),
        ("X received on Sunday a letter from Y.", En, Message),
        (
            "X received yesterday a congratulatory message from Y.",
            En,
            Message,
        ),
        // Wishes coming in, the occasion named before them.
        (
            "X has been receiving festive greetings from many leaders.",
            En,
            Message,
        ),
        ("X received birthday greetings from Y.", En, Message),
        ("X received on Sunday the visiting minister Y.", En, Meeting),
        // Courtesy calls are paid in person; talks over tea are held at table together.
        (
            "X received courtesy calls from the ambassadors Y and Z.",
            En,
            Meeting,
        ),
        ("X and Y talked over tea at the palace.", En, Meeting),
        // How an exchange to come will be held is not how this one was.
        (
            "X and Y held a telephone conversation ahead of the upcoming special video conference of the ministers.",
            En,
            PhoneCall,
        ),
        // A letter presented to whom it is addressed, or a message its bearer presents, is
        // handed over in person.
        (
            "Envoy X presented his letter of introduction to Prime Minister Y today.",
            En,
            Meeting,
        ),
        (
            "Y acknowledged the message of goodwill, as presented on Monday by minister X.",
            En,
            Meeting,
        ),
        // Condolences offered on a visit are offered in person.
        (
            "X visited the embassy of Y on Monday to offer his condolences.",
            En,
            Meeting,
        ),
        (
            "X s'est rendu lundi à l'ambassade de Y pour présenter ses condoléances.",
            Fr,
            Meeting,
        ),
        ("X held face-to-face talks with Y.", En, Talks),
        (
            "Trade and dialogue were at the heart of the meeting of X with Y.",
            En,
            Meeting,
        ),
        ("X spoke on Friday with Y about trade.", En, PhoneCall),
        (
            "X a reçu mardi un message de félicitations de Y.",
            Fr,
            Message,
        ),
        // The day set off by commas.
        (
            "Le chef de l'État a reçu, ce matin, un message de soutien de Y.",
            Fr,
            Message,
        ),
        ("X a reçu hier une lettre du président Y.", Fr, Message),
        (
            "X a reçu mardi le ministre Y, porteur d'un message.",
            Fr,
            Meeting,
        ),
        // Wishes are a message where nothing else names the exchange.
        (
            "X a félicité le président Y pour son élection.",
            Fr,
            Message,
        ),
        (
            "X a félicité Y lors de leur rencontre au palais.",
            Fr,
            Meeting,
        ),
        // Talks wished for are not held: the wishes are the message.
        (
            "X congratulated Y and voiced a desire to engage her in talks on trade.",
            En,
            Message,
        ),
        (
            "X congratulated Y, expressing hope for an in-person meeting in Accra next spring.",
            En,
            Message,
        ),
        (
            "X a félicité Y et a dit sa hâte de le rencontrer.",
            Fr,
            Message,
        ),
        (
            "X congratulated Y by telephone on his election.",
            En,
            PhoneCall,
        ),
        // Only a word of calling may be an appeal ("called for calm").
        (
            "X held talks with Y on the phone for an hour.",
            En,
            PhoneCall,
        ),
        // The gathering on whose margins the exchange was held is not the exchange.
        (
            "En marge de la réunion, le ministre X s'est entretenu avec Y.",
            Fr,
            Talks,
        ),
        (
            "En marge d'une rencontre des ministres, X a discuté avec Y.",
            Fr,
            Talks,
        ),
        (
            "On the sidelines of the 12th Meeting of the Council, X held talks with Y.",
            En,
            Talks,
        ),
        (
            "On the margins of the meeting, X and Y discussed trade.",
            En,
            Talks,
        ),
        // Nor is a body's gathering a party attended.
        (
            "X a pris part à la réunion du comité des ministres et s'est entretenu avec Y.",
            Fr,
            Talks,
        ),
        (
            "X, who attended the 3rd Meeting of the Council, held talks with Y.",
            En,
            Talks,
        ),
        (
            "X attended a meeting with Y at the ministry.",
            En,
            Meeting,
        ),
    ];
    for (sentence, language, kind) in cases {
        check_in(sentence, language, Some(kind));
    }
}

#[test]
fn the_text_of_a_statement_given_in_full() {
    // A lead that gives below the text of a declaration or a communiqué announces the parties'
    // statement, whatever meeting it closed.
    for sentence in [
        "Le texte intégral de la déclaration adoptée par les deux présidents est le suivant :",
        "Voici l'intégralité du communiqué publié au terme de la visite.",
        "Nous vous livrons ci-dessous la teneur du communiqué.",
        "Lire ci-après le texte du communiqué rendu public à l'issue des entretiens :",
        "Voici le texte de cette déclaration :",
    ] {
        check(sentence, Some(JointStatement));
    }
    for sentence in [
        "The full text of the declaration is as follows:",
        "Following is the text of the communiqué released at the close of the talks:",
        "The text of the final statement reads:",
        "The text of this declaration reads as follows:",
    ] {
        check_in(sentence, crate::model::Language::En, Some(JointStatement));
    }
}

#[test]
fn every_form_of_the_verb_of_a_conversation() {
    use crate::model::Language::{En, Fr};
    for (sentence, language) in [
        ("Minister X conversed with Minister Y at the forum.", En),
        ("Minister X converses with his counterpart Y.", En),
        ("X was seen conversing with Y.", En),
        ("Le ministre X a conversé avec son homologue Y.", Fr),
        ("Les deux ministres ont conversé longuement.", Fr),
    ] {
        check_in(sentence, language, Some(Talks));
    }
}

#[test]
fn the_meetings_a_discussion_was_held_at() {
    // The plural names the occasion of what was discussed as the singular does.
    use crate::model::Language::{En, Fr};
    for (sentence, language) in [
        (
            "X discussed regional trade with several leaders in meetings at the summit.",
            En,
        ),
        ("During their meetings, X and Y discussed the border.", En),
        (
            "X discussed energy with Y and Z at separate meetings on Monday.",
            En,
        ),
        (
            "X a discuté de la sécurité lors de ses rencontres avec Y et Z.",
            Fr,
        ),
        (
            "X et Y ont évoqué la crise au cours de leurs entrevues.",
            Fr,
        ),
    ] {
        check_in(sentence, language, Some(Meeting));
    }
}
