//! What lists, links and summaries show of a readout: everything of it but its text.
//!
//! Pages that list a readout (related readouts, neighbours, year and entity lists, who met whom)
//! read it as a `Listing`, so an edit of its text alone re-checks only the pages that show the
//! text; the preview tells the two apart by the listing's hash before and after the edit.

use chrono::NaiveDate;

use crate::model::{EventDate, EventKind, Language, Role};

use super::{CountryIx, Entry, PersonIx};

/// A readout as a list shows it. It holds no paragraph, mention or note: a page that reads one of
/// those reads the whole entry.
#[derive(Clone, Copy, Debug, Hash)]
pub struct Listing<'a> {
    pub title: &'a str,
    /// Path from the site root, as `Entry::path`.
    pub path: &'a str,
    pub date: Option<EventDate>,
    /// Where it stands in time (`Metadata::placed_on`).
    pub placed_on: Option<NaiveDate>,
    pub kind: EventKind,
    pub language: Language,
    pub participants: &'a [PersonIx],
    pub secondary_participants: &'a [PersonIx],
    pub countries: &'a [CountryIx],
    pub roles: &'a [Role],
}

/// Who took part in a readout: what a page that looks for related readouts reads of those it
/// does not show.
#[derive(Clone, Copy, Debug, Hash)]
pub struct Parties<'a> {
    pub participants: &'a [PersonIx],
    pub countries: &'a [CountryIx],
}

impl Entry {
    pub fn parties(&self) -> Parties<'_> {
        Parties {
            participants: &self.participants,
            countries: &self.countries,
        }
    }

    pub fn listing(&self) -> Listing<'_> {
        let m = &self.readout.metadata;
        Listing {
            title: &m.title.value,
            path: &self.path,
            date: m.date.value,
            placed_on: m.placed_on(),
            kind: m.kind.value,
            language: m.language.value,
            participants: &self.participants,
            secondary_participants: &self.secondary_participants,
            countries: &self.countries,
            roles: &m.roles,
        }
    }
}
