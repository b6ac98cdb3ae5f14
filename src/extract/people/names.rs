//! Finding names: runs of capitalised words, known people named in full or by surname, and the
//! spelling a participant is reported under.

use std::ops::Range;

use super::name_words::is_roman;
use super::titles::TITLE_REACH;
use super::{AmbiguousName, Cast, Finder, Mention, Person};
use crate::extract::lexicon::Listed;
use crate::extract::text::{fold, title_cased};
use crate::model::{without_initials, Confidence};

/// The most words a role stands before a single capitalised word it titles ("le président X").
const SINGLE_TITLE_REACH: usize = 3;

impl Finder<'_, '_> {
    /// The country named right after a name ("President Vladimir Putin of Russia"), perhaps by
    /// its state's formal name ("President X of the Islamic Republic of Pakistan"): capitalised
    /// words and the words that join them.
    fn country_after(&self, end: usize) -> Option<crate::model::CountryCode> {
        self.country_after_to(end).map(|(_, country)| country)
    }

    /// `country_after`, with the token after the country's last word.
    pub(super) fn country_after_to(
        &self,
        end: usize,
    ) -> Option<(usize, crate::model::CountryCode)> {
        let text = self.text;
        if !text.words.country_after_name.contains(&text.fw(end)) {
            return None;
        }
        let joins = |k: usize| {
            text.capitalised(k)
                || text.words.country_joiners.contains(&text.fw(k))
                || matches!(text.fw(k), "'" | "s")
        };
        let last = (end + 1..(end + 9).min(text.tokens.len()))
            .take_while(|&k| joins(k))
            .last()?;
        self.title_country(end + 1..last + 1, false)
            .map(|country| (last + 1, country))
    }

    pub(super) fn in_heading(&self, i: usize) -> bool {
        let text = self.text;
        (text.sentences.get(text.sentence_of(i)))
            .is_some_and(|s| s.heading && s.tokens.contains(&i))
    }

    /// Whether token `i` is in a sentence in title case ("PM X Replies to Y, Says …").
    pub(super) fn in_title_case(&self, i: usize) -> bool {
        let text = self.text;
        (text.sentences.get(text.sentence_of(i)))
            .is_some_and(|s| title_cased(&text.tokens[s.tokens.clone()], text.body, text.words))
    }

    pub(super) fn sentence_start(&self, i: usize) -> usize {
        let s = self.text.sentence_of(i);
        self.text.sentences.get(s).map_or(0, |s| s.tokens.start)
    }

