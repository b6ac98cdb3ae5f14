//! Text preparation: a folded copy for matching, word tokens and sentences, all mapped back to body bytes.

mod credits;
mod fold;
mod sentences;
mod sweep;

use std::ops::Range;

use crate::extract::cues::SentenceCues;
use crate::extract::lang::{Language, Words};
pub use fold::{fold, Folded};
use sentences::split_sentences;
pub use sentences::title_cased;

/// Tokens of time that may open a sentence before a clause of what its subject did earlier
/// ("Hier, après avoir …", "Quatre jours après avoir …").
const EARLIER_LEAD: usize = 4;

/// Words that quotation marks around a name alone may hold.
const QUOTED_NAME_WORDS: usize = 4;

/// A word written in capitals as running text writes it: "MACRON" → "Macron", "SAHLE-WORK" →
/// "Sahle-Work", "N'GUESSAN" → "N'Guessan".
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for part in word.split_inclusive(['-', '\'', '’']) {
        let mut chars = part.chars();
        out.extend(chars.next());
        out.push_str(&chars.as_str().to_lowercase());
    }
    out
}

/// True when the folded byte at `i` is part of a word (so a match touching it is not a whole word).
pub fn is_word_byte(folded: &str, i: usize) -> bool {
    folded
        .as_bytes()
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// Whether folded `r` stands alone as a word or phrase in `folded`.
pub fn is_whole_word(folded: &str, r: &Range<usize>) -> bool {
    (r.start == 0 || !is_word_byte(folded, r.start - 1)) && !is_word_byte(folded, r.end)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct(char),
}

/// A word or a punctuation mark of the body.
#[derive(Clone, Debug)]
pub struct Token {
    pub kind: TokenKind,
    /// Body bytes.
    pub span: Range<usize>,
    /// Where its folded form (lower case ASCII) lies in the folded body: each character folds on
    /// its own, so the token's folded form is a slice of the body's.
    pub folded: Range<usize>,
    /// A line break comes between this token and the previous one.
    pub newline_before: bool,
    /// No blank separates this token from the previous one.
    pub glued: bool,
    /// It starts with a capital: asked of every token by the rules that read names, so told once.
    pub capitalised: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

/// Whether a line ends before token `k`: a line break comes before it, or the text ends.
pub fn line_ends_before(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_none_or(|t| t.newline_before)
}

/// A sentence as a range of token indices.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub tokens: Range<usize>,
    /// A short line without final punctuation: a headline, a caption, a section heading.
    pub heading: bool,
    /// A photo's caption ("Photo : X à Washington, le 6 novembre"): it tells of the picture.
    pub caption: bool,
}

impl Sentence {
    /// Running text: neither a heading nor a caption.
    pub fn running(&self) -> bool {
        !self.heading && !self.caption
    }
}

/// The body prepared once for every field extractor.
#[derive(Debug)]
pub struct Text<'a> {
    pub body: &'a str,
    pub language: Language,
    /// The words of the text's language.
    pub words: &'static Words,
    pub folded: Folded,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Each sentence's cues, found when a rule first asks (`Lexicon::sentence_cues`).
    pub found: SentenceCues,
}

impl<'a> Text<'a> {
    /// A French text: the extractor's tests are written in French unless they say otherwise.
    pub fn new(body: &'a str) -> Text<'a> {
        Text::in_language(body, Language::Fr)
    }

    pub fn in_language(body: &'a str, language: Language) -> Text<'a> {
        let folded = Folded::new(body);
        let words = Words::of(language);
        let tokens = tokenize(body, &folded, &words.hyphen_suffixes);
        let sentences = split_sentences(body, &folded.text, &tokens, words);
        Text {
            body,
            language,
            words,
            folded,
            tokens,
            found: SentenceCues::new(sentences.len()),
            sentences,
        }
    }

    /// The body text of token `i`.
    /// The sentences of `range`, cut at the text's end, that are running text.
    pub fn running(&self, range: Range<usize>) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (range.start..range.end.min(self.sentences.len())).filter(|&k| self.sentences[k].running())
    }

    /// Whether the English possessive ("'s") opens at token `k`: what ends before it is an owner
    /// ("President X's visit", "last Friday's poll").
    pub fn possessive(&self, k: usize) -> bool {
        self.fw(k) == "'" && self.fw(k + 1) == "s"
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.body[t.span.clone()])
    }

