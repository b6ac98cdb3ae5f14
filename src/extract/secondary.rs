//! Secondary events: other exchanges the same text reports ("Le même jour, Wang Yi a également tenu …").

use crate::extract::event::{self, Event};
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;

/// Later sentences that report another exchange with at least two parties, other than the main event's.
pub fn find(text: &Text, lex: &Lexicon, cast: &Cast, main: &Event) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let after = main.sentence.map_or(text.sentences.len(), |s| s + 1);
    for s in after..text.sentences.len() {
        if text.sentences[s].heading {
            continue;
        }
        if !lex.sentence_marks_another(text, s) {
            continue;
        }
        let folded = text.folded_span(text.sentences[s].tokens.clone());
        let same_again = folded.contains("de meme");
        let Some(found) = event::in_sentence(text, lex, cast, s, same_again.then_some(main.kind))
        else {
            continue;
        };
        let parties = found.people.len() + found.unnamed.len();
        let mut people = found.people.clone();
        people.sort_unstable();
        let mut main_people = main.people.clone();
        main_people.sort_unstable();
        if parties >= 2 && people != main_people {
            out.push(found);
        }
    }
    out
}
