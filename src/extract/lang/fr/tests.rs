//! French readouts read by the shared machinery: one case per rule, in sentences written the way
//! French-language ministries, presidencies and wires write them.

use crate::extract::testing::read;
use crate::model::Language;

fn date(body: &str, published: Option<&str>) -> Option<String> {
    read(body, published, Language::Fr)
        .date
        .value
        .map(|d| d.to_string())
}

#[test]
fn dates_that_belong_to_a_photo_a_report_or_a_visits_end_are_not_the_events() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // A photo's caption dates the picture; the report below dates the summit.
        (
            "Sommet virtuel entre Tom Ward et Ali Khan\nPhoto : Tom Ward à Genève, le 3 mars 2020. AFP\nTom Ward et Ali Khan ont tenu lundi soir un sommet virtuel.",
            Some("2021-11-16"),
            Some("2021-11-15"),
        ),
        // A page's stamp above the report, with the time the page was changed, dates no lead.
        (
            "Accueil\nActualités\nMonde\nVie locale\nLe président Ali Khan en visite à Monaco\nMis à jour le 16/10/2019 à 22:39 Publié le 16/10/2019 à 20:00\nLe prince Tom Ward a reçu au Palais le président Ali Khan.\nLes deux pays sont liés par l'histoire.\nLa coopération se développe.\nÀ l'invitation du prince Tom Ward, le président Ali Khan a effectué, hier, une visite officielle.",
            Some("2019-10-16"),
            Some("2019-10-15"),
        ),
        // "a indiqué son cabinet mercredi": the day the meeting was told of, not held.
        (
            "Le ministre Tom Ward a rencontré son homologue Ali Khan à Genève. Ils ont abordé la situation régionale, a indiqué son cabinet mercredi matin.",
            Some("2026-01-07"),
            None,
        ),
        // A quote told on the day of the meeting it reports is dated by that day.
        (
            "« Nos relations sont excellentes », a déclaré mardi le président Tom Ward lors de sa rencontre avec le Premier ministre Ali Khan.",
            Some("2024-06-06"),
            Some("2024-06-04"),
        ),
        // A report told again with a full date dates it when that date is the weekday it names
        // (2 May 2023 was a Tuesday); another weekday is another day's.
        (
            "Le président Tom Ward a reçu mardi le ministre Ali Khan. Le ministre Ali Khan a été reçu au palais le 2 mai 2023.",
            None,
            Some("2023-05-02"),
        ),
        (
            "Le président Tom Ward a reçu mardi le ministre Ali Khan. Le ministre Ali Khan a été reçu au palais le 3 mai 2023.",
            None,
            None,
        ),
        // A sentence that announces another exchange does not tell the report again.
        (
            "Le président Tom Ward a reçu mercredi le ministre Ali Khan. Par ailleurs, le 3 mai 2023, Tom Ward a reçu Ali Khan à Genève.",
            None,
            None,
        ),
        // The day a visitor went home is the visit's last day, not its first.
        (
            "Le président Tom Ward est rentré ce samedi de Lomé où il a été reçu par le président Ali Khan.",
            Some("2024-05-27"),
            None,
        ),
        (
            "Le président Tom Ward a quitté le 25 mai Lomé, où il s'était entretenu avec le président Ali Khan.",
            None,
            None,
        ),
        // Parties that "se sont réunis" report the meeting; a paper's edition is another day.
        (
            "Lomé, 14 avril 2024 (AGP)\nLes présidents Tom Ward et Ali Khan se sont réunis samedi à Lomé.\n« Nous avons parlé de sécurité », a dit M. Khan à l'issue d'un tête-à-tête avec M. Ward.\nLe quotidien local, dans son édition de dimanche, a salué la rencontre.",
            None,
            Some("2024-04-13"),
        ),
        // A lead announcing a series of audiences dates each one it goes on to report.
        (
            "Le chef de l'État a accordé plusieurs audiences, le 14 mars, à Genève.\nSa journée s'est ouverte avec le Premier ministre ghanéen Ali Khan. Au terme de son audience, M. Khan a salué la qualité des relations entre les deux pays.",
            None,
            Some("--03-14"),
        ),
    ];
    for &(body, published, expected) in cases {
        assert_eq!(date(body, published).as_deref(), expected, "{body}");
    }
}

