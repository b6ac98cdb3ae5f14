//! What each readout adds to the archive: its place in the lists of the people, countries and
//! organisations it links to, and its part of the counts that people's names, countries and
//! meetings and countries' partners are worked out from. One function counts a readout in or
//! out (`Archive::tally`), so that a full build and a one-readout `Archive::relink` agree.

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;

use crate::artifact::hash;
use crate::gazetteer::{Gazetteer, KnownPerson};
use crate::model::{slugify, CountryCode, Language, Readout};

use chrono::Datelike;

use super::links::{event_codes, events, mentioned_codes, mentioned_keys, mentioned_names};
use super::summary::{self, CountryCounts, PersonCounts};
use super::{
    date_key, translations, Archive, Country, CountryIx, Organisation, OrganisationIx, Person,
    PersonIx, ReadoutIx,
};

/// The counts behind the values the archive works out from all its readouts.
#[derive(Debug)]
pub(super) struct Tallies {
    /// In the order of `Archive::people`.
    people: Vec<PersonTally>,
    /// How often each country met each other, in the order of `Archive::countries`.
    partners: Vec<BTreeMap<CountryIx, usize>>,
    /// What each country's summary is settled from, in the same order.
    countries: Vec<CountryCounts>,
    /// The interface's language, which names the offices of people's roles.
    language: Language,
}

#[derive(Debug)]
pub(super) struct PersonTally {
    /// The gazetteer's name in the interface's language, which names the page of a known person.
    canonical: Option<String>,
    /// The gazetteer's country, for a name given without one.
    pub(super) known_country: Option<CountryCode>,
    /// Each spelling, so the most common one names a person the gazetteer does not know.
    names: BTreeMap<String, usize>,
    /// Each country given them, so the most common one is theirs.
    countries: BTreeMap<CountryCode, usize>,
    /// How often they took part in an event with each other person.
    met: BTreeMap<PersonIx, usize>,
    /// What their summary is settled from.
    summary: PersonCounts,
}

/// The people, countries and organisations whose pages a readout is on, or whose counts it is part
/// of.
#[derive(Debug, Default, PartialEq, Eq)]
struct Touched {
    people: BTreeSet<PersonIx>,
    countries: BTreeSet<CountryIx>,
    organisations: BTreeSet<OrganisationIx>,
}

impl Touched {
    fn extend(&mut self, other: Touched) {
        self.people.extend(other.people);
        self.countries.extend(other.countries);
        self.organisations.extend(other.organisations);
    }
}

impl Tallies {
    pub(super) fn new(people: Vec<PersonTally>, countries: usize, language: Language) -> Tallies {
        Tallies {
            people,
            partners: vec![BTreeMap::new(); countries],
            countries: (0..countries).map(|_| CountryCounts::default()).collect(),
            language,
        }
    }
}

impl PersonTally {
    fn new(known: Option<&KnownPerson>, language: Language) -> PersonTally {
        PersonTally {
            canonical: known.map(|p| p.display_name(language).to_string()),
            known_country: known.and_then(|p| p.country),
            names: BTreeMap::new(),
            countries: BTreeMap::new(),
            met: BTreeMap::new(),
            summary: PersonCounts::default(),
        }
    }
}

/// Every person the readouts name, by key (sorted), with the person each spelling refers to.
pub(super) fn people(
    readouts: &[Readout],
    gazetteer: &Gazetteer,
    language: Language,
) -> (Vec<(String, PersonTally)>, FxHashMap<String, PersonIx>) {
    let mut keys: BTreeMap<String, PersonTally> = BTreeMap::new();
    // The key of each spelling, worked out once per spelling.
    let mut spelled: FxHashMap<&str, Option<String>> = FxHashMap::default();
    for r in readouts {
        for (name, _) in spellings(r) {
            spelled.entry(name).or_insert_with(|| {
                let (key, known) = person_key(name, gazetteer)?;
                keys.entry(key.clone())
                    .or_insert_with(|| PersonTally::new(known, language));
                Some(key)
            });
        }
    }
    let ixs: HashMap<&str, PersonIx> = (keys.keys().enumerate())
        .map(|(ix, key)| (key.as_str(), ix))
        .collect();
    let names = spelled
        .iter()
        .filter_map(|(name, key)| Some((name.to_string(), ixs[key.as_deref()?])))
        .collect();
    (keys.into_iter().collect(), names)
}

