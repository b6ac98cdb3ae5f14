//! The lexicon: the gazetteer and the phrase tables compiled once into automata over folded text.

use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::kind::Cue;
use crate::extract::lang::{Language, Words};
use crate::extract::text::{is_whole_word, Folded};
use crate::gazetteer::{Gazetteer, Office};

use crate::model::{CountryCode, EventKind};
pub use listed::Listed;

/// How a country is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryForm {
    /// Its name or another name ("Kazakhstan", "République populaire de Chine").
    Name,
    /// An adjective or inhabitant noun ("kazakhe", "Burkinabés").
    Demonym,
    /// A combining form, only before a hyphen ("sino-").
    Prefix,
}

/// A country named in folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryHit {
    pub code: CountryCode,
    pub form: CountryForm,
}

/// The gazetteer compiled for fast matching; built once per build, shared by every readout. It
/// owns its gazetteer, so the preview server keeps one between rebuilds.
#[derive(Debug)]
pub struct Lexicon {
    pub gazetteer: Gazetteer,
    names: Phrases,
    /// Index into `gazetteer.people` for each pattern of `names`.
    name_owner: Vec<usize>,
    /// Each known person's name folded, in the order of `gazetteer.people`: compared with the
    /// names of every readout, folded once here.
    folded_people: Vec<String>,
    /// Folded surname → people who bear it.
    surnames: HashMap<String, Vec<usize>>,
    /// Folded full names and aliases that more than one known person bears → those people.
    shared_names: HashMap<String, Vec<usize>>,
    organisations: Phrases,
    /// For each pattern of `organisations`, the entries it can name: the index into
    /// `gazetteer.organisations`, and the acronym as written when the pattern is one (an acronym
    /// matches only as written).
    organisation_owners: Vec<Vec<(usize, Option<String>)>>,
    countries: Phrases,
    country_hits: Vec<CountryHit>,
    /// Countries whose demonym another country shares ("congolais") → those other countries.
    namesakes: HashMap<CountryCode, Vec<CountryCode>>,
    /// Folded capitals and places → their country.
    places: HashMap<String, CountryCode>,
    /// Folded places `places.toml` lists, seats aside: places though a country bears their name.
    listed_places: HashSet<String>,
    /// Folded adjectives of regions with governments of their own (`Place::demonyms`) → the
    /// state's country.
    region_demonyms: HashMap<String, CountryCode>,
    /// Folded names of those regions, one word each ("quebec") → the state's country.
    region_names: HashMap<String, CountryCode>,
    /// Folded seats of government (`Place::seat`): venues, not places.
    seats: HashSet<String>,
    /// Folded words of places every spelling of which carries accents → those spellings in
    /// lower case: a word written with other accents is not the place's ("Richard Balé", "Bâle").
    accented_places: HashMap<String, Vec<String>>,
    /// Each language's exchange cues (`Words::exchange_cues`), in the order of `Language::ALL`:
    /// their phrases, and the cue of each pattern.
    cues: Vec<(Phrases, Vec<Cue>)>,
    /// Each language's `Words::secondary_markers`, in the order of `Language::ALL`.
    markers: Vec<Phrases>,
    /// Each language's words by the lists they are in, in the order of `Language::ALL`, with
    /// the words of places (`Listed::GEO`).
    listed: Vec<listed::WordLists>,
    /// Issuers' signatures by their first word as written → (index into `gazetteer.issuers`,
    /// the whole signature).
    signatures: HashMap<String, Vec<(usize, String)>>,
    /// Every folded name of an office → index into `gazetteer.offices`.
    offices: HashMap<String, usize>,
    /// Folded names of the offices only one country has ("conseiller federal", "taoiseach"), and
    /// that country for each of them, in the same order.
    national_office_names: Phrases,
    national_offices: Vec<CountryCode>,
    /// The offices that known people of no country hold, organisations' offices: each name of
    /// the office, folded, split at its first word ("president", "de la commission de l'union
    /// africaine"), with the office's index in the gazetteer.
    organisation_offices: Vec<(String, String, usize)>,
}

