//! Runs of name words: where a name starts (past honorifics and titles) and where it ends
//! (initials, particles, suffixes and a headline's words taken into account).

use std::borrow::Cow;
use std::ops::Range;

use super::name_words::is_roman;
use super::Finder;
use crate::extract::lexicon::Listed;
use crate::extract::text::TokenKind;

impl Finder<'_, '_> {
    /// The run of name words starting at `i`, or an empty range.
    pub(super) fn run_at(&self, i: usize) -> Range<usize> {
        let two_initials = self.two_initials_at(i);
        if !self.name_word(i) && !two_initials {
            return i..i;
        }
        // A single letter is only ever a middle initial ("S.E.M", "W."). A word in capitals starts a
        // name only after an honorific, as surnames are written first ("Mr. MOTEGI Toshimitsu").
        let honorific_before = self.honorific_before(i);
        let honoured = honorific_before.is_some();
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
        // "Son Altesse Cheikh Tamim": a word that is a given name too is an honorific after a
        // prince's.
        let stacked = honorific_before.is_some_and(|h| {
            (self.text.words.stacked_honorifics).contains(&(self.text.fw(h), self.text.fw(i)))
        });
        let honorific = (self.is(i, Listed::HONORIFIC) || stacked)
            && (self.name_word(next)
                || self.is(next, Listed::HONORIFIC)
                || self.text.tokens.get(next).is_some_and(|t| t.capitalised));
        // "D.Tsogtbaatar", "S. Jaishankar": a given name written as its initial opens the name, but
        // not a letter of initials that run on ("U.S.", "S. E.").
        let leading_initial = self.initial_at(i)
            && self.text.word(i + 2).chars().count() >= 2
            && !(i > 0
                && (self.text.tokens[i - 1].is_punct('.') || self.text.word(i - 1).len() == 1));
        if !(self.name_word(i) || two_initials)
            || honorific
            || (self.all_caps(i) && !surname_first && !addressed && !shouted)
            || (self.text.word(i).chars().count() < 2 && !leading_initial && !two_initials)
        {
            return i..i;
        }
        let mut j = if two_initials { i + 4 } else { i + 1 };
        let mut words = 1;
        while j < self.text.tokens.len() && words < 8 && !self.line_cuts_name(j) {
            if self.post_nominal_len(j).is_some()
                || self.month_before_day(j)
                || self.honorific_initials_at(j)
            {
                break;
            } else if self.is(j, Listed::PARTICLE) && self.place_word_in_name(j + 1) {
                // A particle written with a capital is a name word too, but the place's word after
                // it is not ("Da Costa Silva").
                j += 2;
                words += 2;
            } else if self.name_word(j)
                || (self.all_caps(j) && !self.is(j, Listed::NOT_NAME))
                || is_roman(self.text.word(j))
            {
                j += 1;
                words += 1;
            } else if self.hyphen_spaced(j) {
                // "Ana Ruiz- Silva", "Ana Ruiz -Silva": a double surname whose hyphen a blank
                // parts from one of its halves.
                j += 2;
                words += 1;
            } else if self.honorific_within(i, j) {
                // "President Ali Sheikh Khan": an honorific that names carry, between two of the
                // name's words.
                j += 2;
                words += 2;
            } else if honoured && words == 1 && self.surname_of_place(j) {
                // "Ms Patricia Scotland": a place's word right after an honorific's given name is
                // the surname.
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
            } else if let Some(after) = self.nickname_after(j) {
                // "Joko “Jokowi” Widodo": a nickname in quotation marks between the given names
                // and the surname is written within the name, but is not part of it (`name_text`).
                j = after;
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
        // A single word is neither.
        if j - i < 2 {
            return i..j;
        }
        let place = |n: usize| {
            self.lex
                .place_country(&self.words_joined(i..i + n))
                .is_some()
        };
        if place(j - i) {
            return i..i;
        }
        if let Some(n) = (2..j - i - 1).find(|&n| place(n)) {
            return i..i + n;
        }
        i..j
    }

    /// The folded words of tokens `r` joined by single blanks: the text's own folded span where
    /// it is written so, as most names are, without a string built for it.
    fn words_joined(&self, r: Range<usize>) -> Cow<'_, str> {
        let (tokens, folded) = (&self.text.tokens, &self.text.folded.text);
        let spaced = (r.start + 1..r.end).all(|k| {
            let gap = tokens[k - 1].folded.end..tokens[k].folded.start;
            folded.get(gap) == Some(" ")
        });
        if spaced {
            Cow::Borrowed(&folded[tokens[r.start].folded.start..tokens[r.end - 1].folded.end])
        } else {
            let words: Vec<&str> = r.map(|k| self.text.fw(k)).collect();
            Cow::Owned(words.join(" "))
        }
    }

    /// "Leovigildo Da Costa Silva": a place's word after a particle within a name, with more of the
    /// name after it, is a surname ("Costa" as in "Costa Rica"), not the place; so is one that
    /// ends the name after a particle written with a capital, which opens a surname ("Dame Ana
    /// La Grenade").
    fn place_word_in_name(&self, k: usize) -> bool {
        self.is(k, Listed::GEO)
            && !self.is(k, Listed::NOT_NAME)
            && self.text.capitalised(k)
            && !self.text.line_ends_before(k)
            && (self.name_word(k + 1) && !self.text.line_ends_before(k + 1)
                || self.text.capitalised(k - 1) && !self.text.fw(k).ends_with('\''))
    }

    /// Whether token `k` is a hyphen within a name that a blank parts from the word before or
    /// after it, but not from both, with the name going on after it on its line.
    fn hyphen_spaced(&self, k: usize) -> bool {
        let tokens = &self.text.tokens;
        tokens[k].is_punct('-')
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.glued != tokens[k].glued)
            && self.name_word(k + 1)
            && !self.text.line_ends_before(k + 1)
    }

