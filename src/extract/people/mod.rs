//! People: everyone the text names, known to the gazetteer or recognised by a title or an honorific.
//!
//! Each language's word lists are in `lang`, how a name is found in `names`, the titles around it
//! in `titles` and what is written right after it in `after`, the names a list gives one after
//! another in `lists`, one entry per person whatever name the text uses in `cast`, the titles
//! given as people's roles in `roles`;
//! who of these people took part in the event is decided in `extract::participants`.

use std::ops::Range;

use crate::extract::lexicon::{CountryForm, CountryHit, Lexicon, Listed};
use crate::extract::text::Text;
use crate::model::{Confidence, CountryCode};

mod after;
mod cast;
mod known;
mod lists;
mod name_words;
mod names;
mod roles;
mod runs;
mod title_country;
mod titles;
mod untitled;

pub use name_words::{clause_word, undetermined_counterpart};
pub use roles::roles;
pub use title_country::served;

/// Someone the text names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Canonical when known, else as written.
    pub name: String,
    pub country: Option<CountryCode>,
    /// Whether `country` is only the dateline's, the default for a title that names none: a
    /// visitor's title often leaves out the country the report's city is not in.
    pub homed: bool,
    /// Index into `gazetteer.people`.
    pub known: Option<usize>,
    pub confidence: Confidence,
}

/// One place where a person is named.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Index into `Cast::people`.
    pub person: usize,
    /// The name's tokens.
    pub name: Range<usize>,
    /// The name with its title ("le président kirghize Sadyr Japarov"), in tokens.
    pub phrase: Range<usize>,
}

/// A title without a name ("son homologue malien", "les ministres de Belgique et du Portugal").
#[derive(Clone, Debug)]
pub struct Unnamed {
    pub phrase: Range<usize>,
    pub countries: Vec<CountryCode>,
    pub office: Option<Office>,
    /// The organisation's office the title states, of no country ("le président de la Commission
    /// de l'Union africaine"), as an index of the gazetteer's offices.
    pub official: Option<usize>,
    /// "les ministres de Belgique et du Portugal": several people, never bound to one name.
    pub plural: bool,
}

/// The offices that tell an unnamed title which named person it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
}

/// A name several known people bear ("M. Wang"), which the text does not settle.
#[derive(Clone, Debug)]
pub struct AmbiguousName {
    /// The name's tokens.
    pub name: Range<usize>,
    /// The name with its honorific or title, in tokens.
    pub phrase: Range<usize>,
    /// Indices into `gazetteer.people`.
    pub candidates: Vec<usize>,
}

/// Everyone the text names.
#[derive(Clone, Debug, Default)]
pub struct Cast {
    pub people: Vec<Person>,
    /// In text order.
    pub mentions: Vec<Mention>,
    /// Names that could be any of several known people, in text order.
    pub ambiguous: Vec<AmbiguousName>,
    /// In text order.
    pub unnamed: Vec<Unnamed>,
}

struct Finder<'t, 'l> {
    text: &'t Text<'t>,
    lex: &'l Lexicon,
    home: Option<CountryCode>,
    cast: Cast,
    /// Whether each token can be part of a name, worked out once: names are looked for from
    /// every token.
    name_words: Vec<bool>,
    /// The word lists each token is in, looked up once.
    listed: Vec<Listed>,
    /// The name of each of `cast.people`, folded once (`cast::Folded`).
    folded_names: Vec<cast::Folded>,
    /// Whether each token is a word of a sentence in title case that running text never writes
    /// with a capital (`name_words::headline_only_words`).
    headline_only: Vec<bool>,
}

/// Everyone the text names; `home` is the country of the dateline's city, the default for bare titles.
pub fn find(text: &Text, lex: &Lexicon, home: Option<CountryCode>) -> Cast {
    let n = text.tokens.len();
    let mut finder = Finder {
        text,
        lex,
        home,
        cast: Cast::default(),
        name_words: Vec::with_capacity(n),
        folded_names: Vec::new(),
        headline_only: Vec::new(),
        listed: Vec::with_capacity(n),
    };
    // One pass over the tokens: each token's lists are looked up once, and whether it can be part
    // of a name is told from them as it is read, not in a second pass.
    for i in 0..n {
        finder.listed.push(name_words::listed(text, lex, i));
        let name = finder.can_be_a_name(i);
        finder.name_words.push(name);
    }
    finder.given_names_of_places();
    finder.headline_only = finder.headline_only_words();
    let mut cast = finder.find();
    for person in &mut cast.people {
        person.name = cast::unshouted(&person.name);
    }
    cast
}

/// The country an envoy is posted to ("l'ambassadeur de la République du Nigeria au Niger",
/// "Ambassador to Malaysia"): the readout's host, whom a bare title ("le président de la
/// République") then names.
/// `countries` are the body's, as `Lexicon::countries_in` finds them in the folded text.
pub fn host_of_envoy(text: &Text, countries: &[(Range<usize>, CountryHit)]) -> Option<CountryCode> {
    let words = text.words;
    let in_title = |j: usize| {
        let f = text.fw(j);
        // "the Ambassador of the Russian Federation to": the words that join a country to it.
        words.title_determiners.contains(&f)
            || words.envoy_ranks.contains(&f)
            || words.country_joiners.contains(&f)
            || text.capitalised(j)
    };
    // "les lettres de créance de deux nouveaux ambassadeurs … en Haïti": envoys in the plural.
    let envoy = |f: &str| words.envoys.contains(&f.strip_suffix('s').unwrap_or(f));
    countries
        .iter()
        .filter(|(_, hit)| hit.form == CountryForm::Name)
        .find_map(|(r, hit)| {
            let k = text.token_at(text.folded.body_offset(r.start));
            // "to the Republic of Kenya": past the article of the state's name.
            let at = (0..k)
                .rev()
                .find(|&j| !words.country_articles.contains(&text.fw(j)))?;
            if !words.postings.contains(&text.fw(at)) {
                return None;
            }
            // "the Ambassador Extraordinary and Plenipotentiary of the Republic of Peru to".
            let envoy = (at.saturating_sub(12)..at)
                .rev()
                .take_while(|&j| j + 1 == at || in_title(j + 1))
                .any(|j| envoy(text.fw(j)));
            envoy.then_some(hit.code)
        })
}

#[cfg(test)]
mod tests;
