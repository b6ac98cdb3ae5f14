//! The calendar's words of a language (months, their abbreviations, weekdays), asked of every token.

use chrono::Weekday;

use crate::extract::lang::Words;
use crate::extract::text::Text;

/// A language's months and weekdays, with the shapes their names have (first letter and length,
/// first two letters): most words have none of those shapes, and are answered without being
/// compared to each name. The first letter and length alone let through many common words ("and"
/// and "apr", "for" and "feb").
pub struct Calendar {
    words: &'static Words,
    /// Bit `n` of `lengths[l]` is set when a name of `n` bytes starts with the letter `l`.
    lengths: [u32; 26],
    /// Bit `m` of `pairs[l]` is set when a name starts with the letter `l`, then `m`
    /// (`SECOND_OTHER` when its second byte is no letter, or it has none).
    pairs: [u32; 26],
    /// A name has no such shape: every word is compared.
    unshaped: bool,
    /// The month and the weekday each token of the text names (`of_text`).
    named: Vec<(Option<u32>, Option<Weekday>)>,
}

impl Calendar {
    fn of(words: &'static Words) -> Calendar {
        let mut calendar = Calendar {
            words,
            lengths: [0; 26],
            pairs: [0; 26],
            unshaped: false,
            named: Vec::new(),
        };
        let names = (words.dates.months.iter().copied())
            .chain(words.dates.month_abbreviations.iter().map(|&(a, _)| a))
            .chain(words.dates.weekdays.iter().map(|&(w, _)| w));
        for name in names {
            match shape(name) {
                Some((letter, second, bit)) => {
                    calendar.lengths[letter] |= bit;
                    calendar.pairs[letter] |= 1 << second;
                }
                None => calendar.unshaped = true,
            }
        }
        calendar
    }

    /// The calendar of the text's language, with the month and the weekday each of its tokens
    /// names worked out once, by one test of the word's shape: a date is looked for at every
    /// token, which asks its weekday and the month of the token after it, and then its own.
    pub fn of_text(text: &Text) -> Calendar {
        let calendar = Calendar::of(text.words);
        let dates = &text.words.dates;
        let named = (text.tokens.iter())
            .map(|t| {
                let folded = &text.folded.text[t.folded.clone()];
                if calendar.may_name(folded) {
                    (dates.month(folded), dates.weekday(folded))
                } else {
                    (None, None)
                }
            })
            .collect();
        Calendar { named, ..calendar }
    }

    /// The month token `k` of the text names, as `month` tells of its folded word (none past
    /// the text's end).
    pub fn month_at(&self, k: usize) -> Option<u32> {
        self.named.get(k).and_then(|&(month, _)| month)
    }

    /// The weekday token `k` of the text names, as `weekday` tells of its folded word.
    pub fn weekday_at(&self, k: usize) -> Option<Weekday> {
        self.named.get(k).and_then(|&(_, weekday)| weekday)
    }

    /// Whether a folded word may name a month or a weekday.
    fn may_name(&self, folded: &str) -> bool {
        self.unshaped
            || shape(folded).is_some_and(|(letter, second, bit)| {
                self.lengths[letter] & bit != 0 && self.pairs[letter] & (1 << second) != 0
            })
    }

    pub fn weekday(&self, folded: &str) -> Option<Weekday> {
        self.may_name(folded)
            .then(|| self.words.dates.weekday(folded))
            .flatten()
    }

    /// The number of the month a folded word names, in full or abbreviated.
    pub fn month(&self, folded: &str) -> Option<u32> {
        self.may_name(folded)
            .then(|| self.words.dates.month(folded))
            .flatten()
    }

    /// The month a folded word of seven letters or more names with one letter typed amiss, added
    /// or left out ("decemebre", "setpembre" is two): asked only where a day and a year frame it.
    pub fn misspelt_month(&self, folded: &str) -> Option<u32> {
        (folded.len() >= MISSPELT_FROM)
            .then(|| {
                // One letter off, a name is at most one letter longer or shorter.
                (self.words.dates.months.iter())
                    .filter(|m| m.len() >= MISSPELT_FROM && m.len().abs_diff(folded.len()) <= 1)
                    .find(|m| strsim::levenshtein(m, folded) == 1)
            })
            .flatten()
            .and_then(|m| self.words.dates.month(m))
    }

    /// A month glued to its year by a slip of typing ("fevrier2013"): the month and the year.
    pub fn month_and_year(&self, folded: &str) -> Option<(u32, i32)> {
        let at =
            (folded.len().checked_sub(4)).filter(|&at| at > 0 && folded.is_char_boundary(at))?;
        let (name, year) = folded.split_at(at);
        let year: i32 = year.parse().ok().filter(|y| (1900..2101).contains(y))?;
        Some((self.month(name)?, year))
    }

