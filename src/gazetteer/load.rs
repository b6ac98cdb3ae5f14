//! Reading the gazetteer's files: each one's shape, checked with located errors, into a
//! `Gazetteer`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{Country, Gazetteer, Issuer, KnownPerson, Office, Organisation, Place};
use crate::diag::{Checked, Diagnostic, Position};
use crate::model::{slugify, CountryCode};

/// The files the gazetteer is read from, relative to the project root.
pub const FILES: [&str; 6] = [
    "data/countries.toml",
    "data/countries-en.toml",
    "data/people.toml",
    "data/places.toml",
    "data/organisations.toml",
    "data/issuers.toml",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    country: Vec<Spanned<Country>>,
}

/// A country's names in another language than the French of `countries.toml`, by code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryNames {
    code: CountryCode,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    prefixes: Vec<String>,
    #[serde(default)]
    capital: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryNamesFile {
    country: Vec<Spanned<CountryNames>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    #[serde(default)]
    person: Vec<Spanned<KnownPerson>>,
    #[serde(default)]
    office: Vec<Office>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    place: Vec<Spanned<Place>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationsFile {
    #[serde(default)]
    organisation: Vec<Spanned<Organisation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuersFile {
    #[serde(default)]
    issuer: Vec<Spanned<Issuer>>,
}

/// Reads the gazetteer under `root`; every problem in every file is reported.
pub fn load(root: &Path) -> Checked<Gazetteer> {
    let mut errors = Vec::new();
    let [countries, countries_en, people, places, organisations, issuers] = FILES.map(|rel| {
        let text = std::fs::read_to_string(root.join(rel)).unwrap_or_else(|err| {
            errors.push(Diagnostic::io(Path::new(rel), &err));
            String::new()
        });
        (PathBuf::from(rel), text)
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    parse(&Files {
        countries,
        countries_en,
        people,
        places,
        organisations,
        issuers,
    })
}

/// The gazetteer files' texts, each as (path for messages, text).
pub struct Files {
    pub countries: (PathBuf, String),
    /// The countries' English names, demonyms, combining forms and capitals.
    pub countries_en: (PathBuf, String),
    pub people: (PathBuf, String),
    pub places: (PathBuf, String),
    pub organisations: (PathBuf, String),
    pub issuers: (PathBuf, String),
}

/// Parses the gazetteer files.
pub fn parse(files: &Files) -> Checked<Gazetteer> {
    let Files {
        countries,
        countries_en,
        people,
        places,
        organisations,
        issuers,
    } = files;
    let mut errors = Vec::new();
    let countries_file: Option<CountriesFile> = parse_toml(countries, &mut errors);
    let names_file: Option<CountryNamesFile> = parse_toml(countries_en, &mut errors);
    let people_file: Option<PeopleFile> = parse_toml(people, &mut errors);
    let places_file: Option<PlacesFile> = parse_toml(places, &mut errors);
    let organisations_file: Option<OrganisationsFile> = parse_toml(organisations, &mut errors);
    let issuers_file: Option<IssuersFile> = parse_toml(issuers, &mut errors);
    let (Some(c), Some(n), Some(p), Some(l), Some(o), Some(i)) = (
        countries_file,
        names_file,
        people_file,
        places_file,
        organisations_file,
        issuers_file,
    ) else {
        return Err(errors);
    };

    let mut gazetteer = Gazetteer::default();
    // The states territories are part of, checked once every country is known.
    let mut parts = Vec::new();
    for entry in c.country {
        let span = entry.span();
        let country = entry.into_inner();
        parts.push((country.part_of, span.start));
        if gazetteer.by_code.contains_key(&country.code) {
            errors.push(located(
                countries,
                span.start,
                format!("country {} is listed twice", country.code),
                "merge the two entries into one",
            ));
            continue;
        }
        gazetteer
            .by_code
            .insert(country.code, gazetteer.countries.len());
        gazetteer.countries.push(country);
    }
    // Another language's names are more ways of naming the same country, matched in any text;
    // the first is the name an English interface shows.
    for entry in n.country {
        let span = entry.span();
        let names = entry.into_inner();
        let Some(&i) = gazetteer.by_code.get(&names.code) else {
            errors.push(located(
                countries_en,
                span.start,
                format!("unknown country {}", names.code),
                "use a code listed in data/countries.toml",
            ));
            continue;
        };
        let country = &mut gazetteer.countries[i];
        country.english_name = names.names.first().cloned();
        country.english_capital = names.capital.first().cloned();
        country.aliases.extend(names.names);
        country.demonyms.extend(names.demonyms);
        country.prefixes.extend(names.prefixes);
        country.capital.extend(names.capital);
    }
    let mut check_code = |code: Option<CountryCode>, file: &(PathBuf, String), offset: usize| {
        if let Some(code) = code.filter(|c| !gazetteer.by_code.contains_key(c)) {
            errors.push(located(
                file,
                offset,
                format!("unknown country {code}"),
                "use a code listed in data/countries.toml",
            ));
        }
    };
    for (code, offset) in parts {
        check_code(code, countries, offset);
    }
    for entry in &p.person {
        check_code(entry.get_ref().country, people, entry.span().start);
    }
    for entry in &l.place {
        check_code(Some(entry.get_ref().country), places, entry.span().start);
    }
    for entry in &i.issuer {
        check_code(entry.get_ref().country, issuers, entry.span().start);
    }
    for entry in &p.person {
        for role in &entry.get_ref().roles {
            if !p.office.iter().any(|o| &o.name == role) {
                errors.push(located(
                    people,
                    entry.span().start,
                    format!("role `{role}` is no office listed in this file"),
                    "add an [[office]] with this `name` and its `english` name",
                ));
            }
        }
    }
    // A person's page is keyed by the slug of their name: a second entry would make its surname and
    // aliases ambiguous with itself.
    let mut names: HashMap<String, usize> = HashMap::new();
    for entry in &p.person {
        let name = &entry.get_ref().name;
        if names.insert(slugify(name), entry.span().start).is_some() {
            errors.push(located(
                people,
                entry.span().start,
                format!("person `{name}` is listed twice"),
                "merge the two entries into one",
            ));
        }
    }
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for entry in &o.organisation {
        let org = entry.get_ref();
        let at = entry.span().start;
        if slugify(&org.key) != org.key {
            errors.push(located(
                organisations,
                at,
                format!("invalid organisation key `{}`", org.key),
                "use only lower-case ASCII letters, digits and `-`: it is part of a URL",
            ));
        } else if keys.insert(&org.key, at).is_some() {
            errors.push(located(
                organisations,
                at,
                format!("organisation `{}` is listed twice", org.key),
                "merge the two entries into one",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    gazetteer.organisations = o
        .organisation
        .into_iter()
        .map(Spanned::into_inner)
        .collect();
    gazetteer.organisations.sort_by(|a, b| a.key.cmp(&b.key));
    gazetteer.people = p.person.into_iter().map(Spanned::into_inner).collect();
    gazetteer.offices = p.office;
    // A full name is its bearer's, though another person lists it as an alias ("Albert II").
    for (i, person) in gazetteer.people.iter().enumerate() {
        gazetteer.by_slug.insert(slugify(&person.name), i);
    }
    for (i, person) in gazetteer.people.iter().enumerate() {
        for alias in &person.aliases {
            gazetteer.by_slug.entry(slugify(alias)).or_insert(i);
        }
    }
    let mut surnames: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, person) in gazetteer.people.iter().enumerate() {
        if person.surname.split_whitespace().nth(1).is_some() {
            surnames
                .entry(slugify(&person.surname))
                .or_default()
                .push(i);
        }
    }
    for (slug, people) in surnames {
        if let [i] = people[..] {
            gazetteer.by_slug.entry(slug).or_insert(i);
        }
    }
    gazetteer.places = l.place.into_iter().map(Spanned::into_inner).collect();
    gazetteer.issuers = i.issuer.into_iter().map(Spanned::into_inner).collect();
    Ok(gazetteer)
}

/// An error at byte `offset` of a gazetteer file, with what to do about it.
fn located(
    (path, text): &(PathBuf, String),
    offset: usize,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic::error(path, Position::of_offset(text, offset), message).with_help(help)
}

fn parse_toml<T: serde::de::DeserializeOwned>(
    (path, text): &(PathBuf, String),
    errors: &mut Vec<Diagnostic>,
) -> Option<T> {
    toml::from_str(text)
        .map_err(|err| errors.push(Diagnostic::toml(path, text, 0, &err)))
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_full_name_is_its_bearers_though_another_lists_it_as_an_alias() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let gazetteer = super::load(root).expect("the gazetteer loads");
        let country = |slug: &str| gazetteer.person_by_slug(slug).and_then(|p| p.country);
        assert_eq!(
            country("albert-ii").map(|c| c.to_string()).as_deref(),
            Some("BE")
        );
        assert_eq!(
            country("albert-ii-de-monaco")
                .map(|c| c.to_string())
                .as_deref(),
            Some("MC")
        );
    }
}
