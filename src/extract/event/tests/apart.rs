//! Parties named apart from the report's sentences: a letter's signature and address, the
//! principal a headline names.

use super::*;

#[test]
fn parties_named_apart_from_the_report() {
    // A letter given in full: signed on its last line, addressed on a line of its own.
    check(
        "MESSAGE DE FÉLICITATIONS\n\nA\n\nSON EXCELLENCE MONSIEUR EMMANUEL MACRON\n\nPRÉSIDENT DE LA RÉPUBLIQUE FRANÇAISE\n\nJ'ai l'honneur de vous adresser mes plus vives félicitations pour votre réélection.\n\nXI JINPING",
        &["Xi Jinping", "Emmanuel Macron"],
    );
    // The signature may stand above the sender's titles; the address may follow the heading's
    // words on its line.
    check(
        "MESSAGE DE CONDOLÉANCES À S.E.M. EMMANUEL MACRON, PRÉSIDENT DE LA RÉPUBLIQUE FRANÇAISE\n\nMonsieur le Président et Cher Ami,\n\nC'est avec tristesse que j'ai appris le drame qui frappe votre pays.\n\nVeuillez agréer l'assurance de ma très haute considération.\n\nXI JINPING\n\nPrésident de la République populaire de Chine\n\nSecrétaire général du Parti",
        &["Xi Jinping", "Emmanuel Macron"],
    );
    // The signature may follow the mark of a signature in brackets, and stand above three
    // lines of titles and a line of the page's.
    check(
        "Monsieur le Président,\n\nC'est avec tristesse que j'ai appris la disparition de votre ancien Premier ministre.\n\nVeuillez agréer, Monsieur le Président, l'assurance de ma haute considération.\n\n(é) Xi Jinping\nPrésident de la République populaire de Chine\nSecrétaire général du Parti\nPrésident de la Commission militaire centrale\nEnglish",
        &["Xi Jinping"],
    );
    // The address may run on over its line into the addressee's titles, a closing formula
    // names no one, and the body's names give way to the address and the signature.
    check(
        "MESSAGE DE FÉLICITATIONS\n\nLE PRÉSIDENT DE LA RÉPUBLIQUE\n\nSON EXCELLENCE MONSIEUR ALI KHAN,\nPRÉSIDENT DE LA RÉPUBLIQUE DU GHANA\n\n-ACCRA-\n\nJ'ai appris avec joie votre élection, que le ministre Sam Otieno m'a annoncée.\n\nJe vous prie d'agréer, Excellence Monsieur le Président, l'assurance de ma Très Haute et Fraternelle Considération.\n\nXI JINPING\n\nPrésidence de la République populaire de Chine",
        &["Xi Jinping", "Ali Khan"],
    );
    // A letter its formula of courtesy closes is from whom it is signed by, perhaps after the
    // mark of a signature, and to whom the address under the signature names, whatever
    // exchange its headline or its body tells without its signer.
    check(
        "Lettre de condoléances adressée au Président de la République du Ghana.\n\nMonsieur le Président,\n\nJe garde le souvenir de l'entretien que j'avais eu à Accra avec le général Sam Otieno.\n\nJe vous prie d'agréer, Monsieur le Président, l'assurance de ma très haute considération.\n\nSigné : Tom Ward\n\nSon Excellence\nMonsieur Ali KHAN\nPrésident de la République du Ghana\nACCRA",
        &["Tom Ward", "Ali Khan"],
    );
    // A line that reports the letter from its signer alone: its address names the addressee.
    check(
        "Lettre de M. Tom Ward, Président de la République, à la suite du décès du Président Sam Otieno.\n\nMonsieur le Président,\n\nJ'ai appris avec tristesse la disparition du Président Sam Otieno.\n\nJe vous prie d'agréer, Monsieur le Président, l'assurance de ma très haute considération.\n\nSigné : Tom Ward\n\nSon Excellence\nMonsieur Ali KHAN\nPrésident de la République du Ghana",
        &["Tom Ward", "Ali Khan"],
    );
    check_in(
        "Dear Mr President,\n\nI recall with warmth the talks I held in Accra with General Sam Otieno.\n\nWith my sincere appreciation,\n\nXi Jinping,\nPresident of the People's Republic of China\n\nHis Excellency Ali Khan\nPresident of the Republic of Ghana",
        crate::model::Language::En,
        &["Xi Jinping", "Ali Khan"],
    );
    // Other formulas close a letter too; an address left unnamed leaves the signer alone.
    check(
        "Message de condoléances au Roi des Belges\n\nSire,\n\nC'est avec tristesse que nous avons appris le drame qui frappe votre pays.\n\nSoyez assuré de notre solidarité.\n\n(é) Tom Ward\n\nPrésident de la République du Ghana",
        &["Tom Ward"],
    );
    // A pronoun opening the report stands for the bare title of the sentence before, which an
    // auxiliary ends ("était au Japon" names no country of the office), and the headline names.
    check(
        "Le Premier ministre Tom Ward en visite au Japon\n\nDu 2 au 5 mai, le Premier ministre était au Japon pour une visite officielle. Il a rencontré le 3 mai M. Ali Khan, Premier ministre du Japon.",
        &["Tom Ward", "Ali Khan"],
    );
}
