//! A readout in context: the readouts before and after it in time, and related readouts (the
//! same participants first, then the same countries, nearest in time).
//!
//! Related readouts are looked for among the [`WINDOW`] readouts on each side of the page's own
//! in the archive's order (which is time), and every readout looked at is read through `Links`,
//! so it is recorded: an edit that makes a readout related, or no longer related, is an edit of
//! a readout the page read. Reading the people's or countries' whole lists instead would make
//! every readout page of a frequent participant depend on every edit of that participant's
//! readouts.

use crate::index::{Parties, ReadoutIx};

use super::links::Links;

/// How many related readouts a page shows.
const RELATED: usize = 4;
/// How far, in readouts on each side, related readouts are looked for.
const WINDOW: usize = 60;

/// Why a readout is related to the page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Relation {
    /// Every participant of the page's readout took part in it.
    Participants,
    /// Every country of the page's readout took part in it (two or more countries).
    Countries,
}

/// The readouts related to `rx`, the closest relation first, then the nearest in time.
pub(super) fn related(links: &Links, rx: ReadoutIx) -> Vec<(ReadoutIx, Relation)> {
    let own = links.parties(rx);
    let count = links.archive().readouts.len();
    let mut found: Vec<(Relation, usize, ReadoutIx)> = Vec::new();
    let mut same_people = 0;
    for distance in 1..=WINDOW {
        // Enough readouts of the same people nearer than any still to look at.
        if same_people >= RELATED {
            break;
        }
        let sides = [rx.checked_sub(distance), Some(rx + distance)];
        for other in sides.into_iter().flatten().filter(|o| *o < count) {
            if let Some(relation) = relation(&own, &links.parties(other)) {
                same_people += usize::from(relation == Relation::Participants);
                found.push((relation, distance, other));
            }
        }
    }
    found.sort();
    (found.into_iter().take(RELATED))
        .map(|(relation, _, other)| (other, relation))
        .collect()
}

fn relation(own: &Parties, other: &Parties) -> Option<Relation> {
    let within = |mine: &[usize], theirs: &[usize]| mine.iter().all(|x| theirs.contains(x));
    if !own.participants.is_empty() && within(own.participants, other.participants) {
        Some(Relation::Participants)
    } else if own.countries.len() >= 2 && within(own.countries, other.countries) {
        Some(Relation::Countries)
    } else {
        None
    }
}

/// The readout `step` places after `rx` in the archive's order (1: older, -1: newer), when
/// both are placed in time: readouts without a date are in no order of time. Where readouts
/// are placed is kept as it is by the preview's narrow path.
pub(super) fn neighbour(links: &Links, rx: ReadoutIx, step: isize) -> Option<ReadoutIx> {
    let archive = links.archive();
    let at = rx
        .checked_add_signed(step)
        .filter(|at| *at < archive.readouts.len())?;
    let dated = |ix: ReadoutIx| archive.readouts[ix].readout.metadata.placed_on().is_some();
    (dated(rx) && dated(at)).then_some(at)
}