/// The key of the person a spelling refers to, with what the gazetteer knows of them: readouts
/// spell names as published ("Sergei Lavrov"), the archive files them under one page ("Sergueï
/// Lavrov"). `None` for a spelling without letters or digits.
fn person_key<'g>(
    name: &str,
    gazetteer: &'g Gazetteer,
) -> Option<(String, Option<&'g KnownPerson>)> {
    let spelled = slugify(name);
    if spelled.is_empty() {
        return None;
    }
    let known = gazetteer.person_by_slug(&spelled);
    Some((known.map_or(spelled, |p| slugify(&p.name)), known))
}

/// Every name the readout gives a person, with the country it gives them: the people of its
/// events, then those it mentions.
fn spellings(r: &Readout) -> impl Iterator<Item = (&str, Option<CountryCode>)> {
    let m = &r.metadata;
    events(r)
        .flatten()
        .map(|p| (p.name.as_str(), p.country))
        .chain(
            (m.mentioned_people.value.iter().map(String::as_str))
                .chain(mentioned_names(r))
                .map(|name| (name, None)),
        )
}

/// Every country the readout refers to: of the people of its events, mentioned, or the
/// gazetteer's country of a person it names without one (`known_country`).
pub(super) fn country_refs<'r>(
    r: &'r Readout,
    known_country: impl Fn(&str) -> Option<CountryCode> + 'r,
) -> impl Iterator<Item = CountryCode> + 'r {
    event_codes(r)
        .into_iter()
        .chain(r.metadata.mentioned_countries.value.iter().copied())
        .chain(mentioned_codes(r))
        .chain(
            spellings(r).filter_map(move |(name, country)| country.or_else(|| known_country(name))),
        )
}

impl Archive {
    /// Counts the readout at `rx` into (`add`) or out of everything it links to: the lists of its
    /// people, countries and organisations, and the counts of names, countries, meetings and
    /// partners. Lists stay newest first whatever the order readouts are counted in.
    pub(super) fn tally(&mut self, rx: ReadoutIx, add: bool) {
        let roles = self.given_roles(rx);
        let Archive {
            readouts,
            people,
            countries,
            organisations,
            names,
            tallies,
            ..
        } = self;
        let entry = &readouts[rx];
        let r = &entry.readout;
        let mark = |list: &mut Vec<ReadoutIx>| match (list.binary_search(&rx), add) {
            (Err(at), true) => list.insert(at, rx),
            (Ok(at), false) => {
                list.remove(at);
            }
            _ => {}
        };
        for ix in entry
            .participants
            .iter()
            .chain(&entry.secondary_participants)
        {
            mark(&mut people[*ix].took_part);
        }
        for ix in &entry.mentioned_people {
            mark(&mut people[*ix].mentioned_in);
        }
        let event_countries: Vec<CountryIx> = (event_codes(r).into_iter())
            .filter_map(|c| country_at(countries, c))
            .collect();
        for ix in &event_countries {
            mark(&mut countries[*ix].took_part);
        }
        for ix in &entry.mentioned_countries {
            mark(&mut countries[*ix].mentioned_in);
        }
        for ix in &entry.mentioned_organisations {
            mark(&mut organisations[*ix].mentioned_in);
        }
        for (name, country) in spellings(r) {
            let Some(&ix) = names.get(name) else {
                continue;
            };
            let person = &mut tallies.people[ix];
            count(&mut person.names, name.trim(), add);
            if let Some(c) = country.or(person.known_country) {
                count(&mut person.countries, &c, add);
            }
        }
        let mut event_sets = Vec::new();
        for event in events(r) {
            let ixs: Vec<PersonIx> = (event.iter())
                .filter_map(|p| names.get(p.name.as_str()).copied())
                .collect();
            pairs(&ixs, |a, b| count(&mut tallies.people[a].met, &b, add));
            let mut codes: Vec<CountryIx> = (event.iter())
                .filter_map(|p| country_at(countries, p.country?))
                .collect();
            codes.sort();
            codes.dedup();
            pairs(&codes, |a, b| count(&mut tallies.partners[a], &b, add));
            event_sets.push(codes);
        }
        let summed = summary::Part {
            rx,
            year: r.metadata.placed_on().map(|d| d.year()),
            took_part: (entry.participants.iter())
                .chain(&entry.secondary_participants)
                .copied()
                .collect(),
            event_countries: &event_countries,
            events: &event_sets,
            roles: &roles,
        };
        for ix in summed.people() {
            summed.count_person(ix, &mut tallies.people[ix].summary, add);
        }
        summed.count_countries(&mut tallies.countries, add);
    }

