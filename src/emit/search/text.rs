//! Words for the search index: tokenising, folding (case, accents, apostrophes) and stemming.
//!
//! The browser client folds and splits a query exactly as [`fold`] and [`words`] do (see
//! `static/search.js`), but never stems: the index maps every folded word form of the archive
//! to its stems, so a query finds the readouts of every form sharing a stem without a stemmer
//! in the browser.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use rustc_hash::FxHashMap;

use crate::model::Language;

/// Words left out of the index of the readouts' paragraphs: the commonest function words of the
/// supported languages and the letters apostrophes leave ("l’", "d’", "qu’"). Their postings
/// would be the largest of the index and they rank nothing; a phrase still matches across them,
/// as gaps of one word. The title and participants keep them, so a query of stop words alone
/// ("Un", of Kim Jong Un) finds them there.
pub const STOP_WORDS: [&str; 46] = [
    "a", "au", "aux", "c", "ce", "d", "de", "des", "du", "en", "est", "et", "il", "j", "l", "la",
    "le", "les", "m", "n", "ne", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sur", "t",
    "un", "une", "and", "an", "as", "at", "by", "in", "is", "of", "on", "or", "the", "to", "y",
];

/// Whether a folded word is left out of the index.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(&folded)
}

/// Lower case, accents removed (canonical decomposition without its combining marks), and the
/// ligatures œ, æ and ß spelled out: "L’Élysée" → "l’elysee".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether a character belongs to a word: letters and digits. Everything else, apostrophes
/// (’ and ') and hyphens included, separates words, so "l’Élysée" is "l" and "elysee".
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of a text in order, as written.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Turns words into index terms for one language (the readout's, as the extractor read it): the
/// folded form, and the folded stem.
pub struct Analyzer {
    stemmer: Stemmer,
    language: Language,
}

/// The words already analysed, by language and word as written, with their forms and stems
/// numbered: readouts repeat their words, and a lookup costs far less than folding and stemming
/// a word again; numbers let a readout's words be grouped without comparing strings. One per
/// thread.
#[derive(Default)]
pub struct Memo {
    known: [FxHashMap<String, Analysed>; Language::ALL.len()],
    forms: Interner,
    stems: Interner,
}

/// A word analysed: the numbers of its form and stem in its [`Memo`], and whether the form is
/// a stop word.
#[derive(Clone, Copy)]
pub struct Analysed {
    pub form: u32,
    pub stem: u32,
    pub stop: bool,
}

impl Memo {
    /// The folded form numbered `n`.
    pub fn form(&self, n: u32) -> &str {
        &self.forms.names[n as usize]
    }

    /// The stem numbered `n`.
    pub fn stem(&self, n: u32) -> &str {
        &self.stems.names[n as usize]
    }
}

/// Strings numbered in the order they were first seen.
#[derive(Default)]
struct Interner {
    numbers: FxHashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn number(&mut self, name: String) -> u32 {
        if let Some(&n) = self.numbers.get(&name) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push(name.clone());
        self.numbers.insert(name, n);
        n
    }
}

/// One word of a text as the index sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The word folded: what a query is matched against.
    pub form: String,
    /// The folded stem of the word in its language, shared by its inflections.
    pub stem: String,
}

impl Analyzer {
    pub fn new(language: Language) -> Analyzer {
        let algorithm = match language {
            Language::Fr => Algorithm::French,
            Language::En => Algorithm::English,
        };
        Analyzer {
            stemmer: Stemmer::create(algorithm),
            language,
        }
    }

    /// A word analysed, from `memo` when it was analysed before.
    pub fn analyse(&self, memo: &mut Memo, word: &str) -> Analysed {
        if let Some(&known) = memo.known[self.language as usize].get(word) {
            return known;
        }
        let Term { form, stem } = self.term(word);
        let analysed = Analysed {
            stop: is_stop_word(&form),
            form: memo.forms.number(form),
            stem: memo.stems.number(stem),
        };
        memo.known[self.language as usize].insert(word.to_owned(), analysed);
        analysed
    }

    /// The term of a word. The stemmer reads the word with its accents (Snowball's French rules
    /// need them); the stem is folded afterwards. A stop word is its own stem.
    pub fn term(&self, word: &str) -> Term {
        let form = fold(word);
        let stem = if is_stop_word(&form) {
            form.clone()
        } else {
            fold(&self.stemmer.stem(&word.to_lowercase()))
        };
        Term { form, stem }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_accents_and_ligatures() {
        let check = |text: &str, folded: &str| assert_eq!(fold(text), folded, "{text}");
        check("Élysée", "elysee");
        check("L’ÉLYSÉE", "l’elysee");
        check("Kirghizistan", "kirghizistan");
        check("cœur", "coeur");
        check("Ürümqi", "urumqi");
        check("Straße", "strasse");
        check("ÇA", "ca");
    }

    #[test]
    fn apostrophes_and_hyphens_split_words() {
        let check = |text: &str, expected: &[&str]| {
            assert_eq!(words(text).collect::<Vec<_>>(), expected, "{text}")
        };
        check("l’Élysée", &["l", "Élysée"]);
        check("l'elysee", &["l", "elysee"]);
        check("sino-kazakhes, (Xinhua)", &["sino", "kazakhes", "Xinhua"]);
        check("« un bon voisin »", &["un", "bon", "voisin"]);
        check("le 5 juin 2021.", &["le", "5", "juin", "2021"]);
        check("  ", &[]);
    }

    #[test]
    fn every_spelling_of_a_word_gives_one_term() {
        let french = Analyzer::new(Language::Fr);
        let forms: Vec<String> = ["l’Élysée", "l'elysee", "Elysee", "ÉLYSÉE"]
            .iter()
            .flat_map(|t| words(t).map(|w| french.term(w)))
            .filter(|t| !is_stop_word(&t.form))
            .map(|t| t.form)
            .collect();
        // Queries are matched on the folded form; its stems (here "elys" from "Élysée", "elyse"
        // from "Elysee") are all listed under it in the index.
        assert_eq!(forms, ["elysee"; 4]);
    }

    #[test]
    fn inflections_share_a_stem_in_their_language() {
        let french = Analyzer::new(Language::Fr);
        let stem = |a: &Analyzer, w: &str| a.term(w).stem;
        assert_eq!(stem(&french, "voisins"), stem(&french, "voisin"));
        assert_eq!(stem(&french, "coopération"), stem(&french, "coopérations"));
        assert_eq!(stem(&french, "Kirghizistan"), "kirghizistan");
        assert_eq!(stem(&french, "économiques"), stem(&french, "économique"));
        let english = Analyzer::new(Language::En);
        assert_eq!(stem(&english, "meetings"), stem(&english, "meeting"));
        assert_eq!(stem(&english, "cooperation"), stem(&english, "cooperating"));
        // Each language's rules: the French ones do not know English endings.
        assert_eq!(stem(&english, "discussed"), stem(&english, "discuss"));
        assert_ne!(stem(&french, "discussed"), stem(&french, "discuss"));
    }

    #[test]
    fn stop_words_are_folded_but_not_stemmed() {
        let french = Analyzer::new(Language::Fr);
        for word in ["la", "L", "The", "Un"] {
            let term = french.term(word);
            assert!(is_stop_word(&term.form), "{word}");
            assert_eq!(term.stem, term.form);
        }
        assert!(!is_stop_word(&french.term("Route").form));
    }
}
