//! Names, titles and countries written the way readouts write them.

use super::*;
use crate::extract::testing::lexicon;
use crate::model::Language;

mod boundaries;
mod countries;
mod spellings;
mod within;

fn named(input: &str) -> Vec<String> {
    named_in(input, Language::Fr)
}

fn named_in(input: &str, language: Language) -> Vec<String> {
    let lex = lexicon();
    let text = Text::in_language(input, language);
    let cast = find(&text, &lex, None);
    cast.people
        .iter()
        .map(|p| crate::extract::testing::name_and_country(&p.name, p.country))
        .collect()
}

fn check(input: &str, expected: &[&str]) {
    assert_eq!(named(input), expected, "{input}");
}

#[test]
fn roles_are_the_titles_by_the_names() {
    let shown = |input: &str, language: Option<Language>| -> Vec<String> {
        let lex = lexicon();
        let text = Text::new(input);
        let cast = find(&text, &lex, None);
        (roles(&text, &lex, &cast).into_iter())
            .map(|r| {
                let title = language.map_or(r.title.as_str(), |l| r.shown(l));
                format!("{}: {title}", r.person)
            })
            .collect()
    };
    let roles = |input: &str| shown(input, None);
    // Without the countries they name, which are the people's, not the offices'.
    let body = "Le président kirghize Sadyr Japarov a reçu Wang Yi, ministre chinois des Affaires étrangères, à Bichkek.";
    assert_eq!(
        roles(body),
        [
            "Sadyr Japarov: président",
            "Wang Yi: ministre des Affaires étrangères"
        ]
    );
    // An English interface shows the offices the gazetteer lists in English.
    assert_eq!(
        shown(body, Some(Language::En)),
        ["Sadyr Japarov: President", "Wang Yi: Foreign Minister"]
    );
    assert_eq!(
        roles("M. Wang Yi, ministre des Affaires étrangères de la Chine, a rencontré M. Emmanuel Macron."),
        ["Wang Yi: ministre des Affaires étrangères"]
    );
    assert_eq!(
        roles("M. Saïd Al-Maawali, ministre omanais des Transports, a reçu M. Emmanuel Macron."),
        ["Saïd Al-Maawali: ministre des Transports"]
    );
    assert_eq!(
        roles("Le Premier ministre Li Qiang a rencontré M. Emmanuel Macron."),
        ["Li Qiang: premier ministre"]
    );
    assert_eq!(
        roles("Xi Jinping, président chinois, et le Premier ministre Li Keqiang ont reçu M. Sadyr Japarov."),
        ["Xi Jinping: président", "Li Keqiang: premier ministre"]
    );
    // A counterpart is the other party, not an office.
    assert_eq!(
        roles("Le ministre Tom Ward a reçu son homologue kirghize Ali Khan à Rabat."),
        ["Tom Ward: ministre"]
    );
    // Words before "entre" are no title of the names after it.
    assert_eq!(
        roles("C'est le premier contact connu entre Emmanuel Macron et le président Ali Khan."),
        ["Ali Khan: président"]
    );
    // A title after one name and before another is the second's.
    assert_eq!(
        roles("Selon Tom Ward, le président Ali Khan a rappelé l'amitié entre les deux pays."),
        ["Ali Khan: président"]
    );
    // A title that takes the name after it as its complement is the sender's envoy's, not theirs.
    assert_eq!(
        roles("Le président Tom Ward a reçu Ali Khan, envoyé spécial de M. Paul Roux, lundi."),
        ["Tom Ward: président", "Ali Khan: envoyé spécial"]
    );
}