    /// The titles the readout at `rx` gives the people it lists, with whom it gives them to.
    fn given_roles(&self, rx: ReadoutIx) -> Vec<(PersonIx, String)> {
        let entry = &self.readouts[rx];
        let listed = |ix: &PersonIx| {
            (entry.participants.iter())
                .chain(&entry.secondary_participants)
                .chain(&entry.mentioned_people)
                .any(|p| p == ix)
        };
        let language = self.tallies.language;
        let mut given: Vec<(PersonIx, String)> = (entry.readout.metadata.roles.iter())
            .filter_map(|role| Some((self.person_ix(&role.person)?, role.shown(language))))
            .filter(|(ix, _)| listed(ix))
            .map(|(ix, title)| (ix, title.to_string()))
            .collect();
        // Two titles naming one office count the readout once.
        given.sort_unstable();
        given.dedup();
        given
    }

    /// A person's name and country, as the counts give them.
    pub(super) fn identity(&self, ix: PersonIx) -> (String, Option<CountryIx>) {
        let tally = &self.tallies.people[ix];
        let name = (tally.canonical.clone())
            .or_else(|| most_common(&tally.names).cloned())
            .unwrap_or_default();
        let country = most_common(&tally.countries).and_then(|c| self.country_ix(*c));
        (name, country)
    }

    /// Orders again, from the counts, whom the people at `people` met and which partners the
    /// countries at `countries` had.
    pub(super) fn settle(&mut self, people: &[PersonIx], countries: &[CountryIx]) {
        for ix in people {
            let (tally, person) = (&self.tallies.people[*ix], &mut self.people[*ix]);
            person.met = tally.summary.met(most_frequent_first(&tally.met));
            person.years = tally.summary.years();
            person.roles = tally.summary.roles();
        }
        for ix in countries {
            let (counts, country) = (&self.tallies.countries[*ix], &mut self.countries[*ix]);
            country.partners = most_frequent_first(&self.tallies.partners[*ix]);
            country.per_year = counts.per_year();
            country.partners_by_year = counts.partners_by_year(&country.partners);
        }
    }

