//! Tokens, sentences, headings and captions, on short texts written for each rule.

use super::*;

fn words(s: &str) -> Vec<&str> {
    let t = Text::new(s);
    t.tokens.iter().map(|k| &s[k.span.clone()]).collect()
}

fn sentences(s: &str) -> Vec<String> {
    let t = Text::new(s);
    t.sentences
        .iter()
        .map(|r| s[t.span(r.tokens.clone())].to_string())
        .collect()
}

#[test]
fn folding() {
    let check = |input: &str, expected: &str| assert_eq!(fold(input), expected, "{input}");
    check("Élysée", "elysee");
    check("l’Ouzbékistan", "l'ouzbekistan");
    check("«\u{a0}Œuvre\u{a0}»", "\" oeuvre \"");
    check("Kaïs Saïed – Tunis", "kais saied - tunis");
    // A line ending on a space, a CRLF break, a no-break space by a space: one space each.
    check("Common \nCommuniqué", "common communique");
    check("talks\r\nheld", "talks held");
    check("a\u{a0} b", "a b");
}

#[test]
fn a_value_is_found_however_the_body_writes_it() {
    let body = "BAMAKO, 2 mai - Reçu à Ségou puis à Bamako. Le président était à SEGOU lundi.";
    let t = Text::new(body);
    let found = |phrase: &str, from: usize| t.find_folded(phrase, from).map(|r| &body[r]);
    // In capitals and without its accents, and the first at or after where the search starts.
    assert_eq!(found("Bamako", 0), Some("BAMAKO"));
    assert_eq!(found("Bamako", body.find("Reçu").unwrap()), Some("Bamako"));
    assert_eq!(
        found("Ségou", body.find("Le président").unwrap()),
        Some("SEGOU")
    );
    // Before the start when nothing follows it; only whole words; nothing when absent.
    assert_eq!(
        found("Bamako", body.find("Le président").unwrap()),
        Some("BAMAKO")
    );
    assert_eq!(found("Bama", 0), None);
    assert_eq!(found("Kayes", 0), None);
}

#[test]
fn folded_offsets_map_back() {
    let body = "Pékin, l’Élysée";
    let f = Folded::new(body);
    let at = f.text.find("elysee").unwrap();
    assert_eq!(&body[f.body_span(at..at + 6)], "Élysée");
    assert_eq!(f.folded_offset(body.find('É').unwrap()), at);
    // Spaces folded to one: the words after them still map back.
    let body = "Joint \r\n Déclaration  finale";
    let f = Folded::new(body);
    assert_eq!(f.text, "joint declaration finale");
    let at = f.text.find("finale").unwrap();
    assert_eq!(&body[f.body_span(at..at + 6)], "finale");
    assert_eq!(f.folded_offset(body.find("Déc").unwrap()), 6);
    // Folded in bulk or character by character, the text is `fold`'s, and every letter maps back.
    let body = "Talks  held\n\n\nin  Pékin \u{a0} today,\t \r\nthen   é  Brest  ";
    let f = Folded::new(body);
    assert_eq!(f.text, fold(body));
    for (at, word) in f.text.match_indices(char::is_alphanumeric) {
        let span = f.body_span(at..at + word.len());
        assert_eq!(fold(&body[span.clone()]), word);
        assert_eq!(f.folded_offset(span.start), at);
    }
}

#[test]
fn tokens() {
    let check = |input: &str, expected: &[&str]| assert_eq!(words(input), expected, "{input}");
    check("l’Iran", &["l’", "Iran"]);
    check("Sassou N'Guesso", &["Sassou", "N'", "Guesso"]);
    check("Karim Sha’ban", &["Karim", "Sha’ban"]);
    check("Tevita Fa’anunu", &["Tevita", "Fa’anunu"]);
    check("Qu’il", &["Qu’", "il"]);
    check("Lorsqu’il", &["Lorsqu’", "il"]);
    check("Aujourd’hui", &["Aujourd’", "hui"]);
    check("Li ZhanshuA cette", &["Li", "Zhanshu", "A", "cette"]);
    check("MmePany Yathotu", &["Mme", "Pany", "Yathotu"]);
    // An agency's name whose capitals close it is one word.
    check("BelTA has learned", &["BelTA", "has", "learned"]);
    check(
        "sino-américaines, Jean-Yves",
        &["sino-américaines", ",", "Jean-Yves"],
    );
    check("2021-10-27T10:14", &["2021-10-27T10", ":", "14"]);
    check("", &[]);
}

