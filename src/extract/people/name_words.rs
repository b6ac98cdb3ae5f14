//! Which words can be part of a name: capitalised, not a title, place or building word, not a
//! Roman numeral on its own.

use rustc_hash::FxHashSet;

use super::Finder;
use crate::extract::lexicon::{Lexicon, Listed};
use crate::extract::text::{title_cased, Text};

pub(super) fn is_roman(word: &str) -> bool {
    word.len() <= 5 && word.chars().all(|c| "IVXL".contains(c))
}

/// "The UN Secretary-General congratulated X": where titles are capitalised, a word in lower case
/// that no title holds is a clause's, so a role before it titles no name after it ("head of
/// northern Iraq's government X" is a title in lower case). `listed` is the word's lists.
pub fn clause_word(text: &Text, listed: Listed, j: usize) -> bool {
    let (words, f) = (text.words, text.fw(j));
    text.tokens[j].is_word()
        && !text.capitalised(j)
        && !words.title_small_words.contains(&f)
        && !words.title_modifiers.contains(&f)
        && !listed.has(Listed::ROLE)
        && !listed.has(Listed::HONORIFIC)
        && !listed.has(Listed::PARTICLE)
        && !f.ends_with('\'')
}

/// The word lists token `i` is in: a word an apostrophe ends ("Dato’Seri", "Kuwait’") is looked
/// up without it where it is in none as written, as elisions ("l’", "qu’") are.
/// A counterpart word with no possessive nor article before it (`undetermined_counterpart`) is
/// no role there.
pub(super) fn listed(text: &Text, lex: &Lexicon, i: usize) -> Listed {
    let f = text.fw(i);
    let as_written = lex.listed(text.language, f);
    match f.strip_suffix('\'') {
        Some(stem) if stem.len() > 2 && as_written == Listed::default() => {
            lex.listed(text.language, stem)
        }
        _ if as_written.has(Listed::ROLE) && undetermined_counterpart(text, i) => {
            as_written.without(Listed::ROLE)
        }
        _ => as_written,
    }
}

