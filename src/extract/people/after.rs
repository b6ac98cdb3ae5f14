//! What is written right after a name: the title after a comma, the office the person is
//! congratulated on taking, a monarch's title with its country, a country in brackets.

use std::ops::Range;

use super::Finder;
use crate::extract::lexicon::CountryForm;
use crate::model::CountryCode;

impl Finder<'_, '_> {
    /// A monarch's title with a country right after a single name ("Philippe, Roi des Belges"):
    /// the phrase and the country.
    pub(super) fn monarch_after(&self, run: &Range<usize>) -> Option<(Range<usize>, CountryCode)> {
        let after = self.title_after(run.end)?;
        let role = after.clone().find(|&k| self.role(k))?;
        if !self.text.words.monarchs.contains(&self.text.fw(role)) {
            return None;
        }
        let country = self.title_country(after.clone(), false)?;
        Some((run.start..after.end, country))
    }

    /// The country written in brackets right after a name ("Ali Khan (Russie)").
    pub(super) fn country_in_brackets(&self, end: usize) -> Option<CountryCode> {
        let t = |k: usize| self.text.tokens.get(k);
        if !t(end)?.is_punct('(') {
            return None;
        }
        let close = (end + 2..end + 6).find(|&k| t(k).is_some_and(|t| t.is_punct(')')))?;
        let folded = self.text.folded_span(end + 1..close);
        let hits = self.lex.countries_in(folded);
        match hits.as_slice() {
            [(r, hit)] if r.len() == folded.len() => Some(hit.code),
            _ => None,
        }
    }

    /// The country written alone after a name and its comma, as lists of guests give it ("Dr Ali
    /// Khan, Kenya, Mr Tom Ward, Ghana, and …"): the clause up to the next comma is its name.
    pub(super) fn country_in_apposition(&self, end: usize) -> Option<CountryCode> {
        self.apposed_country(end).map(|(code, _)| code)
    }

    /// The country written alone after a name ending at `end` and its comma, and the token that
    /// closes it (a comma, "and", a full stop, or the text's end).
    pub(super) fn apposed_country(&self, end: usize) -> Option<(CountryCode, usize)> {
        let text = self.text;
        let t = |k: usize| text.tokens.get(k);
        if !t(end)?.is_punct(',') || !text.capitalised(end + 1) {
            return None;
        }
        let closes = |k: usize| {
            t(k).is_none_or(|t| [',', '.', ';', ')'].iter().any(|&p| t.is_punct(p)))
                || text.fw(k) == text.words.and
                || text.line_ends_before(k)
        };
        let close = (end + 2..end + 7).find(|&k| closes(k))?;
        let close = close.min(text.tokens.len());
        let folded = text.folded_span(end + 1..close);
        match self.lex.countries_in(folded).as_slice() {
            [(r, hit)] if r.len() == folded.len() && hit.form == CountryForm::Name => {
                Some((hit.code, close))
            }
            _ => None,
        }
    }

    /// The country a party is said to speak for right after their name ("Foreign Secretary X is
    /// representing Ghana while …", "X, representing the Republic of Ghana,"): theirs, whatever
    /// the city the report is written in.
    pub(super) fn country_represented(&self, end: usize) -> Option<CountryCode> {
        let text = self.text;
        let words = text.words;
        let t = |k: usize| text.tokens.get(k);
        let verb = if t(end)?.is_punct(',') || words.auxiliaries.contains(&text.fw(end)) {
            end + 1
        } else {
            end
        };
        if !words.represents.contains(&text.fw(verb)) {
            return None;
        }
        let from = verb + 1 + usize::from(words.definite.contains(&text.fw(verb + 1)));
        let joins = |k: usize| text.capitalised(k) || words.country_joiners.contains(&text.fw(k));
        let last = (from..(from + 6).min(text.tokens.len()))
            .take_while(|&k| joins(k))
            .last()?;
        let folded = text.folded_span(from..last + 1);
        match self.lex.countries_in(folded).as_slice() {
            [(r, hit)] if r.start == 0 && hit.form == CountryForm::Name => Some(hit.code),
            _ => None,
        }
    }

    /// How many tokens the post-nominal letters at `k` take: a word of them in capitals, perhaps
    /// several run together ("AKMC"), or letters each closed by a full stop ("O.N.").
    pub(super) fn post_nominal_len(&self, k: usize) -> Option<usize> {
        let text = self.text;
        let listed = text.words.post_nominals;
        let letter = |k: usize| {
            (text.tokens.get(k)).is_some_and(|t| t.is_word() && t.capitalised)
                && text.word(k).len() == 1
                && text.tokens.get(k + 1).is_some_and(|t| t.is_punct('.'))
        };
        let dotted = (0..4).take_while(|&n| letter(k + 2 * n)).count();
        if dotted >= 2 {
            let letters: String = (0..dotted).map(|n| text.fw(k + 2 * n)).collect();
            return listed.contains(&letters.as_str()).then_some(2 * dotted);
        }
        fn run_together(w: &str, listed: &[&str]) -> bool {
            w.is_empty()
                || (listed.iter())
                    .any(|p| w.strip_prefix(p).is_some_and(|w| run_together(w, listed)))
        }
        let word = text.tokens.get(k).is_some_and(|t| t.is_word()) && self.all_caps(k);
        (word && text.fw(k).len() <= 8 && run_together(text.fw(k), &listed)).then_some(1)
    }