    /// A day glued to the month after it in a badly spaced text ("11avril"): the day and the
    /// month.
    pub fn day_and_month(&self, folded: &str) -> Option<(u32, u32)> {
        let at = folded.bytes().take_while(u8::is_ascii_digit).count();
        let (day, name) = folded.split_at(at);
        let day: u32 = day.parse().ok().filter(|d| (1..32).contains(d))?;
        Some((day, self.month(name)?))
    }

    /// A month glued to the day after it in a badly spaced text ("october29"): the month and the
    /// day.
    pub fn month_and_day(&self, folded: &str) -> Option<(u32, u32)> {
        let digits = folded.bytes().rev().take_while(u8::is_ascii_digit).count();
        let at = folded.len().checked_sub(digits).filter(|&at| at > 0)?;
        let (name, day) = folded.split_at(at);
        let day: u32 = day.parse().ok().filter(|d| (1..32).contains(d))?;
        Some((self.month(name)?, day))
    }
}

/// How long a month's name is for a slip of typing to leave it recognisable: "mars" or "juin" one
/// letter off is another word.
const MISSPELT_FROM: usize = 7;

/// The index of a second byte that is no lower-case letter, or of none.
const SECOND_OTHER: usize = 26;

/// The first letter of a folded word, its second (or `SECOND_OTHER`) and a bit for its length, if
/// it has them.
fn shape(folded: &str) -> Option<(usize, usize, u32)> {
    let letter = folded.bytes().next().filter(u8::is_ascii_lowercase)? - b'a';
    let second = (folded.as_bytes().get(1))
        .filter(|b| b.is_ascii_lowercase())
        .map_or(SECOND_OTHER, |b| usize::from(b - b'a'));
    let bit = 1u32.checked_shl(u32::try_from(folded.len()).ok()?)?;
    Some((usize::from(letter), second, bit))
}

#[cfg(test)]
mod tests {
    use super::Calendar;
    use crate::extract::lang::{Language, Words};

    /// The shapes answer as the word lists do, for every name and for words of a name's shape.
    #[test]
    fn answers_as_the_word_lists() {
        for language in [Language::Fr, Language::En] {
            let words = Words::of(language);
            let calendar = Calendar::of(words);
            let names = (words.dates.months.iter().copied())
                .chain(words.dates.month_abbreviations.iter().map(|&(a, _)| a))
                .chain(words.dates.weekdays.iter().map(|&(w, _)| w));
            let others = [
                "mars", "mardi", "des", "may", "lundis", "le", "", "12", "oct",
            ];
            for word in names.clone().chain(others) {
                assert_eq!(calendar.weekday(word), words.dates.weekday(word), "{word}");
                assert_eq!(calendar.month(word), words.dates.month(word), "{word}");
            }
        }
    }

    /// Each token's month and weekday, worked out once, are those of its folded word.
    #[test]
    fn tokens_answer_as_their_words() {
        let cases = [
            (
                Language::Fr,
                "Le mardi 3 mai, mars et Mardi: le ministre a reçu X le 12 déc.",
            ),
            (
                Language::En,
                "On Tuesday, May 3, the Minister may meet X in Sept. or mon",
            ),
        ];
        for (language, body) in cases {
            let text = crate::extract::text::Text::in_language(body, language);
            let calendar = Calendar::of_text(&text);
            for k in 0..text.tokens.len() + 2 {
                assert_eq!(calendar.month_at(k), calendar.month(text.fw(k)), "{k}");
                assert_eq!(calendar.weekday_at(k), calendar.weekday(text.fw(k)), "{k}");
            }
            assert!((0..text.tokens.len()).any(|k| calendar.weekday_at(k).is_some()));
        }
    }

    /// A long month's name one letter off, not a short one's, nor a word two letters off.
    #[test]
    fn months_misspelt() {
        let fr = Calendar::of(Words::of(Language::Fr));
        let en = Calendar::of(Words::of(Language::En));
        let cases = [
            (&fr, "decemebre", Some(12)),
            (&fr, "octobree", Some(10)),
            (&fr, "fevirer", None),
            (&fr, "juilet", None),
            (&fr, "juillett", Some(7)),
            (&fr, "mari", None),
            (&en, "februray", None),
            (&en, "setpember", None),
            (&en, "novmber", Some(11)),
            (&en, "octobre", None),
            (&en, "augusta", None),
        ];
        for (calendar, word, month) in cases {
            assert_eq!(calendar.misspelt_month(word), month, "{word}");
        }
    }
}