#[test]
fn sentence_breaks() {
    let check = |input: &str, expected: &[&str]| assert_eq!(sentences(input), expected, "{input}");
    check(
        "M. Xi a reçu M. Wang. Il a dit.",
        &["M. Xi a reçu M. Wang.", "Il a dit."],
    );
    check("David W. Panuelo est là.", &["David W. Panuelo est là."]);
    check(
        "Li ZhanshuA cette occasion, X",
        &["Li Zhanshu", "A cette occasion, X"],
    );
    check("Titre\nTexte.", &["Titre", "Texte."]);
    // A break whose space the page lost; not an honorific glued to its name.
    check(
        "Il a salué ce soutien.Le ministre a ajouté.",
        &["Il a salué ce soutien.", "Le ministre a ajouté."],
    );
    check("Il a reçu M.Karim Diallo.", &["Il a reçu M.Karim Diallo."]);
    check(
        "X est reçu par\nson homologue.\n2. Il a dit.",
        &["X est reçu par\nson homologue.", "2. Il a dit."],
    );
    // A hard-wrapped dispatch: a line cut at the text's width goes on however the next opens;
    // a short line, or one a blank line closes, ends where it ends.
    check(
        "Visite du ministre\nLe ministre des Affaires étrangères a reçu mardi\nAli Khan, envoyé du président, avec qui il a évoqué\nla coopération entre les deux pays et les projets\nde la commission mixte qui se réunira en mai, et\nla situation dans la sous-région, avec le Premier\nMinistre Tom Ward.\n\nIls ont dit.",
        &[
            "Visite du ministre",
            "Le ministre des Affaires étrangères a reçu mardi\nAli Khan, envoyé du président, avec qui il a évoqué\nla coopération entre les deux pays et les projets\nde la commission mixte qui se réunira en mai, et\nla situation dans la sous-région, avec le Premier\nMinistre Tom Ward.",
            "Ils ont dit.",
        ],
    );
    // A line the page joined to the next runs far past the copy's width, which its other lines
    // still give: a line cut at it after a title goes on with the name.
    check(
        "Le président Ali Khan a reçu le Premier ministre\nTom Ward, au palais, peu après un entretien avec\nle ministre des Affaires étrangères, au cours duquel les deux hommes ont évoqué les\nrelations entre les deux pays et leur coopération\ndans la région, a-t-on appris de source officielle.",
        &["Le président Ali Khan a reçu le Premier ministre\nTom Ward, au palais, peu après un entretien avec\nle ministre des Affaires étrangères, au cours duquel les deux hommes ont évoqué les\nrelations entre les deux pays et leur coopération\ndans la région, a-t-on appris de source officielle."],
    );
    // A headline set on one line far longer than the copy's width was not cut at it: its
    // byline on the next line is no part of it.
    check(
        "Le roi Tom Ward adresse un message de condoléances au président du Ghana après les graves inondations qui ont frappé la capitale\nPresse Agence/ PA\nAccra - Le roi Tom Ward a adressé un message au\nprésident Ali Khan, après les graves inondations qui\nont frappé la capitale du Ghana, dans lequel il lui\nexprime sa profonde compassion.",
        &[
            "Le roi Tom Ward adresse un message de condoléances au président du Ghana après les graves inondations qui ont frappé la capitale",
            "Presse Agence/ PA",
            "Accra - Le roi Tom Ward a adressé un message au\nprésident Ali Khan, après les graves inondations qui\nont frappé la capitale du Ghana, dans lequel il lui\nexprime sa profonde compassion.",
        ],
    );
    check(
        "la région... 27.10.2021, Sputnik",
        &["la région...", "27.10.2021, Sputnik"],
    );
    // A full stop within brackets ends no sentence; a bracket left open holds only a few words.
    check(
        "Le 3 mai, à 9 h (heure locale. 17 h à Pékin), Tom Ward a appelé Ali Khan. Il a dit.",
        &[
            "Le 3 mai, à 9 h (heure locale. 17 h à Pékin), Tom Ward a appelé Ali Khan.",
            "Il a dit.",
        ],
    );
    check(
        "Tom Ward a reçu (sans Ali Khan. Il a dit que le ministre était absent et que la rencontre porterait sur la paix. Il a conclu.",
        &["Tom Ward a reçu (sans Ali Khan. Il a dit que le ministre était absent et que la rencontre porterait sur la paix.", "Il a conclu."],
    );
    // A line cut after an article or a preposition goes on with the next.
    check(
        "Le président a reçu le ministre des Affaires étrangères de la\nRépublique du Ghana, M. Ali Khan.\nIl a dit.",
        &["Le président a reçu le ministre des Affaires étrangères de la\nRépublique du Ghana, M. Ali Khan.", "Il a dit."],
    );
    // A full stop glued to the next sentence's opening word in English; "LinkedIn" is a word.
    let english = |s: &str| -> Vec<String> {
        let t = Text::in_language(s, Language::En);
        (t.sentences.iter())
            .map(|r| s[t.span(r.tokens.clone())].to_string())
            .collect()
    };
    assert_eq!(
        english("He thanked Ali Khan.The ministers met on LinkedIn today."),
        [
            "He thanked Ali Khan.",
            "The ministers met on LinkedIn today."
        ]
    );
    assert_eq!(english("He met U.S.The envoy."), ["He met U.S.The envoy."]);
    // "Amb." shortens a title before a name: its full stop ends no sentence.
    assert_eq!(
        english(
            "Minister Tom Ward and Amb. Ali Khan received the envoy on 3rd May 2019. They spoke."
        ),
        [
            "Minister Tom Ward and Amb. Ali Khan received the envoy on 3rd May 2019.",
            "They spoke."
        ]
    );
    // A line cut after an article or a preposition goes on with the next.
    assert_eq!(
        english("The Minister of Foreign Affairs of the Republic of \nGhana, Mr Ali Khan, met Tom Ward.\nThey spoke."),
        [
            "The Minister of Foreign Affairs of the Republic of \nGhana, Mr Ali Khan, met Tom Ward.",
            "They spoke."
        ]
    );
    // A title cut after "Joint" goes on with its noun.
    assert_eq!(
        english("Joint \nCommuniqué of the Ministers of Ghana and Togo\n\nThe ministers met."),
        [
            "Joint \nCommuniqué of the Ministers of Ghana and Togo",
            "The ministers met."
        ]
    );
    assert_eq!(
        english("They met in Hanoi on July 5.The delegation left. It cost 2.5 million."),
        [
            "They met in Hanoi on July 5.",
            "The delegation left.",
            "It cost 2.5 million."
        ]
    );
    assert_eq!(
        english("On May 3, at 9:30 a.m. (local time), Tom Ward called Ali Khan. They spoke."),
        [
            "On May 3, at 9:30 a.m. (local time), Tom Ward called Ali Khan.",
            "They spoke."
        ]
    );
}

