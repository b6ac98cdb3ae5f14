//! How the gazetteer and each language's words are compiled, once, into the `Lexicon`'s tables
//! and automata.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::listed::{word_lists, STILL_NAMES};
use super::{CountryForm, CountryHit, Lexicon, Phrases};
use crate::extract::kind::Cue;
use crate::extract::lang::{Language, Words};
use crate::extract::text::{fold, is_word_byte};
use crate::gazetteer::Gazetteer;
use crate::model::CountryCode;

impl Lexicon {
    pub fn new(gazetteer: Gazetteer) -> Lexicon {
        let mut name_patterns = Vec::new();
        let mut name_owner = Vec::new();
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::default();
        let mut owners: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, person) in gazetteer.people.iter().enumerate() {
            let names = std::iter::once(&person.name).chain(&person.aliases);
            let spellings = names.flat_map(|name| article_spellings(&fold(name)));
            for folded in spellings.flat_map(|f| undotted_initials(&f).into_iter().chain([f])) {
                let list = owners.entry(folded.clone()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
                name_patterns.push(folded);
                name_owner.push(i);
            }
            let surname = fold(&person.surname);
            // "President Putin", "King Abdullah": the surname of the name English writes
            // otherwise ("Vladimir Putin" for "Vladimir Poutine", "Abdullah II" for "Abdallah
            // II"), word for word, wherever the name has its surname.
            let english = (person.english.as_deref()).and_then(|english| {
                let (name, english) = (fold(&person.name), fold(english));
                let name: Vec<&str> = name.split(' ').collect();
                let english: Vec<&str> = english.split(' ').collect();
                let own: Vec<&str> = surname.split(' ').collect();
                let at = (name.len() == english.len())
                    .then(|| name.windows(own.len()).position(|w| w == own.as_slice()))??;
                Some(english[at..at + own.len()].join(" "))
            });
            for surname in std::iter::once(surname).chain(english) {
                let list = surnames.entry(surname).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        owners.retain(|_, people| people.len() > 1);

        let mut organisation_patterns: Vec<String> = Vec::new();
        let mut organisation_owners: Vec<Vec<(usize, Option<String>)>> = Vec::new();
        for (i, org) in gazetteer.organisations.iter().enumerate() {
            let names = std::iter::once(&org.name).chain(&org.aliases);
            let forms = names
                .map(|n| (n, None))
                .chain(org.acronyms.iter().map(|a| (a, Some(a.clone()))));
            for (written, acronym) in forms {
                let folded = fold(written);
                match organisation_patterns.iter().position(|p| *p == folded) {
                    Some(k) => organisation_owners[k].push((i, acronym)),
                    None => {
                        organisation_patterns.push(folded);
                        organisation_owners.push(vec![(i, acronym)]);
                    }
                }
            }
        }

        let mut country_patterns = Vec::new();
        let mut country_hits = Vec::new();
        let mut geo_words = HashSet::default();
        let mut places = HashMap::default();
        for country in &gazetteer.countries {
            let forms = [
                (
                    CountryForm::Name,
                    std::iter::once(&country.name)
                        .chain(&country.aliases)
                        .collect::<Vec<_>>(),
                ),
                (CountryForm::Demonym, country.demonyms.iter().collect()),
                (CountryForm::Prefix, country.prefixes.iter().collect()),
            ];
            for (form, words) in forms {
                for word in words {
                    let folded = fold(word);
                    if form != CountryForm::Prefix {
                        geo_words.extend(folded.split([' ', '\'']).map(str::to_string));
                    }
                    // "la Grande Bretagne", "les Etats Unis": a name whose words a hyphen joins
                    // is written with a space as often, as an alias of its own.
                    let spaced = (form == CountryForm::Name && folded.contains('-'))
                        .then(|| folded.replace('-', " "));
                    country_patterns.push(folded);
                    country_hits.push(CountryHit {
                        code: country.code,
                        form,
                    });
                    if let Some(spaced) = spaced.filter(|s| !country_patterns.contains(s)) {
                        country_patterns.push(spaced);
                        country_hits.push(CountryHit {
                            code: country.code,
                            form,
                        });
                    }
                }
            }
            places.extend(country.capital.iter().map(|c| (fold(c), country.code)));
        }
        // A capital whose name holds another country's ("Port of Spain") names its own country:
        // the automaton's longest match wins over the country inside it. Each whole-word span of
        // a capital's name is looked up among the countries' names and demonyms.
        let mut holding: Vec<(String, CountryCode)> = {
            let mut named: HashMap<&str, Vec<CountryCode>> = HashMap::default();
            for (pattern, hit) in country_patterns.iter().zip(&country_hits) {
                if hit.form != CountryForm::Prefix {
                    named.entry(pattern.as_str()).or_default().push(hit.code);
                }
            }
            (places.iter())
                .filter(|(place, code)| {
                    let starts =
                        (0..place.len()).filter(|&i| i == 0 || !is_word_byte(place, i - 1));
                    starts
                        .flat_map(|i| {
                            (i + 1..=place.len())
                                .filter(|&j| !is_word_byte(place, j))
                                .map(move |j| i..j)
                        })
                        .filter_map(|span| place.get(span))
                        .any(|span| {
                            named
                                .get(span)
                                .is_some_and(|c| c.iter().any(|c| c != *code))
                        })
                })
                .map(|(place, code)| (place.clone(), *code))
                .collect()
        };
        holding.sort_unstable();
        for (place, code) in holding {
            country_patterns.push(place);
            country_hits.push(CountryHit {
                code,
                form: CountryForm::Name,
            });
        }
        let mut namesakes: HashMap<CountryCode, Vec<CountryCode>> = HashMap::default();
        for (a, b) in (gazetteer.countries.iter())
            .flat_map(|a| gazetteer.countries.iter().map(move |b| (a, b)))
            .filter(|(a, b)| a.code != b.code && a.demonyms.iter().any(|d| b.demonyms.contains(d)))
        {
            namesakes.entry(a.code).or_default().push(b.code);
        }
        let mut seats = HashSet::default();
        let mut listed_places = HashSet::default();
        let mut region_demonyms = HashMap::default();
        let mut region_names = HashMap::default();
        for place in &gazetteer.places {
            region_demonyms.extend(place.demonyms.iter().map(|d| (fold(d), place.country)));
            if !place.demonyms.is_empty() {
                let names = std::iter::once(&place.name).chain(&place.aliases);
                let one_word = names.map(|n| fold(n)).filter(|n| !n.contains(' '));
                region_names.extend(one_word.map(|n| (n, place.country)));
            }
            let names = std::iter::once(&place.name).chain(&place.aliases);
            if place.seat {
                seats.extend(names.map(|p| fold(p)));
            } else {
                listed_places.extend(names.clone().map(|p| fold(p)));
                places.extend(names.map(|p| (fold(p), place.country)));
            }
        }
        // Multi-word names ("New York") keep their words usable in people's names; an apostrophe
        // ends a word as the text is cut into words ("N'Djamena": "Djamena" is no name).
        let one_word = places.keys().filter(|p| !p.contains(' '));
        geo_words.extend(one_word.flat_map(|p| p.split('\'')).map(str::to_string));
        geo_words.retain(|w| w.len() > 2 && !STILL_NAMES.contains(&w.as_str()));
        let spellings = (gazetteer.countries.iter())
            .flat_map(|c| {
                let names = std::iter::once(&c.name).chain(&c.aliases);
                names.chain(&c.demonyms).chain(&c.capital)
            })
            .chain(
                (gazetteer.places.iter().filter(|p| !p.seat))
                    .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases)),
            );
        let mut accented_places: HashMap<String, Vec<String>> = HashMap::default();
        let mut plain = HashSet::default();
        for word in spellings.flat_map(|s| s.split([' ', '\'', '\u{2019}'])) {
            let (folded, lower) = (fold(word), word.to_lowercase());
            if folded == lower {
                plain.insert(folded);
            } else {
                accented_places.entry(folded).or_default().push(lower);
            }
        }
        accented_places.retain(|f, _| !plain.contains(f) && geo_words.contains(f));

        let mut signatures: HashMap<String, Vec<(usize, String)>> = HashMap::default();
        for (i, issuer) in gazetteer.issuers.iter().enumerate() {
            for signature in &issuer.signatures {
                let first = signature.split_whitespace().next().unwrap_or_default();
                (signatures.entry(first.to_string()).or_default()).push((i, signature.clone()));
            }
        }
        let mut offices: HashMap<String, usize> = HashMap::default();
        for (i, office) in gazetteer.offices.iter().enumerate() {
            for name in office.names() {
                offices.entry(fold(name)).or_insert(i);
            }
        }
        let (national_office_names, national_offices): (Vec<String>, Vec<CountryCode>) =
            (gazetteer.offices.iter())
                .filter_map(|o| Some((o, o.country?)))
                .flat_map(|(o, country)| o.names().map(move |n| (fold(n), country)))
                .unzip();
        let mut held: Vec<usize> = (gazetteer.people.iter())
            .filter(|p| p.country.is_none())
            .flat_map(|p| &p.roles)
            .filter_map(|r| gazetteer.offices.iter().position(|o| &o.name == r))
            .collect();
        held.sort_unstable();
        held.dedup();
        let organisation_offices = (held.into_iter())
            .flat_map(|i| gazetteer.offices[i].names().map(move |n| (i, fold(n))))
            .filter_map(|(i, folded)| {
                let (role, of) = folded.split_once(' ')?;
                Some((role.to_string(), of.to_string(), i))
            })
            .collect();
        let folded_people = (gazetteer.people.iter()).map(|p| fold(&p.name)).collect();
        Lexicon {
            gazetteer,
            signatures,
            organisation_offices,
            offices,
            national_office_names: Phrases::new(&national_office_names),
            national_offices,
            names: Phrases::new(&name_patterns),
            name_owner,
            folded_people,
            surnames,
            shared_names: owners,
            organisations: Phrases::new(&organisation_patterns),
            organisation_owners,
            countries: Phrases::new(&country_patterns),
            country_hits,
            namesakes,
            places,
            listed_places,
            region_demonyms,
            region_names,
            seats,
            accented_places,
            cues: Language::ALL
                .iter()
                .map(|&l| {
                    let (phrases, cues): (Vec<String>, Vec<Cue>) =
                        Words::of(l).exchange_cues().into_iter().unzip();
                    (Phrases::new(phrases), cues)
                })
                .collect(),
            markers: Language::ALL
                .iter()
                .map(|&l| Phrases::new(Words::of(l).secondary_markers))
                .collect(),
            listed: Language::ALL
                .iter()
                .map(|&l| word_lists(Words::of(l), &geo_words))
                .collect(),
        }
    }
}

