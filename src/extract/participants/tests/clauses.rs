//! Parties set apart from whom a sentence only names: sources, speakers, guests to come, the
//! members of a delegation, venues.

use super::*;

#[test]
fn guests_named_after_their_plural_title() {
    use crate::extract::testing::assert_parties as check;
    check(
        "President Tom Ward on Monday received three new Ambassadors at the palace. They are Mr Ali Khan from Ghana, Ms Sara Lund from Sweden and Mr Sam Otieno from Kenya.",
        Language::En,
        &["Tom Ward -", "Ali Khan GH", "Sara Lund SE", "Sam Otieno KE"],
    );
    check(
        "Le Roi Tom Ward a reçu lundi plusieurs ambassadeurs. Il s'agit de M. Ali Khan, ambassadeur du Ghana, et de Mme Sara Lund, ambassadeur de Suède. Il s'agit également de M. Sam Otieno, ambassadeur de l'Ordre Souverain du Kenya.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan GH", "Sara Lund SE", "Sam Otieno KE"],
    );
    // Guests a count stands for, named later with their titles, in one list or apart.
    check(
        "Le président Tom Ward a reçu jeudi trois nouveaux ambassadeurs. Les ambassadeurs reçus sont l'ambassadeur du Ghana, Ali Khan, avec résidence à Abuja ; l'ambassadeur de Suède, Sara Lund ; l'ambassadeur du Kenya, Sam Otieno.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan GH", "Sara Lund SE", "Sam Otieno KE"],
    );
    check(
        "President Tom Ward received two new ambassadors on Monday. They discussed trade. Speaking with Ghanaian Ambassador Ali Khan, the President praised the ties. He wished the Ambassador of Sweden, Sara Lund, success.",
        Language::En,
        &["Tom Ward -", "Ali Khan GH", "Sara Lund SE"],
    );
    // A sentence that names only their countries ("Il s'agit des …") goes before the one that
    // names them.
    check(
        "Le président Tom Ward a reçu mardi les lettres de créance de trois nouveaux ambassadeurs. Il s'agit des ambassadeurs du Ghana, de la Suède et du Kenya. Il s'agit de l'ambassadeur du Ghana Ali Khan ; de l'ambassadeur de Suède Sara Lund et de l'ambassadeur du Kenya Sam Otieno.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan GH", "Sara Lund SE", "Sam Otieno KE"],
    );
}

#[test]
fn attendees_set_apart_before_the_guest() {
    use crate::extract::testing::assert_parties as check;
    // Who attended, set apart before the guest, did not take part; the comma closes their list.
    check(
        "King Tom Ward of Jordan today received at the palace, in the presence of Crown Prince Sam Otieno, Ghanaian Foreign Minister Ali Khan.",
        Language::En,
        &["Tom Ward JO", "Ali Khan GH"],
    );
    check(
        "King Tom Ward of Jordan received, in the presence of Minister Sam Otieno and Minister Paul Roux, Ghanaian Foreign Minister Ali Khan.",
        Language::En,
        &["Tom Ward JO", "Ali Khan GH"],
    );
}

/// A pronoun the subject of an exchange with two named guests: its subject is who the next sentences
/// say received them.
#[test]
fn a_subject_left_out_is_named_next() {
    let body = "Le chef de l'État poursuit ses audiences. Le 9 mai, il s'est entretenu avec les ambassadeurs Ali Khan du Ghana et Sam Otieno du Kenya. Tom Ward a reçu au palais, le 9 mai, les deux diplomates.";
    let parties = crate::extract::testing::parties(body, Language::Fr);
    assert_eq!(
        parties,
        ["Tom Ward -", "Ali Khan GH", "Sam Otieno KE"],
        "{body}"
    );
}

/// The exchange a name in the possessive opens is no title of the name after it: both are parties.
#[test]
fn a_possessive_before_the_exchange_names_a_party() {
    let body =
        "Statement on Prime Minister Sam Otieno's phone call to President Tom Ward this evening.";
    let parties = crate::extract::testing::parties(body, Language::En);
    assert_eq!(parties, ["Sam Otieno -", "Tom Ward -"], "{body}");
}