#[test]
fn people_from_titles() {
    check(
        "Le président kirghize Sadyr Japarov a rencontré Wang Yi.",
        &["Sadyr Japarov KG", "Wang Yi CN"],
    );
    // A ministry named by its street is no counterpart's name.
    check(
        "Le ministre Tom Ward s'est entretenu avec son homologue au Quai d'Orsay.",
        &["Tom Ward -"],
    );
    check(
        "Il a reçu son homologue algérien Ahmed Attaf.",
        &["Ahmed Attaf DZ"],
    );
    check(
        "le ministre des Affaires étrangères du Kazakhstan, Yermek Kosherbayev.",
        &["Yermek Kosherbayev KZ"],
    );
    check("la ministre des Affaires étrangères, de la Coopération et des Burkinabés de l’extérieur, Mme Hadizatou Rosine Sori-Coulibaly.", &["Hadizatou Rosine Sori-Coulibaly BF"]);
    // The citizens abroad a ministry is in charge of go on with its title.
    check(
        "le ministre ghanéen des Affaires étrangères, de l'Intégration et des Ghanéens à l'extérieur, Tom Ward Ali, a été reçu par le président Ana Ruiz.",
        &["Tom Ward Ali GH", "Ana Ruiz -"],
    );
    check(
        "Ali Khan a reçu le ministre des Affaires étrangères et des Ghanéens à l’étranger, Tom Ward Ali.",
        &["Ali Khan -", "Tom Ward Ali GH"],
    );
    check("le président mauritanien, Mohamed Ould Cheikh Ghazaouani, et le président ivoirien, Hassan Ouattara.", &["Mohamed Ould Cheikh Ghazaouani MR", "Hassan Ouattara CI"]);
    // The country an envoy is accredited to ("auprès de") is not theirs.
    check(
        "Le Roi a reçu l'ambassadeur de Suède auprès du Royaume du Maroc, M. Ali Khan.",
        &["Ali Khan SE"],
    );
    check("Le Roi a reçu le nouvel ambassadeur de la République française auprès de la République du Ghana, Ali Khan.", &["Ali Khan FR"]);
    // The envoys heading a consulate, and the Holy See's, are titled so.
    check(
        "Le ministre Tom Ward a reçu le consul du Japon Ali Khan.",
        &["Tom Ward -", "Ali Khan JP"],
    );
    check(
        "Le ministre Tom Ward a reçu le nouveau nonce apostolique Ali Khan.",
        &["Tom Ward -", "Ali Khan -"],
    );
    // "Cheikh" after a prince's honorific is one too; after a civil one, a given name.
    check(
        "M. Paul Roux a été reçu par Son Altesse Cheikh Ali Khan Al-Tom, Emir de l'Etat du Koweït.",
        &["Paul Roux -", "Ali Khan Al-Tom KW"],
    );
    check(
        "Le président a reçu M. Cheikh Tom Ward, ministre sénégalais de la Santé.",
        &["Cheikh Tom Ward SN"],
    );
    // An envoy's title in capitals after its article is no part of the name.
    check(
        "L'Ambassadeur Tom Ward, Secrétaire général de la CARICOM, a adressé un message.",
        &["Tom Ward -"],
    );
    // The Holy See names the Pope by its own titles.
    check(
        "Ce matin, le Saint-Père François a reçu en audience M. Tom Ward, Président du Kenya.",
        &["François VA", "Tom Ward KE"],
    );
    check(
        "Sa Sainteté le pape François a reçu M. Tom Ward.",
        &["François VA", "Tom Ward -"],
    );
    // So is the Saudi king named by his, in each of its French wordings.
    check(
        "M. Tom Ward a appelé le Roi d'Arabie saoudite et Gardien des Deux Lieux Saints, Sa Majesté Ali Khan, puis le Serviteur des Deux Saintes Mosquées.",
        &["Tom Ward -", "Ali Khan SA"],
    );
    check(
        "son homologue belge Alexander De Croo.",
        &["Alexander De Croo BE"],
    );
    check(
        "le ministre français Jean-Yves Le Drian, a été reçu",
        &["Jean-Yves Le Drian FR"],
    );
    check(
        "le président Denis Sassou N'Guesso.",
        &["Denis Sassou N'Guesso CG"],
    );
    check(
        "le secrétaire général du Conseil turc, Bagdat Amreev.",
        &["Bagdat Amreev -"],
    );
    check(
        "Kim Jong Un, secrétaire général du Parti des travailleurs de Corée.",
        &["Kim Jong Un KP"],
    );
    // A party named by its acronym makes its secretary general no organisation's official.
    check(
        "le secrétaire général du PCC et président chinois, Xi Jinping, a appelé",
        &["Xi Jinping CN"],
    );
    // "M’" glued to a capitalised word is a given name's elision ("M’hammed"), not "Monsieur".
    check(
        "L'ambassadeur du Ghana au Mali, M’hammed Ali, a eu des entretiens.",
        &["M’hammed Ali GH"],
    );
    // The second of two sides, each with "de" and a country after the name.
    check(
        "il s'est entretenu avec Ali Khan du Ghana et Sam Otieno de la Russie.",
        &["Ali Khan GH", "Sam Otieno RU"],
    );
    // A plural title shared by two names, each with its own adjective of country.
    check(
        "Les présidents ghanéen Ali Khan et malien Sam Otieno ont eu une rencontre.",
        &["Ali Khan GH", "Sam Otieno ML"],
    );
    check("MmePany Yathotu a eu un entretien", &["Pany Yathotu LA"]);
    check("MmeMarie Dupont a eu un entretien", &["Marie Dupont -"]);
    check("au Roi de Belgique AlbertII.", &["Albert II BE"]);
    // A name first met untitled (a caption) takes the country its later title gives.
    check(
        "Aline Berthe et Marc Roux\nLa présidente suisse Aline Berthe a reçu Marc Roux.",
        &["Aline Berthe CH", "Marc Roux -"],
    );
    check(
        "son homologue micronésien David W. Panuelo à",
        &["David W. Panuelo FM"],
    );
    // A given name written as its initial, glued to the name or not, opens it; the letters of
    // initials that run on do not.
    assert_eq!(
        named_in(
            "Minister of Foreign Affairs of Mongolia B.Enkhbold received U.S. Ambassador Tom Ward, then K. Ganbat, Speaker of the State Great Khural.",
            Language::En
        ),
        ["B.Enkhbold MN", "Tom Ward US", "K. Ganbat -"]
    );
    // So do two initials, the given name's and the patronymic's, but not an honorific's.
    assert_eq!(
        named_in(
            "The Speaker of the Parliament of Russia A.N. Petrov was received by H.E. Tom Ward.",
            Language::En
        ),
        ["A.N. Petrov RU", "Tom Ward -"]
    );
    // So does one of two letters, glued by its full stop; an abbreviation written so does not.
    assert_eq!(
        named_in(
            "President Ts.Bold received Ambassador of Japan Tom Ward at the St.Mary Hall.",
            Language::En
        ),
        ["Ts.Bold -", "Tom Ward JP"]
    );
    // A minister of religion's style, stacked with the others before the name, is no name.
    assert_eq!(
        named_in(
            "Ali Khan held a call with Hon. Rev. Dr. Sam Otieno, Prime Minister of Tonga.",
            Language::En
        ),
        ["Ali Khan -", "Sam Otieno TO"]
    );
    // A portfolio joined to another by "and" is no name, though its first word may be one.
    assert_eq!(
        named_in(
            "President Tom Ward was joined by the Minister of Energy and Water Resources, the Minister of Health and their counterparts.",
            Language::En
        ),
        ["Tom Ward -"]
    );
    // A role written with a capital is never a name's first word.
    assert_eq!(
        named_in(
            "President Tom Ward received Governor Ali Khan and Chairperson Aline Berthe.",
            Language::En
        ),
        ["Tom Ward -", "Ali Khan -", "Aline Berthe -"]
    );
    // Every country is named in English too, territories and small states included.
    assert_eq!(
        named_in(
            "Liberian President Tom Ward met the Prime Minister of the Cook Islands, Ali Khan.",
            Language::En
        ),
        ["Tom Ward LR", "Ali Khan CK"]
    );
    // The offices shortened as headlines and posts write them title their holder.
    assert_eq!(
        named_in(
            "Glad to meet Ghana PM Ward in Accra today; FM Otieno joined us.",
            Language::En
        ),
        ["Ward GH", "Otieno -"]
    );
    // A known person the gazetteer gives no country (an official of an organisation in later
    // years) takes the one their title names, and only that.
    assert_eq!(
        named_in(
            "Foreign Minister Tom Ward held talks with his ROK counterpart Ban Ki-moon in Accra.",
            Language::En
        ),
        ["Tom Ward -", "Ban Ki-moon KR"]
    );
    check(
        "Le président Tom Ward a reçu le Secrétaire général de l'ONU, Ban Ki-moon.",
        &["Tom Ward -", "Ban Ki-moon -"],
    );
    // A capitalised office is no name; a given name that is also a capital still is one.
    check(
        "la Représentante Spéciale du Secrétaire général, Aline Berthe, et la ministre chilienne Victoria Roux.",
        &["Aline Berthe -", "Victoria Roux CL"],
    );
    // A surname that folds to a place's name but is written with other accents ("Bâle").
    check(
        "Le ministre a reçu l'ambassadeur du Ghana, Tom Balé, puis il est parti pour Bâle.",
        &["Tom Balé GH"],
    );
    // "États Unis" written without its hyphen.
    check(
        "les ambassadeurs de France et des États Unis, respectivement MM. Tom Ward et Ali Khan.",
        &["Tom Ward FR", "Ali Khan US"],
    );
}

