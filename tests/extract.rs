//! The extractor measured on the seeds (the labelled readouts are scored in `labelled`).

use std::path::Path;

use chancery::extract::{extract, Context, Entity, Extracted, Lexicon};
use chancery::gazetteer::{self, Gazetteer};
use chancery::model::{EventDate, EventKind};

pub fn gazetteer() -> Gazetteer {
    gazetteer::load(Path::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("gazetteer: {e:?}"))
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn seed(name: &str) -> Extracted {
    let lexicon = Lexicon::new(gazetteer());
    let body = read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(name),
    );
    extract(&body, &lexicon, &Context::default())
}

fn who(out: &Extracted) -> Vec<String> {
    out.participants
        .value
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p.name,
                p.country.map_or("-".into(), |c| c.to_string())
            )
        })
        .collect()
}

fn mentioned_countries(out: &Extracted) -> Vec<String> {
    out.mentioned_countries
        .value
        .iter()
        .map(|c| c.to_string())
        .collect()
}

#[test]
fn seed_kyrgyz_meeting() {
    let out = seed("000_77ea64a9e9cc6484.txt");
    assert_eq!(out.date.value, EventDate::parse("2025-11-19"));
    assert_eq!(out.kind.value, EventKind::Meeting);
    assert_eq!(out.place.value.as_deref(), Some("Bichkek"));
    assert_eq!(who(&out), ["Sadyr Japarov KG", "Wang Yi CN"]);
    assert!(out
        .mentioned_people
        .value
        .contains(&"Xi Jinping".to_string()));
    assert_eq!(
        mentioned_countries(&out),
        ["UZ"],
        "the participants' countries are not merely mentioned"
    );
    assert!(
        !out.mentioned_people
            .value
            .contains(&"Zheenbek Kulubaev".to_string()),
        "he took part in the secondary event"
    );
    let [secondary] = out.secondary.value.as_slice() else {
        panic!("one secondary event: {:?}", out.secondary.value)
    };
    assert!(matches!(
        secondary.kind,
        EventKind::Talks | EventKind::Other
    ));
    let names: Vec<String> = secondary
        .participants
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p.name,
                p.country.map_or("-".into(), |c| c.to_string())
            )
        })
        .collect();
    assert_eq!(names, ["Wang Yi CN", "Zheenbek Kulubaev KG"]);
    assert_eq!(out.title.value, "Sadyr Japarov rencontre Wang Yi à Bichkek");
}

#[test]
fn seed_phone_call() {
    let out = seed("001_ed785dd3b18f5b9c.txt");
    assert_eq!(out.date.value, EventDate::parse("2021-02-22"));
    assert_eq!(out.kind.value, EventKind::PhoneCall);
    assert_eq!(out.place.value, None);
    assert_eq!(who(&out), ["Xi Jinping CN", "Sadyr Japarov KG"]);
    assert_eq!(
        out.title.value,
        "Entretien téléphonique entre Xi Jinping et Sadyr Japarov"
    );
}

#[test]
fn seed_kazakh_talks() {
    let out = seed("004_c3a0a43d85b2b77a.txt");
    assert_eq!(out.date.value, EventDate::parse("2025-10-28"));
    assert_eq!(out.kind.value, EventKind::Talks);
    assert_eq!(out.place.value.as_deref(), Some("Beijing"));
    assert_eq!(who(&out), ["Wang Yi CN", "Yermek Kosherbayev KZ"]);
    for name in ["Xi Jinping", "Kassym-Jomart Tokayev"] {
        assert!(
            out.mentioned_people.value.contains(&name.to_string()),
            "{name}"
        );
    }
    assert_eq!(
        out.title.value,
        "Wang Yi s'entretient avec Yermek Kosherbayev à Beijing"
    );
}

#[test]
fn mentions_point_at_the_names() {
    let out = seed("000_77ea64a9e9cc6484.txt");
    let body = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_77ea64a9e9cc6484.txt"));
    let xi: Vec<&str> = out
        .mentions
        .iter()
        .filter(|m| m.entity == Entity::Person("Xi Jinping".into()))
        .map(|m| &body[m.span.clone()])
        .collect();
    assert!(
        !xi.is_empty() && xi.iter().all(|s| *s == "Xi Jinping"),
        "{xi:?}"
    );
}

