//! Titles around a name: the role and honorific before it, and titles with no name (counterparts
//! left unnamed); what is written after a name is in `after`, the country a title names in
//! `title_country`.

use super::name_words::clause_word;
use super::title_country::posted;
use super::{Finder, Mention, Office, Unnamed};
use crate::extract::lexicon::{CountryForm, Listed};
use crate::extract::text::TokenKind;
use crate::model::CountryCode;

impl Office {
    pub(crate) fn of(folded_title: &str) -> Option<Office> {
        let has = |words: &[&str]| words.iter().any(|w| folded_title.contains(w));
        if has(&[
            "affaires etrangeres",
            "diplomatie",
            "secretaire d'etat",
            "foreign",
            "external affairs",
            "secretary of state",
        ]) {
            Some(Office::ForeignMinister)
        } else if has(&[
            "premier ministre",
            "chancelier",
            "chef du gouvernement",
            "prime minister",
            "chancellor",
            "premier",
        ]) {
            Some(Office::HeadOfGovernment)
        } else if has(&[
            "president",
            "roi",
            "reine",
            "emir",
            "chef de l'etat",
            "sultan",
            "monarque",
            "king",
            "queen",
            "amir",
            "head of state",
        ]) {
            Some(Office::HeadOfState)
        } else {
            None
        }
    }
}

/// The most words a title is walked back over from the name.
pub(super) const TITLE_REACH: usize = 24;

/// How many words after a role a preposition may take its portfolio ("ministre chilien délégué à").
const PORTFOLIO_REACH: usize = 3;