/// "l'attitude à adopter vis-à-vis de la junte", "l'ego": a word that names a counterpart only
/// after a possessive or an article ("son vis-à-vis", "son alter ego",
/// `Words::determined_counterparts`) names none without one.
pub fn undetermined_counterpart(text: &Text, i: usize) -> bool {
    let words = text.words;
    let (counterparts, between) = &words.determined_counterparts;
    if !counterparts.contains(&text.fw(i)) {
        return false;
    }
    let before = match i.checked_sub(1) {
        Some(j) if between.contains(&text.fw(j)) => j.checked_sub(1),
        j => j,
    };
    !before.is_some_and(|j| {
        let f = text.fw(j);
        words.possessives.contains(&f)
            || words.definite.contains(&f)
            || words.indefinite.contains(&f)
    })
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

    /// Whether token `i` is one of the language's roles as written (`Words::roles`): the
    /// token's lists, looked up once, answer most words before the list is read.
    pub(super) fn role(&self, i: usize) -> bool {
        self.is(i, Listed::ROLE) && self.text.words.roles.contains(&self.text.fw(i))
    }

    /// A capitalised word that can be part of a name.
    pub(super) fn name_word(&self, i: usize) -> bool {
        self.name_words.get(i).copied().unwrap_or(false)
    }

    /// Works out `name_word` for token `i`.
    pub(super) fn can_be_a_name(&self, i: usize) -> bool {
        let f = self.text.fw(i);
        // Most tokens are written in lower case and glue no particle: they are answered first.
        if !self.text.capitalised(i) && !f.starts_with("el-") && !f.starts_with("al-") {
            return false;
        }
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
        let listed = || self.listed.get(i).copied().unwrap_or_default();
        // "Vice-President", "Haut-Commissaire": a title joined by a hyphen is no name, as the
        // words of a title written apart are not; nor is one a title opens and lower-case words
        // go on ("Chairman-in-Office"), unlike a name that starts as a title does
        // ("Amir-Abdollahian").
        let hyphenated_role = || {
            // Most words have no hyphen: they are answered before the head is looked for.
            let Some((_, rest)) = self.text.word(i).split_once('-') else {
                return false;
            };
            let head = f.split('-').next().unwrap_or(f);
            listed().has(Listed::ROLE)
                || rest.starts_with(char::is_lowercase)
                    && (self.lex.listed(self.text.language, head)).has(Listed::ROLE)
        };
        // "Helen Clark I've found": an elided word that runs on in lower case is a contraction
        // ("I've", "I'm"), not a name's, which goes on with a capital ("N'Diaye", "O'Brien").
        let contracted = self.text.fw(i).ends_with('\'')
            && (self.text.tokens.get(i + 1))
                .is_some_and(|t| t.glued && t.is_word() && !t.capitalised);
        // The token's flags first, the questions that read its letters or its neighbours after.
        !listed().has(Listed::NOT_NAME)
            && !contracted
            && !is_roman(self.text.word(i))
            && (!listed().has(Listed::GEO) || self.lex.spelt_otherwise(f, self.text.word(i)))
            && !hyphenated_role()
            && !self.names_a_building(i)
    }

    /// "Cuban Vice President Salvador Valdes Mesa", "le ministre cubain Salvador Valdés": a title
    /// names its country once, so a country's or a place's word right after a title that already
    /// names one (its role, or its demonym in French), before more words of a name, is the name's
    /// first word. Worked out once, after `name_words`, for the rare place's word there.
    pub(super) fn given_names_of_places(&mut self) {
        let text = self.text;
        for i in 1..text.tokens.len().saturating_sub(1) {
            let candidate = self.is(i, Listed::GEO)
                && !self.is(i, Listed::NOT_NAME)
                && !self.name_word(i)
                && text.capitalised(i)
                && (self.is(i - 1, Listed::ROLE)
                    || (self.is(i - 1, Listed::GEO) && !text.capitalised(i - 1)))
                && self.name_word(i + 1)
                && !text.line_ends_before(i + 1);
            if candidate
                && (self.title_before(i, 0)).is_some_and(|(start, role)| {
                    role + 2 >= i && self.title_country(start..i, false).is_some()
                })
            {
                self.name_words[i] = true;
            }
        }
    }

    /// "King Abdullah Expresses Condolences To Victims": a headline in title case capitalises its
    /// verbs and nouns too, so a word there goes on a name only if running text writes it with a
    /// capital as well. Which tokens are words of a headline in title case that running text never
    /// capitalises (particles aside), worked out once.
    pub(super) fn headline_only_words(&self) -> Vec<bool> {
        let text = self.text;
        // Only the headlines above the report: a signature below it is a name and a title.
        let lead = (text.sentences.iter()).position(|s| !s.heading);
        let cased: Vec<bool> = (text.sentences.iter().enumerate())
            .map(|(n, s)| {
                lead.is_some_and(|lead| n < lead)
                    && title_cased(&text.tokens[s.tokens.clone()], text.body, text.words)
            })
            .collect();
        let mut only = vec![false; text.tokens.len()];
        if !cased.contains(&true) {
            return only;
        }
        let running: FxHashSet<&str> = (text.sentences.iter().zip(&cased))
            .filter(|(_, &cased)| !cased)
            .flat_map(|(s, _)| s.tokens.clone())
            .filter(|&k| text.tokens[k].capitalised)
            .map(|k| text.fw(k))
            .collect();
        for (s, _) in (text.sentences.iter().zip(&cased)).filter(|(_, &cased)| cased) {
            for k in s.tokens.clone() {
                only[k] = text.tokens[k].capitalised
                    && !self.is(k, Listed::PARTICLE)
                    && !running.contains(text.fw(k));
            }
        }
        only
    }

    /// Whether capitalised word `i` is a building's word or part of the name after it ("au
    /// Château de Val Fleuri").
    fn names_a_building(&self, i: usize) -> bool {
        let (text, words) = (self.text, self.text.words);
        let mut start = i;
        while start > 0
            && text.capitalised(start - 1)
            && !words.places.buildings.contains(&text.fw(start))
        {
            start -= 1;
        }
        words.places.buildings.contains(&text.fw(start))
            || start >= 2
                && words.genitives.contains(&text.fw(start - 1))
                && words.places.buildings.contains(&text.fw(start - 2))
    }
}
