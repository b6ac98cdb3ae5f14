//! Joint statements: the title or the numbered articles that make a text a statement given in
//! full, and the parties its preamble names.

use std::ops::Range;

use crate::extract::kind;
use crate::extract::lexicon::Lexicon;
use crate::extract::people::Cast;
use crate::extract::text::Text;
use crate::model::EventKind;

/// "Communiqué conjoint franco-malien, en date du 3 mai, sur …": a text that opens with the
/// statement's name is the statement, though that title runs on as a sentence, which dates and
/// places it no better than the text below.
pub(super) fn opens_with_statement(text: &Text, lex: &Lexicon) -> bool {
    let cues = lex.sentence_cues(text, 0);
    let statement = kind::Cue::Kind(EventKind::JointStatement);
    (cues.iter()).any(|(at, c)| *c == statement && at.start == 0)
}

/// "1. À l'invitation du président X, …", "2. Cette visite …", "3. …": a text whose paragraphs
/// are numbered from its first is the articles of a communiqué, a joint statement, whatever the
/// exchanges they recount; a readout numbers at most the points below its lead, from 1. The
/// first article may have lost its number, or the capture the first article. Points numbered
/// from 1 below a lead are a statement's too where the lead is its preamble, not a readout's
/// account of the exchange they detail (`preamble`).
pub(super) fn numbered_from_first(text: &Text, lex: &Lexicon) -> bool {
    let paragraphs = (0..text.sentences.len()).filter(|&k| {
        let s = &text.sentences[k];
        !s.heading && (s.tokens.start == 0 || text.tokens[s.tokens.start].newline_before)
    });
    let number = |s: &crate::extract::text::Sentence| {
        let opening = &text.body[text.span(s.tokens.clone()).start..];
        let digits = opening.len()
            - opening
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        let marked = opening[digits..].starts_with(['.', '-', ')', '–']);
        opening[..digits].parse::<u32>().ok().filter(|_| marked)
    };
    // "25 janvier 2017", "Visite d'État au Togo du président X" above the articles: an unnumbered
    // line without a full stop is the statement's date or title, not an article.
    let titles = |s: &crate::extract::text::Sentence| {
        let last = s.tokens.end - 1;
        number(s).is_none()
            && !matches!(text.word(last), "." | "!" | "?" | "…" | ":")
            && text.line_ends_before(s.tokens.end)
    };
    let mut articles = paragraphs.filter(|&k| !titles(&text.sentences[k]));
    let first: [Option<usize>; 3] = std::array::from_fn(|_| articles.next());
    // "1. On August 24, commencing at around 6:15 p.m. for approximately 25 minutes, X received
    // a courtesy call from Y": a first point that times the exchange is a readout's account.
    if first[0].is_some_and(|k| timed(text, text.sentences[k].tokens.clone())) {
        return false;
    }
    let numbers = first.map(|k| k.and_then(|k| number(&text.sentences[k])));
    match (numbers, first) {
        (
            [Some(1), Some(2), Some(3)] | [None, Some(2), Some(3)] | [Some(2), Some(3), Some(4)],
            _,
        ) => true,
        ([None, Some(1), Some(2)], [Some(lead), Some(article), _]) => {
            preamble(text, lex, lead..article)
        }
        _ => false,
    }
}

/// Whether a sentence tells how long something took, a number before a unit of time, or the
/// hour it began ("On December 12, from 3:00 p.m., X held telephone talks with Y", "on the
/// morning of February 15, local time"), as a readout times its exchange and a communiqué's
/// articles do not.
fn timed(text: &Text, tokens: Range<usize>) -> bool {
    let duration = (tokens.start + 1..tokens.end).any(|k| {
        text.words.durations.contains(&text.fw(k)) && text.word(k - 1).parse::<u32>().is_ok()
    });
    let folded = text.folded_span(tokens.clone());
    let hour = || (text.words.times_of_day.iter()).any(|t| folded.contains(t));
    duration || hour() || clock(&text.body[text.span(tokens)])
}

