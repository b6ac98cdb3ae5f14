//! Finding names: runs of capitalised words, known people named in full or by surname, and the
//! spelling a participant is reported under.

use std::ops::Range;

use super::name_words::is_roman;
use super::{AmbiguousName, Cast, Finder, Mention, Person};
use crate::extract::lexicon::Listed;
use crate::extract::text::{fold, title_cased};
use crate::model::{without_initials, Confidence};

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
            .is_some_and(|s| title_cased(&text.tokens[s.tokens.clone()], text.words))
    }

    /// The run of name words starting at `i`, or an empty range.
    pub(super) fn run_at(&self, i: usize) -> Range<usize> {
        if !self.name_word(i) {
            return i..i;
        }
        // A single letter is only ever a middle initial ("S.E.M", "W."). A word in capitals starts a
        // name only after an honorific, as surnames are written first ("Mr. MOTEGI Toshimitsu").
        let honoured = self.honorific_before(i).is_some();
        let surname_first = honoured && self.name_word(i + 1) && !self.all_caps(i + 1);
        // "SON EXCELLENCE MADAME ANA SILVA,": a letter's address, on a line in capitals throughout.
        let addressed = honoured && self.text.line_in_capitals(i);
        // "M. IGOR GROMYKO": a whole name in capitals after an honorific, in running text.
        let shouted = honoured && self.all_caps(i + 1) && self.name_word(i + 1);
        // An honorific before a name ("Lord David Cameron", "Tan Sri", "Dato’ Ali") is not part
        // of it.
        let next = i + 1 + usize::from(self.closes_abbreviation(i + 1));
        // "Tan Sri Ali Khan": honorifics stacked before the name, the second perhaps a place's word;
        // "Docteur Vincent Biruta": a name whose first word may be a place's ("Saint-Vincent").
        let honorific = self.is(i, Listed::HONORIFIC)
            && (self.name_word(next)
                || self.is(next, Listed::HONORIFIC)
                || self.text.tokens.get(next).is_some_and(|t| t.capitalised));
        // "D.Tsogtbaatar", "S. Jaishankar": a given name written as its initial opens the name, but
        // not a letter of initials that run on ("U.S.", "S. E.").
        let leading_initial = self.initial_at(i)
            && self.text.word(i + 2).chars().count() >= 2
            && !(i > 0
                && (self.text.tokens[i - 1].is_punct('.') || self.text.word(i - 1).len() == 1));
        if !self.name_word(i)
            || honorific
            || (self.all_caps(i) && !surname_first && !addressed && !shouted)
            || (self.text.word(i).chars().count() < 2 && !leading_initial)
        {
            return i..i;
        }
        let mut j = i + 1;
        let mut words = 1;
        while j < self.text.tokens.len() && words < 8 && !self.line_cuts_name(j) {
            if self.post_nominal_len(j).is_some() || self.month_before_day(j) {
                break;
            } else if self.name_word(j)
                || (self.all_caps(j) && !self.is(j, Listed::NOT_NAME))
                || is_roman(self.text.word(j))
            {
                j += 1;
                words += 1;
            } else if self.is(j, Listed::PARTICLE)
                && self.name_word(j + 1)
                && !self.text.line_ends_before(j + 1)
            {
                // "Abdullah bin Ali bin Abdullah bin Jassem Al Thani": a chain of forebears is
                // long, so its particles do not count against a name's length.
                j += 2;
                words += 1;
            } else if (self.text.word(j - 1).chars().count() == 1
                || self.glued_initial(j - 1)
                || (self.text.words.shortened_given_names).contains(&self.text.fw(j - 1)))
                && self.text.tokens[j].is_punct('.')
                && self.name_goes_on(j + 1)
            {
                // A middle initial: "David W. Panuelo", "Albert F. del Rosario"; a given name
                // shortened: "Md. Ali Khan".
                j += 2;
            } else if self.initial_at(j) {
                // "Enrique A. Manalo": an initial that is also a word ("A", "I") is still one.
                j += 1;
            } else if self.ayn_at(j) {
                // "Mohammed Shiaa' Al-Sudani": an apostrophe ending a word of the name transliterates
                // a letter of it.
                j += 2;
                words += 1;
            } else {
                break;
            }
        }
        // "King Abdullah Expresses Condolences To Victims": in a headline in title case, a run
        // that words go on after is cut at a word running text never capitalises, unless an
        // honorific opened it ("Mr. Ali Khan Visits …"); one that ends its clause is a name
        // ("Tom Ward, Secretary-General").
        let goes_on = (self.text.tokens.get(j)).is_some_and(|t| t.is_word() && !t.newline_before);
        let j = match (i + 1..j).find(|&k| self.headline_only[k]) {
            Some(k) if goes_on && !honoured => k,
            _ => j,
        };
        let j = self.suffix_end(j);
        // "à New Delhi, le secrétaire d'État…": a known place is not a person; "à Phnom Penh Ali
        // Khan": a place of two words or more that opens the run is a run of its own.
        let words: Vec<&str> = (i..j).map(|k| self.text.fw(k)).collect();
        let place = |n: usize| self.lex.place_country(&words[..n].join(" ")).is_some();
        if j - i > 1 && place(j - i) {
            return i..i;
        }
        if let Some(n) = (2..words.len().saturating_sub(1)).find(|&n| place(n)) {
            return i..i + n;
        }
        i..j
    }

    /// Whether a line ending before token `j` cuts a name there: not in a hard-wrapped text, whose
    /// sentence runs on over it ("Prime Minister Ali\nKhan held talks").
    fn line_cuts_name(&self, j: usize) -> bool {
        let text = self.text;
        text.line_ends_before(j)
            && (j == 0 || j >= text.tokens.len() || text.sentence_of(j) != text.sentence_of(j - 1))
    }

    /// Where a name ending at `end` ends with its suffix: "Tom Ward, Jr." ends after the suffix
    /// the comma opens.
    pub(super) fn suffix_end(&self, end: usize) -> usize {
        let t = |k: usize| self.text.tokens.get(k);
        let suffixed = t(end).is_some_and(|t| t.is_punct(','))
            && self
                .text
                .words
                .name_suffixes
                .contains(&self.text.fw(end + 1))
            && t(end + 2).is_some_and(|t| t.is_punct('.'));
        if suffixed {
            end + 3
        } else {
            end
        }
    }

    /// Whether a name goes on at token `k` after an initial: with a name word, or a particle and
    /// the name word after it, on the same line.
    fn name_goes_on(&self, k: usize) -> bool {
        let particle = self.is(k, Listed::PARTICLE)
            && self.name_word(k + 1)
            && !self.text.line_ends_before(k + 1);
        (self.name_word(k) || particle) && !self.text.line_ends_before(k)
    }

    /// "Ambassador Tom Ward Dec 23": an abbreviated month before a day's number dates what the
    /// sentence tells and ends the name before it, though "Jan" or "Mar" may be a name's word.
    fn month_before_day(&self, j: usize) -> bool {
        let text = self.text;
        let day = |k: usize| {
            text.word(k)
                .parse::<u8>()
                .is_ok_and(|d| (1..=31).contains(&d))
        };
        let next = j + 1 + usize::from(text.tokens.get(j + 1).is_some_and(|t| t.is_punct('.')));
        (text.words.month_abbreviations.iter()).any(|&(m, _)| m == text.fw(j)) && day(next)
    }

    /// Whether token `k` is an apostrophe glued to the end of a name's word and followed by the
    /// rest of the name: not a possessive's, which follows an "s" ("the Leaders' Summit").
    fn ayn_at(&self, k: usize) -> bool {
        let text = self.text;
        text.fw(k) == "'"
            && text.tokens[k].glued
            && !text.fw(k - 1).ends_with('s')
            && self.name_goes_on(k + 1)
    }

    /// Whether token `k` is a capital letter standing alone, or a glued initial, before a full
    /// stop and the rest of the name.
    fn initial_at(&self, k: usize) -> bool {
        let word = self.text.word(k);
        (word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase())
            || self.glued_initial(k))
            && self.text.tokens.get(k + 1).is_some_and(|t| t.is_punct('.'))
            && self.name_goes_on(k + 2)
    }

    /// Whether token `k` is an initial of a capital and a lower-case letter glued by its full stop
    /// to the next word ("Kh.Battulga", "Ts.Elbegdorj", as Mongolian names write a patronymic),
    /// not an abbreviation ("St.", "Dr.") that may be written so.
    fn glued_initial(&self, k: usize) -> bool {
        let text = self.text;
        let mut letters = text.word(k).chars();
        let shape = letters.next().is_some_and(char::is_uppercase)
            && letters.next().is_some_and(char::is_lowercase)
            && letters.next().is_none();
        let glued = |j: usize| text.tokens.get(j).is_some_and(|t| t.glued);
        shape
            && glued(k + 1)
            && glued(k + 2)
            && !text.words.abbreviations.contains(&text.fw(k))
            && !self.is(k, Listed::HONORIFIC)
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
        while i < n {
            // The first known name starting here: `known` is sorted by start.
            let first = known.partition_point(|(r, _)| r.start < i);
            let hit = known.get(first).filter(|(r, _)| r.start == i).cloned();
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
                let own = fold(&self.lex.gazetteer.people[p].name);
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
            let run = self.run_at(i);
            let run = (known[first..].iter())
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
                if text.fw(i) == "mm" {
                    plural_honorific = true;
                } else if !matches!(text.fw(i), "et" | "," | ".") {
                    plural_honorific = false;
                }
                i += 1;
                continue;
            }
            let honorific_at = self.honorific_before(run.start);
            let honorific = honorific_at.is_some() || plural_honorific;
            let bracketed = self.country_in_brackets(run.end);
            let before = self.title_before(run.start, floor(run.start, last_end, titled_end));
            let after = self.title_after(run.end);
            let words = run
                .clone()
                .filter(|&k| text.tokens[k].is_word() && !is_roman(text.word(k)))
                .count();
            let roman = run.clone().any(|k| is_roman(text.word(k)));
            if words >= 2 || (roman && (before.is_some() || honorific)) {
                let turn = self.in_turn(&mut in_turn, before, &run);
                let envoy = self.envoy_country(&run, last_end);
                // "at the Denden Hall, President X …": capitalised words after an article that
                // close on a venue's word name the venue, whatever title follows the comma.
                let venue = before.is_none()
                    && !honorific
                    && run.start > 0
                    && text.words.definite.contains(&text.fw(run.start - 1))
                    && text.words.venues.contains(&text.fw(run.end - 1));
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
                        .or_else(|| self.country_after(run.end))
                        .or_else(|| self.country_in_apposition(run.end))
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
                        .or_else(|| self.known_with_middle_names(&folded));
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
                let titled = honorific || before.is_some_and(|(_, role)| run.start - role <= 3);
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
        for (run, titled, honorific) in singles {
            // The known people whose surname the word is.
            let bearers = self.lex.by_surname(text.fw(run.start));
            let beside =
                || bearers.len() == 1 && by_surnames.contains(&text.sentence_of(run.start));
            let titled = titled || self.surname_opening(&run) || beside();
            let title = self.title_before(run.start, 0).filter(|_| titled);
            let monarch = title.filter(|&(_, role)| {
                role + 1 == run.start && self.text.words.monarchs.contains(&self.text.fw(role))
            });
            // "Sa Majesté Philippe, Roi des Belges": a monarch, not a namesake of another country.
            if let Some((phrase, country)) = self.monarch_after(&run) {
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
            let crowned =
                monarch.and_then(|(start, role)| Some((start, self.holding(bearers, role)?)));
            if let Some((start, one)) = crowned {
                let person = self.known_as(one, Confidence::Medium, self.name_text(&run));
                let person = self.add_person(person);
                self.cast.mentions.push(Mention {
                    person,
                    name: run.clone(),
                    phrase: start..run.end,
                });
                continue;
            }
            let owner = || self.surname_owner(&run, titled, honorific);
            if let Some(person) = monarch.is_none().then(owner).flatten() {
                self.cast.mentions.push(Mention {
                    person,
                    name: run.clone(),
                    phrase: title.map_or(run.start, |(s, _)| s)..run.end,
                });
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

    /// The name as written, with no line breaks or doubled blanks.
    pub(super) fn name_text(&self, run: &Range<usize>) -> String {
        let mut out = String::new();
        for k in run.clone() {
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
        }
        out
    }
}