#[test]
fn lists_of_names() {
    // The names a plural title announces, each with its country.
    check(
        "Le président a reçu les deux anciens chefs d'État ghanéens, à savoir Ali Khan et Tom Ward.",
        &["Ali Khan GH", "Tom Ward GH"],
    );
    check(
        "Le président Paul Roux a reçu les ambassadeurs du Ghana, Ali Khan, de la Suède, Tom Ward et de l'Italie, Sam Otieno.",
        &["Paul Roux -", "Ali Khan GH", "Tom Ward SE", "Sam Otieno IT"],
    );
    check(
        "Ont été accrédités Ali Khan pour le Ghana et Tom Ward pour la Suède.",
        &["Ali Khan GH", "Tom Ward SE"],
    );
    // A role that opens the next name of a list after a comma ("Cheikh") ends the title before
    // it, which stays the name's before it.
    check(
        "Le Roi a reçu MM. Ali Khan, ambassadeur du Ghana, Cheikh Tom Ward Sidi, ambassadeur du Mali, et M. Sam Otieno, ambassadeur de la Suède.",
        &["Ali Khan GH", "Cheikh Tom Ward Sidi ML", "Sam Otieno SE"],
    );
    // The sentence that names the guests by "Il s'agit de", with no title, each with its country.
    check(
        "Le président a reçu jeudi deux ambassadeurs. Il s'agit d'Ali Khan du Ghana, en résidence à Dakar, et de Tom Ward de la Suède.",
        &["Ali Khan GH", "Tom Ward SE"],
    );
    // Envoys listed by country, the items set apart by semicolons, the first after a pronoun
    // that stands for the envoy; no title written by the names.
    check(
        "Les nouveaux ambassadeurs sont celui de la république du Ghana, Ali Khan ; du Royaume de Suède, Tom Ward et de la République italienne, Sam Otieno.",
        &["Ali Khan GH", "Tom Ward SE", "Sam Otieno IT"],
    );
    // "Respectivement" pairs the names before it with the countries it points to, in order;
    // English writes "respectively" after both lists, the countries first.
    check(
        "Les diplomates Ali Khan et Tom Ward, qui représentent respectivement les gouvernements ghanéen et suédois au Mali, ont été reçus.",
        &["Ali Khan GH", "Tom Ward SE"],
    );
    assert_eq!(
        named_in(
            "The Minister of Trade of Kenya, Paul Roux, met his counterparts from Ghana and Sweden, Minister Ali Khan and Minister Tom Ward, respectively.",
            Language::En
        ),
        ["Paul Roux KE", "Ali Khan GH", "Tom Ward SE"]
    );
    // Names a plural title lists with no title of their own, each with its country after its
    // comma; places listed so are no one.
    assert_eq!(
        named_in(
            "The trade ministers of the three Nordic countries, Ali Khan, Sweden, Tom Ward, Norway and Sam Otieno, Iceland, met in Oslo.",
            Language::En
        ),
        ["Ali Khan SE", "Tom Ward NO", "Sam Otieno IS"]
    );
    assert!(named_in(
        "The ministers of the two countries, who met in Santa Rosa, Bolivia, and San Pedro, Paraguay, agreed on trade.",
        Language::En
    )
    .is_empty());
}

