//! The country a title names: its own words, its holder's owner, or the title a comma sets it
//! beside; none for an organisation's officials, and not the country where an envoy is posted.

use std::ops::Range;

use super::Finder;
use crate::extract::lang::Words;
use crate::extract::lexicon::CountryForm;
use crate::extract::lexicon::Lexicon;
use crate::extract::text::{fold, Text};
use crate::model::CountryCode;

/// The organisations a title's tokens name as whom its holder serves: not those after a word of
/// what the office is in charge of ("la secrétaire d'État française chargée de la Francophonie").
pub fn served<'s>(
    text: &'s Text,
    lex: &'s Lexicon,
    tokens: Range<usize>,
) -> impl Iterator<Item = usize> + 's {
    let within = text.folded_range(tokens.clone());
    // Where the portfolio's word is, looked for once an organisation is found: most titles name
    // none.
    let mut portfolio = None;
    let mut before_portfolio = move |at: usize| {
        at < *portfolio.get_or_insert_with(|| {
            (tokens.clone())
                .find(|&k| text.words.portfolios.contains(&text.fw(k)))
                .map_or(usize::MAX, |k| text.span(k..k + 1).start)
        })
    };
    (lex.organisations_within(text.body, &text.folded, within))
        .filter(move |(span, _)| before_portfolio(span.start))
        .map(|(_, org)| org)
}

impl Finder<'_, '_> {
    /// "President Ali Khan's special envoy, Tom Ward": a title owned by a person someone already
    /// found names is held for that person's country. `start` is where the title's phrase starts.
    pub(super) fn owner_country(&self, start: usize) -> Option<CountryCode> {
        // The possessive, right before the title or before one or two of its lower-case words.
        let possessive = (start.saturating_sub(4)..start).rev().find(|&k| {
            k >= 1
                && self.text.fw(k) == "s"
                && self.text.fw(k - 1) == "'"
                && (k + 1..start).all(|j| !self.text.capitalised(j))
        })?;
        let owner = (self.cast.mentions.iter()).rfind(|m| m.name.end == possessive - 1)?;
        self.cast.people[owner.person].country
    }

    /// Where the words of a title start after "the country's" at `start`, if it opens there.
    pub(super) fn country_owned(&self, start: usize) -> Option<usize> {
        let text = self.text;
        (text.words.definite.contains(&text.fw(start))
            && text.words.country_nouns.contains(&text.fw(start + 1))
            && text.possessive(start + 2))
        .then_some(start + 4)
    }

    /// "… a reliable partner in Ghana, says Ali Khan, the country's Ambassador": a title "the
    /// country" owns, starting at `start`, is held for the one country named before it in its
    /// sentence, else in the sentence before; none where that reach names several.
    pub(super) fn pointed_country(&self, start: usize) -> Option<CountryCode> {
        self.country_owned(start)?;
        let text = self.text;
        let named = |tokens: Range<usize>| {
            let mut codes: Vec<CountryCode> = (self.lex.countries_in(text.folded_span(tokens)))
                .into_iter()
                .filter(|(_, h)| h.form != CountryForm::Prefix)
                .map(|(_, h)| h.code)
                .collect();
            codes.sort_unstable();
            codes.dedup();
            codes
        };
        let sentence = text.sentence_of(start);
        let mut codes = named(text.sentences[sentence].tokens.start..start);
        if codes.is_empty() && sentence > 0 {
            codes = named(text.sentences[sentence - 1].tokens.clone());
        }
        match codes.as_slice() {
            [code] => Some(*code),
            _ => None,
        }
    }

    /// The country of the title a comma sets before a rank that names none ("le vice-ministre de
    /// la Défense de la Fédération de Russie, le colonel général X"): the rank's title starts at
    /// `start`, at most a few lower-case words after the comma.
    pub(super) fn appositive_country(&self, start: usize, floor: usize) -> Option<CountryCode> {
        let comma = (start.saturating_sub(3).max(floor)..start)
            .rev()
            .find(|&k| self.text.tokens[k].is_punct(','))?;
        if (comma + 1..start).any(|k| self.text.capitalised(k)) {
            return None;
        }
        // "…of Japan, and His Excellency Y": "and" after the comma starts the next person.
        if (comma + 1..=start).any(|k| self.text.fw(k) == self.text.words.and) {
            return None;
        }
        let (outer, _) = self.title_before(comma, floor)?;
        self.title_country(outer..comma, true)
    }

    /// The country a title names, nearest to the name; none for officials of organisations.
    pub(super) fn title_country(
        &self,
        tokens: Range<usize>,
        nearest_last: bool,
    ) -> Option<CountryCode> {
        let countries = self.title_countries(tokens);
        if nearest_last {
            countries.last().copied()
        } else {
            countries.first().copied()
        }
    }

