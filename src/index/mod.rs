//! Indexing: readouts cross-linked by key into an `Archive` of people, countries, organisations and
//! years, with URLs.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::Datelike;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::gazetteer::Gazetteer;
use crate::model::{slugify, CountryCode, Language, Readout};
use crate::permalink::{Assignment, Ledger};
use links::mentioned_keys;

mod links;
mod listing;
mod summary;
mod tally;
mod translations;

pub use listing::{Listing, Parties};
pub use summary::{GivenRole, Met, Span};
pub use tally::{most_frequent_first, Before};

/// Index of a readout in `Archive::readouts`.
pub type ReadoutIx = usize;
/// Index of a person in `Archive::people`.
pub type PersonIx = usize;
/// Index of a country in `Archive::countries`.
pub type CountryIx = usize;
/// Index of an organisation in `Archive::organisations`.
pub type OrganisationIx = usize;

/// The whole archive, cross-linked by index. Every list is in a fixed, documented order.
#[derive(Debug)]
pub struct Archive {
    /// Newest first; undated and year-less readouts last.
    pub readouts: Vec<Entry>,
    /// Sorted by key.
    pub people: Vec<Person>,
    /// Sorted by code.
    pub countries: Vec<Country>,
    /// The organisations some readout mentions, sorted by key.
    pub organisations: Vec<Organisation>,
    /// Newest first.
    pub years: Vec<Year>,
    /// The readouts placed in no year, having neither a full event date nor a publication
    /// date, in the archive's order.
    pub undated: Vec<ReadoutIx>,
    /// Former URLs, each sending readers to where the page is now.
    pub redirects: Vec<Redirect>,
    /// Published URLs whose page is gone, each keeping a notice; sorted by path.
    pub tombstones: Vec<Tombstone>,
    /// Every URL of the archive, for `permalinks.lock`.
    pub ledger: Ledger,
    /// The person each name the readouts spell refers to (a spelling whose slug is empty refers
    /// to none), so that finding one needs no slug and no gazetteer.
    names: FxHashMap<String, PersonIx>,
    /// Each name of an issuer the gazetteer lists, in either language, to the name the
    /// interface gives it, where the two differ.
    issuers: FxHashMap<String, String>,
    /// The counts the people's names, countries and meetings and the countries' partners are
    /// worked out from, kept so that one readout can be counted out and in again.
    tallies: tally::Tallies,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Redirect {
    pub from: String,
    pub to: String,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Tombstone {
    pub path: String,
    pub title: String,
    /// Why the page is gone, as the front matter's `withdrawn` says, or a general notice.
    pub reason: String,
}

/// A readout with its URL and the entities it links to.
#[derive(Debug)]
pub struct Entry {
    pub readout: Readout,
    /// Path from the site root, ending in `/` (`readouts/2025-11-19-…/`).
    pub path: String,
    /// Participants of the main event, in the text's order.
    pub participants: Vec<PersonIx>,
    /// Participants of secondary events who are not main participants.
    pub secondary_participants: Vec<PersonIx>,
    /// People named in the text or the metadata who took part in no event of it.
    pub mentioned_people: Vec<PersonIx>,
    pub countries: Vec<CountryIx>,
    /// Countries named in the text or the metadata whose people took part in no event of it.
    pub mentioned_countries: Vec<CountryIx>,
    /// Organisations named in the text, in the order of their keys.
    pub mentioned_organisations: Vec<OrganisationIx>,
    /// The readouts that give the same account in another language (`index::translations`).
    pub translations: Vec<ReadoutIx>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The URL slug, unique: `sadyr-japarov`.
    pub key: String,
    pub name: String,
    /// The gazetteer's surname, for a known person.
    pub surname: Option<String>,
    pub country: Option<CountryIx>,
    /// Readouts of events they took part in, newest first.
    pub took_part: Vec<ReadoutIx>,
    /// Readouts that only mention them, newest first.
    pub mentioned_in: Vec<ReadoutIx>,
    /// The people they took part in an event with, most frequent first.
    pub met: Vec<Met>,
    /// The first and last year they took part in an event, when the readouts give years.
    pub years: Option<Span>,
    /// The titles the texts give them, the earliest first.
    pub roles: Vec<GivenRole>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    pub code: CountryCode,
    /// The gazetteer's name in the interface language ("Kirghizistan", "Kyrgyzstan").
    pub name: String,
    /// Readouts where one of its people took part, newest first.
    pub took_part: Vec<ReadoutIx>,
    /// Readouts that only mention it, newest first.
    pub mentioned_in: Vec<ReadoutIx>,
    /// People of this country, by name.
    pub people: Vec<PersonIx>,
    /// Countries it met in events, most frequent first.
    pub partners: Vec<(CountryIx, usize)>,
    /// How many readouts its people took part in, year by year, the oldest first.
    pub per_year: Vec<(i32, usize)>,
    /// Its most frequent partners, each with how often they met in each year of `per_year`.
    pub partners_by_year: Vec<PartnerYears>,
}

/// A partner's meetings with a country, year by year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerYears {
    pub country: CountryIx,
    /// In each year of `Country::per_year`.
    pub per_year: Vec<usize>,
    /// All their meetings, as `Country::partners` counts them: those of readouts that give no
    /// year too.
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    /// The gazetteer's key, also the URL's last part (`ocs`).
    pub key: String,
    pub name: String,
    /// Readouts that name it, newest first.
    pub mentioned_in: Vec<ReadoutIx>,
}

#[derive(Debug)]
pub struct Year {
    pub year: i32,
    pub readouts: Vec<ReadoutIx>,
}

impl Archive {
    /// The person a name refers to, by slug.
    pub fn person_ix(&self, name: &str) -> Option<PersonIx> {
        if let Some(ix) = self.names.get(name) {
            return Some(*ix);
        }
        let key = slugify(name);
        self.people
            .binary_search_by(|p| p.key.as_str().cmp(&key))
            .ok()
    }