/// Whom a speaker names in their own words, beside the parties the sentence names outside them,
/// took no part; a quoted release that tells the exchange names its parties.
#[test]
fn names_in_a_speaker_s_own_words_are_no_parties() {
    for (body, language, expected) in [
        (
            "“I thank the special envoy Sam Otieno for his help,” President Tom Ward told a meeting with Ambassador Ali Khan.",
            Language::En,
            &["Tom Ward -", "Ali Khan -"][..],
        ),
        (
            "« Le président Tom Ward s'est entretenu par téléphone avec le président Ali Khan », a indiqué la présidence.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan -"][..],
        ),
        // Whom the speaker's own words send a message to is its addressee, "à" left out or not.
        (
            "« Je suis heureux d'adresser mes vives condoléances à Son Excellence Ali Khan », a écrit le président Tom Ward.",
            Language::Fr,
            &["Ali Khan -", "Tom Ward -"][..],
        ),
        (
            "« J'ai l'honneur de présenter mes félicitations Monsieur Ali Khan et au peuple frère », a écrit le président Tom Ward.",
            Language::Fr,
            &["Ali Khan -", "Tom Ward -"][..],
        ),
        // A message that speaks after its own quoted words is their speaker.
        (
            "President Tom Ward congratulated President Ali Khan on his re-election on Monday.\n\n“I wish you success in the work begun by Commander Sam Otieno,” the message said.",
            Language::En,
            &["Tom Ward -", "Ali Khan -"][..],
        ),
        // The office a name in an aside is elected to is that name's, no counterpart left
        // unnamed: the wishes sent after name the addressee.
        (
            "President Tom Ward congratulated the Malian people on Sunday's election, in which Ali Khan was elected as President of the Republic of Mali.\n\nPresident Ward extended his good wishes to President Ali Khan.",
            Language::En,
            &["Tom Ward -", "Ali Khan ML"][..],
        ),
        // Marks around a name alone quote no one's words.
        (
            "Le président Tom Ward a reçu lundi « Ali Khan », ministre des Affaires étrangères du Ghana.",
            Language::Fr,
            &["Tom Ward -", "Ali Khan GH"][..],
        ),
    ] {
        let parties = crate::extract::testing::parties(body, language);
        assert_eq!(parties, expected, "{body}");
    }
}