/// Whether `s` writes an hour with its minutes, "3:00", "18:30".
fn clock(s: &str) -> bool {
    let bytes = s.as_bytes();
    (1..bytes.len().saturating_sub(2)).any(|i| {
        bytes[i] == b':'
            && bytes[i - 1].is_ascii_digit()
            && bytes[i + 1..i + 3].iter().all(u8::is_ascii_digit)
            && bytes.get(i + 3).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// "At the invitation of President X, President Y paid a state visit … 1. The two sides noted …",
/// "The present Joint Declaration was adopted at the Summit. 1. …": a lead that names no exchange,
/// or names the statement among others, is the preamble of the articles numbered below it; a readout's lead
/// names the exchange its points go on to detail ("X met Y. 1. The two ministers …").
fn preamble(text: &Text, lex: &Lexicon, lead: Range<usize>) -> bool {
    let kinds: Vec<Option<EventKind>> = (lead.map(|k| kind::classify(lex.sentence_cues(text, k))))
        .map(|found| found.map(|(kind, _)| kind))
        .collect();
    kinds.iter().all(Option::is_none) || kinds.contains(&Some(EventKind::JointStatement))
}

/// "À l'invitation de Son Frère et Ami, Son Excellence Monsieur X, Président de …, Son Excellence
/// Monsieur Y, Président de …, a effectué une visite de travail …": a text whose first running
/// sentence opens with the invitation and styles both heads of state by protocol is a
/// communiqué's preamble, the statement of the visit, whichever side issued it; a readout tells
/// the visit in its own voice ("À l'invitation du président X, le président Y a effectué …").
pub(super) fn protocol_preamble(text: &Text) -> bool {
    let words = text.words;
    let Some(first) = text.running(0..text.sentences.len()).next() else {
        return false;
    };
    let start = text.sentences[first].tokens.start;
    let lead = start
        ..text.sentences[first]
            .tokens
            .end
            .min(start + INVITATION_LEAD);
    let Some(invited) = lead
        .into_iter()
        .find(|&k| words.invitations.contains(&text.fw(k)))
    else {
        return false;
    };
    // A hard-wrapped preamble breaks its one sentence over several lines.
    let preamble = invited..text.tokens.len().min(invited + PREAMBLE_WORDS);
    let styled = preamble.filter(|&k| words.excellencies.contains(&text.fw(k)));
    styled.count() >= 2
}

/// How far into the first sentence the invitation may open, past a site's name and dash
/// ("Agence.com – À l'invitation de …").
const INVITATION_LEAD: usize = 8;

/// How many tokens of the preamble, from the invitation, name both heads of state.
const PREAMBLE_WORDS: usize = 40;

/// "OTTAWA, le 3 mai – Nous, le premier ministre X et le président Y, réaffirmons …", "We, the
/// leaders of …, met today": a text whose first lines of running text open (past a dateline's
/// dash) with the first person plural set off by a comma, the parties naming themselves after it,
/// is their statement, whether or not a title names it.
pub(super) fn in_first_person(text: &Text) -> bool {
    let opens = |k: usize| {
        let s = &text.sentences[k].tokens;
        let after_dash = |t: usize| matches!(text.word(t - 1), "-" | "–" | "—");
        (s.start..s.end.min(s.start + 16)).any(|t| {
            (t == s.start || after_dash(t))
                && text.fw(t) == text.words.we
                && text.word(t + 1) == ","
        })
    };
    text.running(0..text.sentences.len()).take(2).any(opens)
}

/// "1. At the invitation of President X, President Y is paying a state visit …": the parties of a
/// joint statement are the leaders its first sentence names, the one who invited included, or
/// the three a trilateral meeting's names ("X and Y met for a trilateral summit with Z"): the
/// body's names, not the titles its heading binds.
pub(super) fn statement_parties(text: &Text, cast: &Cast, title: usize) -> Option<Vec<usize>> {
    let named = (title + 1..text.sentences.len().min(title + 4)).find_map(|s| {
        let tokens = &text.sentences[s].tokens;
        let mut people: Vec<usize> = Vec::new();
        for m in cast
            .mentions
            .iter()
            .filter(|m| tokens.contains(&m.name.start))
        {
            if !people.contains(&m.person) {
                people.push(m.person);
            }
        }
        (!people.is_empty()).then_some(people)
    })?;
    (2..=3).contains(&named.len()).then_some(named)
}

/// The one of the first lines that titles the text as a joint statement ("China-Japan Joint
/// Statement on …", "Déclaration commune …"), or announces it given in full below ("… publie le
/// texte intégral de la déclaration commune :", "… adopté la déclaration conjointe ci-après :"):
/// the text is the statement itself, whatever the meetings its preamble recalls.
pub(super) fn joint_statement_title(text: &Text, lex: &Lexicon) -> Option<usize> {
    let read = 0..text.sentences.len().min(8);
    let titles = |k: usize| {
        let s = &text.sentences[k];
        let folded = text.folded_span(s.tokens.clone());
        // A sentence that is no heading titles the text only by announcing the statement below
        // it, which it points to: most point nowhere, and are answered before their cues are found.
        if !s.heading {
            return points_below(text, k, folded)
                && announces_statement(text, k, folded, lex.sentence_cues(text, k));
        }
        let cues = lex.sentence_cues(text, k);
        // "Australia-China Dialogue Joint Outcomes Statement": the title's last words name what
        // it titles, whatever exchange the words before name.
        let statement = kind::Cue::Kind(EventKind::JointStatement);
        let closes =
            (cues.iter()).any(|(at, c)| *c == statement && at.end == folded.trim_end().len());
        // A title comes first, or right under the line that announces it ("Following is the
        // text of the communique:").
        let announced = k > 0 && colon_at_line_end(text, k - 1);
        // "Joint Statement on the Occasion of the Visit …": a heading that opens with the
        // statement's name titles the text, below whatever lines of an archive's reference.
        let opens = (cues.iter()).any(|(at, c)| *c == statement && at.start == 0);
        // "Visite officielle du président X au Tchad (Communiqué final)": the heading of a
        // communiqué both sides issue at a visit's close.
        let final_statement = || (text.words.final_statements.iter()).any(|f| folded.contains(f));
        (k < 4 || announced || opens) && (closes || names_statement(cues))
            || k < 4 && adopts_declaration(text, s.tokens.clone())
            || k < 4 && final_statement()
            || announces_statement(text, k, folded, cues)
    };
    let first = read.clone().find(|&k| titles(k))?;
    // "Sino-U.S. Joint Statement" / "Home> Visit> Sino-U.S. Joint Statement" / "UPDATED: …" /
    // "China-U.S. Joint Statement": a site's name and its trail of links may repeat the title
    // above the statement's own, the last of the headings that run down to the text.
    let headings = (first + 1..read.end).take_while(|&k| text.sentences[k].heading);
    Some(headings.filter(|&k| titles(k)).last().unwrap_or(first))
}

/// "Les ministres adoptent la « Déclaration de Bakou »", "The Riga Declaration is adopted": the
/// tokens name a declaration, by its noun's capital, and its adopting.
fn adopts_declaration(text: &Text, tokens: Range<usize>) -> bool {
    let named = (tokens.clone()).any(|k| {
        text.fw(k) == text.words.declaration && text.word(k).starts_with(char::is_uppercase)
    });
    named
        && tokens
            .into_iter()
            .any(|k| text.words.adopting.contains(&text.fw(k)))
}

/// Whether sentence `k` ends with a colon at the line's end, announcing what is set below it.
fn colon_at_line_end(text: &Text, k: usize) -> bool {
    text.ends_with_colon(k)
        && (text.tokens.get(text.sentences[k].tokens.end)).is_some_and(|t| t.newline_before)
}

pub(super) fn names_statement(cues: &[(Range<usize>, kind::Cue)]) -> bool {
    kind::classify(cues).is_some_and(|(k, _)| k == EventKind::JointStatement)
}

/// Whether sentence `k`, of folded text `folded`, points to what is set below it: it ends with a
/// colon at the line's end or holds a word that points below ("ci-dessous", "as follows").
fn points_below(text: &Text, k: usize, folded: &str) -> bool {
    colon_at_line_end(text, k) || (text.words.pointers_below.iter()).any(|w| folded.contains(w))
}

/// Whether sentence `k`, of folded text `folded`, announces a joint statement given below it: it
/// ends with a colon at the line's end or points below ("ci-dessous"), and names the statement,
/// or names it beside those words whatever exchanges it tells before ("la réunion … a adopté la
/// déclaration conjointe ci-après :").
pub(super) fn announces_statement(
    text: &Text,
    k: usize,
    folded: &str,
    cues: &[(Range<usize>, kind::Cue)],
) -> bool {
    let statement = kind::Cue::Kind(EventKind::JointStatement);
    // Without a statement named, no pointer below counts: most sentences are answered before
    // they are searched for one.
    let names = names_statement(cues);
    if !names && !cues.iter().any(|(_, c)| *c == statement) {
        return false;
    }
    let trimmed = folded.trim_end().len();
    let colon = colon_at_line_end(text, k);
    let mut pointers: Vec<Range<usize>> = (text.words.pointers_below.iter())
        .filter_map(|w| folded.find(w).map(|at| at..at + w.len()))
        .collect();
    if colon {
        pointers.push(trimmed - 1..trimmed);
    }
    // "ci-dessous le communiqué conjoint", "la déclaration conjointe ci-après": at most an article
    // between them.
    let beside = |at: &Range<usize>, p: &Range<usize>| {
        let gap = if at.end <= p.start {
            p.start - at.end
        } else {
            at.start.saturating_sub(p.end)
        };
        gap <= 4
    };
    !pointers.is_empty()
        && (names
            || (cues.iter())
                .any(|(at, c)| *c == statement && pointers.iter().any(|p| beside(at, p))))
}