/// A French body read with its publication date, as an archive whose file names carry it would.
fn read_fr(body: &str, published: Option<&str>) -> Extracted {
    let context = Context {
        published: published.map(|p| p.parse().expect("a publication date")),
        language: Some(chancery::model::Language::Fr),
        ..Context::default()
    };
    extract(body, &Lexicon::new(gazetteer()), &context)
}

fn date_of(out: &Extracted) -> Option<String> {
    out.date.value.map(|d| d.to_string())
}

#[test]
fn french_dates_found_beyond_the_sentence_of_the_event() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        // A day nothing anchors gives way to the date of the next report of the same call.
        (
            "Les présidents Tom Ward et Ali Khan ont commencé vendredi soir leur entretien téléphonique, selon une source officielle.\n\n« Dans la soirée du 12 mars, le président Tom Ward s'entretient par téléphone avec le président Ali Khan », a précisé cette source.",
            None,
            Some("--03-12"),
        ),
        // ... but not to the date of another call the text recalls.
        (
            "Le ministre Tom Ward a reçu lundi un appel téléphonique de son homologue Ali Khan.\n\nCet appel prolonge l'entretien entre les présidents Paul Roux et Marc Henri du 4 mars.",
            None,
            None,
        ),
        // A visit's span, written in the numbered paragraph after the statement's preamble.
        (
            "La visite du président Tom Ward a été conclue par un communiqué conjoint.\n\n1. A l'invitation du président Ali Khan, le président Tom Ward a effectué une visite d'Etat du 8 au 10 mai 2019.",
            None,
            Some("2019-05-08"),
        ),
        // The day told several sentences on, where the same parties meet again.
        (
            "Le ministre Tom Ward a été reçu par son homologue Ali Khan, le premier depuis sa prise de fonctions.\n\nCette invitation témoigne d'une amitié ancienne.\n\nLes deux pays sont voisins.\n\nLe ministre Tom Ward s'est rendu à Rome le 3 février 2015 pour une entrevue avec le ministre Ali Khan.",
            None,
            Some("2015-02-03"),
        ),
        // A visit told with its day after the report of the audience dates it; the page's stamp
        // of publication is what the day counts from, not the event's date.
        (
            "Publié le 12/03/2021 à 18:00\nLe président Tom Ward a reçu au palais le président Ali Khan.\n\nLa visite s'est tenue sous un ciel clair.\n\nLes deux pays sont voisins.\n\nSur l'invitation du président Tom Ward, Ali Khan a effectué, hier, une visite officielle.",
            None,
            Some("2021-03-11"),
        ),
        // A lead that tells a party's arrival dates the welcome reported below it.
        (
            "Le président Tom Ward est arrivé ce lundi 8 mars 2021 à Lomé pour une visite de travail.\n\nIl était accompagné de son ministre.\n\nAccueil à l'aéroport\n\nÀ sa descente d'avion, le président Tom Ward a été accueilli par le président Ali Khan.\n\nLe 9 mars 2021\n",
            None,
            Some("2021-03-08"),
        ),
        // A joint statement is dated by its title when no line under it dates it, not by the
        // events its preamble recalls.
        (
            "Communiqué conjoint à l'issue de la visite d'État au Ghana du président Tom Ward, du 4 au 6 mai 2018\n\nÀ l'invitation du président Ali Khan, le président Tom Ward a effectué une visite d'État. Les deux présidents se sont félicités des pourparlers tenus du 1er au 3 février 2018 à Lomé.",
            None,
            Some("2018-05-04"),
        ),
        // A report that tells its exchange as done weeks after its page's stamp contradicts
        // the stamp: its own date stands…
        (
            "Chapeau\nLe Secrétaire général Tom Ward s'est entretenu, le 12 mars 2019, avec le président Ali Khan au siège.\nPublié le : 04/02/2019\nIls ont évoqué la crise.",
            Some("2019-02-04"),
            Some("2019-03-12"),
        ),
        // …but not one it tells as to come…
        (
            "Chapeau\nLe Secrétaire général Tom Ward recevra, le 12 mars 2019, le président Ali Khan au siège.\nPublié le : 04/02/2019\nIls évoqueront la crise.",
            Some("2019-02-04"),
            None,
        ),
        // …nor one years after it, a slip: the stamp then dates nothing.
        (
            "Chapeau\nLe Secrétaire général Tom Ward s'est entretenu, le 12 mars 2029, avec le président Ali Khan au siège.\nPublié le : 04/02/2019\nIls ont évoqué la crise.",
            Some("2019-02-04"),
            None,
        ),
        // A date alone on the first line is the page's, not that of a message for an occasion.
        (
            "14/07/2022\n\nLe Roi Tom Ward a adressé un message de félicitations au président Ali Khan à l'occasion de la fête nationale.",
            None,
            None,
        ),
    ];
    for &(body, published, expected) in cases {
        assert_eq!(
            date_of(&read_fr(body, published)).as_deref(),
            expected,
            "{body}"
        );
    }
}

