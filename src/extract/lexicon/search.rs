//! The search of a table of phrases: its DFA walked by a loop of our own where the crate's would
//! reload its input at every byte.
//!
//! The names, countries and organisations are searched over the whole text, some 3,700 bytes a
//! readout: the crate's loop costs about 18 instructions a byte, reading the haystack and its end
//! through the `Input` it is given at each step; this one keeps them in registers. It is the
//! crate's leftmost-longest search with no prefilter, step for step (`aho_corasick::automaton`,
//! `try_find_fwd`), and the crate's own search still serves a DFA with a prefilter.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, Match, MatchKind};

/// A table's compiled phrases, searched leftmost-longest.
#[derive(Debug)]
pub(super) enum Searcher {
    /// A full DFA: built once per build, then the fastest search over every readout. Boxed, as
    /// its header is some 400 bytes where the other variant's is a pointer.
    Dfa(Box<DFA>),
    /// The automaton the crate chooses, for a table too large for a DFA: slower but as exact.
    Other(AhoCorasick),
}

impl Searcher {
    pub(super) fn new<I: AsRef<str>>(patterns: &[I]) -> Searcher {
        let patterns = || patterns.iter().map(|p| p.as_ref());
        let dfa = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns());
        match dfa {
            Ok(dfa) => Searcher::Dfa(Box::new(dfa)),
            Err(_) => Searcher::Other(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(patterns())
                    // Only patterns beyond every automaton's limits (billions of bytes) come here.
                    .expect("the gazetteer's phrases fit an automaton"),
            ),
        }
    }

    /// The leftmost-longest match in `haystack` that starts at byte `start` or after it.
    pub(super) fn find(&self, haystack: &str, start: usize) -> Option<Match> {
        let input = || Input::new(haystack).range(start..);
        match self {
            Searcher::Dfa(dfa) if dfa.prefilter().is_none() => {
                leftmost_longest(dfa, haystack.as_bytes(), start)
            }
            Searcher::Dfa(dfa) => dfa.try_find(&input()).expect("an unanchored search"),
            Searcher::Other(automaton) => automaton.find(input()),
        }
    }
}

/// `try_find_fwd` of the crate, unanchored, leftmost-longest and with no prefilter: past the
/// start, a state is special only when it is dead (no longer match can start where the last
/// one did) or a match (the longest so far ends at the byte just read).
fn leftmost_longest(dfa: &DFA, haystack: &[u8], start: usize) -> Option<Match> {
    let mut sid = dfa.start_state(Anchored::No).expect("an unanchored search");
    let mut found = dfa.is_match(sid).then(|| matched(dfa, sid, start));
    let mut at = start;
    while let Some(end) = to_special(dfa, &mut sid, &haystack[at..]) {
        if dfa.is_dead(sid) {
            return found;
        }
        at += end;
        if dfa.is_match(sid) {
            found = Some(matched(dfa, sid, at));
        }
    }
    found
}

/// Steps `sid` over `bytes` up to the first special state: how many bytes led to it, if one
/// does. The loop carries the state alone, so that the compiler keeps nothing else moving
/// through it at every byte.
#[inline(always)]
fn to_special(dfa: &DFA, sid: &mut StateID, bytes: &[u8]) -> Option<usize> {
    let mut state = *sid;
    let steps = bytes.iter().position(|&byte| {
        state = dfa.next_state(Anchored::No, state, byte);
        dfa.is_special(state)
    });
    *sid = state;
    steps.map(|n| n + 1)
}

/// The match whose state is `sid`, ending at byte `end`.
fn matched(dfa: &DFA, sid: StateID, end: usize) -> Match {
    let pattern = dfa.match_pattern(sid, 0);
    Match::new(pattern, end - dfa.pattern_len(pattern)..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The crate's own search, for comparison.
    fn crate_search(patterns: &[&str]) -> AhoCorasick {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .unwrap()
    }

    #[test]
    fn the_loop_finds_what_the_crate_finds_from_every_byte() {
        // Many patterns, so that the DFA has no prefilter; overlapping ones and an empty one.
        let mut patterns: Vec<String> = (0..300)
            .map(|n| format!("{}{n} x{}", char::from(b'a' + (n % 26) as u8), n % 7))
            .collect();
        patterns.extend(
            [
                "union",
                "union africaine",
                "africaine",
                "a",
                "ab",
                "abc",
                "b c",
            ]
            .map(String::from),
        );
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let ours = Searcher::new(&patterns);
        assert!(matches!(&ours, Searcher::Dfa(dfa) if dfa.prefilter().is_none()));
        let theirs = crate_search(&patterns);
        let haystacks = [
            "l'union africaine et l'union, w12 x5 w13 x6 abc ab a b c",
            "w1 x1w2 x2 abcab union africain africaine",
            "",
            "zzz",
        ];
        for haystack in haystacks {
            for start in 0..=haystack.len() {
                let input = Input::new(haystack).range(start..);
                assert_eq!(
                    ours.find(haystack, start),
                    theirs.find(input),
                    "{haystack:?} {start}"
                );
            }
        }
        let with_empty = ["", "ab"];
        let (ours, theirs) = (Searcher::new(&with_empty), crate_search(&with_empty));
        for start in 0..=3 {
            let input = Input::new("xab").range(start..);
            assert_eq!(ours.find("xab", start), theirs.find(input));
        }
    }

    #[test]
    fn a_small_table_finds_what_the_crate_finds() {
        let patterns = ["rencontre", "entretien"];
        let ours = Searcher::new(&patterns);
        let theirs = crate_search(&patterns);
        let haystack = "sa rencontre et un entretien";
        for start in 0..=haystack.len() {
            let input = Input::new(haystack).range(start..);
            assert_eq!(ours.find(haystack, start), theirs.find(input));
        }
    }
}
