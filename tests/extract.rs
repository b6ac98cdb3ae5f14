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