    /// Where the post-nominal letters after a name ending at `end` end ("Tom Ward AK, MC").
    pub(super) fn post_nominals_end(&self, end: usize) -> usize {
        let mut k = end;
        loop {
            let comma = self.text.tokens.get(k).is_some_and(|t| t.is_punct(','));
            let from = k + usize::from(comma);
            match self.post_nominal_len(from) {
                Some(n) => k = from + n,
                None => return k,
            }
        }
    }

    /// The title written after a name ending at `end` ("Wang Yi, ministre chinois des Affaires étrangères,"),
    /// past its post-nominal letters.
    pub(super) fn title_after(&self, end: usize) -> Option<Range<usize>> {
        let end = self.post_nominals_end(end);
        // "SEM X, en sa qualité d'ambassadeur du Ghana": the clause may follow a comma, where it
        // says whose official the person acts as; not an organisation's office a head of state
        // holds in turn ("X, en sa qualité de président de l'Union africaine"), which leaves
        // them their country.
        let comma = self.text.tokens.get(end).is_some_and(|t| t.is_punct(','));
        let capacity = || {
            comma
                .then(|| self.office_taken(end + 1))
                .flatten()
                .filter(|&from| (self.title_country(from..self.title_end(from), false)).is_some())
        };
        let office = (self.office_taken(end).or_else(capacity)).or_else(|| self.elected_to(end));
        if let Some(from) = office {
            return Some(from..self.title_end(from));
        }
        // "“Ali Khan”, l'envoyé spécial": a name in quotes is titled after its closing quote.
        let quoted = ['”', '»', '"']
            .iter()
            .any(|&q| self.text.tokens.get(end).is_some_and(|t| t.is_punct(q)));
        let end = if quoted { end + 1 } else { end };
        if !self.text.tokens.get(end)?.is_punct(',') {
            return None;
        }
        let first = self.text.fw(end + 1);
        let words = self.text.words;
        // "Ali Khan, Foreign Minister of Nepal": adjectives before the role, where they come first.
        // "Ali Khan, Ireland's Minister for Foreign Affairs": or a country's possessive.
        let possessive = self.text.capitalised(end + 1)
            && self.text.fw(end + 2) == "'"
            && self.text.fw(end + 3) == "s";
        // "Ali Khan, United States Deputy Assistant Secretary of State": a country's name of two
        // words and a rank of two may open it.
        let opens_role = |from: usize| {
            (from..from + 4)
                .take_while(|&k| self.text.capitalised(k - 1) || k == from)
                .any(|k| self.role(k))
        };
        let capitalised_role = words.titles_capitalised
            && if possessive {
                self.text.capitalised(end + 4) && opens_role(end + 4)
            } else {
                self.text.capitalised(end + 1) && opens_role(end + 2)
            };
        // "John Key, ancien Premier ministre", "Ana Silva, son homologue pour le Mexique": a
        // modifier, an article or a possessive may open the title.
        let opener = [
            words.definite,
            words.possessives,
            words.title_modifiers,
            words.members,
        ]
        .iter()
        .any(|list| list.contains(&first));
        // "Ali Khan, the special envoy of …": after the article, up to two words may qualify
        // the role.
        let role_from = |k: usize| {
            (k..k + 3)
                .take_while(|&j| !words.title_stops.contains(&self.text.fw(j)))
                .any(|j| self.role(j))
        };
        // "Ali Khan, the country's Ambassador": the role comes after the possessive.
        let role_at = self.country_owned(end + 1).unwrap_or(end + 2);
        let role = capitalised_role || self.role(end + 1) || opener && role_from(role_at);
        if !role {
            return None;
        }
        let title = end + 1..self.title_end(end + 1);
        (!self.ends_in_a_name(&title)).then_some(title)
    }

    /// "…, with President Ali Khan, Ambassador of Ghana to Kenya Tom Ward Otieno, who …": a title
    /// in capitals after a comma that closes on a name of two words or more is that name's, not
    /// the one before the comma's ("Ali Khan, adviser to President Tom Ward" names whom the
    /// adviser serves).
    fn ends_in_a_name(&self, title: &Range<usize>) -> bool {
        let text = self.text;
        text.capitalised(title.start)
            && (title.start + 1..title.end.saturating_sub(1)).any(|k| {
                let run = self.run_at(k);
                run.end == title.end
                    && run.start == k
                    && !self.name_word(k - 1)
                    && (run.clone())
                        .filter(|&j| text.tokens[j].is_word() && !self.role(j))
                        .count()
                        >= 2
                    && self.lex.countries_in(text.folded_span(run)).is_empty()
            })
    }

