//! Roles: the titles a text gives people by their names, for their pages. A title is kept
//! without the countries it names, because the country is the person's and not the office's, and
//! is recognised as an office the gazetteer lists in both languages when it is one of its names.

use std::ops::Range;

use super::Cast;
use crate::extract::lexicon::{CountryForm, Lexicon, Listed};
use crate::extract::text::{fold, Text};
use crate::model::{OfficeName, Role};

/// The most tokens a title given as a role may have: longer ones ran past where it ends.
const MAX_TITLE: usize = 10;

/// The titles the text writes by people's names, once per person and title, in body order: the
/// words of a mention's phrase before or after the name, from its first role word on ("le
/// président kirghize Sadyr Japarov": "président kirghize"), or, where titles are capitalised and
/// adjectives come first, from the words before it ("Kenyan Foreign Minister"), without the
/// honorifics ("His Highness the Amir Sheikh": "Amir") and the punctuation around them. A phrase
/// with no role word (an honorific alone) gives none.
pub fn roles(text: &Text, lex: &Lexicon, cast: &Cast) -> Vec<Role> {
    let words = text.words;
    // A token's lists, told by one lookup, not by reading the long lists of roles and honorifics
    // at every word of every title.
    let listed = |k: usize| lex.listed(text.language, text.fw(k));
    let honorific = |k: usize| listed(k).has(Listed::HONORIFIC);
    let office = |k: usize| {
        let lists = listed(k);
        lists.has(Listed::ROLE) && !lists.has(Listed::HONORIFIC) && !words.counterpart(text.fw(k))
    };
    let apostrophe = |k: usize| text.fw(k) == "'";
    let upper = |k: usize| {
        text.tokens[k].is_word()
            && text.capitalised(k)
            && text.word(k).chars().count() > 1
            && !honorific(k)
            && !words.title_determiners.contains(&text.fw(k))
    };
    let small = |k: usize| words.title_small_words.contains(&text.fw(k));
    let mut roles: Vec<Role> = Vec::new();
    for m in &cast.mentions {
        for side in [m.phrase.start..m.name.start, m.name.end..m.phrase.end] {
            let Some(role) = side.clone().find(|&k| office(k)) else {
                continue;
            };
            // A title ends before another name ("… du Conseil d'État Li Keqiang").
            let named = |k: usize| cast.mentions.iter().any(|o| o.name.contains(&k));
            let end = (role..side.end).find(|&k| named(k)).unwrap_or(side.end);
            // After the name, a title that runs into another name with no break is that name's
            // ("Selon Wang Yi, le président Sadyr Japarov…").
            let unbroken = || !(role..end).any(|k| matches!(text.fw(k), "," | ";" | ":"));
            if side.start == m.name.end && end < side.end && unbroken() {
                continue;
            }
            let mut first = role;
            // "envoyé spécial de M. X": the word that takes the next name as the title's complement
            // is not the title's.
            let mut last = (role..end).rev().find(|&k| {
                text.tokens[k].is_word() && !honorific(k) && !words.of_person.contains(&text.fw(k))
            });
            if words.titles_capitalised {
                // "Kazakhstan's Foreign Minister"; not "MANILA - Foreign Minister".
                let opens = |k: usize| {
                    text.tokens[k].is_word()
                        && (words.title_modifiers.contains(&text.fw(k)) || upper(k))
                        || apostrophe(k)
                };
                while first > side.start && opens(first - 1) {
                    first -= 1;
                }
                // "Prime Minister Tun Dr Mahathir", "Secretary of State Tom Ward": before a name
                // the title ends where its capitalised words do.
                if side.end == m.name.start {
                    let mut k = role;
                    let goes_on = |k: usize| {
                        office(k)
                            || small(k)
                            || upper(k)
                            || apostrophe(k)
                            || text.fw(k) == "s" && apostrophe(k - 1)
                    };
                    while k + 1 < end && goes_on(k + 1) {
                        k += 1;
                    }
                    last = (role..=k)
                        .rev()
                        .find(|&k| text.tokens[k].is_word() && !small(k));
                }
            }
            let Some(last) = last.filter(|&l| l - first < MAX_TITLE) else {
                continue;
            };
            let runs = without_countries(text, lex, first..last + 1);
            let title = written_title(text, &runs);
            let person = &cast.people[m.person].name;
            // A person's title written again is kept once: its office, which the title alone
            // tells, is not looked up again.
            if (roles.iter()).any(|r| r.person == *person && r.title == title) {
                continue;
            }
            roles.push(Role {
                person: person.clone(),
                office: lex.office(&fold(&title)).map(|o| OfficeName {
                    fr: o.name.clone(),
                    en: o.english.clone(),
                }),
                title,
            });
        }
    }
    roles
}

