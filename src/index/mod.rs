//! Indexing: readouts cross-linked by key into an `Archive` of people, countries, organisations and
//! years, with URLs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::gazetteer::{Gazetteer, KnownPerson};
use crate::model::{slugify, CountryCode, Entity, EventDate, Participant, Readout};
use crate::permalink::{Assignment, Ledger};

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
    /// Former URLs, each sending readers to where the page is now.
    pub redirects: Vec<Redirect>,
    /// Published URLs whose page is gone, each keeping a notice; sorted by path.
    pub tombstones: Vec<Tombstone>,
    /// Every URL of the archive, for `permalinks.lock`.
    pub ledger: Ledger,
    /// The person of each name the readouts spell, so that finding one needs no slug.
    names: FxHashMap<String, PersonIx>,
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
}

#[derive(Debug)]
pub struct Person {
    /// The URL slug, unique: `sadyr-japarov`.
    pub key: String,
    pub name: String,
    pub country: Option<CountryIx>,
    /// Readouts of events they took part in, newest first.
    pub took_part: Vec<ReadoutIx>,
    /// Readouts that only mention them, newest first.
    pub mentioned_in: Vec<ReadoutIx>,
    /// The people they took part in an event with, most frequent first.
    pub met: Vec<(PersonIx, usize)>,
}

#[derive(Debug)]
pub struct Country {
    pub code: CountryCode,
    /// The French name from the gazetteer ("Kirghizistan").
    pub name: String,
    /// Readouts where one of its people took part, newest first.
    pub took_part: Vec<ReadoutIx>,
    /// Readouts that only mention it, newest first.
    pub mentioned_in: Vec<ReadoutIx>,
    /// People of this country, by name.
    pub people: Vec<PersonIx>,
    /// Countries it met in events, most frequent first.
    pub partners: Vec<(CountryIx, usize)>,
}

#[derive(Debug)]
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
        self.countries.binary_search_by(|c| c.code.cmp(&code)).ok()
    }

    pub fn organisation_ix(&self, key: &str) -> Option<OrganisationIx> {
        self.organisations
            .binary_search_by(|o| o.key.as_str().cmp(key))
            .ok()
    }

    /// Puts a new version of the readout at `rx` in its place, when it keeps that place (the
    /// same links and position, see `place`), so the archive needs no indexing again. Returns
    /// whether it did.
    pub fn replace(&mut self, rx: ReadoutIx, readout: Readout) -> bool {
        let entry = &mut self.readouts[rx];
        let keeps = place(&entry.readout) == place(&readout);
        if keeps {
            entry.readout = readout;
        }
        keeps
    }
}

/// Everything of a readout that `build` reads: the readout's position, its links and what a
/// withdrawn one leaves behind. Two versions with the same place index alike.
fn place(r: &Readout) -> impl PartialEq + '_ {
    let m = &r.metadata;
    (
        (&r.id, m.date.value, &m.withdrawn),
        m.withdrawn.as_ref().map(|_| &m.title.value),
        (&m.participants.value, &m.countries),
        m.secondary
            .value
            .iter()
            .map(|e| &e.participants)
            .collect::<Vec<_>>(),
        (&m.mentioned_people.value, &m.mentioned_countries.value),
        m.mentions.iter().map(|m| &m.entity).collect::<Vec<_>>(),
    )
}

