//! Mentions: the names to link in the text, chosen among overlapping matches, and the names the
//! front matter pins to a person.
//!
//! A link never splits a word, never holds another link, and never runs across paragraphs; the
//! text between and inside links stays byte for byte as published.

use std::ops::Range;

use crate::extract::lexicon::{CountryForm, CountryHit};
use crate::extract::text::fold;
use crate::model::{Ambiguous, Entity, Mention, Paragraph};

/// Country mentions from the lexicon's hits, with each combining form joined to the word it
/// prefixes: "sino-kazakhes" is one word, so it is one mention, of the country of its last part
/// (Kazakhstan). Chinese readouts write "sino-" for their own side; the partner is what the word
/// tells a reader. A combining form that joins no country ("sino-centré") is no mention.
pub fn compounds(body: &str, hits: &[(Range<usize>, CountryHit)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let (span, hit) = &hits[i];
        if hit.form != CountryForm::Prefix {
            out.push(Mention {
                span: span.clone(),
                entity: Entity::Country(hit.code),
            });
            i += 1;
            continue;
        }
        // Follow the chain of combining forms to the word that ends the compound.
        let mut j = i;
        while let Some((next, next_hit)) = hits.get(j + 1) {
            if !joined_by_hyphen(body, hits[j].0.end, next.start) {
                break;
            }
            j += 1;
            if next_hit.form != CountryForm::Prefix {
                out.push(Mention {
                    span: span.start..next.end,
                    entity: Entity::Country(next_hit.code),
                });
                break;
            }
        }
        i = j + 1;
    }
    out
}

/// Whether the body between `end` and `start` is a single hyphen or dash.
fn joined_by_hyphen(body: &str, end: usize, start: usize) -> bool {
    body.get(end..start)
        .is_some_and(|gap| gap.chars().count() == 1 && fold(gap) == "-")
}

/// The mentions to link: within one paragraph, starting and ending at word boundaries, and never
/// overlapping: the longest wins, then the earliest. Returned in body order.
pub fn linkable(body: &str, paragraphs: &[Paragraph], mentions: &[Mention]) -> Vec<Mention> {
    let mut candidates: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            !m.span.is_empty()
                && body.get(m.span.clone()).is_some()
                && is_word_boundary(body, m.span.start)
                && is_word_boundary(body, m.span.end)
                && paragraphs
                    .iter()
                    .any(|p| p.start <= m.span.start && m.span.end <= p.end)
        })
        .collect();
    candidates.sort_by_key(|m| (std::cmp::Reverse(m.span.len()), m.span.start));
    let mut chosen: Vec<Mention> = Vec::new();
    for m in candidates {
        let overlaps = chosen
            .iter()
            .any(|c| c.span.start < m.span.end && m.span.start < c.span.end);
        if !overlaps {
            chosen.push(m.clone());
        }
    }
    chosen.sort_by_key(|m| m.span.start);
    chosen
}

/// Whether a word may start or end at byte `at`: no letter or digit on both sides of it.
pub fn is_word_boundary(body: &str, at: usize) -> bool {
    if !body.is_char_boundary(at) {
        return false;
    }
    let before = body[..at].chars().next_back();
    let after = body[at..].chars().next();
    !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
}

/// Whether a front-matter key pinning a mention ("M. Wang", "Wang", "le vice-président Wang")
/// names this one: the key is the name as written, or the end of the name with its title.
pub fn pin_matches(key: &str, body: &str, name: &Range<usize>, phrase: &Range<usize>) -> bool {
    let key = words(key);
    let text = |r: &Range<usize>| body.get(r.clone()).map(words).unwrap_or_default();
    let (name, phrase) = (text(name), text(phrase));
    !key.is_empty()
        && (key == name
            || (phrase.ends_with(&key) && key.ends_with(&name) && key.len() >= name.len()))
}

