//! Kind: what sort of exchange a sentence reports, from the verbs and nouns that name it.

use crate::model::EventKind;

/// A phrase that names an exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// Names the exchange itself ("a rencontré", "message").
    Kind(EventKind),
    /// Says how a conversation was held ("par téléphone"): it overrides talks and meetings.
    Mode(EventKind),
    /// "a échangé": talks, unless the sentence says what was exchanged were messages.
    Exchange,
}

use EventKind::*;

/// Folded phrases; the longest match wins, so "recu un message" beats "recu".
pub(crate) const CUES: &[(&str, Cue)] = &[
    ("telephone", Cue::Mode(PhoneCall)),
    ("telephonique", Cue::Mode(PhoneCall)),
    ("telephoniques", Cue::Mode(PhoneCall)),
    ("telephoniquement", Cue::Mode(PhoneCall)),
    ("coup de fil", Cue::Mode(PhoneCall)),
    ("recu un appel", Cue::Mode(PhoneCall)),
    ("a recu un appel", Cue::Mode(PhoneCall)),
    ("a appele", Cue::Mode(PhoneCall)),
    ("un appel", Cue::Mode(PhoneCall)),
    ("virtuel", Cue::Mode(VideoCall)),
    ("virtuelle", Cue::Mode(VideoCall)),
    ("en ligne", Cue::Mode(VideoCall)),
    ("visioconference", Cue::Mode(VideoCall)),
    ("videoconference", Cue::Mode(VideoCall)),
    ("video-conference", Cue::Mode(VideoCall)),
    ("visio-conference", Cue::Mode(VideoCall)),
    ("par video", Cue::Mode(VideoCall)),
    ("en video", Cue::Mode(VideoCall)),
    ("liaison video", Cue::Mode(VideoCall)),
    ("appel video", Cue::Mode(VideoCall)),
    ("declaration commune", Cue::Kind(JointStatement)),
    ("declaration conjointe", Cue::Kind(JointStatement)),
    ("communique conjoint", Cue::Kind(JointStatement)),
    ("communique commun", Cue::Kind(JointStatement)),
    ("message", Cue::Kind(Message)),
    ("messages", Cue::Kind(Message)),
    ("lettre", Cue::Kind(Message)),
    ("lettres", Cue::Kind(Message)),
    ("condoleances", Cue::Kind(Message)),
    ("felicitations", Cue::Kind(Message)),
    ("telegramme", Cue::Kind(Message)),
    ("voeux", Cue::Kind(Message)),
    ("missive", Cue::Kind(Message)),
    ("recu un message", Cue::Kind(Message)),
    ("recu une lettre", Cue::Kind(Message)),
    ("a recu un message", Cue::Kind(Message)),
    ("a recu une lettre", Cue::Kind(Message)),
    ("s'est entretenu", Cue::Kind(Talks)),
    ("s'est entretenue", Cue::Kind(Talks)),
    ("se sont entretenus", Cue::Kind(Talks)),
    ("s'entretient", Cue::Kind(Talks)),
    ("s'entretiennent", Cue::Kind(Talks)),
    ("entretien", Cue::Kind(Talks)),
    ("entretiens", Cue::Kind(Talks)),
    ("pourparlers", Cue::Kind(Talks)),
    ("discussion", Cue::Kind(Talks)),
    ("discussions", Cue::Kind(Talks)),
    ("a discute", Cue::Kind(Talks)),
    ("ont discute", Cue::Kind(Talks)),
    ("echange avec", Cue::Kind(Talks)),
    ("a echange", Cue::Exchange),
    ("ont echange", Cue::Exchange),
    ("echange de messages", Cue::Kind(Message)),
    ("echange de lettres", Cue::Kind(Message)),
    ("echanges avec", Cue::Kind(Talks)),
    ("consultations", Cue::Kind(Talks)),
    ("dialogue", Cue::Kind(Talks)),
    ("a rencontre", Cue::Kind(Meeting)),
    ("ont rencontre", Cue::Kind(Meeting)),
    ("rencontre", Cue::Kind(Meeting)),
    ("se sont rencontres", Cue::Kind(Meeting)),
    ("a recu", Cue::Kind(Meeting)),
    ("recu", Cue::Kind(Meeting)),
    ("recue", Cue::Kind(Meeting)),
    ("a accueilli", Cue::Kind(Meeting)),
    ("audience", Cue::Kind(Meeting)),
    ("tete-a-tete", Cue::Kind(Meeting)),
    ("reunion", Cue::Kind(Meeting)),
    ("s'est reuni", Cue::Kind(Meeting)),
    ("entrevue", Cue::Kind(Meeting)),
    ("diner", Cue::Kind(Meeting)),
    ("dejeuner", Cue::Kind(Meeting)),
];