/// Folded phrases matched as whole words (`whole_words`) by one unanchored automaton: a pass of
/// its DFA over the text, byte by byte, costs less than asking it at every word's start.
#[derive(Debug)]
struct Phrases {
    automaton: search::Searcher,
}

impl Phrases {
    fn new<I: AsRef<str>>(patterns: impl IntoIterator<Item = I>) -> Phrases {
        let patterns: Vec<I> = patterns.into_iter().collect();
        Phrases {
            automaton: search::Searcher::new(&patterns),
        }
    }

    /// The matches in folded text that are whole words: one that is not ("a rencontre" in "sa
    /// rencontre") gives way to those that start at a later word ("rencontre"), so the search
    /// goes on from there.
    fn whole_words<'a>(
        &'a self,
        folded: &'a str,
    ) -> impl Iterator<Item = aho_corasick::Match> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < folded.len() {
                let m = self.automaton.find(folded, at)?;
                if is_whole_word(folded, &m.range()) {
                    at = m.end();
                    return Some(m);
                }
                // A match that starts inside a word is never whole: the search goes on from the
                // next word's start (folded text is ASCII: every byte starts a character).
                at = (folded.as_bytes()[m.start()..].iter())
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(folded.len(), |n| m.start() + n + 1);
            }
            None
        })
    }
}

impl Lexicon {
    /// The issuer whose signature starts at a word of `body` written `word`, matched as written
    /// and as whole words: (index into `gazetteer.issuers`, the signature's length in bytes).
    pub fn signature_at(&self, word: &str, body: &str) -> Option<(usize, usize)> {
        self.signatures.get(word)?.iter().find_map(|(i, sig)| {
            let whole = body.starts_with(sig.as_str())
                && !body[sig.len()..].starts_with(char::is_alphanumeric);
            whole.then_some((*i, sig.len()))
        })
    }

    /// The country of an office only one country has, named in a folded title as whole words
    /// ("la conseillère fédérale": CH).
    pub fn national_office(&self, folded_title: &str) -> Option<CountryCode> {
        (self.national_office_names.whole_words(folded_title))
            .next()
            .map(|m| self.national_offices[m.pattern().as_usize()])
    }

    /// The organisation's office a folded title states, its role word `role` first, as an index
    /// of the gazetteer's offices: "le président sortant de la Commission de l'Union africaine"
    /// holds the Commission's presidency, whoever holds it at the text's date.
    pub fn organisation_office(&self, role: &str, folded_title: &str) -> Option<usize> {
        (self.organisation_offices.iter())
            .find(|(word, of, _)| word == role && folded_title.contains(of.as_str()))
            .map(|&(_, _, office)| office)
    }

    /// Whether the known person `person` holds an organisation's office that a bare title, folded,
    /// names with the organisation left out ("the Secretary General" of "NATO Secretary General").
    pub fn holds_organisation_office_as(&self, person: usize, folded_title: &str) -> bool {
        // Each of the office's folded names, as its role word and the rest.
        (self.organisation_offices.iter())
            .filter(|&&(_, _, office)| self.holds(person, office))
            .any(|(role, of, _)| {
                let name = format!("{role} {of}");
                name.starts_with(&format!("{folded_title} "))
                    || name.ends_with(&format!(" {folded_title}"))
            })
    }

    /// Whether the known person `person` holds the gazetteer's office `office`.
    pub fn holds(&self, person: usize, office: usize) -> bool {
        let name = &self.gazetteer.offices[office].name;
        self.gazetteer.people[person].roles.contains(name)
    }

    /// The office a folded title names, one of its names in either language.
    pub fn office(&self, folded_title: &str) -> Option<&Office> {
        let &i = self.offices.get(folded_title)?;
        Some(&self.gazetteer.offices[i])
    }