/// Folded words, so a key matches whatever its accents, case and blanks.
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Applies the front matter's pins (mention text, canonical name): ambiguous names a pin names
/// become mentions of that person, and so do mentions the extractor gave to someone else.
/// Returns the mentions and the ambiguous names left unpinned.
pub fn pin(
    body: &str,
    pins: &[(String, String)],
    mut mentions: Vec<Mention>,
    ambiguous: Vec<Ambiguous>,
) -> (Vec<Mention>, Vec<Ambiguous>) {
    let pinned = |name: &Range<usize>, phrase: &Range<usize>| {
        pins.iter()
            .find(|(key, _)| pin_matches(key, body, name, phrase))
            .map(|(_, person)| Entity::Person(person.clone()))
    };
    for m in &mut mentions {
        if let Entity::Person(_) = m.entity {
            if let Some(entity) = pinned(&m.span, &m.span) {
                m.entity = entity;
            }
        }
    }
    let mut unresolved = Vec::new();
    for a in ambiguous {
        match pinned(&a.span, &a.phrase) {
            Some(entity) => mentions.push(Mention {
                span: a.span,
                entity,
            }),
            None => unresolved.push(a),
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    (mentions, unresolved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{paragraphs, CountryCode};

    fn country(code: &str) -> Entity {
        Entity::Country(CountryCode::parse(code).unwrap())
    }

    /// The linked texts of `body` when `found` lists (text, entity) mentions by their first occurrence.
    fn check(body: &str, found: &[(&str, Entity)], expected: &[&str]) {
        let mentions: Vec<Mention> = found
            .iter()
            .map(|(text, entity)| {
                let at = body.find(text).unwrap();
                Mention {
                    span: at..at + text.len(),
                    entity: entity.clone(),
                }
            })
            .collect();
        let linked: Vec<&str> = linkable(body, &paragraphs(body), &mentions)
            .into_iter()
            .map(|m| &body[m.span])
            .collect();
        assert_eq!(linked, expected, "{body}");
    }

    #[test]
    fn longest_first_then_earliest() {
        let org = Entity::Organisation("mecanisme-chine-asie-centrale".into());
        check(
            "au sein du mécanisme Chine-Asie centrale.",
            &[
                ("Chine", country("CN")),
                ("mécanisme Chine-Asie centrale", org),
            ],
            &["mécanisme Chine-Asie centrale"],
        );
        check(
            "la ligne Chine-Kirghizistan",
            &[("Chine", country("CN")), ("Kirghizistan", country("KG"))],
            &["Chine", "Kirghizistan"],
        );
        // Two spans of one length that overlap: the earlier one wins; a shorter one fits beside.
        check(
            "ab cd ef",
            &[
                ("cd ef", country("CN")),
                ("ab cd", country("KG")),
                ("ef", country("FR")),
            ],
            &["ab cd", "ef"],
        );
    }

    #[test]
    fn links_never_split_words_nor_paragraphs() {
        check("ZhanshuA cette", &[("Zhanshu", country("CN"))], &[]);
        check("l’Iran et l'OCS", &[("Iran", country("IR"))], &["Iran"]);
        check(
            "Chine\nKirghizistan",
            &[("Chine\nKirghizistan", country("CN"))],
            &[],
        );
        check("Chinese", &[("Chine", country("CN"))], &[]);
    }

    #[test]
    fn a_prefix_joins_the_word_it_prefixes() {
        let hit = |code: &str, form| CountryHit {
            code: CountryCode::parse(code).unwrap(),
            form,
        };
        let body = "les relations sino-kazakhes et sino–russo-américaines, sino-centrées";
        let at = |s: &str| {
            let i = body.find(s).unwrap();
            i..i + s.len()
        };
        let sino = body
            .match_indices("sino")
            .map(|(i, _)| i..i + 4)
            .collect::<Vec<_>>();
        let hits = vec![
            (sino[0].clone(), hit("CN", CountryForm::Prefix)),
            (at("kazakhes"), hit("KZ", CountryForm::Demonym)),
            (sino[1].clone(), hit("CN", CountryForm::Prefix)),
            (at("russo"), hit("RU", CountryForm::Prefix)),
            (at("américaines"), hit("US", CountryForm::Demonym)),
            (sino[2].clone(), hit("CN", CountryForm::Prefix)),
        ];
        let found: Vec<(&str, Entity)> = compounds(body, &hits)
            .into_iter()
            .map(|m| (&body[m.span], m.entity))
            .collect();
        assert_eq!(
            found,
            [
                ("sino-kazakhes", country("KZ")),
                ("sino–russo-américaines", country("US"))
            ]
        );
    }

    #[test]
    fn pins_match_the_name_as_written() {
        let body = "M. Wang a parlé au vice-président Wang.";
        let name = |i: usize| {
            let at = body.match_indices("Wang").nth(i).unwrap().0;
            at..at + 4
        };
        let m = 0..name(0).end;
        let vp = body.find("vice").unwrap()..name(1).end;
        assert!(pin_matches("M. Wang", body, &name(0), &m));
        assert!(pin_matches("m wang", body, &name(0), &m));
        assert!(pin_matches("Wang", body, &name(0), &m));
        assert!(!pin_matches("M. Wang", body, &name(1), &vp));
        assert!(pin_matches("vice-président Wang", body, &name(1), &vp));
        assert!(!pin_matches("Li", body, &name(0), &m));
        assert!(!pin_matches("", body, &name(0), &m));
    }
}