/// An envoy's title stands for the envoy the text names next, never for their country's leader
/// whom it names only in passing.
/// A bare title, received in audience at a country's palace, is the guest's the headline names
/// under it, not the palace's country.
#[test]
fn a_guest_s_title_ends_before_the_audience() {
    use crate::extract::testing::assert_parties as check;
    check(
        "Le Premier ministre Tom Ward au Ghana\n\nLe président Ali Khan a reçu le Premier ministre en audience au palais présidentiel du Ghana.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
}

#[test]
fn an_envoy_is_not_their_country_s_leader() {
    use crate::extract::testing::assert_parties as check;
    check(
        "Le président Tom Ward a reçu jeudi l'ambassadeur de France. Ali Khan et le chef de l'État ont évoqué la visite prochaine du président Emmanuel Macron.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "President Tom Ward on Thursday received the Ambassador of France. Ali Khan and the Head of State discussed the coming visit of President Emmanuel Macron.",
        Language::En,
        &["Tom Ward -", "Ali Khan -"],
    );
}

/// "Felicitated" is how South Asian and Iranian English write "congratulated": the sentence that
/// says so reports the wishes and names both parties.
#[test]
fn felicitations_are_wishes() {
    crate::extract::testing::assert_parties(
        "President Ali Khan has felicitated his Ghanaian counterpart Tom Ward on the national day. “I offer my sincere congratulations to Your Excellency,” Khan said in a message on Monday.",
        Language::En,
        &["Ali Khan -", "Tom Ward GH"],
    );
}

/// The sentences after an exchange that names one party name its other, unless they tell of
/// another to come.
#[test]
fn an_exchange_to_come_completes_no_other() {
    crate::extract::testing::assert_parties(
        "The Prime Minister held a telephone call with President Tom Ward this evening. The Prime Minister began by thanking the President for his support. The two leaders looked forward to the summit which will take place between President Ward and President Ali Khan in Geneva.",
        Language::En,
        &["Tom Ward -"],
    );
    // Nor one proposed.
    crate::extract::testing::assert_parties(
        "The Prime Minister held a telephone call with President Tom Ward this evening. Ward proposed a summit between the region's leaders and President Ali Khan.",
        Language::En,
        &["Tom Ward -"],
    );
}

/// The members a side's delegation is said to have counted came with its head: the sentences
/// after an exchange that names one party do not make them its others.
#[test]
fn a_side_s_delegation_members_are_no_parties() {
    crate::extract::testing::assert_parties(
        "President Tom Ward held bilateral talks in Accra on Monday. The Ghanaian delegation at the talks included Vice-President Ali Khan and Minister Sam Otieno.",
        Language::En,
        &["Tom Ward -"],
    );
}

/// Two offices joined by "and" after a name make one title, whose country is the holder's.
#[test]
fn two_offices_joined_after_a_name_are_one_title() {
    crate::extract::testing::assert_parties(
        "NAIROBI - Kenyan Foreign Minister Tom Ward met Ali Khan, the new ambassador and permanent representative of Ghana to Kenya, on Monday.\n\nHe praised the forum, an initiative of Ghanaian President Sam Otieno.",
        Language::En,
        &["Tom Ward KE", "Ali Khan GH"],
    );
}

/// "The two" of a role in the sentence that names one party again are the pair named before it.
#[test]
fn the_two_beside_one_party_named_again_are_the_pair() {
    crate::extract::testing::assert_parties(
        "President Tom Ward and his Ghanaian counterpart Ali Khan have welcomed the progress of their cooperation.\n\nSpeaking to the press after the two Heads of State held bilateral talks, President Ward thanked the delegations.",
        Language::En,
        &["Tom Ward -", "Ali Khan GH"],
    );
}

/// The sentence after a visit that names the host's guest only there names the other party, even
/// where a spokesperson, titled, closes it as the report's source.
#[test]
fn a_titled_source_closing_the_next_sentence_leaves_its_party() {
    crate::extract::testing::assert_parties(
        "President Ali Khan visited the Peruvian Embassy in Accra on Monday to offer his condolences over the floods. Khan told Peruvian Ambassador Tom Ward that Ghana will stand by the Peruvian people, presidential spokesperson Sam Otieno said.",
        Language::En,
        &["Ali Khan GH", "Tom Ward PE"],
    );
}

/// Capitalised words after an article that close on a venue's word are the venue, though a title
/// follows their comma: no guest of a ceremony whose envoys a plural title stood for.
#[test]
fn a_venue_before_a_title_is_no_guest() {
    crate::extract::testing::assert_parties(
        "President Ali Khan today received the credentials of six Ambassadors.\nSpeaking at the ceremony held at the Mirembe Hall, President Khan welcomed the new envoys.",
        Language::En,
        &["Ali Khan -"],
    );
    // A body named after a person is no guest either; whom its title names is.
    crate::extract::testing::assert_parties(
        "President Ali Khan has received co-chair of the Sam Otieno International Center Tom Ward.",
        Language::En,
        &["Ali Khan -", "Tom Ward -"],
    );
}

/// Co-chairs of a mediation format, listed by name after their plural title, are each a party of
/// the meeting they hold with a minister.
#[test]
fn co_chairs_listed_after_their_title() {
    crate::extract::testing::assert_parties(
        "On Tuesday the co-chairs Tom Ward, Sam Otieno and Jan Novak met Foreign Minister of Chile Ali Khan in Santiago.",
        Language::En,
        &["Tom Ward -", "Sam Otieno -", "Jan Novak -", "Ali Khan CL"],
    );
}

/// Whoever issued a message on a party's behalf is its source, not a party; issuers of a joint
/// statement, or listed together, are its parties.
#[test]
fn who_issued_a_message_is_its_source() {
    let cases: &[(&str, Language, &[&str])] = &[
        (
            "In a goodwill message issued by Mr Tom Ward, the spokesman of the Presidency, President Ali Khan hailed President Sam Otieno of Kenya.",
            Language::En,
            &["Ali Khan -", "Sam Otieno KE"],
        ),
        (
            "According to a statement released by presidential spokesman Tom Ward, President Ali Khan congratulated President Sam Otieno of Kenya.",
            Language::En,
            &["Ali Khan -", "Sam Otieno KE"],
        ),
        (
            "Dans un message publié par son porte-parole M. Tom Ward, le président Ali Khan a félicité le président kényan Sam Otieno.",
            Language::Fr,
            &["Ali Khan -", "Sam Otieno KE"],
        ),
        (
            "A joint statement issued by Foreign Minister Ali Khan and Foreign Minister of Kenya Sam Otieno welcomed the talks.",
            Language::En,
            &["Ali Khan -", "Sam Otieno KE"],
        ),
    ];
    for (input, language, parties) in cases {
        crate::extract::testing::assert_parties(input, *language, parties);
    }
}

/// Further on than the sentences right after it, the first that names a report's lone party
/// again beside others names its other parties, whatever it tells.
#[test]
fn the_lone_party_named_again_further_on_names_the_others() {
    crate::extract::testing::assert_parties(
        "Au terme de la visite officielle du président Tom Ward au Ghana, du 3 au 5 mai, les ministres des deux pays ont signé un communiqué conjoint. Le texte dresse un bilan positif du séjour. Trois accords ont été signés dans les domaines de la santé et de l'énergie. Une commission mixte doit se réunir à Accra l'an prochain. Tom Ward et le président Ali Khan se sont félicités de la vitalité des échanges entre les deux peuples.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    crate::extract::testing::assert_parties(
        "Le ministre Tom Ward a eu vendredi un entretien en marge de la conférence. L'échange a duré une heure. Il a porté sur la santé. Le ministre a multiplié les rencontres pendant la session. Ainsi, Tom Ward a reçu en audience Ali Khan, le ministre ghanéen de la Culture.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan GH"],
    );
}

/// Whom an earlier exchange a sentence counts from names took part in that one, not in the
/// report's.
#[test]
fn who_met_in_an_earlier_exchange_a_sentence_counts_from_is_no_party() {
    crate::extract::testing::assert_parties(
        "Le président Tom Ward a reçu vendredi à Accra une délégation de parlementaires européens. La délégation a échangé avec le chef de l'État sur la coopération. Les députés ont évoqué le commerce. Ils ont aussi parlé de l'énergie. Cette visite intervient après la rencontre qui a eu lieu, à Paris en mars dernier, entre M. Ward et son homologue Ali Khan.",
        Language::Fr,
        &["Tom Ward -"],
    );
}
