//! A list of a language's folded words, asked at nearly every token whether it holds one: the
//! lengths and first bytes of its words, kept beside it, answer most words without comparing them.

use std::ops::Deref;

/// Folded words, with the shapes they have.
#[derive(Clone, Copy, Debug)]
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `n` is set when a word has `n` bytes (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b % 64` is set when a word opens with byte `b`.
    firsts: u64,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> WordList {
        let (mut lengths, mut firsts) = (0, 0);
        let mut i = 0;
        while i < words.len() {
            lengths |= length_bit(words[i]);
            firsts |= first_bit(words[i]);
            i += 1;
        }
        WordList {
            words,
            lengths,
            firsts,
        }
    }

    /// Whether `word` is one of the list's: a word of no length or first byte of theirs is none.
    pub fn contains(&self, word: &&str) -> bool {
        self.lengths & length_bit(word) != 0
            && self.firsts & first_bit(word) != 0
            && self.words.contains(word)
    }
}

const fn length_bit(word: &str) -> u64 {
    let len = word.len();
    1 << if len < 63 { len } else { 63 }
}

const fn first_bit(word: &str) -> u64 {
    match word.as_bytes().first() {
        Some(b) => 1 << (*b % 64),
        None => 1,
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

impl IntoIterator for WordList {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    #[test]
    fn a_word_is_in_the_list_only_as_written() {
        let list = WordList::new(&["le", "la", "l'", "président", ""]);
        for word in ["le", "la", "l'", "président", ""] {
            assert!(list.contains(&word), "{word}");
        }
        for word in ["les", "lo", "ie", "presidents", "l", "a"] {
            assert!(!list.contains(&word), "{word}");
        }
        assert!(!WordList::new(&[]).contains(&""));
    }
}
