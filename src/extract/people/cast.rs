//! The cast: each person the text names is one entry, whichever of their names it uses.

use super::{Finder, Person};
use crate::extract::text::title_case;
use crate::model::{without_initials, Confidence};

/// A cast member's name, folded once for every comparison the cast makes.
pub(super) struct Folded {
    /// The whole name folded ("sergey v. lavrov"), whose words a surname is compared with.
    pub whole: String,
    /// Without its middle initials ("sergey lavrov"), as people are compared: "Sergey V. Lavrov"
    /// and "Sergey Lavrov" are one person. The initials are those the gazetteer's names are
    /// matched without (`model::without_initials`), so both comparisons drop the same ones.
    pub bare: String,
}

impl Folded {
    pub(super) fn of(name: &str) -> Folded {
        let whole = crate::extract::text::fold(name);
        let bare = without_initials(&whole, ' ').unwrap_or_else(|| whole.clone());
        Folded { whole, bare }
    }
}

/// Whether bare name `long` adds given or middle names to `short`, whose words it has in order and
/// whose last word it ends with ("Oligui Nguema", "Brice Clotaire Oligui Nguema").
fn more_names(short: &str, long: &str) -> bool {
    long.split(' ').count() > short.split(' ').count()
        && long.split(' ').next_back() == short.split(' ').next_back()
        && within(short, long)
}

/// Whether bare name `long`, `written` so, adds family names after the whole of `short`
/// ("Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"), unless the word it ends with is rather a
/// caption's or a credit's ("Tom Ward US", "Tom Ward VOI-Photo").
fn names_after(short: &str, long: &str, written: &str) -> bool {
    // Capitals running in a short word or beside small letters: "US", "VOI-Rezha"; a family name
    // has one capital to a part ("Pérez-Castejón"), or is written in capitals throughout.
    let credit = |w: &str| {
        let mut letters = w.chars().peekable();
        let running = std::iter::from_fn(|| Some((letters.next()?, *letters.peek()?)))
            .any(|(a, b)| a.is_uppercase() && b.is_uppercase());
        running && (w.chars().count() <= 3 || w.contains(char::is_lowercase))
    };
    short.contains(' ')
        && long
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(' '))
        && !written.split(' ').next_back().is_some_and(credit)
}

/// Whether a name is written in capitals throughout.
fn shouted(name: &str) -> bool {
    !name.chars().any(char::is_lowercase)
}