#[test]
fn a_bare_title_takes_the_country_of_the_release_city_or_of_the_envoys_posting() {
    let cases: &[(&str, &[&str])] = &[
        // A release line that puts its date before its city.
        (
            "Le 12 mars 2024 – Ottawa (Ontario) – Affaires mondiales Canada\n\nLa ministre des Affaires étrangères, Tom Ward, s'est entretenue hier avec son homologue péruvien, Ali Khan.",
            &["CA", "PE"],
        ),
        (
            "Le Président de la République, Tom Ward, a reçu mardi l'Ambassadeur de la République Fédérale du Nigeria au Niger, M. Ali Khan.",
            &["NE", "NG"],
        ),
        (
            "Le président de la République Tom Ward a reçu l'ambassadrice de France au Liban Ali Khan.",
            &["FR", "LB"],
        ),
        // Envoys in the plural, their rank in lower case.
        (
            "Le président Tom Ward a reçu lundi les lettres de créance de trois nouveaux ambassadeurs extraordinaires et plénipotentiaires au Gabon.",
            &["GA"],
        ),
        // A leader who chairs an organisation in turn still speaks for his country.
        (
            "Le président Tom Ward a reçu mardi le chef de l'État Macky Sall, président en exercice de l'Union africaine.",
            &["SN"],
        ),
        // A country visited later is no posting.
        (
            "Le président de la République Tom Ward a reçu l'ambassadeur Ali Khan, qui se rendra ensuite au Mali.",
            &[],
        ),
    ];
    for &(body, expected) in cases {
        let got = read(body, None, Language::Fr).countries.value;
        let got: Vec<&str> = got.iter().map(|c| c.as_str()).collect();
        assert_eq!(got, expected, "{body}");
    }
}

#[test]
fn a_portfolio_after_its_preposition_goes_on_with_the_title() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Le président ghanéen Tom Ward a reçu jeudi la conseillère péruvienne à la sécurité nationale Ali Khan.",
            &["Tom Ward GH", "Ali Khan PE"],
        ),
        (
            "Le Premier ministre Tom Ward a reçu lundi le ministre chilien délégué à l'énergie Ali Khan.",
            &["Tom Ward -", "Ali Khan CL"],
        ),
    ];
    for &(body, expected) in cases {
        crate::extract::testing::assert_parties(body, Language::Fr, expected);
    }
}

#[test]
fn a_known_name_goes_on_with_a_patronymic_written_with_a_capital() {
    crate::extract::testing::assert_parties(
        "Le président Tom Ward a adressé un message au prince héritier Mohammed Ben Salmane Ben Abdelaziz Al Saoud.",
        Language::Fr,
        &["Tom Ward -", "Mohammed Ben Salmane Ben Abdelaziz Al Saoud SA"],
    );
}

#[test]
fn a_demonym_two_countries_share_stands_for_the_one_the_text_names() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Congo-Brazzaville : message de félicitations\n\nLe chef de l'Etat congolais, Tom Ward, félicite le président français Ali Khan.",
            &["Tom Ward CG", "Ali Khan FR"],
        ),
        (
            "RDC : message de félicitations\n\nLe chef de l'Etat congolais, Tom Ward, félicite le président français Ali Khan.",
            &["Tom Ward CD", "Ali Khan FR"],
        ),
    ];
    for &(body, expected) in cases {
        crate::extract::testing::assert_parties(body, Language::Fr, expected);
    }
}