#[test]
fn english_report_that_names_no_exchange_dated_by_the_lead_that_does() {
    // The lead tells the exchange without naming a party; the report that names them tells no
    // exchange. The lead's day dates it, not the release's date line.
    let body = "Political consultations\n21 February 2014 – Benin and Togo held the 2nd Political Consultation Meeting in Cotonou yesterday, February 20. The Beninese delegation was led by Foreign Affairs Undersecretary Tom Ward while Undersecretary Ali Khan led the Togolese delegation.\n\nUndersecretary Ward and Undersecretary Khan affirmed the solid ties between Benin and Togo.";
    let context = Context {
        published: Some("2014-02-21".parse().expect("a date")),
        language: Some(chancery::model::Language::En),
        ..Context::default()
    };
    let out = extract(body, &Lexicon::new(gazetteer()), &context);
    assert_eq!(date_of(&out).as_deref(), Some("2014-02-20"));
}

#[test]
fn french_listings_hard_wrapped_lines_and_numbered_paragraphs() {
    // A list of a minister's items: an interview given to a paper is no exchange; the audience
    // after it is dated and placed by its brackets.
    let body = "- Entretien avec M. Tom Ward, ministre des affaires étrangères, publié par \"Le Matin\" (Paris, 12/05/2024)\nIl y a parlé de la région.\n- Déclaration de M. Tom Ward, ministre des affaires étrangères, à l'issue de son audience auprès de M. Ali Khan, Président du Conseil (Mossoul, 11/05/2024)\nNous avons parlé de la reconstruction.";
    let out = read_fr(body, None);
    assert_eq!(out.kind.value, EventKind::Meeting);
    assert_eq!(date_of(&out).as_deref(), Some("2024-05-11"));
    assert_eq!(out.place.value.as_deref(), Some("Mossoul"));
    let names: Vec<&str> = out
        .participants
        .value
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Tom Ward", "Ali Khan"]);

    // A line that opens in lower case goes on with the sentence before it.
    let body = "Le président Tom Ward est reçu par\nson homologue Ali Khan pour un déjeuner.\n\nIls ont parlé de commerce.";
    let names: Vec<String> = (read_fr(body, None).participants.value.iter())
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Tom Ward", "Ali Khan"]);

    // "SE" is Son Excellence; a foundation is no person.
    let body = "Le Président Tom Ward, venu au Sommet de la Fondation Morel, a été reçu à l'aéroport par SE Ali Khan.";
    let names: Vec<String> = (read_fr(body, None).participants.value.iter())
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Tom Ward", "Ali Khan"]);
}

fn people_of(out: &Extracted) -> Vec<String> {
    (out.participants.value.iter())
        .map(|p| {
            format!(
                "{} {}",
                p.name,
                p.country.map_or("-".into(), |c| c.to_string())
            )
        })
        .collect()
}

