//! The lexicon: the gazetteer and the phrase tables compiled once into automata over folded text.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extract::kind::Cue;
use crate::extract::lang::{Language, Words};
use crate::extract::text::{fold, is_whole_word, is_word_byte, Folded};
use crate::gazetteer::{Gazetteer, Office};

use crate::model::{CountryCode, EventKind};
pub use listed::Listed;
use listed::{word_lists, STILL_NAMES};

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
    listed: Vec<HashMap<String, Listed>>,
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
    automaton: AhoCorasick,
}

impl Phrases {
    fn new<I: AsRef<str>>(patterns: impl IntoIterator<Item = I>) -> Phrases {
        let patterns: Vec<I> = patterns.into_iter().collect();
        let build = |kind| {
            (AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(kind))
            .build(patterns.iter().map(|p| p.as_ref()))
        };
        // A full DFA: built once per build, then the fastest search over every readout. A
        // gazetteer too large for one gets the automaton the crate chooses, slower but as exact.
        let automaton = build(Some(AhoCorasickKind::DFA))
            .or_else(|_| build(None))
            // Only patterns beyond every automaton's limits (billions of bytes) come here.
            .expect("the gazetteer's phrases fit an automaton");
        Phrases { automaton }
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
                let m = self
                    .automaton
                    .find(aho_corasick::Input::new(folded).range(at..))?;
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
    pub fn new(gazetteer: Gazetteer) -> Lexicon {
        let mut name_patterns = Vec::new();
        let mut name_owner = Vec::new();
        let mut surnames: HashMap<String, Vec<usize>> = HashMap::default();
        let mut owners: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, person) in gazetteer.people.iter().enumerate() {
            let names = std::iter::once(&person.name).chain(&person.aliases);
            for folded in names.flat_map(|name| article_spellings(&fold(name))) {
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
                    country_patterns.push(folded);
                    country_hits.push(CountryHit {
                        code: country.code,
                        form,
                    });
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
        for place in &gazetteer.places {
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
        Lexicon {
            gazetteer,
            signatures,
            organisation_offices,
            offices,
            national_office_names: Phrases::new(&national_office_names),
            national_offices,
            names: Phrases::new(&name_patterns),
            name_owner,
            surnames,
            shared_names: owners,
            organisations: Phrases::new(&organisation_patterns),
            organisation_owners,
            countries: Phrases::new(&country_patterns),
            country_hits,
            namesakes,
            places,
            listed_places,
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
    /// a desire to engage him in discussions").
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
        let (phrases, cues) = &self.cues[language as usize];
        phrases
            .whole_words(folded)
            .filter(|m| !summed_up(m.start()))
            .map(|m| (m.range(), cues[m.pattern().as_usize()]))
            .filter(|(at, cue)| !appeal(at, *cue) && !wished(at.start, *cue))
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
        self.listed[language as usize]
            .get(folded)
            .copied()
            .unwrap_or_default()
    }

    /// People whose surname is this folded word.
    pub fn by_surname(&self, folded: &str) -> &[usize] {
        self.surnames.get(folded).map_or(&[], Vec::as_slice)
    }

    /// The country of a known capital or place, by folded name.
    pub fn place_country(&self, folded: &str) -> Option<CountryCode> {
        self.places.get(folded).copied()
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

/// How many words before a cue a wish for the exchange may come ("a desire to engage him in
/// discussions").
const WISHED_WITHIN: usize = 6;

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

mod listed;
#[cfg(test)]
mod tests;
