//! Resolution: front matter and extracted values merged into `Metadata`; front matter wins.

use crate::model::{
    Confidence, Entity, Field, Mention, Metadata, Paragraph, Participant, Provenance,
};
use crate::source::{FrontMatter, Given};

use super::lang::Words;
use super::{mentions, title, Extracted};

/// Merges what a human wrote with what the extractor found in `body` (split into `paragraphs`).
/// The title is recomposed from the merged fields, so correcting a participant in front matter
/// also corrects the title. Mentions the front matter pins go to the person it names; the mentions
/// to link are chosen among the rest (`mentions::linkable`). The publisher is the front matter's,
/// else the folder defaults', else the issuer that signs the text (none: the config's default).
pub fn resolve(
    front: &FrontMatter,
    given: &Given,
    extracted: Extracted,
    body: &str,
    paragraphs: &[Paragraph],
) -> Metadata {
    let (found, unresolved) = mentions::pin(
        body,
        &front.mentions,
        extracted.mentions,
        extracted.ambiguous,
    );
    let linked = mentions::linkable(body, paragraphs, &found);
    let signed = (extracted.issuer.value.clone())
        .filter(|_| extracted.issuer.provenance == Provenance::Extracted(Confidence::High));
    let participants = prefer(front.participants.clone(), extracted.participants);
    let mentioned_people = with_pinned(
        extracted.mentioned_people,
        &participants.value,
        &front.mentions,
        &linked,
    );
    let kind = prefer(front.kind, extracted.kind);
    let place = prefer(front.place.clone(), extracted.place);
    let language = prefer(front.language, extracted.language);
    let title = prefer(
        front.title.clone(),
        Field {
            value: title::compose(
                &Words::of(language.value).titles,
                kind.value,
                &participants.value,
                place.value.as_deref(),
                body,
            ),
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
    // Evidence only for what was extracted: the front matter's values speak for themselves.
    let set = |field: &str| match field {
        "date" => front.date.is_some(),
        "kind" => front.kind.is_some(),
        "place" => front.place.is_some(),
        "participants" | "countries" => front.participants.is_some(),
        "issuer" => front.publisher.is_some() || given.defaults.publisher.is_some(),
        _ => false,
    };
    let mut evidence = extracted.evidence;
    evidence.retain(|e| !set(e.field));
    Metadata {
        title,
        language,
        date: prefer(front.date, extracted.date),
        kind,
        place,
        countries,
        participants,
        mentioned_people: prefer(front.mentioned_people.clone(), mentioned_people),
        mentioned_countries: prefer(
            front.mentioned_countries.clone(),
            extracted.mentioned_countries,
        ),
        secondary: prefer(front.secondary.clone(), extracted.secondary),
        publisher: (front.publisher.clone())
            .or_else(|| given.defaults.publisher.clone())
            .or_else(|| signed.clone()),
        named_issuer: extracted.issuer.value.filter(|_| signed.is_none()),
        published: given.published,
        source_url: front.source.clone(),
        slug: front.slug.clone(),
        withdrawn: front.withdrawn.clone(),
        translation_of: front.translation_of.as_ref().map(|(id, _)| id.clone()),
        mentions: linked,
        unresolved,
        notes: front.notes.clone(),
        roles: extracted.roles,
        evidence,
    }
}

/// The people the extractor found merely mentioned, with those a front-matter pin names in the
/// text (unless they took part).
fn with_pinned(
    mut mentioned: Field<Vec<String>>,
    participants: &[Participant],
    pins: &[(String, String)],
    linked: &[Mention],
) -> Field<Vec<String>> {
    for m in linked {
        let Entity::Person(name) = &m.entity else {
            continue;
        };
        let pinned = pins.iter().any(|(_, person)| person == name);
        if pinned
            && !participants.iter().any(|p| p.name == *name)
            && !mentioned.value.contains(name)
        {
            mentioned.value.push(name.clone());
        }
    }
    mentioned.value.sort();
    mentioned
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
