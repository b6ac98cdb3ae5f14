//! Text preparation: a folded copy for matching, word tokens and sentences, all mapped back to body bytes.

use std::ops::Range;

use crate::extract::lang::{Language, Words};

/// Lower case ASCII without accents, curly quotes or dash variants: what every table is matched against.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// How each ASCII character folds: controls (line breaks and tabs among them) to a space, the
/// backtick to an apostrophe, letters to lower case.
const ASCII: [u8; 128] = {
    let mut table = [0; 128];
    let mut c = 0;
    while c < 128 {
        table[c] = match c as u8 {
            b'`' => b'\'',
            0..=0x1f | 0x7f => b' ',
            b => b.to_ascii_lowercase(),
        };
        c += 1;
    }
    table
};

fn fold_char(c: char, out: &mut String) {
    // Most characters are ASCII: one lookup instead of the whole match.
    if let Some(&a) = ASCII.get(c as usize) {
        out.push(char::from(a));
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' => out.push('\''),
        '«' | '»' | '“' | '”' | '„' => out.push('"'),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        c if c.is_whitespace() || c.is_control() => out.push(' '),
        c => {
            // Every output byte must be ASCII so that any folded offset is a character boundary.
            let ascii = deunicode::deunicode_char(c).unwrap_or(" ");
            let before = out.len();
            out.extend(
                ascii
                    .chars()
                    .filter(char::is_ascii)
                    .map(|a| a.to_ascii_lowercase()),
            );
            if out.len() == before {
                out.push(' ');
            }
        }
    }
}

/// The body folded, with a map from folded bytes back to body bytes.
#[derive(Debug)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the body offset of the character that produced folded byte `i`; one extra entry for the end.
    map: Vec<usize>,
    /// `starts[b]` is the first folded offset whose `map` entry is at or after body offset `b`:
    /// the inverse of `map`, so that every token and span finds its folded form without a search.
    starts: Vec<usize>,
}

impl Folded {
    pub fn new(body: &str) -> Folded {
        let mut text = String::with_capacity(body.len());
        let mut map = Vec::with_capacity(body.len() + 1);
        for (offset, c) in body.char_indices() {
            fold_char(c, &mut text);
            map.resize(text.len(), offset);
        }
        map.push(body.len());
        let mut starts = Vec::with_capacity(body.len() + 1);
        let mut i = 0;
        for b in 0..=body.len() {
            while map[i] < b {
                i += 1;
            }
            starts.push(i);
        }
        Folded { text, map, starts }
    }

    /// The body byte offset of folded offset `i` (clamped).
    pub fn body_offset(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)]
    }

    /// The folded offset where body offset `b` starts (the first folded byte at or after it).
    pub fn folded_offset(&self, b: usize) -> usize {
        // Past the end of the body, every folded byte comes before it.
        self.starts.get(b).copied().unwrap_or(self.map.len())
    }

    /// The body span of a folded span.
    pub fn body_span(&self, r: Range<usize>) -> Range<usize> {
        self.body_offset(r.start)..self.body_offset(r.end)
    }
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
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
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
}

impl<'a> Text<'a> {
    /// A French text: the extractor's tests are written in French unless they say otherwise.
    pub fn new(body: &'a str) -> Text<'a> {
        Text::in_language(body, Language::Fr)
    }

    pub fn in_language(body: &'a str, language: Language) -> Text<'a> {
        let folded = Folded::new(body);
        let tokens = tokenize(body, &folded);
        let sentences = split_sentences(body, &folded.text, &tokens, Words::of(language));
        Text {
            body,
            language,
            words: Words::of(language),
            folded,
            tokens,
            sentences,
        }
    }

    /// The body text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.body[t.span.clone()])
    }

    /// The folded text of token `i`, or "" out of range.
    pub fn fw(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.folded.text[t.folded.clone()])
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// The index of the first token starting at or after body offset `b`.
    pub fn token_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < b)
    }

    /// The body span of tokens `r` (empty at the end of the body for an empty range).
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < r.end => a.span.start..b.span.end,
            _ => self.body.len()..self.body.len(),
        }
    }

    /// The folded text of tokens `r`, words joined by single spaces, punctuation kept.
    pub fn folded_span(&self, r: Range<usize>) -> &str {
        let span = self.span(r);
        let (a, b) = (
            self.folded.folded_offset(span.start),
            self.folded.folded_offset(span.end),
        );
        &self.folded.text[a..b]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn tokenize(body: &str, folded: &Folded) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(body.len(), |&(o, _)| o);
    let mut newline = false;
    let mut gap = true;
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() {
            newline |= c == '\n';
            gap = true;
            k += 1;
            continue;
        }
        let push = |tokens: &mut Vec<Token>,
                    kind,
                    span: Range<usize>,
                    newline: &mut bool,
                    gap: &mut bool| {
            tokens.push(Token {
                kind,
                folded: folded.folded_offset(span.start)..folded.folded_offset(span.end),
                span,
                newline_before: *newline,
                glued: !*gap,
            });
            *newline = false;
            *gap = false;
        };
        if !c.is_alphanumeric() {
            push(
                &mut tokens,
                TokenKind::Punct(c),
                start..end_of(k + 1),
                &mut newline,
                &mut gap,
            );
            k += 1;
            continue;
        }
        // A word: letters and digits, joined across hyphens; an apostrophe ends it ("l’", "d’", "N’").
        let mut j = k + 1;
        let mut cuts = Vec::new();
        while j < chars.len() {
            let c = chars[j].1;
            let prev = chars[j - 1].1;
            if c.is_alphanumeric() {
                // "ZhanshuA", "MmePany": a capital glued to a lower-case letter starts a new word.
                if c.is_uppercase() && prev.is_lowercase() {
                    cuts.push(j);
                }
                j += 1;
            } else if c == '-'
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
                && prev.is_alphanumeric()
            {
                j += 1;
            } else if is_apostrophe(c) && chars.get(j + 1).is_some_and(|n| n.1.is_alphabetic()) {
                // "Obama's": a possessive is no part of the word.
                let possessive = chars.get(j + 1).is_some_and(|n| n.1 == 's')
                    && chars.get(j + 2).is_none_or(|n| !n.1.is_alphanumeric());
                if possessive {
                    break;
                }
                j += 1;
                cuts.push(j);
                break;
            } else {
                break;
            }
        }
        let mut from = k;
        for cut in cuts.into_iter().chain(std::iter::once(j)) {
            if cut > from {
                push(
                    &mut tokens,
                    TokenKind::Word,
                    chars[from].0..end_of(cut),
                    &mut newline,
                    &mut gap,
                );
                gap = false;
            }
            from = cut;
        }
        k = j;
    }
    tokens
}