    pub fn country_ix(&self, code: CountryCode) -> Option<CountryIx> {
        tally::country_at(&self.countries, code)
    }

    /// The issuer a readout is cited under: its publisher, else the config's, by the name the
    /// interface gives it ("Agence de presse Xinhua", "Xinhua News Agency").
    pub fn publisher<'a>(&'a self, entry: &'a Entry, config: &'a Config) -> &'a str {
        let m = &entry.readout.metadata;
        let name = m.publisher.as_deref().unwrap_or(&config.publisher);
        self.issuers.get(name).map_or(name, String::as_str)
    }

    pub fn organisation_ix(&self, key: &str) -> Option<OrganisationIx> {
        self.organisations
            .binary_search_by(|o| o.key.as_str().cmp(key))
            .ok()
    }
}

impl Person {
    /// The name lists sort by: the gazetteer's surname ("Wang" of Wang Yi), else the last word.
    pub fn sort_name(&self) -> &str {
        self.surname
            .as_deref()
            .or_else(|| self.name.split_whitespace().last())
            .unwrap_or(&self.name)
    }

    fn new(key: String, surname: Option<String>) -> Person {
        Person {
            key,
            surname,
            name: String::new(),
            country: None,
            took_part: Vec::new(),
            mentioned_in: Vec::new(),
            met: Vec::new(),
            years: None,
            roles: Vec::new(),
        }
    }

    pub fn path(&self) -> String {
        format!("people/{}/", self.key)
    }
}

impl Country {
    pub fn path(&self) -> String {
        format!("countries/{}/", self.code.slug())
    }
}

impl Organisation {
    pub fn path(&self) -> String {
        format!("organisations/{}/", self.key)
    }
}

impl Year {
    pub fn path(&self) -> String {
        format!("years/{}/", self.year)
    }
}

