//! Joint statements their form tells: the first person, a title, a heading.

use super::*;

#[test]
fn statements_their_form_tells() {
    use crate::model::EventKind::{JointStatement, Meeting, Talks};
    use crate::model::Language::{En, Fr};
    for (input, language, kind) in [
        // Its parties write it in the first person, though it names none of them.
        ("Nordic-Baltic Summit Joint Statement\n\nWe, the heads of government of the Nordic and Baltic states, met today in Riga to renew our partnership.", En, JointStatement),
        ("Déclaration commune du sommet franco-africain\n\nNous, chefs d'État et de gouvernement, réunis ce jour à Dakar, réaffirmons notre attachement au partenariat.", Fr, JointStatement),
        // Without a title, past a wire's dateline, in the report's own sentence.
        ("LOMÉ, le 4 mars 2023 /Agence/ - Nous, le président Tom Ward et le premier ministre Ali Khan, réaffirmons ici à Lomé notre amitié.", Fr, JointStatement),
        ("We, President Tom Ward and Prime Minister Ali Khan, met today in Accra and reaffirm our partnership.", En, JointStatement),
        // A first person in a quoted remark is one speaker's.
        ("President Tom Ward met Prime Minister Ali Khan in Accra. \"We, as neighbours, must trade more,\" Ward said.", En, Meeting),
        // A headline that tells a declaration adopted titles the statement.
        ("La Déclaration de Lomé est adoptée\n\nLa réunion des ministres Tom Ward et Ali Khan s'est tenue lundi à Lomé.", Fr, JointStatement),
        ("Les ministres adoptent la « Déclaration de Lomé »\n\nLa réunion tripartite s'est tenue lundi à Lomé, avec Tom Ward et Ali Khan.", Fr, JointStatement),
        ("Ministers Adopt the Lomé Declaration\n\nThe meeting of ministers Tom Ward and Ali Khan was held on Monday in Lomé.", En, JointStatement),
        // A heading that names a statement summing up a meeting, or a lead that gives in full one
        // its parties adopted.
        ("Accra Statement on the outcomes of the Third Trilateral Meeting of the Ministers of Foreign Affairs\n\n3 May 2016\n\nThe meeting of ministers Tom Ward and Ali Khan was held in Accra.", En, JointStatement),
        ("By Agency\n\nThe full text of the statement adopted following the third meeting of the foreign ministers has been released. The document was signed by ministers Tom Ward and Ali Khan.\n\nThe ministers met in Accra on 3 May.", En, JointStatement),
        // A declaration told, not adopted, titles nothing.
        ("La Déclaration de Lomé en débat\n\nLa réunion des ministres Tom Ward et Ali Khan s'est tenue lundi à Lomé.", Fr, Meeting),
        // A preamble that opens with the invitation and styles both heads of state by protocol
        // is a communiqué's, though no title names it; a readout's own voice styles neither.
        ("À l'invitation de son Frère et Ami, Son Excellence Monsieur Tom Ward, Président de la République du Ghana, Son Excellence Monsieur Ali Khan, Président de la République du Mali, a effectué les 3 et 4 mai 2019 une visite de travail et d'amitié au Ghana.\n\nLes deux Présidents ont eu des entretiens en tête-à-tête.", Fr, JointStatement),
        ("At the invitation of His Excellency Tom Ward, President of the Republic of Ghana, His Excellency Ali Khan, President of Mali, paid a working visit to Ghana from 3 to 4 May 2019.\n\nThe two Presidents held talks.", En, JointStatement),
        ("À l'invitation du président Tom Ward, le président Ali Khan a effectué une visite de travail à Accra. Les deux chefs d'État ont eu des entretiens.", Fr, Talks),
        // A heading that opens with the statement's name titles the text, below an archive's lines.
        ("[Archive of the Presidency]\n[May 3, 2009]\n[Pages 12-14]\n[Printed edition]\n\nJoint Statement on the Visit of President Ali Khan\nMay 3, 2009\n\nPresidents Tom Ward and Ali Khan held talks in Accra.", En, JointStatement),
    ] {
        kind_in(input, language, kind);
    }
}