fn split_sentences(body: &str, folded: &str, tokens: &[Token], words: &Words) -> Vec<Sentence> {
    let fw = |t: &Token| &folded[t.folded.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let breaks = i > start
            && ((t.newline_before
                && !continues_line(body, tokens, i)
                && !after_honorific(folded, tokens, i, words))
                || (t.glued
                    && t.is_word()
                    && body[t.span.clone()].starts_with(char::is_uppercase)
                    && words.sentence_openers.contains(&fw(t))
                    && tokens[i - 1].is_word()
                    && body[tokens[i - 1].span.clone()].ends_with(char::is_lowercase))
                || (!t.glued
                    && ends_sentence(body, folded, tokens, i - 1, words)
                    && opens_sentence(body, t)));
        if breaks {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    // "2. Cette visite …": a paragraph's number opens its first sentence.
    let mut k = 0;
    while k + 1 < out.len() {
        let r = out[k].clone();
        let numbered = r.len() == 2
            && number_of_paragraph(fw(&tokens[r.start]))
            && tokens[r.start + 1].is_punct('.');
        if numbered {
            out[k + 1].start = r.start;
            out.remove(k);
        } else {
            k += 1;
        }
    }
    let ends: Vec<usize> = out.iter().map(|r| r.end).collect();
    out.into_iter()
        .zip(
            ends.iter()
                .skip(1)
                .copied()
                .chain(std::iter::once(tokens.len())),
        )
        .map(|(r, next_end)| {
            let heading = is_heading(body, tokens, &r, words);
            let caption = tokens[r.clone()]
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| words.captions.contains(&fw(t)))
                || credited(tokens, r.end, next_end);
            Sentence {
                tokens: r,
                heading,
                caption,
            }
        })
        .collect()
}

/// "… reads a letter from the Speaker. – KUNA": a line above the report that ends with a dash
/// and the credit of an agency or a photographer is a photo's caption (the report's last line may
/// end with the agency's signature). `end` is where the sentence ends and `next_end` where the one
/// after it does: the credit may be either's last words.
fn credited(tokens: &[Token], end: usize, next_end: usize) -> bool {
    let line_end = |k: usize| tokens.get(k).is_some_and(|t| t.newline_before);
    let credit = |from: usize, to: usize| {
        let dash = (from..to).rev().take(4).find(|&k| {
            matches!(tokens[k].kind, TokenKind::Punct('-' | '–' | '—'))
                && k > 0
                && matches!(tokens[k - 1].kind, TokenKind::Punct('.'))
        });
        dash.is_some_and(|d| d + 1 < to && tokens[d + 1..to].iter().all(Token::is_word))
    };
    let next_on_line = tokens.get(end).is_some_and(|t| !t.newline_before);
    (line_end(end) && credit(end.saturating_sub(5), end))
        || (next_on_line && line_end(next_end) && credit(end.saturating_sub(1), next_end))
}

/// A line of a hard-wrapped text that goes on with the sentence before it: it opens in lower case
/// after a word or a comma ("… est reçu par\nson homologue …").
fn continues_line(body: &str, tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    (prev.is_word() || prev.is_punct(','))
        && tokens[i].is_word()
        && body[tokens[i].span.clone()].starts_with(char::is_lowercase)
}

/// "… held a meeting with Rt. Hon.\nWinston Peters": a line that ends with an honorific goes on
/// with the name it introduces.
fn after_honorific(folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let last = match i.checked_sub(1) {
        Some(k) if tokens[k].is_punct('.') => k.checked_sub(1),
        k => k,
    };
    last.is_some_and(|k| {
        tokens[k].is_word()
            && words
                .honorifics
                .contains(&&folded[tokens[k].folded.clone()])
    })
}

fn number_of_paragraph(folded: &str) -> bool {
    (1..=2).contains(&folded.len()) && folded.bytes().all(|b| b.is_ascii_digit())
}

fn ends_sentence(body: &str, folded: &str, tokens: &[Token], i: usize, words: &Words) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Punct('!' | '?' | '…') => true,
        TokenKind::Punct('.') => match i.checked_sub(1).map(|p| &tokens[p]) {
            Some(prev) if prev.is_word() && prev.span.end == t.span.start => {
                let word = &body[prev.span.clone()];
                let single_capital =
                    word.chars().count() == 1 && word.starts_with(char::is_uppercase);
                !single_capital && !words.abbreviations.contains(&&folded[prev.folded.clone()])
            }
            _ => true,
        },
        _ => false,
    }
}