    /// Whether a title makes its holder an organisation's official, who speaks for no country: its
    /// secretary general ("le secrétaire général de l'OTAN"), or any office of it when the title
    /// names no country but where it is held ("le président du Conseil européen", "the EU envoy
    /// to Mali"). A party's officials speak for their own country, and so does the leader who
    /// chairs an organisation in turn ("président en exercice de l'Union africaine").
    pub(super) fn of_an_organisation(&self, tokens: Range<usize>) -> bool {
        let within = self.text.folded_range(tokens.clone());
        let folded = &self.text.folded.text[within.clone()];
        // A title that names no organisation is asked nothing more: most titles name none.
        let mut named = served(self.text, self.lex, tokens).peekable();
        if named.peek().is_none() {
            return false;
        }
        let party = |s: &str| s.contains("parti") || s.contains("party");
        // "le secrétaire général du PCC": a party named by its acronym is a party still.
        let a_party = party(folded)
            || named.any(|o| {
                let org = &self.lex.gazetteer.organisations[o];
                party(&fold(&org.name))
            });
        let in_turn = || (self.text.words.chairs_in_turn.iter()).any(|w| folded.contains(w));
        if a_party || in_turn() {
            return false;
        }
        // "Assistant Secretary-General of the Organisation of American States": a demonym in the
        // organisation's own name is no country's.
        // Searched only when a country's word is neither a prefix nor where the office is held.
        let text = self.text;
        let in_name = |r: &Range<usize>| {
            let to_title = |b: usize| text.folded.folded_offset(b) - within.start;
            (self
                .lex
                .organisations_within(text.body, &text.folded, within.clone()))
            .any(|(n, _)| to_title(n.start) <= r.start && r.end <= to_title(n.end))
        };
        folded.contains("secretaire general")
            || self.lex.countries_in(folded).iter().all(|(r, h)| {
                h.form == CountryForm::Prefix || posted(text.words, folded, r) || in_name(r)
            })
    }

    /// The countries a title names, in order; none for officials of organisations.
    pub(super) fn title_countries(&self, tokens: Range<usize>) -> Vec<CountryCode> {
        if self.of_an_organisation(tokens.clone()) {
            return Vec::new();
        }
        let folded = self.text.folded_span(tokens);
        // "… au Tchad avec résidence à Yaoundé (Cameroun)": the country of the envoy's residence
        // is not theirs.
        // Read at each word's start once, where each phrase was searched for through the title.
        let phrases = self.text.words.places.residence.phrases();
        let cut = (1..folded.len())
            .filter(|&at| folded.as_bytes()[at - 1] == b' ')
            .find(|&at| {
                (phrases.iter())
                    .any(|p| folded[at..].starts_with(p) && folded[at + p.len()..].starts_with(' '))
            });
        let folded = cut.map_or(folded, |cut| &folded[..cut]);
        let mut hits = self.lex.countries_in(folded);
        // "l'ambassadeur de Chine au Vietnam": where the office is held is not whose it is, when
        // the title names another country.
        if hits
            .iter()
            .any(|(r, _)| !posted(self.text.words, folded, r))
        {
            hits.retain(|(r, _)| !posted(self.text.words, folded, r));
        }
        // "le président du groupe d'amitié Turquie-Azerbaïdjan", "du groupe d'amitié
        // franco-malien": a pair of countries names the holder's own first, as each side names its
        // friendship group or joint commission, a combining form first of all.
        let paired = |i: usize| folded.get(hits[i - 1].0.end..hits[i].0.start) == Some("-");
        // A combining form of no pair ("la coopération sino-africaine") names no one's country.
        let kept: Vec<bool> = (0..hits.len())
            .map(|i| {
                let heads_a_pair = i + 1 < hits.len() && paired(i + 1);
                !(i > 0 && paired(i)) && (hits[i].1.form != CountryForm::Prefix || heads_a_pair)
            })
            .collect();
        let mut kept = kept.into_iter();
        hits.retain(|_| kept.next().unwrap_or(false));
        if hits.is_empty() {
            // "la conseillère fédérale", "le Premier ministre du Québec": an office or a place of
            // one country.
            return (self.lex.national_office(folded))
                .or_else(|| self.place_of(folded))
                .into_iter()
                .collect();
        }
        hits.into_iter().map(|(_, h)| h.code).collect()
    }

    /// The country of a known place a folded title holds its office of ("du Québec", "of
    /// Tatarstan"), the longest name of up to three words after "de", "du", "d'" or "of", else of
    /// the region its adjective names ("le Premier ministre québécois", "Scottish First Minister").
    fn place_of(&self, folded: &str) -> Option<CountryCode> {
        let words: Vec<&str> = (folded.split(|c: char| !c.is_alphanumeric() && c != '-'))
            .filter(|w| !w.is_empty())
            .collect();
        (0..words.len())
            .filter(|&k| k > 0 && matches!(words[k - 1], "de" | "du" | "d" | "of" | "la" | "l"))
            .find_map(|k| {
                (1..=3.min(words.len() - k))
                    .rev()
                    .find_map(|n| self.lex.place_country(&words[k..k + n].join(" ")))
            })
            .or_else(|| words.iter().find_map(|w| self.lex.region_demonym(w)))
    }
}

/// Whether the country at `r` of a folded title follows a word of where the office is held ("au",
/// "en", "à", "to", "in") or what it is for ("the US Special Envoy for Sudan" is American).
pub(super) fn posted(words: &Words, folded: &str, r: &Range<usize>) -> bool {
    let before = folded[..r.start].trim_end();
    // "Ambassador of Russia to the Republic of Ghana", "envoy to the Philippines": the
    // preposition stands before the article of the state's name.
    let word = (before.rsplit(' '))
        .find(|w| !words.country_articles.contains(w))
        .unwrap_or_default();
    // "ambassadeur de France auprès de la République du Ghana": the formula of accreditation,
    // a few words of the country's long name after it.
    let accredited = || (before.rsplit(' ').take(5)).any(|w| words.accredited.contains(&w));
    [words.postings, words.country_prepositions, words.mandates]
        .iter()
        .any(|list| list.contains(&word))
        || words
            .place_prepositions
            .iter()
            .any(|&(_, folded)| folded == word)
        || accredited()
}
