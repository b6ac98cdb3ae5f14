//! Sweeps over a word's bytes eight at a time: the tokenizer passes over the lower-case letters
//! and digits that never cut a word, and a loop of one byte a turn ends at each word's end where
//! the processor cannot foresee it.

/// The high bit of each of eight bytes.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// One in each of eight bytes.
const ONES: u64 = 0x0101_0101_0101_0101;

/// How many bytes from `at` on are ASCII lower-case letters or digits.
pub(super) fn plain_run(bytes: &[u8], at: usize) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(at + n..at + n + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let plain = plain_bytes(x);
        if plain != HIGH {
            // The first byte (the lowest, read little-endian) that is not plain ends the run.
            return n + (!plain & HIGH).trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + (bytes[at + n..].iter())
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        .count()
}

/// The high bit set in each byte of `x` that is a lower-case ASCII letter or a digit.
fn plain_bytes(x: u64) -> u64 {
    // Each byte's low seven bits plus a constant under 0x80 carries into no other byte, and sets
    // its high bit exactly where the byte is at least 0x80 less that constant.
    let low = x & !HIGH;
    let at_least = |b: u8| (low + ONES * u64::from(0x80 - b)) & HIGH;
    let letter = at_least(b'a') & !at_least(b'z' + 1);
    let digit = at_least(b'0') & !at_least(b'9' + 1);
    !x & HIGH & (letter | digit)
}

#[cfg(test)]
mod tests {
    use super::plain_run;

    #[test]
    fn a_run_of_plain_bytes_ends_where_a_test_of_each_byte_ends_it() {
        let text =
            "abc1 mmeX la-bas, 2024abcdefghijklmnopq\u{e9}t\u{e9} \u{7f}zz{`/:@[ 0123456789az";
        let bytes = text.as_bytes();
        for at in 0..bytes.len() {
            let byte_by_byte = (bytes[at..].iter())
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                .count();
            assert_eq!(plain_run(bytes, at), byte_by_byte, "{at}");
        }
    }
}
