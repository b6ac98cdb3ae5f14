//! Where names start and end, as readouts write them.

use super::*;

#[test]
fn where_names_start_and_end() {
    // Ranks and a day are no part of a name, nor is a place it follows.
    check(
        "Le Général de Brigade Ali Khan, Président de la République, Chef Suprême des Armées, a reçu des ministres.",
        &["Ali Khan -"],
    );
    check("Le Grand-Duc Henri a reçu des ministres.", &["Henri LU"]);
    // A body's name under a title is no person's: the name is the one after it.
    check(
        "Le président Tom Ward a été reçu par le président en exercice de la Conférence des Chefs d’État de la Sous-région, Ali KHAN.",
        &["Tom Ward -", "Ali Khan -"],
    );
    // A caption's word after a name is no part of it.
    assert_eq!(
        named_in(
            "Ghana's Foreign Minister Tom Ward Photo: supplied",
            Language::En
        ),
        ["Tom Ward GH"]
    );
    // Letters of honours after a name are no part of it, and the title after them is its.
    assert_eq!(
        named_in(
            "The Most Honourable Tom Ward O.J., M.P., Prime Minister of Ghana spoke with President Ali Khan.",
            Language::En
        ),
        ["Tom Ward GH", "Ali Khan -"]
    );
    // The initials of an honorific after a name open the next name: they are no initials of it.
    assert_eq!(
        named_in(
            "At the invitation of H.E. President of Ghana Mr. Tom Ward H.E. Prime Minister of Togo, Mr. Ali Khan, paid an official visit to Ghana.",
            Language::En
        ),
        ["Tom Ward GH", "Ali Khan TG"]
    );
    assert_eq!(
        named_in(
            "At the invitation of H.E. President of the French Republic Mr. Emmanuel Macron H.E. Prime Minister of Togo, Mr. Ali Khan, paid an official visit to France.",
            Language::En
        ),
        ["Emmanuel Macron FR", "Ali Khan TG"]
    );
    assert_eq!(
        named_in(
            "In a message to Sir Tom Ward AKMC, the Prime Minister of Kenya, the President said he was pleased.",
            Language::En
        ),
        ["Tom Ward KE"]
    );
    // A message's adjective, capitalised after a name, is no part of it.
    assert_eq!(
        named_in(
            "Ghanaian President Tom Ward on Monday sent to President of Kenya Ali Khan Congratulatory letter on the national day.",
            Language::En
        ),
        ["Tom Ward GH", "Ali Khan KE"]
    );
    // "and the" before an honorific opens the next person, not a portfolio of the title before.
    assert_eq!(
        named_in(
            "HE Tom Ward, the Prime Minister of Ghana and the Rt Hon Ali Khan MP, the Prime Minister of Kenya held talks.",
            Language::En
        ),
        ["Tom Ward GH", "Ali Khan KE"]
    );
    // An abbreviated month before a day's number ends the name; a name's word like it does not.
    assert_eq!(
        named_in(
            "Deputy Premier Tom Ward met Kenyan Ambassador Ali R. Khan Dec 23 at Government House. Minister Jan Novak joined them.",
            Language::En
        ),
        ["Tom Ward -", "Ali R. Khan KE", "Jan Novak -"]
    );
    // Titles of honour stacked before a name, glued by an apostrophe, are no part of it.
    assert_eq!(
        named_in(
            "The minister held a telephone talk with H.E. Dato’Seri Diraja Dr. Ali Khan, Minister of Foreign Affairs of Malaysia.",
            Language::En
        ),
        ["Ali Khan MY"]
    );
    // A pronoun contracted after a name is no part of it.
    assert_eq!(
        named_in(
            "Whenever I've met President Tom Ward I'm reminded how close Ghana and Kenya are.",
            Language::En
        ),
        ["Tom Ward -"]
    );
    // The divisions a place is located in name no one.
    assert_eq!(
        named_in(
            "Minister Tom Ward welcomed his Kenyan counterpart in the village of Kiria, Othaya District, Nyeri Region.",
            Language::En
        ),
        ["Tom Ward -"]
    );
    // A remit ends the title before the name.
    assert_eq!(
        named_in(
            "The minister met Kenyan Deputy Minister of Foreign Affairs for Regional Issues Ali Khan.",
            Language::En
        ),
        ["Ali Khan KE"]
    );
    // A word a title opens and a hyphen joins is the title's, not the name's.
    assert_eq!(
        named_in(
            "The talks were joined by the Personal Representative of the Chairman-in-Office Ali Khan.",
            Language::En
        ),
        ["Ali Khan -"]
    );
    // A name that starts as a title and goes on with a name's word stays whole.
    assert_eq!(
        named_in(
            "The minister received Hussein Amir-Khan, the envoy of Kenya.",
            Language::En
        ),
        ["Hussein Amir-Khan KE"]
    );
    // A chain of forebears is no limit to a name's length.
    assert_eq!(
        named_in(
            "Prince Tom Ward has received at the palace Sheikh Ali bin Sam bin Ali bin Tom Al Khan.",
            Language::En
        ),
        ["Tom Ward -", "Ali bin Sam bin Ali bin Tom Al Khan -"]
    );
    // So is a Malay royal's, and the pilgrim's honorific before the name is no part of it.
    assert_eq!(
        named_in(
            "Prime Minister Tom Ward was received by Sultan Haji Ali Khan ibni Sam Otieno at the palace.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan ibni Sam Otieno -"]
    );
    // A hard-wrapped text's line may cut a name, which goes on with the next line.
    assert_eq!(
        named_in(
            "Premier Tom Ward and visiting Kenyan Prime Minister Ali Samuel\nOtieno held their regular meeting on Tuesday in the\ncapital, where the two leaders signed several deals\nand reviewed the state of relations between their\ncountries, officials from both sides told reporters\nafter the talks had ended in the early afternoon.",
            Language::En
        ),
        ["Tom Ward -", "Ali Samuel Otieno KE"]
    );
    // "Amb." shortens a title: no part of the name after it.
    assert_eq!(
        named_in(
            "Minister Tom Ward met the Ambassador of Ghana, Amb. Ali Khan, in Accra.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan GH"]
    );
    // A list of guests may give each one's country alone after a comma.
    assert_eq!(
        named_in(
            "The delegation included Dr. Tom Ward, Ghana, Mr Ali Khan, Kenya, and Ms Ana Silva of Peru.",
            Language::En
        ),
        ["Tom Ward GH", "Ali Khan KE", "Ana Silva PE"]
    );
    // A city's name that is also a given name stays one ("Milan").
    check(
        "Le président slovène Milan Novak a reçu le ministre Ali Khan.",
        &["Milan Novak SI", "Ali Khan -"],
    );
    // A title names its country once: a country's name right after a title that names one, before
    // more words of a name, is the name's given name; without such a title it stays the country.
    assert_eq!(
        named_in(
            "Kenyan Vice President Chad Ali Khan met Prime Minister Tom Ward.",
            Language::En
        ),
        ["Chad Ali Khan KE", "Tom Ward -"]
    );
    check(
        "Le vice-président kényan Chad Ali Khan a reçu le ministre Tom Ward.",
        &["Chad Ali Khan KE", "Tom Ward -"],
    );
    // A city whose name an apostrophe cuts in two is no name after a title.
    check(
        "Le président Tom Ward prêtera serment devant un parterre de chefs d’État à N’Djamena.",
        &["Tom Ward -"],
    );
    // A pope by his name as pope alone, which is no other François's first name.
    check(
        "Le pape François a reçu le président kényan Tom Ward, puis François Bayrou.",
        &["François VA", "Tom Ward KE", "François Bayrou FR"],
    );
    // Nor is it the given name of someone the gazetteer does not know.
    check(
        "Le pape François a reçu le Premier ministre du Québec, M. François Roux.",
        &["François VA", "François Roux CA"],
    );
    // Nor the first of three names, the others written on before a capitalised word.
    check(
        "Le président Tom Ward a reçu le représentant des Nations unies en Afrique centrale, François Ali Khan.",
        &["Tom Ward -", "François Ali Khan -"],
    );
    // "Gal." shortens Général before a name, as "S.E." does Son Excellence.
    check(
        "Le Président de la transition du Niger, S. E. Gal. Ali Khan, a quitté Lomé.",
        &["Ali Khan NE"],
    );
    // A wire cited as the source names no person.
    check(
        "Selon l'agence Ria Novosti, le président russe Tom Ward a appelé le ministre Ali Khan.",
        &["Tom Ward RU", "Ali Khan -"],
    );
    // A chargé d'affaires heads an embassy as its ambassador would.
    check(
        "M. Tom Ward a reçu M. Ali Khan, Chargé d'Affaires de France en Russie.",
        &["Tom Ward -", "Ali Khan FR"],
    );
    check(
        "Le Président de la République, Maréchal Ali Khan, a reçu des ministres.",
        &["Ali Khan -"],
    );
    // A known name a particle joins to the noun opening a headline is a name of its own.
    check(
        "Message de François Bayrou au président Tom Ward.",
        &["François Bayrou FR", "Tom Ward -"],
    );
    check(
        "Hier Emmanuel Macron a reçu des ministres.",
        &["Emmanuel Macron FR"],
    );
    check(
        "Le ministre Ali Khan a reçu hier à Phnom Penh Tom Ward, ambassadeur de France.",
        &["Ali Khan -", "Tom Ward FR"],
    );
    // A known name in capitals, with middle names, or by its surname opening a sentence.
    check(
        "SON EXCELLENCE MONSIEUR EMMANUEL MACRON",
        &["Emmanuel Macron FR"],
    );
    check(
        "Le président Emmanuel Jean-Michel Frédéric Macron a reçu des ministres.",
        &["Emmanuel Jean-Michel Frédéric Macron FR"],
    );
    // Known surnames alone as the two sides of an exchange.
    check(
        "Un entretien a eu lieu hier soir entre Lavrov et Rubio.",
        &["Sergueï Lavrov RU", "Marco Rubio US"],
    );
    // A surname as English writes it, where it differs.
    assert_eq!(
        named_in("President Putin received the envoy.", Language::En),
        ["Vladimir Poutine RU"]
    );
    // A known name with a patronymic more and a surname of two words.
    assert_eq!(
        named_in(
            "Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani received President Tom Ward.",
            Language::En
        ),
        ["Mohammed bin Abdulrahman bin Jassim Al Thani QA", "Tom Ward -"]
    );
    check(
        "Lavrov et Rubio se sont rencontrés à New York.",
        &["Sergueï Lavrov RU", "Marco Rubio US"],
    );
    // A sentence that opens on a bare surname names the other side by theirs too.
    check(
        "Lavrov s'est entretenu jeudi au téléphone avec Rubio.",
        &["Sergueï Lavrov RU", "Marco Rubio US"],
    );
    check(
        "Lavrov a remercié Rubio pour son accueil.",
        &["Sergueï Lavrov RU", "Marco Rubio US"],
    );
    // A letter's address in capitals, its title on the next line; its closing formula.
    check(
        "SON EXCELLENCE MADAME ANA SILVA,\nPRÉSIDENTE DE LA RÉPUBLIQUE DU GHANA\n\nVeuillez agréer l'assurance de ma Très Haute et Fraternelle Considération.",
        &["Ana Silva GH"],
    );
    // A surname in capitals, as French writes it, takes running text's capitals; a regnal
    // number is kept.
    check(
        "Le président Tom WARD a reçu M. Ali KHAN et le roi Carlos XVI.",
        &["Tom Ward -", "Ali Khan -", "Carlos XVI -"],
    );
    check(
        "Le président a reçu M. Ali N'GUESSAN et Mme Aline SAHLE-WORK.",
        &["Ali N'Guessan -", "Aline Sahle-Work -"],
    );
    // The English styles French copy borrows are no part of the name, with or without their
    // full stops.
    check(
        "Le président Tom Ward s'est entretenu avec Mr Ali Khan puis avec Mr. Sam Otieno.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    check(
        "Le ministre Tom Ward a reçu The Rt Hon. Baroness Sara Lund, puis l'honorable Ali Khan.",
        &["Tom Ward -", "Sara Lund -", "Ali Khan -"],
    );
    // A prelate's honorific is no part of the name, abbreviated or not.
    check(
        "Le ministre Tom Ward a reçu Mgr Ali Khan, évêque de Kandi, et Monseigneur Sam Otieno.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    // A whole name in capitals after an honorific, with or without its full stop.
    check(
        "Le président Tom Ward a reçu l'ambassadeur de Suède, M ALI KHAN, et M. SAM OTIENO.",
        &["Tom Ward -", "Ali Khan SE", "Sam Otieno -"],
    );
    // A title joined by a hyphen is no part of the name after it.
    check(
        "Le président Tom Ward a reçu le Vice-Président Ali Khan et le Haut-Commissaire Sam Otieno.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    // The feminine of that title names her as well, with her country after it.
    check(
        "Visite de la haute-commissaire britannique Aline Sahle au président Tom Ward.",
        &["Aline Sahle GB", "Tom Ward -"],
    );
    // A portfolio joined to a region's by "and" goes on with its title.
    assert_eq!(
        named_in(
            "Secretary Tom Ward met Slovak Minister of Foreign and European Affairs Ali Khan.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan SK"]
    );
    // A headline in title case capitalises its verbs: a name there stops at a word running text
    // never capitalises, unless it ends its clause.
    assert_eq!(
        named_in(
            "King Tom Extends Sympathy To Victims Of Storm\n\nHis Majesty King Tom on Monday extended his sympathy to President Ali Khan.",
            Language::En
        ),
        ["Ali Khan -", "Tom -"]
    );
    // A semicolon ends an item of a list, with its title.
    assert_eq!(
        named_in(
            "The minister met Mr. Ali Khan, Foreign Minister of Kenya; Mr. Tom Ward, Foreign Minister of Ghana.",
            Language::En
        ),
        ["Ali Khan KE", "Tom Ward GH"]
    );
    // Two capitalised offices joined by "and" are one title, whose demonym opens the first.
    assert_eq!(
        named_in(
            "President Tom Ward received Kenyan Deputy President and Foreign Minister Ali Khan on Monday.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan KE"]
    );
    // Not so when the second office names its own country: it is another person's.
    let text = Text::in_language(
        "The President and Kenyan Foreign Minister Ali Khan spoke today.",
        Language::En,
    );
    let cast = find(&text, &lexicon(), None);
    let phrase = text.folded_span(cast.mentions[0].phrase.clone());
    assert!(!phrase.contains("president"), "{phrase}");
    // "nouvel", as "nouveau", opens a title after a name.
    check(
        "Le président a reçu Ali Khan, nouvel ambassadeur du Ghana.",
        &["Ali Khan GH"],
    );
    // A title in the feminine.
    check(
        "La cheffe de la diplomatie suisse Aline Berthe a reçu des ministres.",
        &["Aline Berthe CH"],
    );
    // A name written short, then in full: the full name is reported.
    check(
        "Le président Tom Ward est à Accra. Tom Peter Ward, président de la République, a reçu des ministres.",
        &["Tom Peter Ward -"],
    );
    let english = |input: &str, expected: &[&str]| {
        assert_eq!(named_in(input, Language::En), expected, "{input}");
    };
    english(
        "Sheikh Mohamed bin Zayed receives call\n\nUAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a phone call from President Tom Ward.",
        &["Mohamed bin Zayed Al Nahyan AE", "Tom Ward -"],
    );
    // A known name written on with a family name or a suffix is reported in full; the words
    // of a place named after someone are not theirs.
    check(
        "Le président Joseph Kabila Kabange a reçu M. Josep Borrell Fontelles.",
        &["Joseph Kabila Kabange CD", "Josep Borrell Fontelles -"],
    );
    english(
        "President Joseph R. Biden, Jr. met President Uhuru Kenyatta at Jomo Kenyatta International Airport.",
        &["Joseph R. Biden, Jr. US", "Uhuru Kenyatta KE"],
    );
    // A nickname in quotation marks within a name is no part of it.
    english(
        "President Tomas \"Tommy\" Ward received Prime Minister Ali ‘Big Al’ Khan and Minister Ana “Nana” Silva.",
        &["Tomas Ward -", "Ali Khan -", "Ana Silva -"],
    );
    check(
        "Le président Tomas « Tommy » Ward a reçu M. Ali Khan.",
        &["Tomas Ward -", "Ali Khan -"],
    );
    // A vice-minister's title, hyphenated as ministries write it.
    english(
        "The delegation was led by the Foreign Vice-Minister Tom Ward.",
        &["Tom Ward -"],
    );
    english(
        "President Tom Ward spoke on Monday at the Cyril Ramaphosa Foundation.",
        &["Tom Ward -", "Cyril Ramaphosa ZA"],
    );
    // A feast and a region's adjective are written in capitals, and are no one's name.
    english(
        "The Amir Tom Ward congratulated President Ali Khan on Eid al-Fitr, as the Southeast Asian region looks on.",
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "Le Président Tom Ward a reçu le secrétaire exécutif de l'Autorité du Bassin de la Volta, Ali Khan, à l'occasion de l'Aïd el-Kébir.",
        &["Tom Ward -", "Ali Khan -"],
    );
    check(
        "Le Président Tom Ward a reçu ce jour en audience Ali Khan, Ambassadeur Itinérant, envoyé spécial de SE Paul Roux.",
        &["Tom Ward -", "Ali Khan -", "Paul Roux -"],
    );
    // A name unknown to the gazetteer, titled after it by a role its modifiers open.
    english(
        "President Tom Ward received Kojo Mensah Boateng, the special envoy of President Paul Roux.",
        &["Tom Ward -", "Kojo Mensah Boateng -", "Paul Roux -"],
    );
    // A portfolio ends a minister's title right before the name, with no comma between them.
    check(
        "Le Président Tom Ward a reçu la ministre de la Défense Jeanne Roux et le ministre du Commerce et de la Planification Ali Khan.",
        &["Tom Ward -", "Jeanne Roux -", "Ali Khan -"],
    );
    check(
        "Le Président Tom Ward a reçu le ministre du Pétrole et des Energies, le ministre de l'Elevage et des Productions Animales et le ministre des Ressources Halieutiques.",
        &["Tom Ward -"],
    );
    english(
        "President Tom Ward received the Minister of Foreign Affairs, International Trade and Worship Ali Khan.",
        &["Tom Ward -", "Ali Khan -"],
    );
    // The first word of a country's name of two may open a person's name.
    check(
        "Le vice-Premier ministre Samdech Sâr Vuthy a reçu hier Tom Ward, l'ambassadeur du Ghana.",
        &["Sâr Vuthy -", "Tom Ward GH"],
    );
    english(
        "President Tom Ward received Minister Hong Wei Lin and the President of Sierra Leone Ali Khan.",
        &["Tom Ward -", "Hong Wei Lin -", "Ali Khan SL"],
    );
    // A site's name run on after a name, in an archive's citation line.
    english(
        "Readout of the President's Call with President Tom Ward Online by the Presidency Project.",
        &["Tom Ward -"],
    );
    // A monarch by their given name as English spells it, not another who bears it.
    english(
        "His Majesty King Abdullah sent a cable to President Abdullah Ward on Monday.",
        &["Abdullah Ward -", "Abdullah JO"],
    );
    // A title naming another throne's country: that country's monarch, not the one we know.
    english(
        "Saudi King Abdullah sent a cable to President Abdullah Ward on Monday.",
        &["Abdullah Ward -", "Abdullah SA"],
    );
    // A monarch's given name another known person bears as a surname is no one's we know.
    check(
        "Le président Tom Ward a adressé un message au Roi Philippe.",
        &["Tom Ward -", "Philippe -"],
    );
    // A headline's surname under a title that names a country is a name.
    english(
        "Talks Between Prime Minister Ward and Ghanaian President Otieno\n\nPrime Minister Ward welcomed President Otieno to Kingston on Monday.",
        &["Otieno GH", "Ward -"],
    );
    // An apostrophe ending a word of a transliterated name is one of its letters, not a
    // possessive's.
    english(
        "Prime Minister Ali Jumaa' Al-Hashimi met the Ministers' Council and President Tom Ward.",
        &["Ali Jumaa' Al-Hashimi -", "Tom Ward -"],
    );
    // A title in the plural over several names is none of them; a city's and a ministry's
    // officials are titled as other officials are.
    english(
        "Tom Ward speaks with Presidents Otieno and Khan.\n\nPresident Tom Ward called President Sam Otieno.",
        &["Tom Ward -", "Sam Otieno -"],
    );
    english(
        "President Tom Ward received the Lord Mayor of Accra Alderman Ali Khan and Undersecretary for Policy Sam Otieno.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    // A military rank or command titles the name after it as an office does.
    english(
        "President Tom Ward received Commander of the Southern Command General Ali Khan and Admiral Sam Otieno, after the General Debate.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    english(
        "President Tom Ward called the Head of State of Ruritania, Lieutenant-General Ali Khan, and Major-General Sam Otieno.",
        &["Tom Ward -", "Ali Khan -", "Sam Otieno -"],
    );
    // An order's name, and the monarch's title written with a capital, are no one's name.
    check(
        "M. Tom Ward a été fait commandeur de l'Ordre Souverain du Lion. Il a remis au Souverain ses lettres de créance.",
        &["Tom Ward -"],
    );
    // A source closing its sentence after a comma may be an office; no title runs on past the
    // day a clause names.
    english(
        "President Tom Ward wrote to the Haitian people on the earthquake, Cheong Wa Dae said.",
        &["Tom Ward -"],
    );
    english(
        "President Tom Ward called Ghana's leader Monday over the floods, Sam Otieno said.",
        &["Tom Ward -"],
    );
    // A sentence in title case capitalises its verbs, as a headline does.
    english(
        "President Tom Ward called on Monday. Cyril Ramaphosa Replies to President Tom Ward on Trade Ties.",
        &["Tom Ward -", "Cyril Ramaphosa ZA"],
    );
    // Title case keeps its small words in lower case, "with" too.
    english(
        "Foreign Minister Pays Courtesy Call on Ghanaian President Ali Khan, and Holds Talks with Kenyan Foreign Minister Sam Otieno\n\nForeign Minister Tom Ward called on President Ali Khan on Monday.",
        &["Ali Khan GH", "Sam Otieno KE", "Tom Ward -"],
    );
    // A word in lower case inside a country's name goes on with the title the name opens.
    english(
        "Trinidad and Tobago Prime Minister Tom Ward met St Vincent and the Grenadines Prime Minister Ali Khan on Monday.",
        &["Tom Ward TT", "Ali Khan VC"],
    );
    // A demonym in an organisation's name gives its official no country.
    english(
        "Minister Tom Ward welcomed Ali Khan, Assistant Secretary-General of the Organization of American States, on Monday.",
        &["Tom Ward -", "Ali Khan -"],
    );
    // Capitalised words right after a role's "of the" name the body it heads, not its holder.
    english(
        "President Tom Ward called the Chairman of the Mazhlis Khalq (National Council) of Ghana, Sam Otieno, and the Secretary of the Treasury Ali Khan on Monday.",
        &["Tom Ward -", "Sam Otieno GH", "Ali Khan -"],
    );
    // Two Portuguese family names joined by "e" make one name.
    english(
        "Prime Minister Tom Ward greets Secretary General, His Excellency Ana de Souza e Melo Neto, during a courtesy call on Sunday.",
        &["Tom Ward -", "Ana de Souza e Melo Neto -"],
    );
    check(
        "Le président Tom Ward a reçu l'ambassadeur Ana Souza e Melo, qui lui a présenté ses lettres de créance.",
        &["Tom Ward -", "Ana Souza e Melo -"],
    );
    // A role that names a venue ("the Residence of the President") titles no one.
    english(
        "President Tom Ward took the oath at the Residence of the President, Lake Villa, on Monday.",
        &["Tom Ward -"],
    );
    // Nor do a venue's words after a preposition of place, though a title runs on over it as over
    // the city an office is held in.
    english(
        "Ward hosts Kenya's President at Mirembe Villa. President Tom Ward met him there.",
        &["Tom Ward -"],
    );
    // A known person's bare surname opening a sentence before the verb a readout opens with.
    english(
        "The Iranian foreign minister spoke by phone on Monday. Araghchi described the talks as useful.",
        &["Abbas Araghchi IR"],
    );
}
