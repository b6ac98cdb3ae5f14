//! Recognising people the gazetteer knows: by a surname alone, by a name with middle names or a
//! patronymic written on or with its family name first, and by the office a title names.

use std::ops::Range;

use super::{Finder, Mention, Person};
use crate::extract::lexicon::Listed;
use crate::extract::text::fold;
use crate::model::Confidence;

impl Finder<'_, '_> {
    /// "Mohammed bin Salman bin Abdulaziz": a known name the text writes on with a particle and
    /// a name ("bin", "ibn") is that longer name, and so with the Arabic article of a family name,
    /// which is written with a capital ("Salman bin Abdulaziz Al Saud"), as French may write the
    /// particle too ("Mohammed Ben Salmane Ben Abdelaziz").
    pub(super) fn patronymic(&self, known: Range<usize>) -> Range<usize> {
        let mut end = known.end;
        while (self.text.words.particles.contains(&self.text.fw(end)))
            && (self.text.word(end).starts_with(char::is_lowercase)
                || self.text.fw(end) == "al"
                || self.text.words.patronymics.contains(&self.text.fw(end)))
            && self.name_word(end + 1)
            && !self.text.line_ends_before(end)
            && !self.text.line_ends_before(end + 1)
        {
            end += 2;
        }
        known.start..end
    }

    /// "Joseph Kabila Kabange", "Josep Borrell Fontelles": a known name the text writes on with
    /// one more name on its line is that fuller name, and so with a suffix ("Joseph R. Biden,
    /// Jr."). The word after it ends the name: a capitalised one would make the run another
    /// thing's ("Jomo Kenyatta International Airport"), as the words of a place or a body named
    /// after the person do ("the Nelson Mandela Foundation"); a headline capitalises its verbs
    /// too, so there, or in a sentence in title case, the name must end its line or a clause. The
    /// initials of an honorific open the next name ("H.E.").
    pub(super) fn written_on(&self, known: Range<usize>) -> Range<usize> {
        let (text, end) = (self.text, known.end);
        let after = end + 1;
        let ends = if self.in_heading(end) || self.in_title_case(end) {
            self.text.line_ends_before(after) || text.tokens[after].is_punct(',')
        } else {
            self.text.line_ends_before(after) || !text.tokens[after].capitalised
        };
        let more = self.name_word(end)
            && self.listed.get(end) == Some(&Listed::default())
            && !self.honorific_initials_at(end)
            && !self.all_caps(end)
            && !self.text.line_ends_before(end)
            && !text.words.named_after.contains(&text.fw(end))
            && ends;
        let end = if more { after } else { end };
        known.start..self.suffix_end(end)
    }

    /// "le président de la république, tebboune , a reçu": a known person's surname written in lower
    /// case between commas, or a comma and a verb, after a title; the person and the phrase.
    pub(super) fn lowercase_surname(
        &mut self,
        i: usize,
        last_end: usize,
    ) -> Option<(usize, Range<usize>)> {
        let text = self.text;
        let prev = i.checked_sub(1)?;
        let closes = |f: &str| f == "," || text.words.verbs_after_name.contains(&f);
        // The cheap tests first: most words are no surname, and a lookup costs more than these.
        if !(text.tokens[prev].is_punct(',')
            && closes(text.fw(i + 1))
            && text.tokens[i].is_word()
            && text.word(i).starts_with(char::is_lowercase))
        {
            return None;
        }
        let &[known] = self.lex.by_surname(text.fw(i)) else {
            return None;
        };
        let (start, role) = self.title_before(i, last_end)?;
        (i - role <= 6).then(|| {
            let person = self.add_person(self.known(known, Confidence::Medium));
            (person, start..i + 1)
        })
    }

    /// "Faure Essozimna Gnassingbé": a name of three words or more whose first and last words are
    /// those of one known person's name or alias, which leaves the middle names out; so with a
    /// surname of several words and a patronymic the alias leaves out ("Mohammed bin Abdulrahman
    /// bin Jassim Al Thani").
    pub(super) fn known_with_middle_names(&self, folded: &str) -> Option<usize> {
        let words: Vec<&str> = folded.split(' ').collect();
        let (&first, &last) = (words.first()?, words.last()?);
        if words.len() < 3 {
            return None;
        }
        let bears = |k: &usize| {
            let p = &self.lex.gazetteer.people[*k];
            std::iter::once(&p.name).chain(&p.aliases).any(|name| {
                let name = fold(name);
                name.split(' ').next() == Some(first)
                    && name.split(' ').next_back() == Some(last)
                    && super::cast::within(&name, folded)
            })
        };
        // The surname is the last word or, as "Al Thani", "von der Leyen", the last two or three.
        let surnames = (1..=3.min(words.len() - 1)).map(|n| words[words.len() - n..].join(" "));
        let mut found = surnames
            .flat_map(|surname| self.lex.by_surname(&surname).iter().copied())
            .filter(bears);
        let one = found.next()?;
        found.next().is_none().then_some(one)
    }

    /// "Mr. KISHIDA Fumio": a name of two words, the first in capitals and the second not, as
    /// East Asian issuers write the family name first, is the known person whose name, written
    /// the other way round, it is.
    pub(super) fn known_family_name_first(&self, run: &Range<usize>) -> Option<usize> {
        let text = self.text;
        let [family, given] = [run.start, run.end - 1];
        // Most names are written in title case: the capitals are asked first.
        if run.len() != 2 || !self.all_caps(family) || self.all_caps(given) {
            return None;
        }
        let folded = format!("{} {}", text.fw(given), text.fw(family));
        (self.lex.people_in(&folded).into_iter())
            .find(|(r, _)| *r == (0..folded.len()))
            .map(|(_, k)| k)
    }

