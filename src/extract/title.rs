//! Titles: a short French title composed from the kind, the participants and the place.

use crate::model::{EventKind, Participant};

/// "Sadyr Japarov rencontre Wang Yi à Bichkek", "Entretien téléphonique entre Xi Jinping et Sadyr Japarov".
pub fn compose(kind: EventKind, participants: &[Participant], place: Option<&str>) -> String {
    let names: Vec<&str> = participants.iter().map(|p| p.name.as_str()).collect();
    let at = place.map(|p| format!(" à {p}")).unwrap_or_default();
    match (kind, names.as_slice()) {
        (_, []) => format!("{}{at}", kind.label_fr()),
        (EventKind::Meeting, [a, b]) => format!("{a} rencontre {b}{at}"),
        (EventKind::Talks, [a, b]) => format!("{a} s'entretient avec {b}{at}"),
        (EventKind::Message, [a, b]) => format!("Message de {a} à {b}"),
        (_, [a]) => format!("{} de {a}{at}", kind.label_fr()),
        (_, [init @ .., last]) => format!(
            "{} entre {} et {last}{at}",
            kind.label_fr(),
            init.join(", ")
        ),
    }
}
