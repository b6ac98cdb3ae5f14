//! Dates of other acts and earlier days, which are not the exchange's.

use super::{check, check_in};
use crate::extract::lang::Language;

#[test]
fn dates_of_other_acts_and_earlier_days() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // The date that closes the clause of another act, told by its participle, is the act's.
        (
            "X a appelé Y. Il a dénoncé l'attaque commise par des rebelles dans la province le 2 avril.",
            Some("2024-04-09"),
            None,
        ),
        // …an appositive participle's, told without its auxiliary, as well.
        (
            "X a reçu Y. Les deux hommes ont évoqué le forum de la jeunesse, présidé dans la capitale par X le 2 avril.",
            Some("2024-04-09"),
            None,
        ),
        // …as is the night of an act, though written as a span.
        (
            "X a adressé un message de condoléances à Y. Il déplore la mort du ministre Z survenue dans la nuit du 3 au 4 mai.",
            Some("2024-05-06"),
            None,
        ),
        // What a relative clause says took place on a date is the antecedent's: a summit's…
        (
            "X et Y se sont entretenus au téléphone, en tenant compte du sommet du G7 qui s'est tenu le 2 avril.",
            Some("2024-04-09"),
            None,
        ),
        (
            "X held a call with Y on the summit which took place on April 2.",
            Some("2024-04-09"),
            None,
        ),
        // A day "du" joins to another act is that act's; to the exchange, its own, unless set
        // before.
        (
            "X a reçu Y, qui a salué l'accord du 2 avril entre les deux pays.",
            Some("2024-04-09"),
            None,
        ),
        (
            "X et Y ont réaffirmé leur amitié lors de leur entretien du mardi 2 avril à Dakar.",
            Some("2024-04-09"),
            Some("2024-04-02"),
        ),
        (
            "X a écrit à Y, qu'il n'avait pas revu depuis leur dernière rencontre du 2 avril.",
            Some("2024-04-09"),
            None,
        ),
        // …or is to come, whether a relative pronoun or one of place opens the clause…
        (
            "X a reçu Y au palais, à la veille du sommet qui se tiendra à Accra les 25 et 26 mai.",
            None,
            None,
        ),
        (
            "À Genève, où il doit assister le 3 mai au forum, X a été reçu par Y.",
            None,
            None,
        ),
        // …unless that clause tells an exchange to come.
        (
            "X se rendra à Genève, où il aura un entretien avec Y le 3 mai.",
            None,
            Some("--05-03"),
        ),
        // …and the exchange's own when the antecedent names it, past its adjectives.
        (
            "X et Y ont évoqué la crise lors du 5e dialogue stratégique sino-malien, qui s'est tenu le 2 avril à Bamako.",
            Some("2024-04-09"),
            Some("2024-04-02"),
        ),
        (
            "X et Y ont évoqué les entretiens du sommet régional, qui s'est tenu le 2 avril.",
            Some("2024-04-09"),
            None,
        ),
        (
            "X a reçu Y. L'audience, qui s'est déroulée le 2 avril au palais, a porté sur la coopération.",
            Some("2024-04-09"),
            Some("2024-04-02"),
        ),
        // …as it is when the antecedent names the means the exchange was held by.
        (
            "X s'est entretenu avec Y. Au cours de l'échange téléphonique, qui a eu lieu le 5 mai, X a salué les liens entre les deux pays.",
            None,
            Some("--05-05"),
        ),
        // …but not one its words set before the exchange reported.
        (
            "La commission mixte s'est réunie à Lomé le 9 avril 2024. Le ministre Y a fait le point des décisions de la dernière réunion, qui s'est tenue à Accra les 2 et 3 mai 2023.",
            None,
            Some("2024-04-09"),
        ),
        // …and so is that of a visit, past the place it went to.
        (
            "X et Y ont évoqué la crise lors de sa mission au Mali, qui s'est déroulée le 2 avril.",
            Some("2024-04-09"),
            Some("2024-04-02"),
        ),
        // The same participle after an auxiliary is the sentence's own verb.
        (
            "X et Y ont signé le 2 avril un accord.",
            Some("2024-04-09"),
            Some("2024-04-02"),
        ),
        // A day named right after another act's participle is the act's…
        (
            "X a adressé ses condoléances à Y après le naufrage survenu jeudi soir au large.",
            Some("2024-04-09"),
            None,
        ),
        (
            "X a félicité Y, réélu dimanche à la tête du pays. Le message lui a été remis lundi.",
            Some("2024-04-09"),
            Some("2024-04-08"),
        ),
        (
            "X a écrit à Y, élu le 7 avril à la présidence.",
            Some("2024-04-09"),
            None,
        ),
        // …and so is a death's, whatever its verb: condolences come after it.
        (
            "X a présenté ses condoléances à Y. L'ancien ministre est décédé ce lundi 8 avril 2024 à Genève.",
            None,
            None,
        ),
        (
            "X sent a message of condolence to Y. The former minister died on Monday in Geneva.",
            Some("2024-04-09"),
            None,
        ),
        (
            "X a adressé un message de condoléances à Y. L'ancien ministre a succombé lundi à une longue maladie.",
            Some("2024-04-09"),
            None,
        ),
        // …and the day someone was sworn in is the oath's, which the congratulation is sent for.
        (
            "X a adressé ses félicitations à Y pour son élection. Y a été assermenté à la tête du pays le 4 mars.",
            None,
            None,
        ),
        // The day of a death the sender learned of is the death's, which the message follows…
        (
            "C'est avec tristesse que j'ai appris la disparition de l'ancien président, ce mardi 9 avril 2024. Je vous adresse, Monsieur le Président Y, mes condoléances.",
            None,
            None,
        ),
        // …and so is a disaster's.
        (
            "C'est le cœur lourd que j'ai appris la nouvelle de l'attaque menée, le lundi 8 avril 2024, contre un poste de la région. Je vous adresse, Monsieur le Président Y, mes condoléances.",
            None,
            None,
        ),
        // …but a wire that learned of the exchange tells its day.
        (
            "L'agence a appris auprès de la présidence que X a reçu Y le 9 avril 2024 au palais.",
            None,
            Some("2024-04-09"),
        ),
        // A day after "demain" is one to come: the report is dated by the day it was told on.
        (
            "X a eu un entretien téléphonique avec Y, a annoncé mercredi la présidence. L'échange précède le sommet qui doit s'ouvrir demain jeudi 11 avril à Accra.",
            Some("2024-04-12"),
            Some("2024-04-10"),
        ),
        // A day put in the past gives way to the one the sentence tells as its present.
        (
            "Après Kano, le 3 mars dernier, X a été l'hôte de Y ce 12 avril à Lagos.",
            None,
            Some("--04-12"),
        ),
        // After the report, a day put in the past is an earlier encounter's.
        (
            "X a rencontré Y au palais. C'est à la suite de leur échange à Rome le 2 février dernier que l'invitation a été lancée.",
            None,
            None,
        ),
        // After the report, an exchange told in the pluperfect is an earlier one.
        (
            "Le ministre Tom Ward et son homologue Ali Khan se sont entretenus au téléphone.\n\nIls ont évoqué la situation régionale.\n\nLes deux ministres ont salué leurs relations.\n\nLes deux ministres avaient également eu une conversation téléphonique le 24 novembre 2020.",
            None,
            None,
        ),
        // The day a party left on, its weekday set before the article, is the visit's last.
        (
            "Le président X a quitté jeudi le premier février Lomé pour Accra. À Lomé, il a eu des entretiens avec Y.",
            None,
            None,
        ),
        // A weekday put in the past is never the anchor's own day.
        (
            "X et Y se sont entretenus par téléphone lundi dernier.",
            Some("2024-04-08"),
            Some("2024-04-01"),
        ),
        ("Bakou, 9 avril\n\nX a appelé Y lundi dernier.", None, None),
        // A clause that puts an event before the one reported keeps its date; a comma closes it.
        (
            "X a rencontré Y au palais. Cette visite fait suite à celle effectuée par Y à Lomé les 9 et 10 mars.",
            None,
            None,
        ),
        (
            "À la suite de cette visite, X a reçu Y le 9 mars.",
            None,
            Some("--03-09"),
        ),
        // A page's stamp of publication dates no event beside it.
        (
            "Publié le 09/04/2024 à 10:00\nX a reçu Y au palais.",
            None,
            Some("2024-04-09"),
        ),
    ];
    for &(input, published, expected) in cases {
        check(input, published, expected);
    }
    // The exchange's own day, where the antecedent names the means it was held by.
    check_in(
        Language::En,
        "X had a telephone chat with Y this week. X said during the telephone chat, which took place on 5 May, that ties were strong.",
        None,
        Some("--05-05"),
    );
    check_in(
        Language::En,
        "X met Y in Geneva, where he will attend the forum on May 3.",
        None,
        None,
    );
    // A long clause that puts an event before the report keeps its date, whatever it names.
    check_in(
        Language::En,
        "X met virtually with Y following up on the talks between their leaders and the launch of the joint council on March 2.",
        None,
        None,
    );
    // A sentence that opens on an earlier event dates it first, then the one reported.
    check_in(
        Language::En,
        "Following the meeting of the ministers of Ghana, Togo and Benin in Accra, on 3 March 2016, the first consultations were held in Lomé on 9 May 2016.",
        None,
        Some("2016-05-09"),
    );
    check(
        "Après la réunion des ministres du Ghana, du Togo et du Bénin à Accra, le 3 mars 2016, les premières consultations se sont tenues à Lomé le 9 mai 2016.",
        None,
        Some("2016-05-09"),
    );
    // "may" is no month: the day is the only one written.
    check_in(
        Language::En,
        "Following the talks of the ministers of Ghana, Togo and Benin on 3 March 2016, the ministers may meet again.",
        None,
        Some("2016-03-03"),
    );
    // In the report, a full date after the page's day is one to come, one years before it an
    // occasion's.
    check_in(
        Language::En,
        "President X, who takes office on March 3, 2025, spoke with Y on Monday.",
        Some("2025-02-12"),
        Some("2025-02-10"),
    );
    check_in(
        Language::En,
        "The Emir sent Y a cable marking the anniversary of the proclamation of the republic on 12 May 1961.",
        Some("2024-05-12"),
        None,
    );
    // A date that qualifies a disaster is the disaster's.
    check_in(
        Language::En,
        "President X conveyed his condolences to Y over the victims of the March 3, 2019 air crash.",
        None,
        None,
    );
    // The date of a clause that tells the report as the follow-up of an event is that event's.
    check_in(
        Language::En,
        "As a follow-up of the consultation held last March 3, 2019, X and Y held talks on trade.",
        None,
        None,
    );
    // A death's day, whatever the word for it, is not the condolence's.
    check_in(
        Language::En,
        "X sent Y a message of condolence. The former minister succumbed to a heart attack on Monday evening, according to a statement put out on Tuesday.",
        Some("2024-04-09"),
        None,
    );
    // The day someone was sworn in is the oath's, which the congratulation is sent for.
    check_in(
        Language::En,
        "X sent his warm congratulations to Y on his election. Y was sworn in as the fifth President of the Republic on March 4.",
        None,
        None,
    );
    // Where the report names the loss its message follows, a day the next sentence gives without
    // telling the exchange again is the loss's, whatever the words that tell it.
    check_in(
        Language::En,
        "X sent Y his sympathy following the floods in the north. Rivers burst their banks on Sunday night, sweeping away whole villages.",
        Some("2024-04-10"),
        None,
    );
    check(
        "X a adressé ses condoléances à Y après l'accident ferroviaire. Un train de marchandises a quitté les rails mardi soir près de la frontière.",
        Some("2024-04-10"),
        None,
    );
    // A lead above the report tells the exchange, whatever loss the report names.
    check(
        "X a promis vendredi son aide au pays sinistré. Cet entretien avec Y était le premier depuis le séisme.",
        Some("2010-01-15"),
        Some("2010-01-15"),
    );
    // A relative clause dates an exchange its words set before the one reported.
    check_in(
        Language::En,
        "The joint commission met in Accra from the 9th - 11th April, 2024.\n\nIt reviewed with Y the decisions of the previous meeting which was held in Lomé, Togo, from the 2nd - 4th May, 2023.",
        None,
        Some("2024-04-09"),
    );
    // A day in the possessive dates the noun after it: the exchange's only where it names one.
    check_in(
        Language::En,
        "President X has sent a message of congratulations to President Y on his election in last Friday's poll.",
        Some("2012-12-13"),
        None,
    );
    check_in(
        Language::En,
        "Friday's morning talks between President X and President Y focused on trade.",
        Some("2012-12-13"),
        Some("2012-12-07"),
    );
    // So does a day after the genitive in French: the noun's before it, not the exchange's,
    // unless that noun names the exchange or a part of the day.
    check(
        "Depuis le tremblement de terre de mardi, le président X s'est entretenu avec Y vendredi.",
        Some("2024-05-11"),
        Some("2024-05-10"),
    );
    check(
        "Au lendemain du scrutin de dimanche, X a parlé avec Y au téléphone, jeudi.",
        Some("2024-05-11"),
        Some("2024-05-09"),
    );
    check(
        "La rencontre officielle de lundi entre le président X et Y a porté sur le commerce.",
        Some("2024-05-11"),
        Some("2024-05-06"),
    );
    check(
        "Dans la soirée de ce mardi, X a reçu Y au palais.",
        Some("2024-05-11"),
        Some("2024-05-07"),
    );
    // Beside the report too, a day after the page's is one to come.
    check_in(
        Language::En,
        "President X spoke with Y.\n\nThe two leaders will meet at the summit in Delhi on 9 September 2023.",
        Some("2023-08-10"),
        None,
    );
    // A sentence after the report that tells an exchange to come dates that one.
    check(
        "X a reçu Y au palais. Les deux présidents doivent se retrouver à Paris le 9 septembre 2023.",
        None,
        None,
    );
    // Beside the report, a year-less day months before the page is an earlier event's.
    check_in(
        Language::En,
        "X and Y held telephone talks.\n\nThey reviewed trade.\n\nThe talks focused on the agreements reached during the state visit on April 14-15.",
        Some("2024-12-30"),
        None,
    );
}