/// A folded name and, when it holds the Arabic article, the name with the article written the
/// other way: "Al Thani" is also written "al-Thani", and "Al-Sabah" "Al Sabah".
fn article_spellings(folded: &str) -> Vec<String> {
    let other = if folded.contains(" al ") {
        folded.replace(" al ", " al-")
    } else {
        folded.replace(" al-", " al ")
    };
    let mut spellings = vec![folded.to_string()];
    if other != folded {
        spellings.push(other);
    }
    spellings
}

/// "s. jaishankar" as "s jaishankar", "s.m. krishna" as "s m krishna": a known name's initials
/// before its last word, written without their full stops as South Asian readouts often write
/// them, spell the same name.
fn undotted_initials(folded: &str) -> Option<String> {
    let initials = |w: &str| w.ends_with('.') && w.split_terminator('.').all(|l| l.len() == 1);
    let words: Vec<&str> = folded.split(' ').collect();
    let (last, before) = words.split_last()?;
    if !before.iter().any(|w| initials(w)) {
        return None;
    }
    let mut spelled = Vec::new();
    for w in before {
        if initials(w) {
            spelled.extend(w.split_terminator('.'));
        } else {
            spelled.push(*w);
        }
    }
    spelled.push(*last);
    Some(spelled.join(" "))
}
