//! The kind of the main event, as readouts name it.

use super::*;

#[test]
fn kinds_told_by_the_headline_or_the_lead() {
    use crate::model::EventKind::*;
    // What a party did besides, set off after a relative pronoun, is not the exchange reported.
    kind_of(
        "Le ministre Tom Ward, qui s'est entretenu la veille au téléphone avec le président Z, a reçu lundi le ministre Ali Khan.",
        Meeting,
    );
    // Credentials named by what they do are presented in person.
    kind_of(
        "Le nouvel ambassadeur du Ghana, M. Ali Khan, a présenté mardi au président Tom Ward les lettres l'accréditant en qualité d'ambassadeur.",
        Meeting,
    );
    // A headline's call over a sentence that names only meetings to come.
    kind_in(
        "Telephone conversation with Tom Ward, President of Peru\n\nAli Khan and Tom Ward also went over the schedule of forthcoming meetings.",
        crate::model::Language::En,
        PhoneCall,
    );
    // Two calls told as one, in the plural, are calls.
    kind_in(
        "Prime Minister Tom Ward and Minister Sam Otieno held phone conversations with their respective counterparts Ali Khan and Ben Oduya on Monday.",
        crate::model::Language::En,
        PhoneCall,
    );
    // Consultations held as a meeting are consultations.
    kind_in(
        "Undersecretary Tom Ward and Undersecretary Ali Khan held the 3rd Bilateral Consultation Meeting in Lima yesterday.",
        crate::model::Language::En,
        Talks,
    );
    // A headline under the lines that place and date the release, over a body that names no
    // exchange.
    kind_in(
        "Geneva\n\n3 May 2016\n\nReadout of the Secretary-General's telephone call with President Ali Khan of Ghana\n\nThe Secretary-General and President Ali Khan spoke about the drought in the region.",
        crate::model::Language::En,
        PhoneCall,
    );
    // A headline's generic verb gives way to the mode its lead states.
    kind_of(
        "Le ministre des Affaires étrangères du Ghana Tom Ward a rencontré son homologue du Mali Ali Khan\nAccra, 4 mai – Le ministre Tom Ward a eu un entretien téléphonique avec le ministre Ali Khan.",
        PhoneCall,
    );
    // So too past a dateline that a full stop closes, and the agency's credit after it.
    kind_of(
        "Les ministres des affaires étrangères du Ghana et du Mali ont discuté de la crise au Niger\nACCRA, 4 mai. / AGP/. Le ministre ghanéen des affaires étrangères, Tom Ward, et son homologue malien, Ali Khan, ont tenu une conversation téléphonique au cours de laquelle ils ont discuté de la crise.",
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
    // A final communiqué heading a visit's report is issued by both sides.
    kind_of(
        "Visite d'État du président Tom Ward au Mali (Communiqué final)\n\nÀ l'invitation du président Ali Khan, le président Tom Ward a effectué une visite d'État à Bamako. Les deux chefs d'État ont eu des entretiens.",
        JointStatement,
    );
    kind_in(
        "Final Communique of the State Visit of President Tom Ward to Ghana\n\nAt the invitation of President Ali Khan, President Tom Ward paid a state visit to Accra. The two leaders held talks.",
        crate::model::Language::En,
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
    // A gathering the next sentence says was held by video is not the wishes' means.
    kind_in(
        "President Tom Ward has sent a congratulatory message to President Ali Khan. Khan was elected chairman of the bloc at its summit held virtually on Sunday.",
        crate::model::Language::En,
        Message,
    );
    kind_of(
        "Le président Tom Ward a adressé ses félicitations au président Ali Khan. Les deux présidents avaient eu un entretien téléphonique en mai. Ils s'étaient appelés en juin.",
        Message,
    );
    // A month opening a sentence recalls another exchange than the wishes told first.
    kind_in(
        "President Tom Ward has congratulated President Ali Khan on his victory. In March, Ali Khan visited the capital and held talks with Tom Ward.",
        crate::model::Language::En,
        Message,
    );
    kind_of(
        "Le président Tom Ward a félicité le président Ali Khan pour sa victoire. En mars, Ali Khan s'est rendu à Accra où il a rencontré Tom Ward.",
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
    // The clause that tells the mode is the report's exchange's, whoever the rest of the
    // sentence names; not one that names another party itself.
    kind_in(
        "President Tom Ward and President Ali Khan discussed trade on Monday. The meeting held by telephone, came a day after Minister Joe Banda presented his credentials to Ward.",
        crate::model::Language::En,
        PhoneCall,
    );
    kind_in(
        "President Tom Ward and President Ali Khan agreed on Monday to expand trade. During phone talks lasting an hour, they also reviewed security, Minister Joe Banda said.",
        crate::model::Language::En,
        PhoneCall,
    );
    kind_in(
        "President Tom Ward held talks with President Ali Khan on Monday. He had a phone call with Minister Joe Banda, who is visiting Lima.",
        crate::model::Language::En,
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
    // A call told again over the phone: a video told after it is another exchange's.
    kind_of(
        "Le ministre Tom Ward et le ministre Ali Khan se sont entretenus par téléphone. La paix a fait l'objet d'une conversation téléphonique entre les deux ministres. « Ils ont parlé de la visioconférence des chefs d'État », a indiqué le ministère.",
        PhoneCall,
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
    // A date line above the title is no article.
    kind_of(
        "3 mai 2016\n\nVisite officielle au Togo du président Ali Khan\n\n1. À l'invitation du président Tom Ward, le président Ali Khan a effectué une visite au Togo.\n\n2. Les deux chefs d'État ont eu des entretiens.\n\n3. Ils ont salué la qualité de leurs relations.",
        JointStatement,
    );
    // A statement's title under the line that announces its text, below the page's own lines.
    kind_in(
        "Kenya and Ghana review ties\n\nWorld Saturday 16/July/2022 09:19 AM\nBy: KNA\nKenya and Ghana review ties\n\nNairobi: A joint statement was issued late Friday by Kenya and Ghana. Following is the text of the Nairobi Communique:\n\n\"Joint Communique between the Republic of Kenya and the Republic of Ghana\"\n\nAt the invitation of President Tom Ward, President Ali Khan paid an official visit to Kenya. Following the meeting with President Tom Ward, President Ali Khan met the Speaker.",
        crate::model::Language::En,
        JointStatement,
    );
    // Points numbered below a preamble that names no exchange, or names the statement, are its
    // articles; below a lead that tells the exchange, a readout's.
    kind_in(
        "At the invitation of President Tom Ward, President Ali Khan paid a state visit to Ghana from 3 to 5 May.\n1. The two sides noted with satisfaction the growth of their relations.\n2. The two sides agreed to widen cooperation in trade.",
        crate::model::Language::En,
        JointStatement,
    );
    kind_in(
        "ACCRA: The present Joint Declaration was adopted at the close of the virtual summit on Monday.\n\n1. President Tom Ward and President Ali Khan held a virtual summit on 3 May.\n\n2. The two leaders reviewed their relations.",
        crate::model::Language::En,
        JointStatement,
    );
    kind_of(
        "À l'invitation du président Tom Ward, le président Ali Khan a effectué une visite d'État au Ghana.\n\n1. Les deux parties se sont félicitées de l'essor de leurs relations.\n\n2. Les deux parties ont convenu d'élargir leur coopération.",
        JointStatement,
    );
    kind_in(
        "President Tom Ward held a meeting with President Ali Khan.\n\n1. The two leaders reviewed their relations.\n\n2. They agreed to meet again.",
        crate::model::Language::En,
        Meeting,
    );
    // A call the report does not say went by video, which a later sentence calls "the video
    // call", was a video one.
    kind_in(
        "Prime Minister Tom Ward made his first call to a foreign leader to Prime Minister Ali Khan on Tuesday. Ward spoke about the border. He said the two countries are close. \"We have much to do,\" he said. In the video call, the need for joint action was stressed.",
        crate::model::Language::En,
        VideoCall,
    );
    kind_in(
        "Prime Minister Tom Ward called Prime Minister Ali Khan on Tuesday. Ward spoke about the border. The two leaders had held a video call in May.",
        crate::model::Language::En,
        PhoneCall,
    );
    // A first point that times the exchange is a readout's.
    kind_in(
        "May 3, 2016\n\n1. On May 3, commencing at 6:15 p.m. for approximately 30 minutes, Prime Minister Tom Ward received a courtesy call from Minister Ali Khan.\n\n2. Prime Minister Ward welcomed the minister.\n\n3. They agreed to meet again.",
        crate::model::Language::En,
        Meeting,
    );
    kind_in(
        "1. On 3 May, from 4:30 p.m., Minister Tom Ward held telephone talks with Minister Ali Khan.\n\n2. The two ministers shared concern over the crisis.\n\n3. They agreed to stay in contact.",
        crate::model::Language::En,
        PhoneCall,
    );
    kind_in(
        "1. On the sidelines of the Lomé Forum, Minister Tom Ward had a meeting with Minister Ali Khan on the morning of May 3, local time.\n\n2. The two ministers reviewed their relations.\n\n3. They agreed to meet again.",
        crate::model::Language::En,
        Meeting,
    );
    kind_of(
        "1. Le 3 mai, le président Tom Ward a reçu pendant 40 minutes le ministre Ali Khan.\n\n2. Les deux hommes ont évoqué leurs relations.\n\n3. Ils se reverront.",
        Meeting,
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
    // A headline's noun names any exchange; only its verb tells the talks were held face to face.
    kind_of(
        "Rencontre entre le président Tom Ward et le ministre Ali Khan\n\nLe président Tom Ward s'est entretenu mardi avec le ministre Ali Khan.",
        Talks,
    );
}

#[test]
fn talks_named_as_such() {
    use crate::model::EventKind::*;
    let en = crate::model::Language::En;
    // English issuers head any talks as a meeting: talks the lead names as such stay talks.
    kind_in(
        "President Tom Ward meets Foreign Minister Ali Khan\n\nPresident Tom Ward held talks with Foreign Minister Ali Khan in Accra on Monday.",
        en,
        Talks,
    );
    // Whatever noun names them: discussions, negotiations, consultations.
    kind_in(
        "Ward meets Khan at the airport\n\nPrime Minister Tom Ward held informal discussions with Minister Ali Khan at the airport today.",
        en,
        Talks,
    );
    kind_in(
        "On Monday, Accra hosted a joint meeting of the two cabinets. At the fourth intergovernmental consultation, the delegations, led by Prime Ministers Tom Ward and Ali Khan, discussed trade.",
        en,
        Talks,
    );
    // A headline's talks, which the body calls "the talks" again, tell what the lead's meeting
    // was.
    kind_in(
        "Ward holds bilateral talks with Khan\n\nPresident Tom Ward on Monday met Prime Minister Ali Khan in Accra. The two sides signed four agreements after the talks.",
        en,
        Talks,
    );
    // A body that tells only the meeting keeps it.
    kind_in(
        "Ward holds talks with Khan\n\nPresident Tom Ward on Monday met Prime Minister Ali Khan in Accra. During the breakfast meeting, they discussed trade.",
        en,
        Meeting,
    );
}

#[test]
fn talks_told_again_as_a_meeting() {
    use crate::model::EventKind::*;
    // Only a verb tells the talks held as an audience; the noun names any exchange.
    kind_of(
        "Le président Tom Ward s'est entretenu mardi avec le ministre Ali Khan. Le président Tom Ward a reçu le ministre au palais.",
        Meeting,
    );
    kind_of(
        "Le président Tom Ward a eu un entretien mardi avec le président Ali Khan au palais. Cette rencontre, la première après l'élection, a porté sur la sécurité.",
        Talks,
    );
    kind_of(
        "Le ministre Tom Ward a eu des entretiens à Accra avec le ministre Ali Khan. Lors de cette entrevue, ils ont examiné leurs relations.",
        Talks,
    );
    kind_of(
        "Le ministre Tom Ward a eu un entretien avec la ministre Ali Khan. Il l'avait invitée à une rencontre loin des palais.",
        Talks,
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
    // A welcome on arrival is the visit's first step, not the talks told again.
    kind_of(
        "Le président Tom Ward s'est entretenu mardi avec son homologue Ali Khan. À son arrivée à l'aéroport, Tom Ward a été accueilli par une délégation de ministres.",
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
fn a_report_that_names_no_exchange_takes_the_kind_told_next() {
    use crate::model::EventKind::*;
    kind_of(
        "« Soyez les bienvenus », a dit lundi le président Tom Ward aux membres de la mission. C'était lors de leur rencontre au palais présidentiel.",
        Meeting,
    );
    kind_in(
        "President Tom Ward praised the delegation's work on Monday. This was said during their meeting at the presidential palace.",
        crate::model::Language::En,
        Meeting,
    );
    // Words that tell what the exchange was may stand between the possessive and its noun.
    kind_in(
        "President Tom Ward and his Kenyan counterpart, President Ali Khan, renewed their pledge to open a consulate. In their first official meeting Tuesday, both leaders reinforced their commitment to trade.",
        crate::model::Language::En,
        Meeting,
    );
    // A sentence that opens on the exchange with a definite word points back to the report.
    kind_in(
        "President Tom Ward had bilateral engagements with King Ali Khan. The meeting took place on Tuesday at the royal palace.",
        crate::model::Language::En,
        Meeting,
    );
    kind_of(
        "Le président Tom Ward s'est dit honoré par la visite du roi Ali Khan. Cette rencontre s'est déroulée mardi au palais royal.",
        Meeting,
    );
    // An earlier exchange is not the report's.
    kind_of(
        "« Soyez les bienvenus », a dit lundi le président Tom Ward aux membres de la mission. Ils s'étaient rencontrés en mai.",
        Other,
    );
    // Nor one of others the sentence leaves unnamed, not theirs.
    kind_of(
        "« Soyez les bienvenus », a dit lundi le président Tom Ward aux membres de la mission. Deux ministres ont eu un entretien.",
        Other,
    );
}

#[test]
fn a_pronoun_after_the_exchange_names_its_parties() {
    use crate::model::EventKind::*;
    // A sentence that tells an exchange and names no one, then one that opens on a pronoun
    // standing for it: the second names its parties, before any later exchange to come.
    let fr = "Les consultations politiques entre les deux ministères se sont tenues mardi à Rabat. Elles ont été coprésidées par le ministre Tom Ward et la ministre Ali Khan.\n\nLa ministre Ali Khan a invité le ministre Tom Ward à se rendre à Accra pour de nouvelles consultations.";
    kind_of(fr, Talks);
    check(fr, &["Tom Ward", "Ali Khan"]);
    let en = "The third round of consultations between the two ministries was held in Quito on Monday. It was co-chaired by Minister Tom Ward and Minister Ali Khan.\n\nMinister Ali Khan then met Minister Sam Otieno.";
    kind_in(en, crate::model::Language::En, Talks);
    check_in(en, crate::model::Language::En, &["Tom Ward", "Ali Khan"]);
}

#[test]
fn an_exchange_agreed_on_is_to_come() {
    use crate::model::EventKind::*;
    kind_in(
        "Minister Tom Ward and Minister Ali Khan agreed to meet in Oslo next month.\n\nTom Ward and Ali Khan held a phone conversation on Monday.",
        crate::model::Language::En,
        PhoneCall,
    );
}

#[test]
fn a_welcome_is_the_occasion_of_the_talks_told_next() {
    use crate::model::EventKind::*;
    // Told again as it was first told, the welcome does not count as one of the next two.
    kind_of(
        "Le président Tom Ward a été accueilli mardi à l'aéroport par son homologue Ali Khan. Le président Tom Ward est en visite de travail. Il a été accueilli à l'aéroport par le président Ali Khan. Les deux chefs d'État ont eu un entretien au salon d'honneur.",
        Talks,
    );
    // Without talks, a welcome is a meeting.
    kind_of(
        "Le président Tom Ward a été chaleureusement accueilli à l'aéroport par le président Ali Khan. Les deux chefs d'État ont évoqué la sécurité.",
        Meeting,
    );
    // "discussed" tells an English meeting's topics.
    kind_in(
        "Secretary Tom Ward welcomed Foreign Minister Ali Khan to Washington today. The Secretary and the Foreign Minister discussed trade.",
        crate::model::Language::En,
        Meeting,
    );
    // Talks told after a welcome that names no one are the talks, held at the welcome's occasion.
    kind_of(
        "À l'invitation du président Tom Ward, le président Ali Khan a effectué une visite de travail à Lomé.\n\nLa délégation a été accueillie à l'aéroport de Lomé. Le président Ali Khan et le président Tom Ward ont ensuite eu un entretien.",
        Talks,
    );
    // Talks named as such after a welcome are what it was the occasion of.
    kind_in(
        "Prime Minister Ali Khan was welcomed to the presidential palace in Nairobi on Monday. He was greeted by a guard of honour before he sat down with President Tom Ward for talks.",
        crate::model::Language::En,
        Talks,
    );
    // Talks told to come after a welcome are not the ones it was the occasion of.
    kind_of(
        "Le président Tom Ward a accueilli lundi son homologue Ali Khan au palais. Les deux chefs d'État doivent avoir des entretiens sur le commerce.",
        Meeting,
    );
}

#[test]
fn talks_told_by_the_verb_alone() {
    // "talked at the palace": the verb of the talks, which the later sentence of a welcome does
    // not outrank.
    kind_in(
        "President Tom Ward and former president Ali Khan talked at the palace on Friday afternoon. Ward received Khan, who had been in the country since June 23.",
        crate::model::Language::En,
        crate::model::EventKind::Talks,
    );
    // A lead that names no one says how the talks the body reports were held.
    kind_in(
        "The second round of political consultations between the two ministries was held on Monday via video conference.\n\nThe delegation of Peru was led by Tom Ward, and that of Mali by Ali Khan.\n\nThe two sides also discussed ways to expand trade.",
        crate::model::Language::En,
        crate::model::EventKind::VideoCall,
    );
    // Talks over tea or coffee are held at table together, as over a meal.
    kind_in(
        "President Tom Ward and former president Ali Khan talked over coffee at the palace on Friday afternoon.",
        crate::model::Language::En,
        crate::model::EventKind::Meeting,
    );
}

#[test]
fn wishes_name_an_exchange_only_where_nothing_else_does() {
    use crate::model::EventKind::*;
    kind_in(
        "Prime Minister Tom Ward has congratulated President Ali Khan on his inauguration. The Prime Minister's Office says the two men spoke by phone Saturday.",
        crate::model::Language::En,
        PhoneCall,
    );
    // A headline's wishes over the report of the message.
    let lex = lexicon();
    let input = "Le président Tom Ward félicite le président Ali Khan pour son élection\nle 08/05/2012 11:54\nLIBREVILLE, 7 mai -- Le président Tom Ward a adressé ce lundi un message au président Ali Khan.";
    let text = Text::in_language(input, crate::model::Language::Fr);
    let cast = crate::extract::people::find(&text, &lex, None);
    let event = super::super::main(&text, &lex, &cast);
    assert_eq!(
        (event.kind, event.sentence),
        (Message, Some(text.sentences.len() - 1)),
        "{input}"
    );
}
