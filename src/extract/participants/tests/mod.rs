//! Participants of texts written the way readouts write them.

use super::*;
use crate::extract::people::find;
use crate::extract::testing::lexicon;
use crate::model::Language;

mod clauses;
mod sources;
mod visitors;

fn participants(input: &str) -> (Vec<String>, Vec<String>) {
    participants_in(input, Language::Fr)
}

fn participants_in(input: &str, language: Language) -> (Vec<String>, Vec<String>) {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = find(&text, &lex, None);
    let (mut people, unnamed) = in_sentence(&text, &cast, 0, 0);
    let unbound = bind_unnamed(&text, &lex, &cast, &mut people, &unnamed);
    (
        people
            .iter()
            .map(|&p| cast.people[p].name.clone())
            .collect(),
        unbound.iter().map(|c| c.to_string()).collect(),
    )
}

#[test]
fn participants_of_a_sentence() {
    let check = |input: &str, people: &[&str], unbound: &[&str]| {
        let (p, u) = participants(input);
        assert_eq!(
            (
                p.iter().map(String::as_str).collect::<Vec<_>>(),
                u.iter().map(String::as_str).collect::<Vec<_>>()
            ),
            (people.to_vec(), unbound.to_vec()),
            "{input}"
        );
    };
    check(
        "Wang Yi a transmis les salutations du président Xi Jinping à Sadyr Japarov.",
        &["Wang Yi", "Sadyr Japarov"],
        &[],
    );
    check("Le président Xi Jinping a adressé ses condoléances à son homologue français Emmanuel Macron pour le décès de l'ancien président du pays, Valéry Giscard d'Estaing.", &["Xi Jinping", "Emmanuel Macron"], &[]);
    check("Le président Kais Saied a reçu les ministres des Affaires étrangères de Belgique et du Portugal.", &["Kais Saied"], &["BE", "PT"]);
    // Qui le dit, après la citation, est la source du compte rendu, non une partie.
    check("Le président Tom Ward a reçu le ministre Ali Khan « dans un climat chaleureux », a indiqué M. Sam Otieno, porte-parole de la présidence.", &["Tom Ward", "Ali Khan"], &[]);
    // A group's title lists its countries with commas; a party's counterparts are met in turn.
    check(
        "Les ministres ghanéen, malien et togolais ont eu un entretien par visioconférence.",
        &[],
        &["GH", "ML", "TG"],
    );
    check("Le ministre Tom Ward a eu des entretiens avec ses homologues du Ghana, du Mali et du Togo.", &["Tom Ward"], &["GH"]);
    // Each word for a counterpart names one after a possessive; "vis-à-vis de" without one is a
    // preposition.
    check(
        "Le ministre Tom Ward s'est entretenu mardi avec son vis-à-vis malien.",
        &["Tom Ward"],
        &["ML"],
    );
    check(
        "La ministre Ada Sow a reçu à Dakar son alter ego ghanéen.",
        &["Ada Sow"],
        &["GH"],
    );
    check(
        "Le ministre Tom Ward a rappelé la position de son pays vis-à-vis du Mali.",
        &["Tom Ward"],
        &[],
    );
    // A plural title of several countries stands for one person of each, named with that country.
    check("Le ministre Tom Ward a reçu les ambassadeurs du Ghana et du Mali. L'ambassadeur ghanéen Ali Khan et l'ambassadeur malien Sam Otieno ont salué les relations.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    let en = |input: &str, people: &[&str], unbound: &[&str]| {
        let (p, u) = participants_in(input, Language::En);
        assert_eq!(
            (p, u),
            (
                people.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                unbound.iter().map(|s| s.to_string()).collect::<Vec<_>>()
            ),
            "{input}"
        );
    };
    // Condolences to the family of the deceased are not to the deceased.
    en("President Tom Ward sent condolences to the family and friends of former President Sam Otieno in connection with his demise.", &["Tom Ward"], &[]);
    // "and" before a country goes on with the plural title.
    en("Minister Tom Ward received the ambassadors of Ghana and Mali. Ghanaian Ambassador Ali Khan and Malian Ambassador Sam Otieno praised the ties.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    // Where a group of envoys is posted is not their country.
    // A government named by its leader's surname tells when, not who took part.
    en("Marking the first contact since the Ward government took office, Minister Ali Khan met his counterpart Sam Otieno. President Tom Ward welcomed it.", &["Ali Khan", "Sam Otieno"], &[]);
    // Whom a counselor serves, in either spelling, stayed home.
    en("Minister Tom Ward on Friday held a phone conversation with Ali Khan, diplomatic counselor to Ghanaian President Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // An envoy's title set after their own name names whom they serve, however long that one's
    // title, who stayed home; not an envoy named after the title of whom they serve.
    en("Yesterday, Professor Ali Khan, a special envoy of Republic of Ghana (ROG) President, Sam Otieno, met with President Tom Ward at State House.", &["Ali Khan", "Tom Ward"], &[]);
    en("President Tom Ward met with Ali Khan, Finance Secretary and Special Representative of U.S. President Sam Otieno, in the capital.", &["Tom Ward", "Ali Khan"], &[]);
    en("President Tom Ward met with the Special Envoy of the Secretary-General, Mr Ali Khan, in the capital.", &["Tom Ward", "Ali Khan"], &[]);
    en("Minister Tom Ward received the ambassadors residing in Ghana and Mali. Ghanaian President Ali Khan welcomed them.", &["Tom Ward"], &[]);
    // A clause's word in lower case ends an unnamed title: what the clause names is no country of it.
    en(
        "Minister Tom Ward met his Ghanaian counterpart in Accra to discuss the Mali crisis.",
        &["Tom Ward"],
        &["GH"],
    );
    en(
        "The call took place on Monday, when the Ghanaian foreign minister praised Togo's stance.",
        &[],
        &["GH"],
    );
    check("Le Président russe a discuté avec son homologue français. MM. Poutine et Macron ont parlé.", &["Vladimir Poutine", "Emmanuel Macron"], &[]);
    // "SEM." (Son Excellence Monsieur) before a name ends no sentence.
    check(
        "Le Premier ministre Tom Ward a reçu en audience l'ambassadeur du Japon, SEM. Ali Khan.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    // "de la part de" after a call names the caller, not a sender of greetings.
    check("Le président Tom Ward a reçu, ce lundi, un appel téléphonique de la part du président malien, Ali Khan.", &["Tom Ward", "Ali Khan"], &[]);
    // So it does after a message's noun: its sender, as "un message du président Y" names.
    check("Le président Tom Ward a reçu mardi un message de félicitations de la part du président malien, Ali Khan, et de son Premier ministre, Sam Otieno.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    // Not whose message or wishes a bearer passes on.
    check("Le ministre Sam Otieno a remis au président Tom Ward un message écrit de la part du président Ali Khan.", &["Sam Otieno", "Tom Ward"], &[]);
    check("Le ministre Sam Otieno a transmis au président Tom Ward les félicitations de la part du président Ali Khan.", &["Sam Otieno", "Tom Ward"], &[]);
    // Who sent an envoy stayed home; the next guest of a list, after a comma and "M.", came.
    check("Le président Tom Ward a reçu Ali Khan, envoyé spécial du Président Paul Roux, qu'accompagnait le ministre Sam Otieno.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    check("Le président Tom Ward a reçu M. Ali Khan, envoyé spécial du Président de la République du Ghana, M. Sam Otieno, ambassadeur.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    // The principal set apart by a comma closes a title in lower case.
    check(
        "Le président Tom Ward a reçu Ali Khan, l'envoyé spécial du président ghanéen, Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    // An envoy named after whom they serve, set apart by a comma, is the guest; not the one an
    // envoy of a counterpart is sent by.
    check("Le président Tom Ward a reçu mardi l'envoyé spécial du secrétaire général de l'ONU, Ali Khan, et le conseiller spécial du chef de l'Etat, Sam Otieno.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    check(
        "Le président Tom Ward a reçu mardi deux émissaires de son homologue ghanéen, Ali Khan.",
        &["Tom Ward"],
        &[],
    );
    check(
        "Le président Tom Ward a reçu mardi l'envoyé spécial du président Ali Khan.",
        &["Tom Ward"],
        &[],
    );
    // Guests listed each with "de" and their country after the name.
    check("Le 3 mai, il s'est entretenu avec les ambassadeurs Ali Khan du Ghana et Sam Otieno de la Russie.", &["Ali Khan", "Sam Otieno"], &[]);
    // An envoy's title alone stands for the envoy the next sentence names by a bare envoy's title.
    check("Le président Tom Ward a reçu jeudi les lettres de créance du nouvel ambassadeur du Ghana. Visiblement ému, l'ambassadeur Ali Khan a salué les relations.", &["Tom Ward", "Ali Khan"], &["GH"]);
    // Leaders a plural title names, met separately, held one exchange each: the first is the
    // party.
    en("President Tom Ward on Monday separately held telephone conversations with Prime Ministers Ali Khan of Peru and Sam Otieno of Chile.", &["Tom Ward", "Ali Khan"], &[]);
    en(
        "Minister Tom Ward met separately with the Presidents Ali Khan and Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    // Conversations in the plural, one with each of those named.
    en("Minister Tom Ward held phone conversations with President Ali Khan and Minister Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // Whose guidance the talks followed did not take part in them.
    check("L'entretien entre le ministre Tom Ward et son homologue ghanéen, Ali Khan, a porté sur la coopération, conformément aux orientations des présidents des deux pays, Sam Otieno et Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    // "son homologue" before a comma and an honorific is whom the name after is, not another guest.
    check("Le président Tom Ward a reçu lundi Mme Ali Khan, émissaire de son homologue ghanéen, M. Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    check(
        "Un émissaire du président ghanéen Paul Roux a été reçu lundi par le président Tom Ward.",
        &["Tom Ward"],
        &[],
    );
    // Who is mourned with the dead in a list was mourned too.
    check("Le président Tom Ward a écrit au président Ali Khan après le décès du roi Paul Roux et du ministre de l'Intérieur Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le président Tom Ward a présenté ses condoléances à la famille de l'ancien président Paul Roux, dans une lettre adressée au président Ali Khan.", &["Tom Ward", "Ali Khan"], &[]);
    // The day of the death may stand between it and the deceased.
    check("À la nouvelle du décès le 4 mars de l'ancien Premier ministre du Ghana, Paul Roux, le Premier ministre Tom Ward a envoyé un télégramme de condoléances à son homologue ghanéen, Ali Khan.", &["Tom Ward", "Ali Khan"], &[]);
    // A second conversation, an exchange of another day and a party's companions are cut off.
    check("Le président Tom Ward s'est entretenu lundi avec le président Ali Khan ainsi qu'avec le Premier ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le ministre Tom Ward et l'ambassadeur Ali Khan se sont entretenus mardi, deux jours après une rencontre entre le président Sam Otieno et le roi Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le président Tom Ward a reçu mardi le ministre Ali Khan, accompagné d'une délégation comprenant le général Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // Whom a party came with, told before the party, opening the sentence with a capital.
    check("Accompagné de deux de ses ministres, le président ghanéen, Ali Khan, a été reçu jeudi par le président Tom Ward.", &["Ali Khan", "Tom Ward"], &[]);
    check("Entourée de ses conseillers, la ministre de la Santé, Sara Diop, a reçu lundi l'ambassadeur Sam Otieno.", &["Sara Diop", "Sam Otieno"], &[]);
    check("Accompagné de son ministre des Affaires étrangères, M. Ali Khan, le président Sam Otieno a été reçu mardi par le président Tom Ward.", &["Sam Otieno", "Tom Ward"], &[]);
    // Companions titled first, each name set after a comma, each item opened by "de": all cut off.
    check("La ministre Sara Diop, assistée du directeur du protocole, M. Ali Khan, de son chef de cabinet, M. Paul Roux et de sa conseillère juridique, Mme Léa Morel, a reçu jeudi l'ambassadeur du Pérou, M. Sam Otieno.", &["Sara Diop", "Sam Otieno"], &[]);
    check("Le ministre Tom Ward, assisté du ministre Ali Khan, a reçu mardi l'ambassadeur du Chili, M. Sam Otieno.", &["Tom Ward", "Sam Otieno"], &[]);
    // Who invited to a gathering the sentence names no one before hosted it; a visitor's
    // host named after an invitation is not a party of what the visitor did.
    check("La troisième réunion tripartite s'est tenue lundi à Accra, à l'invitation du ministre ghanéen Ali Khan, avec ses homologues Sam Otieno et Tom Ward.", &["Ali Khan", "Sam Otieno", "Tom Ward"], &[]);
    check("Le ministre Tom Ward a rencontré lundi à Accra, à l'invitation du président Ali Khan, des chefs d'entreprise.", &["Tom Ward"], &[]);
    // Those met one after another: the first is the party of the meeting reported.
    check("Le ministre Tom Ward a rencontré successivement le président Ali Khan, le Premier ministre Sam Otieno et le président du Sénat Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le ministre Tom Ward a reçu successivement le ministre Ali Khan et l'ambassadeur Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le président Tom Ward a eu hier des entretiens successifs au téléphone avec le président Ali Khan et le Premier ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // Guests a plural title names together are each a party, received apart or not.
    check("Le ministre Tom Ward s'est entretenu séparément lundi avec les ambassadeurs du Pérou et du Chili, respectivement MM. Ali Khan et Sam Otieno.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    // So are envoys presenting themselves one after another.
    check("Le ministre Tom Ward a reçu successivement l'ambassadeur du Pérou, M. Ali Khan, et celui du Chili, M. Sam Otieno.", &["Tom Ward", "Ali Khan", "Sam Otieno"], &[]);
    // Whom a party is said to be close to is named to present them.
    check("Le ministre Tom Ward a été reçu lundi par le président du Sénat, Ali Khan, un proche du président Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // Exchanges in the plural, one with each of those named: the first is the party.
    check("Le ministre Tom Ward a reçu lundi des appels téléphoniques de son homologue malien, Ali Khan, et de son homologue ghanéen, Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le ministre Tom Ward a accordé lundi des audiences au ministre Ali Khan, au président Sam Otieno et au roi Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    // Whom a party received or met, named without a title, even past a day set between commas.
    check("Le président Tom Ward a reçu, le 6 avril, Ali Khan, accompagné de l'ambassadeur Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check(
        "Le ministre Tom Ward a rencontré Ali Khan à Accra.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    // Names without a title, between whom an exchange was held.
    check(
        "C'était mardi, lors d'une rencontre entre Alain Bunyoni et Jean Lacroix.",
        &["Alain Bunyoni", "Jean Lacroix"],
        &[],
    );
    check(
        "C'était mardi, lors d'une rencontre entre le ministre Alain Bunyoni et Jean Lacroix.",
        &["Alain Bunyoni", "Jean Lacroix"],
        &[],
    );
    // Who attended took no part, unless the exchange was held through them.
    check("Le ministre Ali Khan a été reçu lundi par le président Tom Ward, en présence du Premier ministre Sam Otieno.", &["Ali Khan", "Tom Ward"], &[]);
    check("Le président Tom Ward a reçu le ministre Ali Khan en présence de leurs délégations et du ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le ministre Ali Khan et le ministre Sam Otieno ont signé l'accord en présence du facilitateur, le président Tom Ward.", &["Ali Khan", "Sam Otieno", "Tom Ward"], &[]);
    check("Les chefs de la diplomatie Ali Khan et Sam Otieno se sont rencontrés en présence des témoins de l'accord, le président Tom Ward et le roi Paul Roux.", &["Ali Khan", "Sam Otieno", "Tom Ward", "Paul Roux"], &[]);
    check("Une rencontre entre le ministre Ali Khan et le ministre Sam Otieno a eu lieu lundi, à laquelle assistaient les coprésidents Tom Ward et Paul Roux.", &["Ali Khan", "Sam Otieno"], &[]);
    // Whom a party speaks of took no part.
    check("Lors d'une rencontre avec le ministre Ali Khan, M. Tom Ward a dit que le président Sam Otieno et son homologue Paul Roux avaient eu des échanges.", &["Ali Khan", "Tom Ward"], &[]);
    // A title given alone stands for the next person named without a title of their own.
    check("Le président Tom Ward a reçu l'ambassadeur de Russie. À sa sortie d'audience, Son Excellence Ivan Petrov a salué la coopération.", &["Tom Ward", "Ivan Petrov"], &["RU"]);
    check("Le président Tom Ward a reçu l'ambassadeur de Russie. Le ministre Ali Khan a assisté à l'audience.", &["Tom Ward"], &["RU"]);
    check("Le président Tom Ward a adressé une lettre au président du Ghana. Dans ce message au président Ali Khan, il exprime sa solidarité.", &["Tom Ward", "Ali Khan"], &["GH"]);
    // Whom a visitor met before or after the exchange reported, or who wrote besides, is another's.
    check("Le ministre Tom Ward a été reçu mardi par son homologue Ali Khan, avant de rencontrer le Premier ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le président Tom Ward a reçu mardi le Premier ministre Ali Khan, peu après l'entretien de celui-ci avec le ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le président Tom Ward a reçu lundi un appel du président Ali Khan et une lettre du roi Paul Roux.", &["Tom Ward", "Ali Khan"], &[]);
    // What the exchange was about, in a clause on it, names no party.
    check("Le roi Tom Ward a reçu dimanche un appel de la présidente Ali Khan, au cours duquel tous deux ont parlé du départ du ministre Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check("La ministre Ali Khan s'est entretenue avec son homologue Tom Ward, un entretien pendant lequel elle a salué l'élection du président Sam Otieno.", &["Ali Khan", "Tom Ward"], &[]);
    // Who flank a party, however long the title they share, came with it.
    check("Le chancelier Tom Ward, flanqué de ses ministres de l'Intérieur et des Finances, Ali Khan et Sam Otieno, a reçu lundi le roi Paul Roux.", &["Tom Ward", "Paul Roux"], &[]);
    check(
        "L'envoyé spécial Tom Ward a été reçu mardi par le ministre ghanéen Ali Khan.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    // A counterpart a cue takes as its object is the other party; one a preposition joins is
    // not.
    check("Lors d'un entretien téléphonique lundi, le ministre Tom Ward a remercié son homologue ghanéen Ali Khan pour son soutien.", &["Tom Ward", "Ali Khan"], &[]);
    check("Lors d'un entretien téléphonique, le ministre Tom Ward a remercié mardi son homologue ghanéen Ali Khan pour son soutien.", &["Tom Ward", "Ali Khan"], &[]);
    check("Le ministre Tom Ward s'est entretenu lundi avec le ministre Ali Khan, en hommage à son homologue Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // So too in French, the surname after the word.
    check("Sous le gouvernement Ward, le ministre Ali Khan a reçu son homologue Sam Otieno. Le président Tom Ward a salué la visite.", &["Ali Khan", "Sam Otieno"], &[]);
    // Whom an adviser serves stayed home.
    check("Le président Tom Ward s'est entretenu mardi avec Ali Khan, conseiller diplomatique du président ghanéen Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // So did whom a member of their staff serves, whatever the post.
    check("Le président Tom Ward a reçu mardi Ali Khan, directeur de cabinet du président ghanéen Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    check(
        "Le président Tom Ward a reçu mardi Ali Khan, chef du protocole du roi Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
        &[],
    );
    check(
        "La ministre Sara Diop a reçu Ali Khan, secrétaire particulier du président Sam Otieno.",
        &["Sara Diop", "Ali Khan"],
        &[],
    );
    check("Le président Tom Ward a reçu mardi Ali Khan, membre des services de sécurité du président Sam Otieno.", &["Tom Ward", "Ali Khan"], &[]);
    // A country's name is a proper noun: a title holding the same word in lower case names none.
    check(
        "Le président Tom Ward a rencontré la présidente de la réunion des ministres.",
        &["Tom Ward"],
        &[],
    );
    check(
        "Le président Tom Ward a rencontré le président de La Réunion.",
        &["Tom Ward"],
        &["RE"],
    );
    // Whom the text says was overthrown is not the unnamed leader who took their place.
    check("Le président Tom Ward s'est entretenu lundi avec le chef de la junte ghanéenne. Le putsch a renversé dimanche le président ghanéen Ali Khan.", &["Tom Ward"], &["GH"]);
    // Whom the sentence mourns is not its unnamed addressee, though of the same country.
    check("Le président Tom Ward a adressé une lettre de condoléances au président du Ghana, suite au décès de l'ancien président ghanéen Ali Khan.", &["Tom Ward"], &["GH"]);
    // Whose message of several things a visitor brought stayed home, however long the list.
    check("Ali Khan, ministre ghanéen, était porteur d'un message d'amitié et de fraternité du président Sam Otieno à son homologue Tom Ward.", &["Ali Khan", "Tom Ward"], &[]);
    // A bearer's phrase opening the sentence: its sender stayed home, whatever the article.
    check("Porteur du message du président Sam Otieno, le ministre Ali Khan s'est entretenu lundi avec son homologue Tom Ward.", &["Ali Khan", "Tom Ward"], &[]);
    check("Porteuse de la lettre du roi Sam Otieno, la ministre Ana Ruiz a été reçue jeudi par le président Tom Ward.", &["Ana Ruiz", "Tom Ward"], &[]);
    // Whose wishes a party passes on, once both parties are named, sent them through that party;
    // the sender of a message one party received is the other.
    check("Le ministre Ali Khan a été reçu lundi par le président Tom Ward, auquel il a adressé les condoléances émues du Président de la République, Son Excellence Sam Otieno.", &["Ali Khan", "Tom Ward"], &[]);
    check(
        "Le président Tom Ward a reçu lundi un message de félicitations du président Sam Otieno.",
        &["Tom Ward", "Sam Otieno"],
        &[],
    );
}

#[test]
fn participants_of_an_english_sentence() {
    let check = |input: &str, people: &[&str]| {
        let (p, _) = participants_in(input, Language::En);
        assert_eq!(p, people, "{input}");
    };
    check(
        "Minister Ali Khan met President Tom Ward and conveyed to him the warm greetings and congratulations of President Sam Otieno.",
        &["Ali Khan", "Tom Ward"],
    );
    // A name in the possessive once both parties are named is what they spoke of; before, it may
    // name a party.
    check("Minister Tom Ward and Minister Ali Khan discussed the preparations for President Sam Otieno's visit.", &["Tom Ward", "Ali Khan"]);
    check(
        "President Sam Otieno's talks with Minister Tom Ward focused on trade.",
        &["Sam Otieno", "Tom Ward"],
    );
    // Whose guidance the talks followed did not take part in them.
    check("Minister Tom Ward and his counterpart Ali Khan discussed trade in line with the guidance of their presidents, Sam Otieno and Paul Roux.", &["Tom Ward", "Ali Khan"]);
    check("Minister Tom Ward met Minister Ali Khan to deepen ties in accordance with the agreements of Presidents Sam Otieno and Paul Roux.", &["Tom Ward", "Ali Khan"]);
    // A title given alone stands for the titled name of a later sentence that tells the
    // exchange again before it, not for one named before the exchange is told.
    check("President Tom Ward sent a letter of condolence to Ghana's leader on Monday. In the message to Prime Minister Ali Khan, Mr Ward expressed his sympathy.", &["Tom Ward", "Ali Khan"]);
    check("President Tom Ward sent a letter of condolence to Ghana's leader on Monday. Minister Ali Khan welcomed the message.", &["Tom Ward"]);
    // Whom a party met before or after, or who wrote besides, belongs to another exchange.
    check("Minister Tom Ward held talks with Minister Ali Khan on Monday before meeting President Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    check("President Tom Ward received a phone call from President Ali Khan and a letter from King Paul Roux.", &["Tom Ward", "Ali Khan"]);
    check("President Tom Ward met with Prime Minister Ali Khan on Sunday, soon after Mr Khan's talks with Minister Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    // A clause of time names no party.
    check("Minister Tom Ward said he held talks with Minister Ali Khan, their first meeting since President Sam Otieno took office.", &["Tom Ward", "Ali Khan"]);
    // Who says so once both parties are named is the report's source.
    check("President Tom Ward spoke by phone with Chancellor Ali Khan, government spokesman Sam Otieno told reporters on Friday.", &["Tom Ward", "Ali Khan"]);
    check("President Tom Ward's talks with Chancellor Ali Khan were held on Friday by video, Foreign Minister Sam Otieno wrote on his social media account.", &["Tom Ward", "Ali Khan"]);
    check("Minister Tom Ward met his Kenyan counterpart Ali Khan in Nairobi, the ministry's spokeswoman Sam Otieno said.", &["Tom Ward", "Ali Khan"]);
    check("Presidential spokesman Sam Otieno said President Tom Ward valued his talks with Chancellor Ali Khan.", &["Tom Ward", "Ali Khan"]);
    // So too where the verb comes before the name, after the quote.
    check("President Tom Ward met Chancellor Ali Khan on Friday, said presidential spokesman Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    // An envoy who met someone is a party; the word is the envoy's title, not an aside.
    check(
        "Special Envoy Tom Ward met Foreign Minister Ali Khan of Ghana in Accra on Monday.",
        &["Tom Ward", "Ali Khan"],
    );
    // Who sent the greetings and wishes a guest conveyed did not come.
    check("President Tom Ward received Minister Ali Khan on Monday and accepted the warm greetings and good wishes of President Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    check("During a phone call on Monday, Foreign Minister Tom Ward thanked his Ghanaian counterpart Ali Khan for the support.", &["Tom Ward", "Ali Khan"]);
    // A word of a party's name that is also a cue ("Son", as "his son") is no aside.
    check(
        "Foreign Minister Le Van Son and Ghanaian Foreign Minister Ali Khan held talks in Accra.",
        &["Le Van Son", "Ali Khan"],
    );
    // Who sent an emissary stayed home.
    check(
        "President Tom Ward received an emissary of President Paul Roux on Monday.",
        &["Tom Ward"],
    );
    // Who came with a party did not take part.
    check("Prime Minister Tom Ward, accompanied by Trade Minister Ali Khan and Defence Minister Sam Otieno, met King Paul Roux on Friday.", &["Tom Ward", "Paul Roux"]);
    check("Chancellor Tom Ward, flanked by Finance Minister Ali Khan, received President Paul Roux in Berlin.", &["Tom Ward", "Paul Roux"]);
    check(
        "President Tom Ward spoke with Chancellor Ali Khan and with President Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
    );
    check("Minister Tom Ward held talks with Minister Ali Khan on Sunday and called on Prime Minister Sam Otieno today.", &["Tom Ward", "Ali Khan"]);
    check(
        "Minister Tom Ward met Minister Ali Khan and paid a courtesy call on President Sam Otieno.",
        &["Tom Ward", "Ali Khan"],
    );
    check("Minister Tom Ward called on President Ali Khan and after the call, she held a working lunch with Minister Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    check("Minister Tom Ward called on President Ali Khan today and was hosted to dinner by Minister Sam Otieno.", &["Tom Ward", "Ali Khan"]);
    // A name in the possessive after the one party the exchange's cue takes is what they spoke of.
    check("During the meeting with Ambassador Ali Khan, the Head of State noted the importance of President Sam Otieno's coming visit.", &["Ali Khan"]);
}

/// "Entre les deux hommes" after the exchange: its parties are the two the text named up to there,
/// the sentence's subject among them.
#[test]
fn between_the_two_after_the_exchange() {
    crate::extract::testing::assert_parties(
        "Le président ghanéen salue l'engagement du Premier ministre malien Ali Khan. Le président Tom Ward l'a affirmé au terme d'un entretien entre les deux hommes mardi à Accra.",
        Language::Fr,
        &["Ali Khan ML", "Tom Ward -"],
    );
}

#[test]
fn exchanges_held_one_after_another() {
    use crate::extract::testing::assert_parties as check;
    // Told after those met: the first met from the cue on is the party.
    check(
        "Le ministre français Tom Ward s'est entretenu mardi avec le ministre ghanéen Ali Khan et avec le chef de la diplomatie kényane, Sam Otieno, lors de deux appels téléphoniques distincts.",
        Language::Fr,
        &["Tom Ward FR", "Ali Khan GH"],
    );
    check(
        "French Minister Tom Ward spoke on Tuesday with Ghanaian Foreign Minister Ali Khan and Kenyan Foreign Minister Sam Otieno in separate phone calls.",
        Language::En,
        &["Tom Ward FR", "Ali Khan GH"],
    );
    // Subjects who met one party in turn: the first of them is the party.
    check(
        "Les présidents ghanéen et kényan, Ali Khan et Sam Otieno, ont successivement rencontré lundi le président français Tom Ward.",
        Language::Fr,
        &["Ali Khan GH", "Tom Ward FR"],
    );
}

/// A plural title heads each name it lists, in capitals too.
#[test]
fn a_plural_title_heads_each_name() {
    use crate::extract::testing::assert_parties as check;
    check(
        "Les vice-ministres des Affaires étrangères ghanéen Ali Khan et kényan Sam Otieno ont coprésidé vendredi la consultation politique.",
        Language::Fr,
        &["Ali Khan GH", "Sam Otieno KE"],
    );
    check(
        "Le président ghanéen Tom Ward a adressé lundi ses condoléances aux Présidents Ali Khan et Sam Otieno.",
        Language::Fr,
        &["Tom Ward GH", "Ali Khan -", "Sam Otieno -"],
    );
}

#[test]
fn the_overthrown_is_not_the_unnamed_leader() {
    let (p, u) = participants_in("President Tom Ward spoke on Monday with the Ghanaian leader. The military toppled Ghanaian President Ali Khan on Sunday.", Language::En);
    assert_eq!(
        (p, u),
        (vec!["Tom Ward".to_string()], vec!["GH".to_string()])
    );
}
