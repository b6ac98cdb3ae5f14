//! Each sentence's exchange cues and markers of another exchange, and the exchange it reports, found
//! once per text: the rules that choose the main exchange, refine its kind, date and place it ask
//! them of the same sentences again and again.

use std::cell::OnceCell;
use std::ops::Range;

use crate::extract::event::Told;
use crate::extract::kind::Cue;
use crate::extract::lexicon::Lexicon;
use crate::extract::text::Text;

/// How many of a sentence's first tokens may announce another exchange ("Le même jour,").
const OPENING_WORDS: usize = 4;

/// A sentence's exchange cues: (folded span from the sentence's start, cue).
type Cues = Vec<(Range<usize>, Cue)>;

/// What the lexicon found in each sentence, filled in when first asked: a sentence no rule asks
/// about is never searched.
#[derive(Debug, Default)]
pub struct SentenceCues {
    cues: Vec<OnceCell<Cues>>,
    marks: Vec<OnceCell<bool>>,
    /// The exchange each sentence reports (`event::in_sentence`).
    pub(crate) told: Vec<Told>,
}

impl SentenceCues {
    /// Room for the answers about `sentences` sentences.
    pub fn new(sentences: usize) -> SentenceCues {
        SentenceCues {
            cues: (0..sentences).map(|_| OnceCell::new()).collect(),
            marks: (0..sentences).map(|_| OnceCell::new()).collect(),
            told: (0..sentences).map(|_| Told::default()).collect(),
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

    /// Whether sentence `s` opens by announcing another exchange ("Earlier, …", "Par ailleurs, …"):
    /// its first words, not a loose "earlier this week" within it.
    pub fn sentence_opens_another(&self, text: &Text, s: usize) -> bool {
        text.sentences.get(s).is_some_and(|x| {
            let opening = x.tokens.start..x.tokens.end.min(x.tokens.start + OPENING_WORDS);
            self.marks_another(text.folded_span(opening), text.language)
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

#[cfg(test)]
mod tests {
    use crate::extract::testing::lexicon;
    use crate::extract::text::Text;
    use crate::model::Language;

    #[test]
    fn a_sentence_s_cues_are_those_of_its_folded_text_however_often_asked() {
        let lex = lexicon();
        let body = "Le président X s'est entretenu par téléphone avec Y. Le même jour, il a également reçu Z en audience. Communiqué conjoint";
        let text = Text::in_language(body, Language::Fr);
        for _ in 0..2 {
            for (s, sentence) in text.sentences.iter().enumerate() {
                let folded = text.folded_span(sentence.tokens.clone());
                assert_eq!(
                    lex.sentence_cues(&text, s),
                    lex.kind_cues(folded, text.language)
                );
                assert_eq!(
                    lex.sentence_marks_another(&text, s),
                    lex.marks_another(folded, text.language)
                );
            }
        }
        assert!(!lex.sentence_cues(&text, 0).is_empty());
        let past = text.sentences.len();
        assert!(
            lex.sentence_cues(&text, past).is_empty() && !lex.sentence_marks_another(&text, past)
        );
    }
}
