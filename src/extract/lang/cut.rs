//! Phrases of a language matched where folded text opens (a sentence's cut, "in the presence",
//! "the following morning", "they are"): most words are answered by a filter of two bytes
//! before any phrase is compared.

/// Folded phrases of one use (a sentence's cuts, its words of presence …), with the two letters they open
/// with: most words open none, and are answered without comparing phrases.
#[derive(Debug)]
pub struct CutPhrases {
    phrases: &'static [&'static str],
    /// For each first byte, the second bytes a phrase goes on with, each as bit `byte % 64`: a
    /// filter, as two bytes may share a bit, that the comparison of phrases then settles. A
    /// phrase of one byte sets every bit.
    opens: [u64; 256],
    /// For each first byte, the phrases that open with it, as bits of their indices: only those
    /// are compared, where a long list would compare every phrase at every word it is asked of.
    by_first: [u128; 256],
}

impl CutPhrases {
    pub const fn new(phrases: &'static [&'static str]) -> CutPhrases {
        assert!(
            phrases.len() <= 128,
            "a list of cut phrases fits `by_first`"
        );
        let mut opens = [0u64; 256];
        let mut by_first = [0u128; 256];
        let mut i = 0;
        while i < phrases.len() {
            match phrases[i].as_bytes() {
                [first] => opens[*first as usize] = u64::MAX,
                [first, second, ..] => opens[*first as usize] |= 1 << (*second % 64),
                [] => panic!("a cut phrase has words"),
            }
            by_first[phrases[i].as_bytes()[0] as usize] |= 1 << i;
            i += 1;
        }
        CutPhrases {
            phrases,
            opens,
            by_first,
        }
    }

    /// The phrases, folded.
    pub fn phrases(&self) -> &'static [&'static str] {
        self.phrases
    }

    /// Whether folded text `rest` opens with one of the phrases, as a whole word unless the
    /// phrase ends with a space or an apostrophe. Asked at every word of many sentences: the
    /// filter is inlined into each caller, the phrases compared out of line.
    #[inline]
    pub fn open(&self, rest: &str) -> bool {
        let may_open = match rest.as_bytes() {
            [first, second, ..] => self.opens[usize::from(*first)] & (1 << (second % 64)) != 0,
            [first] => self.opens[usize::from(*first)] != 0,
            [] => false,
        };
        may_open && self.compared(rest)
    }

    /// Whether `rest`, which the filter lets through, opens with one of the phrases.
    #[inline(never)]
    fn compared(&self, rest: &str) -> bool {
        let mut candidates = self.by_first[usize::from(rest.as_bytes()[0])];
        while candidates != 0 {
            let p = self.phrases[candidates.trailing_zeros() as usize];
            candidates &= candidates - 1;
            if rest.starts_with(p)
                && (p.ends_with([' ', '\''])
                    || !rest[p.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
            {
                return true;
            }
        }
        false
    }
}