/// A full date tied in its clause to a founding, an independence, a treaty or an anniversary dates
/// no exchange, in both languages, even on a page with no date of its own.
#[test]
fn founding_dates_date_no_exchange() {
    let english = [
        "Minister X held talks with Y. The union, founded on 8 August 1967, now counts ten members.",
        "Minister X held talks with Y. Diplomatic ties were formally established on 3 March 1992.",
        "X spoke with Y. The republic was proclaimed on 4 October 1966, and X praised its progress.",
        "X received Y. The two sides recalled the treaty concluded on 2 July 1975.",
        "X called Y. The country commemorates 26 June 1960, the day it became sovereign.",
    ];
    for input in english {
        check_in(Language::En, input, None, None);
    }
    let french = [
        "X s'est entretenu avec Y. L'organisation, fondée le 8 août 1967, compte dix membres.",
        "X a reçu Y. Les relations diplomatiques, nouées le 12 mars 1994, sont excellentes.",
        "X a reçu Y. La république a été proclamée le 26 juin 1960.",
        "X a appelé Y. Le pays commémore le 26 juin 1960, jour de son accession à la souveraineté.",
    ];
    for input in french {
        check(input, None, None);
    }
    // A day written with its weekday is the occasion's own, of the present, which its message is
    // dated by.
    check_in(
        Language::En,
        "X sent a message to Y for National Day, celebrated on Friday 4 October 2024.",
        None,
        Some("2024-10-04"),
    );
    // The exchange's own full date still dates it.
    check_in(
        Language::En,
        "X received Y on 3 May 2024. They recalled the accord signed on 2 July 1975.",
        None,
        Some("2024-05-03"),
    );
}

/// A date in the phrase "since" or "depuis" opens is the point a period is counted from, not the
/// exchange's day; one past the phrase's punctuation is the exchange's.
#[test]
fn starting_points_date_no_exchange() {
    check(
        "X a eu un entretien téléphonique avec Y, le premier depuis l'arrivée du président aux affaires le 15 mai.",
        None,
        None,
    );
    check(
        "X a reçu Y pour leur première rencontre depuis l'investiture du nouveau chef de l'État le 2 avril 2024.",
        None,
        None,
    );
    check_in(
        Language::En,
        "X held a phone call with Y, the first since the President took office on 20 January 2025.",
        None,
        None,
    );
    check_in(
        Language::En,
        "X, in Accra since Monday, met Y on 3 May 2024.",
        None,
        Some("2024-05-03"),
    );
    check(
        "En visite depuis dimanche, X a reçu Y le 3 mai 2024.",
        None,
        Some("2024-05-03"),
    );
}