fn opens_sentence(body: &str, t: &Token) -> bool {
    body[t.span.clone()]
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "«\"“(".contains(c))
}

fn is_heading(body: &str, tokens: &[Token], r: &Range<usize>, words: &Words) -> bool {
    let Some(last) = tokens[r.clone()]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::Punct('"' | '»' | '”' | ')' | ']')))
    else {
        return false;
    };
    let length = tokens[r.clone()].iter().filter(|t| t.is_word()).count();
    let line_ends = tokens.get(r.end).is_none_or(|n| n.newline_before);
    let has_more = r.end < tokens.len() || r.start > 0;
    // A title may run long in languages whose titles capitalise every word of weight ("… Meets
    // Minister of Foreign Affairs, Retno Marsudi to Review Indonesia-US Bilateral Relations").
    let title_case = || {
        words.titles_capitalised
            && tokens[r.clone()]
                .iter()
                .filter(|t| t.is_word() && t.span.len() > 3)
                .all(|t| body[t.span.clone()].starts_with(char::is_uppercase))
    };
    line_ends
        && has_more
        && (length <= 16 || title_case())
        && !matches!(
            body[last.span.clone()].chars().next(),
            Some('.' | '!' | '?' | '…' | ';' | ',' | ':')
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let t = Text::new(s);
        t.tokens.iter().map(|k| &s[k.span.clone()]).collect()
    }

    fn sentences(s: &str) -> Vec<String> {
        let t = Text::new(s);
        t.sentences
            .iter()
            .map(|r| s[t.span(r.tokens.clone())].to_string())
            .collect()
    }

    #[test]
    fn folding() {
        let check = |input: &str, expected: &str| assert_eq!(fold(input), expected, "{input}");
        check("Élysée", "elysee");
        check("l’Ouzbékistan", "l'ouzbekistan");
        check("«\u{a0}Œuvre\u{a0}»", "\" oeuvre \"");
        check("Kaïs Saïed – Tunis", "kais saied - tunis");
    }

    #[test]
    fn folded_offsets_map_back() {
        let body = "Pékin, l’Élysée";
        let f = Folded::new(body);
        let at = f.text.find("elysee").unwrap();
        assert_eq!(&body[f.body_span(at..at + 6)], "Élysée");
        assert_eq!(f.folded_offset(body.find('É').unwrap()), at);
    }

    #[test]
    fn tokens() {
        let check = |input: &str, expected: &[&str]| assert_eq!(words(input), expected, "{input}");
        check("l’Iran", &["l’", "Iran"]);
        check("Sassou N'Guesso", &["Sassou", "N'", "Guesso"]);
        check("Li ZhanshuA cette", &["Li", "Zhanshu", "A", "cette"]);
        check("MmePany Yathotu", &["Mme", "Pany", "Yathotu"]);
        check(
            "sino-américaines, Jean-Yves",
            &["sino-américaines", ",", "Jean-Yves"],
        );
        check("2021-10-27T10:14", &["2021-10-27T10", ":", "14"]);
        check("", &[]);
    }

    #[test]
    fn sentence_breaks() {
        let check =
            |input: &str, expected: &[&str]| assert_eq!(sentences(input), expected, "{input}");
        check(
            "M. Xi a reçu M. Wang. Il a dit.",
            &["M. Xi a reçu M. Wang.", "Il a dit."],
        );
        check("David W. Panuelo est là.", &["David W. Panuelo est là."]);
        check(
            "Li ZhanshuA cette occasion, X",
            &["Li Zhanshu", "A cette occasion, X"],
        );
        check("Titre\nTexte.", &["Titre", "Texte."]);
        check(
            "X est reçu par\nson homologue.\n2. Il a dit.",
            &["X est reçu par\nson homologue.", "2. Il a dit."],
        );
        check(
            "la région... 27.10.2021, Sputnik",
            &["la région...", "27.10.2021, Sputnik"],
        );
    }

    #[test]
    fn headings() {
        let t = Text::new("Déclaration commune Vietnam-Biélorussie\nLe texte suit. Il est long.");
        let flags: Vec<bool> = t.sentences.iter().map(|s| s.heading).collect();
        assert_eq!(flags, [true, false, false]);
    }
}