    pub(super) fn find(mut self) -> Cast {
        let text = self.text;
        let n = text.tokens.len();
        // Known people named in full, by their token ranges.
        let mut known: Vec<(Range<usize>, usize)> = self
            .lex
            .people_in(&text.folded.text)
            .into_iter()
            .map(|(r, p)| {
                let span = text.folded.body_span(r);
                (text.token_at(span.start)..text.token_at(span.end), p)
            })
            .filter(|(r, _)| !r.is_empty())
            .collect();
        known.sort_by_key(|(r, _)| r.start);

        // First pass: full names (known, or two words or more under a title); single words wait for them.
        let mut singles: Vec<(Range<usize>, bool, bool)> = Vec::new();
        let mut last_end = 0;
        // "A, Director of the Asia Bureau, B, Secretary of State": a title written after a name
        // with none before is that name's, never the title before the next (a name within it
        // keeps its own); "le ministre A, le président B, C": in a list of titles before names,
        // it is the next name's.
        let mut titled_end = 0;
        let floor = |at: usize, last_end: usize, titled_end: usize| {
            if titled_end <= at {
                titled_end
            } else {
                last_end
            }
        };
        let mut plural_honorific = false;
        // "les ministres d'Arménie et d'Azerbaïdjan, X et Y": the list a plural title opens.
        let mut in_turn = super::lists::Turn::default();
        let mut i = 0;
        // The first of `known` that starts at `i` or after.
        let mut next_known = 0;
        while i < n {
            // "la Fondation Mohammed VI pour …", "l'Université Cheikh Anta Diop": the capitalised
            // words after the noun of what is named after someone name no one.
            if text.tokens[i].capitalised && i > 0 && self.is(i - 1, Listed::NAMED_BEFORE) {
                let named =
                    (i..n).find(|&k| !(text.tokens[k].capitalised || text.tokens[k].is_punct('-')));
                i = named.unwrap_or(n).max(i + 1);
                continue;
            }
            // The first known name starting here: `known` is sorted by start, and `i` only grows.
            while known.get(next_known).is_some_and(|(r, _)| r.start < i) {
                next_known += 1;
            }
            let hit = known.get(next_known).filter(|(r, _)| r.start == i).cloned();
            // "François Legault", "François Ali Khan": a known name of one word, a pope's or a
            // monarch's, written on with another name, or two, is someone else's given name.
            let hit =
                hit.map(|(r, p)| (r.clone(), self.patronymic(r), p))
                    .filter(|(r, named, _)| {
                        r.len() > 1
                            || self.written_on(named.clone()).end == named.end
                                && (self.text.line_ends_before(named.end)
                                    || self.run_at(named.end).len() < 2)
                    });
            if let Some((_, r, p)) = hit {
                let r = self.written_on(r);
                let titled = self.title_before(i, floor(i, last_end, titled_end));
                self.in_turn(&mut in_turn, titled, &r);
                let title = titled.map_or(i, |(s, _)| s);
                let after = self.title_after(r.end).map_or(r.end, |t| t.end);
                let sharing = self.lex.sharing_name(text.folded_span(r.clone()));
                // "le prince Albert II": of the people a name is shared by, the one whose office
                // the title names.
                let holder = titled.and_then(|(_, role)| self.holding(sharing, role));
                let p = holder.unwrap_or(p);
                if sharing.len() > 1 && holder.is_none() {
                    self.cast.ambiguous.push(AmbiguousName {
                        name: r.clone(),
                        phrase: title.min(r.start)..after,
                        candidates: sharing.to_vec(),
                    });
                    last_end = r.end;
                    i = r.end;
                    continue;
                }
                // The name as written, without an honorific the alias may carry ("Sir Keir Starmer"),
                // unless the name opens with it ("Sheikh Hasina").
                let own = self.lex.folded_name(p);
                let first = (r.start..r.end).find(|&k| {
                    own.split(' ').next() == Some(text.fw(k))
                        || !self.is(k, Listed::HONORIFIC)
                            && !self.is(k, Listed::NOT_NAME)
                            && !text.tokens[k].is_punct('.')
                });
                let spelled = self.name_text(&(first.unwrap_or(r.start)..r.end));
                let mut person = self.known_as(p, Confidence::High, spelled);
                // "his ROK counterpart Ban Ki-moon": a known person the gazetteer gives no country
                // (an organisation's official of later years) takes the one their title names.
                if person.country.is_none() {
                    person.country = (titled.map(|(s, _)| (s..r.start, true)))
                        .into_iter()
                        .chain(self.title_after(r.end).map(|a| (a, false)))
                        .find_map(|(tokens, nearest_last)| {
                            self.title_country(tokens, nearest_last)
                        });
                }
                let person = self.add_person(person);
                self.cast.mentions.push(Mention {
                    person,
                    name: r.clone(),
                    phrase: title.min(r.start)..after,
                });
                last_end = r.end;
                titled_end = if titled.is_some() { r.end } else { after };
                i = r.end;
                continue;
            }
            // "Lettre de Nicolas Sarkozy à …": a run that a particle joins to a known name
            // written in full stops before the particle, the name being someone else's.
            // Most tokens are written in lower case and are no name's word: no run opens there
            // (`run_at` asks the same first), and its call is spared.
            let run = if text.tokens[i].capitalised || self.name_word(i) {
                self.run_at(i)
            } else {
                i..i
            };
            let run = (known[next_known..].iter())
                .take_while(|(r, _)| r.start < run.end)
                .find(|(r, _)| r.start > i + 1 && self.is(r.start - 1, Listed::PARTICLE))
                .map_or(run.clone(), |(r, _)| i..r.start - 1);
            if let Some((person, phrase)) = self.lowercase_surname(i, last_end) {
                self.cast.mentions.push(Mention {
                    person,
                    name: i..i + 1,
                    phrase,
                });
                last_end = i + 1;
                i += 1;
                continue;
            }
            if run.is_empty() {
                let f = text.fw(i);
                if f == "mm" {
                    plural_honorific = true;
                } else if plural_honorific && !matches!(f, "et" | "," | ".") {
                    plural_honorific = false;
                }
                i += 1;
                continue;
            }
            // "the Chairman of the Halk Maslahaty (People's Council)", "the Secretary of the
            // Treasury X Y": capitalised words right after a role's "of the" open the name of the
            // body it heads; two are that name alone, a longer run a name after its first word.
            let heads = run.len() >= 2
                && run.start >= 3
                && text.words.definite.contains(&text.fw(run.start - 1))
                && text.words.genitives.contains(&text.fw(run.start - 2))
                && self.is(run.start - 3, Listed::ROLE);
            if heads && run.len() == 2 {
                i = run.end;
                continue;
            }
            // "President of the Russian Academy of Sciences Ali Khan": a run of three words or
            // more that "of" joins to a body's capitalised word goes on with that body's name,
            // its first word the last of it.
            let body = run.len() >= 3
                && run.start >= 2
                && text.words.genitives.contains(&text.fw(run.start - 1))
                && text.capitalised(run.start - 2)
                && !self.is(run.start - 2, Listed::ROLE)
                && !self.is(run.start - 2, Listed::HONORIFIC);
            let run = if heads || body {
                run.start + 1..run.end
            } else {
                run
            };
            // "au Beach Ngobila": no one's name; its words after the first are read again, for a
            // known name the article's word was taken in ("le Chiekh Tamim ben Hamad Al Thani").
            if run.len() >= 2 && self.after_article(&run) {
                i = run.start + 1;
                continue;
            }
            let honorific_at = self.honorific_before(run.start);
            let honorific = honorific_at.is_some() || plural_honorific;
            let words = run
                .clone()
                .filter(|&k| text.tokens[k].is_word() && !is_roman(text.word(k)))
                .count();
            let roman = run.clone().any(|k| is_roman(text.word(k)));
            // A single word asks only whether a role stands within a few words before it (most
            // capitalised words are single and untitled): the title is walked back no further.
            let reach = if words >= 2 || roman {
                TITLE_REACH
            } else {
                SINGLE_TITLE_REACH
            };
            let before =
                self.title_within(run.start, floor(run.start, last_end, titled_end), reach);
            if words >= 2 || (roman && (before.is_some() || honorific)) {
                // What follows the name is read only for a name: a single word waits for the
                // second pass, which asks only what precedes it.
                let bracketed = self.country_in_brackets(run.end);
                let after = self.title_after(run.end);
                let turn = self.in_turn(&mut in_turn, before, &run);
                let envoy = self.envoy_country(&run, last_end);
                // "at the Denden Hall, President X …": capitalised words after an article that
                // close on a venue's word name the venue, whatever title follows the comma; so do
                // those a body's word named after them closes, whatever title comes before ("co-chair
                // of the X Y International Center Z").
                let named_after = || {
                    (run.end..run.end + 3)
                        .take_while(|&k| text.capitalised(k))
                        .any(|k| text.words.named_after.contains(&text.fw(k)))
                };
                // "hosted his guest at Aso Villa": after a preposition of place, they name the
                // venue even where a title runs on over the preposition ("South Africa's
                // President at Aso Villa"), as a title held in a city does.
                let closes_on_venue = text.words.places.venues.contains(&text.fw(run.end - 1));
                let sited = run.start > 0
                    && (text.introduces_place(run.start - 1)
                        || text.words.places.sites.contains(&text.fw(run.start - 1)));
                let venue = !honorific
                    && run.start > 0
                    && (text.words.definite.contains(&text.fw(run.start - 1))
                        && ((before.is_none() && closes_on_venue) || named_after())
                        || sited && closes_on_venue);
                let titled = !venue
                    && (honorific
                        || before.is_some()
                        || after.is_some()
                        || bracketed.is_some()
                        || turn.is_some()
                        || envoy.is_some());
                let untitled =
                    !titled && !venue && (self.untitled_name(&run) || self.honoured_later(&run));
                if titled || untitled {
                    let country = bracketed
                        .or(turn.flatten())
                        .or(envoy)
                        .or_else(|| {
                            before.and_then(|(start, _)| self.title_country(start..run.start, true))
                        })
                        .or_else(|| {
                            before.and_then(|(start, _)| self.appositive_country(start, last_end))
                        })
                        .or_else(|| after.clone().and_then(|a| self.title_country(a, false)))
                        .or_else(|| after.clone().and_then(|a| self.pointed_country(a.start)))
                        .or_else(|| self.country_after(run.end))
                        .or_else(|| self.country_in_apposition(run.end))
                        .or_else(|| self.country_represented(run.end))
                        .or_else(|| before.and_then(|(start, _)| self.owner_country(start)))
                        .or_else(|| honorific_at.and_then(|h| self.listed_country(h)));
                    let homed = country.is_none() && titled && self.home.is_some();
                    let country = country.or(if titled { self.home } else { None });
                    let confidence = if titled {
                        Confidence::Medium
                    } else {
                        Confidence::Low
                    };
                    let name = self.name_text(&run);
                    // A known name the text glued to a neighbour ("MmePany Yathotu", "NguyenSinh Hung"),
                    // or wrote with a middle initial the gazetteer leaves out ("Antony J. Blinken").
                    let folded = fold(&name);
                    let bare = without_initials(&folded, ' ');
                    let whole = [Some(folded.clone()), bare]
                        .into_iter()
                        .flatten()
                        .find_map(|folded| {
                            (self.lex.people_in(&folded).into_iter())
                                .find(|(r, _)| *r == (0..folded.len()))
                                .map(|(_, k)| k)
                        })
                        .or_else(|| self.known_with_middle_names(&folded))
                        .or_else(|| self.known_family_name_first(&run));
                    let start = before.map_or(run.start, |(s, _)| s);
                    let end = after.map_or(run.end, |a| a.end);
                    let person = match whole {
                        Some(k) => self.known_as(k, Confidence::High, name),
                        None => Person {
                            name,
                            country,
                            homed,
                            known: None,
                            confidence,
                        },
                    };
                    let person = self.add_person(person);
                    self.cast.mentions.push(Mention {
                        person,
                        name: run.clone(),
                        phrase: start..end,
                    });
                    last_end = run.end;
                    titled_end = if before.is_some() { run.end } else { end };
                }
            } else if words == 1 {
                let titled = honorific
                    || before.is_some_and(|(_, role)| run.start - role <= SINGLE_TITLE_REACH);
                singles.push((run.clone(), titled, honorific));
            }
            i = run.end;
        }

        // Second pass: single words are surnames of people already found, or of known people under a
        // title or opening a clause.
        // "Fidan a eu une conversation téléphonique avec Blinken": a sentence that opens on a known
        // person's bare surname names the others by theirs too.
        let by_surnames: Vec<usize> = (singles.iter())
            .filter(|(run, ..)| {
                self.surname_opening(run) && !self.lex.by_surname(text.fw(run.start)).is_empty()
            })
            .map(|(run, ..)| text.sentence_of(run.start))
            .collect();
        // "Philippe, Roi des Belges": a monarch's title after a name is looked for only in a
        // text that names a monarch's office at all, as few do.
        let monarchs =
            (0..n).any(|k| self.is(k, Listed::ROLE) && text.words.monarchs.contains(&text.fw(k)));
        for (run, titled, honorific) in singles {
            // The known people whose surname the word is.
            let bearers = self.lex.by_surname(text.fw(run.start));
            let beside =
                || bearers.len() == 1 && by_surnames.contains(&text.sentence_of(run.start));
            let titled = titled || self.surname_opening(&run) || beside();
            // Most single words are untitled: their title, walked back to, would go unread.
            let title = titled.then(|| self.title_before(run.start, 0)).flatten();
            let monarch = title.filter(|&(_, role)| {
                role + 1 == run.start && self.text.words.monarchs.contains(&self.text.fw(role))
            });
            // "Sa Majesté Philippe, Roi des Belges": a monarch, not a namesake of another country.
            if let Some((phrase, country)) = monarchs.then(|| self.monarch_after(&run)).flatten() {
                let namesake = |k: &usize| self.lex.gazetteer.people[*k].country == Some(country);
                if !bearers.iter().any(namesake) {
                    let person = self.add_person(Person {
                        name: self.name_text(&run),
                        country: Some(country),
                        homed: false,
                        known: None,
                        confidence: Confidence::Medium,
                    });
                    self.cast.mentions.push(Mention {
                        person,
                        name: run.clone(),
                        phrase,
                    });
                    continue;
                }
            }
            // "King Abdullah": a monarch's given name, one known monarch's, is that monarch,
            // reported as written, rather than another found who bears it as a given name; one
            // who holds no such throne is a namesake ("le Roi Philippe" is no prime minister).
            // A title naming the throne's country leaves out the namesakes of other thrones
            // ("Saudi King Abdullah" is no king of Jordan).
            let crowned = monarch.and_then(|(start, role)| {
                let named = self.title_country(start..run.start, true);
                let people = &self.lex.gazetteer.people;
                let reigning: Vec<usize> = (bearers.iter().copied())
                    .filter(|&k| named.is_none_or(|c| people[k].country == Some(c)))
                    .collect();
                Some((start, self.holding(&reigning, role)?))
            });
            if let Some((start, one)) = crowned {
                self.titled_known(one, &run, start);
                continue;
            }
            let owner = || self.surname_owner(&run, titled, honorific);
            if let Some(person) = monarch.is_none().then(owner).flatten() {
                self.cast.mentions.push(Mention {
                    person,
                    name: run.clone(),
                    phrase: title.map_or(run.start, |(s, _)| s)..run.end,
                });
            } else if let Some((start, one)) =
                (title.filter(|_| bearers.len() > 1)).and_then(|(start, _)| {
                    Some((start, self.office_holder(bearers, start..run.start)?))
                })
            {
                // "NATO's Secretary General Rasmussen": of several bearers of a surname, the one
                // who holds the office the title names.
                self.titled_known(one, &run, start);
            } else if let candidates @ [_, _, ..] = bearers {
                if titled {
                    let start = title
                        .map(|(s, _)| s)
                        .or_else(|| self.honorific_before(run.start))
                        .unwrap_or(run.start);
                    self.cast.ambiguous.push(AmbiguousName {
                        name: run.clone(),
                        phrase: start..run.end,
                        candidates: candidates.to_vec(),
                    });
                }
            } else if let Some((start, _)) = monarch.or(title.filter(|&(start, role)| {
                self.text.words.surnames_under_titles
                    && role + 1 == run.start
                    && (!self.in_heading(run.start)
                        || self.country_after(run.end).is_some()
                        || self.title_country(start..run.start, true).is_some())
            })) {
                // "Ukrainian President Zelenskyy": a surname right after a role names a person,
                // though in a headline, whose words are all capitalised, only with a country
                // before or after it ("US Vice President Pence", "Prime Minister Rudd of
                // Australia"); "la Reine Mathilde": a monarch.
                let country = (self.title_country(start..run.start, true))
                    .or_else(|| self.country_after(run.end));
                let person = self.add_person(Person {
                    name: self.name_text(&run),
                    homed: country.is_none() && self.home.is_some(),
                    country: country.or(self.home),
                    known: None,
                    confidence: Confidence::Medium,
                });
                self.cast.mentions.push(Mention {
                    person,
                    name: run.clone(),
                    phrase: start..run.end,
                });
            }
        }
        self.cast.mentions.sort_by_key(|m| m.name.start);
        self.cast.ambiguous.sort_by_key(|m| m.name.start);
        self.respectively();
        self.speaking_for_organisations();
        self.find_unnamed();
        self.cast
    }

