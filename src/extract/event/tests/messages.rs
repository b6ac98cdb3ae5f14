//! The kind of the main event where it is no talks: messages, envoys' errands and meals.

use super::*;

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
        // Thanks received in reply to a cable are a message too.
        (
            "King Tom Ward received thanks from President Ali Khan in reply to his congratulatory cable on his election.",
            Message,
        ),
        // Credentials are presented in person.
        (
            "Ambassador Tom Ward presented his credentials to President Ali Khan on Tuesday.",
            Meeting,
        ),
        // Whatever they are called: a letter of credence is no letter sent.
        (
            "Ambassador Tom Ward presented his Letter of Credence to President Ali Khan on Tuesday.",
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
        // A party received by someone else after the audience was received again, not the message.
        (
            "The Emir Tom Ward received Minister Ali Khan, who conveyed to him a message of condolence. After the audience, Minister Khan was received by Prime Minister Sam Otieno.",
            Meeting,
        ),
        // A letter of congratulation received is a message, not a visitor.
        (
            "Accra, May 4, 2021 - President Tom Ward has received a congratulatory letter from President Ali Khan of Kenya.",
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
        // An envoy's introductory or farewell call is paid in person.
        (
            "Prime Minister Tom Ward stressed the ties after an introductory call from Ambassador Ali Khan on Monday.",
            Meeting,
        ),
        (
            "Ambassador Ali Khan paid a farewell call on President Tom Ward at the end of his tour.",
            Meeting,
        ),
        (
            "President Tom Ward bade farewell to the outgoing Ambassador of Ghana, Ali Khan, today.",
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
    kind_of(
        "Le roi Tom Ward a reçu des remerciements du président Ali Khan en réponse à son télégramme.",
        Message,
    );
    // A message a third party sent, passed on by its bearer, was handed over in person; not
    // the sender's own message of wishes, nor one received.
    kind_of(
        "Le ministre Tom Ward a transmis jeudi au président Ali Khan un message écrit du chef de l'Etat sénégalais.",
        Meeting,
    );
    kind_of(
        "M. Tom Ward a transmis au président Ali Khan un message du président Sam Otieno.",
        Meeting,
    );
    kind_of(
        "Le président Tom Ward a transmis au président Ali Khan un message de félicitations.",
        Message,
    );
    kind_of(
        "Le président Tom Ward a reçu un message de son homologue Ali Khan.",
        Message,
    );
    // A site's one-word label over the headline says what the page holds, not how they spoke.
    kind_in(
        "Video\nPresident sends condolences over the floods\n\nPresident Tom Ward sent a letter of condolence to Prime Minister Ali Khan on Monday.",
        crate::model::Language::En,
        Message,
    );
    // A headline that names the exchange over a body that names neither party.
    kind_of(
        "Message de condoléances du président Tom Ward au président Ali Khan\n\nC'est avec une profonde tristesse que nous avons appris la disparition de l'ancien Premier ministre.",
        Message,
    );
}
