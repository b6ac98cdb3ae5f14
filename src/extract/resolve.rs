//! Resolution: front matter and extracted values merged into `Metadata`; front matter wins.

use crate::model::{Field, Metadata, Provenance};
use crate::source::FrontMatter;

use super::{title, Extracted};

/// Merges what a human wrote with what the extractor found. The title is recomposed from the
/// merged fields, so correcting a participant in front matter also corrects the title.
pub fn resolve(front: &FrontMatter, extracted: Extracted) -> Metadata {
    let participants = prefer(front.participants.clone(), extracted.participants);
    let kind = prefer(front.kind, extracted.kind);
    let place = prefer(front.place.clone(), extracted.place);
    let title = prefer(
        front.title.clone(),
        Field {
            value: title::compose(kind.value, &participants.value, place.value.as_deref()),
            provenance: weakest([
                &participants.provenance,
                &kind.provenance,
                &place.provenance,
            ]),
        },
    );
    // The extractor also counts the countries of counterparts it could not name
    // ("son homologue malien"); participants from front matter speak for themselves.
    let countries = match &front.participants {
        None => extracted.countries.value,
        Some(list) => {
            let mut codes: Vec<_> = list.iter().filter_map(|p| p.country).collect();
            codes.sort();
            codes.dedup();
            codes
        }
    };
    Metadata {
        title,
        date: prefer(front.date, extracted.date),
        kind,
        place,
        countries,
        participants,
        mentioned_people: prefer(front.mentioned_people.clone(), extracted.mentioned_people),
        mentioned_countries: prefer(
            front.mentioned_countries.clone(),
            extracted.mentioned_countries,
        ),
        secondary: prefer(front.secondary.clone(), extracted.secondary),
        publisher: front.publisher.clone(),
        source_url: front.source.clone(),
        slug: front.slug.clone(),
        withdrawn: front.withdrawn.clone(),
    }
}

fn prefer<T>(front: Option<T>, extracted: Field<T>) -> Field<T> {
    match front {
        Some(value) => Field {
            value,
            provenance: Provenance::FrontMatter,
        },
        None => extracted,
    }
}

/// A composed value is only as sure as the least sure of its parts.
fn weakest<'a>(parts: impl IntoIterator<Item = &'a Provenance>) -> Provenance {
    parts
        .into_iter()
        .filter_map(|p| match p {
            Provenance::Extracted(c) => Some(*c),
            Provenance::FrontMatter => None,
        })
        .min()
        .map_or(Provenance::FrontMatter, Provenance::Extracted)
}