    /// "Ali Khan on his appointment as Iraq's Prime Minister", "pour sa nomination au poste de
    /// ministre des Affaires étrangères": where the title of the office a name ending at `end` is
    /// congratulated on taking starts, the clause's words between.
    fn office_taken(&self, end: usize) -> Option<usize> {
        let text = self.text;
        let (opens, ends) = text.words.office_taken;
        if !opens.contains(&text.fw(end)) || !text.words.possessives.contains(&text.fw(end + 1)) {
            return None;
        }
        let phrase_at = |k: usize| {
            ends.iter().find_map(|phrase| {
                let mut words = phrase.split(' ').enumerate();
                (words.all(|(j, w)| text.fw(k + j) == w)).then(|| k + phrase.split(' ').count())
            })
        };
        let from = (end + 2..end + 8)
            .take_while(|&k| text.tokens.get(k).is_some_and(|t| t.is_word()))
            .find_map(phrase_at)?;
        // A role in its first words: "as part of", "as an official guest" name no office.
        (from..from + 5)
            .take_while(|&k| !text.words.title_stops.contains(&text.fw(k)))
            .any(|k| self.role(k))
            .then_some(from)
    }

    /// "in which X was elected as President of the Republic of Chile", "X, élu président de la
    /// République du Mali": where the title of the office a name ending at `end` is told elected
    /// to starts, past the auxiliaries, the participle and the word that joins them ("as"); the
    /// office is the name's own, no counterpart the text leaves unnamed.
    fn elected_to(&self, end: usize) -> Option<usize> {
        let text = self.text;
        let words = text.words;
        let mut k = end + usize::from(text.tokens.get(end).is_some_and(|t| t.is_punct(',')));
        let verb = k;
        while k < verb + 3 && words.auxiliaries.contains(&text.fw(k)) {
            k += 1;
        }
        if !words.dates.elected.contains(&text.fw(k)) {
            return None;
        }
        k += 1;
        // "as", "comme": the one-word phrases that end the clause of an office taken.
        k += usize::from(words.office_taken.1.contains(&text.fw(k)));
        self.role(k).then_some(k)
    }

    /// Where a title written after a name, starting at `from`, ends.
    fn title_end(&self, from: usize) -> usize {
        // "SON EXCELLENCE MADAME ANA SILVA, / PRÉSIDENTE DE …": an address's title opens the next line.
        let mut k = from;
        let mut listing = false;
        let words = self.text.words;
        while k < self.text.tokens.len()
            && k < from + 23
            && (k == from || !self.text.line_ends_before(k))
        {
            let t = &self.text.tokens[k];
            // "X, Ambassadeur, Haut Représentant de la République française": a title goes on
            // after a comma with another role.
            // Not where that role opens the next name of a list ("X, ambassadeur du Ghana,
            // Cheikh Ali Khan, ambassadeur du Mali"): two name words after it.
            let names_next = (k + 2..k + 4)
                .all(|r| self.text.capitalised(r) && self.name_word(r) && !self.role(r));
            let goes_on = t.is_punct(',')
                && (k + 1..k + 3).any(|r| self.role(r))
                && (self.role(k + 1) || words.title_modifiers.contains(&self.text.fw(k + 1)))
                && !names_next;
            // "X, the new ambassador and permanent representative of Y": two offices joined
            // make one title, where no name follows the second ("and Minister Z" opens the next
            // person).
            let role = |r: usize| self.role(r);
            let joins_offices = self.text.fw(k) == words.and
                && (k + 1..k + 3).any(role)
                && !(k + 1..k + 4)
                    .any(|r| self.text.capitalised(r) && self.name_word(r) && !role(r));
            // "Minister for South Asia, North Africa, the United Nations and the Commonwealth":
            // a title's list of portfolios goes on over its commas to the "and" that closes it.
            if t.is_punct(',') && self.lists_portfolios(k) {
                listing = true;
            }
            let closes_list = listing && self.text.fw(k) == words.and && self.portfolio(k + 1);
            if goes_on || joins_offices || listing && t.is_punct(',') || closes_list {
                listing &= !closes_list;
                k += 1;
                continue;
            }
            if t.is_punct(',')
                || t.is_punct('.')
                || t.is_punct(';')
                || (self.text.words.title_stops.contains(&self.text.fw(k))
                    && !self.joins_portfolios(k))
            {
                break;
            }
            k += 1;
        }
        k
    }
}