    /// Known people named in full in folded text: (folded span, index into `gazetteer.people`).
    pub fn people_in(&self, folded: &str) -> Vec<(Range<usize>, usize)> {
        self.names
            .whole_words(folded)
            .map(|m| (m.range(), self.name_owner[m.pattern().as_usize()]))
            .collect()
    }

    /// The known people who all bear this folded full name or alias, when more than one does.
    pub fn sharing_name(&self, folded: &str) -> &[usize] {
        self.shared_names.get(folded).map_or(&[], Vec::as_slice)
    }

    /// Organisations named in the body, by name, alias, or acronym written as listed:
    /// (body span, index into `gazetteer.organisations`).
    pub fn organisations_in(&self, body: &str, folded: &Folded) -> Vec<(Range<usize>, usize)> {
        self.organisations_within(body, folded, 0..folded.text.len())
            .collect()
    }

    /// Organisations named in a folded span of the body, as `organisations_in` finds them.
    pub fn organisations_within<'s>(
        &'s self,
        body: &'s str,
        folded: &'s Folded,
        within: Range<usize>,
    ) -> impl Iterator<Item = (Range<usize>, usize)> + 's {
        let offset = within.start;
        self.organisations
            .whole_words(&folded.text[within])
            .filter_map(move |m| {
                let span = folded.body_span(m.start() + offset..m.end() + offset);
                let written = body.get(span.clone());
                self.organisation_owners[m.pattern().as_usize()]
                    .iter()
                    .find(|(_, acronym)| acronym.as_deref().is_none_or(|a| written == Some(a)))
                    .map(|(org, _)| (span, *org))
            })
    }

    /// Countries named in folded text, by name, demonym or prefix (only before a hyphen).
    pub fn countries_in(&self, folded: &str) -> Vec<(Range<usize>, CountryHit)> {
        (self.countries.whole_words(folded))
            .map(|m| (m.range(), self.country_hits[m.pattern().as_usize()]))
            .filter(|(r, hit)| {
                hit.form != CountryForm::Prefix || folded.as_bytes().get(r.end) == Some(&b'-')
            })
            .collect()
    }

    /// The countries that share a demonym with this one ("congolais": CG and CD).
    pub fn namesakes(&self, code: CountryCode) -> &[CountryCode] {
        self.namesakes.get(&code).map_or(&[], Vec::as_slice)
    }

    /// Exchange cues in folded text: (offset, cue). A cue after a word for many ("maints
    /// entretiens", "many meetings") sums up several exchanges and names none of them; a one-word
    /// mode of a call before a word of appeal ("called for calm", "a appelé à la retenue") names
    /// none either; nor does one a wish for it comes a few words before in its clause ("expressed
    /// a desire to engage him in discussions"); nor the noun of a gathering whose margins an
    /// exchange was held on ("En marge de la rencontre, il s'est entretenu avec Y", "on the
    /// sidelines of the 26th Meeting of the Council"), or of a body's gathering a party attended
    /// ("a pris part à la réunion du conseil exécutif", "attended the meeting of the Council"):
    /// the gathering, not the exchange.
    pub fn kind_cues(&self, folded: &str, language: Language) -> Vec<(Range<usize>, Cue)> {
        let words = Words::of(language);
        let wished = |at: usize, cue: Cue| {
            let clause = folded[..at].rsplit([',', '.', ';', ':', '\n']).next();
            let tail = (clause.unwrap_or("").split_whitespace().rev()).take(WISHED_WITHIN);
            matches!(cue, Cue::Kind(_) | Cue::Exchange)
                && (tail.clone().skip(1).zip(tail)).any(|pair| words.wished.contains(&pair))
        };
        let summed_up = |at: usize| {
            let before = folded[..at].trim_end();
            let word = before.rsplit([' ', '\n']).next().unwrap_or("");
            words.many.contains(&word)
        };
        let appeal = |at: &Range<usize>, cue: Cue| {
            let after = folded[at.end..].trim_start();
            let word = after.split([' ', '\n']).next().unwrap_or("");
            matches!(cue, Cue::Mode(EventKind::PhoneCall | EventKind::VideoCall))
                && words.appeals.0.contains(&&folded[at.clone()])
                && words.appeals.1.contains(&word)
        };
        // "had a telephone conversation ahead of the upcoming extraordinary video conference of
        // the Council": how an exchange to come will be held, not how this one was.
        let to_come = |at: usize, cue: Cue| {
            matches!(cue, Cue::Mode(_) | Cue::Means(_))
                && (folded[..at].split_whitespace().rev().take(TO_COME_WITHIN))
                    .any(|w| words.coming.contains(&w))
        };
        // "expressed hope that the two countries would build constructive dialogue", "in
        // constant dialogue with": a noun that names an exchange only where a word counts it,
        // uncounted in the few words before it in its clause, names the relations.
        let uncounted = |at: &Range<usize>| {
            let (nouns, counting) = &words.counted;
            nouns.contains(&&folded[at.clone()]) && {
                let clause = folded[..at.start].rsplit([',', '.', ';', ':', '\n']).next();
                !(clause.unwrap_or("").split_whitespace().rev())
                    .take(COUNTED_WITHIN)
                    .any(|w| counting.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit()))
            }
        };
        let margins = |at: &Range<usize>, cue: Cue| {
            matches!(cue, Cue::Kind(_) | Cue::Occasion(_))
                && (on_margins_of(&folded[..at.start], words)
                    || attended_of(&folded[..at.start], &folded[at.end..], words))
        };
        let (phrases, cues) = &self.cues[language as usize];
        phrases
            .whole_words(folded)
            .filter(|m| !summed_up(m.start()))
            .map(|m| (m.range(), cues[m.pattern().as_usize()]))
            .filter(|(at, cue)| {
                !appeal(at, *cue)
                    && !wished(at.start, *cue)
                    && !to_come(at.start, *cue)
                    && !margins(at, *cue)
                    && !uncounted(at)
            })
            .collect()
    }

    /// Whether folded text announces another exchange (`Words::secondary_markers`, as whole words).
    pub fn marks_another(&self, folded: &str, language: Language) -> bool {
        self.markers[language as usize]
            .whole_words(folded)
            .next()
            .is_some()
    }

    /// The lists of the language's words this folded word is in.
    pub fn listed(&self, language: Language, folded: &str) -> Listed {
        self.listed[language as usize].get(folded)
    }

    /// The name of known person `person` (an index into `gazetteer.people`), folded.
    pub fn folded_name(&self, person: usize) -> &str {
        &self.folded_people[person]
    }

    /// People whose surname is this folded word.
    pub fn by_surname(&self, folded: &str) -> &[usize] {
        self.surnames.get(folded).map_or(&[], Vec::as_slice)
    }

    /// The country of a known capital or place, by folded name.
    pub fn place_country(&self, folded: &str) -> Option<CountryCode> {
        self.places.get(folded).copied()
    }

    /// The state of the region whose adjective a folded word is ("quebecois": Canada).
    pub fn region_demonym(&self, folded: &str) -> Option<CountryCode> {
        self.region_demonyms.get(folded).copied()
    }

    /// The state of the region a folded word names or is the adjective of ("quebec",
    /// "quebecoises": Canada).
    pub fn region_word(&self, folded: &str) -> Option<(CountryCode, CountryForm)> {
        (self
            .region_names
            .get(folded)
            .map(|&c| (c, CountryForm::Name)))
        .or_else(|| (self.region_demonym(folded)).map(|c| (c, CountryForm::Demonym)))
    }

    /// Whether a word of a place (`folded`) is `written` with accents none of the place's
    /// spellings has, and so is another word.
    pub fn spelt_otherwise(&self, folded: &str, written: &str) -> bool {
        self.accented_places.get(folded).is_some_and(|spellings| {
            let lower = written.to_lowercase();
            lower != folded && !spellings.contains(&lower)
        })
    }

    /// Whether a folded known place is a city whatever preposition comes before it: one no
    /// country bears the name of ("au Caire"), or one listed as a place though a country bears it
    /// ("au Vatican"); not a capital named after its country ("au Koweït" is the country).
    pub fn names_city(&self, folded: &str) -> bool {
        self.places.contains_key(folded)
            && (self.listed_places.contains(folded) || self.countries_in(folded).is_empty())
    }

    /// Whether a folded word is a seat of government (`Place::seat`), which names a venue.
    pub fn is_seat(&self, folded: &str) -> bool {
        self.seats.contains(folded)
    }
}