/// Builds the archive from the readouts and the paths `permalink::assign` gave them, naming
/// countries in the interface's `language`.
/// Pure: the same readouts give the same archive, whatever their order.
pub fn build(
    readouts: Vec<Readout>,
    assignment: Assignment,
    gazetteer: &Gazetteer,
    language: Language,
) -> Archive {
    let mut ledger = assignment.ledger;
    let mut tombstones = Vec::new();
    let mut published: Vec<(Readout, String)> = Vec::with_capacity(readouts.len());
    for (readout, path) in readouts.into_iter().zip(assignment.paths) {
        match &readout.metadata.withdrawn {
            Some(reason) => tombstones.push(Tombstone {
                path,
                title: readout.metadata.title.value.clone(),
                reason: reason.clone(),
            }),
            None => published.push((readout, path)),
        }
    }
    // By key: a readout is too large to move at every comparison.
    published.sort_by_cached_key(|(r, _)| newest_first(r));
    let (readouts, paths): (Vec<Readout>, Vec<String>) = published.into_iter().unzip();
    let (people, names) = tally::people(&readouts, gazetteer, language);
    let known_country = |name: &str| {
        let ix = *names.get(name)?;
        people[ix].1.known_country
    };
    let codes: Vec<CountryCode> = readouts
        .par_iter()
        .flat_map_iter(|r| tally::country_refs(r, known_country))
        .collect();
    let codes: BTreeSet<CountryCode> = codes.into_iter().collect();
    let countries: Vec<Country> = codes
        .into_iter()
        .filter_map(|code| {
            let name = gazetteer.country(code)?.display_name(language).to_string();
            Some(Country {
                code,
                name,
                took_part: Vec::new(),
                mentioned_in: Vec::new(),
                people: Vec::new(),
                partners: Vec::new(),
                per_year: Vec::new(),
                partners_by_year: Vec::new(),
            })
        })
        .collect();
    let keys: BTreeSet<&str> = readouts.iter().flat_map(mentioned_keys).collect();
    let organisations: Vec<Organisation> = keys
        .into_iter()
        .filter_map(|key| {
            let org = gazetteer.organisation(key)?;
            Some(Organisation {
                key: org.key.clone(),
                name: org.display_name(language).to_string(),
                mentioned_in: Vec::new(),
            })
        })
        .collect();
    let (people, tallies): (Vec<Person>, Vec<tally::PersonTally>) = people
        .into_iter()
        .map(|(key, tally)| {
            let surname = gazetteer.person_by_slug(&key).map(|p| p.surname.clone());
            (Person::new(key, surname), tally)
        })
        .unzip();
    let issuers = (gazetteer.issuers.iter())
        .flat_map(|issuer| {
            let shown = issuer.display_name(language);
            (std::iter::once(&issuer.name).chain(&issuer.english))
                .filter(move |name| name.as_str() != shown)
                .map(move |name| (name.clone(), shown.to_string()))
        })
        .collect();
    let mut archive = Archive {
        issuers,
        readouts: Vec::new(),
        tallies: tally::Tallies::new(tallies, countries.len(), language),
        people,
        countries,
        organisations,
        years: Vec::new(),
        undated: Vec::new(),
        redirects: Vec::new(),
        tombstones: Vec::new(),
        ledger: Ledger::default(),
        names,
    };
    let entries: Vec<Entry> = (readouts.into_par_iter().zip(paths))
        .map(|(readout, path)| archive.link(readout, path))
        .collect();
    archive.readouts = entries;
    translations::link(&mut archive.readouts);
    for rx in 0..archive.readouts.len() {
        archive.tally(rx, true);
    }
    let everyone: Vec<PersonIx> = (0..archive.people.len()).collect();
    let every_country: Vec<CountryIx> = (0..archive.countries.len()).collect();
    for ix in everyone.iter().copied() {
        (archive.people[ix].name, archive.people[ix].country) = archive.identity(ix);
    }
    archive.settle(&everyone, &every_country);
    let Archive {
        people, countries, ..
    } = &mut archive;
    for (ix, person) in people.iter().enumerate() {
        if let Some(c) = person.country {
            countries[c].people.push(ix);
        }
    }
    for country in countries.iter_mut() {
        country
            .people
            .sort_by(|a, b| people[*a].name.cmp(&people[*b].name).then(a.cmp(b)));
    }

    let mut years: BTreeMap<i32, Vec<ReadoutIx>> = BTreeMap::new();
    for (rx, entry) in archive.readouts.iter().enumerate() {
        match entry.readout.metadata.placed_on() {
            Some(day) => years.entry(day.year()).or_default().push(rx),
            None => archive.undated.push(rx),
        }
    }
    archive.years = years
        .into_iter()
        .rev()
        .map(|(year, readouts)| Year { year, readouts })
        .collect();
    archive.redirects = ledger
        .moved
        .iter()
        .filter_map(|(from, id)| {
            let to = ledger.readouts.get(id)?;
            Some(Redirect {
                from: from.clone(),
                to: to.clone(),
            })
        })
        .collect();
    // The page says it is gone in the interface's language; there is no reason to add.
    let gone = "";
    for person in &archive.people {
        ledger
            .people
            .entry(person.key.clone())
            .or_insert_with(|| person.path());
    }
    for country in &archive.countries {
        ledger
            .countries
            .entry(country.code.slug())
            .or_insert_with(|| country.path());
    }
    for org in &archive.organisations {
        ledger
            .organisations
            .entry(org.key.clone())
            .or_insert_with(|| org.path());
    }
    let live_people: HashSet<String> = archive.people.iter().map(|p| p.path()).collect();
    let live_countries: HashSet<String> = archive.countries.iter().map(|c| c.path()).collect();
    for (key, path) in &ledger.people {
        // A spelling the gazetteer now merges into a known person's page goes there.
        let merged = (gazetteer.person_by_slug(key))
            .map(|p| slugify(&p.name))
            .filter(|canonical| canonical != key)
            .and_then(|canonical| {
                let at = archive.people.binary_search_by(|q| q.key.cmp(&canonical));
                at.ok().map(|ix| archive.people[ix].path())
            });
        if let Some(to) = merged {
            archive.redirects.push(Redirect {
                from: path.clone(),
                to,
            });
        } else if !live_people.contains(path) {
            tombstones.push(Tombstone {
                path: path.clone(),
                title: key.clone(),
                reason: gone.into(),
            });
        }
    }
    for (code, path) in &ledger.countries {
        if !live_countries.contains(path) {
            tombstones.push(Tombstone {
                path: path.clone(),
                title: code.to_uppercase(),
                reason: gone.into(),
            });
        }
    }
    let live_organisations: HashSet<String> =
        archive.organisations.iter().map(|o| o.path()).collect();
    for (key, path) in &ledger.organisations {
        if !live_organisations.contains(path) {
            tombstones.push(Tombstone {
                path: path.clone(),
                title: key.clone(),
                reason: gone.into(),
            });
        }
    }
    tombstones.sort_by(|a, b| a.path.cmp(&b.path));
    archive.redirects.sort_by(|a, b| a.from.cmp(&b.from));
    archive.tombstones = tombstones;
    archive.ledger = ledger;
    archive
}

/// A readout's place in time: its event's full date, else its publication date, else its year-less
/// day and month after every year.
fn date_key(r: &Readout) -> (i32, u32, u32) {
    if let Some(d) = r.metadata.placed_on() {
        return (d.year(), d.month(), d.day());
    }
    match r.metadata.date.value {
        Some(d) => {
            let (m, day) = d.month_day();
            (i32::MIN, m, day)
        }
        None => (i32::MIN, 0, 0),
    }
}

/// The key that sorts readouts newest first, then by id.
fn newest_first(r: &Readout) -> (std::cmp::Reverse<(i32, u32, u32)>, String) {
    (std::cmp::Reverse(date_key(r)), r.id.clone())
}