/// Whole texts, each with the kind and the participants' names it is read with.
#[test]
fn kinds_and_parties_of_whole_texts() {
    let cases: &[(&str, &str, &[&str])] = &[
        // "sa rencontre": a cue that also ends inside a word before it ("a rencontré") is still read.
        ("Le Premier ministre Tom Ward a déclaré que la coopération allait se renforcer.\n\nIl a fait ces remarques jeudi lors de sa rencontre avec le président Ali Khan.", "meeting", &["Tom Ward", "Ali Khan"]),
        // A body's adjectives in capitals are no name, as its nouns are not.
        ("Le président du Conseil Présidentiel de Transition (CPT), Tom Ward, a reçu jeudi l'ambassadeur du Canada, Ali Khan.", "meeting", &["Tom Ward", "Ali Khan"]),
        // So is a region's adjective a page capitalises in a body's name.
        ("Le président en exercice de l'Union Africaine Tom Ward s'est entretenu jeudi par visioconférence avec le président du Conseil Européen Ali Khan.", "video_call", &["Tom Ward", "Ali Khan"]),
        // A presidency's "courrier" is a letter; others who wrote too come after.
        ("Le président Tom Ward, à travers un courrier adressé lundi à son homologue malien Ali Khan, l'a félicité pour sa réélection.\n\nComme lui, les présidents Sam Otieno et Paul Roux ont adressé des messages à Ali Khan.", "message", &["Tom Ward", "Ali Khan"]),
        // Two hosts who welcome a guest together meet him.
        ("Le roi Tom Ward et la reine Marie Roux ont accueilli mardi au palais le président péruvien Ali Khan.", "meeting", &["Tom Ward", "Marie Roux", "Ali Khan"]),
    ];
    for &(body, kind, names) in cases {
        let x = read(body, None, Language::Fr);
        let read_names: Vec<&str> = (x.participants.value.iter())
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            (x.kind.value.key(), read_names),
            (kind, names.to_vec()),
            "{body}"
        );
    }
}

#[test]
fn the_head_of_a_region_is_named_under_a_hyphenated_title() {
    let body = "Le ministre-président flamand Tom Ward s'est entretenu lundi avec le Premier ministre néerlandais Ali Khan.";
    let x = read(body, None, Language::Fr);
    let names: Vec<&str> = (x.participants.value.iter())
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Tom Ward", "Ali Khan"]);
}

#[test]
fn a_report_that_names_no_kind_takes_the_one_of_the_sentence_before() {
    // The countries sign a communiqué; the next sentence names who signed it.
    let body = "Le Pérou et le Ghana ont signé lundi à Lima un communiqué conjoint sur la coopération.\n\nLe communiqué a été signé par le ministre péruvien Tom Ward et le ministre ghanéen Ali Khan.";
    assert_eq!(
        read(body, None, Language::Fr).kind.value.key(),
        "joint_statement"
    );
}

#[test]
fn a_sentence_dated_by_another_day_does_not_place_the_exchange() {
    // The summit of the 19th is held in Geneva; the audience of the 9th is not placed there.
    let body = "Le président Tom Ward a reçu mardi 9 septembre 2022 l'envoyé spécial Ali Khan.\n\nÀ la veille du sommet qui s'ouvre le 19 septembre à Genève, M. Khan s'est entretenu avec le président Ward de la situation régionale.";
    let place = read(body, None, Language::Fr).place.value;
    assert_eq!(place.as_deref(), None);
}

#[test]
fn a_welcome_told_just_before_the_report_places_it() {
    let body = "Le président Ali Khan a entamé jeudi une visite d'amitié au Togo. Il a été accueilli à l'aéroport international de Lomé par le président Tom Ward.\n\nSelon la présidence, Ali Khan a eu un tête-à-tête au palais présidentiel avec le président Tom Ward.";
    let place = read(body, None, Language::Fr).place.value;
    assert_eq!(place.as_deref(), Some("Lomé"));
}

#[test]
fn the_simple_future_tells_what_is_to_come() {
    let cases = [
        ("Le président recevra son homologue.", true),
        ("Les ministres se rencontreront à Genève.", true),
        ("Les ministres se sont rencontrés à Genève.", false),
        (
            "Ils ont parlé de l'épidémie de choléra et du front commun.",
            false,
        ),
        ("Le ministre a reçu Mme Sara Pereira.", false),
    ];
    for (input, future) in cases {
        let text = crate::extract::text::Text::in_language(input, Language::Fr);
        assert_eq!(text.in_future(0..text.tokens.len()), future, "{input}");
    }
}
