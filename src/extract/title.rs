//! Titles: a short title composed from the kind, the participants and the place, in the words of
//! the readout's language (`Words::titles`); a readout that names no participant is titled by its
//! opening words, because a kind alone ("Rencontre") tells a reader nothing.

use crate::extract::text::fold;
use crate::model::{EventKind, Participant};

/// How a language composes titles, as patterns in which `{a}` and `{b}` stand for two
/// participants, `{all}` for a list of them, `{kind}` for what the title calls the event and
/// `{at}` for the place phrase (empty when there is no place).
#[derive(Debug)]
pub struct Phrasing {
    /// The name of each kind of event, in `EventKind::ALL`'s order ("Phone call"), which
    /// citations give as the document's genre.
    pub kinds: [&'static str; 7],
    /// What a title calls an exchange of no other kind ("Exchange between X and Y").
    pub exchange: &'static str,
    /// Two participants, for the kinds the language says with a verb ("{a} meets {b}{at}").
    pub pairs: &'static [(EventKind, &'static str)],
    /// One participant ("{kind} with {a}{at}"), and the kinds that say it otherwise.
    pub one: &'static str,
    pub ones: &'static [(EventKind, &'static str)],
    /// Any other number of participants ("{kind} between {all}{at}").
    pub between: &'static str,
    /// What joins the last two of a list (" and ").
    pub and: &'static str,
    /// The place phrase ("in {place}"), after a space.
    pub at: &'static str,
    /// Words of the patterns that lose their vowel before a name that opens with one, and what
    /// they become ("de " → "d'": "Message d'Ismaïl Omar Guelleh").
    pub elisions: &'static [(&'static str, &'static str)],
}

/// The most words of the opening a title takes.
const OPENING_WORDS: usize = 14;

/// "Sadyr Japarov rencontre Wang Yi à Bichkek", "Phone call between Xi Jinping and Sadyr Japarov";
/// with no participant, the opening words of `body`.
pub fn compose(
    phrasing: &Phrasing,
    kind: EventKind,
    participants: &[Participant],
    place: Option<&str>,
    body: &str,
) -> String {
    let names: Vec<&str> = participants.iter().map(|p| p.name.as_str()).collect();
    let at = place
        .map(|p| format!(" {}", phrasing.at.replace("{place}", p)))
        .unwrap_or_default();
    let by_kind =
        |list: &[(EventKind, &'static str)]| list.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p);
    let pattern = match names.len() {
        0 => return opening(body).unwrap_or_else(|| phrasing.kinds[kind as usize].to_string()),
        1 => by_kind(phrasing.ones).unwrap_or(phrasing.one),
        2 => by_kind(phrasing.pairs).unwrap_or(phrasing.between),
        _ => phrasing.between,
    };
    let all = match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, init)) => format!("{}{}{last}", init.join(", "), phrasing.and),
        None => String::new(),
    };
    let noun = match kind {
        EventKind::Other => phrasing.exchange,
        _ => phrasing.kinds[kind as usize],
    };
    let mut pattern = pattern.to_string();
    for (slot, name) in [("{a}", names[0]), ("{all}", &all)] {
        if fold(name).starts_with(['a', 'e', 'i', 'o', 'u']) {
            for (word, elided) in phrasing.elisions {
                pattern = pattern.replace(&format!("{word}{slot}"), &format!("{elided}{slot}"));
            }
        }
    }
    pattern
        .replace("{kind}", noun)
        .replace("{at}", &at)
        .replace("{all}", &all)
        .replace("{a}", names[0])
        .replace("{b}", names.get(1).copied().unwrap_or_default())
}

