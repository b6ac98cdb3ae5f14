//! The gazetteer: countries, known people, places, organisations and issuers from `data/*.toml`, as data the extractor reads.

use std::collections::HashMap;

use serde::de::{Deserializer, Error as _};
use serde::Deserialize;

use crate::model::{slugify, without_initials, CountryCode, Language};

mod load;

pub use load::{load, parse, Files, FILES};

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::parse(&s)
            .ok_or_else(|| D::Error::custom(format!("`{s}` is not an ISO 3166-1 alpha-2 code")))
    }
}

/// Whether a country is a UN member, an observer state or a territory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Member,
    Observer,
    Territory,
}

/// The definite article a French country name takes ("le Kazakhstan", "l'Iran", "Cuba").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Article {
    #[serde(rename = "le")]
    Le,
    #[serde(rename = "la")]
    La,
    #[serde(rename = "l'")]
    Elided,
    #[serde(rename = "les")]
    Les,
    #[serde(rename = "")]
    None,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: CountryCode,
    pub status: Status,
    /// The state a territory is an integral part of (France's overseas departments): its
    /// officials act as that state's.
    #[serde(default)]
    pub part_of: Option<CountryCode>,
    /// The usual short French name, without article ("Kirghizistan").
    pub name: String,
    pub article: Article,
    /// The preposition of place: "au", "en", "aux" or "à".
    pub locative: String,
    /// Other names: official long forms, older or alternative spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjective and noun forms in every gender and number, lower case ("kazakh", "kazakhe", …).
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// Combining forms used in compounds, without the hyphen ("sino", "russo").
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// The capital, preferred French spelling first, then other spellings.
    #[serde(default)]
    pub capital: Vec<String>,
    /// The usual English name, the first of `countries-en.toml`'s names, when it lists any.
    #[serde(skip)]
    pub english_name: Option<String>,
    /// The capital as English writes it, the first of `countries-en.toml`'s capitals, when it
    /// lists any.
    #[serde(skip)]
    pub english_capital: Option<String>,
}

impl Country {
    /// The name pages show in an interface of `language`: the usual English name in English
    /// ("Kyrgyzstan"), the French name otherwise.
    pub fn display_name(&self, language: Language) -> &str {
        named_in(language, &self.name, self.english_name.as_deref())
    }

    /// The capital as a text of `language` writes it ("Pékin" in French, "Beijing" in English).
    pub fn capital_in(&self, language: Language) -> Option<&str> {
        let french = self.capital.first()?;
        Some(named_in(language, french, self.english_capital.as_deref()))
    }

    /// "le Kazakhstan", "l'Iran", "Cuba".
    pub fn with_article(&self) -> String {
        match self.article {
            Article::Le => format!("le {}", self.name),
            Article::La => format!("la {}", self.name),
            Article::Elided => format!("l'{}", self.name),
            Article::Les => format!("les {}", self.name),
            Article::None => self.name.clone(),
        }
    }

    /// "du Kazakhstan", "de la Chine", "de l'Iran", "des États-Unis", "de Cuba".
    pub fn genitive(&self) -> String {
        match self.article {
            Article::Le => format!("du {}", self.name),
            Article::La => format!("de la {}", self.name),
            Article::Elided => format!("de l'{}", self.name),
            Article::Les => format!("des {}", self.name),
            Article::None if starts_with_vowel(&self.name) => format!("d'{}", self.name),
            Article::None => format!("de {}", self.name),
        }
    }

    /// "au Kazakhstan", "en Chine", "aux États-Unis", "à Cuba".
    pub fn locative_phrase(&self) -> String {
        format!("{} {}", self.locative, self.name)
    }
}

fn starts_with_vowel(s: &str) -> bool {
    let first = deunicode::deunicode(&s.chars().take(1).collect::<String>()).to_ascii_lowercase();
    first.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h'])
}

/// A person the archive knows by name: heads of state and government, foreign ministers, …
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownPerson {
    /// The canonical full name, as pages show it.
    pub name: String,
    /// `None` for officials of international organisations.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// The name used with titles: "M. Xi", "le président Xi".
    pub surname: String,
    /// The full name an English interface shows, where English spells it otherwise
    /// ("Sergey Lavrov"); shown only: texts match it as one of the `aliases`.
    #[serde(default)]
    pub english: Option<String>,
    /// Other spellings of the full name.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Offices held, lower case, for disambiguation ("président", "ministre des Affaires
    /// étrangères"): each the French name of one of `Gazetteer::offices`.
    #[serde(default)]
    pub roles: Vec<String>,
}

