//! Translations: readouts that give one account in two languages, as the front matter says
//! (`translation_of`) or as the same issuer, full date and participants in another language show.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use crate::model::{EventDate, Language};

use super::{Entry, PersonIx, ReadoutIx};

/// What one account of an event is known by: its issuer (`None` is the config's default, the
/// same for every readout that has no other), the event's full date and who took part.
#[derive(PartialEq, Eq, Hash)]
struct Account<'a> {
    issuer: Option<&'a str>,
    date: NaiveDate,
    participants: Vec<PersonIx>,
}

fn account(entry: &Entry) -> Option<Account<'_>> {
    let m = &entry.readout.metadata;
    let Some(EventDate::Full(date)) = m.date.value else {
        return None;
    };
    let mut participants = entry.participants.clone();
    participants.sort_unstable();
    (!participants.is_empty()).then_some(Account {
        issuer: m.publisher.as_deref(),
        date,
        participants,
    })
}

fn language(entry: &Entry) -> Language {
    entry.readout.metadata.language.value
}

/// Whether the edited readout `new`, put in place of `entries[rx]`, stands in the relation where
/// its old version stood: it names the same readout it translates, and the same other readouts
/// give its account in another language (its id is unchanged, or it would not be relinked).
pub(super) fn same_relation(entries: &[Entry], rx: ReadoutIx, new: &Entry) -> bool {
    let old = &entries[rx];
    old.readout.metadata.translation_of == new.readout.metadata.translation_of
        && same_account(entries, rx, old).eq(same_account(entries, rx, new))
}

/// The readouts other than `rx` that give the account of `entry` in another language.
fn same_account<'a>(
    entries: &'a [Entry],
    rx: ReadoutIx,
    entry: &'a Entry,
) -> impl Iterator<Item = ReadoutIx> + 'a {
    let given = account(entry);
    (entries.iter().enumerate())
        .filter(move |&(ox, other)| {
            ox != rx
                && given.is_some()
                && language(other) != language(entry)
                && account(other) == given
        })
        .map(|(ox, _)| ox)
}

/// Sets every entry's `translations`: the readouts its front matter says it translates or that
/// say they translate it, and those that give the same account in another language; by index.
pub(super) fn link(entries: &mut [Entry]) {
    let ids: HashMap<&str, ReadoutIx> = (entries.iter().enumerate())
        .map(|(rx, e)| (e.readout.id.as_str(), rx))
        .collect();
    let mut pairs: BTreeSet<(ReadoutIx, ReadoutIx)> = BTreeSet::new();
    let mut accounts: HashMap<Account, Vec<ReadoutIx>> = HashMap::new();
    for (rx, entry) in entries.iter().enumerate() {
        let named = (entry.readout.metadata.translation_of.as_deref()).and_then(|id| ids.get(id));
        if let Some(&other) = named.filter(|&&other| other != rx) {
            pairs.extend([(rx, other), (other, rx)]);
        }
        if let Some(account) = account(entry) {
            accounts.entry(account).or_default().push(rx);
        }
    }
    for group in accounts.values() {
        for &a in group {
            let others = group.iter().copied();
            pairs.extend(
                others
                    .filter(|&b| language(&entries[a]) != language(&entries[b]))
                    .map(|b| (a, b)),
            );
        }
    }
    for entry in entries.iter_mut() {
        entry.translations.clear();
    }
    for (a, b) in pairs {
        entries[a].translations.push(b);
    }
}
