//! Folding: the body in lower case ASCII for matching, with a map back to body bytes.

use std::ops::Range;

/// Lower case ASCII without accents, curly quotes or dash variants: what every table is matched
/// against. A run of spaces folds to one: a line that ends on a space before its break ("Joint
/// \nPress Release") or a CRLF break must not keep a phrase of several words from matching.
pub fn fold(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // Most characters are ASCII: their byte is read from the table without decoding.
        if b.is_ascii() {
            let f = ASCII[usize::from(b)];
            if !(f == b' ' && out.last() == Some(&b' ')) {
                out.push(f);
            }
            at += 1;
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        if !(blank(c) && out.last() == Some(&b' ')) {
            fold_other(c, &mut out);
        }
        at += c.len_utf8();
    }
    ascii(out)
}

/// Folded bytes as a string: every one is ASCII.
fn ascii(folded: Vec<u8>) -> String {
    String::from_utf8(folded).expect("folding writes only ASCII")
}

/// How each ASCII character folds: controls (line breaks and tabs among them) to a space, the
/// backtick to an apostrophe, letters to lower case. Only ASCII bytes are read, but the table has
/// an entry for every byte so that folding a run of ASCII needs no bounds check (a sixth of
/// folding's instructions).
const ASCII: [u8; 256] = {
    let mut table = [0; 256];
    let mut c = 0;
    while c < 256 {
        table[c] = match c as u8 {
            b'`' => b'\'',
            0..=0x1f | 0x7f => b' ',
            b => b.to_ascii_lowercase(),
        };
        c += 1;
    }
    table
};

/// Whether a character other than ASCII folds to a space.
fn blank(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// Folds a character other than ASCII onto `out`: always at least one byte, all of them ASCII.
fn fold_other(c: char, out: &mut Vec<u8>) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' => out.push(b'\''),
        '«' | '»' | '“' | '”' | '„' => out.push(b'"'),
        '\u{2010}'..='\u{2015}' => out.push(b'-'),
        c if blank(c) => out.push(b' '),
        c => {
            // Every output byte must be ASCII so that any folded offset is a character boundary.
            let ascii = deunicode::deunicode_char(c).unwrap_or(" ");
            let before = out.len();
            out.extend(
                ascii
                    .bytes()
                    .filter(u8::is_ascii)
                    .map(|a| a.to_ascii_lowercase()),
            );
            if out.len() == before {
                out.push(b' ');
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
        let bytes = body.as_bytes();
        let mut text = Vec::with_capacity(body.len());
        let mut map = Vec::with_capacity(body.len() + 1);
        let mut starts = Vec::with_capacity(body.len() + 1);
        let spaced = |b: u8| ASCII[usize::from(b)] == b' ';
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii() {
                // ASCII folds byte for byte, but for a space after a space, which folds to nothing
                // (as in `fold`): its offset starts where the next folded byte does.
                if spaced(b) && text.last() == Some(&b' ') {
                    starts.push(text.len());
                    at += 1;
                    continue;
                }
                // The bytes up to the next such space or character other than ASCII only shift:
                // one sweep finds where they end, and they are written in bulk.
                let end = (bytes[at + 1..].iter().zip(&bytes[at..]))
                    .position(|(&b, &before)| !b.is_ascii() || spaced(b) && spaced(before))
                    .map_or(bytes.len(), |n| at + 1 + n);
                let shift = text.len();
                text.extend(bytes[at..end].iter().map(|&b| ASCII[usize::from(b)]));
                map.extend(at..end);
                starts.extend(shift..shift + (end - at));
                at = end;
                continue;
            }
            // One other character, folded to one byte or more.
            let Some(c) = body[at..].chars().next() else {
                break;
            };
            starts.push(text.len());
            if !(blank(c) && text.last() == Some(&b' ')) {
                fold_other(c, &mut text);
                map.resize(text.len(), at);
            }
            at += c.len_utf8();
            // The bytes inside a character start where the next character's folded form does.
            starts.resize(at, text.len());
        }
        map.push(body.len());
        starts.push(text.len());
        Folded {
            text: ascii(text),
            map,
            starts,
        }
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
