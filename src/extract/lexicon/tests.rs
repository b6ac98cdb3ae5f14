//! The lexicon's automata and maps, asked as the extractor asks them.

use super::*;
use crate::extract::text::fold;

/// The longest whole-word match from every word start, with no word passed over: what
/// `Phrases::whole_words` must find.
fn from_every_word(phrases: &Phrases, folded: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < folded.len() {
        // The longest match starting at `at`, if any: the leftmost from there starts there.
        let whole = (at == 0 || !crate::extract::text::is_word_byte(folded, at - 1))
            .then(|| phrases.automaton.find(folded, at))
            .flatten()
            .filter(|m| m.start() == at && is_whole_word(folded, &m.range()));
        match whole {
            Some(m) => {
                found.push(m.range());
                at = m.end();
            }
            None => at += 1,
        }
    }
    found
}

#[test]
fn the_search_finds_the_longest_whole_word_match_at_every_word_start() {
    let lex = crate::extract::testing::lexicon();
    let texts = [
        "Le Roi Mohammed VI a reçu S.E.M. Xi Jinping, président de la République populaire de Chine, au Palais royal de Rabat.",
        "La Côte d'Ivoire, les Ivoiriens et le partenariat sino-ivoirien : le ministre des Affaires étrangères de l'Organisation de coopération de Shanghai (OCS) s'est entretenu par téléphone avec son homologue kazakh.",
        "Le même jour, Wang Yi a également rencontré la délégation de l'Union européenne et des Nations Unies à New York.",
        "WASHINGTON, Nov 19 (Reuters) - Secretary of State Antony Blinken held a phone call with Indian External Affairs Minister Subrahmanyam Jaishankar; the United States and the UAE, the EU and ASEAN.",
        "His Majesty King Abdullah II of Jordan met Prime Minister Narendra Modi of India on the sidelines of the G20 summit in Rio de Janeiro.",
    ]
    .map(fold);
    let phrases = [&lex.names, &lex.organisations, &lex.countries]
        .into_iter()
        .chain(lex.cues.iter().map(|(p, _)| p));
    let mut total = 0;
    for p in phrases {
        for text in &texts {
            let found: Vec<Range<usize>> = p.whole_words(text).map(|m| m.range()).collect();
            assert_eq!(found, from_every_word(p, text), "{text}");
            total += found.len();
        }
    }
    assert!(
        total >= 15,
        "names, countries, organisations and cues are found: {total}"
    );
}

#[test]
fn phrases_match_as_whole_words() {
    let phrases = Phrases::new(["le roi", "cote d'ivoire", "xi", "s.e.m"]);
    let found = |text: &str| -> Vec<String> {
        (phrases.whole_words(text))
            .map(|m| text[m.range()].to_string())
            .collect()
    };
    assert_eq!(
        found("le roi, le president, la cote d'ivoire, xi, s.e.m. xia"),
        ["le roi", "cote d'ivoire", "xi", "s.e.m"]
    );
    assert!(found("le roitelet, cote d'ivoirien, xian, lexi").is_empty());
}

/// The countries a text names, as folded and coded.
fn countries_found(text: &str) -> Vec<(String, CountryCode)> {
    let lex = crate::extract::testing::lexicon();
    let folded = fold(text);
    (lex.countries_in(&folded).into_iter())
        .map(|(r, hit)| (folded[r].to_string(), hit.code))
        .collect()
}

#[test]
fn a_capital_holding_another_countrys_name_names_its_own_country() {
    let found = countries_found;
    let code = |c: &str| CountryCode::parse(c).unwrap();
    assert_eq!(
        found("The talks took place in Port of Spain before the minister left for Spain."),
        [
            ("port of spain".to_string(), code("TT")),
            ("spain".to_string(), code("ES"))
        ]
    );
    assert_eq!(
        found("She flew to Mexico City."),
        [("mexico".to_string(), code("MX"))]
    );
}

#[test]
fn a_countrys_hyphened_name_is_read_with_a_space_too() {
    let found = countries_found;
    let code = |c: &str| CountryCode::parse(c).unwrap();
    assert_eq!(
        found("Le ministre a reçu les ambassadeurs de Grande Bretagne et de Nouvelle Zélande."),
        [
            ("grande bretagne".to_string(), code("GB")),
            ("nouvelle zelande".to_string(), code("NZ"))
        ]
    );
}

#[test]
fn a_known_names_initials_are_read_without_their_full_stops_too() {
    let lex = crate::extract::testing::lexicon();
    for (written, expected) in [
        (
            "the minister met s jaishankar on monday",
            Some("Subrahmanyam Jaishankar"),
        ),
        ("talks with g l peiris were held", Some("G. L. Peiris")),
        ("talks with s m krishna were held", Some("S. M. Krishna")),
        ("talks with krishna were held", None),
    ] {
        let found = lex.people_in(written).first().map(|&(_, p)| p);
        let name = found.map(|p| lex.gazetteer.people[p].name.as_str());
        assert_eq!(name, expected, "{written}");
    }
}