#[test]
fn surnames_and_asides() {
    check(
        "M. Xi a parlé à Mme Merkel.",
        &["Xi Jinping CN", "Angela Merkel DE"],
    );
    check("M. Dupont a parlé à M. Li.", &["Dupont -"]);
    check(
        "Le président Xi Jinping a dit. M. Jinping a conclu.",
        &["Xi Jinping CN"],
    );
    check("La Chine et le Kirghizistan ont signé.", &[]);
    check("Le Palais de l’Unité à Yaoundé.", &[]);
    check("Sa visite au Pays des Hommes intègres.", &[]);
    // A name in quotes, titled after it with "l'".
    check(
        "X a reçu “Ali Khan”, l'envoyé spécial du président de la République française.",
        &["Ali Khan FR"],
    );
    check(
        "X a reçu le vice-ministre de la Défense de la Fédération de Russie, le colonel général Ali Khan.",
        &["Ali Khan RU"],
    );
    check(
        "X a reçu la sous-secrétaire d'État canadienne, Mme Ali Khan.",
        &["Ali Khan CA"],
    );
    check(
        "X a échangé avec le Président du Faso, le Capitaine Ibrahim Traoré.",
        &["Ibrahim Traoré BF"],
    );
    // "and" after the comma starts another person: no apposition to the title before.
    let both = "X received Mr. Tom Ward, Foreign Minister of Ireland, and His Excellency Ali Khan, Foreign Minister of the Republic of Ghana.";
    assert_eq!(named_in(both, Language::En), ["Tom Ward IE", "Ali Khan GH"]);
    check(
        "Bui Thanh Son a reçu l'ambassadeur de Chine au Vietnam, Xiong Bo.",
        &["Bui Thanh Son VN", "Xiong Bo CN"],
    );
    // An office held in the interim goes on with its title, before the name or after it.
    check(
        "Le ministre des Affaires étrangères par intérim, Tom Ward, a appelé le président par intérim Ali Khan du Mali.",
        &["Tom Ward -", "Ali Khan ML"],
    );
    // The region or the cause an office is held for goes on with its title ("représentant
    // spécial pour l'Afrique de l'Ouest"), whose country is the office's, none for the UN's.
    check(
        "Le président Paul Roux a reçu le représentant spécial du secrétaire général des Nations unies pour la région du Sahel, Tom Ward, et l'envoyé spécial du Ghana pour les Grands Lacs, Ali Khan.",
        &["Paul Roux -", "Tom Ward -", "Ali Khan GH"],
    );
    // Where an envoy resides is part of their title, and its country is not theirs.
    check(
        "Le président Paul Roux a reçu l'ambassadeur du Ghana au Mali avec résidence à Dakar (Sénégal), Tom Ward.",
        &["Paul Roux -", "Tom Ward GH"],
    );
    assert_eq!(
        named_in(
            "President Paul Roux received the Ambassador of Ghana to Mali, resident in Dakar (Senegal), Tom Ward.",
            Language::En
        ),
        ["Paul Roux -", "Tom Ward GH"]
    );
    // A consul's title after the name gives the country that sent them.
    assert_eq!(
        named_in(
            "President Paul Roux received Mr. Tom Ward, the incoming Consul General of Ghana in the region.",
            Language::En
        ),
        ["Paul Roux -", "Tom Ward GH"]
    );
    check(
        "Le 1er mars, à New Delhi, le secrétaire d'État américain Antony Blinken a rencontré Sergueï Lavrov.",
        &["Antony Blinken US", "Sergueï Lavrov RU"],
    );
}

#[test]
fn a_known_surname_after_a_fronted_phrase_is_the_subject() {
    // The clause a fronted phrase leads into opens on its subject, a bare surname before its verb.
    check(
        "Lors d'un entretien téléphonique avec le ministre Ali Khan, Lavrov a réitéré son soutien.",
        &["Ali Khan -", "Sergueï Lavrov RU"],
    );
}

/// What French names after someone, its noun before the name, names no one.
#[test]
fn places_and_bodies_named_after_someone_name_no_one() {
    check(
        "Le ministre Tom Ward a reçu Mme Sara Lund, présidente de la Fondation Ali Khan pour l'Environnement.",
        &["Tom Ward -", "Sara Lund -"],
    );
    check(
        "Le président Tom Ward, accueilli à l'aéroport Ali Khan par le ministre Sam Otieno, a rencontré les étudiants de l'Université Cheikh Paul Roux.",
        &["Tom Ward -", "Sam Otieno -"],
    );
}