#[test]
fn headings() {
    let cases: &[(&str, &[bool])] = &[
        (
            "Déclaration commune Vietnam-Biélorussie\nLe texte suit. Il est long.",
            &[true, false, false],
        ),
        // A first line set apart by a blank line is a headline however long it runs.
        (
            "2e Sommet annuel des deux pays : le ministre de la Culture invite son homologue du Portugal à venir présenter en 2026 son nouveau plan pour le patrimoine et les musées\n\nLe ministre a parlé. Il a dit.",
            &[true, false, false],
        ),
        // So too under a page's stamp of figures alone.
        (
            "3/5/21\n\nStatement by the Spokesman of the Government on the telephone conversation between the President of the Republic and the Prime Minister of Greece\n\nThe President spoke. He said.",
            &[true, true, false, false],
        ),
        // And under headings alone, a site's name and the page's stamp.
        (
            "Accra Daily Post   3 May 2024 10:15\nThe Minister of Foreign Affairs holds a series of talks with his counterparts from several countries of the region on the margins of the summit\n\nThe Minister met his counterparts. They spoke.",
            &[true, true, false, false],
        ),
        // A line opened by a dash under a headline is its summary however long it runs; not
        // one under running text.
        (
            "Lomé et Accra veulent relancer leur coopération\n- Le président togolais Tom Ward a reçu, mardi, Ali Khan, envoyé spécial du président ghanéen Sam Otieno\nLe président s'est entretenu mardi avec M. Khan.",
            &[true, true, false],
        ),
        (
            "Le président a parlé.\n- Le président togolais Tom Ward a reçu, mardi, Ali Khan, envoyé spécial du président ghanéen Sam Otieno\nIl a dit.",
            &[false, false, false],
        ),
        // A short sentence that ends a paragraph after another on its line is running text.
        (
            "Le président a écrit à son homologue. Voici la lettre envoyée mardi par Tom Ward\n\nMonsieur le Président, je vous écris.",
            &[false, false, false],
        ),
        (
            "Des liens tendus ? Sourires à la rencontre de X et Y\n\nLe président a parlé.",
            &[false, true, false],
        ),
    ];
    for &(input, expected) in cases {
        let t = Text::new(input);
        let flags: Vec<bool> = t.sentences.iter().map(|s| s.heading).collect();
        assert_eq!(flags, expected, "{input}");
    }
}