    /// Puts a new version of the readout at `rx` in the archive, counted out of what the old one
    /// links to and into what the new one links to, when the archive keeps the same pages: the
    /// readout keeps its position (the same id and date, still published), every person, country
    /// and organisation it names already has a page, none loses its last readout, and every
    /// person keeps their name and country. Returns the people, countries and organisations
    /// either version is counted in, as they were; otherwise `None`, and the archive is
    /// unchanged.
    ///
    /// The caller checks that the readout keeps its path (`permalink::keeps_path`).
    pub fn relink(
        &mut self,
        rx: ReadoutIx,
        readout: Readout,
        gazetteer: &Gazetteer,
    ) -> Option<Before> {
        let old = &self.readouts[rx].readout;
        if readout.id != old.id
            || date_key(&readout) != date_key(old)
            || readout.metadata.withdrawn.is_some()
        {
            return None;
        }
        for (name, _) in spellings(&readout) {
            if self.names.contains_key(name) {
                continue;
            }
            let Some((key, _)) = person_key(name, gazetteer) else {
                continue;
            };
            let ix = (self.people).binary_search_by(|p| p.key.cmp(&key)).ok()?;
            // The spelling refers to this person whatever becomes of the readout.
            self.names.insert(name.to_string(), ix);
        }
        let unknown_country = country_refs(&readout, |name| self.known_country(name))
            .any(|c| gazetteer.country(c).is_some() && self.country_ix(c).is_none());
        let unknown_organisation = mentioned_keys(&readout).any(|key| {
            gazetteer.organisation(key).is_some() && self.organisation_ix(key).is_none()
        });
        if unknown_country || unknown_organisation {
            return None;
        }
        let mut touched = self.touched(rx);
        touched.extend(self.touched_by(&readout));
        let mut before = Before::of(self, &touched);
        let shown = &self.readouts[rx];
        (before.listings).insert(rx, (hash(shown.listing()), hash(shown.parties())));
        let path = self.readouts[rx].path.clone();
        let mut entry = self.link(readout, path);
        if !translations::same_relation(&self.readouts, rx, &entry) {
            return None;
        }
        entry.translations = self.readouts[rx].translations.clone();
        self.tally(rx, false);
        let old = std::mem::replace(&mut self.readouts[rx], entry);
        self.tally(rx, true);
        touched.extend(self.touched(rx));
        if !self.keeps_pages(&touched) {
            self.tally(rx, false);
            self.readouts[rx] = old;
            self.tally(rx, true);
            return None;
        }
        let people: Vec<PersonIx> = touched.people.iter().copied().collect();
        let countries: Vec<CountryIx> = touched.countries.iter().copied().collect();
        self.settle(&people, &countries);
        before.cover(&touched);
        Some(before)
    }

    fn known_country(&self, name: &str) -> Option<CountryCode> {
        let ix = *self.names.get(name)?;
        self.tallies.people[ix].known_country
    }

    /// Everything the readout at `rx` is counted in.
    fn touched(&self, rx: ReadoutIx) -> Touched {
        self.touched_by(&self.readouts[rx].readout)
    }

    /// Everything a readout would be counted in, as the archive stands.
    fn touched_by(&self, r: &Readout) -> Touched {
        Touched {
            people: (spellings(r).filter_map(|(name, _)| self.names.get(name).copied())).collect(),
            countries: country_refs(r, |name| self.known_country(name))
                .filter_map(|c| self.country_ix(c))
                .collect(),
            organisations: mentioned_keys(r)
                .filter_map(|key| self.organisation_ix(key))
                .collect(),
        }
    }

    /// Whether the people, countries and organisations in `touched` all keep their pages as a
    /// full build would make them: each still has a readout (or, for a country, a person), and
    /// each person the same name and country.
    fn keeps_pages(&self, touched: &Touched) -> bool {
        let people = touched.people.iter().all(|ix| {
            let person = &self.people[*ix];
            !self.tallies.people[*ix].names.is_empty()
                && self.identity(*ix) == (person.name.clone(), person.country)
        });
        let countries = touched.countries.iter().all(|ix| {
            let c = &self.countries[*ix];
            !c.took_part.is_empty()
                || !c.mentioned_in.is_empty()
                || (self.tallies.people.iter()).any(|t| t.countries.contains_key(&c.code))
        });
        let organisations = (touched.organisations.iter())
            .all(|ix| !self.organisations[*ix].mentioned_in.is_empty());
        people && countries && organisations
    }
}

/// The index of the country with `code` in a list sorted by code.
pub(super) fn country_at(countries: &[Country], code: CountryCode) -> Option<CountryIx> {
    countries.binary_search_by(|c| c.code.cmp(&code)).ok()
}

