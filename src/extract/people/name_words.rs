//! Which words can be part of a name: capitalised, not a title, place or building word, not a
//! Roman numeral on its own.

use super::Finder;
use crate::extract::lexicon::Listed;

pub(super) fn is_roman(word: &str) -> bool {
    word.len() <= 5 && word.chars().all(|c| "IVXL".contains(c))
}

impl Finder<'_, '_> {
    pub(super) fn all_caps(&self, i: usize) -> bool {
        let w = self.text.word(i);
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-')
    }

    /// Whether token `i` is in one of the language's word `list`s.
    pub(super) fn is(&self, i: usize, list: Listed) -> bool {
        self.listed.get(i).is_some_and(|l| l.has(list))
    }

    /// A capitalised word that can be part of a name.
    pub(super) fn name_word(&self, i: usize) -> bool {
        self.name_words.get(i).copied().unwrap_or(false)
    }

    /// Works out `name_word` for token `i`.
    pub(super) fn can_be_a_name(&self, i: usize) -> bool {
        let f = self.text.fw(i);
        // "Kuwait's": the possessive's apostrophe is not part of the word.
        let f = match f.strip_suffix('\'') {
            Some(stem) if stem.len() > 2 => stem,
            _ => f,
        };
        if let Some(rest) = f.strip_prefix("el-").or_else(|| f.strip_prefix("al-")) {
            // "el-Menfi": the particle is glued, the name after it is capitalised.
            let w = self.text.word(i);
            return !rest.is_empty() && w[3..].starts_with(char::is_uppercase);
        }
        let listed = || match self.listed.get(i) {
            Some(&listed) if f.len() == self.text.fw(i).len() => listed,
            _ => self.lex.listed(self.text.language, f),
        };
        // "Vice-President", "Haut-Commissaire": a title joined by a hyphen is no name, as the
        // words of a title written apart are not.
        let hyphenated_role = || listed().has(Listed::ROLE) && f.contains('-');
        self.text.capitalised(i)
            && !listed().has(Listed::NOT_NAME)
            && !hyphenated_role()
            && !listed().has(Listed::GEO)
            && !is_roman(self.text.word(i))
            && !self.names_a_building(i)
    }

    /// Whether capitalised word `i` is a building's word or part of the name after it ("au
    /// Château de Val Fleuri").
    fn names_a_building(&self, i: usize) -> bool {
        let (text, words) = (self.text, self.text.words);
        let mut start = i;
        while start > 0 && text.capitalised(start - 1) && !words.buildings.contains(&text.fw(start))
        {
            start -= 1;
        }
        words.buildings.contains(&text.fw(start))
            || start >= 2
                && words.building_joiners.contains(&text.fw(start - 1))
                && words.buildings.contains(&text.fw(start - 2))
    }
}
