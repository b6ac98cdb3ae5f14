//! The extractor measured on the seeds and on the labelled readouts in `../shared/readouts/`.

use std::collections::BTreeSet;
use std::path::Path;

use chancery::extract::{extract, Context, Entity, Extracted, Lexicon};
use chancery::gazetteer::{self, Gazetteer};
use chancery::model::{EventDate, EventKind};

fn gazetteer() -> Gazetteer {
    gazetteer::load(Path::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("gazetteer: {e:?}"))
}

fn readouts() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/readouts"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Folded words of a name: "Paul BIYA" and "Paul Biya", "NguyenSinh Hung" and "Nguyen Sinh Hung" agree.
fn words(name: &str) -> Vec<String> {
    chancery::extract::text::fold(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Same person: the same letters, or one name is the other's surname with none, some or all given names
/// ("Poutine" and "Vladimir Poutine", as texts that give only surnames are labelled).
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (words(a), words(b));
    if a.concat() == b.concat() {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty() && short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// Same person, also when the extractor gives the gazetteer's name for a spelling it lists as an alias.
fn same_known_person(gazetteer: &Gazetteer, predicted: &str, label: &str) -> bool {
    same_person(predicted, label)
        || gazetteer
            .people
            .iter()
            .filter(|p| p.name == predicted)
            .any(|p| p.aliases.iter().any(|a| same_person(a, label)))
}

#[derive(Default)]
struct Score {
    hit: usize,
    predicted: usize,
    expected: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        if self.predicted + self.expected == 0 {
            return 1.0;
        }
        2.0 * self.hit as f64 / (self.predicted + self.expected) as f64
    }
}

#[derive(Default)]
struct Rate {
    right: usize,
    total: usize,
}

impl Rate {
    fn add(&mut self, right: bool) {
        self.right += usize::from(right);
        self.total += 1;
    }

    fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

fn label_str<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table.get(key).and_then(|v| v.as_str()).unwrap_or("")
}

fn label_list(table: &toml::Table, key: &str) -> Vec<String> {
    table
        .get(key)
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn labelled_readouts_reach_the_floors() {
    let lexicon = Lexicon::new(gazetteer());
    let labels: toml::Table =
        toml::from_str(&read(&readouts().join("labels.toml"))).expect("labels.toml parses");
    let (mut people, mut countries) = (Score::default(), Score::default());
    let (mut exact, mut day_month, mut kind, mut place) = (
        Rate::default(),
        Rate::default(),
        Rate::default(),
        Rate::default(),
    );
    let mut contradictions = Vec::new();
    let mut misses = Vec::new();
    for (key, label) in &labels {
        let Some(label) = label.as_table() else {
            continue;
        };
        let out = extract(
            &read(&readouts().join(label_str(label, "file"))),
            &lexicon,
            &Context::default(),
        );

        let expected = label_list(label, "participants");
        let predicted: Vec<&str> = out
            .participants
            .value
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        let hits = expected
            .iter()
            .filter(|e| {
                predicted
                    .iter()
                    .any(|p| same_known_person(&lexicon.gazetteer, p, e))
            })
            .count();
        people.hit += hits;
        people.expected += expected.len();
        people.predicted += predicted.len();
        if hits != expected.len() || hits != predicted.len() {
            misses.push(format!("{key} participants: {predicted:?} vs {expected:?}"));
        }

        let expected: BTreeSet<String> = label_list(label, "countries")
            .into_iter()
            .filter(|c| !c.is_empty())
            .collect();
        let predicted: BTreeSet<String> =
            out.countries.value.iter().map(|c| c.to_string()).collect();
        countries.hit += expected.intersection(&predicted).count();
        countries.expected += expected.len();
        countries.predicted += predicted.len();
        if expected != predicted {
            misses.push(format!("{key} countries: {predicted:?} vs {expected:?}"));
        }

        let basis = label_str(label, "date_basis");
        let expected_date = EventDate::parse(label_str(label, "date"));
        let got = out.date.value;
        if basis == "explicit" {
            exact.add(got == expected_date);
        }
        if matches!(basis, "explicit" | "day_month_only") {
            day_month.add(got.map(|d| d.month_day()) == expected_date.map(|d| d.month_day()));
        }
        if let Some(EventDate::Full(d)) = got {
            if expected_date != Some(EventDate::Full(d)) {
                contradictions.push(format!("{key}: {d} vs {:?}", label_str(label, "date")));
            }
        }
        if got.map(|d| d.month_day()) != expected_date.map(|d| d.month_day()) {
            misses.push(format!(
                "{key} date ({basis}): {got:?} vs {:?}",
                label_str(label, "date")
            ));
        }

        let right_kind = out.kind.value.key() == label_str(label, "kind");
        kind.add(right_kind);
        if !right_kind {
            misses.push(format!(
                "{key} kind: {} vs {}",
                out.kind.value.key(),
                label_str(label, "kind")
            ));
        }
        let got_place = out.place.value.clone().unwrap_or_default();
        let right_place = words(&got_place) == words(label_str(label, "place"));
        place.add(right_place);
        if !right_place {
            misses.push(format!(
                "{key} place: {got_place:?} vs {:?}",
                label_str(label, "place")
            ));
        }
    }
    for miss in &misses {
        println!("  {miss}");
    }
    let table = [
        ("participants F1", people.f1(), 0.98),
        ("countries F1", countries.f1(), 0.98),
        ("date exact", exact.value(), 1.0),
        ("day and month", day_month.value(), 0.96),
        ("kind", kind.value(), 0.98),
        ("place", place.value(), 0.97),
    ];
    println!("{:<16} {:>6} {:>6}", "field", "score", "floor");
    for (field, score, floor) in table {
        println!("{field:<16} {score:>6.3} {floor:>6.3}");
    }
    for (field, score, floor) in table {
        assert!(score >= floor, "{field}: {score:.3} fell below {floor}");
    }
    assert!(
        contradictions.is_empty(),
        "full dates that contradict the labels: {contradictions:?}"
    );
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
