//! Parties named apart from the report's sentences: a letter's signature and address, and the
//! issuer's own principal named in a headline, a byline or a signature.

use crate::extract::event::Event;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::{Cast, Mention, Office};
use crate::extract::text::Text;
use crate::model::EventKind;

use super::unnamed::known_office;

/// A letter given in full: its sender, then its addressee when it names one.
pub struct Letter {
    pub people: Vec<usize>,
    /// Whether a formula of courtesy closes it ("Je vous prie d'agréer …", "Sincerely,"): then
    /// it is a letter whatever its body names.
    pub closed: bool,
}

/// A letter given in full: its sender signs it on a line of their own, perhaps after the mark of
/// a signature ("(é) X", "Signé : X") or with their honorific ("Sheikh X,"), either on the first
/// such line after its formula of courtesy or, where it closes with none and names no party, on
/// its last lines, under which only the sender's titles may follow ("X / Président de la
/// République du Tchad / Chef de l'État"). Its addressee is named in the address under the
/// signature ("Son Excellence / Monsieur X / Président de …"), else on a line of its own above it
/// ("À / Son Excellence Monsieur X / Président de …"), or at the end of one ("SON EXCELLENCE
/// MONSIEUR X, / PRÉSIDENT DE …").
pub fn signed_letter(text: &Text, cast: &Cast) -> Option<Letter> {
    let count = text.sentences.len();
    let names_someone = |s: usize| {
        let tokens = &text.sentences[s].tokens;
        (cast.mentions.iter()).any(|m| tokens.contains(&m.name.start))
    };
    // The closings the text holds at all: most hold none, so one search of the whole text
    // spares one of every sentence.
    let held: Vec<&str> = (text.words.letter_closings.iter().copied())
        .filter(|c| text.folded.text.contains(c))
        .collect();
    let closes = |s: usize| {
        let folded = text.folded_span(text.sentences[s].tokens.clone());
        held.iter().any(|c| folded.contains(c))
    };
    let after_closing = (0..count).rev().find(|&s| closes(s)).and_then(|c| {
        (c + 1..count)
            .take(3)
            .find_map(|s| signature(text, cast, s).map(|m| (s, m.person)))
    });
    let closed = after_closing.is_some();
    let (signed, sender) = after_closing.or_else(|| {
        (0..count)
            .rev()
            .take(6)
            .take_while(|&s| text.sentences[s].heading)
            .find_map(|s| {
                let m = signature(text, cast, s)?;
                (s + 1..count)
                    .all(|t| !names_someone(t))
                    .then_some((s, m.person))
            })
    })?;
    let address = text.sentences.get(signed + 1..(signed + 5).min(count));
    let below = address.and_then(|lines| {
        let tokens = lines.first()?.tokens.start..lines.last()?.tokens.end;
        (cast.mentions.iter())
            .find(|m| m.person != sender && tokens.contains(&m.name.start))
            .map(|m| m.person)
    });
    let ends_line = |k: usize| {
        let next = k + usize::from(text.tokens.get(k).is_some_and(|t| t.is_punct(',')));
        text.line_ends_before(next)
    };
    let addressee = below.or_else(|| {
        (cast.mentions.iter())
            .find(|m| {
                m.person != sender
                    && (text.sentences[text.sentence_of(m.name.start)].heading
                        || ends_line(m.name.end))
            })
            .map(|m| m.person)
    });
    Some(Letter {
        people: std::iter::once(sender).chain(addressee).collect(),
        closed,
    })
}

/// "Lettre de M. X à la suite du décès de Z" over the letter given in full: the message the line
/// reports from its signer alone went to whom the letter's address names.
pub fn addressed(letter: Option<&Letter>, mut event: Event) -> Event {
    if let Some(l) = letter.filter(|l| l.people.len() == 2) {
        if event.kind == EventKind::Message && event.people == l.people[..1] {
            event.people.clone_from(&l.people);
        }
    }
    event
}