    /// Whether token `j`, within the name opening at `i`, is an honorific that names carry
    /// (`Words::honorifics_in_names`) with the name going on after it; not where the name opens
    /// after "of", which names a place the words may be of ("the Ruler of Ajman Sheikh Ali").
    fn honorific_within(&self, i: usize, j: usize) -> bool {
        let text = self.text;
        text.words.honorifics_in_names.contains(&text.fw(j))
            && text.capitalised(j)
            && self.name_goes_on(j + 1)
            && !(i > 0 && text.words.genitives.contains(&text.fw(i - 1)))
    }

    /// Whether token `k`, a place's capitalised word on the name's line, may be a surname: not a
    /// possessive ("Ghana's").
    fn surname_of_place(&self, k: usize) -> bool {
        self.is(k, Listed::GEO)
            && !self.is(k, Listed::NOT_NAME)
            && self.text.capitalised(k)
            && !self.text.fw(k).ends_with('\'')
            && !self.line_cuts_name(k)
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
        day(next) && (text.words.dates.month_abbreviations.iter()).any(|&(m, _)| m == text.fw(j))
    }

    /// Where a nickname opening at token `k` ends: one or two capitalised words in quotation
    /// marks, double or curly single, with the name going on after the closing mark.
    pub(super) fn nickname_after(&self, k: usize) -> Option<usize> {
        let tokens = &self.text.tokens;
        let opens = tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Punct('"' | '“' | '«' | '‘')) && !t.newline_before
        });
        if !opens {
            return None;
        }
        let close = (k + 2..(k + 4).min(tokens.len())).find(|&c| !tokens[c].is_word())?;
        let inside = (k + 1..close).all(|w| tokens[w].capitalised && !tokens[w].newline_before);
        // French sets its guillemets apart by spaces; other marks are glued to the words.
        let closes = match (tokens[k].kind, tokens[close].kind) {
            (TokenKind::Punct('«'), TokenKind::Punct('»')) => true,
            (TokenKind::Punct('‘'), TokenKind::Punct('’'))
            | (TokenKind::Punct('"' | '“'), TokenKind::Punct('"' | '”')) => {
                tokens[k + 1].glued && tokens[close].glued
            }
            _ => false,
        };
        (inside && closes && self.name_goes_on(close + 1)).then_some(close + 1)
    }

    /// "President Tom Ward H.E. Prime Minister Ali Khan": whether token `k` opens initials joined
    /// by full stops that spell an honorific, which opens the next name and ends this one.
    pub(super) fn honorific_initials_at(&self, k: usize) -> bool {
        let text = self.text;
        let single = |j: usize| text.tokens[j].is_word() && text.word(j).chars().count() == 1;
        if k + 2 >= text.tokens.len() || !single(k) || !text.tokens[k + 1].is_punct('.') {
            return false;
        }
        // At most three initials, compared with each honorific's letters between its full stops.
        let mut initials = [text.fw(k), "", ""];
        let mut count = 1;
        let mut j = k + 2;
        while count < 3 && j < text.tokens.len() && single(j) {
            initials[count] = text.fw(j);
            count += 1;
            if !text.tokens.get(j + 1).is_some_and(|t| t.is_punct('.')) {
                break;
            }
            j += 2;
        }
        let initials = &initials[..count];
        count > 1
            && (text.words.honorifics.iter()).any(|h| h.split('.').eq(initials.iter().copied()))
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

    /// "V.V. Volodin", "A.N. Petrov": whether two initials open a name at token `i`, the given
    /// name's and the patronymic's, as Russian names are written; a letter that is a Roman
    /// numeral or a word ("V", "I", "A") is still an initial there. Not the letters of an
    /// honorific ("H.E."), nor those of initials that run on ("U.S.S.R.").
    fn two_initials_at(&self, i: usize) -> bool {
        let text = self.text;
        let letter = |k: usize| {
            let word = text.word(k);
            word.len() == 1
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && text.tokens.get(k + 1).is_some_and(|t| t.is_punct('.'))
        };
        // Most tokens are written in lower case: a field of the token answers them first.
        text.tokens.get(i).is_some_and(|t| t.capitalised)
            && letter(i)
            && letter(i + 2)
            && text.word(i + 4).chars().count() >= 2
            && self.name_goes_on(i + 4)
            && !(i > 0 && (text.tokens[i - 1].is_punct('.') || text.word(i - 1).len() == 1))
            && !self.honorific_initials_at(i)
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
}