/// A name as running text writes it: a word in capitals ("Emmanuel MACRON", "SAHLE-WORK ZEWDE")
/// takes running text's capitals, but for initials ("F.") and a regnal number ("Mohammed VI").
pub(super) fn unshouted(name: &str) -> String {
    // A word in lower case is asked about first: most words have one, and are left as written.
    let shouted = |i: usize, word: &str| {
        let regnal = || i > 0 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        let letters = || word.chars().filter(|c| c.is_alphabetic()).count();
        !(word.chars().any(char::is_lowercase) || word.contains('.') || regnal() || letters() < 2)
    };
    // Most names are written in running text's capitals: they are copied whole.
    if !name
        .split(' ')
        .enumerate()
        .any(|(i, word)| shouted(i, word))
    {
        return name.to_string();
    }
    let words = name.split(' ').enumerate().map(|(i, word)| {
        if shouted(i, word) {
            title_case(word)
        } else {
            word.to_string()
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// Whether bare name `short`, of two words or more, has all its words, in order, in `long`:
/// "Félix Tshisekedi" and "Félix Antoine Tshisekedi Tshilombo" name the same person.
pub(super) fn within(short: &str, long: &str) -> bool {
    let mut long = long.split(' ');
    short.contains(' ') && short.split(' ').all(|w| long.any(|l| l == w))
}

/// Whether bare names `a` and `b` are one name, one letter apart in one of their words and alike
/// in the others ("Abelmadjid Tebboune", "Abdelmadjid Tebboune"; "Mamady Dombouya", "Mamady
/// Doumbouya"): a letter left out, added or mistyped, as a slip of the pen writes it. A word of
/// fewer than three letters is too short to tell a slip from another name.
fn one_letter_apart(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut x, mut y) = (a.split(' '), b.split(' '));
    let (mut slips, mut alike) = (0, false);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return slips == 1 && alike,
            (Some(v), Some(w)) if v == w => alike = true,
            (Some(v), Some(w)) => {
                slips += 1;
                if slips > 1 || !one_slip(v.as_bytes(), w.as_bytes()) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Whether two different words are one letter apart, neither shorter than three letters.
fn one_slip(v: &[u8], w: &[u8]) -> bool {
    let (short, long) = if v.len() <= w.len() { (v, w) } else { (w, v) };
    if short.len() < 3 || long.len() - short.len() > 1 {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(a, b)| a == b).count();
    let skip = usize::from(short.len() == long.len());
    head < short.len() && short[head + skip..] == long[head + 1..]
        || head == short.len() && long.len() == short.len() + 1
}

impl Finder<'_, '_> {
    /// The cast's entry for `person`, added unless it is someone already there.
    pub(super) fn add_person(&mut self, person: Person) -> usize {
        // Each name is folded once: the new one only when a comparison needs it.
        let mut new_folded: Option<Folded> = None;
        let same = (self.cast.people.iter().zip(&self.folded_names)).position(|(p, p_folded)| {
            match (p.known, person.known) {
                (Some(a), Some(b)) => a == b,
                // The same spelling folds alike: it is not folded to be compared.
                _ if p.name == person.name => true,
                _ => {
                    let b = &new_folded
                        .get_or_insert_with(|| Folded::of(&person.name))
                        .bare;
                    let p_bare = &p_folded.bare;
                    p_bare == b
                        || within(p_bare, b)
                        || within(b, p_bare)
                        || p.known.is_some() != person.known.is_some()
                            && (p.country.is_none()
                                || person.country.is_none()
                                || p.country == person.country)
                            && one_letter_apart(p_bare, b)
                }
            }
        });
        if let Some(i) = same {
            // A name written again as before (most mentions after the first) gives no spelling,
            // and is not folded to be compared with the one kept.
            if self.cast.people[i].name != person.name {
                let new_bare = &new_folded
                    .get_or_insert_with(|| Folded::of(&person.name))
                    .bare;
                let old_bare = &self.folded_names[i].bare;
                let alias_to_full =
                    self.full_name_after_alias(&self.cast.people[i], &person, old_bare, new_bare);
                // "René Préval" in a caption, then "le président haïtien René Préval": the title says more.
                let known = &self.cast.people[i];
                // "Alin Bongo Ondimba", then "Ali Bongo Ondimba": a slip of one letter gives way
                // to the spelling the gazetteer knows where the text writes it, and to nothing
                // else.
                let slip = one_letter_apart(old_bare, new_bare);
                let fuller = if slip {
                    known.known.is_none()
                        && person.known.is_some()
                        && self.text.body.contains(person.name.as_str())
                } else {
                    // A known person's full name as the text writes it is the spelling reported;
                    // a name written again in full ("Oligui Nguema", then "Brice Clotaire Oligui
                    // Nguema"), or in running text after a line in capitals, gives the spelling
                    // too.
                    person.name.len() > known.name.len()
                        && known.known.is_some()
                        && person.known.is_none()
                        || more_names(old_bare, new_bare)
                        || names_after(old_bare, new_bare, &person.name)
                        || alias_to_full
                        || shouted(&known.name) && !shouted(&person.name)
                };
                if fuller {
                    self.folded_names[i] = new_folded.unwrap_or_else(|| Folded::of(&person.name));
                    self.cast.people[i].name = person.name;
                }
            }
            let known = &mut self.cast.people[i];
            // A country the text gives outweighs the dateline's default.
            if known.country.is_none() || known.homed && !person.homed && person.country.is_some() {
                known.country = person.country;
                known.homed = person.homed;
            }
            known.known = known.known.or(person.known);
            return i;
        }
        self.folded_names
            .push(new_folded.unwrap_or_else(|| Folded::of(&person.name)));
        self.cast.people.push(person);
        self.cast.people.len() - 1
    }

    /// "Jokowi", then "Joko Widodo": a known person named by an alias (a nickname, a short form)
    /// and then by the full name the gazetteer gives them is reported by that full name, unless
    /// the name written first holds it. `old_bare` and `new_bare` are their names as the cast
    /// compares them (`Folded::bare`), already folded.
    fn full_name_after_alias(
        &self,
        old: &Person,
        new: &Person,
        old_bare: &str,
        new_bare: &str,
    ) -> bool {
        let Some(k) = new.known.filter(|_| old.known == new.known) else {
            return false;
        };
        // The gazetteer's name, folded once in the `Lexicon`, without its middle initials.
        let folded = self.lex.folded_name(k);
        let bare = without_initials(folded, ' ');
        let full = bare.as_deref().unwrap_or(folded);
        // "Tom Ward Jr." is the full name "Tom Ward Jr": a suffix's point is no letter of it.
        let is_full = |bare: &str| bare.trim_end_matches('.') == full.trim_end_matches('.');
        // "Joseph Kabila Kabange" already holds the full name, and says more.
        is_full(new_bare) && !is_full(old_bare) && !within(full, old_bare)
    }

    /// A known person under the name the text writes ("Sergei Lavrov", "NguyenSinh Hung"): the
    /// participant is reported as published; the archive files the spelling under the person.
    /// A name in capitals ("SON EXCELLENCE MONSIEUR EMMANUEL MACRON") is shouted by the layout:
    /// the gazetteer's spelling is reported.
    pub(super) fn known_as(&self, index: usize, confidence: Confidence, spelled: String) -> Person {
        let known = self.known(index, confidence);
        if shouted(&spelled) {
            return known;
        }
        Person {
            name: spelled,
            ..known
        }
    }

    pub(super) fn known(&self, index: usize, confidence: Confidence) -> Person {
        let p = &self.lex.gazetteer.people[index];
        Person {
            name: p.name.clone(),
            country: p.country,
            homed: false,
            known: Some(index),
            confidence,
        }
    }
}