/// Adds one to the count of `key`, or takes one away and forgets a key counted zero times.
pub(super) fn count<K, Q>(counts: &mut BTreeMap<K, usize>, key: &Q, add: bool)
where
    K: Borrow<Q> + Ord,
    Q: Ord + ToOwned<Owned = K> + ?Sized,
{
    match (counts.get_mut(key), add) {
        (Some(n), true) => *n += 1,
        (None, true) => {
            counts.insert(key.to_owned(), 1);
        }
        (Some(n), false) => {
            *n -= 1;
            if *n == 0 {
                counts.remove(key);
            }
        }
        (None, false) => {}
    }
}

/// Calls `f` on every unordered pair of distinct items, once in each direction.
pub(super) fn pairs(ixs: &[usize], mut f: impl FnMut(usize, usize)) {
    for (i, a) in ixs.iter().enumerate() {
        for b in &ixs[i + 1..] {
            if a != b {
                f(*a, *b);
                f(*b, *a);
            }
        }
    }
}

/// Keys by count, the most frequent first; ties by key, so the order is stable.
pub fn most_frequent_first(counts: &BTreeMap<usize, usize>) -> Vec<(usize, usize)> {
    let mut list: Vec<(usize, usize)> = counts.iter().map(|(k, n)| (*k, *n)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

/// The most frequent key; ties go to the smallest, so the choice is stable.
fn most_common<K: Ord>(counts: &BTreeMap<K, usize>) -> Option<&K> {
    let max = counts.values().copied().max()?;
    counts.iter().find(|(_, n)| **n == max).map(|(k, _)| k)
}

/// What an edit of readouts was or is counted in (the people, countries and organisations
/// whose pages list them, or whose counts they are part of), each as it was before the edit:
/// `None` where that is not known, and everything about it may have changed. The preview compares
/// them with the archive to tell which parts of their pages changed; and hashes of what lists
/// showed of each edited readout and of who took part (`Entry::listing`, `Entry::parties`), to
/// tell whether more than its text changed.
#[derive(Debug, Default)]
pub struct Before {
    pub people: BTreeMap<PersonIx, Option<Person>>,
    pub countries: BTreeMap<CountryIx, Option<Country>>,
    pub organisations: BTreeMap<OrganisationIx, Option<Organisation>>,
    pub listings: BTreeMap<ReadoutIx, (u64, u64)>,
}

impl Before {
    /// What the entities in `touched` are now.
    fn of(archive: &Archive, touched: &Touched) -> Before {
        Before {
            people: (touched.people.iter())
                .map(|ix| (*ix, Some(archive.people[*ix].clone())))
                .collect(),
            countries: (touched.countries.iter())
                .map(|ix| (*ix, Some(archive.countries[*ix].clone())))
                .collect(),
            organisations: (touched.organisations.iter())
                .map(|ix| (*ix, Some(archive.organisations[*ix].clone())))
                .collect(),
            listings: BTreeMap::new(),
        }
    }

    /// Adds what a later edit touched; where both did, the earlier version is what was before.
    pub fn extend(&mut self, later: Before) {
        fn merge<K: Ord, V>(into: &mut BTreeMap<K, V>, from: BTreeMap<K, V>) {
            for (k, v) in from {
                into.entry(k).or_insert(v);
            }
        }
        merge(&mut self.people, later.people);
        merge(&mut self.countries, later.countries);
        merge(&mut self.organisations, later.organisations);
        merge(&mut self.listings, later.listings);
    }

    /// Adds the entities in `touched` it holds no version of, as unknown.
    fn cover(&mut self, touched: &Touched) {
        (touched.people.iter()).for_each(|ix| _ = self.people.entry(*ix).or_insert(None));
        (touched.countries.iter()).for_each(|ix| _ = self.countries.entry(*ix).or_insert(None));
        (touched.organisations.iter())
            .for_each(|ix| _ = self.organisations.entry(*ix).or_insert(None));
    }
}
