//! Joint statements their form tells: the first person, a title, a heading.

use super::*;

#[test]
fn a_statement_its_parties_write_in_the_first_person_is_one_though_it_names_none() {
    use crate::model::Language::{En, Fr};
    for (input, language) in [
        ("Nordic-Baltic Summit Joint Statement\n\nWe, the heads of government of the Nordic and Baltic states, met today in Riga to renew our partnership.", En),
        ("Déclaration commune du sommet franco-africain\n\nNous, chefs d'État et de gouvernement, réunis ce jour à Dakar, réaffirmons notre attachement au partenariat.", Fr),
        // Without a title, past a wire's dateline, in the report's own sentence.
        ("LOMÉ, le 4 mars 2023 /Agence/ - Nous, le président Tom Ward et le premier ministre Ali Khan, réaffirmons ici à Lomé notre amitié.", Fr),
        ("We, President Tom Ward and Prime Minister Ali Khan, met today in Accra and reaffirm our partnership.", En),
    ] {
        kind_in(input, language, crate::model::EventKind::JointStatement);
    }
    // A first person in a quoted remark is one speaker's.
    kind_in(
        "President Tom Ward met Prime Minister Ali Khan in Accra. \"We, as neighbours, must trade more,\" Ward said.",
        En,
        crate::model::EventKind::Meeting,
    );
}

#[test]
fn a_headline_that_tells_a_declaration_adopted_titles_the_statement() {
    use crate::model::Language::{En, Fr};
    for (input, language) in [
        ("La Déclaration de Lomé est adoptée\n\nLa réunion des ministres Tom Ward et Ali Khan s'est tenue lundi à Lomé.", Fr),
        ("Les ministres adoptent la « Déclaration de Lomé »\n\nLa réunion tripartite s'est tenue lundi à Lomé, avec Tom Ward et Ali Khan.", Fr),
        ("Ministers Adopt the Lomé Declaration\n\nThe meeting of ministers Tom Ward and Ali Khan was held on Monday in Lomé.", En),
    ] {
        kind_in(input, language, crate::model::EventKind::JointStatement);
    }
    // A declaration told, not adopted, titles nothing.
    kind_in(
        "La Déclaration de Lomé en débat\n\nLa réunion des ministres Tom Ward et Ali Khan s'est tenue lundi à Lomé.",
        Fr,
        crate::model::EventKind::Meeting,
    );
}

#[test]
fn a_heading_that_opens_with_the_statement_s_name_titles_the_text() {
    use crate::model::EventKind::*;
    kind_in(
        "[Archive of the Presidency]\n[May 3, 2009]\n[Pages 12-14]\n[Printed edition]\n\nJoint Statement on the Visit of President Ali Khan\nMay 3, 2009\n\nPresidents Tom Ward and Ali Khan held talks in Accra.",
        crate::model::Language::En,
        JointStatement,
    );
}