/// Checks the people found in each French body against the expected ones ("Name CC").
fn check_people_fr(cases: &[(&str, &[&str])]) {
    for &(body, expected) in cases {
        assert_eq!(people_of(&read_fr(body, None)), expected, "{body}");
    }
}

#[test]
fn french_lists_of_envoys_and_of_mediators_with_their_countries() {
    let cases: &[(&str, &[&str])] = &[
        // Envoys presenting credentials, each country named before the envoy's honorific.
        (
            "Trois nouveaux ambassadeurs, du Japon, S.E Taro Yamada, du Pérou, S.E Ana Silva et de Suède, S.E Lars Berg, ont remis mardi leurs lettres de créance au Chef de l'État, Tom Ward.",
            &["Taro Yamada JP", "Ana Silva PE", "Lars Berg SE", "Tom Ward -"],
        ),
        // A plural title naming several countries, then the names in turn; mediators with their
        // countries in brackets.
        (
            "Les ministres de la Défense du Pérou et du Chili, Ana Silva et Luis Mora, se sont entretenus par visioconférence en présence des médiateurs du Forum, Lars Berg (Suède) et Taro Yamada (Japon).",
            &["Ana Silva PE", "Luis Mora CL", "Lars Berg SE", "Taro Yamada JP"],
        ),
    ];
    check_people_fr(cases);
    let credentials = "Les ambassadeurs du Japon, S.E Taro Yamada, et du Pérou, S.E Ana Silva ont présenté leurs lettres de créance au président Tom Ward.";
    assert_eq!(read_fr(credentials, None).kind.value, EventKind::Meeting);
}

#[test]
fn french_full_names_and_those_who_only_came_along() {
    // The headline's short name and the lead's full name are one person, reported in full; who
    // came along with a party is not one.
    let body = "Emmanuel Macron reçoit un envoyé\nLe Président de la République, Emmanuel Jean-Michel Frédéric Macron, a reçu ce jeudi l'envoyé spécial du Conseil.\nM. Tom Ward, envoyé spécial du Conseil, accompagné de Mme Ana Silva, représentante spéciale, a été reçu par le Président Macron.";
    let names: Vec<String> = (read_fr(body, None).participants.value.iter())
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Emmanuel Jean-Michel Frédéric Macron", "Tom Ward"]);
    // A shorter spelling later on does not replace the full name.
    let body = "Le président Tom Ward a reçu le Président mexicain Andrés Manuel López Obrador. Le Président López Obrador l'a remercié de son accueil.";
    let names: Vec<String> = (read_fr(body, None).participants.value.iter())
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names, ["Tom Ward", "Andrés Manuel López Obrador"]);
}