/// A title as the text writes it, its first letter in lower case; where titles are capitalised,
/// in title case ("Minister for Foreign Affairs"), so that one title is one role however a text
/// writes it.
fn written_title(text: &Text, runs: &[Range<usize>]) -> String {
    if !text.words.titles_capitalised {
        // The runs as written, parted by single blanks, into one string.
        let mut title = String::new();
        for (n, r) in runs.iter().enumerate() {
            let written = &text.body[text.span(r.clone())];
            if n > 0 {
                title.push(' ');
                title.push_str(written);
            } else {
                let mut chars = written.chars();
                title.extend(chars.next().into_iter().flat_map(char::to_lowercase));
                title.push_str(chars.as_str());
            }
        }
        return title;
    }
    let mut title = String::new();
    for k in runs.iter().flat_map(Range::clone) {
        let t = &text.tokens[k];
        let opens_run = runs.iter().any(|r| r.start == k);
        if !title.is_empty() && (!t.glued || opens_run) {
            title.push(' ');
        }
        let word = text.word(k);
        // "Kazakhstan's": a letter after an apostrophe stays as written.
        let after_apostrophe = k > 0 && t.glued && text.fw(k - 1) == "'";
        if t.is_word() && !after_apostrophe && !text.words.title_small_words.contains(&text.fw(k)) {
            // "Secretary-General": each part of a joined word.
            let mut start = true;
            for c in word.chars() {
                if start {
                    title.extend(c.to_uppercase());
                } else {
                    title.push(c);
                }
                start = c == '-';
            }
        } else if t.is_word() {
            title.extend(word.chars().flat_map(char::to_lowercase));
        } else {
            title.push_str(word);
        }
    }
    title
}

/// Tokens `title` without the countries it names, as runs of tokens: a demonym ("ministre
/// chinois des Affaires étrangères", "Kenyan Foreign Minister"), a possessive ("Kazakhstan's
/// Foreign Minister") and a country that ends the title with the words joining it ("President of
/// Kazakhstan", "ministre des Affaires étrangères de la Chine"). A country joined to another word
/// by a hyphen ("Chine-Vietnam") names something else and stays.
fn without_countries(text: &Text, lex: &Lexicon, title: Range<usize>) -> Vec<Range<usize>> {
    let folded = text.folded_span(title.clone());
    let base = text.folded.folded_offset(text.span(title.clone()).start);
    let hyphen = |k: usize| title.contains(&k) && text.fw(k) == "-";
    let mut cut: Vec<Range<usize>> = Vec::new();
    for (r, hit) in lex.countries_in(folded) {
        let body = text.folded.body_span(base + r.start..base + r.end);
        let (a, b) = (text.token_at(body.start), text.token_at(body.end));
        if hit.form == CountryForm::Prefix || (a > 0 && hyphen(a - 1)) || hyphen(b) {
            continue;
        }
        let possessive = b + 1 < title.end && text.possessive(b);
        if hit.form == CountryForm::Demonym {
            cut.push(a..b);
        } else if possessive {
            cut.push(a..b + 2);
        } else if b == title.end {
            let joined = (title.start..a)
                .rev()
                .take_while(|&k| text.words.country_joiners.contains(&text.fw(k)))
                .last();
            if let Some(from) = joined {
                cut.push(from..b);
            }
        }
    }
    let mut runs = Vec::new();
    let mut start = title.start;
    for c in cut {
        if c.start > start {
            runs.push(start..c.start);
        }
        start = start.max(c.end);
    }
    if title.end > start {
        runs.push(start..title.end);
    }
    runs
}