/// The name a letter is signed with on the line sentence `s` opens: before it only the mark of a
/// signature, an honorific and punctuation, after it only punctuation to the end of the line.
fn signature<'c>(text: &Text, cast: &'c Cast, s: usize) -> Option<&'c Mention> {
    let line = text.sentences[s].tokens.clone();
    let words = text.words;
    if line.start > 0 && !text.tokens[line.start].newline_before {
        return None;
    }
    let m = (cast.mentions.iter()).find(|m| line.contains(&m.name.start))?;
    let lead = (line.start..m.name.start).all(|k| {
        !text.tokens[k].is_word()
            || words.signature_marks.contains(&text.fw(k))
            || words.honorifics.contains(&text.fw(k))
    });
    let tail = (m.name.end..text.tokens.len())
        .take_while(|&k| !text.tokens[k].newline_before)
        .all(|k| !text.tokens[k].is_word());
    (lead && tail).then_some(m)
}

/// "The Prime Minister spoke to President Ali Khan": the issuer's own principal, written in the
/// report as a bare title with its article, is named apart from it, in the headline ("Tom Ward call
/// with President Khan"), a byline or a signature ("Tom Ward, Secretary-General"). The one person
/// named there under the same office, or known to hold it, is the party.
/// "Le Premier ministre était en Chine. Il a rencontré X": so too the bare title of the sentence
/// before one that opens on the pronoun standing for it.
pub(super) fn principal(text: &Text, lex: &Lexicon, cast: &Cast, event: &Event) -> Option<usize> {
    let s = event.sentence?;
    let opening = text.sentences.get(s)?.tokens.start;
    let pronoun = text.words.subject_pronouns.contains(&text.fw(opening));
    let before = (0..s).rev().find(|&p| !text.sentences[p].heading);
    (pronoun.then_some(before).flatten().into_iter())
        .chain([s])
        .find_map(|s| principal_in(text, lex, cast, event, s))
}

fn principal_in(
    text: &Text,
    lex: &Lexicon,
    cast: &Cast,
    event: &Event,
    sentence: usize,
) -> Option<usize> {
    let tokens = text.sentences.get(sentence)?.tokens.clone();
    let covered = |k: usize| {
        (cast.mentions.iter()).any(|m| m.phrase.contains(&k))
            || (cast.unnamed.iter()).any(|u| u.phrase.contains(&k))
    };
    let words = text.words;
    let article = |j: usize| matches!(text.fw(j), "the" | "le" | "la" | "l'");
    // "the Prime Minister", "the Secretary-General": the article, then at most two words of the title.
    let bare = |k: usize| {
        let mut j = k;
        while j > tokens.start
            && k - j < 3
            && !article(j - 1)
            && (words.title_modifiers.contains(&text.fw(j - 1)) || text.capitalised(j - 1))
        {
            j -= 1;
        }
        j > tokens.start && article(j - 1)
    };
    // "the Prime Ministers' Council": a plural title names several, never the issuer's principal.
    let plural =
        |k: usize| (text.fw(k).strip_suffix('s')).is_some_and(|one| words.roles.contains(&one));
    let role = tokens.clone().find(|&k| {
        words.roles.contains(&text.fw(k))
            && !matches!(text.fw(k), "counterpart" | "homologue")
            && !covered(k)
            && !plural(k)
            && bare(k)
    })?;
    let title_end = (role + 1..tokens.end.min(role + 5))
        .find(|&k| !text.tokens[k].is_word())
        .unwrap_or(role + 1);
    let office = Office::of(text.folded_span(role.saturating_sub(2).max(tokens.start)..title_end));
    let holds = |m: &Mention| {
        (m.phrase.clone()).any(|k| text.fw(k) == text.fw(role))
            || office.is_some()
                && (Office::of(text.folded_span(m.phrase.clone())) == office
                    || known_office(lex, cast, m.person) == office)
    };
    let apart = |m: &Mention| {
        text.sentences[text.sentence_of(m.name.start)].heading
            || m.phrase.start == 0
            || text.tokens[m.phrase.start].newline_before
    };
    let mut found = (cast.mentions.iter())
        .filter(|m| !event.people.contains(&m.person) && apart(m) && holds(m))
        .map(|m| m.person);
    let first = found.next()?;
    found.all(|p| p == first).then_some(first)
}