    /// "au Beach Ngobila", "la Grande Bretagne", "du G5 Sahel": capitalised words right after an
    /// article name no one, as a person's name takes none; but for a title or an honorific that
    /// opens them ("le Cheikh Tamim Ben Hamad Al-Thani").
    fn after_article(&self, run: &Range<usize>) -> bool {
        run.start > 0
            && self
                .text
                .words
                .articles
                .contains(&self.text.fw(run.start - 1))
            && !self.is(run.start, Listed::ROLE)
            && !self.is(run.start, Listed::HONORIFIC)
    }

    /// The name as written, with no line breaks or doubled blanks.
    pub(super) fn name_text(&self, run: &Range<usize>) -> String {
        let mut out = String::new();
        let mut k = run.start;
        while k < run.end {
            if let Some(after) = self.nickname_after(k) {
                k = after;
                continue;
            }
            let t = &self.text.tokens[k];
            // Words glued without a space are two ("MmePany"), but for a particle that starts a
            // surname ("MacArthur", "LeBlanc").
            if k > run.start && !t.glued
                || (k > run.start
                    && self.text.tokens[k - 1].is_word()
                    && t.is_word()
                    && !self.text.word(k - 1).ends_with(['\'', '’'])
                    && !self.text.words.particles.contains(&self.text.fw(k - 1)))
            {
                out.push(' ');
            }
            out.push_str(self.text.word(k));
            k += 1;
        }
        out
    }
}
