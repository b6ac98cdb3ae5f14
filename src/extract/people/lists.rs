//! Lists of people: the names a text gives one after another, each with the country the list
//! gives it ("les ambassadeurs de Russie, S.E Ali Khan, d'Israël, S.E Tom Ward", "Ali Khan pour le
//! Ghana et Tom Ward pour la Suède", "les deux anciens chefs d'État, à savoir X et Y").

use std::ops::Range;

use super::title_country::posted;
use super::{Finder, Mention};
use crate::extract::lexicon::{CountryForm, Listed};
use crate::model::CountryCode;

/// Where a list under a plural title stands: the countries it has left to give in turn, or the one
/// it gives every name, and where its last name ended (`None`: no list is open).
#[derive(Default)]
pub(super) struct Turn {
    countries: Vec<CountryCode>,
    shared: Option<CountryCode>,
    end: Option<usize>,
}

impl Finder<'_, '_> {
    /// A name listed under a plural title ("les deux anciens chefs d'État béninois, à savoir X et
    /// Y", "les ministres d'Arménie et d'Azerbaïdjan, X et Y"): the title is each name's, with
    /// the one country it names, or the countries it names in turn: the first for the name right
    /// after the title, the next for each name joined to it by a comma or "et" (or the one its own
    /// adjective gives: "les présidents angolais X et congolais Y"). `None` when the
    /// name is no item of such a list.
    pub(super) fn in_turn(
        &self,
        state: &mut Turn,
        before: Option<(usize, usize)>,
        run: &Range<usize>,
    ) -> Option<Option<CountryCode>> {
        if let Some((start, _)) = before.filter(|&(_, role)| self.text.plural_role(role)) {
            let countries = self.title_countries(start..run.start);
            let first = countries.first().copied();
            *state = Turn {
                shared: first.filter(|_| countries.len() == 1),
                countries: countries.into_iter().skip(1).collect(),
                end: Some(run.end),
            };
            return Some(first);
        }
        let words = self.text.words;
        let joins = |k: usize| self.text.fw(k) == "," || self.text.fw(k) == words.and;
        // "les présidents angolais X et congolais Y": an adjective of country after the joint
        // is the next name's, the title shared.
        let own = state.end.and_then(|end| {
            let adjective = run
                .start
                .checked_sub(1)
                .filter(|&k| k > end && joins(k - 1))?;
            (end..adjective).all(joins).then_some(())?;
            self.title_countries(adjective..run.start).first().copied()
        });
        let joined = state.end.is_some_and(|end| (end..run.start).all(joins));
        if before.is_none() && own.is_some() {
            state.end = Some(run.end);
            return Some(own);
        }
        if before.is_none() && joined {
            state.end = Some(run.end);
            if state.countries.is_empty() {
                return Some(state.shared);
            }
            return Some(Some(state.countries.remove(0)));
        }
        *state = Turn::default();
        None
    }

    /// The country a list of envoys names before each one's honorific ("les ambassadeurs de
    /// Russie, S.E Ali Khan, d'Israël, S.E Tom Ward"): the words since the last comma or
    /// semicolon, from "de"; `None` when they name none.
    pub(super) fn listed_country(&self, honorific: usize) -> Option<CountryCode> {
        self.listed_item(honorific).map(|(_, country)| country)
    }

    /// The country the item of an envoys' list that ends before `at` names, and where the item
    /// opens: after a comma, a semicolon, "et" or a pronoun that stands for the envoy ("celui de
    /// la Suède, Tom Ward ; du Japon, Ali Khan").
    fn listed_item(&self, at: usize) -> Option<(usize, CountryCode)> {
        let text = self.text;
        let comma = at.checked_sub(1)?;
        if !text.tokens[comma].is_punct(',') {
            return None;
        }
        let opener = (comma.saturating_sub(10)..comma).rev().find(|&k| {
            text.tokens[k].is_punct(',')
                || text.tokens[k].is_punct(';')
                || text.fw(k) == text.words.and
                || text.words.envoy_pronouns.contains(&text.fw(k))
        })?;
        let from = opener + 1;
        // "et de son ministre des Haïtiens de l'étranger, X": a title, which is no list's item.
        if (from..comma).any(|k| self.is(k, Listed::ROLE)) {
            return None;
        }
        let country = matches!(text.fw(from), "de" | "d'" | "du" | "des" | "of")
            .then(|| self.title_country(from..comma, true))
            .flatten()?;
        Some((opener, country))
    }

