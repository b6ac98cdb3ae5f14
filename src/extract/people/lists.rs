//! Lists of people: the names a text gives one after another, each with the country the list
//! gives it ("les ambassadeurs de Russie, S.E Ali Khan, d'Israël, S.E Tom Ward", "Ali Khan pour le
//! Ghana et Tom Ward pour la Suède", "les deux anciens chefs d'État, à savoir X et Y").

use std::ops::Range;

use super::Finder;
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
    /// Russie, S.E Ali Khan, d'Israël, S.E Tom Ward"): the words since the last comma, from "de".
    pub(super) fn listed_country(&self, honorific: usize) -> Option<CountryCode> {
        let comma = honorific.checked_sub(1)?;
        if !self.text.tokens[comma].is_punct(',') {
            return None;
        }
        let from = (comma.saturating_sub(8)..comma)
            .rev()
            .find(|&k| self.text.tokens[k].is_punct(',') || self.text.fw(k) == "et")
            .map(|k| k + 1)?;
        matches!(self.text.fw(from), "de" | "d'" | "du" | "des")
            .then(|| self.title_country(from..comma, true))
            .flatten()
    }

    /// The country of a name an envoys' list gives it, which makes the capitalised words a name: the
    /// country set before it by a comma after an earlier name of the sentence ("…, Ali Khan, de
    /// l'Allemagne, Tom Ward et de la Belgique, Sam Otieno"), or the one it is accredited for
    /// ("Ali Khan pour le Ghana, Tom Ward pour la Suède").
    pub(super) fn envoy_country(&self, run: &Range<usize>, last_end: usize) -> Option<CountryCode> {
        let listed = || {
            (last_end > self.sentence_start(run.start))
                .then(|| self.listed_country(run.start))
                .flatten()
        };
        listed().or_else(|| self.represented(run.end))
    }

    /// "Ali Khan pour le Ghana,": the country after `representing` right after a name, up to the
    /// comma, "et" or full stop that ends the item.
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
        self.title_country(end + 1..stop, false)
    }
}
