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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CountryCode;

    fn check(kind: EventKind, names: &[&str], place: Option<&str>, expected: &str) {
        let people: Vec<Participant> = names
            .iter()
            .map(|n| Participant {
                name: n.to_string(),
                country: CountryCode::parse("FR"),
            })
            .collect();
        assert_eq!(compose(kind, &people, place), expected);
    }

    #[test]
    fn titles() {
        use EventKind::*;
        check(
            Meeting,
            &["Sadyr Japarov", "Wang Yi"],
            Some("Bichkek"),
            "Sadyr Japarov rencontre Wang Yi à Bichkek",
        );
        check(
            PhoneCall,
            &["Xi Jinping", "Sadyr Japarov"],
            None,
            "Entretien téléphonique entre Xi Jinping et Sadyr Japarov",
        );
        check(
            Talks,
            &["Wang Yi", "Yermek Kosherbayev"],
            Some("Beijing"),
            "Wang Yi s'entretient avec Yermek Kosherbayev à Beijing",
        );
        check(
            Message,
            &["Xi Jinping", "Emmanuel Macron"],
            None,
            "Message de Xi Jinping à Emmanuel Macron",
        );
        check(
            Meeting,
            &["Kaïs Saïed"],
            Some("Carthage"),
            "Rencontre de Kaïs Saïed à Carthage",
        );
        check(Talks, &["A", "B", "C"], None, "Entretien entre A, B et C");
        check(Other, &[], None, "Autre");
    }
}
