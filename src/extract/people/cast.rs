//! The cast: each person the text names is one entry, whichever of their names it uses.

use super::{Finder, Person};
use crate::model::Confidence;

/// A name folded without its middle initials, as people are compared: "Sergey V. Lavrov" and
/// "Sergey Lavrov" are one person.
pub(super) fn bare(name: &str) -> String {
    let folded = crate::extract::text::fold(name);
    let words = folded.split([' ', '.']).filter(|w| w.len() > 1);
    words.collect::<Vec<_>>().join(" ")
}

/// Whether bare name `short`, of two words or more, has all its words, in order, in `long`:
/// "Félix Tshisekedi" and "Félix Antoine Tshisekedi Tshilombo" name the same person.
fn within(short: &str, long: &str) -> bool {
    let mut long = long.split(' ');
    let short: Vec<&str> = short.split(' ').collect();
    short.len() > 1 && short.iter().all(|w| long.any(|l| l == *w))
}

impl Finder<'_, '_> {
    /// The cast's entry for `person`, added unless it is someone already there.
    pub(super) fn add_person(&mut self, person: Person) -> usize {
        // Each bare name is folded once: the new one only when a comparison needs it.
        let mut new_bare: Option<String> = None;
        let same = (self.cast.people.iter().zip(&self.bare_names)).position(|(p, p_bare)| {
            match (p.known, person.known) {
                (Some(a), Some(b)) => a == b,
                _ => {
                    let b = new_bare.get_or_insert_with(|| bare(&person.name));
                    p_bare == b || within(p_bare, b) || within(b, p_bare)
                }
            }
        });
        if let Some(i) = same {
            // "René Préval" in a caption, then "le président haïtien René Préval": the title says more.
            let known = &mut self.cast.people[i];
            // A known person's full name as the text writes it is the spelling reported.
            if known.known.is_some()
                && person.known.is_none()
                && person.name.len() > known.name.len()
            {
                self.bare_names[i] = new_bare.unwrap_or_else(|| bare(&person.name));
                known.name = person.name;
            }
            known.country = known.country.or(person.country);
            known.known = known.known.or(person.known);
            return i;
        }
        self.bare_names
            .push(new_bare.unwrap_or_else(|| bare(&person.name)));
        self.cast.people.push(person);
        self.cast.people.len() - 1
    }

    /// A known person under the name the text writes ("Sergei Lavrov", "NguyenSinh Hung"): the
    /// participant is reported as published; the archive files the spelling under the person.
    pub(super) fn known_as(&self, index: usize, confidence: Confidence, spelled: String) -> Person {
        Person {
            name: spelled,
            ..self.known(index, confidence)
        }
    }

    pub(super) fn known(&self, index: usize, confidence: Confidence) -> Person {
        let p = &self.lex.gazetteer.people[index];
        Person {
            name: p.name.clone(),
            country: p.country,
            known: Some(index),
            confidence,
        }
    }
}
