//! Atom feeds (RFC 4287): the archive's latest readouts, and those of each person, country and
//! organisation, so that a reader can follow them in a feed reader.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use crate::config::Config;
use crate::index::{Archive, CountryIx, OrganisationIx, PersonIx, ReadoutIx};
use crate::model::EventDate;

use super::views::SiteView;

/// How many readouts a feed carries, newest first.
pub const ENTRIES: usize = 50;

/// Whose readouts a feed carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feed {
    Archive,
    /// The readouts of events the person took part in.
    Person(PersonIx),
    /// The readouts of events the country's people took part in.
    Country(CountryIx),
    /// The readouts that name the organisation.
    Organisation(OrganisationIx),
}

impl Feed {
    /// The path of the HTML page the feed follows, from the site root.
    pub fn page(self, archive: &Archive) -> String {
        match self {
            Feed::Archive => String::new(),
            Feed::Person(ix) => archive.people[ix].path(),
            Feed::Country(ix) => archive.countries[ix].path(),
            Feed::Organisation(ix) => archive.organisations[ix].path(),
        }
    }

    /// The feed's path, beside its page.
    pub fn path(self, archive: &Archive) -> String {
        format!("{}feed.xml", self.page(archive))
    }

    /// The readouts the feed carries, with their dates: the newest with a full date (an entry
    /// needs one), at most [`ENTRIES`].
    pub fn entries(self, archive: &Archive) -> Vec<(ReadoutIx, NaiveDate)> {
        let dated = |rx: ReadoutIx| match archive.readouts[rx].readout.metadata.date.value {
            Some(EventDate::Full(date)) => Some((rx, date)),
            _ => None,
        };
        let list: Box<dyn Iterator<Item = ReadoutIx> + '_> = match self {
            Feed::Archive => Box::new(0..archive.readouts.len()),
            Feed::Person(ix) => Box::new(archive.people[ix].took_part.iter().copied()),
            Feed::Country(ix) => Box::new(archive.countries[ix].took_part.iter().copied()),
            Feed::Organisation(ix) => {
                Box::new(archive.organisations[ix].mentioned_in.iter().copied())
            }
        };
        list.filter_map(dated).take(ENTRIES).collect()
    }
}

/// What `feed.xml` gets.
#[derive(Serialize)]
pub(super) struct FeedContext<'a> {
    site: &'a SiteView<'a>,
    feed: FeedView<'a>,
    entries: Vec<EntryView<'a>>,
}

#[derive(Serialize)]
struct FeedView<'a> {
    title: Cow<'a, str>,
    /// The feed's own absolute URL, also its id.
    url: String,
    /// The absolute URL of the page it follows.
    page: String,
    /// The date of its newest entry, or the Unix epoch when it has none.
    updated: String,
    /// The archive's publisher, the author of every entry that names no other.
    author: Cow<'a, str>,
}

#[derive(Serialize)]
struct EntryView<'a> {
    title: Cow<'a, str>,
    /// The readout's permanent URL, also the entry's id.
    url: String,
    /// The date of the event, at midnight UTC: the texts give no time.
    updated: String,
    /// The kind of event: its key (`meeting`) and its label.
    kind: &'static str,
    kind_label: &'a str,
    /// The issuing body.
    author: Cow<'a, str>,
    /// The first paragraph, as plain text.
    summary: Cow<'a, str>,
}

impl<'a> FeedContext<'a> {
    pub(super) fn new(
        feed: Feed,
        archive: &'a Archive,
        config: &'a Config,
        site: &'a SiteView<'a>,
    ) -> FeedContext<'a> {
        let entries: Vec<EntryView> = (feed.entries(archive).into_iter())
            .map(|(rx, date)| {
                let entry = &archive.readouts[rx];
                let m = &entry.readout.metadata;
                EntryView {
                    title: xml_text(&m.title.value),
                    url: format!("{}{}", config.base_url, entry.path),
                    updated: date.format("%Y-%m-%dT00:00:00Z").to_string(),
                    kind: m.kind.value.key(),
                    kind_label: site.labels.kind(m.kind.value),
                    author: xml_text(m.publisher.as_deref().unwrap_or(&config.publisher)),
                    summary: xml_text(entry.readout.paragraph_texts().next().unwrap_or_default()),
                }
            })
            .collect();
        let title = match feed {
            Feed::Archive => config.title.clone(),
            Feed::Person(ix) => format!("{} · {}", archive.people[ix].name, config.title),
            Feed::Country(ix) => format!("{} · {}", archive.countries[ix].name, config.title),
            Feed::Organisation(ix) => {
                format!("{} · {}", archive.organisations[ix].name, config.title)
            }
        };
        let title = Cow::Owned(xml_text(&title).into_owned());
        let updated = entries
            .first()
            .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |e| e.updated.clone());
        FeedContext {
            site,
            feed: FeedView {
                title,
                url: format!("{}{}", config.base_url, feed.path(archive)),
                page: format!("{}{}", config.base_url, feed.page(archive)),
                updated,
                author: xml_text(&config.publisher),
            },
            entries,
        }
    }
}

/// `text` without the characters XML 1.0 forbids, which a pasted text may hold: a control
/// character an HTML page shows as nothing makes a whole feed unreadable.
fn xml_text(text: &str) -> Cow<'_, str> {
    let forbidden = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if text.contains(forbidden) {
        Cow::Owned(text.chars().filter(|c| !forbidden(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}
