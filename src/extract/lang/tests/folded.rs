//! Every word of a language's tables is matched against folded text, so a word written with an
//! accent or a capital is never read: each must be folded already.

use super::super::{Language, Words};
use crate::extract::text::fold;

/// The string literals of a value's `Debug` form, unescaped enough to compare with their folding.
fn literals(debug: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => literal.extend(chars.next()),
                c => literal.push(c),
            }
        }
        found.push(literal);
    }
    found
}

#[test]
fn every_word_of_every_table_is_folded() {
    for language in [Language::Fr, Language::En] {
        let words = Words::of(language);
        // Titles are composed as written, and accents tell "à" from "a": neither is folded.
        let mut as_written = literals(&format!("{:?}", words.titles));
        as_written.extend(words.place_prepositions.iter().map(|(p, _)| p.to_string()));
        let unfolded: Vec<String> = literals(&format!("{words:?}"))
            .into_iter()
            .filter(|word| !as_written.contains(word) && fold(word) != *word)
            .collect();
        assert!(unfolded.is_empty(), "{language:?}: {unfolded:?}");
    }
}

#[test]
fn literals_are_read_from_debug_output() {
    let debug = format!("{:?}", ["Tête-à-tête", "l'hôte \"x\""]);
    assert_eq!(literals(&debug), ["Tête-à-tête", "l'hôte \"x\""]);
}