/// The first line of the text that has words, cut to its first sentence and to
/// `OPENING_WORDS` words (marked "…" when cut).
fn opening(body: &str) -> Option<String> {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| l.chars().any(char::is_alphabetic))?;
    // A sentence ends at a full stop after a word of more than one letter ("M. Wang" goes on).
    let end = line
        .match_indices(". ")
        .find(|(at, _)| {
            let word = line[..*at].rsplit(' ').next().unwrap_or_default();
            word.chars().count() > 2
        })
        .map_or(line.len(), |(at, _)| at);
    let sentence = line[..end].trim_end_matches(['.', ':', ',', ';', ' ']);
    let words: Vec<&str> = sentence.split_whitespace().collect();
    Some(if words.len() > OPENING_WORDS {
        let cut = words[..OPENING_WORDS].join(" ");
        format!("{}…", cut.trim_end_matches([',', ';', ':']))
    } else {
        words.join(" ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lang::{Language, Words};
    use crate::model::CountryCode;

    fn check(
        language: Language,
        kind: EventKind,
        names: &[&str],
        place: Option<&str>,
        expected: &str,
    ) {
        let people: Vec<Participant> = names
            .iter()
            .map(|n| Participant {
                name: n.to_string(),
                country: CountryCode::parse("FR"),
            })
            .collect();
        let phrasing = &Words::of(language).titles;
        assert_eq!(compose(phrasing, kind, &people, place, "T."), expected);
    }

    #[test]
    fn french_titles() {
        use EventKind::*;
        let check = |kind, names: &[&str], place, expected| {
            check(Language::Fr, kind, names, place, expected)
        };
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
            Some("Paris"),
            "Message de Xi Jinping à Emmanuel Macron",
        );
        check(
            Meeting,
            &["Kaïs Saïed"],
            Some("Carthage"),
            "Rencontre de Kaïs Saïed à Carthage",
        );
        // "de" elides before a vowel, not before a consonant or "y".
        check(
            Message,
            &["Ismaïl Omar Guelleh", "Emmanuel Macron"],
            None,
            "Message d'Ismaïl Omar Guelleh à Emmanuel Macron",
        );
        check(
            JointStatement,
            &["Obiang Nguema Mbasogo"],
            Some("Malabo"),
            "Déclaration conjointe d'Obiang Nguema Mbasogo à Malabo",
        );
        check(
            Meeting,
            &["Édouard Philippe"],
            None,
            "Rencontre d'Édouard Philippe",
        );
        check(
            Meeting,
            &["Yoweri Museveni"],
            None,
            "Rencontre de Yoweri Museveni",
        );
        check(Talks, &["A", "B", "C"], None, "Entretien entre A, B et C");
        check(Other, &["A", "B"], None, "Échange entre A et B");
    }

    #[test]
    fn english_titles() {
        use EventKind::*;
        let check = |kind, names: &[&str], place, expected| {
            check(Language::En, kind, names, place, expected)
        };
        check(
            Meeting,
            &["Justin Trudeau", "Donald Trump"],
            Some("Washington"),
            "Justin Trudeau meets Donald Trump in Washington",
        );
        check(
            PhoneCall,
            &["Recep Tayyip Erdoğan", "Donald Trump"],
            None,
            "Phone call between Recep Tayyip Erdoğan and Donald Trump",
        );
        check(
            Talks,
            &["Uhuru Kenyatta", "Antony Blinken"],
            Some("Nairobi"),
            "Uhuru Kenyatta holds talks with Antony Blinken in Nairobi",
        );
        check(
            Message,
            &["Xi Jinping", "Ferdinand Marcos"],
            None,
            "Message from Xi Jinping to Ferdinand Marcos",
        );
        check(Message, &["Xi Jinping"], None, "Message from Xi Jinping");
        check(
            PhoneCall,
            &["Volodymyr Zelenskyy"],
            None,
            "Phone call with Volodymyr Zelenskyy",
        );
        check(
            VideoCall,
            &["A", "B", "C"],
            None,
            "Video call between A, B and C",
        );
        check(
            JointStatement,
            &["A", "B"],
            None,
            "Joint statement between A and B",
        );
    }

    #[test]
    fn a_readout_naming_no_participant_is_titled_by_its_opening() {
        let phrasing = &Words::of(Language::Fr).titles;
        let title = |body: &str| compose(phrasing, EventKind::Meeting, &[], None, body);
        assert_eq!(
            title("Le ministre des Affaires étrangères a reçu une délégation parlementaire.\n"),
            "Le ministre des Affaires étrangères a reçu une délégation parlementaire"
        );
        assert_eq!(
            title("\n  M. Wang a reçu les ambassadeurs. Ils ont parlé.\n"),
            "M. Wang a reçu les ambassadeurs"
        );
        assert_eq!(
            title("The Prime Minister spoke to the leaders of the seven largest economies of the world this afternoon about trade."),
            "The Prime Minister spoke to the leaders of the seven largest economies of the…"
        );
        assert_eq!(title("2025"), "Rencontre");
    }
}