#[test]
fn captions() {
    // The sentence a bare photo credit closes on its line is the photo's caption.
    let t =
        Text::new("X et Y avant leur entretien, le 3 mai. Photo: AFP\n\nLe président X a reçu Y.");
    let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
    assert_eq!(flags, [true, true, false]);
    // So is the line that a slash and a credit's initials close ("droits réservés", an agency),
    // a blank line under it ending it whatever its last word.
    for credit in ["/ DR", "/MAP"] {
        let body = format!(
            "Le roi X et le roi Y à Rabat, les 3 et 4 mai 2019. {credit}\n\nLe roi X s'est entretenu ce vendredi 10 avril avec le roi Y."
        );
        let flags: Vec<bool> = (Text::new(&body).sentences.iter())
            .map(|s| s.caption)
            .collect();
        assert_eq!(flags, [true, false], "{credit}");
    }
    // A paragraph closed by an agency's credit to its photographer is a caption throughout.
    let t = Text::new(
        "Le 3 mai\n\nX prête serment à Accra. Il a été élu vendredi. (Agence/Ali Khan)\n\nLe président Y a adressé un message à X.",
    );
    let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
    assert_eq!(flags, [false, true, true, true, false]);
    // The credit may mark the picture as one from the archive.
    let t = Text::in_language(
        "X and Y shake hands in Accra. (Agency Photo/Ali Khan, file)

X spoke with Y on Monday.",
        Language::En,
    );
    let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
    assert_eq!(flags, [true, true, false]);
    // So is a line closed by a copyright sign and its holder, glued or not.
    for credit in ["©Agence", "© Agence/Ali Khan"] {
        let body = format!(
            "Le ministre X et son homologue Y à Genève, le 2 mars 2019 {credit}\n\nLe ministre X s'est entretenu jeudi avec Y."
        );
        let t = Text::new(&body);
        let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
        assert_eq!(flags, [true, false], "{credit}");
    }
    // A sentence that names a picture in its first words, past an article or a preposition,
    // describes it.
    for (language, input, expected) in [
        (Language::En, "This photo, provided by the ministry on Nov. 15, shows X and Y meeting in Lima on Nov. 14.", true),
        (Language::En, "In this photo, X greets Y in Lima.", true),
        (Language::En, "FILE - In this file photo taken on May 3, 2019, X greets Y in Lima.", true),
        (Language::Fr, "Sur la photo, X et Y à Dakar.", true),
        (Language::En, "The two ministers met in Lima on Nov. 14.", false),
        (Language::En, "In Lima, X met Y.", false),
        (Language::Fr, "La rencontre a eu lieu à Dakar.", false),
    ] {
        let t = Text::in_language(input, language);
        assert_eq!(t.sentences[0].caption, expected, "{input}");
    }
    // So is the sentence a service's bare initials close on its line, with more text below; a
    // report's last line may close on its agency's.
    let t = Text::in_language(
        "President X receives Y at the palace in Accra, May 3, 2019. GPS\n\nY held talks with X.",
        Language::En,
    );
    let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
    assert_eq!(flags, [true, false, false]);
    let t = Text::in_language("Y held talks with X in Accra. GPS", Language::En);
    assert!(!t.sentences[0].caption);
    // A photo service's name and the word for a photo close a caption of several sentences.
    let t = Text::in_language(
        "President X meeting Y at the palace on Friday. (R) is Minister Tom Ward. GPS Photo\n\nX received a message from Y on Thursday.",
        Language::En,
    );
    let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
    assert_eq!(flags, [true, true, true, false]);
    // A copyright sign inside a sentence closes no caption.
    let t = Text::new("Le groupe © Agence a reçu X le 3 mai à Dakar.");
    assert!(!t.sentences[0].caption);
}

#[test]
fn credits_close_captions() {
    // A line that a photo's credit closes, set off by a bar, a slash, a dash or a full stop, or
    // after a copyright sign, is the photo's caption throughout, whatever the report under it.
    for (language, caption) in [
        (Language::En, "Minister X with his counterpart Y during a meeting in Lima on May 3, 2021.   | Photo Credit: Agency"),
        (Language::En, "President X greets Y at the palace in Accra on Friday. / Photo: State House"),
        (Language::En, "X and Y at the summit in Suva. - Photo courtesy of the Ministry of Foreign Affairs"),
        (Language::Fr, "Le ministre X et son homologue Y à Dakar, le 3 mai. - Crédit photo : MAE"),
        (Language::Fr, "X et Y le 3 mai à Lomé. © Ana Silva / présidence togolaise"),
    ] {
        let body = format!("{caption}\n\nMinister X held talks with Y on Thursday.");
        let t = Text::in_language(&body, language);
        let flags: Vec<bool> = t.sentences.iter().map(|s| s.caption).collect();
        let (last, above) = flags.split_last().unwrap();
        assert!(above.iter().all(|&c| c) && !last, "{caption}: {flags:?}");
    }
    // Not a photo named in a clause, nor a credit in brackets, which may close a lead that tells
    // the event over a report that dates it only by "today".
    for caption in [
        "X met Y in Lima on Friday, and a group photo was taken with the delegation.",
        "X held talks with Y in Lima on March 3, 2022. (Photo: Ministry)",
    ] {
        let body = format!("{caption}\n\nToday X met Y.");
        let t = Text::in_language(&body, Language::En);
        assert!(!t.sentences[0].caption, "{caption}");
    }
}