    /// Whether a line ends before token `k` (or the text does).
    pub fn line_ends_before(&self, k: usize) -> bool {
        line_ends_before(&self.tokens, k)
    }

    /// Whether token `i` starts with a capital (false out of range).
    pub fn capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capitalised)
    }

    /// Whether token `i` is on a line with no lower-case letter.
    pub fn line_in_capitals(&self, i: usize) -> bool {
        let at = self.tokens[i].span.clone();
        let start = self.body[..at.start].rfind('\n').map_or(0, |n| n + 1);
        let end = (self.body[at.end..].find('\n')).map_or(self.body.len(), |n| at.end + n);
        !self.body[start..end].chars().any(char::is_lowercase)
    }

    /// Whether token `i` is a role in the plural ("ministres", "ambassadeurs"): a title of several.
    pub fn plural_role(&self, i: usize) -> bool {
        let f = self.fw(i);
        f.ends_with('s') && self.words.roles.contains(&f)
    }

    /// Whether token `k` lies within quotation marks in `sentence`, the opening one before it and
    /// the closing one after it, around words someone says: marks around a name alone, as some
    /// outlets set a name they transliterate ("a reçu “Tom Ward”, l'envoyé spécial"), quote no one.
    pub fn quoted(&self, sentence: Range<usize>, k: usize) -> bool {
        // Every quotation mark folds to '"': a sentence with none (most) is answered at once.
        if !self.folded_span(sentence.clone()).contains('"') {
            return false;
        }
        let start = sentence.start;
        // Whether the mark at `j` opens a quotation: a straight one does at the sentence's start
        // or after a space.
        let opens = |j: usize| {
            let t = &self.tokens[j];
            match t.kind {
                TokenKind::Punct('“' | '«') => Some(true),
                TokenKind::Punct('”' | '»') => Some(false),
                TokenKind::Punct('"') => Some(j == start || !t.glued),
                _ => None,
            }
        };
        let mark = |j: usize| opens(j).map(|o| (j, o));
        let before = (start..k).rev().find_map(mark);
        let after = (k..sentence.end).find_map(mark);
        let (Some((open, true)), Some((close, false))) = (before, after) else {
            return false;
        };
        let name_alone = close - open - 1 <= QUOTED_NAME_WORDS
            && (open + 1..close).all(|j| self.tokens[j].is_word() && self.tokens[j].capitalised);
        !name_alone
    }

    /// The folded text of token `i`, or "" out of range.
    pub fn fw(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.folded.text[t.folded.clone()])
    }

    /// The folded text from token `i` to the end, for phrases starting there.
    pub fn folded_from(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.folded.text[t.folded.start..])
    }

    /// Whether token `i` is a preposition of place ("à", "in"): accents tell "à" from "a", but
    /// for a capital, which French often writes without its accent ("A Paris, le président …"),
    /// unless the word after it is in capitals too ("LE PRÉSIDENT A REÇU").
    /// Compared without lower-casing into a new string: it is asked at most words of a text.
    pub fn introduces_place(&self, i: usize) -> bool {
        let word = self.word(i);
        let capital = || {
            self.tokens.get(i).is_some_and(|t| t.capitalised)
                && self.word(i + 1).contains(char::is_lowercase)
        };
        // Either way the word folds as the preposition does: most words are answered by that.
        self.words.place_prepositions.iter().any(|(p, folded)| {
            *folded == self.fw(i)
                && (p.len() == word.len()
                    && word.chars().flat_map(char::to_lowercase).eq(p.chars())
                    || capital() && word.chars().count() == p.chars().count())
        })
    }

    /// Whether sentence `k` is only a dateline or an agency's credit ("PARIS, 23 août.", "/ TASS/."),
    /// every word capitalised, a figure or a month: it tells nothing, and the sentence after it is
    /// the one that goes on with the report.
    pub fn dateline_only(&self, k: usize) -> bool {
        let mut words = (self.sentences[k].tokens.clone()).filter(|&j| self.tokens[j].is_word());
        words.all(|j| {
            let f = self.fw(j);
            self.tokens[j].capitalised
                || f.bytes().all(|b| b.is_ascii_digit())
                || self.words.dates.month(f).is_some()
        })
    }

    /// Whether tokens `r` tell of something in the pluperfect ("Ils avaient eu un entretien", "had
    /// spoken"): an earlier exchange than the one the text reports.
    pub fn in_pluperfect(&self, r: Range<usize>) -> bool {
        r.into_iter()
            .any(|k| self.words.dates.pluperfect.contains(&self.fw(k)))
    }

    /// Whether tokens `r` tell of something to come ("will meet", "doivent se retrouver",
    /// "recevra"): an exchange after the one the text reports.
    pub fn in_future(&self, r: Range<usize>) -> bool {
        let words = self.words;
        let conjugated = |k: usize, f: &str| {
            f.len() >= 4
                && !self.tokens[k].capitalised
                && words.dates.future_endings.iter().any(|e| f.ends_with(e))
                && !words.dates.not_future.contains(&f)
        };
        r.into_iter().any(|k| {
            let f = self.fw(k);
            words.dates.future.contains(&f) || conjugated(k, f)
        })
    }

    /// "Quatre jours après avoir reçu Y, X a rencontré Z", "Après s'être entretenu avec Y, X a
    /// appelé Z": the clause, up to its first comma, that sentence tokens `r` open with (past a few
    /// words of time) to tell what the subject did before the act the sentence reports, its
    /// auxiliary after a reflexive pronoun or not.
    pub fn done_earlier(&self, r: Range<usize>) -> Option<Range<usize>> {
        let words = self.words;
        let lead = r.end.min(r.start + EARLIER_LEAD + 1);
        let auxiliary = |k: usize| {
            let j = k + 1 + usize::from(words.reflexives.contains(&self.fw(k + 1)));
            words.done_before_report.contains(&self.fw(j))
        };
        let k = (r.start..lead).find(|&k| words.sets_earlier(self.fw(k)) && auxiliary(k))?;
        let end = (k + 2..r.end).find(|&j| self.tokens[j].is_punct(','))?;
        Some(k..end)
    }

    /// Whether a presentation of credentials starts at token `i` ("lettres de créance").
    pub fn credentials_at(&self, i: usize) -> bool {
        let rest = self.folded_from(i);
        self.words.credentials.iter().any(|c| rest.starts_with(c))
    }

    /// The sentences of the list sentence `k` announces with its closing colon ("a reçu en
    /// audience :"): the next sentence, and those after it that open with the same mark ("- M. X, …
    /// ;"), one item a line. Empty when `k` ends otherwise.
    pub fn list_after(&self, k: usize) -> Range<usize> {
        let opening = |j: usize| self.tokens.get(self.sentences[j].tokens.start);
        if !self.ends_with_colon(k) || k + 1 >= self.sentences.len() {
            return k + 1..k + 1;
        }
        let mark = opening(k + 1).filter(|t| !t.is_word()).map(|t| t.kind);
        let items = (k + 2..self.sentences.len())
            .take_while(|&j| mark.is_some() && opening(j).map(|t| t.kind) == mark)
            .count();
        k + 1..k + 2 + items
    }

    /// Whether sentence `k` closes with a colon, announcing what follows it.
    pub fn ends_with_colon(&self, k: usize) -> bool {
        let s = &self.sentences[k];
        !s.tokens.is_empty() && self.word(s.tokens.end - 1) == ":"
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// The index of the first token starting at or after body offset `b`.
    pub fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < b)
    }

    /// The index of the token holding folded offset `f`, or of the first after it.
    pub fn token_holding(&self, f: usize) -> usize {
        self.tokens.partition_point(|t| t.folded.end <= f)
    }

    /// Whether one of the two words before token `cue`, in its sentence, is a definite article:
    /// an exchange named again ("the video call", "l'entretien").
    pub fn points_back(&self, cue: usize) -> bool {
        let start = self.sentences[self.sentence_of(cue)].tokens.start;
        (cue.saturating_sub(2).max(start)..cue).any(|k| self.words.definite.contains(&self.fw(k)))
    }

    /// The body span of tokens `r` (empty at the end of the body for an empty range).
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        // A range that runs past the last token ends with it.
        let end = r.end.min(self.tokens.len());
        match (
            self.tokens.get(r.start),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < end => a.span.start..b.span.end,
            _ => self.body.len()..self.body.len(),
        }
    }

    /// The folded text of tokens `r`, words joined by single spaces, punctuation kept.
    pub fn folded_span(&self, r: Range<usize>) -> &str {
        &self.folded.text[self.folded_range(r)]
    }

    /// Whether the body writes a capital in folded span `r`, as in a proper noun: "la réunion
    /// des chefs" names no country, "La Réunion" and "la république populaire de Chine" do.
    pub fn proper(&self, r: Range<usize>) -> bool {
        let span = self.folded.body_span(r);
        (self.body.get(span).unwrap_or_default().chars()).any(char::is_uppercase)
    }

    /// The body span of the first whole-word occurrence of `phrase`, folded, at or after body
    /// offset `from`, else before it: a value read from the text ("Rabat" from "RABAT, 12
    /// mars") is found however the body writes it.
    pub fn find_folded(&self, phrase: &str, from: usize) -> Option<Range<usize>> {
        let phrase = fold(phrase);
        let hay = self.folded.text.as_str();
        let whole = |start: usize| {
            (hay[start..].match_indices(phrase.as_str()))
                .map(|(i, _)| start + i..start + i + phrase.len())
                .find(|r| is_whole_word(hay, r))
        };
        let found = whole(self.folded.folded_offset(from).min(hay.len())).or_else(|| whole(0))?;
        Some(self.folded.body_span(found))
    }

    /// Where tokens `r` are in the folded text.
    pub fn folded_range(&self, r: Range<usize>) -> Range<usize> {
        let span = self.span(r);
        self.folded.folded_offset(span.start)..self.folded.folded_offset(span.end)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Whether `c` may write a glottal stop within a word: an apostrophe, or the opening quotation
/// mark Pacific names are often written with ("Tu‘i‘onetoa", "Hawai‘i").
fn is_glottal(c: char) -> bool {
    is_apostrophe(c) || c == '\u{2018}'
}

/// Whether the word at body offset `o` opens with a capital, past the ʻokina that may open a
/// Pacific name, a letter that has no case ("ʻAkilisi Pohiva").
fn opens_capitalised(body: &str, o: usize) -> bool {
    match char_at(body, o) {
        Some('\u{02BB}') => {
            char_at(body, o + '\u{02BB}'.len_utf8()).is_some_and(char::is_uppercase)
        }
        c => c.is_some_and(char::is_uppercase),
    }
}

/// The character at body offset `o`, if any.
fn char_at(body: &str, o: usize) -> Option<char> {
    match body.as_bytes().get(o) {
        // Most of a readout is ASCII, read without decoding.
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => body.get(o..)?.chars().next(),
    }
}

/// Whether `rest`, the body after a hyphen, opens with one of `suffixes` standing as a word ("led"
/// in "X-led delegation").
fn suffix_at(rest: &str, suffixes: &[&str]) -> bool {
    suffixes.iter().any(|s| {
        rest.get(..s.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(s))
            && rest[s.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether capitals from `at` to the end of the word close it, two or more: an agency's or a
/// body's name written so ("BelTA", "KazTAG"), not a word glued to the next ("ZhanshuA cette")
/// nor a king's numeral glued to his name ("AlbertII").
fn acronym_ends(body: &str, at: usize) -> bool {
    let rest = body[at..].split(|c: char| !c.is_alphanumeric()).next();
    rest.is_some_and(|w| {
        w.chars().count() >= 2
            && w.chars().all(char::is_uppercase)
            && !w.chars().all(|c| "IVXL".contains(c))
    })
}

/// The body's tokens; a word glued by a hyphen to one of `suffixes` ends before it.
fn tokenize(body: &str, folded: &Folded, suffixes: &[&str]) -> Vec<Token> {
    // About one token in five bytes: reserving spares most regrowth.
    let mut tokens: Vec<Token> = Vec::with_capacity(body.len() / 5);
    let mut newline = false;
    let mut gap = true;
    let mut push = |kind, span: Range<usize>, newline: &mut bool, gap: &mut bool| {
        tokens.push(Token {
            kind,
            folded: folded.folded_offset(span.start)..folded.folded_offset(span.end),
            capitalised: opens_capitalised(body, span.start),
            span,
            newline_before: *newline,
            glued: !*gap,
        });
        *newline = false;
        *gap = false;
    };
    let mut start = 0;
    while let Some(c) = char_at(body, start) {
        let after = start + c.len_utf8();
        if c.is_whitespace() {
            newline |= c == '\n';
            gap = true;
            start = after;
            continue;
        }
        if !c.is_alphanumeric() {
            push(TokenKind::Punct(c), start..after, &mut newline, &mut gap);
            start = after;
            continue;
        }
        // A word: letters and digits, joined across hyphens; an apostrophe ends it ("l’", "d’",
        // "N’"). `j` is the body offset after the word so far, `cuts` where it splits in two.
        let mut j = after;
        let mut prev = c;
        let mut cuts = Vec::new();
        loop {
            // Most of a word is ASCII lower case and digits, which never cut it: passed over in
            // one sweep, eight bytes at a time, the last of them the letter before what comes next.
            let plain = sweep::plain_run(body.as_bytes(), j);
            if plain > 0 {
                j += plain;
                prev = char::from(body.as_bytes()[j - 1]);
            }
            // Then a capital, or what else a word holds, read without decoding when ASCII.
            if let Some(&b) = body.as_bytes().get(j).filter(|b| b.is_ascii_alphanumeric()) {
                if b.is_ascii_uppercase() && prev.is_lowercase() && !acronym_ends(body, j) {
                    cuts.push(j);
                }
                prev = char::from(b);
                j += 1;
                continue;
            }
            let Some(c) = char_at(body, j) else {
                break;
            };
            let next_at = j + c.len_utf8();
            let next = char_at(body, next_at);
            let hyphen = c == '-'
                && next.is_some_and(char::is_alphanumeric)
                && prev.is_alphanumeric()
                && !suffix_at(&body[next_at..], suffixes);
            if c.is_alphanumeric() {
                // "ZhanshuA", "MmePany": a capital glued to a lower-case letter starts a new word.
                if c.is_uppercase() && prev.is_lowercase() && !acronym_ends(body, j) {
                    cuts.push(j);
                }
            } else if !hyphen {
                // "Obama's": a possessive is no part of the word.
                let possessive = next == Some('s')
                    && char_at(body, next_at + 1).is_none_or(|n| !n.is_alphanumeric());
                if is_glottal(c)
                    && !possessive
                    && next.is_some_and(char::is_lowercase)
                    && inner(&body[start..j])
                {
                    // "Alka’abj": an apostrophe inside a name is one of its letters.
                    prev = c;
                    j = next_at;
                    continue;
                }
                if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) && !possessive {
                    j = next_at;
                    cuts.push(j);
                }
                break;
            }
            prev = c;
            j = next_at;
        }
        let mut from = start;
        for cut in cuts.into_iter().chain(std::iter::once(j)) {
            if cut > from {
                push(TokenKind::Word, from..cut, &mut newline, &mut gap);
                gap = false;
            }
            from = cut;
        }
        start = j;
    }
    tokens
}

/// Whether an apostrophe after `stem` is inside a word rather than an elision: the stem is a
/// capitalised word of two letters or more that no elided French word ends like ("Qu’",
/// "Lorsqu’", "Aujourd’"), as in names that write a glottal stop ("Hu’akavemeiliku"), as often
/// as the name has one ("Tu’i’onetoa", "Ka'ili'ula", as Pacific names write them); or a capital
/// "M" before lower case, which writes Maghrebi given names ("M’hammed", "M’barek"), as no elision
/// ("m’", "me") is capitalised but to open a sentence.
fn inner(stem: &str) -> bool {
    if stem == "M" {
        return true;
    }
    stem.chars().next().is_some_and(char::is_uppercase)
        && stem.chars().count() >= 2
        && (stem.chars()).all(|c| c.is_alphabetic() || c == '-' || is_glottal(c))
        && !stem.ends_with("qu")
        && stem != "Qu"
        && stem != "Aujourd"
}

#[cfg(test)]
mod tests;