#[test]
fn french_kinds_told_by_a_banquet_a_face_to_face_or_the_next_sentence() {
    let cases = [
        (
            "Le président Tom Ward a offert le 3 mai un banquet d'État en l'honneur du président Ali Khan.",
            EventKind::Meeting,
        ),
        (
            "La visite a culminé avec l'entretien en tête à tête du président Tom Ward avec son homologue Ali Khan.",
            EventKind::Meeting,
        ),
        (
            "Le ministre Tom Ward a examiné aujourd'hui avec son homologue Ali Khan la situation régionale.\n\nLes deux parties ont discuté, dans un appel téléphonique, de la crise.",
            EventKind::PhoneCall,
        ),
        // The next sentence's call is another one when it names someone else.
        (
            "Le ministre Tom Ward s'est entretenu aujourd'hui avec son homologue Ali Khan.\n\nLe ministre Paul Roux a eu ensuite un appel téléphonique avec lui.",
            EventKind::Talks,
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(read_fr(body, None).kind.value, expected, "{body}");
    }
    // A summit scheduled for later is not the date of the talks.
    let body = "Le président Tom Ward a eu un entretien avec le président Ali Khan. Ils ont échangé sur le sommet prévu pour les 17 et 18 février 2024.";
    assert_eq!(date_of(&read_fr(body, None)), None);
}

#[test]
fn french_places_from_wire_datelines_below_the_opening() {
    let cases = [
        // A wire's dateline signed in brackets, running into the report.
        (
            "Actualités\nPar la rédaction\nLomé,12 mars 2021(ATOP).-Le président Tom Ward a reçu jeudi, à la résidence, le ministre Ali Khan.",
            Some("Lomé"),
        ),
        // A release's dateline on a line of its own below page furniture.
        (
            "Retour à la liste\n\nBerne, Communiqué de presse, 04.05.2016\n\nLe conseiller fédéral Tom Ward a prononcé un discours. Il a ensuite rencontré son homologue Ali Khan.",
            Some("Berne"),
        ),
        // A dash glued to the city opens the report.
        (
            "Publié le mardi 3 mai 2016\n\nDakar- Le président Tom Ward a reçu lundi le ministre Ali Khan.",
            Some("Dakar"),
        ),
        // A joint statement is not placed by the wire's dateline.
        (
            "Lomé, 3 mai (ATOP) - Les deux pays ont publié le 2 mai une déclaration commune à l'issue de la visite du président Tom Ward chez le président Ali Khan.",
            None,
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(
            read_fr(body, None).place.value.as_deref(),
            expected,
            "{body}"
        );
    }
}

#[test]
fn french_honorifics_former_titles_and_missions() {
    // A long honorific is no part of the name; "ancien Premier ministre" is a title after a name.
    let body = "Le Premier ministre cambodgien Samdech Akka Moha Sena Padei Techo Tom Ward s'est entretenu à Siem Reap avec Ali Khan, ancienne présidente du Chili.";
    let out = read_fr(body, None);
    assert_eq!(people_of(&out), ["Tom Ward KH", "Ali Khan CL"]);
    // An embassy's city is not where its envoy was received.
    let body = "Le ministre Tom Ward a eu un entretien avec la chargée d'affaires de l'ambassade du Japon à Lomé, Ana Silva.";
    assert_eq!(read_fr(body, None).place.value, None);
}

#[test]
fn french_long_titles_and_audiences_listed_after_a_colon() {
    let cases: &[(&str, &[&str])] = &[
        // A ministry's long name, "de l'Est" included, still titles the name after it.
        (
            "Le Président Tom Ward a reçu en audience la ministre des Affaires étrangères, du Commerce extérieur et des Régions de l'Est du Kenya, Ana Silva.",
            &["Tom Ward -", "Ana Silva KE"],
        ),
        // Audiences listed one a line after a colon: the first is the one reported; a title
        // goes on after a comma with another role.
        (
            "Le Chef de l'État, Tom Ward, a reçu ce matin en audience :\n\n- Mme Ana Silva, Ambassadeur, Haut Représentant de la République du Pérou ;\n\n- M. Lars Berg, Ambassadeur de Suède.",
            &["Tom Ward -", "Ana Silva PE"],
        ),
    ];
    check_people_fr(cases);
}

#[test]
fn french_monarchs_named_by_one_name() {
    // A monarch's one name under a title, not a namesake the gazetteer knows from another
    // country ("Philippe" is also a French prime minister's surname).
    let body = "Le président Tom Ward a adressé ses vœux à la Reine Ana et à Philippe, Roi des Belges, pour la fête nationale.";
    assert_eq!(
        people_of(&read_fr(body, None)),
        ["Tom Ward -", "Ana -", "Philippe BE"]
    );
    // The titles a known name's alias carries are not part of the name reported.
    let body = "Le roi Felipe VI a reçu ce mardi au palais le président Tom Ward.";
    assert_eq!(
        people_of(&read_fr(body, None)),
        ["Felipe VI ES", "Tom Ward -"]
    );
}

#[test]
fn french_parties_named_after_a_fronted_phrase_by_a_tie_or_by_an_office() {
    let cases: &[(&str, &[&str])] = &[
        // A name opening the clause after a fronted phrase and its comma.
        (
            "À Genève, Tom Ward a été reçu pour un entretien par la ministre suédoise Ana Silva.",
            &["Tom Ward -", "Ana Silva SE"],
        ),
        // The Burmese honorific is no part of the name.
        (
            "Le ministre Tom Ward a rencontré vendredi le vice-président du Myanmar U Kyaw Zin.",
            &["Tom Ward -", "Kyaw Zin MM"],
        ),
        // A spouse named by the tie, beside the guest of honour.
        (
            "Le président Tom Ward a offert un dîner en l'honneur du président chilien Luis Mora et de son épouse Ana Silva.",
            &["Tom Ward -", "Luis Mora CL", "Ana Silva -"],
        ),
        // "la diplomate" titles a name like "l'ambassadrice".
        (
            "Le ministre Tom Ward a eu un entretien avec la diplomate suédoise, Ana Silva.",
            &["Tom Ward -", "Ana Silva SE"],
        ),
        // An organisation's secretary general speaks for no country, whatever the gazetteer says.
        (
            "Le président Tom Ward s'est entretenu par téléphone avec le secrétaire général de l'OTAN, Mark Rutte.",
            &["Tom Ward -", "Mark Rutte -"],
        ),
        // A known surname the text writes in lower case after a title.
        (
            "Le président de la république, tebboune, a reçu un appel téléphonique du ministre Tom Ward.",
            &["Abdelmadjid Tebboune DZ", "Tom Ward -"],
        ),
        // Two untitled words whose last the text writes after "M." name a person.
        (
            "Le président Tom Ward a adressé un message de félicitations à Luis Mora pour sa réélection.\n\nM. Ward a salué le travail de M. Mora.",
            &["Tom Ward -", "Luis Mora -"],
        ),
    ];
    check_people_fr(cases);
}

#[test]
fn french_exchanges_of_the_two_named_before_and_dates_told_as_the_present() {
    // "Les deux chefs d'État" are the two people named before: the sentence reports the talks.
    let body = "Le président du Pérou, Tom Ward, est en visite au Chili. Il a été accueilli à l'aéroport par son homologue chilien, Luis Mora.\n\nLes deux chefs d'État ont eu un entretien au palais.";
    let out = read_fr(body, None);
    assert_eq!(people_of(&out), ["Tom Ward PE", "Luis Mora CL"]);
    assert_eq!(out.kind.value, EventKind::Talks);
    // ... but not when more than two were named: which two is not told.
    let body = "Le président Tom Ward, le ministre Ali Khan et le ministre Paul Roux sont arrivés. Les deux ministres ont eu un entretien.";
    assert_eq!(read_fr(body, None).kind.value, EventKind::Other);

    // A full date told as the text's present ("ce mardi 4 mars 2025") dates a report that
    // gives no other.
    let body = "Le président Tom Ward est reçu par son homologue Ali Khan pour un déjeuner.\n\nIls ont évoqué la coopération.\n\nLe commerce a progressé.\n\nLa cérémonie a réuni, ce mardi 4 mars 2025, une dizaine de dirigeants.";
    assert_eq!(date_of(&read_fr(body, None)).as_deref(), Some("2025-03-04"));
    // A wire's dateline still comes first.
    let body = "Lima, 3 mars 2025 (ANP) - Le président Tom Ward est reçu par son homologue Ali Khan.\n\nIls ont évoqué la coopération.\n\nLe commerce a progressé.\n\nLa cérémonie a réuni, ce mardi 4 mars 2025, une dizaine de dirigeants.";
    assert_eq!(date_of(&read_fr(body, None)).as_deref(), Some("2025-03-03"));
}

/// English texts name a state by its demonym ("Liberian President X", "Samoan Prime Minister Y"):
/// every member state has one, but Dominica, whose "Dominican" is the Dominican Republic's.
#[test]
fn every_member_state_has_an_english_demonym() {
    let missing: Vec<String> = (gazetteer().countries.iter())
        .filter(|c| c.status == gazetteer::Status::Member && c.code.to_string() != "DM")
        .filter(|c| !(c.demonyms.iter()).any(|d| d.starts_with(char::is_uppercase)))
        .map(|c| c.code.to_string())
        .collect();
    assert!(missing.is_empty(), "no English demonym: {missing:?}");
}
