//! Event: which sentence reports the main exchange, what kind of exchange it names, and its parties.

use crate::extract::kind;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::{self, Cast};
use crate::extract::text::Text;
use crate::model::{CountryCode, EventKind};

/// An exchange the text reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The sentence that reports it.
    pub sentence: Option<usize>,
    pub kind: EventKind,
    /// Whether a cue named the kind (else it is `Other` or inherited).
    pub cued: bool,
    /// Indices into `Cast::people`, in text order.
    pub people: Vec<usize>,
    /// Countries of counterparts the text leaves unnamed.
    pub unnamed: Vec<CountryCode>,
}

/// The exchange reported by sentence `s`, if it names one (or `default` is given) and has a party.
pub fn in_sentence(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    s: usize,
    default: Option<EventKind>,
) -> Option<Event> {
    let sentence = text.sentences.get(s)?;
    let span = text.span(sentence.tokens.clone());
    let base = text.folded.folded_offset(span.start);
    let cues = lex.kind_cues(text.folded_span(sentence.tokens.clone()));
    let (kind, trigger, cued) = match kind::classify(&cues) {
        Some((kind, at)) => (
            kind,
            text.token_at(text.folded.body_offset(base + at)),
            true,
        ),
        None => (default?, sentence.tokens.start, false),
    };
    let (mut people, unnamed) = people::in_sentence(text, cast, s, trigger);
    let unnamed = people::bind_unnamed(lex, cast, &mut people, &unnamed);
    (!people.is_empty() || !unnamed.is_empty()).then_some(Event {
        sentence: Some(s),
        kind,
        cued,
        people,
        unnamed,
    })
}

/// "Xi Jinping est arrivé à Moscou. Le même jour, il s'est entretenu avec Vladimir Poutine":
/// when the event's sentence says "il" or "elle" before naming its one party, the subject is
/// the first person the sentence before names.
fn pronoun_subject(text: &Text, cast: &Cast, event: &Event) -> Option<usize> {
    let s = event.sentence?;
    let tokens = text.sentences.get(s)?.tokens.clone();
    let party = cast
        .mentions
        .iter()
        .find(|m| m.person == event.people[0] && tokens.contains(&m.name.start))?;
    let before_party = tokens.start..party.name.start;
    if !before_party
        .clone()
        .any(|k| matches!(text.fw(k), "il" | "elle"))
    {
        return None;
    }
    let previous = (0..s).rev().find(|&p| !text.sentences[p].heading)?;
    let (people, _) =
        people::in_sentence(text, cast, previous, text.sentences[previous].tokens.start);
    people.into_iter().find(|&p| p != event.people[0])
}

/// The main exchange: the first sentence that names an exchange and a party; a lone party is joined
/// by the people of the next sentence that goes on about the same exchange ("Le chef de l'Etat a ainsi
/// échangé avec …"), which is how readouts often name the counterpart.
pub fn main(text: &Text, lex: &Lexicon, cast: &Cast) -> Event {
    let candidates = || (0..text.sentences.len()).filter(|&s| !text.sentences[s].heading);
    let found = candidates()
        .find_map(|s| in_sentence(text, lex, cast, s, None))
        .or_else(|| {
            candidates().find_map(|s| in_sentence(text, lex, cast, s, Some(EventKind::Other)))
        });
    let Some(mut event) = found else {
        return Event {
            sentence: None,
            kind: EventKind::Other,
            cued: false,
            people: Vec::new(),
            unnamed: Vec::new(),
        };
    };
    if event.people.len() == 1 && event.unnamed.is_empty() {
        if let Some(subject) = pronoun_subject(text, cast, &event) {
            event.people.insert(0, subject);
            return event;
        }
        let lone = event.people[0];
        let next = candidates()
            .skip_while(|&s| Some(s) <= event.sentence)
            .take(3);
        for s in next {
            let Some(more) = in_sentence(text, lex, cast, s, Some(EventKind::Other)) else {
                continue;
            };
            let others: Vec<usize> = more.people.iter().copied().filter(|&p| p != lone).collect();
            if !others.is_empty() && (more.people.contains(&lone) || more.cued) {
                event.people.extend(others);
                event.unnamed.extend(more.unnamed);
                break;
            }
        }
    }
    event
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::lexicon;
    use crate::extract::text::Text;

    /// The main event's kind and parties.
    fn check(input: &str, expected: &[&str]) {
        let lex = lexicon();
        let text = Text::new(input);
        let cast = super::people::find(&text, &lex, None);
        let event = super::main(&text, &lex, &cast);
        let names: Vec<&str> = event
            .people
            .iter()
            .map(|&p| cast.people[p].name.as_str())
            .collect();
        assert_eq!(names, expected, "{input}");
    }

    #[test]
    fn main_events() {
        check(
            "Le président kirghize Sadyr Japarov a rencontré Wang Yi à Bichkek.",
            &["Sadyr Japarov", "Wang Yi"],
        );
        check(
            "Le 20 mars, Xi Jinping est arrivé à Moscou. Le même jour, il s'est entretenu avec Vladimir Poutine.",
            &["Xi Jinping", "Vladimir Poutine"],
        );
        check(
            "Xi Jinping est arrivé à Moscou. Vladimir Poutine a salué son arrivée. Il s'est entretenu avec Wang Yi.",
            &["Vladimir Poutine", "Wang Yi"],
        );
        check(
            "Le président Emmanuel Macron a reçu Mark Carney. Il l'a remercié.",
            &["Emmanuel Macron", "Mark Carney"],
        );
    }
}