impl Finder<'_, '_> {
    /// A full stop or an apostrophe that closes a shortened word: "Dr.", "Md.", the Malay "Dato’".
    pub(super) fn closes_abbreviation(&self, k: usize) -> bool {
        self.text
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | '\'' | '\u{2019}')))
    }

    /// An honorific right before token `i` ("M.", "Mme", "S.E.M", "Sir").
    pub(super) fn honorific_before(&self, i: usize) -> Option<usize> {
        let mut k = i.checked_sub(1)?;
        if self.closes_abbreviation(k) {
            k = k.checked_sub(1)?;
        }
        if self.is(k, Listed::HONORIFIC) {
            return Some(k);
        }
        // Initials joined by full stops: "S.E Ali Khan", "S.E.M. Ali Khan"; at most three, read
        // back from the last, compared with each honorific's letters between its full stops.
        let single =
            |j: usize| self.text.tokens[j].is_word() && self.text.word(j).chars().count() == 1;
        if !single(k) {
            return None;
        }
        let mut j = k;
        let mut initials = [self.text.fw(k), "", ""];
        let mut count = 1;
        while count < 3 && j >= 2 && self.text.tokens[j - 1].is_punct('.') && single(j - 2) {
            j -= 2;
            initials[count] = self.text.fw(j);
            count += 1;
        }
        let initials = &initials[..count];
        let spells = |h: &&str| h.split('.').eq(initials.iter().rev().copied());
        (count > 1 && self.text.words.honorifics.iter().any(spells)).then_some(j)
    }

    /// The title written before a name starting at `i`: (start of its noun phrase, role token).
    pub(super) fn title_before(&self, i: usize, floor: usize) -> Option<(usize, usize)> {
        self.title_within(i, floor, TITLE_REACH)
    }

    /// `title_before`, walking back over at most `reach` words: each step walks back one word or
    /// more, so a title whose role lies within `reach` words of the name is found as
    /// `title_before` finds it, and one it would find further back is none.
    pub(super) fn title_within(
        &self,
        i: usize,
        floor: usize,
        reach: usize,
    ) -> Option<(usize, usize)> {
        let floor = floor.max(self.sentence_start(i));
        // "envoyé spécial de SE X", "the envoy of Mr. X": a title that takes the name as its
        // complement is another person's.
        let before = (floor..i)
            .rev()
            .find(|&k| !(self.is(k, Listed::HONORIFIC) || self.text.tokens[k].is_punct('.')));
        if before.is_some_and(|k| self.text.words.of_person.contains(&self.text.fw(k))) {
            return None;
        }
        let mut k = i;
        let mut seen = 0;
        while k > floor && seen < reach {
            k -= 1;
            seen += 1;
            // "…, Foreign Minister of Ghana; Mr. Ali Khan": a semicolon ends an item of a list,
            // and the title before it is the item's.
            if self.text.tokens[k].is_punct(';') {
                return None;
            }
            // "a letter to Haiti's leader Monday over the quake, X said": no title holds a day,
            // which says when the clause's act was done.
            let f = self.text.fw(k);
            let words = self.text.words;
            // A day is listed as no name's word: most words are answered by that flag.
            if self.is(k, Listed::NOT_NAME) && words.dates.names_day(f) {
                return None;
            }
            // "les deux anciens chefs d'État, à savoir X et Y": the title announces the names.
            let namely = self.text.words.namely.iter().find_map(|p| {
                if !p.ends_with(self.text.fw(k)) {
                    return None;
                }
                let n = p.split(' ').count();
                (k + 1 >= floor + n && self.text.folded_span(k + 1 - n..k + 1) == *p).then_some(n)
            });
            if let Some(n) = namely {
                k -= n - 1;
                continue;
            }
            // "de l'Afrique de l'Est": a stop word written with a capital is a name's.
            // "le consul général de Chine à Montréal, M. X": the city the office is held in goes on
            // with its title, where the preposition is written apart from the verb it folds into.
            let held_in = || self.text.introduces_place(k) && self.text.capitalised(k + 1);
            // "LE PRÉSIDENT X A REÇU UN APPEL : Y": a headline in capitals shouts its verbs too.
            let shouted = || {
                self.text.word(k).chars().all(char::is_uppercase)
                    && !self.text.tokens[k + 1].is_punct('.')
                    && (self.all_caps(k + 1) || k > 0 && self.all_caps(k - 1))
            };
            if self.is(k, Listed::TITLE_STOP)
                && (!self.text.capitalised(k) || shouted())
                && !self.joins_portfolios(k)
                && !held_in()
                && !self
                    .text
                    .words
                    .places
                    .residence
                    .open(self.text.folded_from(k))
                && !self.text.words.title_tails.open(self.text.folded_from(k))
                && !self.portfolio_to(k)
                && !self.citizens_abroad(k)
            {
                return None;
            }
            // "the Ambassador of Ghana to Kenya Her Excellency X": an honorific that a possessive
            // opens is no office; the title before it, with no comma nor "and" between, is the
            // name's.
            if self.is(k, Listed::HONORIFIC)
                && k > floor + 1
                && words.possessives.contains(&self.text.fw(k - 1))
            {
                let uncut = |&(_, role): &(usize, usize)| {
                    !(role..k)
                        .any(|j| self.text.tokens[j].is_punct(',') || self.text.fw(j) == words.and)
                };
                if let Some(found) = self.title_before(k - 1, floor).filter(uncut) {
                    return Some(found);
                }
            }
            // "en charge des questions africaines": a role's word a title's tail opens with is the
            // tail's.
            let in_a_tail =
                || k > 0 && (self.text.words.title_tails).open(self.text.folded_from(k - 1));
            if self.is(k, Listed::ROLE) && !self.in_a_body(k) && !in_a_tail() {
                // "the President's Video Conference": what a role owns is not named by it.
                if self.text.possessive(k + 1) {
                    return None;
                }
                // "Minister Ward thanked his guest Ali Khan": a role that titles a name before
                // the words of a clause is that name's.
                let titles_another = k + 1 < i
                    && (self.name_word(k + 1) || self.is(k + 1, Listed::HONORIFIC))
                    && self.text.capitalised(k + 1)
                    && (k + 2..i)
                        .any(|j| self.text.tokens[j].is_word() && !self.text.capitalised(j));
                // A clause's word between a capitalised role and the name ends the title; where
                // the envoy resides goes on with it.
                let clause = self.text.words.titles_capitalised
                    && self.text.capitalised(k)
                    && (k + 1..i)
                        .take_while(|&j| {
                            !self
                                .text
                                .words
                                .places
                                .residence
                                .open(self.text.folded_from(j))
                        })
                        .any(|j| clause_word(self.text, self.listed[j], j));
                if titles_another || clause {
                    return None;
                }
                let start = self.phrase_start(k, floor);
                // "at the Office of the President, Tom Ward House": a role a venue is named by
                // ("Office of", "Residence of") titles no one; a title before it may.
                if self.of_a_venue(start) {
                    k = start;
                    continue;
                }
                return Some((start, k));
            }
        }
        None
    }

    /// "la conseillère américaine à la sécurité nationale X", "le ministre délégué à la
    /// Coopération X": a preposition, written with its accent, that the role or its adjective
    /// takes right before a portfolio in lower case goes on with the title (not "à Montréal",
    /// where it is held, nor "le ministre des Haïtiens vivant à l'étranger", a clause's).
    fn portfolio_to(&self, k: usize) -> bool {
        let text = self.text;
        text.words.portfolio_to.contains(&text.word(k))
            && text
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !t.capitalised)
            && (k.saturating_sub(PORTFOLIO_REACH)..k).any(|j| self.is(j, Listed::ROLE))
    }

    /// "le ministre des Affaires étrangères et des Nigériens à l'extérieur, X", "des Tunisiens à
    /// l'étranger": the citizens abroad a ministry is in charge of, a people's name after a
    /// genitive, go on with the title over the preposition, written with its accent.
    fn citizens_abroad(&self, k: usize) -> bool {
        let text = self.text;
        k >= 2
            && text.words.portfolio_to.contains(&text.word(k))
            && text.capitalised(k - 1)
            && text.words.genitives.contains(&text.fw(k - 2))
    }

    /// Whether the title starting at `start` is a venue's complement: a venue's word and its joiner
    /// ("the Residence of", "l'Office du") right before it.
    fn of_a_venue(&self, start: usize) -> bool {
        let (text, words) = (self.text, self.text.words);
        start >= 2
            && words.genitives.contains(&text.fw(start - 1))
            && words.places.venues.contains(&text.fw(start - 2))
    }

    /// "l'Ordre Souverain de Malte": where titles are written in lower case, a role word with a
    /// capital right after a word of a body's name is that name's, titling no one; not after the
    /// grade a title gives the role ("la Haute Représentante de l'UE").
    fn in_a_body(&self, k: usize) -> bool {
        let (text, words) = (self.text, self.text.words);
        !words.titles_capitalised
            && k > 0
            && text.capitalised(k)
            && text.capitalised(k - 1)
            && self.is(k - 1, Listed::NOT_NAME)
            && !self.is(k - 1, Listed::ROLE)
            && !self.is(k - 1, Listed::HONORIFIC)
            && !words.title_determiners.contains(&text.fw(k - 1))
            && !words.role_grades.contains(&text.fw(k - 1))
    }

    /// "Minister of Trade and Industry", "Ambassador Extraordinary and Plenipotentiary": a stop
    /// word at `k` between two capitalised words that are never names is the title's (between two
    /// countries, it is not), and so when one of them is a region's or the next opens a portfolio
    /// ("Minister of Foreign and European Affairs"); so is "and the" after a region a portfolio names ("Minister for
    /// Africa and the Commonwealth"), and a stop word inside a country's name ("President of
    /// Sao Tome and Principe").
    pub(super) fn joins_portfolios(&self, k: usize) -> bool {
        let never_a_name = |w: usize| self.text.capitalised(w) && self.is(w, Listed::NOT_NAME);
        let region = |w: usize| self.text.capitalised(w) && self.is(w, Listed::GEO);
        let portfolio = |w: usize| never_a_name(w) || region(w);
        let opens_portfolio = self.text.capitalised(k + 1) && never_a_name(k + 2);
        let words = self.text.words;
        k > 0
            && (portfolio(k - 1)
                && (portfolio(k + 1) || opens_portfolio)
                && !(region(k - 1) && region(k + 1))
                || self.text.fw(k) == words.and
                    && region(k - 1)
                    && words.definite.contains(&self.text.fw(k + 1))
                    && self.text.capitalised(k + 2)
                    // "Prime Minister of Japan and the Rt Hon X": an honorific opens the next person.
                    && !self.is(k + 2, Listed::HONORIFIC)
                || self.text.capitalised(k - 1) && self.in_country_name(k))
    }

    /// "Minister for South Asia, North Africa, the United Nations and the Commonwealth", "the
    /// Foreign, Commonwealth and Development Office": a comma at `k` between regions or words
    /// that are never names, which "and" closes a few words on, lists a title's portfolios.
    pub(super) fn lists_portfolios(&self, k: usize) -> bool {
        let text = self.text;
        let listed = |j: usize| {
            j < text.tokens.len()
                && (text.capitalised(j)
                    || text.fw(j) == ","
                    || text.words.definite.contains(&text.fw(j)))
        };
        let closed = (k + 1..k + 8)
            .take_while(|&j| listed(j))
            .any(|j| text.fw(j + 1) == text.words.and);
        k > 0 && self.portfolio_word(k - 1) && self.portfolio(k + 1) && closed
    }

    /// Whether a title's portfolio opens at token `k`, perhaps with its article ("the United
    /// Nations", "North Africa"): a region's word or a capitalised word that is never a name.
    pub(super) fn portfolio(&self, k: usize) -> bool {
        let article = self.text.words.definite.contains(&self.text.fw(k));
        self.portfolio_word(k + usize::from(article))
    }

    fn portfolio_word(&self, k: usize) -> bool {
        self.text.capitalised(k) && (self.is(k, Listed::NOT_NAME) || self.is(k, Listed::GEO))
    }

    /// Whether token `k` lies inside the name of a country the gazetteer knows.
    fn in_country_name(&self, k: usize) -> bool {
        let near = self.text.folded_range(k.saturating_sub(3)..k + 4);
        let at = self.text.tokens[k].folded.start - near.start;
        (self.lex.countries_in(&self.text.folded.text[near]).iter())
            .any(|(r, _)| r.start < at && at < r.end)
    }

    /// Back from a role word over "premier", "nouveau", … to its determiner.
    pub(super) fn phrase_start(&self, role: usize, floor: usize) -> usize {
        let mut k = role;
        let words = self.text.words;
        while k > floor {
            let f = self.text.fw(k - 1);
            // "United States (U.S.) Secretary of State": the abbreviation in brackets restates the
            // country before it.
            if words.titles_capitalised && self.text.tokens[k - 1].is_punct(')') {
                let open = (k.saturating_sub(8).max(floor + 1)..k - 1)
                    .rev()
                    .find(|&o| self.text.tokens[o].is_punct('('));
                if let Some(open) = open.filter(|&o| self.text.capitalised(o - 1)) {
                    k = open;
                    continue;
                }
            }
            // "U.S. Homeland Security Advisor": a country's initials, each with its full stop,
            // are a capitalised word of the title.
            if words.titles_capitalised {
                if let Some(start) = self.initials_ending(k).filter(|&s| s >= floor) {
                    k = start;
                    continue;
                }
            }
            // "Kazakh Secretary of State", "Foreign Affairs Secretary": capitalised words before the
            // role belong to the title where adjectives come first.
            let capitalised = words.titles_capitalised
                && self.text.capitalised(k - 1)
                && !self.text.tokens[k].newline_before;
            // "le conseiller d'État et ministre des Affaires étrangères": two offices of one
            // person, the second without its determiner, make one title; so where titles are
            // capitalised, though the second opens with its portfolio ("Irish Deputy Prime
            // Minister and Foreign Minister"), whose capitalised words were walked back over,
            // unless they name its own country ("The President and British Prime Minister X").
            let opens_office = self.is(k, Listed::ROLE)
                || words.titles_capitalised
                    && k < role
                    && self.text.capitalised(k)
                    && self
                        .lex
                        .countries_in(self.text.folded_span(k..role))
                        .is_empty();
            if f == words.and && opens_office {
                if let Some(first) = self.joined_role(k - 1, floor) {
                    k = first;
                    continue;
                }
                // "Kenyan Foreign Affairs and International Trade Minister X": where titles are
                // capitalised, "and" between two portfolios, words that are never names and
                // neither an office nor a country's or a region's, joins them in one title.
                let portfolio = |j: usize| {
                    self.text.capitalised(j)
                        && self.is(j, Listed::NOT_NAME)
                        && !self.is(j, Listed::ROLE)
                        && !self.is(j, Listed::GEO)
                };
                if words.titles_capitalised && k >= 2 && portfolio(k - 2) && portfolio(k) {
                    k -= 1;
                    continue;
                }
            }
            // "le secrétaire général": a role before the role is the same title's.
            let goes_on = words.title_modifiers.contains(&f) || capitalised || self.role(k - 1);
            // "Trinidad and Tobago Prime Minister X", "St Vincent and the Grenadines Prime
            // Minister X": a word in lower case inside a country's name goes on with the title.
            // Asked last: it searches the countries around the word, and most words a title is
            // walked back over are capitalised.
            if goes_on || words.titles_capitalised && k - 1 > floor && self.in_country_name(k - 1) {
                k -= 1;
            } else if words.title_determiners.contains(&f) {
                return k - 1;
            } else {
                break;
            }
        }
        k
    }

    /// Where initials of two letters or more, each a capital with its full stop ("U.S.", "U.K."),
    /// start when they end right before token `end`.
    fn initials_ending(&self, end: usize) -> Option<usize> {
        let t = &self.text.tokens;
        let mut k = end;
        while k >= 2
            && t[k - 1].is_punct('.')
            && t[k - 1].glued
            && t[k - 2].capitalised
            && self.text.word(k - 2).len() == 1
            && (k == end || t[k].glued)
        {
            k -= 2;
        }
        (end - k >= 4).then_some(k)
    }

    /// The role a few words before the "et" at `and`, with no name or comma between them: the
    /// first of two offices one person holds.
    fn joined_role(&self, and: usize, floor: usize) -> Option<usize> {
        (and.saturating_sub(5).max(floor)..and)
            .rev()
            .take_while(|&k| {
                !self.text.tokens[k].is_punct(',')
                    && (!self.text.capitalised(k)
                        || self.is(k, Listed::NOT_NAME)
                        || self.is(k, Listed::ROLE))
            })
            .find(|&k| self.is(k, Listed::ROLE))
    }

    /// Titles with a country and no name: counterparts the text leaves unnamed.
    pub(super) fn find_unnamed(&mut self) {
        let text = self.text;
        let covered =
            |k: usize, mentions: &[Mention]| mentions.iter().any(|m| m.phrase.contains(&k));
        let mut k = 0;
        while k < text.tokens.len() {
            if !self.is(k, Listed::ROLE) || covered(k, &self.cast.mentions) {
                k += 1;
                continue;
            }
            let start = self.phrase_start(k, self.sentence_start(k));
            let plural = matches!(
                text.fw(k),
                "ministres"
                    | "presidents"
                    | "homologues"
                    | "dirigeants"
                    | "ambassadeurs"
                    | "ministers"
                    | "ambassadors"
                    | "counterparts"
                    | "leaders"
            );
            // "les Premiers ministres vietnamien, lao et cambodgien", "the Foreign Ministers of
            // Iceland, Denmark and Norway": a group's title lists its countries with commas
            // ("his counterparts from Nepal, Bhutan and …" are met one after another).
            let [the, _] = text.words.the_two;
            let group = plural && (start.saturating_sub(2)..k).any(|j| text.fw(j) == the);
            let country_next = |j: usize| {
                let next = text.folded_span(j..(j + 3).min(text.tokens.len()));
                (self.lex.countries_in(next).first()).is_some_and(|(r, _)| r.start == 0)
            };
            // "le Premier ministre était en Chine": an auxiliary ends the title, whose clause
            // goes on ("à", the preposition, folds as "a" does).
            let verb =
                |j: usize| text.words.auxiliaries.contains(&text.fw(j)) && text.word(j) != "à";
            // "his American counterpart in London to discuss the Iran nuclear deal", "the Iranian
            // foreign minister praised Turkey's stance": where titles are capitalised, a word in
            // lower case no title holds is a clause's, which ends the title.
            let clause =
                |j: usize| text.words.titles_capitalised && clause_word(text, self.listed[j], j);
            let mut end = k + 1;
            while end < text.tokens.len() && end < k + 12 && !self.text.line_ends_before(end) {
                let t = &text.tokens[end];
                // "the ambassadors of Russia and China": "and" before a country goes on listing them.
                let listed = group && t.is_punct(',') && country_next(end + 1)
                    || plural && text.fw(end) == text.words.and && country_next(end + 1);
                let stop = (matches!(t.kind, crate::extract::text::TokenKind::Punct(_))
                    && !t.is_punct('\'')
                    && !t.is_punct('-')
                    || self.is(end, Listed::TITLE_STOP))
                    && !listed
                    || covered(end, &self.cast.mentions)
                    || !self.run_at(end).is_empty()
                    || verb(end)
                    || clause(end);
                if stop {
                    break;
                }
                end += 1;
            }
            // "le secrétaire général du PCC et le président chinois Xi Jinping": one more title of a name.
            let joined = |k: usize| matches!(text.fw(k), "," | "et");
            if covered(end, &self.cast.mentions)
                || (joined(end) && covered(end + 1, &self.cast.mentions))
            {
                k = end.max(k + 1);
                continue;
            }
            let at = text.folded_range(start..end).start;
            let folded = text.folded_span(start..end);
            // "la présidente de la réunion des chefs": a country's name is a proper noun.
            let mut hits = self.lex.countries_in(folded);
            // "the ambassadors residing in Australia and Japan", "les ambassadeurs accrédités au
            // Mali": a group's countries listed where its members are posted are not theirs.
            if let Some(i) =
                (hits.iter().position(|(r, _)| posted(text.words, folded, r))).filter(|_| plural)
            {
                hits.truncate(i);
            }
            let mut countries: Vec<CountryCode> = hits
                .into_iter()
                .filter(|(r, h)| match h.form {
                    CountryForm::Prefix => false,
                    CountryForm::Name => text.proper(at + r.start..at + r.end),
                    _ => true,
                })
                .map(|(_, h)| h.code)
                .collect();
            countries.dedup();
            let official = countries
                .is_empty()
                .then(|| self.lex.organisation_office(text.fw(k), folded))
                .flatten();
            if !countries.is_empty() || official.is_some() {
                self.cast.unnamed.push(Unnamed {
                    phrase: start..end,
                    countries,
                    office: Office::of(folded),
                    official,
                    plural,
                });
            }
            k = end.max(k + 1);
        }
    }
}
