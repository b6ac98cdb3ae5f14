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
/// its old version stood: what the relation reads of it is unchanged (its id is, or it would
/// not be relinked), or its language changed while no other readout gives its account.
pub(super) fn same_relation(entries: &[Entry], rx: ReadoutIx, new: &Entry) -> bool {
    let old = &entries[rx];
    let given = account(new);
    given == account(old)
        && old.readout.metadata.translation_of == new.readout.metadata.translation_of
        && (language(old) == language(new)
            || given.is_none_or(|a| {
                let others = entries.iter().enumerate().filter(|&(ox, _)| ox != rx);
                !others
                    .map(|(_, e)| account(e))
                    .any(|o| o.as_ref() == Some(&a))
            }))
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