    /// The country of a name an envoys' list gives it, which makes the capitalised words a name: the
    /// country set before it by a comma after an earlier name of the sentence ("…, Ali Khan, de
    /// l'Allemagne, Tom Ward et de la Belgique, Sam Otieno"), or the one it is accredited for
    /// ("Ali Khan pour le Ghana, Tom Ward pour la Suède").
    pub(super) fn envoy_country(&self, run: &Range<usize>, last_end: usize) -> Option<CountryCode> {
        // The first item has no name before it in its sentence, and is one only after a pronoun
        // that stands for the envoy ("sont celui de la Suède, Tom Ward ; du Japon, …").
        let listed = || {
            let (opener, country) = self.listed_item(run.start)?;
            let pronoun = self
                .text
                .words
                .envoy_pronouns
                .contains(&self.text.fw(opener));
            (pronoun || last_end > self.sentence_start(run.start)).then_some(country)
        };
        listed().or_else(|| self.represented(run.end))
    }

    /// "Ali Khan pour le Ghana,": the country after `representing` right after a name, up to the
    /// comma, "et" or full stop that ends the item; not a title there, which opens the next
    /// name: "a call received by X from Tongan Prime Minister, Y".
    fn represented(&self, end: usize) -> Option<CountryCode> {
        let text = self.text;
        if !text.words.representing.contains(&text.fw(end)) {
            return None;
        }
        let stop = (end + 2..(end + 8).min(text.tokens.len() + 1)).find(|&k| {
            k == text.tokens.len()
                || matches!(text.fw(k), "," | "." | ";")
                || text.fw(k) == text.words.and
                || self.text.line_ends_before(k)
        })?;
        if (end + 1..stop).any(|k| self.role(k)) {
            return None;
        }
        self.title_country(end + 1..stop, false)
    }

    /// "X et Y, qui représentent respectivement les gouvernements cubain et mexicain", "his
    /// counterparts from Jordan and Greece, X and Y, respectively": the names before the word
    /// that pairs them take in order the countries it points to, those after it (French writes it
    /// first), else those before it (English writes it last); only names with no country of
    /// their own, and only countries no one else named in the sentence holds.
    pub(super) fn respectively(&mut self) {
        let text = self.text;
        // Few texts hold the word: one search of the folded text spares asking every token.
        let words = text.words.respectively;
        if !words.iter().any(|w| text.folded.text.contains(w)) {
            return;
        }
        for at in (0..text.tokens.len()).filter(|&k| text.words.respectively.contains(&text.fw(k)))
        {
            let sentence = text.sentences[text.sentence_of(at)].tokens.clone();
            let in_sentence = |m: &&Mention| sentence.contains(&m.name.start);
            let held: Vec<CountryCode> = (self.cast.mentions.iter().filter(in_sentence))
                .filter_map(|m| self.cast.people[m.person].country)
                .collect();
            let mut people: Vec<usize> = Vec::new();
            for m in self.cast.mentions.iter().filter(in_sentence) {
                let person = &self.cast.people[m.person];
                if m.name.end <= at
                    && (person.country.is_none() || person.homed)
                    && !people.contains(&m.person)
                {
                    people.push(m.person);
                }
            }
            let countries = |tokens: Range<usize>| {
                let folded = text.folded_span(tokens);
                let mut found: Vec<CountryCode> = Vec::new();
                for (r, hit) in self.lex.countries_in(folded) {
                    let own = hit.form != CountryForm::Prefix && !posted(text.words, folded, &r);
                    if own && !held.contains(&hit.code) && !found.contains(&hit.code) {
                        found.push(hit.code);
                    }
                }
                found
            };
            let after = countries(at + 1..sentence.end);
            let countries = if after.len() >= 2 {
                after.into_iter().take(people.len()).collect()
            } else {
                let before = countries(sentence.start..at);
                let skip = before.len().saturating_sub(people.len());
                before.into_iter().skip(skip).collect::<Vec<_>>()
            };
            if countries.len() < 2 || people.len() < countries.len() {
                continue;
            }
            let skip = people.len() - countries.len();
            for (&p, code) in people[skip..].iter().zip(countries) {
                self.cast.people[p].country = Some(code);
                self.cast.people[p].homed = false;
            }
        }
    }
}