/// Whether folded text `before` ends with the margins of what comes next: a word of margins, its
/// genitive, and up to two articles or numbers ("en marge de la", "on the sidelines of the 26th",
/// "en marge d'une").
fn on_margins_of(before: &str, words: &Words) -> bool {
    let mut back = before
        .split([' ', '\n', '\''])
        .rev()
        .filter(|w| !w.is_empty());
    let article = |w: &str| {
        words.definite.contains(&w)
            || words.indefinite.contains(&w)
            || words
                .definite
                .iter()
                .any(|d| d.strip_suffix('\'') == Some(w))
            || w.starts_with(|c: char| c.is_ascii_digit())
    };
    let genitive =
        |w: &str| (words.genitives.iter()).any(|g| *g == w || g.strip_suffix('\'') == Some(w));
    let mut w = back.next();
    for _ in 0..MARGIN_ARTICLES {
        if !w.is_some_and(|w| article(w) && !genitive(w)) {
            break;
        }
        w = back.next();
    }
    w.is_some_and(genitive) && back.next().is_some_and(|m| words.margins.contains(&m))
}

/// Whether folded text `before` ends with a party's attending a gathering, and `after` opens with
/// the genitive of the body whose gathering it is ("a pris part à la" … "du conseil exécutif",
/// "attended the 5th" … "of the Council"): up to two articles or numbers after the verb and its
/// preposition.
fn attended_of(before: &str, after: &str, words: &Words) -> bool {
    let genitive =
        |w: &str| (words.genitives.iter()).any(|g| *g == w || g.strip_suffix('\'') == Some(w));
    let of = after.split([' ', '\n', '\'']).find(|w| !w.is_empty());
    if !of.is_some_and(genitive) {
        return false;
    }
    let (verbs, prepositions) = words.attending;
    let mut back = before
        .split([' ', '\n', '\''])
        .rev()
        .filter(|w| !w.is_empty())
        .skip_while(|w| {
            words.definite.contains(w)
                || words.indefinite.contains(w)
                || words
                    .definite
                    .iter()
                    .any(|d| d.strip_suffix('\'') == Some(*w))
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
    let mut w = back.next();
    if w.is_some_and(|w| prepositions.contains(&w)) {
        w = back.next();
    }
    w.is_some_and(|w| verbs.contains(&w))
}

/// How many articles or numbers may stand between the margins' genitive and the gathering's noun
/// ("on the sidelines of the 26th Meeting").
const MARGIN_ARTICLES: usize = 2;

/// How many words before a cue a wish for the exchange may come ("a desire to engage him in
/// discussions").
const WISHED_WITHIN: usize = 6;

/// How many words before a noun that names an exchange only where counted may count it ("the
/// fifth Ghana-Kenya Annual Leaders' Dialogue", "un dialogue économique de haut niveau").
const COUNTED_WITHIN: usize = 7;

/// How many words before a call's mode may tell the call is to come ("the upcoming extraordinary
/// video conference").
const TO_COME_WITHIN: usize = 2;

mod build;
mod listed;
mod search;
#[cfg(test)]
mod tests;
