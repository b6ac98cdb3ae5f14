//! Each sentence's exchange cues and markers of another exchange, found once per text: the rules
//! that choose the main exchange and refine its kind ask them of the same sentences again and again.

use std::cell::OnceCell;
use std::ops::Range;

use crate::extract::kind::Cue;
use crate::extract::lexicon::Lexicon;
use crate::extract::text::Text;

/// What the lexicon found in each sentence, filled in when first asked: a sentence no rule asks
/// about is never searched.
#[derive(Debug, Default)]
pub struct SentenceCues {
    cues: Vec<OnceCell<Vec<(Range<usize>, Cue)>>>,
    marks: Vec<OnceCell<bool>>,
}

impl SentenceCues {
    /// Room for the answers about `sentences` sentences.
    pub fn new(sentences: usize) -> SentenceCues {
        SentenceCues {
            cues: (0..sentences).map(|_| OnceCell::new()).collect(),
            marks: (0..sentences).map(|_| OnceCell::new()).collect(),
        }
    }
}

impl Lexicon {
    /// The exchange cues of sentence `s`, as `kind_cues` finds them in its folded text (offsets
    /// from the sentence's start); none out of range.
    pub fn sentence_cues<'t>(&self, text: &'t Text, s: usize) -> &'t [(Range<usize>, Cue)] {
        let Some(cell) = text.found.cues.get(s) else {
            return &[];
        };
        cell.get_or_init(|| {
            let folded = text.folded_span(text.sentences[s].tokens.clone());
            self.kind_cues(folded, text.language)
        })
    }

    /// Whether sentence `s` announces another exchange, as `marks_another` tells of its folded text.
    pub fn sentence_marks_another(&self, text: &Text, s: usize) -> bool {
        text.found.marks.get(s).is_some_and(|cell| {
            *cell.get_or_init(|| {
                let folded = text.folded_span(text.sentences[s].tokens.clone());
                self.marks_another(folded, text.language)
            })
        })
    }
}