/// The kind a sentence's cues add up to, with the offset of the first cue: the earliest named exchange,
/// turned into a call when the sentence says the conversation went over the phone or video.
pub fn classify(cues: &[(usize, Cue)]) -> Option<(EventKind, usize)> {
    let first = cues.iter().map(|&(at, _)| at).min()?;
    let messages = cues.iter().any(|&(_, c)| c == Cue::Kind(Message));
    let named = cues.iter().filter_map(|&(at, c)| match c {
        Cue::Kind(k) => Some((at, k)),
        // "a échangé mercredi des félicitations avec Y": what was exchanged decides.
        Cue::Exchange => Some((at, if messages { Message } else { Talks })),
        Cue::Mode(_) => None,
    });
    let earliest = named.min_by_key(|&(at, _)| at).map(|(_, k)| k);
    let mode = cues.iter().find_map(|&(_, c)| match c {
        Cue::Mode(k) => Some(k),
        Cue::Kind(_) | Cue::Exchange => None,
    });
    let kind = match (earliest, mode) {
        (Some(Talks | Meeting) | None, Some(mode)) => mode,
        (Some(k), _) => k,
        (None, None) => return None,
    };
    Some((kind, first))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::lexicon;
    use crate::model::EventKind::{self, *};

    fn check(sentence: &str, expected: Option<EventKind>) {
        let lex = lexicon();
        let folded = crate::extract::text::fold(sentence);
        let cues = lex.kind_cues(&folded, crate::model::Language::Fr);
        assert_eq!(
            super::classify(&cues).map(|(k, _)| k),
            expected,
            "{sentence}"
        );
    }

    #[test]
    fn kinds() {
        check(
            "Le président X a rencontré samedi le ministre Y.",
            Some(Meeting),
        );
        check("X a reçu en audience Y.", Some(Meeting));
        check("X a reçu un appel téléphonique de Y.", Some(PhoneCall));
        check(
            "X s’est entretenu, ce samedi, par téléphone avec Y.",
            Some(PhoneCall),
        );
        check("X a donné un coup de fil au président Y.", Some(PhoneCall));
        check("X s'est entretenu avec Y à Washington.", Some(Talks));
        check("X a mené des discussions bilatérales avec Y.", Some(Talks));
        check(
            "X et Y ont échangé des messages de félicitations.",
            Some(Message),
        );
        check("X a adressé ses sincères condoléances à Y.", Some(Message));
        check(
            "X a échangé ce lundi 6 mai 2024 au Palais avec Y.",
            Some(Talks),
        );
        check("X et Y ont échangé des lettres.", Some(Message));
        check(
            "X a échangé mercredi des félicitations avec Y.",
            Some(Message),
        );
        check("Un échange de messages entre X et Y.", Some(Message));
        check(
            "X a reçu à Rabat Y, porteur d'un message du président Z.",
            Some(Meeting),
        );
        check("X a reçu une lettre du président Y.", Some(Message));
        check(
            "Les deux pays ont publié une déclaration commune.",
            Some(JointStatement),
        );
        check("X et Y ont tenu une visioconférence.", Some(VideoCall));
        check("X a tenu une brève réunion avec Y.", Some(Meeting));
        check("X a eu jeudi un appel cordial avec Y.", Some(PhoneCall));
        check("X et Y ont tenu un sommet virtuel.", Some(VideoCall));
        check("X a salué le développement de la coopération.", None);
    }
}
