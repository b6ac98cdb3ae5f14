//! Whom the news comes from: the report's source, named after the words that give it, is no party.

use super::*;

#[test]
fn whom_the_news_comes_from_is_no_party() {
    use crate::extract::testing::assert_parties as check;
    // A verb of learning, its subject inverted, then "from" and the source's title and name.
    check(
        "Le président Tom Ward s'est entretenu au téléphone avec le ministre Ali Khan, a-t-on appris du porte-parole de la présidence, M. Sam Otieno.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "Le président Tom Ward a reçu jeudi le ministre Ali Khan, avons-nous appris auprès du chargé de communication du palais, Sam Otieno.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    // "selon" alone gives the source, its title after the name or before it, past a comma.
    check(
        "Le président Tom Ward a eu un entretien avec le ministre Ali Khan, selon M. Sam Otieno, porte-parole du gouvernement.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "Le président Tom Ward a eu un entretien avec le ministre Ali Khan, selon le porte-parole du gouvernement, Sam Otieno.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    // A comma after the source's title opens a clause of its own, whose subject is a party.
    check(
        "Selon le porte-parole, le président Tom Ward a reçu le ministre Ali Khan.",
        Language::Fr,
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "President Tom Ward held talks with Minister Ali Khan on Monday, according to presidential spokesman Sam Otieno.",
        Language::En,
        &["Tom Ward -", "Ali Khan -"],
    );
    // A verb of saying, then the source's title and, past a comma, the name.
    check(
        "President Tom Ward received Minister Ali Khan at the palace, said the chief spokesman of the presidency, Ambassador Sam Otieno.",
        Language::En,
        &["Tom Ward -", "Ali Khan -"],
    );
    // A source a later sentence names, who spoke after the exchange, is no other party of it.
    check(
        "Kenyan President Tom Ward received the envoys of nine countries in Nairobi on Monday. Presidential spokesman Sam Otieno said after the meeting that trade was discussed.",
        Language::En,
        &["Tom Ward KE"],
    );
}