    /// The one of `candidates` who holds an office whose first word is the role word at `role`
    /// ("prince", "King"), in either language.
    pub(super) fn holding(&self, candidates: &[usize], role: usize) -> Option<usize> {
        let word = self.text.fw(role);
        let gazetteer = &self.lex.gazetteer;
        let holds = |p: &usize| {
            gazetteer.people[*p].roles.iter().any(|r| {
                let office = gazetteer.offices.iter().find(|o| &o.name == r);
                let mut names = std::iter::once(r).chain(office.map(|o| &o.english));
                names.any(|n| fold(n).split(' ').next() == Some(word))
            })
        };
        match candidates.iter().filter(|p| holds(p)).collect::<Vec<_>>()[..] {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The one of `candidates` who holds an office the title at `title` names in full, in either
    /// language, an organisation's possessive read as its name ("NATO's Secretary General").
    pub(super) fn office_holder(&self, candidates: &[usize], title: Range<usize>) -> Option<usize> {
        let folded = self.text.folded_span(title);
        let folded = format!(" {} ", folded.replace("'s ", " ").replace(" ' s ", " "));
        let gazetteer = &self.lex.gazetteer;
        let holds = |p: &&usize| {
            gazetteer.people[**p].roles.iter().any(|r| {
                let office = gazetteer.offices.iter().find(|o| &o.name == r);
                (office.into_iter().flat_map(|o| o.names()))
                    .any(|n| folded.contains(&format!(" {} ", fold(n))))
            })
        };
        match candidates.iter().filter(holds).collect::<Vec<_>>()[..] {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Records the known person `one`, named by `run` under the title from `start`.
    pub(super) fn titled_known(&mut self, one: usize, run: &Range<usize>, start: usize) {
        let person = self.known_as(one, Confidence::Medium, self.name_text(run));
        let person = self.add_person(person);
        self.cast.mentions.push(Mention {
            person,
            name: run.clone(),
            phrase: start..run.end,
        });
    }

    /// A known person the text titles once as an organisation's official speaks for no country
    /// ("le secrétaire général de l'OTAN, Mark Rutte", then "M. Rutte"), whatever one they once
    /// served; so does one it titles bare by an organisation's office they hold ("met with the
    /// Secretary General Anders Fogh Rasmussen" at NATO's headquarters). An unknown person an
    /// organisation's office titles takes no country of the dateline's by default either ("BERLIN –
    /// … the OSCE Secretary General X", "le directeur général de l'OMS, X").
    pub(super) fn speaking_for_organisations(&mut self) {
        for m in &self.cast.mentions {
            let person = &self.cast.people[m.person];
            // A person already of no country needs no more of their mentions read.
            if person.country.is_none() {
                continue;
            }
            let cleared = match person.known {
                Some(known) => {
                    self.of_an_organisation(m.phrase.clone()) || self.bare_office_of(m, known)
                }
                // "le ministre de la Francophonie, X" names the organisation as a portfolio
                // (`Words::portfolios`): a minister serves their state.
                None => person.homed && self.of_an_organisation(m.phrase.clone()),
            };
            if cleared {
                let person = &mut self.cast.people[m.person];
                person.country = None;
                person.homed = false;
            }
        }
    }

    /// Whether mention `m` of the known person `known` is titled before the name by one of their
    /// organisation offices, bare, and its title names no country.
    fn bare_office_of(&self, m: &Mention, known: usize) -> bool {
        let words = self.text.words;
        let first = (m.phrase.start..m.name.start).find(|&k| {
            let w = self.text.fw(k);
            !(words.definite.contains(&w) || words.honorifics.contains(&w))
        });
        let Some(first) = first else {
            return false;
        };
        let folded = self.text.folded_span(first..m.name.start);
        folded.contains(' ')
            && self.lex.countries_in(folded).is_empty()
            && self.lex.holds_organisation_office_as(known, folded)
    }

    /// Who a single capitalised word names: someone already found whose name holds it, else a
    /// known person with that surname when a title or honorific stands before it.
    pub(super) fn surname_owner(
        &mut self,
        run: &Range<usize>,
        titled: bool,
        honorific: bool,
    ) -> Option<usize> {
        let word = self.text.fw(run.start);
        let found = |p: &super::cast::Folded, last_only: bool| {
            let mut parts = p.whole.split([' ', '-']);
            if last_only {
                parts.next_back() == Some(word)
            } else {
                parts.any(|w| w == word)
            }
        };
        if word.len() >= 2 {
            let by_last = self.folded_names.iter().position(|p| found(p, true));
            let bearers = self.lex.by_surname(word);
            let by_surname = (self.cast.people.iter())
                .position(|p| p.known.is_some_and(|k| bearers.contains(&k)));
            if let Some(i) = by_last.or(by_surname) {
                return Some(i);
            }
            if titled {
                if let Some(i) = self.folded_names.iter().position(|p| found(p, false)) {
                    return Some(i);
                }
            }
        }
        match self.lex.by_surname(word) {
            [one] if titled => Some(self.add_person(self.known(*one, Confidence::Medium))),
            // "M. Dupont", known by no other name: kept as written.
            [] if honorific => {
                let name = self.name_text(run);
                Some(self.add_person(Person {
                    name,
                    country: self.home,
                    homed: self.home.is_some(),
                    known: None,
                    confidence: Confidence::Low,
                }))
            }
            _ => None,
        }
    }
}