impl Person {
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

/// Builds the archive from the readouts and the paths `permalink::assign` gave them.
/// Pure: the same readouts give the same archive, whatever their order. It reads of each readout
/// only what `place` compares.
pub fn build(readouts: Vec<Readout>, assignment: Assignment, gazetteer: &Gazetteer) -> Archive {
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
    published.sort_by(|a, b| newest_first(&a.0, &b.0));
    let (readouts, paths): (Vec<Readout>, Vec<String>) = published.into_iter().unzip();
    let people = PeopleTable::collect(&readouts, gazetteer);
    let mut countries = CountryTable::collect(&readouts, &people, gazetteer);
    let mut organisations = OrganisationTable::collect(&readouts, gazetteer);

    let mut entries: Vec<Entry> = Vec::with_capacity(readouts.len());
    for (readout, path) in readouts.into_iter().zip(paths) {
        let m = &readout.metadata;
        let person_ixs = |list: &mut dyn Iterator<Item = &str>| -> Vec<PersonIx> {
            let mut ixs: Vec<PersonIx> = Vec::new();
            for ix in list.filter_map(|name| people.ix(name)) {
                if !ixs.contains(&ix) {
                    ixs.push(ix);
                }
            }
            ixs
        };
        let participants = person_ixs(&mut m.participants.value.iter().map(|p| p.name.as_str()));
        let secondary_participants: Vec<PersonIx> = person_ixs(
            &mut m
                .secondary
                .value
                .iter()
                .flat_map(|e| &e.participants)
                .map(|p| p.name.as_str()),
        )
        .into_iter()
        .filter(|ix| !participants.contains(ix))
        .collect();
        let mentioned_people = person_ixs(
            &mut m
                .mentioned_people
                .value
                .iter()
                .map(String::as_str)
                .chain(mentioned_names(&readout)),
        )
        .into_iter()
        .filter(|ix| !participants.contains(ix) && !secondary_participants.contains(ix))
        .collect();
        let country_ixs = |codes: &[CountryCode]| {
            codes
                .iter()
                .filter_map(|c| countries.ix(*c))
                .collect::<Vec<_>>()
        };
        let event_countries = country_ixs(&event_codes(&readout));
        let countries_main = country_ixs(&m.countries);
        let mut mentioned_countries: Vec<CountryIx> = country_ixs(
            &[
                m.mentioned_countries.value.clone(),
                mentioned_codes(&readout),
            ]
            .concat(),
        )
        .into_iter()
        .filter(|ix| !event_countries.contains(ix))
        .collect();
        mentioned_countries.sort();
        mentioned_countries.dedup();
        let mut mentioned_organisations: Vec<OrganisationIx> = mentioned_keys(&readout)
            .filter_map(|key| organisations.ix(key))
            .collect();
        mentioned_organisations.sort();
        mentioned_organisations.dedup();
        entries.push(Entry {
            readout,
            path,
            participants,
            secondary_participants,
            mentioned_people,
            countries: countries_main,
            mentioned_countries,
            mentioned_organisations,
        });
    }

    let people_table = people;
    let mut people = people_table.to_people(&countries);
    let mut met: Vec<BTreeMap<PersonIx, usize>> = vec![BTreeMap::new(); people.len()];
    let mut partners: Vec<BTreeMap<CountryIx, usize>> = vec![BTreeMap::new(); countries.list.len()];
    for (rx, entry) in entries.iter().enumerate() {
        let r = &entry.readout;
        for ix in entry
            .participants
            .iter()
            .chain(&entry.secondary_participants)
        {
            people[*ix].took_part.push(rx);
        }
        for ix in &entry.mentioned_people {
            people[*ix].mentioned_in.push(rx);
        }
        for event in events(r) {
            let ixs: Vec<PersonIx> = event
                .iter()
                .filter_map(|p| people_table.ix(&p.name))
                .collect();
            count_pairs(&ixs, &mut met);
            let mut codes: Vec<CountryIx> = event
                .iter()
                .filter_map(|p| p.country)
                .filter_map(|c| countries.ix(c))
                .collect();
            codes.sort();
            codes.dedup();
            count_pairs(&codes, &mut partners);
        }
        let event_countries: Vec<CountryIx> = event_codes(r)
            .into_iter()
            .filter_map(|c| countries.ix(c))
            .collect();
        for ix in &event_countries {
            countries.list[*ix].took_part.push(rx);
        }
        for ix in &entry.mentioned_countries {
            countries.list[*ix].mentioned_in.push(rx);
        }
        for ix in &entry.mentioned_organisations {
            organisations.list[*ix].mentioned_in.push(rx);
        }
    }
    for (person, counts) in people.iter_mut().zip(met) {
        person.met = most_frequent_first(counts);
    }
    for (country, counts) in countries.list.iter_mut().zip(partners) {
        country.partners = most_frequent_first(counts);
    }
    for (ix, person) in people.iter().enumerate() {
        if let Some(c) = person.country {
            countries.list[c].people.push(ix);
        }
    }
    for country in &mut countries.list {
        country
            .people
            .sort_by(|a, b| people[*a].name.cmp(&people[*b].name).then(a.cmp(b)));
    }

    let mut years: BTreeMap<i32, Vec<ReadoutIx>> = BTreeMap::new();
    for (rx, entry) in entries.iter().enumerate() {
        if let Some(year) = entry.readout.metadata.date.value.and_then(|d| d.year()) {
            years.entry(year).or_default().push(rx);
        }
    }
    let redirects = ledger
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
    let gone = "Cette page n'a plus de contenu dans l'archive.";
    for person in &people {
        ledger
            .people
            .entry(person.key.clone())
            .or_insert_with(|| person.path());
    }
    for country in &countries.list {
        ledger
            .countries
            .entry(country.code.slug())
            .or_insert_with(|| country.path());
    }
    for org in &organisations.list {
        ledger
            .organisations
            .entry(org.key.clone())
            .or_insert_with(|| org.path());
    }
    let live_people: HashSet<String> = people.iter().map(|p| p.path()).collect();
    let live_countries: HashSet<String> = countries.list.iter().map(|c| c.path()).collect();
    for (key, path) in &ledger.people {
        if !live_people.contains(path) {
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
    let live_organisations: HashSet<String> = organisations.list.iter().map(|o| o.path()).collect();
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
    Archive {
        readouts: entries,
        people,
        countries: countries.list,
        organisations: organisations.list,
        years: years
            .into_iter()
            .rev()
            .map(|(year, readouts)| Year { year, readouts })
            .collect(),
        redirects,
        tombstones,
        ledger,
        names: people_table.names,
    }
}

/// The people of every event of a readout: the main one, then the secondary ones.
fn events(r: &Readout) -> impl Iterator<Item = &[Participant]> {
    std::iter::once(r.metadata.participants.value.as_slice()).chain(
        r.metadata
            .secondary
            .value
            .iter()
            .map(|e| e.participants.as_slice()),
    )
}

/// The people the text names, as its mentions link them.
fn mentioned_names(r: &Readout) -> impl Iterator<Item = &str> {
    r.metadata.mentions.iter().filter_map(|m| match &m.entity {
        Entity::Person(name) => Some(name.as_str()),
        _ => None,
    })
}

/// The countries the text names, as its mentions link them.
fn mentioned_codes(r: &Readout) -> Vec<CountryCode> {
    r.metadata
        .mentions
        .iter()
        .filter_map(|m| match m.entity {
            Entity::Country(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// The keys of the organisations the text names.
fn mentioned_keys(r: &Readout) -> impl Iterator<Item = &str> {
    r.metadata.mentions.iter().filter_map(|m| match &m.entity {
        Entity::Organisation(key) => Some(key.as_str()),
        _ => None,
    })
}

/// The countries of everyone who took part in any event of the readout, sorted.
fn event_codes(r: &Readout) -> Vec<CountryCode> {
    let mut codes: Vec<CountryCode> = events(r).flatten().filter_map(|p| p.country).collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Counts every unordered pair once in both directions.
fn count_pairs(ixs: &[usize], counts: &mut [BTreeMap<usize, usize>]) {
    for (i, a) in ixs.iter().enumerate() {
        for b in &ixs[i + 1..] {
            if a != b {
                *counts[*a].entry(*b).or_default() += 1;
                *counts[*b].entry(*a).or_default() += 1;
            }
        }
    }
}

fn most_frequent_first(counts: BTreeMap<usize, usize>) -> Vec<(usize, usize)> {
    let mut list: Vec<(usize, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list
}

fn date_key(r: &Readout) -> (i32, u32, u32) {
    match r.metadata.date.value {
        Some(d @ EventDate::Full(_)) => {
            let (m, day) = d.month_day();
            (d.year().unwrap_or(i32::MIN), m, day)
        }
        Some(d) => {
            let (m, day) = d.month_day();
            (i32::MIN, m, day)
        }
        None => (i32::MIN, 0, 0),
    }
}

fn newest_first(a: &Readout, b: &Readout) -> std::cmp::Ordering {
    date_key(b).cmp(&date_key(a)).then_with(|| a.id.cmp(&b.id))
}

/// People found in the readouts, one per slug, before cross-links are filled in.
struct PeopleTable {
    by_key: BTreeMap<String, PersonDraft>,
    /// Each name as the readouts spell it, with its person: slugged once per spelling.
    names: FxHashMap<String, PersonIx>,
}

#[derive(Default)]
struct PersonDraft {
    /// The gazetteer's name, which names the page of a known person.
    canonical: Option<String>,
    /// Each spelling with how often it appears, so the most common one names any other page.
    names: BTreeMap<String, usize>,
    countries: BTreeMap<CountryCode, usize>,
}

impl PeopleTable {
    fn collect<'a>(readouts: &'a [Readout], gazetteer: &Gazetteer) -> PeopleTable {
        // Every spelling the gazetteer knows, to the person it names: readouts report names as
        // published ("Sergei Lavrov"), the archive files them under one page ("Sergueï Lavrov").
        let known: HashMap<String, &KnownPerson> = gazetteer
            .people
            .iter()
            .flat_map(|p| {
                std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .map(move |n| (slugify(n), p))
            })
            .collect();
        // One draft per slug, in the order they are met, with the gazetteer's country.
        let mut drafts: Vec<(String, Option<CountryCode>, PersonDraft)> = Vec::new();
        let mut slots: HashMap<String, usize> = HashMap::new();
        // The draft of each spelling; none when its slug is empty.
        let mut spellings: FxHashMap<&str, Option<usize>> = FxHashMap::default();
        let mut add = |name: &'a str, country: Option<CountryCode>| {
            let slot = *spellings.entry(name).or_insert_with(|| {
                let spelled = slugify(name);
                if spelled.is_empty() {
                    return None;
                }
                let person = known.get(&spelled).copied();
                let key = person.map_or(spelled, |p| slugify(&p.name));
                let slot = *slots.entry(key.clone()).or_insert_with(|| {
                    let draft = PersonDraft {
                        canonical: person.map(|p| p.name.clone()),
                        ..PersonDraft::default()
                    };
                    drafts.push((key, person.and_then(|p| p.country), draft));
                    drafts.len() - 1
                });
                Some(slot)
            });
            let Some(slot) = slot else {
                return;
            };
            let (_, known, draft) = &mut drafts[slot];
            match draft.names.get_mut(name.trim()) {
                Some(count) => *count += 1,
                None => {
                    draft.names.insert(name.trim().to_string(), 1);
                }
            }
            if let Some(c) = country.or(*known) {
                *draft.countries.entry(c).or_default() += 1;
            }
        };
        for r in readouts {
            for p in events(r).flatten() {
                add(&p.name, p.country);
            }
            for name in r
                .metadata
                .mentioned_people
                .value
                .iter()
                .map(String::as_str)
                .chain(mentioned_names(r))
            {
                add(name, None);
            }
        }
        let mut order: Vec<usize> = (0..drafts.len()).collect();
        order.sort_by(|a, b| drafts[*a].0.cmp(&drafts[*b].0));
        let mut ixs = vec![0; drafts.len()];
        for (ix, slot) in order.iter().enumerate() {
            ixs[*slot] = ix;
        }
        let names = spellings
            .iter()
            .filter_map(|(name, slot)| Some((name.to_string(), ixs[(*slot)?])))
            .collect();
        let by_key = drafts
            .into_iter()
            .map(|(key, _, draft)| (key, draft))
            .collect();
        PeopleTable { by_key, names }
    }

    /// The person of a name the readouts spell.
    fn ix(&self, name: &str) -> Option<PersonIx> {
        self.names.get(name).copied()
    }

    fn to_people(&self, countries: &CountryTable) -> Vec<Person> {
        self.by_key
            .iter()
            .map(|(key, draft)| Person {
                key: key.clone(),
                name: draft
                    .canonical
                    .clone()
                    .or_else(|| most_common(&draft.names).cloned())
                    .unwrap_or_default(),
                country: most_common(&draft.countries).and_then(|c| countries.ix(*c)),
                took_part: Vec::new(),
                mentioned_in: Vec::new(),
                met: Vec::new(),
            })
            .collect()
    }

    fn codes(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.by_key
            .values()
            .flat_map(|d| d.countries.keys().copied())
    }
}

/// The most frequent key; ties go to the smallest, so the choice is stable.
fn most_common<K: Ord>(counts: &BTreeMap<K, usize>) -> Option<&K> {
    let max = counts.values().copied().max()?;
    counts.iter().find(|(_, n)| **n == max).map(|(k, _)| k)
}

struct CountryTable {
    list: Vec<Country>,
    ixs: HashMap<CountryCode, CountryIx>,
}

impl CountryTable {
    /// Every country that a readout or a person refers to and the gazetteer names.
    fn collect(readouts: &[Readout], people: &PeopleTable, gazetteer: &Gazetteer) -> CountryTable {
        let mut codes: Vec<CountryCode> = readouts
            .iter()
            .flat_map(|r| {
                event_codes(r)
                    .into_iter()
                    .chain(r.metadata.mentioned_countries.value.iter().copied())
                    .chain(mentioned_codes(r))
            })
            .chain(people.codes())
            .collect();
        codes.sort();
        codes.dedup();
        let list: Vec<Country> = codes
            .into_iter()
            .filter_map(|code| {
                let name = gazetteer.country(code)?.name.clone();
                Some(Country {
                    code,
                    name,
                    took_part: Vec::new(),
                    mentioned_in: Vec::new(),
                    people: Vec::new(),
                    partners: Vec::new(),
                })
            })
            .collect();
        let ixs = list.iter().enumerate().map(|(i, c)| (c.code, i)).collect();
        CountryTable { list, ixs }
    }

    fn ix(&self, code: CountryCode) -> Option<CountryIx> {
        self.ixs.get(&code).copied()
    }
}

/// The organisations the readouts name, by key, before cross-links are filled in.
struct OrganisationTable {
    list: Vec<Organisation>,
    ixs: HashMap<String, OrganisationIx>,
}

impl OrganisationTable {
    /// Every organisation the gazetteer lists that a readout names.
    fn collect(readouts: &[Readout], gazetteer: &Gazetteer) -> OrganisationTable {
        let keys: BTreeSet<&str> = readouts.iter().flat_map(mentioned_keys).collect();
        let list: Vec<Organisation> = keys
            .into_iter()
            .filter_map(|key| {
                let org = gazetteer.organisation(key)?;
                Some(Organisation {
                    key: org.key.clone(),
                    name: org.name.clone(),
                    mentioned_in: Vec::new(),
                })
            })
            .collect();
        let ixs = list
            .iter()
            .enumerate()
            .map(|(i, o)| (o.key.clone(), i))
            .collect();
        OrganisationTable { list, ixs }
    }

    fn ix(&self, key: &str) -> Option<OrganisationIx> {
        self.ixs.get(key).copied()
    }
}