/// An office in both interface languages, so that pages show a title in theirs, however a text
/// writes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// In French, lower case, as people's `roles` list it ("ministre des Affaires étrangères").
    pub name: String,
    /// In English, in title case ("Foreign Minister").
    pub english: String,
    /// Other ways texts write it, in either language ("Minister of Foreign Affairs").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The one country that has this office, where only one does ("conseiller fédéral": CH): a
    /// title naming it names that country.
    #[serde(default)]
    pub country: Option<CountryCode>,
}

impl Office {
    /// Every way of writing it: French, English, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        [&self.name, &self.english].into_iter().chain(&self.aliases)
    }
}

/// A city or other place where events happen, beyond the capitals.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    pub country: CountryCode,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A seat of government the texts name as a place ("reçu à Kosyam", "à Matignon"): a venue,
    /// which gives no city.
    #[serde(default)]
    pub seat: bool,
    /// A region with a government of its own: its adjective in lower case, every gender and
    /// number, in either language, by which its officials' titles name the state ("le Premier
    /// ministre québécois", "the Bavarian premier").
    #[serde(default)]
    pub demonyms: Vec<String>,
}

/// An international organisation, forum or mechanism the readouts name: the OCS, the United Nations…
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The stable key, also the last part of its URL (`ocs` → `/organisations/ocs/`).
    pub key: String,
    /// The usual French name, as a French interface shows it.
    pub name: String,
    /// The usual English name, as an English interface shows it; none when it is the same.
    #[serde(default)]
    pub english: Option<String>,
    /// Other names and spellings, matched in any case.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Acronyms, matched only as written, in capitals ("OCS", "ONU").
    #[serde(default)]
    pub acronyms: Vec<String>,
}

/// An issuer: a news agency or an official outlet whose texts sign themselves ("(MAP)",
/// "/CNW/"), or a ministry listed for its names alone.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// The issuer as a French interface's citations name it.
    pub name: String,
    /// Its English name, as an English interface's citations name it.
    #[serde(default)]
    pub english: Option<String>,
    /// How its texts sign, matched only as written.
    #[serde(default)]
    pub signatures: Vec<String>,
    pub country: Option<CountryCode>,
}

impl KnownPerson {
    /// The name pages show in an interface of `language`.
    pub fn display_name(&self, language: Language) -> &str {
        named_in(language, &self.name, self.english.as_deref())
    }
}

impl Organisation {
    /// The name pages show in an interface of `language`.
    pub fn display_name(&self, language: Language) -> &str {
        named_in(language, &self.name, self.english.as_deref())
    }
}

impl Issuer {
    /// The name citations give it in an interface of `language`.
    pub fn display_name(&self, language: Language) -> &str {
        named_in(language, &self.name, self.english.as_deref())
    }
}

/// The name of an entry the gazetteer names in French and, where it differs, in English, as an
/// interface in `language` shows it.
fn named_in<'a>(language: Language, french: &'a str, english: Option<&'a str>) -> &'a str {
    match (language, english) {
        (Language::En, Some(name)) => name,
        _ => french,
    }
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    pub countries: Vec<Country>,
    pub people: Vec<KnownPerson>,
    /// The offices people hold, in both languages.
    pub offices: Vec<Office>,
    pub places: Vec<Place>,
    /// Sorted by key.
    pub organisations: Vec<Organisation>,
    pub issuers: Vec<Issuer>,
    by_code: HashMap<CountryCode, usize>,
    /// Each person by the slug of their name and of each alias, a slug two people share going to
    /// the one listed last; then by a surname of several words that no one else bears and no
    /// name or alias spells ("López Obrador"), so that the texts' spellings make one page.
    by_slug: HashMap<String, usize>,
}

impl Gazetteer {
    pub fn country(&self, code: CountryCode) -> Option<&Country> {
        self.by_code.get(&code).map(|&i| &self.countries[i])
    }

    /// The state a participant from `code` represents: the state a territory is part of, or
    /// the country itself.
    pub fn sovereign(&self, code: CountryCode) -> CountryCode {
        self.country(code).and_then(|c| c.part_of).unwrap_or(code)
    }

    pub fn organisation(&self, key: &str) -> Option<&Organisation> {
        self.organisations
            .binary_search_by(|o| o.key.as_str().cmp(key))
            .ok()
            .map(|i| &self.organisations[i])
    }

    /// The known person a name refers to, by its slug (`slugify`): canonical name or alias, with
    /// or without middle initials ("Antony J. Blinken" is Antony Blinken).
    pub fn person_by_slug(&self, slug: &str) -> Option<&KnownPerson> {
        (self.by_slug.get(slug))
            .or_else(|| self.by_slug.get(&without_initials(slug, '-')?))
            .map(|&i| &self.people[i])
    }

    /// The known person whose key (the slug of the canonical name) is `key`.
    pub fn person_by_key(&self, key: &str) -> Option<&KnownPerson> {
        self.people.iter().find(|p| slugify(&p.name) == key)
    }
}
