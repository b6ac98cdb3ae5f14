//! Atom feeds (RFC 4287): the archive's latest readouts, and those of each person, country and
//! organisation, so that a reader can follow them in a feed reader.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use crate::config::Config;
use crate::index::{Archive, CountryIx, OrganisationIx, PersonIx, ReadoutIx};

use super::links::Links;
use super::views::SiteView;

/// How many readouts a feed carries, newest first.
pub const ENTRIES: usize = 50;

/// Whose readouts a feed carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    /// The readouts the feed carries, newest first, at most [`ENTRIES`]: those its page lists
    /// (a person's or a country's took part in or are mentioned in), each with its date, the
    /// event's when it is full, else the publication's. A readout with neither comes last: the
    /// archive's order is this order, so the feed takes the first of its readouts by index.
    pub fn entries(self, links: &Links) -> Vec<(ReadoutIx, Option<NaiveDate>)> {
        let mut list: Vec<ReadoutIx> = match self {
            Feed::Archive => (0..links.archive().readouts.len().min(ENTRIES)).collect(),
            Feed::Person(ix) => {
                let p = links.person_entry(ix);
                [&p.took_part[..], &p.mentioned_in[..]].concat()
            }
            Feed::Country(ix) => {
                let c = links.country_entry(ix);
                [&c.took_part[..], &c.mentioned_in[..]].concat()
            }
            Feed::Organisation(ix) => links.organisation_entry(ix).mentioned_in.clone(),
        };
        list.sort_unstable();
        list.dedup();
        list.truncate(ENTRIES);
        list.into_iter().map(|rx| (rx, date(links, rx))).collect()
    }

    /// When the feed last changed, as far as the texts tell: its newest entry's date; for a
    /// feed none of whose entries has a date, the date of the archive's newest readout (the
    /// first, which the index places in time like feeds do); only an archive with no date at all
    /// falls back to 1970-01-01.
    pub fn updated(links: &Links, entries: &[(ReadoutIx, Option<NaiveDate>)]) -> NaiveDate {
        let newest = || (!links.archive().readouts.is_empty()).then(|| date(links, 0))?;
        (entries.iter().find_map(|(_, date)| *date))
            .or_else(newest)
            .unwrap_or_default()
    }
}

/// A readout's date in feeds: where it is placed in time, which the preview's narrow path keeps
/// as it is.
fn date(links: &Links, rx: ReadoutIx) -> Option<NaiveDate> {
    links.archive().readouts[rx].readout.metadata.placed_on()
}

/// What `feed.xml` gets.
#[derive(Serialize)]
pub(super) struct FeedContext<'a> {
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
    /// [`Feed::updated`].
    updated: String,
    /// The archive's publisher, the author of every entry that names no other.
    author: Cow<'a, str>,
}

#[derive(Serialize)]
struct EntryView<'a> {
    title: Cow<'a, str>,
    /// The readout's permanent URL, also the entry's id.
    url: String,
    /// The readout's date in feeds (the event's, else the publication's), at midnight UTC: the
    /// texts give no time. A readout with neither has no `published`, and the feed's `updated`.
    published: Option<String>,
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
        links: &Links<'a>,
        config: &'a Config,
        site: &'a SiteView<'a>,
    ) -> FeedContext<'a> {
        let archive = links.archive();
        let dated = feed.entries(links);
        let updated = Feed::updated(links, &dated);
        let entries: Vec<EntryView> = (dated.into_iter())
            .map(|(rx, date)| {
                let entry = links.entry(rx);
                let m = &entry.readout.metadata;
                EntryView {
                    title: xml_text(&m.title.value),
                    url: config.url(&entry.path),
                    published: date.map(timestamp),
                    updated: timestamp(date.unwrap_or(updated)),
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
        FeedContext {
            feed: FeedView {
                title,
                url: config.url(&feed.path(archive)),
                page: config.url(&feed.page(archive)),
                updated: timestamp(updated),
                author: xml_text(&config.publisher),
            },
            entries,
        }
    }
}

/// A date as an Atom timestamp, at midnight UTC.
fn timestamp(date: NaiveDate) -> String {
    date.format("%Y-%m-%dT00:00:00Z").to_string()
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
